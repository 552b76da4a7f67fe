"""The participant's profile: one row, replaced when it is saved again."""

from __future__ import annotations

from datetime import datetime

from infointerview import clock
from infointerview.model import Goal, Profile
from infointerview.store.changes import Change
from infointerview.store.file import WorkspaceFile


class ProfileRecords(WorkspaceFile):
    def profile(self) -> Profile | None:
        """Return the saved profile, or None before one is saved."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT name, field_of_interest, goals, updated_at FROM profile WHERE id = 1"
            ).fetchone()
        if row is None:
            return None
        goals = tuple(Goal(g) for g in row[2].split(",") if g)
        return Profile(row[0], row[1], goals, datetime.fromisoformat(row[3]))

    def save_profile(self, profile: Profile) -> Profile:
        """Save the profile (replacing any earlier one) and return it as saved."""
        checked = Profile.from_input(profile.name, profile.field_of_interest, profile.goals)
        saved = Profile(checked.name, checked.field_of_interest, checked.goals, clock.now())
        with self._writing(Change("profile")) as conn:
            conn.execute(
                "INSERT INTO profile(id, name, field_of_interest, goals, updated_at) "
                "VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                "field_of_interest = excluded.field_of_interest, goals = excluded.goals, "
                "updated_at = excluded.updated_at",
                (
                    saved.name,
                    saved.field_of_interest,
                    ",".join(g.value for g in saved.goals),
                    saved.updated_at.isoformat() if saved.updated_at else "",
                ),
            )
        return saved

"""The participant's profile: one row, replaced when it is saved again; and the "yourself"
research, done once for every contact."""

from __future__ import annotations

from datetime import datetime

from infointerview import clock
from infointerview.model import Goal, Profile, clean_notes, clean_text
from infointerview.research import ResearchEntry
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

    def yourself(self) -> dict[str, ResearchEntry]:
        """Return the "yourself" research, done once for every contact: item id to entry."""
        with self._reading() as conn:
            rows = conn.execute("SELECT item_id, done, notes FROM yourself").fetchall()
        return {row[0]: ResearchEntry(bool(row[1]), row[2]) for row in rows}

    def save_yourself(self, item_id: str, *, done: bool, notes: str = "") -> ResearchEntry:
        """Save one "yourself" item (your introduction, boundaries, contact details …).

        A tick is announced as a research change (every contact's progress follows it);
        notes saved as they are typed are not.
        """
        notes = clean_notes(notes)
        item_id = clean_text(item_id, "The checklist item", max_chars=100)
        before = self.yourself().get(item_id)
        ticked = (before.done if before else False) != bool(done)
        with self._writing(Change("research") if ticked else None) as conn:
            conn.execute(
                "INSERT INTO yourself(item_id, done, notes, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(item_id) DO UPDATE SET done = excluded.done, "
                "notes = excluded.notes, updated_at = excluded.updated_at",
                (item_id, int(bool(done)), notes, clock.now().isoformat()),
            )
        return ResearchEntry(bool(done), notes)

"""Weekly targets: how many of each kind of networking activity the participant aims for."""

from __future__ import annotations

from infointerview.model import ActivityKind
from infointerview.networking import check_targets
from infointerview.store.changes import Change
from infointerview.store.file import WorkspaceFile


class TargetRecords(WorkspaceFile):
    def targets(self) -> dict[ActivityKind, int]:
        """Return the weekly targets, kind to count per week."""
        with self._reading() as conn:
            rows = conn.execute("SELECT kind, per_week FROM targets ORDER BY kind").fetchall()
        return {ActivityKind(kind): per_week for kind, per_week in rows}

    def save_targets(self, targets: dict[ActivityKind | str, int]) -> dict[ActivityKind, int]:
        """Replace the weekly targets; a target of 0 removes it."""
        clean = check_targets(targets)
        with self._writing(Change("targets")) as conn:
            conn.execute("DELETE FROM targets")
            conn.executemany(
                "INSERT INTO targets(kind, per_week) VALUES (?, ?)",
                [(kind.value, n) for kind, n in clean.items()],
            )
        return self.targets()

"""The target list: organisations, their three marks, and the participant's order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from infointerview import clock
from infointerview.connections import company_key
from infointerview.model import InputError
from infointerview.store.changes import Change
from infointerview.store.file import WorkspaceFile
from infointerview.target_list import (
    Target,
    TargetInput,
    check_count,
    hand_order,
    moved,
    place_for,
    ranked,
)

_COLUMNS = "id, name, way_in, want, hires, notes, position, added_on"


def _target(row: Sequence) -> Target:
    return Target(
        id=row[0],
        name=row[1],
        way_in=bool(row[2]),
        want=row[3],
        hires=row[4],
        notes=row[5],
        position=row[6],
        added_on=date.fromisoformat(row[7]),
    )


class TargetListRecords(WorkspaceFile):
    def target_list(self) -> list[Target]:
        """Return the target list in the participant's order (best first)."""
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM target_list").fetchall()
        return hand_order(_target(row) for row in rows)

    def target(self, target_id: int) -> Target:
        """Return one target; LookupError when it is not on the list."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM target_list WHERE id = ?", (target_id,)
            ).fetchone()
        if row is None:
            raise LookupError("That target is no longer on your list.")
        return _target(row)

    def _renumber(self, conn, ids: Sequence[int]) -> None:
        conn.executemany(
            "UPDATE target_list SET position = ? WHERE id = ?",
            [(number, target_id) for number, target_id in enumerate(ids)],
        )

    def add_target(
        self,
        name: str,
        *,
        way_in: bool = False,
        want: int = 3,
        hires: int = 2,
        notes: str = "",
        on: date | None = None,
    ) -> Target:
        """Add an organisation, placed by its marks ahead of those it beats; InputError on
        bad input or a name already on the list."""
        new = TargetInput.from_input(name, way_in=way_in, want=want, hires=hires, notes=notes)
        order = self.target_list()
        check_count(len(order))
        self._refuse_twice(new.name, order)
        place = place_for(order, new)
        with self._writing(Change("target_list")) as conn:
            cursor = conn.execute(
                "INSERT INTO target_list(name, way_in, want, hires, notes, position, added_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    new.name,
                    int(new.way_in),
                    new.want,
                    new.hires,
                    new.notes,
                    place,
                    (on or clock.today()).isoformat(),
                ),
            )
            ids = [t.id for t in order]
            ids.insert(place, int(cursor.lastrowid or 0))
            self._renumber(conn, ids)
        return self.target(int(cursor.lastrowid or 0))

    def _refuse_twice(self, name: str, order: Sequence[Target], *, but: int | None = None) -> None:
        key = company_key(name)
        for target in order:
            if target.id != but and company_key(target.name) == key:
                raise InputError([f"{target.name} is already on your list."])

    def edit_target(
        self,
        target_id: int,
        name: str,
        *,
        way_in: bool,
        want: int,
        hires: int,
        notes: str = "",
    ) -> Target:
        """Change a target's name, marks or notes; new marks move it to its place by marks."""
        new = TargetInput.from_input(name, way_in=way_in, want=want, hires=hires, notes=notes)
        before = self.target(target_id)
        order = self.target_list()
        self._refuse_twice(new.name, order, but=target_id)
        same_marks = (before.way_in, before.want, before.hires) == (new.way_in, new.want, new.hires)
        with self._writing(Change("target_list")) as conn:
            conn.execute(
                "UPDATE target_list SET name = ?, way_in = ?, want = ?, hires = ?, notes = ? "
                "WHERE id = ?",
                (new.name, int(new.way_in), new.want, new.hires, new.notes, target_id),
            )
            if not same_marks:
                others = [t for t in order if t.id != target_id]
                ids = [t.id for t in others]
                ids.insert(place_for(others, new), target_id)
                self._renumber(conn, ids)
        return self.target(target_id)

    def remove_target(self, target_id: int) -> Target:
        """Take a target off the list and return it (contacts there are kept)."""
        gone = self.target(target_id)
        rest = [t.id for t in self.target_list() if t.id != target_id]
        with self._writing(Change("target_list")) as conn:
            conn.execute("DELETE FROM target_list WHERE id = ?", (target_id,))
            self._renumber(conn, rest)
        return gone

    def move_target(self, target_id: int, steps: int) -> list[Target]:
        """Move a target up (negative steps) or down the list by hand."""
        ids = moved([t.id for t in self.target_list()], target_id, steps)
        with self._writing(Change("target_list")) as conn:
            self._renumber(conn, ids)
        return self.target_list()

    def rank_target_list(self) -> list[Target]:
        """Put the whole list in order of its marks (undoing moves made by hand)."""
        ids = [t.id for t in ranked(self.target_list())]
        with self._writing(Change("target_list")) as conn:
            self._renumber(conn, ids)
        return self.target_list()

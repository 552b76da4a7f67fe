"""The networking log: append-only (SQLite triggers refuse updates and deletes)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from infointerview import clock
from infointerview.model import (
    ASKING_KINDS,
    DETAIL_MAX_CHARS,
    Activity,
    ActivityKind,
    DeclinedError,
    InputError,
    activity_kind,
    clean_notes,
)
from infointerview.store.changes import Change
from infointerview.store.contacts import ContactRecords
from infointerview.store.rows import REAL, append_activity

COLUMNS = "id, happened_on, kind, contact_id, detail, recorded_at"


def _activity(row: Sequence) -> Activity:
    return Activity(
        id=row[0],
        happened_on=date.fromisoformat(row[1]),
        kind=ActivityKind(row[2]),
        contact_id=row[3],
        detail=row[4],
        recorded_at=datetime.fromisoformat(row[5]),
    )


def _detail(detail: object, what: str = "The activity's detail") -> str:
    return clean_notes(detail, what, max_chars=DETAIL_MAX_CHARS)


class ActivityRecords(ContactRecords):
    def log(
        self,
        kind: ActivityKind | str,
        *,
        on: date | None = None,
        contact_id: int | None = None,
        detail: str = "",
    ) -> Activity:
        """Append one activity to the networking log and return it."""
        kind = activity_kind(kind)
        detail = _detail(detail)
        if contact_id is not None:
            contact = self.contact(contact_id)
            if kind in ASKING_KINDS and self.declined_on(contact_id) is not None:
                raise self._declined(contact)
        day = clock.check_day(on or clock.today(), "An activity")
        with self._writing(Change("activity", contact_id)) as conn:
            activity_id = append_activity(conn, day, kind, contact_id, detail)
        return self.activity(activity_id)

    def log_many(self, entries: Iterable[tuple[ActivityKind | str, date, int | None, str]]) -> int:
        """Append many activities (kind, day, contact id, detail) in one transaction.

        Everything is checked first; if any entry is wrong, nothing is written. Returns how
        many were logged. For imports and big logs, where one transaction per entry is slow.
        """
        rows = []
        known = {c.id for c in self.contacts(with_practice=True)}
        declined = {c for c in known if self.declined_on(c) is not None}
        for number, (kind, day, contact_id, detail) in enumerate(entries, start=1):
            try:
                kind = ActivityKind(kind)
            except ValueError:
                raise InputError(
                    [f"Activity {number}: {kind!r} is not a kind of activity."]
                ) from None
            clock.check_day(day, f"Activity {number}")
            if contact_id is not None and contact_id not in known:
                raise InputError([f"Activity {number}: there is no contact {contact_id}."])
            if kind in ASKING_KINDS and contact_id in declined:
                raise DeclinedError([f"Activity {number} asks a contact who said no."])
            detail = _detail(detail, f"Activity {number}'s detail")
            rows.append((day.isoformat(), kind.value, contact_id, detail))
        stamp = clock.now().isoformat()
        with self._writing(Change("activity")) as conn:
            conn.executemany(
                "INSERT INTO activity(happened_on, kind, contact_id, detail, recorded_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(*row, stamp) for row in rows],
            )
        return len(rows)

    def activity(self, activity_id: int) -> Activity:
        """Return one logged activity; raise LookupError when there is none with that id."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {COLUMNS} FROM activity WHERE id = ?", (activity_id,)
            ).fetchone()
        if row is None:
            raise LookupError(f"There is no activity number {activity_id} in this workspace.")
        return _activity(row)

    def activities(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        kind: ActivityKind | str | None = None,
        contact_id: int | None = None,
        with_practice: bool = False,
    ) -> list[Activity]:
        """Return logged activities, oldest first, optionally within dates, of one kind, or
        with one contact. One contact's are theirs, practice or not; everyone's leave what
        was done with practice contacts out unless asked."""
        clauses: list[str] = []
        params: list[object] = []
        if contact_id is not None:
            clauses.append("contact_id = ?")
            params.append(contact_id)
        elif not with_practice:
            clauses.append(
                f"(contact_id IS NULL OR contact_id IN (SELECT id FROM contacts WHERE {REAL}))"
            )
        if since is not None:
            clauses.append("happened_on >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append("happened_on <= ?")
            params.append(until.isoformat())
        if kind is not None:
            clauses.append("kind = ?")
            params.append(ActivityKind(kind).value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM activity{where} ORDER BY happened_on, id",
                params,
            ).fetchall()
        return [_activity(row) for row in rows]

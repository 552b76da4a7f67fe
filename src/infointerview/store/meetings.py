"""Question plans and meeting plans: what will be asked, for how long, and what was said."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infointerview import clock
from infointerview.model import ActivityKind, InputError, clean_notes
from infointerview.store.activity import ActivityRecords
from infointerview.store.changes import Change
from infointerview.store.rows import append_activity
from infointerview.time_plan import check_agreed_minutes, check_meeting_day, check_questions


@dataclass(frozen=True)
class PlannedQuestion:
    """A question in a contact's plan, with the notes taken on its answer."""

    id: int
    bank_id: str
    text: str
    minutes: int
    notes: str = ""


@dataclass(frozen=True)
class MeetingPlan:
    """What is agreed and prepared for one meeting."""

    contact_id: int
    agreed_minutes: int = 30
    ticked: frozenset[str] = frozenset()
    notes: str = ""
    meeting_on: date | None = None


class MeetingRecords(ActivityRecords):
    def question_plan(self, contact_id: int) -> list[PlannedQuestion]:
        """Return this contact's planned questions in priority order."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT id, bank_id, text, minutes, notes FROM plan_questions "
                "WHERE contact_id = ? ORDER BY position",
                (contact_id,),
            ).fetchall()
        return [PlannedQuestion(*row) for row in rows]

    def save_question_plan(
        self, contact_id: int, questions: Sequence[tuple[str, str, int]]
    ) -> list[PlannedQuestion]:
        """Replace the contact's question list with (bank id, text, minutes), best first.

        Notes already taken on a question are kept when the same question stays in the list.
        The first time a list is saved, "questions prepared" goes into the networking log.
        """
        clean = check_questions(questions)
        self.contact(contact_id)
        old_notes = {q.text: q.notes for q in self.question_plan(contact_id)}
        first_time = (
            not old_notes
            and clean
            and not self.activities(kind=ActivityKind.QUESTIONS_PREPARED, contact_id=contact_id)
        )
        with self._writing(Change("plans", contact_id)) as conn:
            conn.execute("DELETE FROM plan_questions WHERE contact_id = ?", (contact_id,))
            conn.executemany(
                "INSERT INTO plan_questions(contact_id, position, bank_id, text, minutes, notes) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (contact_id, position, bank_id, text, minutes, old_notes.get(text, ""))
                    for position, (bank_id, text, minutes) in enumerate(clean)
                ],
            )
            if first_time:
                append_activity(
                    conn,
                    clock.today(),
                    ActivityKind.QUESTIONS_PREPARED,
                    contact_id,
                    f"{len(clean)} questions",
                )
        return self.question_plan(contact_id)

    def save_question_notes(self, planned_id: int, notes: str) -> None:
        """Keep what was said in answer to one planned question (saved as it is typed)."""
        notes = clean_notes(notes)
        with self._writing(None) as conn:
            cursor = conn.execute(
                "UPDATE plan_questions SET notes = ? WHERE id = ?", (notes, planned_id)
            )
        if cursor.rowcount == 0:
            raise LookupError(f"There is no planned question number {planned_id}.")

    def meeting_plan(self, contact_id: int) -> MeetingPlan:
        """Return the agreed length, ticked checklist items and meeting notes for a contact."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT agreed_minutes, ticked, notes, meeting_on FROM meeting_plans "
                "WHERE contact_id = ?",
                (contact_id,),
            ).fetchone()
        if row is None:
            return MeetingPlan(contact_id)
        meeting_on = date.fromisoformat(row[3]) if row[3] else None
        ticked = frozenset(filter(None, row[1].split(",")))
        return MeetingPlan(contact_id, row[0], ticked, row[2], meeting_on)

    def save_meeting_plan(self, plan: MeetingPlan, *, typing: bool = False) -> MeetingPlan:
        """Save the agreed length, ticked items and notes for a meeting.

        ``typing`` marks a save made as notes are typed, which is announced to nobody.
        """
        check_agreed_minutes(plan.agreed_minutes)
        notes = clean_notes(plan.notes)
        # Ticked items are kept as one comma-separated list of checklist ids.
        odd = [
            item
            for item in plan.ticked
            if not isinstance(item, str) or not item.strip() or "," in item or len(item) > 100
        ]
        if odd:
            raise InputError([f"{odd[0]!r} is not an item of the meeting checklist."])
        meeting_on = check_meeting_day(plan.meeting_on)
        self.contact(plan.contact_id)
        with self._writing(None if typing else Change("plans", plan.contact_id)) as conn:
            conn.execute(
                "INSERT INTO meeting_plans(contact_id, agreed_minutes, ticked, notes, meeting_on) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(contact_id) DO UPDATE SET "
                "agreed_minutes = excluded.agreed_minutes, ticked = excluded.ticked, "
                "notes = excluded.notes, meeting_on = excluded.meeting_on",
                (
                    plan.contact_id,
                    plan.agreed_minutes,
                    ",".join(sorted(plan.ticked)),
                    notes,
                    meeting_on.isoformat() if meeting_on else "",
                ),
            )
        return self.meeting_plan(plan.contact_id)

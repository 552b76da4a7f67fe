"""Fuzzing the contact pipeline and the follow-up list against a real (in-memory) workspace.

Each example takes a fresh contact at a random stage, perhaps with a request logged on a
random day, and tries one step with random text and a random day. The step either happens,
dated within 1970 to today, or is refused with a sentence that says what fits instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infointerview import due, stages
from infointerview.model import ActivityKind, InputError, Stage, clean_text
from infointerview.store import MeetingPlan, Workspace, WorkspaceError

from .fuzzing import (
    PINNED_DAY,
    Fuzz,
    Recorder,
    days,
    participant_text,
    pin_today,
    text_around,
)

DOCUMENTED = (InputError, LookupError, WorkspaceError)
EARLIEST = date(1970, 1, 1)
#: A step's day: unset (today), any day at all, or a plausible one.
ON = st.one_of(st.none(), days(), days(EARLIEST, PINNED_DAY))
STAGES = st.sampled_from(list(Stage))
ASKED = st.one_of(st.none(), days(EARLIEST, PINNED_DAY))
NOT_THERE = st.sampled_from((0, -1, 10**6, 2**63 - 1))
ANY_TEXT = participant_text()
NOTHING = st.just("")


class Contacts:
    """Fresh contacts at any stage, in an in-memory workspace renewed every few contacts."""

    def __init__(self) -> None:
        self.workspace = Workspace(":memory:")
        self.made = 0
        self.renew_every = 25

    def at(self, stage: Stage, asked_on: date | None, organisation: str = "") -> int:
        if self.made and self.made % self.renew_every == 0:
            self.workspace.close()
            self.workspace = Workspace(":memory:")
        self.made += 1
        contact = self.workspace.add_contact(f"Contact {self.made}", organisation=organisation)
        if asked_on is not None:
            self.workspace.log(ActivityKind.REQUEST_SENT, on=asked_on, contact_id=contact.id)
        if stage is not Stage.IDENTIFIED:
            self.workspace.set_stage(contact.id, stage)
        return contact.id

    def close(self) -> None:
        self.workspace.close()


@pytest.fixture
def contacts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Contacts]:
    """Fresh contacts for each example, in a workspace renewed every few."""
    pin_today(monkeypatch)
    made = Contacts()
    yield made
    made.close()


def _dated_sensibly(workspace: Workspace, contact_id: int) -> None:
    """Every stage change of the contact lies between 1970 and today (the log's own entries
    are checked by the workspace itself)."""
    for _, stage, day in workspace.stage_history(contact_id):
        assert EARLIEST <= day <= PINNED_DAY, f"{stage.value} was dated {day}"


Step = Callable[[Workspace, int, str, date | None, str], Stage]


def _step_test(
    contacts: Contacts,
    figures: Recorder,
    item: str,
    step: Step,
    *,
    text: st.SearchStrategy[str] = ANY_TEXT,
    extra: st.SearchStrategy[str] = NOTHING,
    ready: tuple[Stage, ...] = (),
    field: str = "",
) -> None:
    """Fuzz one pipeline step: ``step`` returns the stage it promises, checked afterwards.

    A third of the contacts are at a stage ``ready`` for the step. A refusal for length must
    name the ``field`` the participant typed, not some other limit behind it.
    """
    fuzz = Fuzz(item, *DOCUMENTED)
    # A contact at a stage (one ready for the step, or any), or the number of one not there.
    who = st.one_of(st.sampled_from(ready or tuple(Stage)), STAGES, NOT_THERE)

    @given(contact=who, asked_on=ASKED, typed=text, more=extra, on=ON)
    def run(
        contact: Stage | int, asked_on: date | None, typed: str, more: str, on: date | None
    ) -> None:
        contact_id = contacts.at(contact, asked_on) if isinstance(contact, Stage) else contact
        with fuzz.example(contact, asked_on, typed, more, on, contact_id):
            try:
                promised = step(contacts.workspace, contact_id, typed, on, more)
            except InputError as error:
                if "characters long" in str(error):
                    assert field and field in str(error), f"a length refusal: {error}"
                raise
            assert contacts.workspace.contact(contact_id).stage is promised
            _dated_sensibly(contacts.workspace, contact_id)

    fuzz.run(run, figures)


def test_fuzz_log_request(contacts: Contacts, figures: Recorder) -> None:
    """log_request sends a request once to a contact who has not said no, or says why not."""

    def step(workspace: Workspace, contact_id: int, text: str, on: date | None, _: str) -> Stage:
        activity = stages.log_request(workspace, contact_id, text, on=on)
        cleaned = clean_text(text, "r", max_chars=stages.REQUEST_MAX_CHARS, multiline=True)
        assert activity.detail == clean_text(cleaned[:2000], "d", max_chars=2000, multiline=True)
        return Stage.REQUESTED

    _step_test(
        contacts,
        figures,
        "stages.log_request",
        step,
        text=st.one_of(participant_text(), text_around(stages.REQUEST_MAX_CHARS)),
        ready=(Stage.IDENTIFIED, Stage.RESEARCHED),
        field="The request",
    )


def test_fuzz_record_reply(contacts: Contacts, figures: Recorder) -> None:
    """record_reply takes accepted, declined or no reply for a waiting contact, or says why not."""

    def step(workspace: Workspace, contact_id: int, reply: str, on: date | None, _: str) -> Stage:
        before = workspace.contact(contact_id).stage
        moved = stages.record_reply(workspace, contact_id, reply, on=on)
        if reply == "no_reply":
            return Stage.NO_REPLY if before is Stage.REQUESTED else moved.stage
        return Stage(reply)

    _step_test(
        contacts,
        figures,
        "stages.record_reply",
        step,
        text=st.one_of(st.sampled_from(stages.REPLIES), participant_text(long=False)),
        ready=(Stage.REQUESTED, Stage.NO_REPLY, Stage.FOLLOWED_UP),
    )


def test_fuzz_log_follow_up(contacts: Contacts, figures: Recorder) -> None:
    """log_follow_up sends the one follow-up when 3B7 says so, or says when it will be due."""

    def step(workspace: Workspace, contact_id: int, _: str, on: date | None, __: str) -> Stage:
        asked = stages.last_request(workspace, contact_id)
        activity = stages.log_follow_up(workspace, contact_id, on=on)
        if asked is not None:
            due = stages.follow_up_dates(asked.happened_on).follow_up_on
            assert activity.happened_on >= due
        return Stage.FOLLOWED_UP

    _step_test(
        contacts,
        figures,
        "stages.log_follow_up",
        step,
        text=st.just(""),
        ready=(Stage.REQUESTED, Stage.NO_REPLY),
    )


def test_fuzz_log_meeting(contacts: Contacts, figures: Recorder) -> None:
    """log_meeting keeps the notes of a meeting someone agreed to, or says what comes first."""

    def step(workspace: Workspace, contact_id: int, notes: str, on: date | None, _: str) -> Stage:
        activity = stages.log_meeting(workspace, contact_id, notes, on=on)
        assert activity.detail == clean_text(
            notes, "n", max_chars=2000, required=False, multiline=True
        )
        return Stage.MET

    _step_test(
        contacts,
        figures,
        "stages.log_meeting",
        step,
        text=st.one_of(participant_text(), text_around(2000)),
        ready=(Stage.ACCEPTED,),
        field="meeting notes",
    )


def test_fuzz_log_thank_you(contacts: Contacts, figures: Recorder) -> None:
    """log_thank_you keeps a card or email note after a meeting, or says what to fix."""

    def step(workspace: Workspace, contact_id: int, note: str, on: date | None, how: str) -> Stage:
        activity = stages.log_thank_you(workspace, contact_id, note, format=how, on=on)
        assert activity.detail == f"[{how}] " + clean_text(
            note, "t", max_chars=2000, multiline=True
        )
        return Stage.THANKED

    _step_test(
        contacts,
        figures,
        "stages.log_thank_you",
        step,
        text=st.one_of(participant_text(), text_around(2000)),
        extra=st.one_of(st.sampled_from(("card", "email")), participant_text(long=False)),
        ready=(Stage.MET,),
        field="thank-you note",
    )


def test_fuzz_log_keep_in_touch(contacts: Contacts, figures: Recorder) -> None:
    """log_keep_in_touch keeps what was told to a contact met before, or says what comes first."""

    def step(workspace: Workspace, contact_id: int, said: str, on: date | None, _: str) -> Stage:
        activity = stages.log_keep_in_touch(workspace, contact_id, said, on=on)
        assert activity.detail == clean_text(said, "d", max_chars=2000, multiline=True)
        return Stage.KEEPING_IN_TOUCH

    _step_test(
        contacts,
        figures,
        "stages.log_keep_in_touch",
        step,
        text=st.one_of(participant_text(), text_around(2000)),
        ready=(Stage.MET, Stage.THANKED, Stage.KEEPING_IN_TOUCH),
        field="What you told them",
    )


def _walk(workspace: Workspace, contact_id: int, steps: int, asked_on: date, notes: str) -> None:
    """Take a contact some way along the pipeline, by the pipeline's own functions."""
    try:
        if steps >= 1:
            stages.log_request(workspace, contact_id, "Thank you! 20 minutes?", on=asked_on)
        if steps >= 2:
            stages.record_reply(workspace, contact_id, "accepted", on=asked_on)
            workspace.save_meeting_plan(MeetingPlan(contact_id, meeting_on=asked_on))
        if steps >= 3:
            stages.log_meeting(workspace, contact_id, notes, on=asked_on)
        if steps >= 4:
            stages.log_thank_you(workspace, contact_id, "Thanks for the tip.", on=asked_on)
    except InputError:
        pass  # notes the meeting log refuses: the contact stays where it got to


def test_fuzz_due_items(contacts: Contacts, figures: Recorder) -> None:
    """due_items and due_this_week list what is due, soonest first, for any day asked about."""
    contacts.renew_every = 10  # the lists are read whole each time: keep them short
    items = Fuzz("due.due_items", *DOCUMENTED)
    this_week = Fuzz("due.due_this_week", *DOCUMENTED)
    rows = Fuzz("stages.stage_table", *DOCUMENTED)
    met = Fuzz("due.last_meeting", *DOCUMENTED)

    @given(
        steps=st.integers(0, 4),
        asked_on=days(EARLIEST, PINNED_DAY),
        notes=participant_text(),
        organisation=participant_text(long=False).filter(lambda t: len(t) <= 120),
        today=days(),
    )
    def run(steps: int, asked_on: date, notes: str, organisation: str, today: date) -> None:
        try:
            contact_id = contacts.at(Stage.IDENTIFIED, None, organisation)
        except InputError:
            contact_id = contacts.at(Stage.IDENTIFIED, None)
        workspace = contacts.workspace
        _walk(workspace, contact_id, steps, asked_on, notes)
        with items.example(notes, organisation, today):
            found = due.due_items(workspace, today=today)
            assert [i.due_on for i in found] == sorted(i.due_on for i in found)
            assert all(i.kind in due.KINDS and i.text.strip() for i in found)
            if workspace.contact(contact_id).stage is Stage.MET:
                thanks = [i for i in found if i.contact.id == contact_id]
                assert [(i.kind, i.due_on) for i in thanks] == [
                    ("thank_you", due.thank_you_due(asked_on))
                ]
        with this_week.example(notes, organisation, today):
            soon = due.due_this_week(workspace, today=today)
            assert all(i.status(today) in ("overdue", "due") for i in soon)
        with rows.example(today):
            listed = stages.stage_table(workspace, today=today)
            assert len(listed) == len(workspace.contacts())
            assert all(row.next_step.endswith(".") for row in listed)
        with met.example(notes, contact_id):
            day, said = due.last_meeting(workspace, contact_id)
            stage = workspace.contact(contact_id).stage
            if stage in (Stage.MET, Stage.THANKED):
                assert day == asked_on
                assert said == clean_text(
                    notes, "n", max_chars=2000, required=False, multiline=True
                )
            else:
                assert (day, said) == (None, "")

    Fuzz.run_all(run, figures, items, this_week, rows, met)

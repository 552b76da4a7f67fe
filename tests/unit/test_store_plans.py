"""Tests for question plans and meeting plans in the workspace."""

from datetime import date

import pytest

from infointerview.model import ActivityKind, InputError, Stage
from infointerview.stages import StageError, log_meeting
from infointerview.store import FILE_NAME, MeetingPlan, Workspace

QUESTIONS = [("path-how-started", "How did you start?", 4), ("", "What surprised you?", 3)]


def test_a_question_plan_is_saved_in_order_and_survives_reopening(tmp_path):
    """The list comes back in the order the participant put it."""
    with Workspace(tmp_path / FILE_NAME) as workspace:
        contact = workspace.add_contact("Amara Okafor")
        workspace.save_question_plan(contact.id, QUESTIONS)
    with Workspace(tmp_path / FILE_NAME) as reopened:
        plan = reopened.question_plan(contact.id)
    assert [(q.bank_id, q.text, q.minutes) for q in plan] == QUESTIONS


def test_the_first_plan_is_logged_as_questions_prepared_once(workspace):
    """Saving a plan logs 'questions prepared' the first time only."""
    contact = workspace.add_contact("Amara Okafor")
    workspace.save_question_plan(contact.id, QUESTIONS)
    workspace.save_question_plan(contact.id, list(reversed(QUESTIONS)))
    assert len(workspace.activities(kind=ActivityKind.QUESTIONS_PREPARED)) == 1


def test_notes_stay_with_their_question_when_the_list_is_reordered(workspace):
    """Reordering keeps the notes taken on each question."""
    contact = workspace.add_contact("Amara Okafor")
    first, _ = workspace.save_question_plan(contact.id, QUESTIONS)
    workspace.save_question_notes(first.id, "Started in rail freight.")
    reordered = workspace.save_question_plan(contact.id, list(reversed(QUESTIONS)))
    assert reordered[1].text == "How did you start?"
    assert reordered[1].notes == "Started in rail freight."


@pytest.mark.parametrize(
    ("questions", "message"),
    [
        ([("", "", 3)], "empty"),
        ([("", "x" * 5000, 3)], "5,000 characters"),
        ([("", "Fine?", 0)], "between 1 and 30"),
        ([("", f"Q{n}?", 3) for n in range(1000)], "at most 200"),
    ],
)
def test_bad_plans_are_refused_and_nothing_changes(workspace, questions, message):
    """Empty, huge or mistimed questions and enormous lists are refused whole."""
    contact = workspace.add_contact("Amara Okafor")
    workspace.save_question_plan(contact.id, QUESTIONS)
    with pytest.raises(InputError, match=message):
        workspace.save_question_plan(contact.id, questions)
    assert len(workspace.question_plan(contact.id)) == 2


def test_a_meeting_plan_defaults_to_thirty_minutes_and_keeps_ticks(workspace):
    """Before anything is saved the plan is 30 minutes with nothing ticked."""
    contact = workspace.add_contact("Amara Okafor")
    assert workspace.meeting_plan(contact.id) == MeetingPlan(contact.id)
    saved = workspace.save_meeting_plan(
        MeetingPlan(contact.id, 20, frozenset({"logistics:dress"}), "Bring the map.")
    )
    assert (saved.agreed_minutes, saved.ticked, saved.notes) == (
        20,
        frozenset({"logistics:dress"}),
        "Bring the map.",
    )
    with pytest.raises(InputError):
        workspace.save_meeting_plan(MeetingPlan(contact.id, -5))


def test_a_meeting_is_logged_only_after_a_yes(workspace):
    """Log as met needs an accepted request; the notes go into the networking log."""
    contact = workspace.add_contact("Amara Okafor")
    with pytest.raises(StageError, match="once they have said yes"):
        log_meeting(workspace, contact.id)
    for stage in (Stage.RESEARCHED, Stage.REQUESTED, Stage.ACCEPTED):
        workspace.set_stage(contact.id, stage)
    log_meeting(workspace, contact.id, "Join the planning association.")
    assert workspace.contact(contact.id).stage is Stage.MET
    [held] = workspace.activities(kind=ActivityKind.MEETING_HELD)
    assert held.detail == "Join the planning association."
    with pytest.raises(StageError, match="already logged"):
        log_meeting(workspace, contact.id)


def test_odd_ticked_items_and_unlikely_meeting_days_are_refused(workspace, pinned_today):
    """A ticked item that would not read back the same, or a meeting day with a mistyped
    year, is refused instead of being saved wrong."""
    contact = workspace.add_contact("Ana")
    with pytest.raises(InputError, match="not an item of the meeting checklist"):
        workspace.save_meeting_plan(MeetingPlan(contact.id, ticked=frozenset({"closing:a,b"})))
    with pytest.raises(InputError, match="from 1970 on"):
        workspace.save_meeting_plan(MeetingPlan(contact.id, meeting_on=date(1960, 1, 1)))
    with pytest.raises(InputError, match="more than two years ahead"):
        workspace.save_meeting_plan(MeetingPlan(contact.id, meeting_on=date(2031, 1, 1)))
    booked = workspace.save_meeting_plan(MeetingPlan(contact.id, meeting_on=date(2026, 4, 2)))
    assert booked.meeting_on == date(2026, 4, 2)

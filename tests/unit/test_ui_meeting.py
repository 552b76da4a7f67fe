"""Tests for the run-of-show, with a fake clock instead of sleeps."""

from datetime import date

import pytest

from infointerview.due import due_items
from infointerview.model import ActivityKind, Stage
from infointerview.store import MeetingPlan
from infointerview.ui.meeting import RunOfShow


class FakeTime:
    """A time source the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def accepted(workspace):
    """A contact who said yes, with three planned questions and a 20-minute slot."""
    contact = workspace.add_contact("Amara Okafor", channel="coffee")
    for stage in (Stage.RESEARCHED, Stage.REQUESTED, Stage.ACCEPTED):
        workspace.set_stage(contact.id, stage)
    workspace.save_question_plan(
        contact.id,
        [("", "How did you start?", 5), ("", "What surprised you?", 5), ("", "What next?", 5)],
    )
    workspace.save_meeting_plan(MeetingPlan(contact.id, 20))
    return contact


def _tick(show):
    show._ticker.value += 1  # what the browser does once a second


def test_the_agenda_opens_with_thanks_and_lists_the_questions(workspace, accepted):
    """Thanks first, then the questions that fit, then those for if there is time."""
    show = RunOfShow(workspace)
    texts = [row.children[0].value for row in show._agenda.children[1:]]
    assert "Open by thanking Amara Okafor" in show._agenda.children[0].value
    assert texts[0] == "<b>2:00 How did you start?</b>"
    assert texts[2] == "<b>If there is time: What next?</b>"  # 13 minutes of room at 20
    assert "ask one follow-up" in show._agenda.children[1].children[1].value


def test_the_clock_prompts_the_offer_to_end_at_the_agreed_minute(workspace, accepted):
    """At 20 minutes the participant is prompted to offer to finish, once."""
    fake = FakeTime()
    show = RunOfShow(workspace, time_source=fake)
    show._start.click()
    fake.now = 19 * 60 + 59
    _tick(show)
    assert show._prompt.value == "" and "19:59" in show._time.value
    assert show._alarm.count == 0
    fake.now = 20 * 60
    _tick(show)
    assert "Offer to finish" in show._prompt.value
    # Said once to screen readers, by the assertive alarm, not a second time by the box.
    assert show._alarm.count == 1 and "Offer to finish" in show._alarm.message
    assert 'role="note"' in show._prompt.value
    assert show._carry_on.layout.display == ""
    fake.now = 21 * 60
    _tick(show)
    assert show._alarm.count == 1  # once, not every second after
    show._carry_on.click()
    fake.now = 25 * 60
    _tick(show)
    assert "Carrying on" in show._prompt.value


def test_the_participant_chooses_a_chime_and_a_glow_for_the_prompt(workspace, accepted):
    """The sound and the glow are off until chosen, and the alarm carries the choice."""
    show = RunOfShow(workspace)
    assert (show._alarm.sound, show._alarm.flash) == (False, False)
    show._sound.value = True
    show._flash.value = True
    assert (show._alarm.sound, show._alarm.flash) == (True, True)
    assert show._sound.description and show._flash.description


def test_typing_does_not_slow_the_clock(workspace, accepted):
    """Time comes from the clock, not from ticks: few ticks while typing lose nothing."""
    fake = FakeTime()
    show = RunOfShow(workspace, time_source=fake)
    show._start.click()
    for minute in range(1, 12):
        fake.now = minute * 60
        show._question_rows[0].notes.value = f"note after minute {minute}"
    _tick(show)  # the first tick in eleven minutes
    assert show.elapsed_minutes == 11 and "11:00" in show._time.value


def test_stop_pauses_the_clock(workspace, accepted):
    """Stopped time does not count towards the agreed minutes."""
    fake = FakeTime()
    show = RunOfShow(workspace, time_source=fake)
    show._start.click()
    fake.now = 300
    show._stop.click()
    fake.now = 3000
    _tick(show)
    assert show.elapsed_minutes == 5 and show._prompt.value == ""


def test_notes_and_the_closing_checklist_are_kept(workspace, accepted):
    """Notes on a question and ticks in the closing list are saved as they are made."""
    show = RunOfShow(workspace)
    show._question_rows[0].notes.value = "Began in rail freight."
    show._closing["pay-tab"].value = True
    assert workspace.question_plan(accepted.id)[0].notes == "Began in rail freight."
    assert "closing:pay-tab" in workspace.meeting_plan(accepted.id).ticked
    again = RunOfShow(workspace)
    assert again._question_rows[0].notes.value == "Began in rail freight."
    assert again._closing["pay-tab"].value is True


def test_notes_and_ticks_keep_the_meeting_day(workspace, accepted):
    """Typing notes or ticking the closing list keeps the meeting day chosen in 03."""
    day = date(2026, 3, 18)
    workspace.save_meeting_plan(MeetingPlan(accepted.id, 20, meeting_on=day))
    show = RunOfShow(workspace)
    show._notes.value = "<b>Ask about the rail project</b>"
    show._closing["pay-tab"].value = True
    kept = workspace.meeting_plan(accepted.id)
    assert kept.meeting_on == day and kept.notes == "<b>Ask about the rail project</b>"
    assert [item.kind for item in due_items(workspace, today=day)] == ["meeting"]


def test_paying_the_tab_shows_only_for_coffee(workspace):
    """For a phone call there is no tab to pay."""
    contact = workspace.add_contact("Tomás Herrera", channel="phone")
    show = RunOfShow(workspace)
    assert show.children[0].value == contact.id
    assert show._closing["pay-tab"].layout.display == "none"


def test_log_as_met_records_the_meeting_with_notes(workspace, accepted):
    """Log as met moves the contact on and puts the notes in the networking log."""
    show = RunOfShow(workspace)
    show._question_rows[1].notes.value = "Surprised by how political it is."
    show._log.click()
    assert workspace.contact(accepted.id).stage is Stage.MET
    [held] = workspace.activities(kind=ActivityKind.MEETING_HELD)
    assert "Surprised by how political it is." in held.detail
    assert "thank-you note within a day" in show._status.value and show._log.disabled


def test_a_meeting_cannot_be_logged_before_a_yes(workspace):
    """Log as met is off, with a reason, for a contact who has not accepted."""
    workspace.add_contact("Luca Romano")
    show = RunOfShow(workspace)
    assert show._log.disabled and "once they have said yes" in show._status.value

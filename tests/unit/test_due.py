"""Tests for due dates: thank-you notes, keeping in touch, 3B7, and the week's to-do list."""

from datetime import date

import pytest

from infointerview.demo import fill_demo
from infointerview.due import (
    due_items,
    due_this_week,
    keep_in_touch_on,
    next_working_day,
    thank_you_due,
    thank_you_overdue,
)
from infointerview.model import InputError, Stage
from infointerview.stages import StageError, log_keep_in_touch, log_thank_you
from infointerview.store import MeetingPlan

MONDAY = date(2026, 3, 16)


@pytest.mark.parametrize(
    ("met", "today", "overdue"),
    [
        (date(2026, 3, 13), date(2026, 3, 14), False),  # the day after
        (date(2026, 3, 13), date(2026, 3, 15), False),  # two days on: late, not overdue
        (date(2026, 3, 13), date(2026, 3, 16), True),  # over a weekend: overdue by Monday
        (date(2026, 1, 31), date(2026, 2, 3), True),  # across a month end
    ],
)
def test_a_thank_you_is_due_in_a_day_and_overdue_after_two(met, today, overdue):
    """Due the day after the meeting; overdue once more than two days have passed."""
    assert thank_you_due(met) == date.fromordinal(met.toordinal() + 1)
    assert thank_you_overdue(met, today) is overdue


@pytest.mark.parametrize(
    ("last", "every", "expected"),
    [
        (date(2026, 3, 16), 90, date(2026, 6, 15)),  # a Monday stays a Monday
        (date(2026, 3, 20), 1 + 7 * 4, date(2026, 4, 20)),  # lands on a Saturday: Monday
        (date(2026, 12, 1), 31, date(2027, 1, 1)),  # across the year end, a Friday
        (date(2026, 1, 31), 28, date(2026, 3, 2)),  # 28 Feb 2026 is a Saturday
    ],
)
def test_keep_in_touch_dates_land_on_working_days(last, every, expected):
    """The next keep-in-touch date is the cadence on, moved off a weekend."""
    assert keep_in_touch_on(last, every) == expected
    assert expected.weekday() < 5


def test_next_working_day():
    """Weekdays stay put; Saturdays and Sundays move to Monday."""
    assert next_working_day(date(2026, 3, 14)) == date(2026, 3, 16)
    assert next_working_day(date(2026, 3, 17)) == date(2026, 3, 17)


def test_the_demo_has_things_due_of_every_kind(workspace):
    """The demo shows an overdue thank-you, 3B7 steps, a "not now" to ask again and
    keep-in-touch dates."""
    fill_demo(workspace, today=MONDAY)
    kinds = {(item.kind, item.contact.name) for item in due_items(workspace, today=MONDAY)}
    assert ("thank_you", "Priya Raman") in kinds
    assert ("second_contact", "Wei Zhang") in kinds and ("follow_up", "Hannah Becker") in kinds
    assert ("ask_again", "Olumide Bankole") in kinds
    assert ("keep_in_touch", "Amara Okafor") in kinds
    week = due_this_week(workspace, today=MONDAY)
    assert all(item.status(MONDAY) in ("due", "overdue") for item in week)
    assert "keep_in_touch" not in {item.kind for item in week}


def test_an_agreed_meeting_day_is_listed(workspace):
    """An accepted contact with a meeting day shows it in what is due."""
    contact = workspace.add_contact("Tomás Herrera", on=date(2026, 3, 2))
    for stage in (Stage.RESEARCHED, Stage.REQUESTED, Stage.ACCEPTED):
        workspace.set_stage(contact.id, stage)
    workspace.save_meeting_plan(MeetingPlan(contact.id, 30, meeting_on=date(2026, 3, 19)))
    [item] = due_items(workspace, today=MONDAY)
    assert (item.kind, item.due_on) == ("meeting", date(2026, 3, 19))


@pytest.fixture
def met(workspace):
    """A contact who met the participant on Friday 13 March."""
    contact = workspace.add_contact("Priya Raman", on=date(2026, 3, 2))
    for stage in (Stage.RESEARCHED, Stage.REQUESTED, Stage.ACCEPTED, Stage.MET):
        workspace.set_stage(contact.id, stage, on=date(2026, 3, 13))
    workspace.log(
        "meeting_held",
        contact_id=contact.id,
        on=date(2026, 3, 13),
        detail="Suggested the GIS user group.",
    )
    return contact


def test_sending_the_thank_you_clears_it_and_starts_keeping_in_touch(workspace, met):
    """After the thank-you is logged it leaves the list and a keep-in-touch date appears."""
    log_thank_you(
        workspace,
        met.id,
        "Thank you for the tip about the GIS user group.",
        format="card",
        on=MONDAY,
    )
    assert workspace.contact(met.id).stage is Stage.THANKED
    [item] = due_items(workspace, today=MONDAY)
    assert item.kind == "keep_in_touch" and item.due_on == date(2026, 6, 15)
    assert "Suggested the GIS user group" in item.text
    with pytest.raises(StageError, match="already logged"):
        log_thank_you(workspace, met.id, "Again, thanks")


def test_a_shorter_cadence_brings_the_date_forward(workspace, met):
    """Keeping in touch every 30 days instead of 90 moves the next date."""
    log_thank_you(workspace, met.id, "Thanks for the GIS tip.", on=MONDAY)
    workspace.set_keep_in_touch_days(met.id, 30)
    [item] = due_items(workspace, today=MONDAY)
    assert item.due_on == date(2026, 4, 15)
    with pytest.raises(Exception, match="7 to 730 days"):
        workspace.set_keep_in_touch_days(met.id, 0)


def test_an_empty_keep_in_touch_note_is_refused(workspace, met):
    """Logging a keep-in-touch note needs a word on what was said."""
    log_thank_you(workspace, met.id, "Thanks for the GIS tip.", on=MONDAY)
    with pytest.raises(Exception, match="fill in what you told them"):
        log_keep_in_touch(workspace, met.id, "   ")


def test_keeping_in_touch_is_logged_and_restarts_the_clock(workspace, met):
    """A keep-in-touch note moves the contact on and the next date counts from it."""
    log_thank_you(workspace, met.id, "Thanks for the GIS tip.", on=MONDAY)
    log_keep_in_touch(workspace, met.id, "Joined the GIS user group.", on=date(2026, 4, 1))
    assert workspace.contact(met.id).stage is Stage.KEEPING_IN_TOUCH
    [item] = due_items(workspace, today=date(2026, 4, 1))
    assert item.due_on == date(2026, 6, 30)


def test_a_thank_you_needs_a_meeting_first(workspace):
    """No thank-you can be logged before the meeting."""
    contact = workspace.add_contact("Luca Romano")
    with pytest.raises(StageError, match="log the meeting first"):
        log_thank_you(workspace, contact.id, "Thanks!")
    with pytest.raises(StageError, match="card or an email"):
        log_thank_you(workspace, contact.id, "Thanks!", format="carrier pigeon")


@pytest.mark.parametrize("every", [0, -90, 731, 10**30])
def test_a_cadence_outside_the_range_is_refused(every):
    """Keeping in touch every 0, -90 or 10^30 days is refused in words (found by fuzzing)."""
    with pytest.raises(InputError, match="7 to 730 days"):
        keep_in_touch_on(MONDAY, every)

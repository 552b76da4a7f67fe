"""Tests for the follow-up notebook's widgets, driven headless."""

import base64
from datetime import date

import pytest
from icalendar import Calendar

from infointerview.demo import fill_demo
from infointerview.model import ActivityKind, Stage
from infointerview.ui.followup import CalendarExport, DueThisWeek, KeepInTouchPanel, ThankYouDrafter


@pytest.fixture
def demo(workspace, pinned_today):
    """The demo participant on the pinned Monday."""
    fill_demo(workspace)
    return workspace


def _pick(widget, workspace, name):
    widget._picker.value = next(c.id for c in workspace.contacts() if c.name == name)


def test_the_thank_you_starts_from_the_meeting_notes_and_says_it_is_overdue(demo):
    """For Priya, met on Friday, the draft names her and the note is overdue by Monday."""
    drafter = ThankYouDrafter(demo)
    _pick(drafter, demo, "Priya Raman")
    assert drafter._draft.value.startswith("Dear Priya Raman,")
    assert "overdue" in drafter._due.value
    assert "ii-card" in drafter._card.value  # the card preview
    drafter._format.value = "email"
    assert drafter._card.value == "" and "May I keep in touch?" not in drafter._draft.value


def test_findings_update_as_the_note_is_typed(demo):
    """A generic note is flagged; naming something particular clears it; a job ask is flagged."""
    drafter = ThankYouDrafter(demo)
    _pick(drafter, demo, "Priya Raman")
    drafter._draft.value = "Dear Priya, thank you for your time. Best, Sam"
    assert "not-specific" in drafter._findings.value
    drafter._draft.value = (
        "Dear Priya, thank you for explaining how the planning department "
        "maps bus stops. I'll join the GIS user group. Best, Sam"
    )
    assert "ready to send" in drafter._findings.value
    drafter._draft.value += " Are you hiring?"
    assert "job-request" in drafter._findings.value


def test_markup_in_a_note_is_shown_as_text_on_the_card(demo):
    """Typed HTML shows literally on the card preview."""
    drafter = ThankYouDrafter(demo)
    _pick(drafter, demo, "Priya Raman")
    drafter._draft.value = "<img src=x onerror=alert(1)> thanks"
    assert "<img" not in drafter._card.value and "&lt;img" in drafter._card.value


def test_a_long_unbroken_word_wraps_inside_the_card(demo):
    """A pasted link with no spaces wraps inside the card instead of running off it."""
    drafter = ThankYouDrafter(demo)
    drafter._draft.value = "Dear Priya, here it is: https://example.org/" + "a" * 400
    card = drafter._card.value
    assert card.count('class="ii-card"') == 1
    assert "overflow-wrap:anywhere" in card.split('class="ii-card"')[1].split(">")[0]


def test_log_as_sent_records_the_thank_you(demo):
    """Log as sent moves the contact to 'thanked' and puts the note in the log."""
    drafter = ThankYouDrafter(demo)
    _pick(drafter, demo, "Priya Raman")
    drafter._draft.value = "Dear Priya, thank you for the tip about the GIS user group."
    drafter._send.click()
    priya = next(c for c in demo.contacts() if c.name == "Priya Raman")
    assert priya.stage is Stage.THANKED
    assert demo.activities(kind=ActivityKind.THANK_YOU_SENT)[-1].detail.startswith("[card]")


def test_the_draft_is_kept_between_sessions(demo):
    """A half-written thank-you note comes back in a new session."""
    drafter = ThankYouDrafter(demo)
    _pick(drafter, demo, "Priya Raman")
    drafter._draft.value = "Dear Priya, half a thought"
    again = ThankYouDrafter(demo)
    _pick(again, demo, "Priya Raman")
    assert again._draft.value == "Dear Priya, half a thought"


def test_keep_in_touch_cadence_and_log(demo):
    """The cadence is saved per contact, and a note about using their advice is logged."""
    panel = KeepInTouchPanel(demo)
    _pick(panel, demo, "Daniel Kowalski")
    panel._every.value = 60
    daniel = next(c for c in demo.contacts() if c.name == "Daniel Kowalski")
    assert daniel.keep_in_touch_days == 60
    panel._detail.value = "Sketched the high street study he suggested."
    panel._detail.take()
    logged = demo.activities(kind=ActivityKind.KEPT_IN_TOUCH)[-1]
    assert logged.detail.startswith("Told them how I used their advice: Sketched")
    assert next(c for c in demo.contacts() if c.id == daniel.id).stage is Stage.KEEPING_IN_TOUCH


def test_due_this_week_lists_overdue_and_due_items(demo):
    """The week's list leads with what is overdue, and counts the week's to-dos."""
    due = DueThisWeek(demo)
    assert "This week:" in due._table.value and "things to do" in due._table.value
    assert "overdue" in due._table.value and "Priya Raman" in due._table.value


def test_an_empty_workspace_has_nothing_due(workspace):
    """With no contacts there is nothing due, and no error."""
    assert "Nothing is due" in DueThisWeek(workspace)._table.value
    assert "No contacts yet" in ThankYouDrafter(workspace)._due.value


def test_the_calendar_download_holds_a_parsable_ics(demo):
    """The download link carries a calendar file that parses back."""
    export = CalendarExport(demo)
    export._make.click()
    link = export._links.value
    assert 'download="information-please.ics"' in link
    encoded = link.split("base64,", 1)[1].split('"', 1)[0]
    events = list(Calendar.from_ical(base64.b64decode(encoded)).walk("VEVENT"))
    assert len(events) >= 4 and all(e.decoded("dtstart") >= date(2026, 3, 11) for e in events)


def test_a_silly_cadence_is_explained(demo):
    """Keeping in touch every 0 days is refused with the allowed range."""
    panel = KeepInTouchPanel(demo)
    _pick(panel, demo, "Daniel Kowalski")
    panel._every.value = 0
    assert "7 to 730 days" in panel._status.value

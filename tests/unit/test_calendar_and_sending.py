"""Reminders outside the notebook: calendar alarms, a weekly slot, re-import; mail handover."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar

from infointerview.coach import CoachSettings
from infointerview.demo import fill_demo
from infointerview.due import due_items
from infointerview.ics import calendar_bytes
from infointerview.sending import MAILTO_MAX_CHARS, eml_bytes, mailto_link

MONDAY = date(2026, 3, 16)


def _events(data: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_meetings_and_thank_yous_carry_alarms(workspace):
    """A thank-you has a 9:00 alarm on its due morning; other reminders have none."""
    fill_demo(workspace, today=MONDAY)
    items = due_items(workspace, today=MONDAY)
    events = list(Calendar.from_ical(calendar_bytes(items)).walk("VEVENT"))
    thanks = [e for e in events if str(e["SUMMARY"]).startswith("Thank-you note")]
    assert thanks and thanks[0].walk("VALARM")[0].decoded("trigger") == timedelta(hours=9)
    follow = [e for e in events if str(e["SUMMARY"]).startswith("Follow up")]
    assert follow and not follow[0].walk("VALARM")


def test_the_weekly_slot_repeats_at_the_chosen_time():
    """Wednesday 18:30 becomes a weekly event starting on the next Wednesday."""
    settings = CoachSettings(slot_weekday=2, slot_time=time(18, 30), slot_minutes=45)
    [slot] = Calendar.from_ical(calendar_bytes([], settings=settings, first_slot=MONDAY)).walk(
        "VEVENT"
    )
    assert slot.decoded("dtstart") == datetime(2026, 3, 18, 18, 30)
    assert slot.decoded("dtend") - slot.decoded("dtstart") == timedelta(minutes=45)
    assert slot["RRULE"]["FREQ"] == ["WEEKLY"]


def test_reimporting_a_newer_file_keeps_one_copy_of_each_event(workspace):
    """Same UIDs, higher SEQUENCE: a calendar that keeps the newest copy holds no duplicates."""
    fill_demo(workspace, today=MONDAY)
    settings = CoachSettings(slot_weekday=4)
    first = calendar_bytes(
        due_items(workspace, today=MONDAY),
        settings=settings,
        made_at=datetime(2026, 3, 16, 9, tzinfo=UTC),
    )
    later = calendar_bytes(
        due_items(workspace, today=MONDAY + timedelta(days=10)),
        settings=settings,
        made_at=datetime(2026, 3, 26, 9, tzinfo=UTC),
    )
    calendar: dict[str, object] = {}
    for data in (first, later):  # what a calendar program does on import
        for key, event in _events(data).items():
            if key not in calendar or event["SEQUENCE"] > calendar[key]["SEQUENCE"]:
                calendar[key] = event
    assert len(calendar) == len(_events(first).keys() | _events(later).keys())
    assert all(e["SEQUENCE"] > 0 for e in _events(later).values())
    assert set(_events(first)) & set(_events(later))  # the same reminders kept their UIDs


def test_a_short_message_becomes_a_mailto_link():
    """Subject and body are percent-encoded; line breaks become CRLF."""
    link = mailto_link("amara@example.org", "Thank you", "Dear Amara,\nthank you — really.")
    assert link is not None and link.startswith("mailto:amara@example.org?subject=Thank%20you")
    assert "%0D%0A" in link and "%E2%80%94" in link


def test_a_long_message_falls_back_to_an_eml_file():
    """Past what mail programs accept in a link, no link is offered."""
    assert mailto_link("a@example.org", "Hi", "x" * MAILTO_MAX_CHARS) is None


def test_the_eml_file_opens_as_an_unsent_draft_with_names_in_any_script():
    """UTF-8 headers and body, long lines wrapped safely, marked unsent."""
    body = "Dear Zhāng Wěi,\n" + "long line " * 200 + "\nThank you."
    data = eml_bytes("wei@example.org", "Thank you — 谢谢", body, to_name="Zhāng Wěi")
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].display_name == "Zhāng Wěi"
    assert str(message["Subject"]) == "Thank you — 谢谢"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == body

"""Tests for the calendar file and the spreadsheet and JSON exports."""

import csv
import io
import json
from datetime import date

import pytest
from icalendar import Calendar

from infointerview import ics
from infointerview.demo import fill_demo
from infointerview.due import due_items
from infointerview.export import activity_csv, activity_json, neutralise
from infointerview.ics import calendar_bytes

MONDAY = date(2026, 3, 16)


def test_the_calendar_file_reads_back_with_every_date(workspace):
    """Each due item becomes an all-day event that the same library parses back."""
    fill_demo(workspace, today=MONDAY)
    items = due_items(workspace, today=MONDAY)
    parsed = Calendar.from_ical(calendar_bytes(items))
    events = list(parsed.walk("VEVENT"))
    assert len(events) == len(items) > 0
    assert parsed["VERSION"] == "2.0" and "Information Please" in str(parsed["PRODID"])
    first = events[0]
    assert first.decoded("dtstart") == items[0].due_on
    assert (first.decoded("dtend") - first.decoded("dtstart")).days == 1
    assert str(first["SUMMARY"]) == ics.TITLES[items[0].kind].format(
        name=items[0].contact.name, organisation=items[0].contact.organisation
    )
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_calendar_uids_are_stable_so_reimporting_updates(workspace):
    """The same reminder gets the same UID in every file made."""
    fill_demo(workspace, today=MONDAY)
    items = due_items(workspace, today=MONDAY)
    uids = [
        [str(e["UID"]) for e in Calendar.from_ical(calendar_bytes(items)).walk("VEVENT")]
        for _ in range(2)
    ]
    assert uids[0] == uids[1]


def test_an_empty_workspace_makes_a_valid_empty_calendar(workspace):
    """With nothing due, the file is still a calendar, with no events."""
    parsed = Calendar.from_ical(calendar_bytes(due_items(workspace, today=MONDAY)))
    assert list(parsed.walk("VEVENT")) == []


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Amara Okafor", "Amara Okafor"),
        ("", ""),
    ],
)
def test_formula_like_cells_are_neutralised(cell, safe):
    """Cells starting = + - @ tab or carriage return get an apostrophe; others are untouched."""
    assert neutralise(cell) == safe


def test_the_csv_has_no_cell_a_spreadsheet_would_run(workspace):
    """Every cell of the activity CSV, checked: none starts like a formula."""
    contact = workspace.add_contact("=cmd|' /C calc'!A0", organisation="@evil")
    workspace.log("other", contact_id=contact.id, detail="-1+1 and =2+2")
    rows = list(csv.reader(io.StringIO(activity_csv(workspace))))
    assert rows[0] == ["date", "kind", "contact", "organisation", "detail"]
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert rows[-1][2] == "'=cmd|' /C calc'!A0"


def test_the_json_export_keeps_text_exactly(workspace):
    """JSON keeps what was typed, markup and formulas included, as plain strings."""
    workspace.log("other", detail="<b>=1+1</b> 李明")
    data = json.loads(activity_json(workspace))
    assert data["format"] == "infointerview-activity" and data["version"] == 1
    assert data["activities"][0]["detail"] == "<b>=1+1</b> 李明"


def test_the_calendar_holds_no_control_characters():
    """Text with control characters or a byte-order mark still makes a valid calendar that
    reads back without them (found by fuzzing: they were written raw)."""
    from infointerview.due import DueItem
    from infointerview.model import Contact

    item = DueItem(
        "meeting", Contact(1, "Amara\x00 Okafor\x0b"), MONDAY, "\ufeffBring\r\nnotes\x07"
    )
    raw = calendar_bytes([item])
    assert not any(chr(c) in raw.decode() for c in (0, 7, 11)) and "\ufeff" not in raw.decode()
    [event] = Calendar.from_ical(raw).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Informational interview with Amara Okafor"
    assert str(event["DESCRIPTION"]) == "Bring\nnotes"

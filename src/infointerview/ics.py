"""A calendar file (.ics) of meetings and reminders, for any calendar program.

Each reminder is an all-day event whose UID stays the same for the same thing to do with the
same contact, and whose SEQUENCE grows with each file made, so importing a newer file updates
the events instead of adding copies. Meetings and thank-yous carry alarms; the learner's
weekly networking slot repeats every week.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from icalendar import Alarm, Calendar, Event

from infointerview import clock
from infointerview.coach import CoachSettings
from infointerview.due import DueItem, due_items

if TYPE_CHECKING:  # the workspace's records import this package's domain modules
    from infointerview.store import Workspace

PRODUCT_ID = "-//Information Please//infointerview//EN"
TITLES = {
    "meeting": "Informational interview with {name}",
    "thank_you": "Thank-you note to {name}",
    "second_contact": "Try a second contact ({organisation})",
    "follow_up": "Follow up once with {name}",
    "keep_in_touch": "Keep in touch with {name}",
    "ask_again": "Ask {name} again (they said not now)",
}


#: Control characters an iCalendar text value may not hold (RFC 5545, 3.3.11), and the
#: byte-order mark, which readers take for the file's own and drop. Line breaks are kept (the
#: library writes them as \n) and tabs are allowed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufeff]")


def _text(value: str) -> str:
    """The text as a calendar can hold it: line breaks as LF, no other control characters."""
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


#: Alarms: a day before a meeting (at 9:00 the day before) and on the morning a thank-you is
#: due (9:00), as offsets from the start of the all-day event.
ALARMS = {"meeting": timedelta(hours=-15), "thank_you": timedelta(hours=9)}
SLOT_UID = "weekly-networking-slot@infointerview"
# SEQUENCE counts minutes from here, so a newer file's events always replace older copies.
SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def uid(item: DueItem, *, dated: bool = False) -> str:
    """The same thing to do for the same contact keeps its UID when its date moves, so a
    calendar that imports a newer file updates the event instead of adding a copy.

    ``dated`` adds the date, for a second item of the same kind for the same contact in one
    file (a UID names one event only).
    """
    key = f"{item.kind}|{item.contact.id}" + (f"|{item.due_on.isoformat()}" if dated else "")
    return hashlib.sha256(key.encode()).hexdigest()[:32] + "@infointerview"


def calendar_bytes(
    items: Iterable[DueItem],
    *,
    settings: CoachSettings | None = None,
    made_at: datetime | None = None,
    first_slot: date | None = None,
) -> bytes:
    """Return an iCalendar file: one all-day event per item (with alarms for meetings and
    thank-yous) and, when the learner has chosen one, their weekly networking slot."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Information Please")
    stamp = made_at or datetime.now(UTC)  # when the file was made, as the standard asks
    sequence = max(0, int((stamp - SEQUENCE_EPOCH).total_seconds() // 60))
    first_on: dict[tuple[str, int], date] = {}
    for item in items:
        event = Event()
        contact = item.contact
        summary = TITLES[item.kind].format(
            name=contact.name, organisation=contact.organisation or contact.name
        )
        day = first_on.setdefault((item.kind, item.contact.id), item.due_on)
        event.add("uid", uid(item, dated=day != item.due_on))
        event.add("sequence", sequence)
        event.add("summary", _text(summary))
        event.add("description", _text(item.text))
        event.add("dtstart", item.due_on)
        event.add("dtend", item.due_on + timedelta(days=1))
        event.add("dtstamp", stamp)
        event.add("transp", "TRANSPARENT")
        if item.kind in ALARMS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", _text(summary))
            alarm.add("trigger", ALARMS[item.kind])
            event.add_component(alarm)
        calendar.add_component(event)
    if settings is not None and settings.slot_weekday is not None:
        calendar.add_component(_slot(settings, stamp, sequence, first_slot or date.today()))
    return calendar.to_ical()


def _slot(settings: CoachSettings, stamp: datetime, sequence: int, today: date) -> Event:
    """The learner's weekly networking slot, repeating every week at the time they chose."""
    assert settings.slot_weekday is not None
    first = today + timedelta(days=(settings.slot_weekday - today.weekday()) % 7)
    start = datetime.combine(first, settings.slot_time)  # floating: their own local time
    event = Event()
    event.add("uid", SLOT_UID)
    event.add("sequence", sequence)
    event.add("summary", "Networking time (Information Please)")
    event.add(
        "description",
        "Your weekly slot: send a request, record replies, prepare questions, write a "
        "thank-you, or log what you did. The welcome notebook says what is due.",
    )
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=settings.slot_minutes))
    event.add("dtstamp", stamp)
    event.add("rrule", {"freq": "weekly"})
    return event


def workspace_calendar(workspace: Workspace, *, made_at: datetime | None = None) -> bytes:
    """The learner's calendar file as it stands today: what is due, and their weekly slot."""
    return calendar_bytes(
        due_items(workspace),
        settings=workspace.coach_settings(),
        made_at=made_at,
        first_slot=clock.today(),
    )

"""A calendar file (.ics) of meetings and reminders, for any calendar program.

Each reminder is an all-day event with a stable UID, so importing a newer file updates the
same events instead of adding copies.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from infointerview.due import DueItem

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


def calendar_bytes(items: Iterable[DueItem]) -> bytes:
    """Return an iCalendar file with one all-day event per item."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Information Please")
    stamp = datetime.now(UTC)  # when the file was made, as the standard asks
    for item in items:
        event = Event()
        contact = item.contact
        summary = TITLES[item.kind].format(
            name=contact.name, organisation=contact.organisation or contact.name
        )
        key = f"{item.kind}|{contact.id}|{item.due_on.isoformat()}"
        event.add("uid", hashlib.sha256(key.encode()).hexdigest()[:32] + "@infointerview")
        event.add("summary", _text(summary))
        event.add("description", _text(item.text))
        event.add("dtstart", item.due_on)
        event.add("dtend", item.due_on + timedelta(days=1))
        event.add("dtstamp", stamp)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()

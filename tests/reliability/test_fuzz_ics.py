"""Fuzzing the calendar file: any names, notes and dates make a file that reads back."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from infointerview import ics
from infointerview.due import KINDS, DueItem
from infointerview.model import Contact

from .fuzzing import Fuzz, Recorder, days, long_text, participant_text

#: Control characters are not allowed in an iCalendar text value (RFC 5545, 3.3.11),
#: except the CRLF that ends each line and the tab.
CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
#: The texts an example puts in its items (names, organisations, notes).
TEXTS = st.lists(
    st.one_of(participant_text(long=False), long_text(max_chars=400)), min_size=1, max_size=4
)


def _items(seed: int, texts: list[str], due: list[date]) -> list[DueItem]:
    """Up to three due items built from the example's texts and days."""
    r = random.Random(seed)
    return [
        DueItem(
            r.choice(KINDS),
            Contact(
                r.choice((1, 2, 3, 2**40, -(2**63))), r.choice(texts), organisation=r.choice(texts)
            ),
            day,
            r.choice(texts),
        )
        for day in due
    ]


def _as_read(text: str) -> str:
    """What a calendar keeps of a text value: lines end in LF; no other control characters,
    and no byte-order mark (readers take one for the file's own)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f\ufeff]", "", text)


def test_fuzz_calendar_bytes(figures: Recorder) -> None:
    """calendar_bytes makes a valid calendar of any items, and each reads back as given."""
    fuzz = Fuzz("ics.calendar_bytes")

    @given(
        seed=st.integers(0, 2**32),
        texts=TEXTS,
        due=st.lists(days(), max_size=3),
    )
    def run(seed: int, texts: list[str], due: list[date]) -> None:
        items = _items(seed, texts, due)
        with fuzz.example(items):
            raw = ics.calendar_bytes(items)
            lines = raw.split(b"\r\n")
            assert not [line for line in lines if CONTROL.search(line)], "a raw control character"
            events = list(Calendar.from_ical(raw).walk("VEVENT"))
            assert len(events) == len(items)
            for event, item in zip(events, items, strict=True):
                title = ics.TITLES[item.kind].format(
                    name=item.contact.name,
                    organisation=item.contact.organisation or item.contact.name,
                )
                assert str(event["SUMMARY"]) == _as_read(title)
                assert str(event["DESCRIPTION"]) == _as_read(item.text)
                assert event.decoded("dtstart") == item.due_on
                assert event.decoded("dtend") == item.due_on + timedelta(days=1)
            keys = {(i.kind, i.contact.id, i.due_on) for i in items}
            assert len({str(e["UID"]) for e in events}) == len(keys)

    fuzz.run(run, figures)

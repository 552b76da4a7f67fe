"""The one place that knows what day and time it is.

Set ``INFOINTERVIEW_TODAY`` to an ISO date (``2026-03-02``) to pin "today": the notebooks are
executed and tested under a fixed date so their stored outputs stay the same from run to run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

from infointerview.model import InputError

TODAY_VARIABLE = "INFOINTERVIEW_TODAY"
#: Rehearsal speed for the meeting clock: 60 makes each real second count as a minute.
SPEED_VARIABLE = "INFOINTERVIEW_CLOCK_SPEED"


#: Nothing in a workspace is dated before this day: an earlier one is a mistyped year.
EARLIEST_DAY = date(1970, 1, 1)


#: Working weeks by their days off (0 is Monday). Saturday and Sunday is the default, but many
#: countries rest on Friday and Saturday, and some on one day only.
WEEKENDS: dict[str, frozenset[int]] = {
    "Saturday and Sunday": frozenset({5, 6}),
    "Friday and Saturday": frozenset({4, 5}),
    "Friday only": frozenset({4}),
    "Sunday only": frozenset({6}),
}
SATURDAY_SUNDAY = WEEKENDS["Saturday and Sunday"]


def weekend_name(weekend: frozenset[int]) -> str:
    """The name a participant chose the weekend by ("Friday and Saturday" …)."""
    for name, days in WEEKENDS.items():
        if days == weekend:
            return name
    raise InputError(["Choose your days off from the list: " + ", ".join(WEEKENDS) + "."])


def add_working_days(day: date, days: int, weekend: frozenset[int] = SATURDAY_SUNDAY) -> date:
    """Return the date ``days`` working days after ``day``, skipping the ``weekend`` days.

    Counting from a day off counts as from the last working day before it. A negative count,
    one that runs past the end of the calendar, or a week with no working day raises InputError.
    """
    if days < 0:
        raise InputError(["Count business days forwards only."])
    working = 7 - len(weekend)
    if not 0 < working <= 7 or not weekend <= set(range(7)):
        raise InputError(["A working week needs at least one working day."])
    try:
        if days:
            while day.weekday() in weekend:
                day -= timedelta(days=1)
        weeks, rest = divmod(days, working)  # every ``working`` working days are a week
        day += timedelta(weeks=weeks)
        while rest:
            day += timedelta(days=1)
            if day.weekday() not in weekend:
                rest -= 1
    except OverflowError:
        raise InputError(
            [f"{days:,} working days on runs past the end of the calendar; count fewer."]
        ) from None
    return day


class ClockError(ValueError):
    """INFOINTERVIEW_TODAY holds something that is not a date."""


def today() -> date:
    """Return today's date, or the date pinned by INFOINTERVIEW_TODAY."""
    pinned = os.environ.get(TODAY_VARIABLE, "").strip()
    if not pinned:
        return date.today()
    try:
        return date.fromisoformat(pinned)
    except ValueError:
        raise ClockError(
            f"{TODAY_VARIABLE} is set to {pinned!r}, which is not a date. "
            "Use the form YYYY-MM-DD (for example 2026-03-02), or unset it."
        ) from None


def now() -> datetime:
    """Return the current local time, on the pinned day when INFOINTERVIEW_TODAY is set."""
    current = datetime.now().replace(microsecond=0)
    return datetime.combine(today(), current.time())


def rehearsal_speed() -> float:
    """Return how fast meeting clocks run (1 normally; more for rehearsals and demos)."""
    configured = os.environ.get(SPEED_VARIABLE, "").strip()
    if not configured:
        return 1.0
    try:
        speed = float(configured)
    except ValueError:
        speed = 0.0
    if not 0 < speed <= 3600:
        raise ClockError(
            f"{SPEED_VARIABLE} is {configured!r}; use a number such as 60 (a minute a second)."
        )
    return speed


def seconds() -> float:
    """Return a steadily increasing count of seconds for timing meetings (never goes back)."""
    return time.monotonic() * rehearsal_speed()


class MeetingClock:
    """Times a meeting from a time source; it never counts ticks, so typing cannot slow it.

    ``source`` returns seconds (``clock.seconds`` by default); tests pass a fake one.
    """

    def __init__(self, source: Callable[[], float] | None = None) -> None:
        self._source = source or seconds
        self._started: float | None = None
        self._stopped_after: float = 0.0

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        """Start (or carry on after a stop)."""
        if self._started is None:
            self._started = self._source() - self._stopped_after

    def stop(self) -> None:
        """Stop; the time so far is kept, and start carries on from it."""
        if self._started is not None:
            self._stopped_after = self._source() - self._started
            self._started = None

    def reset(self) -> None:
        self._started, self._stopped_after = None, 0.0

    def elapsed_seconds(self) -> float:
        if self._started is None:
            return self._stopped_after
        return self._source() - self._started

    def elapsed_minutes(self) -> float:
        return self.elapsed_seconds() / 60


def check_day(day: object, what: str) -> date:
    """Return ``day`` for something that has happened, refusing the future and before 1970.

    ``what`` names the thing in the message ("An activity", "A stage change").
    """
    if not isinstance(day, date):
        raise InputError([f"{what} needs a date."])
    if isinstance(day, datetime):
        day = day.date()
    if day > today():
        raise InputError(
            [
                f"{what} cannot be dated in the future ({day.day} {day:%B %Y}); "
                "log it on the day it happens."
            ]
        )
    if day < EARLIEST_DAY:
        raise InputError([f"{what} dated {day.day} {day:%B %Y} is before 1970; check the year."])
    return day

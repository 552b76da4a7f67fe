"""The one place that knows what day and time it is.

Set ``INFOINTERVIEW_TODAY`` to an ISO date (``2026-03-02``) to pin "today": the notebooks are
executed and tested under a fixed date so their stored outputs stay the same from run to run.
"""

from __future__ import annotations

import os
from datetime import date, datetime

TODAY_VARIABLE = "INFOINTERVIEW_TODAY"


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

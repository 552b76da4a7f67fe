"""The facilitator's run sheets: session plans, minute by minute, from ``run_sheets.toml``.

Each plan (two hours in a room, 90 minutes, a 60-minute taster, two hours online) is a list of
rows that run back to back from the start of the session. The file is checked as it loads: a
row that does not start where the one before it ended, or rows that do not add up to the
plan's length, are refused with the plan and row named, so a plan that prints is one that fits.
The instructor guide and the printable practice kit show these same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from infointerview.content import ContentError, load_toml, phases

FILE = "run_sheets.toml"
SETTINGS = ("room", "online")


def clock_label(minutes: int) -> str:
    """Minutes from the start of a session as the run sheet writes them: 85 -> "1:25"."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def parse_clock(text: str) -> int:
    """Read "H:MM" (as in ``start = "1:25"``) as minutes from the start; ValueError if not."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or len(minutes) != 2 or not minutes.isdigit():
        raise ValueError(f"{text!r} is not a time like 0:00 or 1:25")
    if int(minutes) >= 60:
        raise ValueError(f"{text!r} has more than 59 minutes")
    return int(hours) * 60 + int(minutes)


@dataclass(frozen=True)
class RunRow:
    """One step of a session: when it starts, how long, what happens, who, in which notebook."""

    start: int
    minutes: int
    what: str
    who: str
    notebook: str = ""
    slack: bool = False

    @property
    def end(self) -> int:
        return self.start + self.minutes

    @property
    def start_label(self) -> str:
        return clock_label(self.start)


@dataclass(frozen=True)
class RunSheet:
    """A session plan: rows back to back from 0:00, adding up to ``minutes`` exactly."""

    id: str
    title: str
    setting: str
    minutes: int
    summary: str
    rows: tuple[RunRow, ...]

    @property
    def slack_minutes(self) -> int:
        """Buffer time (logging in, introductions, moving rooms) that can absorb a late start."""
        return sum(row.minutes for row in self.rows if row.slack)

    @property
    def notebooks(self) -> tuple[str, ...]:
        """The notebooks the session uses, in the order it first opens them."""
        return tuple(dict.fromkeys(row.notebook for row in self.rows if row.notebook))


def _text(entry: dict[str, Any], key: str, where: str, *, empty: bool = False) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str) or not (empty or value.strip()):
        raise ContentError(f"{where}: {key} must be {'' if empty else 'non-empty '}text.")
    return value.strip()


def _minutes(entry: dict[str, Any], key: str, where: str) -> int:
    value = entry.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ContentError(f"{where}: {key} must be a whole number of minutes, 1 or more.")
    return value


def _row(entry: Any, where: str, notebooks: set[str]) -> RunRow:
    if not isinstance(entry, dict):
        raise ContentError(f"{where}: a row must be a table of fields.")
    try:
        start = parse_clock(_text(entry, "start", where))
    except ValueError as error:
        raise ContentError(f"{where}: start {error}.") from None
    notebook = _text(entry, "notebook", where, empty=True).removesuffix(".ipynb")
    if notebook and notebook not in notebooks:
        raise ContentError(
            f"{where}: notebook {notebook!r} should be one of {', '.join(sorted(notebooks))}, "
            'or "" for none.'
        )
    slack = entry.get("slack", False)
    if not isinstance(slack, bool):
        raise ContentError(f"{where}: slack must be true or false.")
    return RunRow(
        start=start,
        minutes=_minutes(entry, "minutes", where),
        what=_text(entry, "what", where),
        who=_text(entry, "who", where),
        notebook=notebook,
        slack=slack,
    )


def _plan(entry: Any, where: str, notebooks: set[str]) -> RunSheet:
    if not isinstance(entry, dict):
        raise ContentError(f"{where}: a plan must be a table of fields.")
    plan_id = _text(entry, "id", where)
    where = f"{where} ({plan_id!r})"
    setting = _text(entry, "setting", where)
    if setting not in SETTINGS:
        raise ContentError(f"{where}: setting should be one of {', '.join(SETTINGS)}.")
    length = _minutes(entry, "minutes", where)
    found = entry.get("row", [])
    if not isinstance(found, list) or not found:
        raise ContentError(f"{where}: its rows must be written as [[plan.row]] tables.")
    rows = tuple(
        _row(row, f"{where}, row {number}", notebooks) for number, row in enumerate(found, 1)
    )
    expected = 0
    for number, row in enumerate(rows, start=1):
        if row.start != expected:
            raise ContentError(
                f"{where}, row {number} starts at {row.start_label}, but the row before it "
                f"ends at {clock_label(expected)}: the rows must run back to back."
            )
        expected = row.end
    if expected != length:
        raise ContentError(
            f"{where}: the rows add up to {expected} minutes, but the plan is {length}."
        )
    return RunSheet(
        id=plan_id,
        title=_text(entry, "title", where),
        setting=setting,
        minutes=length,
        summary=_text(entry, "summary", where),
        rows=rows,
    )


def parse_run_sheets(data: dict[str, Any], source: str = FILE) -> tuple[RunSheet, ...]:
    """Read and check the plans in a parsed run-sheet file; ContentError names any mistake."""
    plans = data.get("plan", [])
    if not isinstance(plans, list) or not plans:
        raise ContentError(f"{source}: plans must be written as [[plan]] tables.")
    notebooks = {phase.notebook.removesuffix(".ipynb") for phase in phases()}
    sheets = tuple(
        _plan(entry, f"{source}, plan {number}", notebooks)
        for number, entry in enumerate(plans, start=1)
    )
    ids = [sheet.id for sheet in sheets]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ContentError(f"{source}: the id {repeated[0]!r} is used twice.")
    return sheets


@cache
def run_sheets() -> tuple[RunSheet, ...]:
    """Return the shipped session plans, in the order the guide shows them."""
    return parse_run_sheets(load_toml(FILE))


def run_sheet(plan_id: str) -> RunSheet:
    """Return one plan by id (``"two-hour"``); LookupError naming the choices if unknown."""
    for sheet in run_sheets():
        if sheet.id == plan_id:
            return sheet
    choices = ", ".join(sheet.id for sheet in run_sheets())
    raise LookupError(f"There is no run sheet called {plan_id!r}. Choose one of: {choices}.")

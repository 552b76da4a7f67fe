"""Words and tables for every chart: what it shows for this participant's data.

A chart is a picture; some people cannot see it, and some would rather read numbers. Each
function here takes the same data as its chart in ``charts`` and returns a ``ChartText``: a
short text alternative that says what the chart shows (the busiest week, the step where
things stall) and a table with the same numbers, for a "show as a table" view. Nothing here
imports matplotlib, so the words can be made (and tested) without drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infointerview.cohort import CohortWeekly
from infointerview.model import ActivityKind, Stage, plural
from infointerview.networking import (
    TARGET_KINDS,
    ContactTimeline,
    Funnel,
    Lags,
    TargetProgress,
    WeeklyActivity,
)

#: Activity kinds in plain words; the same words as the weekly targets where there is one.
KIND_LABELS: dict[ActivityKind, str] = {
    ActivityKind.CONTACT_ADDED: "Contacts added",
    ActivityKind.RESEARCH_DONE: "Research done",
    ActivityKind.REQUEST_SENT: "Requests sent",
    ActivityKind.REPLY_RECEIVED: "Replies received",
    ActivityKind.FOLLOW_UP_SENT: "Follow-ups sent",
    ActivityKind.QUESTIONS_PREPARED: "Questions prepared",
    ActivityKind.MEETING_HELD: "Meetings held",
    ActivityKind.THANK_YOU_SENT: TARGET_KINDS[ActivityKind.THANK_YOU_SENT],
    ActivityKind.KEPT_IN_TOUCH: TARGET_KINDS[ActivityKind.KEPT_IN_TOUCH],
    ActivityKind.OTHER: TARGET_KINDS[ActivityKind.OTHER],
}
#: Stages in plain words; the funnel's words where the funnel has the stage.
STAGE_LABELS: dict[Stage, str] = {
    Stage.IDENTIFIED: "Spotted",
    Stage.RESEARCHED: "Researched",
    Stage.REQUESTED: "Asked",
    Stage.ACCEPTED: "Said yes",
    Stage.DECLINED: "Said no",
    Stage.NO_REPLY: "No reply",
    Stage.FOLLOWED_UP: "Followed up",
    Stage.LATER: "Not now",
    Stage.MET: "Met",
    Stage.THANKED: "Thanked",
    Stage.KEEPING_IN_TOUCH: "Keeping in touch",
}
#: The timeline shows at most this many contacts; more would not be readable on a projector.
MAX_TIMELINE_ROWS = 25

# Month names spelled out here so labels do not depend on the machine's locale.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_label(day: date) -> str:
    """Return a short date such as "2 Mar"."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def long_day(day: date) -> str:
    """Return a date spelled out for reading aloud, such as "9 February"."""
    return f"{day.day} {_LONG_MONTHS[day.month - 1]}"


@dataclass(frozen=True)
class ChartText:
    """A chart in words: ``alt`` (a sentence or two) and a table (``heads`` and ``rows``)."""

    title: str
    alt: str
    heads: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _join(parts: Sequence[str]) -> str:
    """ "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# --- the participant's charts ----------------------------------------------------------------


def weekly_text(data: WeeklyActivity) -> ChartText:
    """Words for the weekly activity chart: the total, the busiest week and the last week."""
    title = "Weekly activity"
    kinds = list(data.counts)
    heads = ("Week starting", *(KIND_LABELS.get(k, k.label.capitalize()) for k in kinds), "Total")
    totals = data.totals
    rows = tuple(
        (
            long_day(week),
            *(str(data.counts[kind][n]) for kind in kinds),
            str(totals[n] if totals else 0),
        )
        for n, week in enumerate(data.weeks)
    )
    span = f"{title}, last {plural(len(data.weeks), 'week')}"
    if not data.weeks or not any(totals):
        return ChartText(title, f"{span}: nothing logged yet.", heads, rows)
    busiest = max(range(len(totals)), key=lambda n: (totals[n], n))
    last = totals[-1]
    last_words = (
        "none in the last week"
        if not last
        else f"{plural(last, 'activity', 'activities')} in the last week"
    )
    if busiest == len(totals) - 1:
        last_words = "the last week was the busiest"
    quiet = sum(1 for total in totals if not total)
    quiet_words = f", {plural(quiet, 'week')} with nothing" if quiet else ""
    alt = (
        f"{span}: {plural(sum(totals), 'activity', 'activities')} in all; most in the week of "
        f"{long_day(data.weeks[busiest])} ({totals[busiest]}), {last_words}{quiet_words}."
    )
    return ChartText(title, alt, heads, rows)


def funnel_text(data: Funnel, *, title: str = "From asking to keeping in touch") -> ChartText:
    """Words for the funnel: each step's count, and where most contacts stop."""
    heads = ("Step", "Contacts")
    rows = tuple((label, str(count)) for label, count in data.steps)
    if not any(count for _, count in data.steps):
        return ChartText(title, f"{title}: nothing logged yet.", heads, rows)
    steps = _join([f"{label.lower()} {count}" for label, count in data.steps])
    drops = [
        (data.steps[n][1] - data.steps[n + 1][1], n)
        for n in range(len(data.steps) - 1)
        if data.steps[n][1]
    ]
    stall = ""
    if drops:
        drop, n = max(drops, key=lambda d: (d[0], -d[1]))
        if drop > 0:
            stall = (
                f" The biggest drop is from {data.steps[n][0].lower()} to "
                f"{data.steps[n + 1][0].lower()} ({drop} fewer)."
            )
    return ChartText(title, f"{title}, contacts at each step: {steps}.{stall}", heads, rows)


def _typical(values: Sequence[int]) -> int:
    return sorted(values)[len(values) // 2]


def lags_text(data: Lags) -> ChartText:
    """Words for the lag chart: how many days replies and thank-yous took."""
    title = "How quickly things happen"
    heads = ("Measure", "Contacts", "Fastest (days)", "Typical (days)", "Slowest (days)", "Each")
    groups = (("Days to a reply", data.reply_days), ("Days to a thank-you", data.thank_you_days))
    rows = tuple(
        (
            name,
            str(len(values)),
            str(min(values)) if values else "",
            str(_typical(values)) if values else "",
            str(max(values)) if values else "",
            ", ".join(str(v) for v in values),
        )
        for name, values in groups
    )
    if not data.reply_days and not data.thank_you_days:
        return ChartText(title, f"{title}: no replies or thank-you notes logged yet.", heads, rows)
    words = []
    for what, values in (("replies", data.reply_days), ("thank-you notes", data.thank_you_days)):
        if not values:
            words.append(f"no {what} yet")
        elif min(values) == max(values):
            words.append(f"{what} took {plural(values[0], 'day')} ({len(values)} logged)")
        else:
            words.append(
                f"{what} took {min(values)} to {plural(max(values), 'day')}, typically "
                f"{_typical(values)} ({len(values)} logged)"
            )
    late = sum(1 for days in data.thank_you_days if days > 1)
    due = (
        f" {plural(late, 'thank-you note')} came later than a day after the meeting."
        if late
        else ""
    )
    return ChartText(title, f"{title}: {'; '.join(words)}.{due}", heads, rows)


def most_recent(data: Sequence[ContactTimeline], limit: int) -> list[ContactTimeline]:
    """Keep the ``limit`` contacts whose latest change is most recent, in their given order."""
    if len(data) <= limit:
        return list(data)
    latest = sorted(
        range(len(data)),
        key=lambda n: (max((s[1] for s in data[n].spans), default=date.min), n),
        reverse=True,
    )
    keep = set(latest[:limit])
    return [row for n, row in enumerate(data) if n in keep]


def timeline_text(data: Sequence[ContactTimeline]) -> ChartText:
    """Words for the timeline: how many contacts stand at each stage, and the latest move."""
    title = "Each contact's way through the stages"
    rows_shown = most_recent(data, MAX_TIMELINE_ROWS)
    heads = ("Contact", "Stages, with the day each began", "Now")
    rows = tuple(
        (
            row.name,
            " → ".join(
                f"{STAGE_LABELS[stage]} {day_label(start)}" for stage, start, _ in row.spans
            ),
            STAGE_LABELS[row.spans[-1][0]] if row.spans else "",
        )
        for row in rows_shown
    )
    moved = [row for row in rows_shown if row.spans]
    if not moved:
        return ChartText(title, f"{title}: no contacts yet.", heads, rows)
    now: dict[Stage, int] = {}
    for row in moved:
        now[row.spans[-1][0]] = now.get(row.spans[-1][0], 0) + 1
    standing = _join(
        [
            f"{count} {STAGE_LABELS[stage].lower()}"
            for stage, count in sorted(now.items(), key=lambda item: list(Stage).index(item[0]))
        ]
    )
    latest = max(moved, key=lambda row: row.spans[-1][1])
    shown = f"{plural(len(rows_shown), 'contact')}" + (
        f" (the most recently active of {len(data):,})" if len(rows_shown) < len(data) else ""
    )
    alt = (
        f"{title}, {shown}. Where they stand now: {standing}. Latest change: {latest.name}, "
        f"{STAGE_LABELS[latest.spans[-1][0]].lower()} since {long_day(latest.spans[-1][1])}."
    )
    return ChartText(title, alt, heads, rows)


def targets_text(data: Sequence[TargetProgress]) -> ChartText:
    """Words for the targets chart: this week's count against each weekly target."""
    title = "This week against your targets"
    heads = ("Activity", "Done this week", "Weekly target", "Met")
    rows = tuple(
        (item.label, str(item.done), str(item.target), "yes" if item.met else "not yet")
        for item in data
    )
    if not data:
        return ChartText(title, f"{title}: no weekly targets set yet.", heads, rows)
    met = sum(1 for item in data if item.met)
    each = "; ".join(
        f"{item.label.lower()} {item.done} of {item.target}" + (", met" if item.met else "")
        for item in data
    )
    return ChartText(title, f"{title}, {met} of {len(data)} met: {each}.", heads, rows)


# --- the cohort, for the instructor ----------------------------------------------------------


def cohort_weekly_text(data: CohortWeekly) -> ChartText:
    """Words for the cohort's small multiples: the weeks, the shared scale, who is charted."""
    title = "Each participant's networking, week by week"
    heads = ("Participant", *(day_label(week) for week in data.weeks), "Total")
    rows = tuple(
        (alias, *(str(total) for total in totals), str(sum(totals))) for alias, totals in data.rows
    )
    names = ", ".join(alias for alias, _ in data.rows) or "nobody yet"
    if not data.rows or not data.weeks:
        return ChartText(
            title, f"Weekly activity, one small chart per participant: {names}.", heads, rows
        )
    quiet = sum(1 for _, totals in data.rows if not any(totals))
    nothing = f" {plural(quiet, 'participant')} logged nothing in that time." if quiet else ""
    alt = (
        f"Weekly activity, {plural(len(data.weeks), 'week')} from {long_day(data.weeks[0])} to "
        f"the week of {long_day(data.weeks[-1])}, one small chart per participant on one shared "
        f"scale (the busiest week: {plural(data.scale, 'activity', 'activities')}).{nothing} "
        f"Charted, in alphabetical order: {names}."
    )
    return ChartText(title, alt, heads, rows)

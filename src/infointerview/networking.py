"""Networking as a habit: weekly counts, the funnel, lags, timelines and targets, as plain data.

The charts in ``charts`` draw these; nothing here imports matplotlib.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from infointerview.model import Activity, ActivityKind, Contact, InputError, Stage, activity_kind

#: The funnel's steps: a contact counts at a step once they have ever reached it.
FUNNEL_STEPS: tuple[tuple[str, frozenset[Stage]], ...] = (
    ("Asked", frozenset({Stage.REQUESTED})),
    ("Said yes", frozenset({Stage.ACCEPTED})),
    ("Met", frozenset({Stage.MET})),
    ("Thanked", frozenset({Stage.THANKED})),
    ("Keeping in touch", frozenset({Stage.KEEPING_IN_TOUCH})),
)
#: Stages that imply the ones before them (a contact who met was also asked and said yes).
_IMPLIES = {
    Stage.ACCEPTED: {Stage.REQUESTED},
    Stage.MET: {Stage.REQUESTED, Stage.ACCEPTED},
    Stage.THANKED: {Stage.REQUESTED, Stage.ACCEPTED, Stage.MET},
    Stage.KEEPING_IN_TOUCH: {Stage.REQUESTED, Stage.ACCEPTED, Stage.MET, Stage.THANKED},
}
#: What the participant can set weekly targets for, in the words the charts use.
TARGET_KINDS: dict[ActivityKind, str] = {
    ActivityKind.REQUEST_SENT: "Requests sent",
    ActivityKind.MEETING_HELD: "Meetings held",
    ActivityKind.THANK_YOU_SENT: "Thank-you notes",
    ActivityKind.KEPT_IN_TOUCH: "Keep-in-touch notes",
    ActivityKind.CONTACT_ADDED: "Contacts added",
    ActivityKind.OTHER: "Other networking",
}


def week_of(day: date) -> date:
    """Return the Monday of the week a day falls in."""
    return day - timedelta(days=day.weekday())


def week_starts(today: date, weeks: int) -> tuple[date, ...]:
    """Return the Mondays of the ``weeks`` weeks up to today, oldest first.

    Fewer than one week, or more than the calendar holds before today, raises InputError.
    """
    if weeks < 1:
        raise InputError(["Show at least one week."])
    try:
        first = week_of(today) - timedelta(weeks=weeks - 1)
    except OverflowError:
        raise InputError(
            [f"The calendar does not go back {weeks:,} weeks before {today.year}: show fewer."]
        ) from None
    return tuple(first + timedelta(weeks=n) for n in range(weeks))


@dataclass(frozen=True)
class WeeklyActivity:
    """How many activities of each kind happened in each of the last weeks."""

    weeks: tuple[date, ...]  # the Monday of each week, oldest first
    counts: dict[ActivityKind, tuple[int, ...]]  # only kinds with at least one activity

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*self.counts.values(), strict=True)) or tuple(
            0 for _ in self.weeks
        )


def weekly_activity(
    activities: Iterable[Activity], *, today: date, weeks: int = 8
) -> WeeklyActivity:
    """Count activities per kind per week, for the ``weeks`` weeks up to today."""
    mondays = week_starts(today, weeks)
    index = {monday: n for n, monday in enumerate(mondays)}
    grid: dict[ActivityKind, list[int]] = {}
    for activity in activities:
        slot = index.get(week_of(activity.happened_on))
        if slot is None or activity.happened_on > today:
            continue
        grid.setdefault(activity.kind, [0] * weeks)[slot] += 1
    ordered = {kind: tuple(grid[kind]) for kind in ActivityKind if kind in grid}
    return WeeklyActivity(mondays, ordered)


@dataclass(frozen=True)
class Funnel:
    """How many contacts ever reached each step, from asked to keeping in touch."""

    steps: tuple[tuple[str, int], ...]


def funnel(history: Iterable[tuple[int, Stage, date]]) -> Funnel:
    """Count contacts at each funnel step from the stage history."""
    reached: dict[int, set[Stage]] = {}
    for contact_id, stage, _ in history:
        stages = reached.setdefault(contact_id, set())
        stages.add(stage)
        stages |= _IMPLIES.get(stage, set())
    return Funnel(
        tuple(
            (label, sum(1 for stages in reached.values() if stages & wanted))
            for label, wanted in FUNNEL_STEPS
        )
    )


@dataclass(frozen=True)
class Lags:
    """Days from request to reply, and from meeting to thank-you note, one value a contact."""

    reply_days: tuple[int, ...]
    thank_you_days: tuple[int, ...]


def lags(activities: Iterable[Activity]) -> Lags:
    """Measure reply time and thank-you lag from the networking log."""
    asked: dict[int, date] = {}
    met: dict[int, date] = {}
    reply_days, thank_days = [], []
    for activity in sorted(activities, key=lambda a: (a.happened_on, a.id)):
        contact = activity.contact_id
        if contact is None:
            continue
        if activity.kind is ActivityKind.REQUEST_SENT:
            asked[contact] = activity.happened_on
        elif activity.kind is ActivityKind.REPLY_RECEIVED and contact in asked:
            reply_days.append((activity.happened_on - asked.pop(contact)).days)
        elif activity.kind is ActivityKind.MEETING_HELD:
            met[contact] = activity.happened_on
        elif activity.kind is ActivityKind.THANK_YOU_SENT and contact in met:
            thank_days.append((activity.happened_on - met.pop(contact)).days)
    return Lags(tuple(reply_days), tuple(thank_days))


@dataclass(frozen=True)
class ContactTimeline:
    """One contact's way through the stages: (stage, from, until), oldest first."""

    name: str
    spans: tuple[tuple[Stage, date, date], ...]


def timelines(
    contacts: Sequence[Contact],
    history: Iterable[tuple[int, Stage, date]],
    *,
    today: date,
) -> list[ContactTimeline]:
    """Turn the stage history into spans per contact; the last stage runs until today."""
    changes: dict[int, list[tuple[Stage, date]]] = {}
    for contact_id, stage, day in history:
        changes.setdefault(contact_id, []).append((stage, day))
    result = []
    for contact in contacts:
        steps = sorted(changes.get(contact.id, []), key=lambda step: step[1])
        spans = []
        for n, (stage, start) in enumerate(steps):
            end = steps[n + 1][1] if n + 1 < len(steps) else max(today, start)
            if end > start or n + 1 == len(steps):
                spans.append((stage, start, end))
        result.append(ContactTimeline(contact.name, tuple(spans)))
    return result


@dataclass(frozen=True)
class TargetProgress:
    """This week's count of one kind of activity against the weekly target."""

    kind: ActivityKind
    label: str
    target: int
    done: int

    @property
    def met(self) -> bool:
        return self.done >= self.target


def target_progress(
    activities: Iterable[Activity], targets: Mapping[ActivityKind, int], *, today: date
) -> list[TargetProgress]:
    """Compare this week's activity (Monday to today) with each weekly target."""
    monday = week_of(today)
    done = Counter(a.kind for a in activities if monday <= a.happened_on <= today)
    return [
        TargetProgress(kind, TARGET_KINDS.get(kind, kind.label), target, done[kind])
        for kind, target in targets.items()
        if target > 0
    ]


#: A weekly target is a count from 0 (none) to this.
TARGET_MAX_PER_WEEK = 50


def check_targets(targets: Mapping[ActivityKind | str, object]) -> dict[ActivityKind, int]:
    """Return weekly targets (kind to count), leaving out zeros, or raise InputError."""
    clean: dict[ActivityKind, int] = {}
    for kind, per_week in targets.items():
        kind = activity_kind(kind)
        if (
            isinstance(per_week, bool)
            or not isinstance(per_week, int)
            or not 0 <= per_week <= TARGET_MAX_PER_WEEK
        ):
            raise InputError(
                [
                    f"A weekly target is a whole number from 0 to {TARGET_MAX_PER_WEEK} "
                    f"({kind.label})."
                ]
            )
        if per_week:
            clean[kind] = per_week
    return clean

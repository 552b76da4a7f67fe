"""The coach: what to do today and this week, a four-week plan, a nudge after a quiet spell.

Everything here is worked out from the workspace and the date (``clock.today``); practice
records never appear. The wording is kind: it says what would help next, never what was
missed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from infointerview import clock
from infointerview.due import DueItem, due_items
from infointerview.model import ActivityKind, InputError, Stage, plural

if TYPE_CHECKING:  # the workspace keeps these settings, so this module cannot import it
    from infointerview.store import Workspace

QUIET_DAYS = 10
QUIET_RANGE = (3, 60)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: The notebook that does each kind of thing (the links on the welcome page).
NOTEBOOKS = {
    "research": "01-research.ipynb",
    "request": "02-request.ipynb",
    "second_contact": "01-research.ipynb",
    "follow_up": "02-request.ipynb",
    "ask_again": "02-request.ipynb",
    "reply": "02-request.ipynb",
    "prepare": "03-prepare.ipynb",
    "meeting": "04-meeting.ipynb",
    "thank_you": "05-follow-up.ipynb",
    "keep_in_touch": "05-follow-up.ipynb",
    "log": "06-networking-log.ipynb",
}
# Which comes first when several things are due on the same day.
URGENCY = ("thank_you", "meeting", "follow_up", "reply", "second_contact", "ask_again")


@dataclass(frozen=True)
class PlanWeek:
    """One week of the four-week plan for working alone: a theme and weekly targets."""

    number: int
    theme: str
    targets: dict[ActivityKind, int]
    steps: tuple[str, ...]


#: The plan the instructor guide's four-week course follows too: asks go out in weeks 1 and 2,
#: so that at the usual one-in-five "yes" rate there are meetings to hold in weeks 3 and 4.
FOUR_WEEK_PLAN = (
    PlanWeek(
        1,
        "Choose who to ask, and ask",
        {ActivityKind.RESEARCH_DONE: 5, ActivityKind.REQUEST_SENT: 4},
        (
            "List the organisations you might want to work for and pick your first few.",
            "Do the short research for three to five people.",
            "Send three to five requests.",
        ),
    ),
    PlanWeek(
        2,
        "Ask more, and prepare for whoever said yes",
        {ActivityKind.REQUEST_SENT: 4, ActivityKind.FOLLOW_UP_SENT: 2},
        (
            "Send three or four more requests; follow up once where 3B7 says so.",
            "Prepare questions for everyone who said yes.",
        ),
    ),
    PlanWeek(
        3,
        "Meet, and thank",
        {
            ActivityKind.MEETING_HELD: 1,
            ActivityKind.THANK_YOU_SENT: 1,
            ActivityKind.REQUEST_SENT: 2,
        },
        (
            "Hold your first meetings: thank them first, keep to time.",
            "Send each thank-you within a day.",
            "Keep a couple of requests going out.",
        ),
    ),
    PlanWeek(
        4,
        "Meet, thank, and keep in touch",
        {
            ActivityKind.MEETING_HELD: 1,
            ActivityKind.THANK_YOU_SENT: 1,
            ActivityKind.KEPT_IN_TOUCH: 1,
        },
        (
            "Hold the meetings still to come, and write each debrief.",
            "Tell someone how you used their advice.",
            "Talk to the people they suggested.",
        ),
    ),
)


@dataclass(frozen=True)
class CoachSettings:
    """The learner's own choices: how long a quiet spell is, their weekly networking slot,
    when they started the four-week plan (None: not adopted), and their days off."""

    quiet_days: int = QUIET_DAYS
    slot_weekday: int | None = None  # 0 is Monday
    slot_time: time = time(17, 0)
    slot_minutes: int = 60
    plan_started_on: date | None = None
    # The learner's days off: 3B7 counts business days, and not everyone rests at weekends.
    weekend: frozenset[int] = clock.SATURDAY_SUNDAY

    def checked(self) -> CoachSettings:
        """Return the settings, or raise InputError saying what to change."""
        low, high = QUIET_RANGE
        problems = []
        if isinstance(self.quiet_days, bool) or not isinstance(self.quiet_days, int):
            problems.append("A quiet spell is a whole number of days.")
        elif not low <= self.quiet_days <= high:
            problems.append(f"A quiet spell is {low} to {high} days; ten is a good default.")
        if self.slot_weekday is not None and self.slot_weekday not in range(7):
            problems.append("Choose a day of the week for your networking slot.")
        if not isinstance(self.slot_time, time):
            problems.append("Your networking slot needs a time of day.")
        if not 15 <= self.slot_minutes <= 240:
            problems.append("A networking slot is 15 minutes to 4 hours long.")
        if self.plan_started_on is not None and self.plan_started_on > clock.today():
            problems.append("The plan starts today or on a day already past.")
        if self.weekend not in clock.WEEKENDS.values():
            problems.append(
                "Choose your days off from the list: " + ", ".join(clock.WEEKENDS) + "."
            )
        if problems:
            raise InputError(problems)
        return self


@dataclass(frozen=True)
class TodayItem:
    """One thing to do: when (overdue, today, this week), what, and the notebook that does it."""

    when: str
    kind: str
    text: str
    notebook: str
    due_on: date | None = None


@dataclass(frozen=True)
class Today:
    """The welcome page's coach: the next step, what is due, the plan, and any nudge."""

    today: date
    next_step: TodayItem | None
    items: tuple[TodayItem, ...]
    plan: PlanProgress | None = None
    nudge: str = ""
    practice_note: str = ""


@dataclass(frozen=True)
class PlanProgress:
    """This week of the plan, and how far along it the learner is."""

    week: PlanWeek
    starts_on: date
    done: dict[ActivityKind, int]

    @property
    def finished(self) -> bool:
        return all(self.done.get(k, 0) >= n for k, n in self.week.targets.items())


def week_of_plan(started_on: date, today: date) -> int | None:
    """The plan's week (1–4) that ``today`` falls in, or None before or after it."""
    if today < started_on:
        return None
    number = (today - started_on).days // 7 + 1
    return number if number <= len(FOUR_WEEK_PLAN) else None


def plan_progress(workspace: Workspace, settings: CoachSettings, today: date) -> PlanProgress:
    """This plan week's targets and the counts logged since the week began (None: no plan)."""
    started = settings.plan_started_on
    assert started is not None
    number = week_of_plan(started, today) or len(FOUR_WEEK_PLAN)
    starts_on = started + timedelta(weeks=number - 1)
    counts = Counter(a.kind for a in workspace.activities(since=starts_on, until=today))
    week = FOUR_WEEK_PLAN[number - 1]
    return PlanProgress(week, starts_on, {kind: counts.get(kind, 0) for kind in week.targets})


@dataclass(frozen=True)
class WeeklyTargets:
    """This week's targets, and where they come from: the plan's week, or the learner's own."""

    targets: dict[ActivityKind, int]
    plan_week: PlanWeek | None = None

    @property
    def source(self) -> str:
        if self.plan_week is None:
            return "your own weekly targets"
        return f"week {self.plan_week.number} of your four-week plan ({self.plan_week.theme})"


def weekly_targets(workspace: Workspace, today: date | None = None) -> WeeklyTargets:
    """The targets this week is measured against: the plan's week while the learner follows
    the plan, otherwise the weekly targets they saved in 06."""
    today = today or clock.today()
    started = workspace.coach_settings().plan_started_on
    number = week_of_plan(started, today) if started else None
    if number is None:
        return WeeklyTargets(workspace.targets())
    week = FOUR_WEEK_PLAN[number - 1]
    return WeeklyTargets(dict(week.targets), week)


def _when(day: date, today: date) -> str:
    if day < today:
        return "overdue"
    if day == today:
        return "today"
    return "this week" if day <= today + timedelta(days=6) else "later"


def _meeting_text(workspace: Workspace, item: DueItem, today: date) -> str:
    contact = item.contact
    planned = len(workspace.question_plan(contact.id))
    ready = (
        f"{plural(planned, 'question')} planned"
        if planned
        else "no questions planned yet: prepare them in 03"
    )
    on = (
        "today"
        if item.due_on == today
        else f"on {item.due_on:%A} {item.due_on.day} {item.due_on:%B}"
    )
    return f"Meet {contact.name} {on} ({ready}). Thank them first and keep to time."


def today_list(workspace: Workspace, *, today: date | None = None) -> Today:
    """What to do today and this week, the one next step, the plan and any nudge."""
    today = today or clock.today()
    settings = workspace.coach_settings()
    items: list[TodayItem] = []
    for item in due_items(workspace, today=today):
        when = _when(item.due_on, today)
        if when == "later":
            continue
        text = _meeting_text(workspace, item, today) if item.kind == "meeting" else item.text
        items.append(TodayItem(when, item.kind, text, NOTEBOOKS[item.kind], item.due_on))
    waiting = [c for c in workspace.contacts() if c.stage in (Stage.REQUESTED, Stage.NO_REPLY)]
    if waiting:
        named = [c.name for c in waiting[:3]]
        names = (", ".join(named[:-1]) + " or " + named[-1] if len(named) > 1 else named[0]) + (
            " (or others you asked)" if len(waiting) > 3 else ""
        )
        items.append(
            TodayItem(
                "this week",
                "reply",
                f"Heard back from {names}? Record each reply, yes, no or 'not now'.",
                NOTEBOOKS["reply"],
            )
        )
    order = {"overdue": 0, "today": 1, "this week": 2}
    items.sort(
        key=lambda i: (
            order[i.when],
            i.due_on or today,
            URGENCY.index(i.kind) if i.kind in URGENCY else 9,
        )
    )
    plan = plan_progress(workspace, settings, today) if settings.plan_started_on else None
    return Today(
        today=today,
        next_step=_next_step(workspace, items, plan),
        items=tuple(items),
        plan=plan,
        nudge=_nudge(workspace, settings, today),
        practice_note=_practice_note(workspace),
    )


def _next_step(
    workspace: Workspace, items: list[TodayItem], plan: PlanProgress | None
) -> TodayItem | None:
    """The one step that matters most now."""
    urgent = [i for i in items if i.when in ("overdue", "today")]
    if urgent:
        # A late thank-you or today's meeting matters more than an older follow-up.
        return min(urgent, key=lambda i: URGENCY.index(i.kind) if i.kind in URGENCY else 9)
    if plan is not None and not plan.finished:
        for kind, target in plan.week.targets.items():
            left = target - plan.done.get(kind, 0)
            if left > 0:
                return TodayItem("this week", "plan", _plan_step(kind, left), _plan_notebook(kind))
    if items:
        return items[0]
    contacts = workspace.contacts()
    if not contacts:
        targets = workspace.target_list()
        if not targets:
            return TodayItem(
                "today",
                "research",
                "Start your target list: a few organisations you might like to work for.",
                NOTEBOOKS["research"],
            )
        return TodayItem(
            "today",
            "research",
            f"Find a person to ask at {targets[0].name}, the top of your target list.",
            NOTEBOOKS["research"],
        )
    unresearched = [c for c in contacts if c.stage is Stage.IDENTIFIED]
    if unresearched:
        return TodayItem(
            "today",
            "research",
            f"Do the short research on {unresearched[0].name}, then ask them.",
            NOTEBOOKS["research"],
        )
    return TodayItem(
        "today",
        "research",
        "Add someone new to learn from: one more request keeps things moving.",
        NOTEBOOKS["research"],
    )


def _plan_step(kind: ActivityKind, left: int) -> str:
    words = {
        ActivityKind.RESEARCH_DONE: ("Research", "more person", "more people"),
        ActivityKind.REQUEST_SENT: ("Send", "more request", "more requests"),
        ActivityKind.FOLLOW_UP_SENT: (
            "Send",
            "follow-up where 3B7 says so",
            "follow-ups where 3B7 says so",
        ),
        ActivityKind.MEETING_HELD: ("Hold", "meeting", "meetings"),
        ActivityKind.THANK_YOU_SENT: ("Write", "thank-you", "thank-yous"),
        ActivityKind.KEPT_IN_TOUCH: ("Get back in touch with", "person", "people"),
    }
    verb, one, many = words.get(kind, ("Log", "activity", "activities"))
    noun = one if left == 1 else many
    return f"This week's plan: {verb[0].lower()}{verb[1:]} {left} {noun}."


def _plan_notebook(kind: ActivityKind) -> str:
    return {
        ActivityKind.RESEARCH_DONE: NOTEBOOKS["research"],
        ActivityKind.REQUEST_SENT: NOTEBOOKS["request"],
        ActivityKind.FOLLOW_UP_SENT: NOTEBOOKS["follow_up"],
        ActivityKind.MEETING_HELD: NOTEBOOKS["meeting"],
        ActivityKind.THANK_YOU_SENT: NOTEBOOKS["thank_you"],
        ActivityKind.KEPT_IN_TOUCH: NOTEBOOKS["keep_in_touch"],
    }.get(kind, NOTEBOOKS["log"])


def _nudge(workspace: Workspace, settings: CoachSettings, today: date) -> str:
    """After a quiet spell, one small thing to do (nothing when there is no log yet)."""
    activities = workspace.activities(until=today)
    if not activities:
        return ""
    quiet = (today - activities[-1].happened_on).days
    if quiet < settings.quiet_days:
        return ""
    return (
        f"It has been {plural(quiet, 'day')} since your last logged step; that happens. One "
        "small thing to restart: send one request, or log one conversation you had."
    )


def _practice_note(workspace: Workspace) -> str:
    practice = workspace.summary().get("practice", 0)
    if not practice:
        return ""
    return (
        f"You have {plural(practice, 'practice contact')}; what you do with them is not listed "
        "here or counted anywhere."
    )


def today_lines(today: Today) -> list[str]:
    """The today list as plain lines for a terminal: the next step first, then what is due."""
    lines = [f"Today is {WEEKDAYS[today.today.weekday()]} {today.today.day} {today.today:%B %Y}."]
    if today.nudge:
        lines.append(today.nudge)
    if today.next_step is not None:
        step = today.next_step
        lines += ["", f"Next step: {step.text}", f"  (in {step.notebook})"]
    for when in ("overdue", "today", "this week"):
        items = [item for item in today.items if item.when == when]
        if items:
            lines += ["", f"{when[0].upper()}{when[1:]}:"]
            lines += [f"  - {item.text} (in {item.notebook})" for item in items]
    if not today.items:
        lines += ["", "Nothing is due this week."]
    if today.plan is not None:
        plan = today.plan
        done = ", ".join(
            f"{plan.done.get(kind, 0)} of {target} {kind.label}"
            for kind, target in plan.week.targets.items()
        )
        lines += ["", f"Week {plan.week.number} of your plan ({plan.week.theme}): {done}."]
    if today.practice_note:
        lines += ["", today.practice_note]
    return lines


def today_record(today: Today) -> dict[str, object]:
    """The today list as plain data (for ``infointerview today --json``)."""

    def item(entry: TodayItem) -> dict[str, object]:
        return {
            "when": entry.when,
            "kind": entry.kind,
            "text": entry.text,
            "notebook": entry.notebook,
            "due_on": entry.due_on.isoformat() if entry.due_on else None,
        }

    plan = today.plan
    return {
        "today": today.today.isoformat(),
        "next_step": item(today.next_step) if today.next_step else None,
        "items": [item(entry) for entry in today.items],
        "plan": None
        if plan is None
        else {
            "week": plan.week.number,
            "theme": plan.week.theme,
            "starts_on": plan.starts_on.isoformat(),
            "targets": {kind.value: n for kind, n in plan.week.targets.items()},
            "done": {kind.value: n for kind, n in plan.done.items()},
        },
        "nudge": today.nudge or None,
    }

"""What is due when: thank-you notes, 3B7 follow-ups, keep-in-touch notes, meetings.

A thank-you is due within a day of the meeting and overdue after two. Keeping in touch comes
round every 90 days by default (adjustable per contact), on a working day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from infointerview import clock
from infointerview.model import ActivityKind, Contact, InputError, Stage
from infointerview.stages import second_person, stage_table

if TYPE_CHECKING:  # the workspace checks its cadences here, so this module cannot import it
    from infointerview.store import Workspace

THANK_YOU_DUE_DAYS = 1
THANK_YOU_OVERDUE_AFTER_DAYS = 2
KEEP_IN_TOUCH_DAYS = 90
#: The cadences a contact can be given, in days.
KEEP_IN_TOUCH_RANGE = (7, 730)
KINDS = ("meeting", "thank_you", "second_contact", "follow_up", "keep_in_touch", "ask_again")


def next_working_day(day: date) -> date:
    """Return the day itself on a weekday, or the Monday after a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def thank_you_due(met_on: date) -> date:
    """The thank-you is due the day after the meeting (the same evening is better still)."""
    return met_on + timedelta(days=THANK_YOU_DUE_DAYS)


def thank_you_overdue(met_on: date, today: date) -> bool:
    """True once more than two days have passed since the meeting."""
    return (today - met_on).days > THANK_YOU_OVERDUE_AFTER_DAYS


def keep_in_touch_on(last_touch: date, every_days: int = KEEP_IN_TOUCH_DAYS) -> date:
    """Return when to get back in touch: ``every_days`` after the last contact, on a weekday.

    A cadence outside 7–730 days (what a contact can be given) raises InputError.
    """
    return next_working_day(last_touch + timedelta(days=check_keep_in_touch_days(every_days)))


def check_keep_in_touch_days(days: object) -> int:
    """Return a keep-in-touch cadence in days, or raise InputError unless it is 7 to 730."""
    low, high = KEEP_IN_TOUCH_RANGE
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise InputError([f"Keep in touch every {low} to {high} days; every 90 is a good default."])
    return days


def last_meeting(workspace: Workspace, contact_id: int) -> tuple[date | None, str]:
    """Return when the participant last met this contact and the notes logged with it."""
    held = workspace.activities(kind=ActivityKind.MEETING_HELD, contact_id=contact_id)
    return (held[-1].happened_on, held[-1].detail) if held else (None, "")


@dataclass(frozen=True)
class DueItem:
    """One thing to do for one contact, and when."""

    kind: str
    contact: Contact
    due_on: date
    text: str

    def status(self, today: date) -> str:
        """'overdue', 'due' (today or this week) or 'coming up'."""
        if self.due_on < today:
            return "overdue"
        if self.due_on <= today + timedelta(days=6 - today.weekday()):
            return "due"
        return "coming up"


def second_contact_text(contact: Contact, other: Contact | None) -> str:
    """What 3B7 says on day three: ask the next person at the same target, or find one."""
    where = contact.organisation or "their organisation"
    if other is not None:
        ready = "" if other.stage is Stage.RESEARCHED else " (do the short research first)"
        return (
            f"No reply from {contact.name} yet? Ask the next person at {where}: "
            f"{other.name}{ready}."
        )
    return (
        f"No reply from {contact.name} yet? Find a second person at {where} (01: alumni, "
        "your LinkedIn connections, a warm introduction) and ask them."
    )


def due_items(workspace: Workspace, *, today: date | None = None) -> list[DueItem]:
    """Everything dated that the participant still has to do, soonest first."""
    today = today or clock.today()
    items: list[DueItem] = []
    last: dict[int, dict[ActivityKind, date]] = {}
    advice: dict[int, str] = {}
    for activity in workspace.activities():
        if activity.contact_id is not None:
            last.setdefault(activity.contact_id, {})[activity.kind] = activity.happened_on
            if activity.kind is ActivityKind.MEETING_HELD and activity.detail:
                advice[activity.contact_id] = activity.detail.splitlines()[0][:120]
    rows = stage_table(workspace, today=today)
    everyone = [row.contact for row in rows]
    for row in rows:
        contact = row.contact
        seen = last.get(contact.id, {})
        if contact.stage in (Stage.REQUESTED, Stage.NO_REPLY) and row.dates:
            if row.dates.second_contact_on >= today or contact.stage is Stage.REQUESTED:
                items.append(
                    DueItem(
                        "second_contact",
                        contact,
                        row.dates.second_contact_on,
                        second_contact_text(contact, second_person(contact, everyone)),
                    )
                )
            items.append(
                DueItem(
                    "follow_up",
                    contact,
                    row.dates.follow_up_on,
                    f"Follow up once with {contact.name}, politely.",
                )
            )
        elif contact.stage is Stage.LATER and contact.ask_again_on is not None:
            items.append(
                DueItem(
                    "ask_again",
                    contact,
                    contact.ask_again_on,
                    f"{contact.name} said 'not now': ask again, as they suggested.",
                )
            )
        elif contact.stage is Stage.ACCEPTED:
            meeting_on = workspace.meeting_plan(contact.id).meeting_on
            if meeting_on is not None:
                items.append(
                    DueItem(
                        "meeting",
                        contact,
                        meeting_on,
                        f"Meet {contact.name}: thank them first, keep to time.",
                    )
                )
        elif contact.stage is Stage.MET and ActivityKind.MEETING_HELD in seen:
            items.append(
                DueItem(
                    "thank_you",
                    contact,
                    thank_you_due(seen[ActivityKind.MEETING_HELD]),
                    f"Send {contact.name} a thank-you note that names something they said.",
                )
            )
        elif contact.stage in (Stage.THANKED, Stage.KEEPING_IN_TOUCH):
            touched = max(
                (
                    seen[k]
                    for k in (ActivityKind.THANK_YOU_SENT, ActivityKind.KEPT_IN_TOUCH)
                    if k in seen
                ),
                default=None,
            )
            if touched is not None:
                hint = advice.get(contact.id)
                text = f"Get back in touch with {contact.name}: tell them how you used their advice"
                text += f" (you noted: {hint})." if hint else "."
                items.append(
                    DueItem(
                        "keep_in_touch",
                        contact,
                        keep_in_touch_on(touched, contact.keep_in_touch_days),
                        text,
                    )
                )
    return sorted(items, key=lambda item: (item.due_on, KINDS.index(item.kind)))


def due_this_week(workspace: Workspace, *, today: date | None = None) -> list[DueItem]:
    """What is overdue, or due by the end of this week (Sunday), soonest first."""
    today = today or clock.today()
    return [
        item
        for item in due_items(workspace, today=today)
        if item.status(today) in ("overdue", "due")
    ]

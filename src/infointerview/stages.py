"""The contact pipeline: requests, replies, 3B7 follow-ups, and "a no is final".

identified → researched → requested → accepted | declined | no reply → (followed up) → met →
thanked → keeping in touch. The workspace itself refuses any new request or follow-up to a
contact who declined; the functions here add the order of events and the dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from infointerview import clock
from infointerview.clock import check_day
from infointerview.connections import company_key
from infointerview.content import Checklist
from infointerview.drafts import THANK_YOU_FORMATS, placeholders
from infointerview.model import (
    DETAIL_MAX_CHARS,
    Activity,
    ActivityKind,
    Contact,
    DeclinedError,
    InputError,
    Stage,
    clean_text,
)
from infointerview.research import Completeness, completeness, is_researched, still_to_do

if TYPE_CHECKING:  # the workspace uses rules from the modules this one imports
    from infointerview.store import Workspace

#: Dalton's 3B7 routine: after 3 business days try a second person at the same organisation;
#: after 7, follow up once with the first.
SECOND_CONTACT_AFTER = 3
FOLLOW_UP_AFTER = 7
REQUEST_MAX_CHARS = 5_000
REPLIES = ("accepted", "declined", "later", "no_reply")
#: "Try me in spring" is a few months off; more than a year ahead is a mistyped year.
ASK_AGAIN_WITHIN_DAYS = 366


def check_ask_again_on(day: object, replied_on: date) -> date:
    """Return the day to ask again after "not now", or raise InputError saying what fits."""
    if not isinstance(day, date):
        raise InputError(["Say when they suggested you ask again (a date)."])
    if day <= replied_on:
        raise InputError(["The day to ask again comes after their reply; choose a later day."])
    if (day - replied_on).days > ASK_AGAIN_WITHIN_DAYS:
        raise InputError(["That is more than a year ahead; check the year."])
    return day


class StageError(InputError):
    """A step that does not fit where the contact stands; the message says what fits."""


def _refuse_if_declined(workspace: Workspace, contact_id: int) -> None:
    """Raise the workspace's own explanation (with the day) when the contact said no."""
    refusal = workspace.refusal(contact_id)
    if refusal:
        raise DeclinedError([refusal])


def _refuse_placeholders(text: str) -> None:
    left = placeholders(text)
    if left:
        raise StageError([f"Fill in the parts in [brackets] first, in your own words: {left[0]}."])


def add_business_days(
    day: date, days: int, weekend: frozenset[int] = clock.SATURDAY_SUNDAY
) -> date:
    """Return the date ``days`` working days after ``day``, skipping the learner's days off
    (Saturday and Sunday unless they chose others); see ``clock.add_working_days``."""
    return clock.add_working_days(day, days, weekend)


@dataclass(frozen=True)
class FollowUpDates:
    """When to act on a request that has had no answer."""

    asked_on: date
    second_contact_on: date
    follow_up_on: date


def follow_up_dates(
    asked_on: date, weekend: frozenset[int] = clock.SATURDAY_SUNDAY
) -> FollowUpDates:
    """Return the 3B7 dates for a request sent on ``asked_on``, in the learner's working week."""
    return FollowUpDates(
        asked_on,
        add_business_days(asked_on, SECOND_CONTACT_AFTER, weekend),
        add_business_days(asked_on, FOLLOW_UP_AFTER, weekend),
    )


def second_person(contact: Contact, contacts: list[Contact]) -> Contact | None:
    """3B7's second person: someone else at the same organisation not asked yet (researched
    ones first, then in the order they were added), or None when there is nobody yet."""
    key = company_key(contact.organisation)
    if not key or contact.practice:
        return None
    waiting = [
        other
        for other in contacts
        if other.id != contact.id
        and not other.practice
        and other.stage in (Stage.IDENTIFIED, Stage.RESEARCHED)
        and company_key(other.organisation) == key
    ]
    waiting.sort(key=lambda other: (other.stage is not Stage.RESEARCHED, other.added_on, other.id))
    return waiting[0] if waiting else None


def _say(day: date) -> str:
    return f"{day.day} {day:%B}"


def research_progress(
    workspace: Workspace, contact_id: int, checklist: Checklist, depth: str = "meet"
) -> Completeness:
    """Return how much of the checklist is done for this contact, at one depth ("ask": the
    short "before you ask" list; "meet": all of it)."""
    return completeness(checklist, workspace.research(contact_id), depth)


def note_research(
    workspace: Workspace, contact_id: int, checklist: Checklist, *, on: date | None = None
) -> Completeness:
    """Move a contact to 'researched' (and log it) once the "before you ask" list is done;
    return that list's progress."""
    entries = workspace.research(contact_id)
    contact = workspace.contact(contact_id)
    if contact.stage is Stage.IDENTIFIED and is_researched(checklist, entries):
        day = check_day(on or clock.today(), "The research")
        workspace.log(ActivityKind.RESEARCH_DONE, on=day, contact_id=contact_id)
        workspace.set_stage(contact_id, Stage.RESEARCHED, on=day)
    return completeness(checklist, entries, "ask")


def research_warning(workspace: Workspace, contact_id: int, checklist: Checklist) -> str | None:
    """Return what is left of the "before you ask" list for this contact, or None when it is
    done (the request is then let through)."""
    entries = workspace.research(contact_id)
    if is_researched(checklist, entries):
        return None
    name = workspace.contact(contact_id).name
    progress = completeness(checklist, entries, "ask")
    left = "; ".join(text.rstrip(".") for text in still_to_do(checklist, entries))
    return (
        f"You have done {progress.done} of the {progress.total} 'before you ask' research "
        f"items for {name}. Still to do: {left}. The short list is in 01 (Who to ask, and "
        "what to know first); it makes a better request."
    )


def last_request(workspace: Workspace, contact_id: int) -> Activity | None:
    """Return the latest request logged for this contact, if any."""
    asked = workspace.activities(kind=ActivityKind.REQUEST_SENT, contact_id=contact_id)
    return asked[-1] if asked else None


def log_request(
    workspace: Workspace, contact_id: int, text: str, *, on: date | None = None
) -> Activity:
    """Record a request as sent and move the contact to 'requested'.

    Refused for a contact who declined (a no is final), and for one already asked.
    """
    draft = clean_text(text, "The request", max_chars=REQUEST_MAX_CHARS, multiline=True)
    _refuse_placeholders(draft)
    contact = workspace.contact(contact_id)
    if contact.stage in (Stage.IDENTIFIED, Stage.RESEARCHED, Stage.LATER):
        day = check_day(on or clock.today(), "The request")
        activity = workspace.log(
            ActivityKind.REQUEST_SENT, on=day, contact_id=contact_id, detail=draft[:2000]
        )
        workspace.set_stage(contact_id, Stage.REQUESTED, on=day)
        return activity
    _refuse_if_declined(workspace, contact_id)
    asked = last_request(workspace, contact_id)
    when = f" on {_say(asked.happened_on)}" if asked else ""
    if contact.stage in (Stage.REQUESTED, Stage.NO_REPLY, Stage.FOLLOWED_UP):
        raise StageError(
            [
                f"You already asked {contact.name}{when}. Wait for a reply; if none comes, the "
                "3B7 routine says when to follow up, once."
            ]
        )
    raise StageError(
        [
            f"{contact.name} has already said yes{when}: there is nothing more to ask. "
            "Prepare your questions for the meeting instead."
        ]
    )


def record_reply(
    workspace: Workspace,
    contact_id: int,
    reply: str,
    *,
    on: date | None = None,
    ask_again_on: date | None = None,
) -> Contact:
    """Record the answer to a request: accepted, declined, later (with the day to ask again),
    or no reply (yet)."""
    if reply not in REPLIES:
        raise StageError(
            [f"A reply is one of: accepted, declined, later, no reply (not {reply!r})."]
        )
    contact = workspace.contact(contact_id)
    _refuse_if_declined(workspace, contact_id)
    waiting = (Stage.REQUESTED, Stage.NO_REPLY, Stage.FOLLOWED_UP)
    if contact.stage not in waiting:
        raise StageError(
            [
                f"{contact.name} is not waiting for a reply (they are at the "
                f"'{contact.stage.label}' stage)."
                + (
                    " Log a request first."
                    if contact.stage in (Stage.IDENTIFIED, Stage.RESEARCHED)
                    else ""
                )
            ]
        )
    day = check_day(on or clock.today(), "The reply")
    if reply == "later":
        again = check_ask_again_on(ask_again_on, day)
        workspace.log(
            ActivityKind.REPLY_RECEIVED,
            on=day,
            contact_id=contact_id,
            detail=f"later: ask again on {again.isoformat()}",
        )
        return workspace.set_stage(contact_id, Stage.LATER, on=day, ask_again_on=again)
    if reply == "no_reply":
        if contact.stage is not Stage.REQUESTED:
            return contact
        return workspace.set_stage(contact_id, Stage.NO_REPLY, on=day)
    workspace.log(ActivityKind.REPLY_RECEIVED, on=day, contact_id=contact_id, detail=reply)
    return workspace.set_stage(contact_id, Stage(reply), on=day)


def log_follow_up(workspace: Workspace, contact_id: int, *, on: date | None = None) -> Activity:
    """Record the one follow-up a request without a reply gets."""
    contact = workspace.contact(contact_id)
    _refuse_if_declined(workspace, contact_id)
    if contact.stage is Stage.FOLLOWED_UP:
        raise StageError(
            [
                f"You have already followed up with {contact.name}. One follow-up is enough: "
                "if there is still no answer, move on to someone else."
            ]
        )
    if contact.stage not in (Stage.REQUESTED, Stage.NO_REPLY):
        raise StageError(
            [
                f"{contact.name} is at the '{contact.stage.label}' stage; a follow-up is for a "
                "request that has had no reply."
            ]
        )
    day = check_day(on or clock.today(), "The follow-up")
    asked = last_request(workspace, contact_id)
    if asked is not None:
        weekend = workspace.coach_settings().weekend
        due = follow_up_dates(asked.happened_on, weekend).follow_up_on
        if day < due:
            raise StageError(
                [
                    f"It is too soon to follow up with {contact.name}: the 3B7 routine waits seven "
                    f"business days, until {_say(due)}. Meanwhile, try a second person at "
                    f"{contact.organisation or 'their organisation'}."
                ]
            )
    activity = workspace.log(ActivityKind.FOLLOW_UP_SENT, on=day, contact_id=contact_id)
    workspace.set_stage(contact_id, Stage.FOLLOWED_UP, on=day)
    return activity


@dataclass(frozen=True)
class StageRow:
    """One contact in the pipeline table, with what to do next and when."""

    contact: Contact
    asked_on: date | None
    dates: FollowUpDates | None
    next_step: str


def next_step(contact: Contact, dates: FollowUpDates | None, today: date) -> str:
    """Say, in plain words, what the participant should do next with this contact."""
    stage = contact.stage
    if stage is Stage.IDENTIFIED:
        return "Do the short research on them (01 Who to ask)."
    if stage is Stage.RESEARCHED:
        return "Draft and send a request."
    if stage is Stage.DECLINED:
        return "They said no. That is final: do not ask again."
    if stage in (Stage.REQUESTED, Stage.NO_REPLY) and dates is not None:
        if today >= dates.follow_up_on:
            return f"Follow up once now (due {_say(dates.follow_up_on)})."
        if today >= dates.second_contact_on:
            return (
                f"Try a second person at {contact.organisation or 'their organisation'}; "
                f"follow up on {_say(dates.follow_up_on)} if still no answer."
            )
        second = _say(dates.second_contact_on)
        return f"Wait. If no answer, try someone else there on {second}."
    if stage is Stage.FOLLOWED_UP:
        return "You followed up once. If no answer, move on."
    if stage is Stage.LATER:
        when = f" on {_say(contact.ask_again_on)}" if contact.ask_again_on else " later"
        return f"They said not now. Ask again{when}, briefly, reminding them they suggested it."
    if stage is Stage.ACCEPTED:
        return "Prepare your questions (03 Prepare)."
    if stage is Stage.MET:
        return "Send a thank-you note (05 Follow-up)."
    return "Keep in touch every few months (05 Follow-up)."


def stage_table(
    workspace: Workspace, *, today: date | None = None, with_practice: bool = False
) -> list[StageRow]:
    """Return every real contact (and practice ones when asked) with their stage, request
    dates and next step."""
    today = today or clock.today()
    requests: dict[int, date] = {}
    sent = workspace.activities(kind=ActivityKind.REQUEST_SENT, with_practice=with_practice)
    for activity in sent:
        if activity.contact_id is not None:
            requests[activity.contact_id] = activity.happened_on
    weekend = workspace.coach_settings().weekend
    rows = []
    for contact in workspace.contacts(with_practice=with_practice):
        asked = requests.get(contact.id)
        waiting = contact.stage in (Stage.REQUESTED, Stage.NO_REPLY)
        dates = follow_up_dates(asked, weekend) if asked and waiting else None
        rows.append(StageRow(contact, asked, dates, next_step(contact, dates, today)))
    return rows


def log_meeting(
    workspace: Workspace, contact_id: int, notes: str = "", *, on: date | None = None
) -> Activity:
    """Record a meeting as held, with the notes, and move the contact to 'met'."""
    contact = workspace.contact(contact_id)
    if contact.stage is not Stage.ACCEPTED:
        if contact.stage in (Stage.MET, Stage.THANKED, Stage.KEEPING_IN_TOUCH):
            message = f"Your meeting with {contact.name} is already logged."
        else:
            message = (
                f"{contact.name} is at the '{contact.stage.label}' stage. Log a meeting once "
                "they have said yes (record their reply in 02 The request)."
            )
        raise StageError([message])
    detail = clean_text(notes, "Your meeting notes", max_chars=2000, required=False, multiline=True)
    day = check_day(on or clock.today(), "The meeting")
    activity = workspace.log(
        ActivityKind.MEETING_HELD, on=day, contact_id=contact_id, detail=detail
    )
    workspace.set_stage(contact_id, Stage.MET, on=day)
    return activity


def log_thank_you(
    workspace: Workspace,
    contact_id: int,
    text: str,
    *,
    format: str = "email",
    on: date | None = None,
) -> Activity:
    """Record a thank-you note as sent (card or email) and move the contact to 'thanked'."""
    if format not in THANK_YOU_FORMATS:
        raise StageError(["A thank-you note is a handwritten card or an email."])
    # The log keeps the note after its format ("[card] "): the two together fit its limit.
    prefix = f"[{format}] "
    note = clean_text(
        text, "The thank-you note", max_chars=DETAIL_MAX_CHARS - len(prefix), multiline=True
    )
    _refuse_placeholders(note)
    contact = workspace.contact(contact_id)
    if contact.stage is not Stage.MET:
        if contact.stage in (Stage.THANKED, Stage.KEEPING_IN_TOUCH):
            message = f"Your thank-you to {contact.name} is already logged."
        else:
            message = (
                f"{contact.name} is at the '{contact.stage.label}' stage. A thank-you note "
                "follows a meeting: log the meeting first (04 The meeting)."
            )
        raise StageError([message])
    day = check_day(on or clock.today(), "The thank-you note")
    activity = workspace.log(
        ActivityKind.THANK_YOU_SENT, on=day, contact_id=contact_id, detail=prefix + note
    )
    workspace.set_stage(contact_id, Stage.THANKED, on=day)
    return activity


def log_keep_in_touch(
    workspace: Workspace, contact_id: int, detail: str = "", *, on: date | None = None
) -> Activity:
    """Record a keep-in-touch note (an update, or how their advice was used)."""
    contact = workspace.contact(contact_id)
    if contact.stage not in (Stage.THANKED, Stage.KEEPING_IN_TOUCH, Stage.MET):
        raise StageError(
            [
                f"{contact.name} is at the '{contact.stage.label}' stage. Keeping in touch comes "
                "after you have met and thanked them."
            ]
        )
    detail = clean_text(detail, "What you told them", max_chars=2000, multiline=True)
    day = check_day(on or clock.today(), "The keep-in-touch note")
    activity = workspace.log(
        ActivityKind.KEPT_IN_TOUCH, on=day, contact_id=contact_id, detail=detail
    )
    if contact.stage is not Stage.KEEPING_IN_TOUCH:
        workspace.set_stage(contact_id, Stage.KEEPING_IN_TOUCH, on=day)
    return activity

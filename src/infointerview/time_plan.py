"""The time plan: the agreed minutes, shared out in priority order.

A meeting opens by thanking them and asks the questions in the order the participant ranked
them, with a little time in hand. It then reads in the order the close really happens: a short
wrap-up before the agreed time (sum up, thank them), the offer to finish exactly at the agreed
minute, and only after that, in the minute or two they are happy to give, the parting asks (who
else to talk to, whether to mention their name, keeping in touch) and the card. When the minutes
run short, the questions at the bottom of the list are the ones left out: running out of time is
planned for, not feared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infointerview import clock
from infointerview.model import InputError, clean_text

AGREED_CHOICES = (20, 25, 30)
OPENING_MINUTES = 2
#: the wrap-up before the agreed time: sum up what you heard and thank them
CLOSING_MINUTES = 3
#: after the offer to finish, if they are happy to stay: the parting asks and the card
AFTER_TIME_MINUTES = 2
#: minutes kept in hand per ten agreed, for answers that run long and for their questions
BUFFER_PER_TEN = 1
QUESTION_MINUTES_RANGE = (1, 30)
AGREED_RANGE = (5, 120)
QUESTION_MAX_CHARS = 500
PLAN_MAX_QUESTIONS = 200
# A meeting can be booked ahead, but not this far ahead: the year was mistyped.
MEETING_DAYS_AHEAD = 2 * 366


@dataclass(frozen=True)
class Slot:
    """One part of the meeting: when it starts (minutes in), how long, and whether it fits."""

    # In order: "opening", "question", "buffer", "wrap-up", "finish" (the offer to finish, at
    # the agreed minute, taking no time of its own) and "parting" (after the agreed time).
    kind: str
    text: str
    minutes: int
    starts_at: int | None  # None for a question that does not fit
    fits: bool = True
    position: int | None = None  # the question's place in the participant's list


@dataclass(frozen=True)
class TimePlan:
    """The agreed minutes shared out: what is planned when, and what is left out."""

    agreed_minutes: int
    slots: tuple[Slot, ...]

    @property
    def fitting(self) -> tuple[Slot, ...]:
        return tuple(s for s in self.slots if s.kind == "question" and s.fits)

    @property
    def dropped(self) -> tuple[Slot, ...]:
        """Questions that do not fit, the first to go (the lowest priority) first."""
        return tuple(reversed([s for s in self.slots if s.kind == "question" and not s.fits]))

    @property
    def question_minutes(self) -> int:
        """Minutes available for questions once opening, close and buffer are set aside."""
        return question_room(self.agreed_minutes)


def check_agreed_minutes(agreed_minutes: object) -> int:
    """Return the agreed length, or raise InputError when it is not 5 to 120 whole minutes."""
    if isinstance(agreed_minutes, bool) or not isinstance(agreed_minutes, int):
        raise InputError(["The agreed length must be a whole number of minutes."])
    low, high = AGREED_RANGE
    if not low <= agreed_minutes <= high:
        raise InputError(
            [f"The agreed length must be between {low} and {high} minutes; 20 to 30 is usual."]
        )
    return agreed_minutes


def check_question_minutes(minutes: object, number: int) -> int:
    """Return a question's minutes, or raise InputError naming the question."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InputError([f"Question {number} needs a whole number of minutes."])
    low, high = QUESTION_MINUTES_RANGE
    if not low <= minutes <= high:
        raise InputError(
            [
                f"Question {number} is planned for {minutes} minutes; give each question "
                f"between {low} and {high}."
            ]
        )
    return minutes


def check_questions(
    questions: Sequence[tuple[object, object, object]],
) -> list[tuple[str, str, int]]:
    """Return a question list as (bank id, text, minutes), tidied, or raise InputError.

    A list holds at most PLAN_MAX_QUESTIONS; each question has text and 1 to 30 minutes.
    """
    if len(questions) > PLAN_MAX_QUESTIONS:
        raise InputError(
            [
                f"That is {len(questions):,} questions; a plan holds at most "
                f"{PLAN_MAX_QUESTIONS}. Five to ten is plenty for half an hour."
            ]
        )
    clean = []
    for number, (bank_id, text, minutes) in enumerate(questions, start=1):
        words = clean_text(text, f"Question {number}", max_chars=QUESTION_MAX_CHARS)
        clean.append((str(bank_id), words, check_question_minutes(minutes, number)))
    return clean


def check_meeting_day(day: object) -> date | None:
    """Return the meeting's day (or None), refusing one before 1970 or over two years ahead."""
    if day is None:
        return None
    if not isinstance(day, date) or day < clock.EARLIEST_DAY:
        raise InputError(["The meeting's day needs a date from 1970 on; check the year."])
    if (day - clock.today()).days > MEETING_DAYS_AHEAD:
        raise InputError(
            [
                f"The meeting's day ({day.day} {day:%B %Y}) is more than two years ahead; "
                "check the year."
            ]
        )
    return day


def buffer_minutes(agreed_minutes: int) -> int:
    """Minutes kept in hand: one for every ten agreed."""
    return max(1, agreed_minutes * BUFFER_PER_TEN // 10)


def question_room(agreed_minutes: int) -> int:
    """Minutes left for questions: none at all (never fewer) in a very short meeting."""
    return max(
        0, agreed_minutes - OPENING_MINUTES - CLOSING_MINUTES - buffer_minutes(agreed_minutes)
    )


def time_plan(questions: Sequence[tuple[str, int]], agreed_minutes: int) -> TimePlan:
    """Share ``agreed_minutes`` out among the questions, given as (text, minutes) by priority.

    Questions fit in order until the next one would overrun; it and everything after it are
    left out, so a question never jumps ahead of one the participant ranked higher. The slots
    up to the offer to finish fill the agreed minutes exactly; the parting slot after it starts
    at the agreed minute and is theirs to give.
    """
    check_agreed_minutes(agreed_minutes)
    for number, (_, minutes) in enumerate(questions, start=1):
        check_question_minutes(minutes, number)
    slots = [
        Slot(
            "opening",
            "Thank them for their time; say how long you will keep them.",
            OPENING_MINUTES,
            0,
        )
    ]
    clock = OPENING_MINUTES
    room = question_room(agreed_minutes)
    used, full = 0, False
    for position, (text, minutes) in enumerate(questions):
        full = full or used + minutes > room
        if full:
            slots.append(Slot("question", text, minutes, None, fits=False, position=position))
            continue
        slots.append(Slot("question", text, minutes, clock, position=position))
        clock += minutes
        used += minutes
    closing_at = agreed_minutes - CLOSING_MINUTES
    slots.append(
        Slot(
            "buffer",
            "Time in hand for longer answers and their questions.",
            closing_at - clock,
            clock,
        )
    )
    slots.append(
        Slot(
            "wrap-up",
            "Wrap up: say in a sentence what you will take from their advice, and thank them.",
            CLOSING_MINUTES,
            closing_at,
        )
    )
    slots.append(
        Slot(
            "finish",
            "The agreed time: mention it and offer to finish; go on only if they would like to.",
            0,
            agreed_minutes,
        )
    )
    slots.append(
        Slot(
            "parting",
            "As you part, in the minute or two they are happy to give: ask who else you should "
            "talk to and whether you may mention their name; ask to keep in touch; give your card.",
            AFTER_TIME_MINUTES,
            agreed_minutes,
        )
    )
    return TimePlan(agreed_minutes, tuple(slots))

"""Tests for infointerview.time_plan: the agreed minutes shared out in priority order."""

import pytest

from infointerview.model import InputError
from infointerview.time_plan import (
    AFTER_TIME_MINUTES,
    CLOSING_MINUTES,
    OPENING_MINUTES,
    buffer_minutes,
    question_room,
    time_plan,
)


def test_a_plan_opens_with_thanks_and_reads_in_the_order_of_the_meeting():
    """Thanks, questions, time in hand, wrap-up, the offer to finish, then the parting asks."""
    plan = time_plan([("How did you start?", 4)], 30)
    kinds = [slot.kind for slot in plan.slots]
    assert kinds == ["opening", "question", "buffer", "wrap-up", "finish", "parting"]
    assert plan.slots[0].starts_at == 0 and "Thank them" in plan.slots[0].text
    assert plan.slots[1].starts_at == OPENING_MINUTES
    assert plan.slots[3].starts_at == 30 - CLOSING_MINUTES
    starts = [slot.starts_at for slot in plan.slots]
    assert starts == sorted(starts)


def test_the_offer_to_finish_comes_at_the_agreed_minute_and_the_asks_after_it():
    """Offering to finish is at the agreed minute; keeping in touch and the card come after."""
    for agreed in (20, 25, 30):
        slots = time_plan([("Q", 4)], agreed).slots
        finish = next(s for s in slots if s.kind == "finish")
        assert finish.starts_at == agreed and "offer to finish" in finish.text
        before = [s for s in slots if s.starts_at is not None and s.starts_at < agreed]
        for slot in before:
            said = slot.text.lower()
            assert "keep in touch" not in said and "card" not in said and "finish" not in said
        parting = slots[-1]
        assert slots.index(parting) > slots.index(finish) and parting.starts_at == agreed
        said = parting.text.lower()
        assert "who else" in said and "mention their name" in said
        assert "keep in touch" in said and "card" in said
        assert parting.minutes == AFTER_TIME_MINUTES


def test_the_slots_up_to_the_offer_fill_the_agreed_minutes_exactly():
    """Everything before the offer to finish adds up to the agreed length, never more."""
    for agreed in (5, 20, 25, 30, 120):
        plan = time_plan([("Q", 4)] * 3, agreed)
        kinds = [s.kind for s in plan.slots]
        within = plan.slots[: kinds.index("finish") + 1]
        assert sum(s.minutes for s in within if s.fits) == agreed


def test_a_twenty_minute_plan_in_full():
    """The worked example: three four-minute questions fit in 20 minutes, the fourth does not."""
    plan = time_plan([(f"Q{n}", 4) for n in range(1, 5)], 20)
    shown = [(s.kind, s.starts_at, s.minutes) for s in plan.slots]
    assert shown == [
        ("opening", 0, 2),
        ("question", 2, 4),
        ("question", 6, 4),
        ("question", 10, 4),
        ("question", None, 4),
        ("buffer", 14, 3),
        ("wrap-up", 17, 3),
        ("finish", 20, 0),
        ("parting", 20, 2),
    ]
    assert question_room(20) == 13


@pytest.mark.parametrize(("agreed", "room"), [(20, 13), (25, 18), (30, 22)])
def test_the_room_for_questions(agreed, room):
    """Opening (2), close (3) and a minute in hand per ten agreed leave the rest for questions."""
    assert time_plan([], agreed).question_minutes == room
    assert buffer_minutes(agreed) == agreed // 10


def test_questions_fit_in_priority_order_and_the_rest_drop():
    """Questions fit until the next would overrun; it and all after it are left out."""
    questions = [(f"Q{n}", 4) for n in range(1, 8)]  # 28 minutes of questions
    plan = time_plan(questions, 20)  # room for 13
    assert [s.text for s in plan.fitting] == ["Q1", "Q2", "Q3"]
    assert [s.text for s in plan.dropped] == ["Q7", "Q6", "Q5", "Q4"]  # the last goes first
    assert all(s.starts_at is None for s in plan.dropped)


def test_a_short_question_never_jumps_a_longer_higher_one():
    """Once a question does not fit, shorter ones below it are left out too."""
    plan = time_plan([("long", 12), ("longer", 5), ("short", 1)], 20)
    assert [s.text for s in plan.fitting] == ["long"]
    assert [s.text for s in plan.dropped] == ["short", "longer"]


def test_more_minutes_fit_more_questions():
    """Agreeing 30 minutes instead of 20 fits more of the same list."""
    questions = [(f"Q{n}", 3) for n in range(10)]
    assert len(time_plan(questions, 30).fitting) > len(time_plan(questions, 20).fitting)


def test_start_times_add_up():
    """Each question starts when the one before it ends."""
    plan = time_plan([("a", 3), ("b", 4), ("c", 2)], 30)
    assert [s.starts_at for s in plan.fitting] == [2, 5, 9]


def test_a_thousand_questions_are_planned_without_trouble():
    """A huge list is planned: a few fit, the rest are listed as left out."""
    plan = time_plan([(f"Q{n}", 3) for n in range(1000)], 30)
    assert len(plan.fitting) == 7 and len(plan.dropped) == 993


@pytest.mark.parametrize("agreed", [0, -10, 500, 2.5, "30", True])
def test_a_silly_length_is_refused_with_a_message(agreed):
    """Zero, negative, enormous or non-whole lengths get a message, not a crash."""
    with pytest.raises(InputError, match="agreed length"):
        time_plan([("a", 3)], agreed)


@pytest.mark.parametrize("minutes", [0, -3, 31, 2.5])
def test_silly_question_minutes_are_refused(minutes):
    """Each question needs between 1 and 30 whole minutes."""
    with pytest.raises(InputError, match="Question 2"):
        time_plan([("fine", 3), ("bad", minutes)], 30)


def test_a_five_minute_meeting_has_no_room_for_questions_but_never_less():
    """The shortest agreed length leaves zero minutes for questions, not minus one (fuzzing)."""
    plan = time_plan([("Q1", 1)], 5)
    assert plan.question_minutes == 0
    assert plan.fitting == () and [s.text for s in plan.dropped] == ["Q1"]
    before = [slot for slot in plan.slots if slot.kind != "parting"]
    assert sum(slot.minutes for slot in before if slot.fits) == 5

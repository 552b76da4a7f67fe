"""Tests for infointerview.time_plan: the agreed minutes shared out in priority order."""

import pytest

from infointerview.model import InputError
from infointerview.time_plan import CLOSING_MINUTES, OPENING_MINUTES, buffer_minutes, time_plan


def test_a_plan_opens_with_thanks_and_closes_on_time():
    """Thanks at minute 0; the close starts three minutes before the agreed end."""
    plan = time_plan([("How did you start?", 4)], 30)
    kinds = [slot.kind for slot in plan.slots]
    assert kinds == ["opening", "question", "buffer", "closing"]
    assert plan.slots[0].starts_at == 0 and "Thank them" in plan.slots[0].text
    assert plan.slots[1].starts_at == OPENING_MINUTES
    assert plan.slots[-1].starts_at == 30 - CLOSING_MINUTES
    assert sum(slot.minutes for slot in plan.slots) == 30


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
    assert sum(slot.minutes for slot in plan.slots if slot.fits) == 5

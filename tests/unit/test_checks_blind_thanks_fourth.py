"""The job-request check measured on the fourth blind thank-you set: 150 notes by a helper who
never saw the checker, in fields seldom met, scored first with the finished checker.

tests/data/blind_thanks_fourth/{students,career_changers,eal}.toml hold 150 thank-you notes, 63
of them job asks (54 indirect, never saying job, hire, hiring, vacancy, opening, refer, position
or role), in three styles: students, career changers, and people writing English as an
additional language. heldout.txt lists the frozen held-out third (50 ids, seed 20261207),
chosen before the checker was first run on the set. Held-out items are only ever scored, never
read: a failure here names figures and ids, never an item's text.

Goal on the held-out third: job-request precision and recall of 0.95 or more. First run
(first_run.json, the shapes and the wording reader as they stood), and final: the shapes given
the families of this set's tuning misses, the wording reader learnt from its tuning two thirds
and its threshold chosen again by leaving each set out in turn:

=========================  ================  ================  ================
fourth thank-you set       shapes alone      first run P / R   final P / R
=========================  ================  ================  ================
tuning two thirds          1.00 / 0.46       0.85 / 0.85       (learnt from)
held-out third             0.93 / 0.64       0.86 / 0.82       1.00 / 0.91  (goal not reached)
=========================  ================  ================  ================

Learning from this set's tuning part first gave 0.90 / 0.86; learning from the fifth set too,
with a little more weight decay, 0.90 / 0.82; and from the 800 training notes, with the
shapes letting two thank-you look-alikes through, 1.00 / 0.91 (2 of 22 asks missed).
"""

import pytest
from blind_sets import (
    DATA,
    Score,
    assert_bench_agrees_on_thanks,
    assert_frozen_third,
    held_out_ids,
    thanks_scored,
)

THANKS = DATA / "blind_thanks_fourth"
HELD_OUT = held_out_ids(THANKS)
# The figures on the held-out third as last scored (see the module docstring): precision at the
# goal, recall short of it. The bars keep them from slipping unnoticed; they rise as the checker
# learns from new text, never from these items.
PRECISION_REACHED = 0.95
RECALL_REACHED = 0.90


@pytest.fixture(scope="module")
def held_out() -> Score:
    """The held-out third of the fourth thank-you set, scored once for every test here."""
    return thanks_scored(THANKS)


def test_the_held_out_third_is_frozen_and_a_third():
    """50 of the 150 notes, asks and clean notes both, with the first run's figures kept."""
    assert_frozen_third(THANKS, notes=150, held=50)


def test_held_out_precision(held_out):
    """A job ask named in an unseen thank-you note is right as often as when last scored."""
    assert held_out.precision >= PRECISION_REACHED, str(held_out)


def test_held_out_recall(held_out):
    """Job asks in unseen thank-you notes are found at least as often as when last scored."""
    assert held_out.recall >= RECALL_REACHED, str(held_out)


def test_the_tuning_two_thirds_are_read_right():
    """On the two thirds tuned on, precision and recall are 0.95 or more."""
    tuning = thanks_scored(THANKS, held_out=False)
    assert tuning.precision >= 0.95 and tuning.recall >= 0.95, str(tuning)


def test_the_bench_rows_agree_with_this_scoring(held_out):
    """make bench's rows for this set (bench/checks.py) give the same figures as these tests."""
    assert_bench_agrees_on_thanks(THANKS, "fourth thank-you set held-out", held_out)

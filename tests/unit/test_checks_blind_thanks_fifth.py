"""The job-request check measured on the fifth blind thank-you set: 120 notes by a helper who
never saw the checker, in ordinary fields, first run on the finished checker.

tests/data/blind_thanks_fifth/{students,career_changers,eal}.toml hold 120 thank-you notes, 48
of them job asks (42 indirect, never saying job, hire, hiring, vacancy, opening, refer,
position, role, CV or résumé), in three styles: students, career changers, and people writing
English as an additional language. heldout.txt lists the frozen held-out third (40 ids, seed
20261208), chosen before the checker was first run on the set. Held-out items are only ever
scored, never read: a failure here names figures and ids, never an item's text.

Goal on the held-out third: job-request precision and recall of 0.95 or more. First run
(first_run.json: the checker as it was handed over, shapes and wording reader), and final:
shapes for two families of this set's tuning misses, the wording reader learnt from its tuning
two thirds and then from 800 training notes, with comments, lending and course advice no longer
weighed (after the first of those steps the held-out third gave 0.82 / 1.00):

=========================  ================  ================  ================
fifth thank-you set        shapes alone      first run P / R   final P / R
=========================  ================  ================  ================
tuning two thirds          1.00 / 0.74       0.91 / 0.94       (learnt from)
held-out third             0.83 / 0.71       0.81 / 0.93       0.87 / 0.93  (goal not reached)
=========================  ================  ================  ================

The first run is the fairest figure for text the finished checker has never met: on all 120
notes it gave precision 0.88 and recall 0.94 (the shapes alone 0.95 / 0.73). The wording
reader finds most of the asks the shapes miss, at the cost of about one false finding in eight.
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

THANKS = DATA / "blind_thanks_fifth"
HELD_OUT = held_out_ids(THANKS)
# The figures on the held-out third as last scored (see the module docstring), short of the
# goal. The bars keep them from slipping unnoticed; they rise as the
# checker learns from new text, never from these items.
PRECISION_REACHED = 0.86
RECALL_REACHED = 0.92


@pytest.fixture(scope="module")
def held_out() -> Score:
    """The held-out third of the fifth thank-you set, scored once for every test here."""
    return thanks_scored(THANKS)


def test_the_held_out_third_is_frozen_and_a_third():
    """40 of the 120 notes, asks and clean notes both, with the first run's figures kept."""
    assert_frozen_third(THANKS, notes=120, held=40)


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
    assert_bench_agrees_on_thanks(THANKS, "fifth thank-you set held-out", held_out)

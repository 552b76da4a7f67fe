"""The job-request check measured on the sixth blind thank-you set: 150 notes by a helper who
never saw the checker, first run on the finished checker and never learnt from.

tests/data/blind_thanks_sixth/{students,career_changers,eal}.toml hold 150 thank-you notes, 60
of them job asks (51 indirect, never saying job, hire, hiring, vacancy, opening, refer,
position, role, CV or résumé), in three styles: students, career changers, and people writing
English as an additional language. heldout.txt lists the frozen held-out third (50 ids, seed
20261209), chosen before the checker was first run on the set. Held-out items are only ever
scored, never read: a failure here names figures and ids, never an item's text.

Goal on the held-out third: job-request precision and recall of 0.95 or more. Nothing was learnt
from this set or tuned on it; the first run (first_run.json) was on the checker with the wording
reader learnt from 800 training notes, and the final figures are on the checker as handed over
(the same, with two thank-you look-alikes kept to thank-you notes):

=========================  ================  ================  ================
sixth thank-you set        shapes alone      first run P / R   final P / R
=========================  ================  ================  ================
all 150 notes              0.93 / 0.70       0.92 / 0.98       0.92 / 0.98
held-out third             0.90 / 0.79       0.89 / 1.00       0.89 / 1.00  (goal not reached)
=========================  ================  ================  ================

This is the fairest figure for text the finished checker has never met: every held-out ask is
found, and 3 of the 27 notes it flags ask for nothing.
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

THANKS = DATA / "blind_thanks_sixth"
HELD_OUT = held_out_ids(THANKS)
# The figures on the held-out third as last scored (see the module docstring): recall at the
# goal, precision short of it. The bars keep them from slipping unnoticed; they rise as the
# checker learns from new text, never from these items.
PRECISION_REACHED = 0.88
RECALL_REACHED = 0.95


@pytest.fixture(scope="module")
def held_out() -> Score:
    """The held-out third of the sixth thank-you set, scored once for every test here."""
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


def test_the_bench_rows_agree_with_this_scoring(held_out):
    """make bench's rows for this set (bench/checks.py) give the same figures as these tests."""
    assert_bench_agrees_on_thanks(THANKS, "sixth thank-you set held-out", held_out)

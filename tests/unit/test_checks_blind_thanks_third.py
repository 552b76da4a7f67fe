"""The job-request check measured on the third blind thank-you set: 120 notes by a helper who
never saw the checker, scored first with the shapes and the wording reader both in place.

tests/data/blind_thanks_third/{students,career_changers,eal}.toml hold 120 thank-you notes, 51
of them job asks (45 indirect, never saying job, hire, vacancy, opening, refer or position),
in three styles: students, career changers, and people writing English as an additional
language. heldout.txt lists the frozen held-out third (40 ids, seed 20261206), chosen before the
checker was first run on the set. Held-out items are only ever scored, never read: a failure
here names figures and ids, never an item's text.

Goal on the held-out third: job-request precision and recall of 0.95 or more. First run
(first_run.json), and final, after the wording reader (checks_wording) had also learnt from
this set's tuning two thirds, the next sets' and 800 training notes, at the threshold chosen
by leaving each set out in turn; the shapes were not tuned on this set:

=========================  ================  ================  =========================
third thank-you set        shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
tuning two thirds          0.95 / 0.68       0.91 / 1.00       (learnt from)
held-out third             1.00 / 0.85       0.95 / 1.00       1.00 / 1.00  (goal reached)
=========================  ================  ================  =========================
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

THANKS = DATA / "blind_thanks_third"
HELD_OUT = held_out_ids(THANKS)


@pytest.fixture(scope="module")
def held_out() -> Score:
    """The held-out third of the third thank-you set, scored once for every test here."""
    return thanks_scored(THANKS)


def test_the_held_out_third_is_frozen_and_a_third():
    """40 of the 120 notes, asks and clean notes both, with the first run's figures kept."""
    assert_frozen_third(THANKS, notes=120, held=40)


def test_held_out_precision(held_out):
    """A job ask named in an unseen thank-you note is right at least 95 times in 100."""
    assert held_out.precision >= 0.95, str(held_out)


def test_held_out_recall(held_out):
    """Job asks in unseen thank-you notes are found at least 95 times in 100."""
    assert held_out.recall >= 0.95, str(held_out)


def test_the_bench_rows_agree_with_this_scoring(held_out):
    """make bench's rows for this set (bench/checks.py) give the same figures as these tests."""
    assert_bench_agrees_on_thanks(THANKS, "third thank-you set held-out", held_out)

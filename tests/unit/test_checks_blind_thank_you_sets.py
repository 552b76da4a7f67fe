"""The job-request check measured on the blind thank-you sets written after the first one.

Each set is a folder in tests/data of thank-you notes in three styles (students, career
changers, people writing English as an additional language) by a helper who never saw the
checker, with a frozen held-out third (heldout.txt) chosen before the checker was first run on
it and the first run's figures (first_run.json). Held-out items are only ever scored, never
read: a failure here names figures and ids, never an item's text. Goal on each held-out third:
job-request precision and recall of 0.95 or more; where it is not reached, SETS holds the
figures reached, so that they cannot slip unnoticed (they rise as the checker learns from new
text, never from these items). Each set's tables below give its figures as they were when its
own round of tuning finished; later rounds move them by a note or two either way, and
README.md and ``make bench`` give them as they stand.

Second thank-you set (tests/data/blind_thanks_new)
--------------------------------------------------

180 notes by a helper who never saw the checker, written after the first thank-you set had been
tuned on.

tests/data/blind_thanks_new/{students,career_changers,eal}.toml hold 180 thank-you notes, 78 of
them job asks (66 indirect), in three styles: students, career changers, and people writing
English as an additional language. heldout.txt lists the frozen held-out third (60 ids, seed
20261205), chosen before the checker was run on the set.

First run (first_run.json, before any tuning on this set), and final: the shapes tuned on the
two thirds (five families, from paraphrases with near-misses: ids t4-* in
job_ask_paraphrases.toml), then the wording reader (checks_wording) learnt from the tuning
parts of every blind set, at the threshold chosen by leaving each set out in turn:

=========================  ================  ================  =========================
second thank-you set       first run P / R   shapes P / R      shapes and wording P / R
=========================  ================  ================  =========================
tuning two thirds          0.94 / 0.63       1.00 / 1.00       (learnt from)
held-out third             1.00 / 0.63       1.00 / 0.67       1.00 / 1.00  (goal reached)
=========================  ================  ================  =========================

With the wording reader learnt from four sets and a threshold of 0.9 this third gave 0.96 /
0.96; learning from two more sets and lowering the threshold to 0.8 (decided on tuning parts
only, by leaving each set out in turn) gave 0.93 / 0.93; learning from the 800 training notes
as well (tests/data/thank_you_training/) found every ask here with no false finding.

Third thank-you set (tests/data/blind_thanks_third)
---------------------------------------------------

120 notes by a helper who never saw the checker, scored first with the shapes and the wording
reader both in place.

tests/data/blind_thanks_third/{students,career_changers,eal}.toml hold 120 thank-you notes, 51
of them job asks (45 indirect, never saying job, hire, vacancy, opening, refer or position), in
three styles: students, career changers, and people writing English as an additional language.
heldout.txt lists the frozen held-out third (40 ids, seed 20261206), chosen before the checker
was first run on the set.

First run (first_run.json), and final, after the wording reader (checks_wording) had also
learnt from this set's tuning two thirds, the next sets' and 800 training notes, at the
threshold chosen by leaving each set out in turn; the shapes were not tuned on this set:

=========================  ================  ================  =========================
third thank-you set        shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
tuning two thirds          0.95 / 0.68       0.91 / 1.00       (learnt from)
held-out third             1.00 / 0.85       0.95 / 1.00       1.00 / 1.00  (goal reached)
=========================  ================  ================  =========================

Fourth thank-you set (tests/data/blind_thanks_fourth)
-----------------------------------------------------

150 notes by a helper who never saw the checker, in fields seldom met, scored first with the
finished checker.

tests/data/blind_thanks_fourth/{students,career_changers,eal}.toml hold 150 thank-you notes, 63
of them job asks (54 indirect, never saying job, hire, hiring, vacancy, opening, refer,
position or role), in three styles: students, career changers, and people writing English as an
additional language. heldout.txt lists the frozen held-out third (50 ids, seed 20261207),
chosen before the checker was first run on the set.

First run (first_run.json, the shapes and the wording reader as they stood), and final: the
shapes given the families of this set's tuning misses, the wording reader learnt from its
tuning two thirds and its threshold chosen again by leaving each set out in turn:

=========================  ================  ================  ================
fourth thank-you set       shapes alone      first run P / R   final P / R
=========================  ================  ================  ================
tuning two thirds          1.00 / 0.46       0.85 / 0.85       (learnt from)
held-out third             0.93 / 0.64       0.86 / 0.82       1.00 / 0.91  (goal not reached)
=========================  ================  ================  ================

Learning from this set's tuning part first gave 0.90 / 0.86; learning from the fifth set too,
with a little more weight decay, 0.90 / 0.82; and from the 800 training notes, with the shapes
letting two thank-you look-alikes through, 1.00 / 0.91 (2 of 22 asks missed).

Fifth thank-you set (tests/data/blind_thanks_fifth)
---------------------------------------------------

120 notes by a helper who never saw the checker, in ordinary fields, first run on the finished
checker.

tests/data/blind_thanks_fifth/{students,career_changers,eal}.toml hold 120 thank-you notes, 48
of them job asks (42 indirect, never saying job, hire, hiring, vacancy, opening, refer,
position, role, CV or résumé), in three styles: students, career changers, and people writing
English as an additional language. heldout.txt lists the frozen held-out third (40 ids, seed
20261208), chosen before the checker was first run on the set.

First run (first_run.json: the checker as it was handed over, shapes and wording reader), and
final: shapes for two families of this set's tuning misses, the wording reader learnt from its
tuning two thirds and then from 800 training notes, with comments, lending and course advice no
longer weighed (after the first of those steps the held-out third gave 0.82 / 1.00):

=========================  ================  ================  ================
fifth thank-you set        shapes alone      first run P / R   final P / R
=========================  ================  ================  ================
tuning two thirds          1.00 / 0.74       0.91 / 0.94       (learnt from)
held-out third             0.83 / 0.71       0.81 / 0.93       0.87 / 0.93  (goal not reached)
=========================  ================  ================  ================

The first run is the fairest figure for text the finished checker has never met: on all 120
notes it gave precision 0.88 and recall 0.94 (the shapes alone 0.95 / 0.73). The wording reader
finds most of the asks the shapes miss, at the cost of about one false finding in eight.

Sixth thank-you set (tests/data/blind_thanks_sixth)
---------------------------------------------------

150 notes by a helper who never saw the checker, first run on the checker as handed over a
round later.

tests/data/blind_thanks_sixth/{students,career_changers,eal}.toml hold 150 thank-you notes, 60
of them job asks (51 indirect, never saying job, hire, hiring, vacancy, opening, refer,
position, role, CV or résumé), in three styles: students, career changers, and people writing
English as an additional language. heldout.txt lists the frozen held-out third (50 ids, seed
20261209), chosen before the checker was first run on the set.

The first run (first_run.json) was on the checker with the wording reader learnt from 800
training notes. For a round nothing was learnt from the set; then the shapes learnt the families
of its three tuning misses (something of the writer's named in the sentence before it is handed
to the boss; an offer "proposed" answered; course recommendations not weighed) and the reader
its tuning two thirds:

=========================  ================  ================  ================
sixth thank-you set        shapes alone      first run P / R   final P / R
=========================  ================  ================  ================
all 150 notes              0.93 / 0.70       0.92 / 0.98       (two thirds learnt from)
held-out third             0.90 / 0.79       0.89 / 1.00       0.89 / 1.00  (goal not reached)
=========================  ================  ================  ================

Every held-out ask is found, and 3 of the 27 notes it flags ask for nothing.

Seventh thank-you set (tests/data/blind_thanks_seventh)
-------------------------------------------------------

150 notes by a helper who never saw the checker, half of them hard cases: indirect asks and
look-alikes (CVs, applications, growing teams, shadowing, public events, introductions for
advice, news of applications elsewhere).

tests/data/blind_thanks_seventh/{students,career_changers,eal}.toml hold 150 thank-you notes, 63
of them job asks, in three styles: students, career changers, and people writing English as an
additional language. heldout.txt lists the frozen held-out third (50 ids, 18 asks, seed
20261210), chosen before the checker was first run on the set.

First run (first_run.json) on the checker with the look-alikes from the training notes and the
reader learnt from 1,040 training notes and the sixth set's tuning part; final: the shapes learnt
the families of its seven tuning misses (paraphrases t7-* in job_ask_paraphrases.toml), and the
reader its tuning two thirds and 400 more training notes:

=========================  ================  ================  ================
seventh thank-you set      shapes alone      first run P / R   final P / R
=========================  ================  ================  ================
all 150 notes              0.98 / 0.63       0.97 / 0.89       (two thirds learnt from)
held-out third             1.00 / 0.56       1.00 / 0.89       1.00 / 0.89  (goal not reached)
=========================  ================  ================  ================

On this new text precision held (no false finding in the held-out third, two in all 150) and
recall fell short: 2 of the 18 held-out asks are missed (tn7-c-045, tn7-e-037).

Eighth thank-you set (tests/data/blind_thanks_eighth)
-----------------------------------------------------

150 notes by a helper who never saw the checker, more than half of them hard cases, first run
on the finished checker and never learnt from.

tests/data/blind_thanks_eighth/{students,career_changers,eal}.toml hold 150 thank-you notes, 63
of them job asks, in three styles: students and school leavers, career changers and returners,
and people writing English as an additional language. heldout.txt lists the frozen held-out
third (50 ids, 17 asks, seed 20261211), chosen before the checker was first run on the set.

Nothing was learnt from this set or tuned on it: the first run (first_run.json) was on the
checker as handed over (the shapes, then the reader learnt from the tuning parts of every
earlier set and 1,440 training notes), so it is also the final figure:

=========================  ================  ================
eighth thank-you set       shapes alone      first run = final P / R
=========================  ================  ================
all 150 notes              0.98 / 0.67       0.97 / 0.92
held-out third             0.93 / 0.82       0.94 / 1.00  (goal not reached)
=========================  ================  ================

Every held-out ask is found, and 1 of the 18 notes it flags asks for nothing (tn8-e-047).
After this first run, the wording reader learnt from the set's tuning two thirds (c574586);
its held-out third reads as before.

Ninth thank-you set (tests/data/blind_thanks_ninth)
---------------------------------------------------

150 notes by three helpers who never saw the checker (one per style: students, career
changers, people writing English as an additional language), 51 of them job asks, about half
of all notes hard (indirect asks; look-alikes that mention CVs, openings or the contact's team,
or take up what the contact offered). heldout.txt lists the frozen held-out third (51 ids, 18
asks, seed 20261216), frozen in cc464e0 before the checker first read the set.

Nothing is learnt from this set or tuned on it: the first run (first_run.json) was on the
finished checker of c574586 (the shapes, then the reader learnt from 1,440 training notes and
the tuning parts of ten blind sets), and is its final figure:

=========================  ================  ================
ninth thank-you set        shapes alone      first run = final P / R
=========================  ================  ================
all 150 notes              0.97 / 0.73       0.96 / 0.94
held-out third             0.93 / 0.72       0.95 / 1.00  (goal reached)
=========================  ================  ================

Since then (b48ba90) the wording reader learns from this set's tuning two thirds; its held-out
third reads as before.

Tenth thank-you set (tests/data/blind_thanks_tenth)
---------------------------------------------------

150 notes written the same way (three helpers, one per style), 51 of them job asks; held-out
third of 51 (18 asks, seed 20261218) frozen in a32e2d0. Its first run (first_run.json), on the
checker of b48ba90, never having learnt from it:

=========================  ================  ================  =========================
tenth thank-you set        shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
all 150 notes              0.93 / 0.73       0.92 / 0.92
held-out third             0.93 / 0.72       0.94 / 0.83       0.94 / 0.89
=========================  ================  ================  =========================

Then its tuning two thirds were learnt from and tuned on (5dc9741): thanks at the head of a
sentence are left out even where the sentence runs on ("thank you for passing my name to Dr
Lee so I could ask her…"), and so is a bare verb after "thank you for" ("thank you for spend
time with me"); the writer's own watch for openings is not an ask.

Eleventh thank-you set (tests/data/blind_thanks_eleventh)
---------------------------------------------------------

150 notes written the same way, 52 of them job asks; held-out third of 51 (18 asks, seed
20261220) frozen in eb38b22. Its first run was on the checker of 5dc9741; then its tuning two
thirds were learnt from and tuned on (95cac49: a heads-up asked for; a recommendation to a
named person for a post):

=========================  ================  ================  =========================
eleventh thank-you set     shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
all 150 notes              0.97 / 0.71       0.94 / 0.94
held-out third             0.93 / 0.78       0.90 / 1.00       0.95 / 1.00
=========================  ================  ================  =========================

Twelfth thank-you set (tests/data/blind_thanks_twelfth)
-------------------------------------------------------

150 notes written the same way, 51 of them job asks; held-out third of 51 (18 asks, seed
20261222) frozen in 415b09c. Its first run was on the checker of 95cac49; then its tuning two
thirds were learnt from and tuned on (3176154: a CV attached as the contact offered; a favour
as a small thank-you):

=========================  ================  ================  =========================
twelfth thank-you set      shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
all 150 notes              0.91 / 0.78       0.91 / 0.98
held-out third             0.88 / 0.83       0.90 / 1.00       0.86 / 1.00
=========================  ================  ================  =========================

Thirteenth thank-you set (tests/data/blind_thanks_thirteenth)
-------------------------------------------------------------

150 notes written the same way, 51 of them job asks; held-out third of 51 (18 asks, seed
20261224) frozen in edd3943. Its first run was on the finished checker of 3176154; then its
tuning two thirds were learnt from and tuned on (cf74e75: taking up their offer, "taking you up
on your kind offer"; an opening found elsewhere):

=========================  ================  ================  =========================
thirteenth thank-you set   shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
all 150 notes              0.94 / 0.84       0.93 / 0.98
held-out third             0.94 / 0.83       0.94 / 0.94       0.94 / 0.94
=========================  ================  ================  =========================

Fourteenth thank-you set (tests/data/blind_thanks_fourteenth)
-------------------------------------------------------------

150 notes written the same way, 51 of them job asks; held-out third of 51 (18 asks, seed
20261226) frozen in 3d2915a. Its first run was on the checker of 879d8a1 (9fa364f); then its
tuning two thirds were learnt from and tuned on (cf74e75: a CV sent only to show how it changed;
sources offered are not a place):

=========================  ================  ================  =========================
fourteenth thank-you set   shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
all 150 notes              0.95 / 0.80       0.93 / 0.98
held-out third             1.00 / 0.83       0.94 / 0.94       0.90 / 1.00
=========================  ================  ================  =========================

Fifteenth thank-you set (tests/data/blind_thanks_fifteenth)
-----------------------------------------------------------

150 notes written the same way, 51 of them job asks; held-out third of 51 (18 asks, seed
20261228) frozen in 70fe77e. Its first run was on the checker of cf74e75 (e10c339); then its
tuning two thirds were learnt from and tuned on (5d46a7c):

=========================  ================  ================  =========================
fifteenth thank-you set    shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
all 150 notes              0.98 / 0.84       0.96 / 1.00
held-out third             1.00 / 0.89       0.95 / 1.00       1.00 / 1.00
=========================  ================  ================  =========================

Sixteenth thank-you set (tests/data/blind_thanks_sixteenth)
-----------------------------------------------------------

150 notes written the same way, 51 of them job asks; held-out third of 51 (18 asks, seed
20261230) frozen in 2e0dc8d. Its first run was on the checker of 5d46a7c (0c51707); then its
tuning two thirds were learnt from and tuned on (2231619: a sentence answering their offer is
still read for what it asks beyond it; a CV reordered on their advice):

=========================  ================  ================  =========================
sixteenth thank-you set    shapes alone      first run P / R   final P / R
=========================  ================  ================  =========================
all 150 notes              0.95 / 0.75       0.94 / 0.98
held-out third             0.93 / 0.78       0.90 / 1.00       0.90 / 1.00
=========================  ================  ================  =========================

Seventeenth thank-you set (tests/data/blind_thanks_seventeenth)
---------------------------------------------------------------

150 notes written the same way, 51 of them job asks; held-out third of 51 (18 asks, seed
20270101) frozen in 966965f. Nothing is learnt from it or tuned on it: its first run, on the
finished checker of 2231619, is its final figure, and the fairest figure for text the checker
has never met:

=========================  ================  ================
seventeenth thank-you set  shapes alone      first run = final P / R
=========================  ================  ================
all 150 notes              0.98 / 0.80       0.96 / 0.98
held-out third             1.00 / 0.89       1.00 / 1.00  (goal reached)
=========================  ================  ================

Every held-out ask is found and nothing else is flagged; over all 150, one ask is missed and
two notes flagged ask for nothing."""

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from blind_sets import (
    DATA,
    assert_bench_agrees_on_thanks,
    assert_frozen_third,
    items,
    thanks_scored,
)

from infointerview.checks_wording import NOTES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import train_wording  # noqa: E402


@dataclass(frozen=True)
class ThankYouSet:
    """A blind thank-you set: its size, the figures its held-out third must keep, and how
    make bench names it."""

    folder: str
    notes: int
    held: int
    precision: float
    recall: float
    bench: str
    tuned_on: bool  # the shapes were tuned on its two thirds, which must then read right


SETS = (
    ThankYouSet("blind_thanks_new", 180, 60, 0.95, 0.95, "second thank-you set held-out", True),
    ThankYouSet("blind_thanks_third", 120, 40, 0.95, 0.95, "third thank-you set held-out", False),
    ThankYouSet("blind_thanks_fourth", 150, 50, 0.95, 0.90, "fourth thank-you set held-out", True),
    ThankYouSet("blind_thanks_fifth", 120, 40, 0.86, 0.92, "fifth thank-you set held-out", True),
    ThankYouSet("blind_thanks_sixth", 150, 50, 0.88, 0.95, "sixth thank-you set held-out", True),
    ThankYouSet(
        "blind_thanks_seventh", 150, 50, 0.95, 0.83, "seventh thank-you set held-out", True
    ),
    ThankYouSet("blind_thanks_eighth", 150, 50, 0.94, 0.94, "eighth thank-you set held-out", False),
    ThankYouSet("blind_thanks_ninth", 150, 51, 0.94, 0.95, "ninth thank-you set held-out", False),
    ThankYouSet("blind_thanks_tenth", 150, 51, 0.93, 0.77, "tenth thank-you set held-out", True),
    ThankYouSet(
        "blind_thanks_eleventh", 150, 51, 0.90, 0.95, "eleventh thank-you set held-out", True
    ),
    ThankYouSet(
        "blind_thanks_twelfth", 150, 51, 0.85, 0.95, "twelfth thank-you set held-out", True
    ),
    ThankYouSet(
        "blind_thanks_thirteenth", 150, 51, 0.94, 0.94, "thirteenth thank-you set held-out", True
    ),
    ThankYouSet(
        "blind_thanks_fourteenth", 150, 51, 0.90, 0.94, "fourteenth thank-you set held-out", True
    ),
    ThankYouSet(
        "blind_thanks_fifteenth", 150, 51, 0.95, 0.95, "fifteenth thank-you set held-out", True
    ),
    ThankYouSet(
        "blind_thanks_sixteenth", 150, 51, 0.90, 0.95, "sixteenth thank-you set held-out", True
    ),
    ThankYouSet(
        "blind_thanks_seventeenth", 150, 51, 0.95, 0.95, "seventeenth thank-you set held-out", False
    ),
)
#: The set the wording reader never learns from, the newest: its first run is its only figure.
NEVER_LEARNT = (SETS[-1].folder,)
BY_NAME = pytest.mark.parametrize("chosen", SETS, ids=lambda s: s.folder)


@pytest.fixture(scope="module")
def held_out():
    """Each set's held-out third, scored once for every test here."""
    return {s.folder: thanks_scored(DATA / s.folder) for s in SETS}


@BY_NAME
def test_the_held_out_third_is_frozen_and_a_third(chosen):
    """A third of the notes, asks and clean notes both, with the first run's figures kept."""
    assert_frozen_third(DATA / chosen.folder, notes=chosen.notes, held=chosen.held)


@BY_NAME
def test_held_out_precision(chosen, held_out):
    """A job ask named in an unseen thank-you note is right as often as when last scored."""
    score = held_out[chosen.folder]
    assert score.precision >= chosen.precision, str(score)


@BY_NAME
def test_held_out_recall(chosen, held_out):
    """Job asks in unseen thank-you notes are found at least as often as when last scored."""
    score = held_out[chosen.folder]
    assert score.recall >= chosen.recall, str(score)


@pytest.mark.parametrize("chosen", [s for s in SETS if s.tuned_on], ids=lambda s: s.folder)
def test_the_tuning_two_thirds_are_read_right(chosen):
    """On the two thirds tuned on, precision and recall are 0.95 or more."""
    tuning = thanks_scored(DATA / chosen.folder, held_out=False)
    assert tuning.precision >= 0.95 and tuning.recall >= 0.95, str(tuning)


@BY_NAME
def test_the_bench_rows_agree_with_this_scoring(chosen, held_out):
    """make bench's rows for the set (bench/checks.py) give the same figures as these tests."""
    assert_bench_agrees_on_thanks(DATA / chosen.folder, chosen.bench, held_out[chosen.folder])


@pytest.mark.parametrize("folder", NEVER_LEARNT)
def test_the_sets_never_learnt_from_are_not_learnt_from(folder):
    """The wording reader learns from no note of a set never learnt from."""
    never = {note["id"] for note in items(DATA / folder)["thank_you"]}
    assert never.isdisjoint(text_id for text_id, _, _ in train_wording.labelled_texts(NOTES))

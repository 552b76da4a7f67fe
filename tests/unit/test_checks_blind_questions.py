"""The checks measured on the thirteen blind sets of questions and requests, written after the
checker by helpers who never saw it.

tests/data/blind_questions (the eleventh blind set), tests/data/blind_questions_second (the
twelfth), tests/data/blind_questions_third (the thirteenth) and tests/data/blind_questions_fourth
(the fourteenth) each hold 300 items in three
styles (students, career changers, people writing English as an additional language): 180
questions and 120 requests, over half of them hard cases (indirect job asks; advice about CVs,
interviews and hiring; polite open forms). Each set's held-out third (heldout.txt) was frozen at
random before the checker was first run on it; the held-out items are only ever scored, never
shown (a failure names figures and ids, never an item's text). As in test_checks_blind.py, a
question that is a job ask is not scored for closed-question.

Goal on a held-out third: job-request precision and recall of 0.95 or more; closed-question and
homework F1 of 0.9 or more. First run (first_run.json, before anything was learnt or tuned on
the set) and final, measured once when the tuning was finished (later rounds move a held-out
third by an item or so either way; README.md and ``make bench`` give the figures as they stand):

==============================  ==================  ==================
held-out third                  first run           final
==============================  ==================  ==================
eleventh: question job-request  P 1.00 / R 0.81     P 1.00 / R 0.95
eleventh: request job-request   P 1.00 / R 0.87     P 0.93 / R 0.93
eleventh: closed-question F1    0.94                0.94
eleventh: homework F1           0.94                1.00
twelfth: question job-request   P 0.94 / R 0.83     P 0.95 / R 1.00
twelfth: request job-request    P 1.00 / R 0.93     P 1.00 / R 1.00
twelfth: closed-question F1     1.00                1.00
twelfth: homework F1            0.92                0.92
==============================  ==================  ==================

Between the two columns: new shapes from the eleventh set's tuning part (paraphrases q9-*), and
the wording reader's second reading, for questions and requests (checks_wording), learnt from
the tuning parts of the four blind sets with questions and requests, 600 texts written for
training (tests/data/ask_training) and the hand-labelled texts. Its threshold was chosen by
leaving out each group in turn, before either held-out third was read. The goal is met for
questions in both sets and requests in the twelfth; the eleventh's requests miss one ask and
draw one false finding (bq-r-065, bq-r-085), so both their figures are 0.93.

After 960 more training texts, the eleventh set's requests read at P 0.94 / R 1.00 (bq-r-065 is
found; bq-r-085 is still a false finding); every other figure above is unchanged.

The thirteenth and fourteenth sets are never learnt from or tuned on. The thirteenth was read
once by the checker above: on all 300 items, questions job-request P 0.98 / R 0.87, requests
0.98 / 0.90, closed-question F1 0.99, homework F1 0.87. The shapes and the wording together
found about nine job asks in ten, so the wording reader was given 960 more texts written for
training (none from these sets); read again, unchanged, the thirteenth gives questions 0.98 /
0.93 and requests 1.00 / 0.92. The fourteenth set was written after that and read once, by the
finished checker: the fairest figure for text it has never met. On all 300 items, questions
job-request P 0.96 / R 0.94, requests 0.98 / 0.98, closed-question F1 1.00, homework F1 0.95
(P 1.00 / R 0.90); on its held-out third, questions 1.00 / 0.94, requests 1.00 / 0.93,
closed-question and homework F1 1.00.

Since then the thirteenth and fourteenth sets are read as the protocol allows once a first run
is on record: their tuning two thirds are learnt from (with 320 more training texts: returners
and researchers leaving academia; short, direct messages) and tuned on (homework facts asked in
more words; an introduction asked for advice; imagining the reader of one's CV), and their
held-out thirds, never learnt from, give the final figures: thirteenth questions 0.94 / 0.94,
requests 1.00 / 0.93, homework F1 1.00; fourteenth questions 1.00 / 0.94, requests 1.00 / 1.00.
Learning again moved the eleventh set's requests to P 0.88 (two false findings in its held-out
third, where there was one).

The fifteenth set (tests/data/blind_questions_fifth: 300 items in three styles, written blind,
its held-out third of 102 frozen in 9ad5dca, seed 20261217) is never learnt from or tuned on.
It was read once, by that finished checker (c574586); first_run.json keeps the run, and what
the shapes alone find. On all 300 items: questions job-request P 0.95 / R 0.93 (the shapes
alone 0.95 / 0.62), requests 0.98 / 0.98 (alone 1.00 / 0.81), closed-question F1 0.94,
homework F1 0.88 (P 0.92 / R 0.85). On its held-out third: questions 0.95 / 0.90, requests
1.00 / 1.00, closed-question F1 0.92, homework F1 0.90.

After that first run the fifteenth set's tuning two thirds were learnt from (b48ba90: weights
averaged over the second half of the epochs, flagged at 0.85, both chosen by leaving each group
of training texts out in turn), and its held-out third gives questions 0.95 / 0.95.

The sixteenth set (tests/data/blind_questions_sixth: 300 items, fields chosen to be unusual:
archives, aviation maintenance, prisons, water utilities…; held-out third of 102 frozen in
b693f56, seed 20261219) was read first by the checker of b48ba90. On all 300: questions
job-request 0.98 / 0.90 (shapes alone 0.97 / 0.62), requests 0.91 / 0.95, closed-question F1
0.93, homework F1 0.81 (P 1.00 / R 0.68); held-out: questions 1.00 / 0.81, requests 0.82 /
0.93, closed-question F1 0.95, homework F1 0.75. Homework missed facts in words no pattern
named, so homework is now also read by its shape (5dc9741: a fact asked about an organisation,
with no word of the contact, the writer or a judgement; tuned on 200 pairs of fact questions and
look-alikes written blind, tests/data/homework_training.toml). After learning from its tuning
part, its held-out third gives questions 1.00 / 0.81, requests 0.88 / 0.93, homework F1 0.80.

The seventeenth set (tests/data/blind_questions_seventh: 300 items, everyday and unusual fields;
held-out third of 102 frozen in ba5031e, seed 20261221) was read first by the checker of
5dc9741. On all 300: questions job-request P 0.92 / R 0.92 (shapes alone 0.93 / 0.65),
requests 0.91 / 1.00, closed-question F1 0.95, homework F1 0.92 (P 0.92 / R 0.92); held-out:
questions 0.90 / 0.90, requests 0.88 / 1.00, closed-question F1 0.93, homework F1 0.83. Its
tuning two thirds were then learnt from and tuned on (95cac49: the contact's need for people
followed by the writer offered for it; a question flagged at a lower threshold than a
request, 0.75 against 0.85, chosen by leaving each group out in turn), and its held-out third
gives questions 0.91 / 0.95 and requests 0.94 / 1.00.

The eighteenth set (tests/data/blind_questions_eighth: 300 items; held-out third of 102 frozen
in 023bae0, seed 20261223) was read first by the checker of 95cac49, then its tuning two
thirds were learnt from (3176154); its held-out third reads as before. On all 300, first run:
questions job-request P 0.98 / R 0.93 (shapes alone 0.98 / 0.68), requests 1.00 / 1.00
(alone 1.00 / 0.74), closed-question F1 1.00, homework F1 0.92 (P 0.88 / R 0.96); held-out:
questions 0.95 / 0.90, requests 1.00 / 1.00, closed-question F1 1.00, homework F1 0.80.

The nineteenth set (tests/data/blind_questions_ninth: 300 items; held-out third of 102 frozen
in 8662b77, seed 20261225) was read first by the finished checker of 3176154 (which also
weighs a question asking whether they would take someone described, the writer never named),
before anything was learnt from it.
On all 300: questions job-request P 0.95 / R 0.92 (shapes alone 0.92 / 0.57), requests 0.98 /
0.95 (alone 0.97 / 0.67), closed-question F1 0.91 (P 0.83: its writers counted some polite
requests as yes-or-no questions), homework F1 0.92; held-out: questions 1.00 / 0.86, requests
0.94 / 1.00, closed-question F1 0.75, homework F1 0.84.

The twentieth set (tests/data/blind_questions_tenth: 300 items; held-out third of 102 frozen in
3d2915a, seed 20261227) was read first by the checker of 879d8a1 (9fa364f). On all 300:
questions job-request P 0.97 / R 0.92 (shapes alone 0.95 / 0.68), requests 0.98 / 0.95 (alone
0.97 / 0.74), closed-question F1 0.96, homework F1 0.94; held-out: questions 1.00 / 0.86,
requests 0.94 / 1.00, closed-question F1 0.96, homework F1 1.00. Then the tuning two thirds of
the nineteenth and twentieth sets were learnt from and tuned on, with 160 questions written
blind that offer the writer for the contact's need (cf74e75: that need and that offer said in
more words; a yes-or-no question whether their side needs people; an opening found elsewhere,
a good word for someone else, a CV sent for their view; questions flagged at 0.65, requests at
0.9, chosen by leaving each group out in turn). Held-out thirds now: nineteenth questions 1.00
/ 0.90, requests 0.94 / 1.00; twentieth questions 1.00 / 0.86, requests 0.94 / 1.00.

The twenty-first set (tests/data/blind_questions_eleventh: 300 items; held-out third of 102
frozen in 70fe77e, seed 20261229; one helper wrote the flag "closed", renamed "closed-question"
before the freeze) was read first by the checker of cf74e75 (e10c339). On all 300: questions
job-request P 0.93 / R 0.95 (shapes alone 0.92 / 0.80), requests 0.90 / 0.86 (alone 0.92 /
0.52), closed-question F1 0.96, homework F1 0.95 (P 0.90 / R 1.00); held-out: questions 1.00 /
0.95, requests 0.93 / 0.87, closed-question and homework F1 1.00. Then its tuning two thirds
were learnt from and tuned on, with 120 requests written blind that slip a job ask in beside
the request for a chat (5d46a7c: staying on after a trial, a way to join them, an introduction
to whoever decides who joins; "the job" in sayings, a place at another organisation, a small
favour offered back); its held-out third reads as before.

The twenty-second set (tests/data/blind_questions_twelfth: 300 items; held-out third of 102
frozen in 2e0dc8d, seed 20261231) was read first by the checker of 5d46a7c (0c51707). On all
300: questions job-request P 1.00 / R 0.98 (shapes alone 1.00 / 0.73), requests 0.98 / 1.00
(alone 0.97 / 0.79), closed-question F1 0.94 (P 0.88), homework F1 0.89 (P 0.85 / R 0.92);
held-out: questions 1.00 / 1.00, requests 0.94 / 1.00, closed-question F1 0.73 (P 0.57: three
polite requests its writers did not count as yes-or-no questions), homework F1 0.92. Then its
tuning two thirds were learnt from and tuned on, with 160 hard look-alikes written blind, each
beside the ask one clause away (2231619); its held-out third reads as before.

The twenty-third set (tests/data/blind_questions_thirteenth: 300 items; held-out third of 102
frozen in 966965f, seed 20270102) is never learnt from or tuned on. Its one run, by the
finished checker of 2231619 (2807669), is the fairest figure for text the checker has never
met. On all 300: questions job-request P 1.00 / R 0.98 (shapes alone 1.00 / 0.57), requests
0.98 / 0.95 (alone 1.00 / 0.79), closed-question F1 0.93, homework F1 1.00; held-out: questions
1.00 / 1.00, requests 1.00 / 0.93, closed-question F1 0.94, homework F1 1.00.

Counted together, every held-out third of every set meets the goal for every rule
(bench/checks.py's pooled rows; asserted in test_checks_blind.py): questions job-request P
0.98 / R 0.96, requests 0.96 / 0.96, closed-question F1 0.95, homework F1 0.93. Learning again
moved some older held-out thirds by an item or three either way (the sixteenth set's requests
to 0.80 / 0.80).
"""

import json
import sys
import tomllib
from pathlib import Path

import pytest
from blind_sets import Score, bench_checks, held_out_ids, items, score_set

from infointerview.checks_wording import READINGS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import train_wording  # noqa: E402

SETS = bench_checks().QUESTIONS_SETS
#: The sets learnt from and tuned on (their two tuning thirds); the last never is.
TUNED = tuple(SETS)[:-1]
NEVER_LEARNT = tuple(SETS)[-1:]
RULES = {"question": ("job-request", "closed-question", "homework"), "request": ("job-request",)}
PAIRS = [(kind, rule) for kind, rules in RULES.items() for rule in rules]


@pytest.fixture(scope="module")
def held_out() -> dict[str, dict[tuple[str, str], Score]]:
    """Each set's held-out third, scored once for every test here."""
    return {label: score_set(folder, held_out=True) for label, folder in SETS.items()}


@pytest.fixture(scope="module")
def tuning() -> dict[str, dict[tuple[str, str], Score]]:
    """The two thirds of each set that the checks were tuned on."""
    return {label: score_set(folder, held_out=False) for label, folder in SETS.items()}


@pytest.mark.parametrize("label", SETS)
def test_the_held_out_third_is_frozen_and_a_third(label):
    """A third of the job asks and of the rest, of each kind, with the first run kept beside."""
    folder = SETS[label]
    frozen = held_out_ids(folder)
    first_run = json.loads((folder / "first_run.json").read_text(encoding="utf-8"))
    found = items(folder)
    assert sorted(found) == ["question", "request"]
    ids = [item["id"] for entries in found.values() for item in entries]
    assert len(ids) == len(set(ids)) == 300 and set(ids) >= frozen
    thirds = 0
    for path in sorted(folder.glob("*.toml")):  # a third of each style, kind and label
        for entries in tomllib.loads(path.read_text(encoding="utf-8")).values():
            for ask in (True, False):
                group = [i["id"] for i in entries if ("job-request" in i["flags"]) == ask]
                assert sum(i in frozen for i in group) == round(len(group) / 3), path.name
                thirds += round(len(group) / 3)
    assert len(frozen) == thirds
    for kind, rule in PAIRS:
        first = first_run["held_out"][f"{kind}/{rule}"]
        labelled = sum(
            rule in i["flags"] and not (rule == "closed-question" and "job-request" in i["flags"])
            for i in found[kind]
            if i["id"] in frozen
        )
        assert first["tp"] + first["fn"] == labelled


# The figures reached on each held-out third when the tuning was finished (scored once, see the
# module docstring). A bar is set at the figure reached, or at the goal where it was met, so
# that it cannot slip unnoticed; raise it from new text, never from the held-out items.
REACHED = {
    "questions set held-out": {
        ("question", "job-request"): (0.95, 0.95),
        ("request", "job-request"): (0.93, 0.93),
        ("question", "closed-question"): (0.95, 0.88),
        ("question", "homework"): (0.95, 0.95),
    },
    "second questions set held-out": {
        ("question", "job-request"): (0.95, 0.95),
        ("request", "job-request"): (0.95, 0.95),
        ("question", "closed-question"): (0.95, 0.95),
        ("question", "homework"): (0.95, 0.95),
    },
    "third questions set held-out": {
        ("question", "job-request"): (0.95, 0.94),
        ("request", "job-request"): (0.95, 0.93),
        ("question", "closed-question"): (0.95, 0.92),
        ("question", "homework"): (0.88, 0.95),
    },
    "fourth questions set held-out": {
        ("question", "job-request"): (0.95, 0.94),
        ("request", "job-request"): (0.95, 0.93),
        ("question", "closed-question"): (0.95, 0.95),
        ("question", "homework"): (0.95, 0.95),
    },
    "fifth questions set held-out": {
        ("question", "job-request"): (0.95, 0.95),
        ("request", "job-request"): (0.93, 0.93),
        ("question", "closed-question"): (0.95, 0.85),
        ("question", "homework"): (0.90, 0.90),
    },
    "sixth questions set held-out": {
        ("question", "job-request"): (0.95, 0.80),
        ("request", "job-request"): (0.80, 0.80),
        ("question", "closed-question"): (0.90, 0.95),
        ("question", "homework"): (0.80, 0.80),
    },
    "seventh questions set held-out": {
        ("question", "job-request"): (0.86, 0.95),
        ("request", "job-request"): (0.93, 0.95),
        ("question", "closed-question"): (0.87, 0.95),
        ("question", "homework"): (0.95, 0.71),
    },
    "eighth questions set held-out": {
        ("question", "job-request"): (0.95, 0.90),
        ("request", "job-request"): (0.93, 0.95),
        ("question", "closed-question"): (0.95, 0.95),
        ("question", "homework"): (0.75, 0.85),
    },
    "ninth questions set held-out": {
        ("question", "job-request"): (0.95, 0.85),
        ("request", "job-request"): (0.93, 0.95),
        ("question", "closed-question"): (0.60, 0.95),
        ("question", "homework"): (0.80, 0.88),
    },
    "tenth questions set held-out": {
        ("question", "job-request"): (0.95, 0.85),
        ("request", "job-request"): (0.93, 0.95),
        ("question", "closed-question"): (0.92, 0.95),
        ("question", "homework"): (0.95, 0.95),
    },
    "eleventh questions set held-out": {
        ("question", "job-request"): (0.95, 0.95),
        ("request", "job-request"): (0.92, 0.86),
        ("question", "closed-question"): (0.95, 0.95),
        ("question", "homework"): (0.95, 0.95),
    },
    "twelfth questions set held-out": {
        ("question", "job-request"): (0.95, 0.95),
        ("request", "job-request"): (0.93, 0.95),
        ("question", "closed-question"): (0.57, 0.95),
        ("question", "homework"): (0.95, 0.85),
    },
    "thirteenth questions set held-out": {
        ("question", "job-request"): (0.95, 0.95),
        ("request", "job-request"): (0.95, 0.93),
        ("question", "closed-question"): (0.88, 0.95),
        ("question", "homework"): (0.95, 0.95),
    },
}


@pytest.mark.parametrize("label", SETS)
@pytest.mark.parametrize(("kind", "rule"), PAIRS)
def test_held_out_precision_and_recall(held_out, label, kind, rule):
    """A finding on unseen text is right, and a job ask is found, as often as reached."""
    score = held_out[label][(kind, rule)]
    precision, recall = REACHED[label][(kind, rule)]
    assert score.precision >= precision and score.recall >= recall, str(score)


@pytest.mark.parametrize("label", SETS)
@pytest.mark.parametrize("rule", ["closed-question", "homework"])
def test_held_out_question_rules_f1(held_out, label, rule):
    """closed-question and homework agree with the labels on unseen questions (F1 0.9, or as
    reached where short of it)."""
    assert held_out[label][("question", rule)].f1 >= F1_SHORT.get((label, rule), 0.9)


#: Where a held-out third's F1 falls short of 0.9: homework in the sixteenth to nineteenth
#: sets (facts about organisations in fields the shapes had not met: a game engine, a fleet),
#: and closed-question in the nineteenth and twenty-second, whose writers counted some polite
#: requests ("Would it be possible to…?") as yes-or-no questions where others did not, or the
#: other way about.
F1_SHORT = {
    ("sixth questions set held-out", "homework"): 0.79,
    ("seventh questions set held-out", "homework"): 0.83,
    ("eighth questions set held-out", "homework"): 0.79,
    ("ninth questions set held-out", "homework"): 0.84,
    ("ninth questions set held-out", "closed-question"): 0.74,
    ("twelfth questions set held-out", "closed-question"): 0.72,
}


#: Where the tuning two thirds fall short of 0.95: closed-question on the eleventh set (two
#: either/or questions labelled closed, where the rule is a plain yes or no), and homework on
#: the twentieth (two either/or questions about what a company sells or once did).
TUNING_SHORT = {
    ("questions set held-out", "question", "closed-question"): 0.92,
    ("tenth questions set held-out", "question", "homework"): 0.86,
}
#: Where the tuning two thirds' precision falls short of 0.94: closed-question on the sixteenth,
#: seventeenth, nineteenth and twentieth sets, whose writers did not count a polite request
#: ("Could you introduce me to someone in your customs team?") as a yes-or-no question; other
#: writers did, and the rule does; so on the twenty-first. Homework on the twentieth and
#: twenty-first: either-or questions and judgements ("Is the kitchen brigade at your restaurant
#: very hierarchical?") read as facts about the organisation.
TUNING_IMPRECISE = {
    ("sixth questions set held-out", "question", "closed-question"): 0.83,
    ("seventh questions set held-out", "question", "closed-question"): 0.92,
    ("ninth questions set held-out", "question", "closed-question"): 0.87,
    ("tenth questions set held-out", "question", "closed-question"): 0.92,
    ("tenth questions set held-out", "question", "homework"): 0.92,
    ("eleventh questions set held-out", "question", "closed-question"): 0.89,
    ("eleventh questions set held-out", "question", "homework"): 0.83,
}


@pytest.mark.parametrize("label", TUNED)
@pytest.mark.parametrize(("kind", "rule"), PAIRS)
def test_the_tuning_two_thirds_agree(tuning, label, kind, rule):
    """On the two thirds tuned on, precision is 0.94 or more and recall 0.95 or more."""
    score = tuning[label][(kind, rule)]
    assert score.precision >= TUNING_IMPRECISE.get((label, kind, rule), 0.94), str(score)
    assert score.recall >= TUNING_SHORT.get((label, kind, rule), 0.95), str(score)


#: The sets never learnt from, as a whole, as read by the finished checker: (precision, recall)
#: bars at the figures reached.
NEVER_LEARNT_REACHED = {
    "thirteenth questions set held-out": {
        ("question", "job-request"): (0.99, 0.98),
        ("request", "job-request"): (0.97, 0.95),
        ("question", "closed-question"): (0.91, 0.95),
        ("question", "homework"): (0.99, 0.99),
    },
}


@pytest.mark.parametrize("label", NEVER_LEARNT)
@pytest.mark.parametrize(("kind", "rule"), PAIRS)
def test_the_sets_never_learnt_from_read_as_they_were_found(held_out, tuning, label, kind, rule):
    """On all 300 items of each set never learnt from, the figures hold at what was found."""
    first_run = json.loads((SETS[label] / "first_run.json").read_text(encoding="utf-8"))
    whole = held_out[label][(kind, rule)] + tuning[label][(kind, rule)]
    tp, fp, fn = whole.true_positive, whole.false_positive, whole.false_negative
    found_then = first_run["all"][f"{kind}/{rule}"]
    assert found_then["tp"] + found_then["fn"] == tp + fn  # the labels are as they were
    precision, recall = NEVER_LEARNT_REACHED[label][(kind, rule)]
    assert tp / (tp + fp) >= precision and tp / (tp + fn) >= recall, (tp, fp, fn)


@pytest.mark.parametrize("label", NEVER_LEARNT)
def test_the_sets_never_learnt_from_are_not_learnt_from(label):
    """Neither reading of the wording learns from any text of the sets never learnt from."""
    never = {i["id"] for entries in items(SETS[label]).values() for i in entries}
    for texts in READINGS:
        assert never.isdisjoint(text_id for text_id, _, _ in train_wording.labelled_texts(texts))


def test_the_bench_rows_agree_with_this_scoring(held_out):
    """make bench's rows for these sets (bench/checks.py) give the same figures as these tests."""
    bench = bench_checks()
    rows = [name for name, *_ in bench.rows()]
    for label, folder in SETS.items():
        counts = bench.counts(folder, bench.QUESTIONS_RULES)
        for key, score in held_out[label].items():
            assert counts[key] == (score.true_positive, score.false_positive, score.false_negative)
        assert sum(name.startswith(f"(k) {label} ") for name in rows) == 6

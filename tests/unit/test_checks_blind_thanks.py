"""The job-request check measured on the blind thank-you set: notes written after the checker,
by someone who never saw it, most of whose job asks are indirect.

tests/data/blind_thanks/{students,career_changers,eal}.toml (150 thank-you notes, 60 of them
job asks) were written and labelled without sight of the checker. heldout.txt lists the frozen
held-out third, chosen before any tuning on this set: the checker was tuned on the other ids
only, and the held-out items are only ever scored, never shown (a failure here names figures
and ids, never an item's text).

Goal on the held-out third: job-request precision and recall of 0.95 or more. Figures on the
first run (first_run.json, before any tuning on this set) and with the checker tuned on the
other two thirds, scored once when the tuning was finished:

=========================  ================  ================
thank-you set              first run P / R   final P / R
=========================  ================  ================
tuning two thirds          1.00 / 0.71       1.00 / 1.00
held-out third             1.00 / 0.56       1.00 / 0.56  (goal not reached)
=========================  ================  ================

The tuning built families, not items, from the 12 misses on the two thirds (tests/data/
job_ask_paraphrases.toml, ids t3-*, asks and near-misses written for each family): whoever
hires described by what they do ("the person who puts the crew together", "whoever picks next
year's cohort") with something of the writer's handed to them or good words asked for; being
among those they approach, or told before anyone else when a place may come; time, volunteer,
freelance or trial work offered to their own team; and conditions on work they cannot cover
themselves, a team that ends up needing someone, or "next time your crew is a person down".
The held-out third did not move: 10 of its 18 asks are found, the same number as on the
first run, and 8 are missed (bt-t-054, bt-t-062, bt-t-072, bt-t-096, bt-t-112, bt-t-119,
bt-t-133, bt-t-144), with no false finding. The families reach the tuning notes and their
paraphrases but not, as worded, these eight; their texts stay unread, so that this third stays
fit to measure the next round (one more found moves recall by 0.06).
"""

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from infointerview.checks import check_thank_you

THANKS = Path(__file__).resolve().parents[1] / "data" / "blind_thanks"
HELD_OUT = frozenset(
    line.strip()
    for line in (THANKS / "heldout.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)


@dataclass
class Score:
    """job-request counts on one part of the set, with the ids (never the texts) it got wrong."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    wrong: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positive + self.false_negative
        return self.true_positive / labelled if labelled else 1.0

    def __str__(self) -> str:
        return (
            f"P {self.precision:.3f} R {self.recall:.3f} "
            f"(tp {self.true_positive}, fp {self.false_positive}, fn {self.false_negative}; "
            f"wrong: {', '.join(self.wrong) or 'none'})"
        )


def _notes() -> list[dict]:
    notes = []
    for path in sorted(THANKS.glob("*.toml")):
        notes += tomllib.loads(path.read_text(encoding="utf-8"))["thank_you"]
    return notes


def _score(held_out: bool) -> Score:
    score = Score()
    for note in _notes():
        if (note["id"] in HELD_OUT) != held_out:
            continue
        want = "job-request" in note["flags"]
        got = "job-request" in {finding.rule for finding in check_thank_you(note["text"])}
        if want and got:
            score.true_positive += 1
        elif got:
            score.false_positive += 1
            score.wrong += (note["id"],)
        elif want:
            score.false_negative += 1
            score.wrong += (note["id"],)
    return score


@pytest.fixture(scope="module")
def held_out() -> Score:
    """The held-out third of the thank-you set, scored once for every test here."""
    return _score(held_out=True)


@pytest.fixture(scope="module")
def tuning() -> Score:
    """The two thirds of the thank-you set the checker was tuned on."""
    return _score(held_out=False)


def test_the_held_out_third_is_frozen_and_a_third():
    """A third of the 150 notes, with asks and clean notes in it, and the first run kept."""
    notes = _notes()
    ids = {note["id"] for note in notes}
    assert len(notes) == len(ids) == 150 and ids >= HELD_OUT
    assert 0.25 <= len(HELD_OUT) / len(ids) <= 0.4
    asks = sum("job-request" in n["flags"] for n in notes if n["id"] in HELD_OUT)
    assert 0 < asks < len(HELD_OUT)
    first_run = json.loads((THANKS / "first_run.json").read_text())
    assert first_run["held_out"]["tp"] + first_run["held_out"]["fn"] == asks


def test_held_out_precision(held_out):
    """A job ask named in an unseen thank-you note is right at least 95 times in 100."""
    assert held_out.precision >= 0.95, str(held_out)


# The recall reached on the held-out third when the tuning was finished (scored once, see the
# module docstring). The bar is set at the figure reached so that it cannot slip unnoticed;
# raise it as the shapes grow, from new text, never from the held-out items themselves.
RECALL_REACHED = 0.55


def test_held_out_recall(held_out):
    """Job asks in unseen thank-you notes are found at least as often as when tuning ended."""
    assert held_out.recall >= RECALL_REACHED, str(held_out)


def test_the_tuning_two_thirds_agree(tuning):
    """On the two thirds tuned on, job-request precision and recall are 0.95 or more."""
    assert tuning.precision >= 0.95 and tuning.recall >= 0.95, str(tuning)


def test_the_bench_rows_agree_with_this_scoring(held_out):
    """make bench's thank-you set rows (bench/checks.py) give the same figures as these tests."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "bench" / "checks.py"
    spec = importlib.util.spec_from_file_location("bench_checks", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    counts = bench.counts(bench.THANKS, bench.THANKS_RULES)
    assert counts == {
        ("thank_you", "job-request"): (
            held_out.true_positive,
            held_out.false_positive,
            held_out.false_negative,
        )
    }
    rows = [row for row in bench.rows() if row[0].startswith("(k) thank-you set held-out ")]
    assert [name.split(": 1 - ")[1][0] for name, *_ in rows] == ["P", "R"]
    for (_name, shortfall, base, goal), figure in zip(
        rows, (held_out.precision, held_out.recall), strict=True
    ):
        assert shortfall == pytest.approx(1.0 - figure) and base == 1.0 and goal == 0.05

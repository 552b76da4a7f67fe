"""Scoring the blind labelled sets: shared by the tests of each set (never a test itself).

A set is a folder of TOML files (one table array per kind of text) with its frozen held-out ids
in heldout.txt. Scores name the ids an item was got wrong on, never its text.
"""

from __future__ import annotations

import importlib.util
import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from infointerview.checks import check_question, check_request, check_thank_you

DATA = Path(__file__).resolve().parents[1] / "data"
CHECK = {"question": check_question, "request": check_request, "thank_you": check_thank_you}
RULES = {
    "question": ("job-request", "closed-question", "homework"),
    "request": ("job-request",),
    "thank_you": ("job-request",),
}


def held_out_ids(folder: Path) -> frozenset[str]:
    """The frozen held-out ids of a set (its heldout.txt, comments left out)."""
    return frozenset(
        line.strip()
        for line in (folder / "heldout.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )


def items(folder: Path) -> dict[str, list[dict]]:
    """Every item of a set, by kind of text."""
    found: dict[str, list[dict]] = {}
    for path in sorted(folder.glob("*.toml")):
        for kind, entries in tomllib.loads(path.read_text(encoding="utf-8")).items():
            found.setdefault(kind, []).extend(entries)
    return found


@dataclass
class Score:
    """Counts for one rule on one kind of text, with the ids (never the texts) it got wrong."""

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

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: Score) -> Score:
        """The counts of two parts of a set together (its held-out third and the rest)."""
        return Score(
            self.true_positive + other.true_positive,
            self.false_positive + other.false_positive,
            self.false_negative + other.false_negative,
            self.wrong + other.wrong,
        )

    def __str__(self) -> str:
        return (
            f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} "
            f"(tp {self.true_positive}, fp {self.false_positive}, fn {self.false_negative}; "
            f"wrong: {', '.join(self.wrong) or 'none'})"
        )


def score_set(folder: Path, *, held_out: bool) -> dict[tuple[str, str], Score]:
    """Score the held-out third (or the tuning two thirds) of a set, per (kind, rule).

    As the sets were labelled, a question that is a job ask is not scored for closed-question.
    """
    held = held_out_ids(folder)
    scores: dict[tuple[str, str], Score] = {}
    for kind, entries in items(folder).items():
        for item in entries:
            if (item["id"] in held) != held_out:
                continue
            found = {finding.rule for finding in CHECK[kind](item["text"])}
            for rule in RULES[kind]:
                if rule == "closed-question" and "job-request" in item["flags"]:
                    continue
                want, got = rule in item["flags"], rule in found
                tally = scores.setdefault((kind, rule), Score())
                if want and got:
                    tally.true_positive += 1
                elif got:
                    tally.false_positive += 1
                    tally.wrong += (item["id"],)
                elif want:
                    tally.false_negative += 1
                    tally.wrong += (item["id"],)
    return scores


#: The one rule the thank-you sets are scored for.
JOB_ASK = ("thank_you", "job-request")


def thanks_scored(folder: Path, *, held_out: bool = True) -> Score:
    """A thank-you set's job-request score on its held-out third (or its tuning two thirds)."""
    return score_set(folder, held_out=held_out)[JOB_ASK]


def assert_frozen_third(folder: Path, notes: int, held: int) -> None:
    """A thank-you set holds ``notes`` notes with unique ids, ``held`` of them frozen as its
    held-out third (asks and clean notes both), and its first run's figures agree with that."""
    found = items(folder)["thank_you"]
    ids = {note["id"] for note in found}
    frozen = held_out_ids(folder)
    assert len(found) == len(ids) == notes and ids >= frozen and len(frozen) == held
    asks = sum("job-request" in note["flags"] for note in found if note["id"] in frozen)
    assert 0 < asks < held
    first_run = json.loads((folder / "first_run.json").read_text(encoding="utf-8"))
    assert first_run["held_out"]["tp"] + first_run["held_out"]["fn"] == asks


@cache
def bench_checks() -> ModuleType:
    """bench/checks.py, the scorer `make bench` prints from (bench/ is not a package)."""
    path = Path(__file__).resolve().parents[2] / "bench" / "checks.py"
    spec = importlib.util.spec_from_file_location("bench_checks", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_bench_agrees_on_thanks(folder: Path, label: str, held_out: Score) -> None:
    """make bench's rows for a thank-you set (``label``, its key in THANK_YOU_SETS) give the
    counts and figures of ``held_out``, its held-out third as the tests score it."""
    bench = bench_checks()
    assert bench.THANK_YOU_SETS[label] == folder
    assert bench.counts(folder, bench.THANKS_RULES) == {
        JOB_ASK: (
            held_out.true_positive,
            held_out.false_positive,
            held_out.false_negative,
        )
    }
    rows = bench.thank_you_rows(label)
    assert all(name.startswith(f"(k) {label} ") for name, *_ in rows)
    assert [name.split(": 1 - ")[1][0] for name, *_ in rows] == ["P", "R"]
    for (_name, shortfall, base, goal), figure in zip(
        rows, (held_out.precision, held_out.recall), strict=True
    ):
        assert abs(shortfall - (1.0 - figure)) < 1e-9 and base == 1.0 and goal == 0.05

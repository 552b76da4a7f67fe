"""Per-rule precision and recall of the checks on the frozen held-out thirds of the blind sets.

Thirty-two blind sets, each with its own frozen held-out third: tests/data/blind (the first, tuned
on in two rounds), tests/data/blind_fresh (written later by someone who never saw the checker;
its rows are named "fresh held-out"), seventeen sets of thank-you notes only, most of their job
asks indirect, scored for job-request only and named in THANK_YOU_SETS: 150 notes in
tests/data/blind_thanks, then 180, 120, 150, 120, and 150 in each of twelve more by other
helpers, the last never learnt from; and thirteen sets of questions and requests only
(QUESTIONS_SETS: 300 items each, most of their job asks indirect; the last never learnt from).
``rows()`` gives one row per set, rule, kind of text and figure, in the shape of the rows in
bench/run.py: (name, shortfall from a perfect 1.0, 1.0, goal). A row is met when the shortfall
is within its goal: 0.05 for job-request precision and recall (the goal of 0.95), and 0.10 for
closed-question and homework F1 (the goal of 0.9; each name also gives precision and recall).
The last rows count every held-out third together: its questions (per rule), its requests and
its thank-you notes. As in tests/unit/test_checks_blind.py, a question that is a job ask is not
scored for closed-question.

Run on its own (``python bench/checks.py``) it prints the table.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
BLIND = DATA / "blind"
FRESH = DATA / "blind_fresh"
#: Each blind set, and the word its rows are named with.
SETS = {"held-out": BLIND, "fresh held-out": FRESH}
RULES = {
    "question": ("job-request", "closed-question", "homework"),
    "request": ("job-request",),
    "thank_you": ("job-request",),
}
#: The thank-you sets hold only thank-you notes, scored for job-request.
THANKS_RULES = {"thank_you": ("job-request",)}
#: The questions sets hold only questions and requests.
QUESTIONS_RULES = {kind: RULES[kind] for kind in ("question", "request")}
#: Each set of questions and requests, and the words its rows are named with.
QUESTIONS_SETS = {
    "questions set held-out": DATA / "blind_questions",
    "second questions set held-out": DATA / "blind_questions_second",
    "third questions set held-out": DATA / "blind_questions_third",
    "fourth questions set held-out": DATA / "blind_questions_fourth",
    "fifth questions set held-out": DATA / "blind_questions_fifth",
    "sixth questions set held-out": DATA / "blind_questions_sixth",
    "seventh questions set held-out": DATA / "blind_questions_seventh",
    "eighth questions set held-out": DATA / "blind_questions_eighth",
    "ninth questions set held-out": DATA / "blind_questions_ninth",
    "tenth questions set held-out": DATA / "blind_questions_tenth",
    "eleventh questions set held-out": DATA / "blind_questions_eleventh",
    "twelfth questions set held-out": DATA / "blind_questions_twelfth",
    "thirteenth questions set held-out": DATA / "blind_questions_thirteenth",
}
#: Each thank-you set, and the words its rows are named with.
THANK_YOU_SETS = {
    "thank-you set held-out": DATA / "blind_thanks",
    "second thank-you set held-out": DATA / "blind_thanks_new",
    "third thank-you set held-out": DATA / "blind_thanks_third",
    "fourth thank-you set held-out": DATA / "blind_thanks_fourth",
    "fifth thank-you set held-out": DATA / "blind_thanks_fifth",
    "sixth thank-you set held-out": DATA / "blind_thanks_sixth",
    "seventh thank-you set held-out": DATA / "blind_thanks_seventh",
    "eighth thank-you set held-out": DATA / "blind_thanks_eighth",
    "ninth thank-you set held-out": DATA / "blind_thanks_ninth",
    "tenth thank-you set held-out": DATA / "blind_thanks_tenth",
    "eleventh thank-you set held-out": DATA / "blind_thanks_eleventh",
    "twelfth thank-you set held-out": DATA / "blind_thanks_twelfth",
    "thirteenth thank-you set held-out": DATA / "blind_thanks_thirteenth",
    "fourteenth thank-you set held-out": DATA / "blind_thanks_fourteenth",
    "fifteenth thank-you set held-out": DATA / "blind_thanks_fifteenth",
    "sixteenth thank-you set held-out": DATA / "blind_thanks_sixteenth",
    "seventeenth thank-you set held-out": DATA / "blind_thanks_seventeenth",
}
JOB_ASK = ("thank_you", "job-request")
#: The name of the rows that count every held-out third of every set together.
POOLED = "every held-out third, pooled:"
WHERE = {"question": "questions", "request": "requests", "thank_you": "thank-yous"}
GOAL = {"job-request": 0.05, "closed-question": 0.10, "homework": 0.10}


def held_out_ids(folder: Path = BLIND) -> frozenset[str]:
    """The ids of a blind set's frozen held-out third (its heldout.txt)."""
    lines = (folder / "heldout.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def counts(
    folder: Path = BLIND, rules: dict[str, tuple[str, ...]] = RULES
) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(kind, rule) -> (true positives, false positives, false negatives) on a held-out third."""
    from infointerview.checks import check_question, check_request, check_thank_you

    check = {"question": check_question, "request": check_request, "thank_you": check_thank_you}
    held = held_out_ids(folder)
    tallies: dict[tuple[str, str], list[int]] = {
        (kind, rule): [0, 0, 0] for kind, kind_rules in rules.items() for rule in kind_rules
    }
    for path in sorted(folder.glob("*.toml")):
        for kind, items in tomllib.loads(path.read_text(encoding="utf-8")).items():
            for item in (i for i in items if i["id"] in held):
                found = {finding.rule for finding in check[kind](item["text"])}
                for rule in rules[kind]:
                    if rule == "closed-question" and "job-request" in item["flags"]:
                        continue
                    want, got = rule in item["flags"], rule in found
                    if want or got:
                        tallies[(kind, rule)][0 if want and got else 1 if got else 2] += 1
    return {key: (tp, fp, fn) for key, (tp, fp, fn) in tallies.items()}


def rows() -> list[tuple[str, float, float, float]]:
    """Per set and rule: (name, 1 - figure, 1.0, goal for the shortfall). job-request gets a
    precision and a recall row (goal 0.95 each); closed-question and homework one F1 row (goal
    0.9), whose name gives precision and recall too. Then every held-out third counted
    together, per kind of text and rule."""
    found = []
    pooled = {(kind, rule): [0, 0, 0] for kind, kind_rules in RULES.items() for rule in kind_rules}

    def add(label: str, tallies: dict[tuple[str, str], tuple[int, int, int]]) -> None:
        for key, tally in tallies.items():
            pooled[key] = [a + b for a, b in zip(pooled[key], tally, strict=True)]
        found.extend(_rows(label, tallies))

    for label, folder in SETS.items():
        add(label, counts(folder))
    for label, folder in QUESTIONS_SETS.items():
        add(label, counts(folder, QUESTIONS_RULES))
    for label, folder in THANK_YOU_SETS.items():
        add(label, counts(folder, THANKS_RULES))
    return found + _rows(POOLED, {key: (tp, fp, fn) for key, (tp, fp, fn) in pooled.items()})


def thank_you_rows(label: str) -> list[tuple[str, float, float, float]]:
    """The rows of one thank-you set (a key of THANK_YOU_SETS), as ``rows()`` gives them."""
    return _rows(label, counts(THANK_YOU_SETS[label], THANKS_RULES))


def _rows(
    label: str, tallies: dict[tuple[str, str], tuple[int, int, int]]
) -> list[tuple[str, float, float, float]]:
    found = []
    for (kind, rule), (tp, fp, fn) in tallies.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if rule == "job-request":
            for figure, value in (("P", precision), ("R", recall)):
                name = f"(k) {label} {WHERE[kind]} {rule}: 1 - {figure} ({value:.2f})"
                found.append((name, round(1.0 - value, 9), 1.0, GOAL[rule]))
        else:
            name = f"(k) {label} {WHERE[kind]} {rule}: 1 - F1 (P {precision:.2f} R {recall:.2f})"
            found.append((name, round(1.0 - f1, 9), 1.0, GOAL[rule]))
    return found


def main() -> int:
    print(f"{'measure':<74} {'1 - P/R':>7} {'goal':>6}  met")
    for name, value, base, goal in rows():
        ratio = value / base
        print(f"{name:<74} {ratio:>7.3f} {'≤' + str(goal):>6}  {'yes' if ratio <= goal else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

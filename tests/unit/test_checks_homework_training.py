"""Homework is found in fact questions about organisations, however they are worded.

tests/data/homework_training.toml holds 200 questions in pairs, written by a helper who never
saw the checker: a plain fact about an organisation that its website would answer, and a
look-alike in the same words that asks for the contact's experience or judgement. The homework
shapes (patterns in content/checks.toml, and the reading of a question's shape in
infointerview.checks) were tuned on them, so these figures are not held-out figures: they keep
the shapes from slipping. The held-out figures are in test_checks_blind*.py.
"""

import tomllib
from pathlib import Path

from infointerview.checks import check_question

PAIRS = Path(__file__).resolve().parents[1] / "data" / "homework_training.toml"


def _scored() -> tuple[int, int, int]:
    questions = tomllib.loads(PAIRS.read_text(encoding="utf-8"))["question"]
    assert len(questions) == 200
    tp = fp = fn = 0
    for question in questions:
        found = any(f.rule == "homework" for f in check_question(question["text"]))
        wanted = "homework" in question["flags"]
        tp, fp, fn = (
            tp + (found and wanted),
            fp + (found and not wanted),
            fn + (wanted and not found),
        )
    return tp, fp, fn


def test_fact_questions_are_found_and_their_look_alikes_are_not():
    """95 of the 100 fact questions are found, and none of the 100 look-alikes is flagged."""
    tp, fp, fn = _scored()
    assert (tp, fp) == (95, 0), (tp, fp, fn)


def test_a_fact_about_the_contact_is_not_homework():
    """A question about the contact's own work, or about a judgement, is not homework."""
    for question in (
        "How many people are you working with every day?",
        "Which hotel group owns the Harbour Hotel, and how has that changed your work?",
        "What does a typical week look like at the clinic?",
        "Is it worth joining the professional body early?",
    ):
        assert not any(f.rule == "homework" for f in check_question(question)), question
    assert any(
        f.rule == "homework" for f in check_question("Which hotel group owns the Harbour Hotel?")
    )

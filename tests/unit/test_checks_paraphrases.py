"""The job-request check on paraphrases written to widen it (tests/data/job_ask_paraphrases.toml).

These were written while tuning, never copied from the frozen held-out third, so they are
tuning data: every item must be read as labelled, in both directions, so that a later change
that loses one of the shapes, or starts flagging a note that only sounds like an ask, fails.
Questions are read for homework too (a question research would answer), in both directions.
"""

import tomllib
from pathlib import Path

import pytest

from infointerview.checks import check_question, check_request, check_thank_you

DATA = Path(__file__).resolve().parents[1] / "data" / "job_ask_paraphrases.toml"
ITEMS = [
    (kind, item)
    for kind, items in tomllib.loads(DATA.read_text(encoding="utf-8")).items()
    for item in items
]
CHECK = {"question": check_question, "request": check_request, "thank_you": check_thank_you}


def test_the_set_has_both_directions_in_each_kind():
    """Asks and near-misses, in thank-you notes and requests alike."""
    for kind in ("thank_you", "request"):
        flags = [bool(item["flags"]) for k, item in ITEMS if k == kind]
        assert flags.count(True) >= 10 and flags.count(False) >= 6, kind


@pytest.mark.parametrize(
    ("kind", "item"),
    [(k, i) for k, i in ITEMS if "job-request" in i["flags"]],
    ids=lambda v: v["id"] if isinstance(v, dict) else v,
)
def test_a_buried_job_ask_is_found(kind, item):
    """A job ask worded indirectly, or in a P.S., is still named."""
    assert "job-request" in {f.rule for f in CHECK[kind](item["text"])}


@pytest.mark.parametrize(
    ("kind", "item"),
    [(k, i) for k, i in ITEMS if "job-request" not in i["flags"]],
    ids=lambda v: v["id"] if isinstance(v, dict) else v,
)
def test_a_note_that_only_sounds_like_an_ask_is_left_alone(kind, item):
    """Thanks, plans and advice that mention hiring, CVs or teams are not called a job ask."""
    assert "job-request" not in {f.rule for f in CHECK[kind](item["text"])}


@pytest.mark.parametrize(
    ("kind", "item"),
    [(k, i) for k, i in ITEMS if k == "question"],
    ids=lambda v: v["id"] if isinstance(v, dict) else v,
)
def test_a_question_research_answers_is_homework_and_no_other_is(kind, item):
    """What the organisation mainly does and where it has offices is homework; their view isn't."""
    found = {f.rule for f in check_question(item["text"])}
    assert ("homework" in found) == ("homework" in item["flags"])


def test_questions_come_in_both_directions():
    """Job asks, homework and fair questions are all among the questions."""
    flags = [item["flags"] for kind, item in ITEMS if kind == "question"]
    assert sum("job-request" in f for f in flags) >= 10
    assert sum("homework" in f for f in flags) >= 10
    assert sum(not f for f in flags) >= 10

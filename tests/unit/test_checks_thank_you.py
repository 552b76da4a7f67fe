"""Tests for checks.check_thank_you against hand-labelled notes, both rules both ways."""

import tomllib
from pathlib import Path

import pytest

from infointerview.checks import THANK_YOU_RULES, check_thank_you

# Labelled without sight of the checker; its first run agreed on 58 of 78 notes.
NOTES = tomllib.loads(
    (Path(__file__).resolve().parents[1] / "data" / "thank_you_notes.toml").read_text()
)["note"]


def test_the_labelled_set_is_big_and_balanced():
    """At least 40 notes; each rule fires and stays quiet at least fifteen times."""
    assert len(NOTES) >= 40
    for rule in THANK_YOU_RULES:
        flagged = sum(rule in n["flags"] for n in NOTES)
        assert flagged >= 15 and len(NOTES) - flagged >= 15, rule


@pytest.mark.parametrize("rule", THANK_YOU_RULES)
@pytest.mark.parametrize("note", NOTES, ids=[n["id"] for n in NOTES])
def test_each_rule_agrees_with_the_label(note, rule):
    """A rule fires on a labelled note exactly when a careful human said it should."""
    fired = {finding.rule for finding in check_thank_you(note["text"])}
    assert (rule in fired) == (rule in note["flags"]), note["why"]


def test_reusing_the_meeting_notes_makes_a_note_specific():
    """A word from the meeting notes counts as naming something particular."""
    note = "Dear Priya, thank you so much for your time and advice. Best, Sam"
    assert [f.rule for f in check_thank_you(note)] == ["not-specific"]
    assert (
        check_thank_you(
            note + " I'll look up the cartography guild.",
            meeting_notes="Join the cartography guild",
        )
        == []
    )


def test_bad_input_is_handled():
    """Empty, huge and markup-filled notes are checked calmly; non-text is refused."""
    assert [f.rule for f in check_thank_you("")] == ["not-specific"]
    assert isinstance(check_thank_you("<script>x</script> " * 5000), list)
    with pytest.raises(TypeError):
        check_thank_you(None)


def test_a_finding_points_at_the_words_even_after_leading_spaces():
    """`where` indexes the note as typed, not as stripped (found by fuzzing)."""
    note = "\n\n  Thank you! Do you have any openings on your team?"
    finding = next(f for f in check_thank_you(note) if f.rule == "job-request")
    start, end = finding.where
    assert "opening" in note[start:end]

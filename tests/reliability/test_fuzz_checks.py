"""Fuzzing the etiquette checks: any text in, findings out, never a crash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from infointerview import checks
from infointerview.checks import Finding

from .fuzzing import Fuzz, Recorder, ints, participant_text


def _sound(findings: list[Finding], text: str, rules: tuple[str, ...]) -> None:
    """Findings come from the rule set, once each, with a reason and a span inside the text.

    A text the checks cannot read as English gets the one not-english finding instead.
    """
    ids = [finding.rule for finding in findings]
    if checks.NOT_ENGLISH in ids:
        assert ids == [checks.NOT_ENGLISH], ids
        assert findings[0].message.strip() and findings[0].where is None
        return
    assert set(ids) <= set(rules), ids
    assert len(ids) == len(set(ids)), f"a rule was reported twice: {ids}"
    assert ids == sorted(ids, key=rules.index), f"findings out of rule order: {ids}"
    for finding in findings:
        assert finding.message.strip(), finding
        if finding.where is not None:
            start, end = finding.where
            assert 0 <= start < end <= len(text), (finding.where, len(text))


def _shifted(findings: list[Finding], by: int) -> list[tuple[str, tuple[int, int] | None]]:
    return [
        (f.rule, None if f.where is None else (f.where[0] + by, f.where[1] + by)) for f in findings
    ]


def test_fuzz_checks(figures: Recorder) -> None:
    """Every check answers any text with sound findings; a bad word limit gets a plain refusal."""
    words = Fuzz("checks.count_words")
    lengths = Fuzz("checks.durations")
    request = Fuzz("checks.check_request", ValueError)
    question = Fuzz("checks.check_question")
    thank_you = Fuzz("checks.check_thank_you")
    tips = Fuzz("checks.tips")

    @given(
        text=participant_text(),
        notes=participant_text(long=False),
        limit=st.one_of(st.none(), ints(low=0, high=1_100)),
    )
    def run(text: str, notes: str, limit: int | None) -> None:
        with words.example(text):
            counted = checks.count_words(text)
            assert 0 <= counted <= len(text)
            assert checks.count_words(text + " " + text) == 2 * counted
        with lengths.example(text):
            for minutes, (start, end) in checks.durations(text):
                assert minutes >= 0
                assert 0 <= start < end <= len(text) and text[start:end].strip()
        with request.example(text, limit):
            findings = checks.check_request(text, limit)
            _sound(findings, text, checks.REQUEST_RULES)
            again = checks.check_request(" " + text, limit)
            assert _shifted(again, -1) == _shifted(findings, 0), "a leading space moved them"
        with question.example(text):
            findings = checks.check_question(text)
            _sound(findings, text, checks.QUESTION_RULES)
            again = checks.check_question("  " + text)
            assert _shifted(again, -2) == _shifted(findings, 0), "leading spaces moved them"
        with thank_you.example(text, notes):
            findings = checks.check_thank_you(text, meeting_notes=notes)
            _sound(findings, text, checks.THANK_YOU_RULES)
            again = checks.check_thank_you("  " + text, meeting_notes=notes)
            assert _shifted(again, -2) == _shifted(findings, 0), "leading spaces moved them"
        with tips.example(text):
            found = checks.tips(text)
            _sound(found, text, (checks.MENTIONS_HIRING,))
            assert _shifted(checks.tips("  " + text), -2) == _shifted(found, 0)

    Fuzz.run_all(run, figures, words, lengths, request, question, thank_you, tips)

"""Tests for infointerview.content: the workshop's phases and self-checks as data."""

import pytest

from infointerview import content, self_check


def test_there_is_one_phase_per_notebook_in_order():
    """Seven phases, numbered 0 to 6, each naming its notebook file."""
    phases = content.phases()
    assert [p.number for p in phases] == list(range(7))
    assert phases[0].notebook == "00-welcome.ipynb"
    assert phases[6].notebook == "06-networking-log.ipynb"


def test_a_two_hour_workshop_fits_the_phase_minutes():
    """All phases together fit in a two-hour session."""
    total = sum(p.teaching_minutes + p.exercise_minutes for p in content.phases())
    assert total <= 110, "leave at least ten minutes of a two-hour session for a break"


@pytest.mark.parametrize("name", ["1", "01", "research", "01-research", "01-research.ipynb"])
def test_a_phase_can_be_named_by_number_or_name(name):
    """People type phases as numbers or names; all forms find the same phase."""
    assert content.find_phase(name).slug == "research"


def test_an_unknown_phase_lists_the_choices():
    """Asking for a phase that does not exist lists the ones that do."""
    with pytest.raises(LookupError, match="00 \\(welcome\\)"):
        content.find_phase("lunch")


def test_every_self_check_question_has_one_right_answer_and_feedback_on_all():
    """Each welcome question has exactly one correct answer and feedback on every answer."""
    questions = self_check.questions("00-welcome")
    assert len(questions) == 3
    for question in questions:
        assert sum(a.correct for a in question.options) == 1
        assert all(len(a.feedback) > 20 for a in question.options)

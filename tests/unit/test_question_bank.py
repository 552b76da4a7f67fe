"""The built-in question bank: big enough, balanced, and every question passes its own checks."""

from collections import Counter

import pytest

from infointerview import content
from infointerview.checks import check_question

BANK = content.question_bank()


def test_the_bank_has_eighty_questions_in_six_categories():
    """At least 80 questions, every category and TIARA letter well represented."""
    assert len(BANK.questions) >= 80 and BANK.problems == ()
    categories = Counter(q.category for q in BANK.questions)
    assert set(categories) == set(content.CATEGORIES) and min(categories.values()) >= 10
    assert set(Counter(q.tiara for q in BANK.questions)) == set(content.TIARA)


def test_every_learning_goal_has_questions():
    """Each goal from the welcome profile is served by several questions."""
    goals = Counter(goal for q in BANK.questions for goal in q.goals)
    assert all(goals[goal] >= 10 for goal in content.GOALS)


@pytest.mark.parametrize("question", BANK.questions, ids=lambda q: q.id)
def test_every_bank_question_passes_the_checks(question):
    """No bank question is closed, homework or a job ask: they model what to ask."""
    assert check_question(question.text) == []


def test_filtering_by_category_and_goal():
    """The bank can be narrowed to a category and to the participant's goals, best first."""
    found = BANK.matching(category="trends", goals=("industry",))
    assert found and all(q.category == "trends" and "industry" in q.goals for q in found)
    assert [q.priority for q in found] == sorted(q.priority for q in found)


def test_an_instructor_can_add_questions(tmp_path, monkeypatch):
    """A questions.toml of the instructor's own adds to the bank."""
    (tmp_path / "questions.toml").write_text(
        '[[question]]\nid = "work-night-shifts"\ncategory = "work"\ntiara = "insights"\n'
        'minutes = 3\ngoals = ["job"]\ntext = "How do night shifts shape your week?"\n'
    )
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    bank = content.question_bank()
    assert len(bank.questions) == len(BANK.questions) + 1 and bank.problems == ()


def test_a_broken_question_file_is_reported(tmp_path, monkeypatch):
    """A question with an unknown category is named, and the built-in bank is used."""
    (tmp_path / "questions.toml").write_text(
        '[[question]]\nid = "x"\ncategory = "gossip"\ntiara = "insights"\nminutes = 3\n'
        'goals = ["job"]\ntext = "Who is dating whom?"\n'
    )
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    bank = content.question_bank()
    assert "category should be one of" in bank.problems[0]
    assert len(bank.questions) == len(BANK.questions)

"""The workspace keeps the first answer to each self-check question and never replaces it."""

from infointerview.store import Workspace


def test_first_answer_is_kept_and_later_ones_ignored():
    """A second click on another answer does not change what counts."""
    workspace = Workspace(":memory:")
    kept = workspace.record_self_check_answer("01-research", "q1", 2, correct=False)
    again = workspace.record_self_check_answer("01-research", "q1", 0, correct=True)
    assert (kept.answer, kept.correct) == (2, False)
    assert again == kept


def test_answers_by_notebook_and_all():
    """Answers are read back for one notebook by question, or all of them by notebook/question."""
    workspace = Workspace(":memory:")
    workspace.record_self_check_answer("01-research", "q1", 1, correct=True)
    workspace.record_self_check_answer("02-request", "q1", 0, correct=False)
    assert set(workspace.self_check_answers("01-research")) == {"q1"}
    assert set(workspace.self_check_answers()) == {"01-research/q1", "02-request/q1"}
    assert workspace.self_check_answers("03-prepare") == {}

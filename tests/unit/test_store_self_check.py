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


def test_the_shuffle_seed_is_made_once_and_kept(tmp_path):
    """The seed is random per workspace and the same every time it is read, after reopening too."""
    path = tmp_path / "workspace.sqlite"
    with Workspace(path) as workspace:
        seed = workspace.self_check_seed()
        assert len(seed) == 16 and workspace.self_check_seed() == seed
    with Workspace(path) as workspace:
        assert workspace.self_check_seed() == seed
    assert Workspace(":memory:").self_check_seed() != seed


def test_written_answers_are_replaced_by_the_latest():
    """A written answer keeps its latest version, per notebook and scenario."""
    workspace = Workspace(":memory:")
    workspace.save_written_answer("03-prepare", "open-the-question", "first")
    workspace.save_written_answer("03-prepare", "open-the-question", "second")
    workspace.save_written_answer("05-follow-up", "particular-thanks", "thanks")
    assert workspace.written_answers("03-prepare") == {"open-the-question": "second"}
    assert workspace.written_answers() == {
        "03-prepare/open-the-question": "second",
        "05-follow-up/particular-thanks": "thanks",
    }
    assert workspace.written_answers("06-networking-log") == {}
    assert workspace.coach_settings() == type(workspace.coach_settings())()

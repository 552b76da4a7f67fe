"""The self-check widget: the participant's own order, the first answer locked and saved,
feedback in a live region, and a writing box judged by the checks and kept in the workspace."""

from __future__ import annotations

from infointerview import self_check
from infointerview.store import Workspace
from infointerview.ui.self_check import SelfCheck


def _quiz(notebook: str, workspace: Workspace | None = None) -> SelfCheck:
    """A self-check with its questions built, as reaching it in the notebook does."""
    check = SelfCheck(notebook, workspace)
    check.start()
    return check


def _labels(check: SelfCheck) -> list[list[str]]:
    return [[label for label, _ in choice.options] for choice in check._choices]


def test_the_options_show_in_the_participants_order(workspace):
    """The options appear in this workspace's shuffled order, the same in a second widget."""
    check = _quiz("00-welcome", workspace)
    for question, choice in zip(self_check.questions("00-welcome"), check._choices, strict=True):
        order = self_check.order_for(workspace, "00-welcome", question)
        assert [value for _, value in choice.options] == list(order)
    assert _labels(_quiz("00-welcome", workspace)) == _labels(check)


def test_the_first_answer_is_saved_and_locked(workspace):
    """The first click is saved before feedback; a later click shows feedback but not the score."""
    check = _quiz("00-welcome", workspace)
    question = self_check.questions("00-welcome")[0]
    wrong = next(i for i, option in enumerate(question.options) if not option.correct)
    check._choices[0].value = wrong
    assert workspace.self_check_answers("00-welcome")[question.id].answer == wrong
    assert "ii-warning" in check._feedback[0].value
    assert 'role="status"' in check._feedback[0].value
    check._choices[0].value = question.right
    assert "ii-ok" in check._feedback[0].value
    assert "Your first answer counts" in check._feedback[0].value
    assert check.correct == 0 and "0 right so far" in check._score.value
    assert workspace.self_check_answers("00-welcome")[question.id].answer == wrong


def test_kept_answers_are_there_after_a_reload(tmp_path):
    """A new widget on the same file shows the kept answers, their feedback and the score."""
    path = tmp_path / "workspace.sqlite"
    asked = self_check.questions("06-networking-log")
    with Workspace(path) as workspace:
        check = _quiz("06-networking-log", workspace)
        for choice, question in zip(check._choices, asked, strict=True):
            choice.value = question.right
        assert "All 3 answered: 3 of 3 right" in check._score.value
    with Workspace(path) as workspace:
        again = _quiz("06-networking-log", workspace)
        assert [choice.value for choice in again._choices] == [q.right for q in asked]
        assert all("ii-ok" in feedback.value for feedback in again._feedback)
        assert "All 3 answered: 3 of 3 right" in again._score.value


def test_the_writing_box_is_checked_escaped_and_kept(workspace):
    """Check my answer shows the findings (typed text never rendered) and saves the text."""
    check = _quiz("00-welcome", workspace)
    [scenario] = self_check.scenarios("00-welcome")
    box, button, verdict = check._texts[0], check._checks[0], check._verdicts[0]
    assert box.value == scenario.text and box.description == "Your version"
    assert button.description == "Check my answer"
    box.value = "Could you pass my CV to whoever hires <b>analysts</b>?"
    button.click()
    assert "job-request" in verdict.value and 'role="status"' in verdict.value
    assert "<b>analysts</b>" not in verdict.value
    assert self_check.written(workspace, scenario) == box.value
    box.value = "What would you focus on if you were starting out as an analyst today?"
    button.click()
    assert "nothing to fix" in verdict.value and "One way to write it" in verdict.value
    assert _quiz("00-welcome", workspace)._texts[0].value == box.value


def test_the_unchanged_text_is_sent_back(workspace):
    """Checking the starting text as it is asks for a change and shows what the checks find."""
    check = _quiz("03-prepare", workspace)
    check._checks[0].click()
    assert "the text you started from" in check._verdicts[0].value
    assert "closed-question" in check._verdicts[0].value


def test_a_workspace_that_cannot_open_still_gives_a_quiz(monkeypatch):
    """With no usable workspace the quiz works and says its answers are not being saved."""
    from infointerview.store import WorkspaceError
    from infointerview.ui import self_check as ui

    def broken():
        raise WorkspaceError("The workspace file is damaged.")

    monkeypatch.setattr(ui, "open_workspace", broken)
    check = _quiz("02-request")
    assert "not being saved" in check._status.value
    check._choices[0].value = 0
    assert "Answered 1 of 3" in check._score.value


def test_the_questions_are_built_on_start_or_at_once_once_begun(workspace):
    """A new self-check shows one line and a Start button until Start is pressed; after an
    answer, it opens with its questions."""
    check = SelfCheck("00-welcome", workspace)
    assert not check.started and not check._choices
    assert "3 questions and 1 writing task" in check.children[0].value
    check._start.click()
    assert check.started and len(check._choices) == 3 and check._start not in check.children
    check._choices[0].value = 0
    assert SelfCheck("00-welcome", workspace).started  # begun before: shown at once

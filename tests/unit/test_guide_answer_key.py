"""The instructor guide's self-check answer key quotes the self-checks exactly."""

from pathlib import Path

from infointerview import self_check

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "instructor-guide.md"


def test_every_question_and_right_answer_is_in_the_key():
    """Each question is in the key with its right answer, so a rewritten answer cannot drift."""
    key = GUIDE.read_text(encoding="utf-8").split("## 8. Self-check answer key")[1]
    for notebook in self_check.notebooks():
        for question in self_check.questions(notebook):
            right = question.options[question.right].text
            assert f"**{question.prompt}**  \n   Answer: *{right}*" in key, question.id


def test_every_writing_task_is_in_the_key_with_an_answer_that_passes():
    """Each phase's text to rewrite is in the key, with the model answer the checks accept."""
    key = GUIDE.read_text(encoding="utf-8").split("## 8. Self-check answer key")[1]
    for scenario in self_check.scenarios():
        assert f"Starting text: *{scenario.text}*" in key, scenario.id
        assert f"One answer that passes the checks: *{scenario.example}*" in key, scenario.id

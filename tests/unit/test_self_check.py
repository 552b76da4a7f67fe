"""The self-checks: options shuffled per participant, balanced, first answer kept, results
summarised for progress, and writing scenarios judged by the workshop's own checks."""

from __future__ import annotations

import pytest

from infointerview import checks, content, self_check
from infointerview.store import Workspace

ALL_QUESTIONS = [
    (notebook, question)
    for notebook in self_check.notebooks()
    for question in self_check.questions(notebook)
]
PHASE_NOTEBOOKS = [phase.notebook.removesuffix(".ipynb") for phase in content.phases()]


@pytest.mark.parametrize(
    ("notebook", "question"), ALL_QUESTIONS, ids=[f"{n}/{q.id}" for n, q in ALL_QUESTIONS]
)
def test_the_right_answer_is_never_the_longest(notebook, question):
    """A participant cannot spot the right answer by its length: a wrong one is as long."""
    assert question.balanced(), [len(option.text) for option in question.options]
    lengths = [len(option.text) for option in question.options]
    assert max(lengths) <= 1.5 * min(lengths), lengths


def test_every_phase_has_a_quiz_with_stable_unique_ids():
    """Each phase's quiz exists and every question has its own id, under which answers are kept."""
    for notebook in PHASE_NOTEBOOKS:
        asked = self_check.questions(notebook)
        assert len(asked) >= 3
        assert len({question.id for question in asked}) == len(asked)
    assert "cohort-dashboard" in self_check.notebooks()


def test_a_notebook_without_a_quiz_is_named():
    """Asking for a quiz that does not exist names the notebook."""
    with pytest.raises(content.ContentError, match="'99-nowhere'"):
        self_check.questions("99-nowhere")


def test_the_order_is_stable_for_a_participant():
    """The same workspace always sees the same order, in this sitting and the next."""
    workspace = Workspace(":memory:")
    first = [self_check.order_for(workspace, n, q) for n, q in ALL_QUESTIONS]
    again = [self_check.order_for(workspace, n, q) for n, q in ALL_QUESTIONS]
    assert first == again
    for (_, question), order in zip(ALL_QUESTIONS, first, strict=True):
        assert sorted(order) == list(range(len(question.options)))


def test_the_seed_is_kept_in_the_file(tmp_path):
    """Closing and reopening the workspace keeps the participant's order."""
    path = tmp_path / "workspace.sqlite"
    with Workspace(path) as workspace:
        before = [self_check.order_for(workspace, n, q) for n, q in ALL_QUESTIONS]
    with Workspace(path) as workspace:
        assert [self_check.order_for(workspace, n, q) for n, q in ALL_QUESTIONS] == before


def test_participants_get_different_orders():
    """Two participants see different orders, and the right answer is not always first."""
    orders = {
        tuple(self_check.order_for(Workspace(":memory:"), n, q) for n, q in ALL_QUESTIONS)
        for _ in range(5)
    }
    assert len(orders) == 5
    workspace = Workspace(":memory:")
    positions = {self_check.order_for(workspace, n, q).index(q.right) for n, q in ALL_QUESTIONS}
    assert len(positions) == 3


def test_the_shuffle_spreads_the_right_answer_over_every_place():
    """Over many seeds, the right answer lands in each place about equally often."""
    question = self_check.questions("00-welcome")[0]
    places = [0, 0, 0]
    for seed in range(600):
        places[self_check.shuffled(question, "00-welcome", str(seed)).index(question.right)] += 1
    assert all(150 <= count <= 250 for count in places), places


def test_the_first_answer_is_locked():
    """A later click is reported, but the first answer stays the one that counts."""
    workspace = Workspace(":memory:")
    question = self_check.questions("00-welcome")[0]
    wrong = next(i for i, option in enumerate(question.options) if not option.correct)
    first = self_check.answer(workspace, "00-welcome", question, wrong)
    later = self_check.answer(workspace, "00-welcome", question, question.right)
    assert first.first and (first.kept, first.kept_correct) == (wrong, False)
    assert not later.first and (later.clicked, later.kept) == (question.right, wrong)
    assert self_check.kept_answers(workspace, "00-welcome") == {question.id: wrong}


def test_an_option_that_does_not_exist_is_refused():
    """A click outside the options is an error, not a saved answer."""
    workspace = Workspace(":memory:")
    question = self_check.questions("00-welcome")[0]
    with pytest.raises(ValueError, match="no option 7"):
        self_check.answer(workspace, "00-welcome", question, 7)
    assert workspace.self_check_answers() == {}


def test_the_summary_counts_kept_answers_per_phase():
    """Progress shows, per phase, how many were answered and right, and written answers passing."""
    workspace = Workspace(":memory:")
    asked = self_check.questions("01-research")
    self_check.answer(workspace, "01-research", asked[0], asked[0].right)
    wrong = (asked[1].right + 1) % len(asked[1].options)
    self_check.answer(workspace, "01-research", asked[1], wrong)
    self_check.answer(workspace, "01-research", asked[1], asked[1].right)  # does not count
    workspace.record_self_check_answer("01-research", "a-question-since-removed", 0, correct=True)
    [scenario] = self_check.scenarios("01-research")
    self_check.save_written(workspace, scenario, scenario.example)
    results = {result.notebook: result for result in self_check.summary(workspace)}
    assert list(results) == PHASE_NOTEBOOKS
    research = results["01-research"]
    assert (research.questions, research.answered, research.right) == (3, 2, 1)
    assert (research.scenarios, research.written_well) == (1, 1)
    assert research.title == content.find_phase("01").title
    assert research.text == (
        "1 right of 2 answered (3 questions); 1 of 1 written answer passes the checks"
    )
    assert results["00-welcome"].text.startswith("not started (3 questions)")


def test_the_summary_of_a_finished_quiz():
    """A finished quiz reads as 'N of M right'; a written answer with findings does not pass."""
    workspace = Workspace(":memory:")
    for question in self_check.questions("03-prepare"):
        self_check.answer(workspace, "03-prepare", question, question.right)
    [scenario] = self_check.scenarios("03-prepare")
    self_check.save_written(workspace, scenario, "Do you like working with your team?")
    [result] = self_check.summary(workspace, ["03-prepare"])
    assert result.text == "3 of 3 right; 0 of 1 written answer passes the checks"


@pytest.mark.parametrize("notebook", PHASE_NOTEBOOKS)
def test_every_phase_has_a_writing_scenario(notebook):
    """Each phase asks the participant to write something the live checks judge."""
    assert self_check.scenarios(notebook)


@pytest.mark.parametrize("scenario", self_check.scenarios(), ids=lambda s: s.id)
def test_a_scenario_starts_wrong_and_its_example_is_right(scenario):
    """The starting text draws a finding; the example answer passes every check."""
    assert self_check.CHECKS[scenario.check](scenario.text)
    verdict = self_check.judge(scenario, scenario.example)
    assert verdict.passed, verdict


def test_judging_names_what_to_fix():
    """Unchanged, empty or too-short answers are told what to do; the checks' findings show."""
    [scenario] = self_check.scenarios("00-welcome")
    assert "Nothing written yet" in self_check.judge(scenario, "  ").problems[0]
    unchanged = self_check.judge(scenario, "  " + scenario.text.replace(" ", "  "))
    assert "the text you started from" in unchanged.problems[0] and not unchanged.passed
    assert "A few more words" in self_check.judge(scenario, "Why engineering?").problems[0]
    still_a_job_ask = self_check.judge(
        scenario, "Could you put in a word for me with whoever hires analysts?"
    )
    assert "job-request" in {f.rule for f in still_a_job_ask.findings}
    advice = self_check.judge(
        scenario, "What do hiring managers in analytics look for on a graduate CV?"
    )
    assert advice.passed and [t.rule for t in advice.tips] == [checks.MENTIONS_HIRING]


def test_written_answers_are_kept():
    """What the participant wrote is there again in the next sitting, per scenario."""
    workspace = Workspace(":memory:")
    [scenario] = self_check.scenarios("05-follow-up")
    assert self_check.written(workspace, scenario) is None
    self_check.save_written(workspace, scenario, "First try")
    self_check.save_written(workspace, scenario, "Second try, <b>as typed</b>")
    assert self_check.written(workspace, scenario) == "Second try, <b>as typed</b>"
    assert workspace.written_answers() == {
        "05-follow-up/particular-thanks": "Second try, <b>as typed</b>"
    }


def test_a_broken_scenario_is_named(monkeypatch):
    """A scenario with an unknown check is reported with its number and the checks allowed."""
    data = {
        "scenario": [
            {
                "notebook": "00-welcome",
                "id": "x",
                "check": "poem",
                "task": "t",
                "text": "t",
                "example": "e",
            }
        ]
    }
    monkeypatch.setattr(self_check, "load_toml", lambda _name: data)
    with pytest.raises(content.ContentError, match="scenario 1: check must be one of question"):
        self_check.scenarios()

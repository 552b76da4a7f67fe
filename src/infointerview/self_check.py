"""The self-checks that end each phase: a short quiz, and texts the participant writes.

The quiz's options are shown in an order shuffled for each participant (seeded once per
workspace, so the order stays put across re-runs and reloads) and the first answer to each
question is the one that counts: later clicks still show their feedback, but the score keeps
the first. The writing scenarios ask the participant to rewrite a text (a closed question, a
job ask, a request, a thank-you) and judge what they write with the workshop's own checks.

Questions and scenarios are read from ``content/self_check.toml``; every question carries an
``id`` under which the workspace keeps the first answer, so editing a question's wording keeps
the answers given to it.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from infointerview import checks
from infointerview.content import ContentError, load_toml, phases

if TYPE_CHECKING:
    from infointerview.store import SelfCheckAnswer, Workspace

SOURCE = "self_check.toml"
SCENARIOS = "scenario"
#: The checks a writing scenario may use, by the name self_check.toml gives them.
CHECKS: dict[str, Callable[[str], list[checks.Finding]]] = {
    "question": checks.check_question,
    "request": checks.check_request,
    "thank_you": checks.check_thank_you,
}
#: Fewer words than this is not yet an attempt at the task.
SHORTEST_ANSWER_WORDS = 4


@dataclass(frozen=True)
class Option:
    """One answer to a quiz question, with the feedback it shows."""

    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    """One quiz question; ``options`` in the order self_check.toml gives them."""

    id: str
    prompt: str
    options: tuple[Option, ...]

    @property
    def right(self) -> int:
        """The index of the correct option."""
        return next(index for index, option in enumerate(self.options) if option.correct)

    def balanced(self) -> bool:
        """True when the right answer is not the longest: some wrong one is at least as long."""
        right = len(self.options[self.right].text)
        return any(len(o.text) >= right for o in self.options if not o.correct)


@dataclass(frozen=True)
class Scenario:
    """A text to rewrite: the task, the text to start from, and one good answer."""

    notebook: str
    id: str
    check: str
    task: str
    text: str
    example: str


@dataclass(frozen=True)
class Verdict:
    """What the checks say about a written answer.

    ``problems`` are about the task itself (nothing written yet, the starting text unchanged);
    ``findings`` are the workshop's checks; ``tips`` gentle notes that need no change.
    """

    problems: tuple[str, ...]
    findings: tuple[checks.Finding, ...]
    tips: tuple[checks.Finding, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.problems and not self.findings


@dataclass(frozen=True)
class Answered:
    """The result of a click: the answer clicked, and the first answer, which is the one kept."""

    clicked: int
    kept: int
    kept_correct: bool

    @property
    def first(self) -> bool:
        """True when this click was the first answer (so it is the one that counts)."""
        return self.clicked == self.kept


@dataclass(frozen=True)
class NotebookResult:
    """One notebook's self-check for the progress table."""

    notebook: str
    title: str
    questions: int
    answered: int
    right: int
    scenarios: int
    written_well: int

    @property
    def text(self) -> str:
        """A short line such as "2 of 3 right; 1 of 1 written answer passes the checks"."""
        if not self.answered:
            quiz = f"not started ({self.questions} questions)"
        elif self.answered < self.questions:
            quiz = f"{self.right} right of {self.answered} answered ({self.questions} questions)"
        else:
            quiz = f"{self.right} of {self.questions} right"
        if not self.scenarios:
            return quiz
        plural = "answer passes" if self.scenarios == 1 else "answers pass"
        return f"{quiz}; {self.written_well} of {self.scenarios} written {plural} the checks"


# --- reading self_check.toml ----------------------------------------------------------------


def notebooks() -> tuple[str, ...]:
    """The notebooks that have a self-check, in the order self_check.toml lists them."""
    return tuple(key for key in load_toml(SOURCE) if key != SCENARIOS)


def questions(notebook: str) -> tuple[Question, ...]:
    """Return one notebook's quiz questions; a broken entry raises ContentError naming it."""
    data = load_toml(SOURCE)
    if notebook not in data or notebook == SCENARIOS:
        raise ContentError(f"{SOURCE} has no questions for {notebook!r}.")
    found: list[Question] = []
    for number, entry in enumerate(data[notebook], start=1):
        where = f"{SOURCE}, {notebook} question {number}"
        try:
            question = Question(
                id=str(entry["id"]),
                prompt=str(entry["question"]),
                options=tuple(
                    Option(str(a["text"]), a.get("correct", False) is True, str(a["feedback"]))
                    for a in entry["answers"]
                ),
            )
        except (KeyError, TypeError) as error:
            raise ContentError(f"{where}: missing {error}.") from None
        if sum(option.correct for option in question.options) != 1:
            raise ContentError(f"{where}: exactly one answer must be marked correct.")
        if question.id in {q.id for q in found}:
            raise ContentError(f"{where}: the id {question.id!r} is used twice.")
        found.append(question)
    return tuple(found)


def scenarios(notebook: str | None = None) -> tuple[Scenario, ...]:
    """Return the writing scenarios of one notebook, or (None) of every notebook."""
    found: list[Scenario] = []
    for number, entry in enumerate(load_toml(SOURCE).get(SCENARIOS, []), start=1):
        where = f"{SOURCE}, scenario {number}"
        try:
            scenario = Scenario(
                notebook=str(entry["notebook"]),
                id=str(entry["id"]),
                check=str(entry["check"]),
                task=str(entry["task"]),
                text=str(entry["text"]),
                example=str(entry["example"]),
            )
        except (KeyError, TypeError) as error:
            raise ContentError(f"{where}: missing {error}.") from None
        if scenario.check not in CHECKS:
            raise ContentError(
                f"{where}: check must be one of {', '.join(CHECKS)}, not {scenario.check!r}."
            )
        if any((s.notebook, s.id) == (scenario.notebook, scenario.id) for s in found):
            raise ContentError(f"{where}: the id {scenario.id!r} is used twice.")
        if notebook is None or scenario.notebook == notebook:
            found.append(scenario)
    return tuple(found)


# --- the quiz ---------------------------------------------------------------------------------


def shuffled(question: Question, notebook: str, seed: str) -> tuple[int, ...]:
    """The order to show ``question``'s options in for the participant whose seed this is.

    Returns option indexes. The same seed always gives the same order (a re-run or a reload
    changes nothing); different seeds give different orders.
    """
    digest = hashlib.sha256(f"{seed}\0{notebook}\0{question.id}".encode()).digest()
    order = list(range(len(question.options)))
    # A shuffle, not a secret: a seeded generator is what makes the order repeatable.
    random.Random(int.from_bytes(digest[:8], "big")).shuffle(order)  # noqa: S311
    return tuple(order)


def order_for(workspace: Workspace, notebook: str, question: Question) -> tuple[int, ...]:
    """The participant's order for one question, seeded by their workspace."""
    return shuffled(question, notebook, workspace.self_check_seed())


def answer(workspace: Workspace, notebook: str, question: Question, index: int) -> Answered:
    """Record a click on option ``index``; the first answer is kept and later ones are not."""
    if not 0 <= index < len(question.options):
        raise ValueError(f"Question {question.id!r} has no option {index}.")
    kept = workspace.record_self_check_answer(
        notebook, question.id, index, correct=question.options[index].correct
    )
    return Answered(index, kept.answer, kept.correct)


def kept_answers(workspace: Workspace, notebook: str) -> dict[str, int]:
    """The first answers kept for one notebook's questions, by question id.

    An answer to a question no longer in self_check.toml, or to an option it no longer has,
    is left out rather than miscounted.
    """
    return _still_asked(questions(notebook), workspace.self_check_answers(notebook))


def _still_asked(asked: tuple[Question, ...], kept: dict[str, SelfCheckAnswer]) -> dict[str, int]:
    return {
        q.id: kept[q.id].answer
        for q in asked
        if q.id in kept and 0 <= kept[q.id].answer < len(q.options)
    }


# --- the writing scenarios --------------------------------------------------------------------


def judge(scenario: Scenario, text: str) -> Verdict:
    """Judge a written answer with the checks the scenario names."""
    written = text.strip()
    if not written:
        return Verdict(("Nothing written yet: write your version in the box, then check it.",), ())
    if " ".join(written.split()) == " ".join(scenario.text.split()):
        return Verdict(
            ("That is the text you started from: change it as the task asks, then check it.",),
            tuple(CHECKS[scenario.check](written)),
        )
    problems: tuple[str, ...] = ()
    if checks.count_words(written) < SHORTEST_ANSWER_WORDS:
        problems = (
            f"A few more words, please: {SHORTEST_ANSWER_WORDS} or more give the checks "
            "something to read.",
        )
    return Verdict(problems, tuple(CHECKS[scenario.check](written)), tuple(checks.tips(written)))


def save_written(workspace: Workspace, scenario: Scenario, text: str) -> None:
    """Keep what the participant wrote for a scenario, so it is there in the next sitting."""
    workspace.save_written_answer(scenario.notebook, scenario.id, text)


def written(workspace: Workspace, scenario: Scenario) -> str | None:
    """What the participant last wrote for a scenario, or None if nothing yet."""
    return workspace.written_answers(scenario.notebook).get(scenario.id)


# --- progress -------------------------------------------------------------------------------


def _result(
    notebook: str, title: str, kept: dict[str, SelfCheckAnswer], texts: dict[str, str]
) -> NotebookResult:
    asked = questions(notebook)
    answers = _still_asked(asked, kept)
    to_write = scenarios(notebook)
    return NotebookResult(
        notebook=notebook,
        title=title,
        questions=len(asked),
        answered=len(answers),
        right=sum(q.options[answers[q.id]].correct for q in asked if q.id in answers),
        scenarios=len(to_write),
        written_well=sum(s.id in texts and judge(s, texts[s.id]).passed for s in to_write),
    )


def summary(workspace: Workspace, notebooks_: Iterable[str] | None = None) -> list[NotebookResult]:
    """Each phase's self-check results, in phase order, for the progress table.

    With ``notebooks_`` (e.g. ``["cohort-dashboard"]``) those notebooks instead of the phases.
    """
    titles = {phase.notebook.removesuffix(".ipynb"): phase.title for phase in phases()}
    wanted = list(notebooks_) if notebooks_ is not None else [n for n in titles if n in notebooks()]
    results = []
    for notebook in wanted:
        kept = workspace.self_check_answers(notebook)
        texts = workspace.written_answers(notebook)
        results.append(_result(notebook, titles.get(notebook, notebook), kept, texts))
    return results

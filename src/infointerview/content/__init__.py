"""The workshop's content as data: TOML files shipped in this folder.

Loading is plain ``tomllib``; errors name the file and line so a mistake in a content file is
easy to find.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from infointerview.model import Phase


class ContentError(ValueError):
    """A content file is missing, malformed or incomplete; the message names it."""


def load_toml(name: str) -> dict[str, Any]:
    """Read one of the package's content files by name (``"phases.toml"``)."""
    source = resources.files(__name__).joinpath(name)
    try:
        return tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"The content file {name} is missing from the package.") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"The content file {name} is not valid TOML: {error}.") from None


@cache
def phases() -> tuple[Phase, ...]:
    """Return the workshop's phases in order."""
    data = load_toml("phases.toml")
    try:
        return tuple(
            Phase(
                number=int(entry["number"]),
                slug=str(entry["slug"]),
                title=str(entry["title"]),
                summary=str(entry["summary"]),
                teaching_minutes=int(entry["teaching_minutes"]),
                exercise_minutes=int(entry["exercise_minutes"]),
            )
            for entry in data["phase"]
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ContentError(f"phases.toml: a phase is missing or mistypes {error}.") from None


def find_phase(name: str) -> Phase:
    """Return the phase named by number ("1", "01"), slug ("research") or file name."""
    wanted = name.strip().lower().removesuffix(".ipynb")
    for phase in phases():
        if wanted in {str(phase.number), f"{phase.number:02d}", phase.slug, phase.notebook[:-6]}:
            return phase
    choices = ", ".join(f"{p.number:02d} ({p.slug})" for p in phases())
    raise LookupError(f"There is no phase called {name!r}. Choose one of: {choices}.")


@dataclass(frozen=True)
class Answer:
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class CheckQuestion:
    """One self-check question with feedback on every answer."""

    prompt: str
    answers: tuple[Answer, ...]


@cache
def self_check(notebook: str) -> tuple[CheckQuestion, ...]:
    """Return the self-check questions for one notebook (``"00-welcome"``)."""
    data = load_toml("self_check.toml")
    if notebook not in data:
        raise ContentError(f"self_check.toml has no questions for {notebook!r}.")
    questions = []
    for number, entry in enumerate(data[notebook], start=1):
        try:
            answers = tuple(
                Answer(str(a["text"]), bool(a.get("correct", False)), str(a["feedback"]))
                for a in entry["answers"]
            )
            prompt = str(entry["question"])
        except (KeyError, TypeError) as error:
            raise ContentError(
                f"self_check.toml, {notebook} question {number}: missing {error}."
            ) from None
        if sum(a.correct for a in answers) != 1:
            raise ContentError(
                f"self_check.toml, {notebook} question {number}: exactly one answer must be "
                "marked correct."
            )
        questions.append(CheckQuestion(prompt, answers))
    return tuple(questions)

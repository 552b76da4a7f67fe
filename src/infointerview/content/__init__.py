"""The workshop's content as data: TOML files shipped in this folder, plus an instructor's own.

An instructor adds or replaces content for their field by putting TOML files of the same
names (``research.toml``, ``checks.toml``) in a folder and pointing ``INFOINTERVIEW_CONTENT``
at it (or ``--content DIR`` on the command line). A file of theirs that cannot be used is
reported by name and line, and the built-in content carries on working.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from infointerview.model import Phase, expand_home

CONTENT_VARIABLE = "INFOINTERVIEW_CONTENT"


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


def override_dir() -> Path | None:
    """Return the instructor's content folder (INFOINTERVIEW_CONTENT), if one is set."""
    configured = os.environ.get(CONTENT_VARIABLE, "").strip()
    if not configured:
        return None
    # "~someone" unknown here stays as typed: the folder is then reported as not found.
    return expand_home(configured) or Path(configured)


def use_override_dir(folder: str | os.PathLike[str]) -> Path:
    """Use an instructor's content folder from now on, here and in the kernels started from here.

    It becomes INFOINTERVIEW_CONTENT, the variable the notebooks read. A folder that is not
    there raises ContentError.
    """
    path = expand_home(folder)
    if path is None or not path.is_dir():
        raise ContentError(f"{folder}: no such folder")
    path = path.resolve()
    os.environ[CONTENT_VARIABLE] = str(path)
    return path


def override_file(name: str) -> Path | None:
    """Return the instructor's file of this name, when the folder is set and holds one."""
    folder = override_dir()
    if folder is None:
        return None
    path = folder / name
    return path if path.is_file() else None


def read_override(path: Path) -> dict[str, Any]:
    """Parse an instructor's TOML file; a mistake is reported with the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(f"{path} could not be read: {error}.") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's message ends "(at line N, column M)", which is what an instructor needs.
        raise ContentError(f"{path} is not valid TOML: {error}.") from None


def cache_key(name: str) -> tuple[str, int]:
    """Return what identifies the current override for ``name``: its path and change time."""
    path = override_file(name)
    return (str(path), path.stat().st_mtime_ns) if path else ("", 0)


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


SCOPES = ("person", "company", "industry", "self")
SCOPE_TITLES = {
    "person": "The person",
    "company": "Their organisation",
    "industry": "The industry",
    "self": "Yourself",
}


@dataclass(frozen=True)
class ResearchItem:
    """One thing to find out (or prepare) before asking for an interview, and where to look."""

    id: str
    scope: str
    text: str
    where: str
    why: str = ""
    #: on the short "before you ask" list that gates a request (else "before you meet" only)
    before_you_ask: bool = False


@dataclass(frozen=True)
class Checklist:
    """The research checklist in use, and any instructor file that could not be used."""

    items: tuple[ResearchItem, ...]
    problems: tuple[str, ...] = ()

    def in_scope(self, scope: str) -> tuple[ResearchItem, ...]:
        return tuple(item for item in self.items if item.scope == scope)


def _tables(
    data: dict[str, Any], key: str, source: str, required: tuple[str, ...]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (where, table) for each [[key]] table, once it has every required field.

    ``where`` names the file, the entry's number and its id, for messages about it.
    """
    entries = data.get(key, [])
    if not isinstance(entries, list):
        raise ContentError(f"{source}: {key}s must be written as [[{key}]] tables.")
    article = "an" if key[0] in "aeiou" else "a"
    for number, entry in enumerate(entries, start=1):
        where = f"{source}, {key} {number}"
        if not isinstance(entry, dict):
            raise ContentError(f"{where}: {article} {key} must be a table of fields.")
        if "id" in entry:
            where += f" ({entry['id']!r})"
        missing = [field for field in required if field not in entry]
        if missing:
            raise ContentError(f"{where} is missing {', '.join(missing)}.")
        yield where, entry


def _research_items(data: dict[str, Any], source: str) -> list[ResearchItem]:
    items = []
    for where, entry in _tables(data, "item", source, ("id", "scope", "text", "where")):
        if not all(
            isinstance(entry[k], str) and entry[k].strip() for k in ("id", "scope", "text", "where")
        ):
            raise ContentError(f"{where}: id, scope, text and where must be non-empty text.")
        if entry["scope"] not in SCOPES:
            raise ContentError(
                f"{where}: scope {entry['scope']!r} should be one of {', '.join(SCOPES)}."
            )
        before_you_ask = entry.get("before_you_ask", False)
        if not isinstance(before_you_ask, bool):
            raise ContentError(f"{where}: before_you_ask is true or false.")
        if before_you_ask and entry["scope"] == "self":
            raise ContentError(
                f"{where}: 'yourself' items are done once in the profile, so none is on the "
                "'before you ask' list of a contact."
            )
        items.append(
            ResearchItem(
                entry["id"],
                entry["scope"],
                entry["text"],
                entry["where"],
                str(entry.get("why", "")),
                before_you_ask,
            )
        )
    return items


def research_checklist() -> Checklist:
    """Return the research checklist: built in, with the instructor's items added or replaced."""
    return _research_checklist(cache_key("research.toml"))


@cache
def _research_checklist(key: tuple[str, int]) -> Checklist:
    items, problems = _merged("research.toml", _research_items, "checklist")
    ordered = sorted(items, key=lambda item: SCOPES.index(item.scope))
    return Checklist(tuple(ordered), problems)


def _unique(entries: list, source: str) -> list:
    """Refuse a file that uses the same id twice (the second would silently win)."""
    ids = [entry.id for entry in entries]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ContentError(f"{source}: the id {duplicates[0]!r} is used twice.")
    return entries


def _merged(name: str, parse, what: str) -> tuple[list, tuple[str, ...]]:
    """Read a built-in file and the instructor's file of the same name, merged by id.

    An instructor's entry with an existing id replaces ours; a new id is added. If their file
    cannot be used, ours alone is returned, with a problem saying why.
    """
    entries = {entry.id: entry for entry in _unique(parse(load_toml(name), name), name)}
    problems: list[str] = []
    path = override_file(name)
    if path is not None:
        try:
            extra = _unique(parse(read_override(path), str(path)), str(path))
        except ContentError as error:
            problems.append(f"{error} The built-in {what} is used instead.")
        else:
            entries.update({entry.id: entry for entry in extra})
    return list(entries.values()), tuple(problems)


@dataclass(frozen=True)
class ChecklistEntry:
    """One tick-box item for the meeting, perhaps only for one way of meeting."""

    id: str
    text: str
    only_for: str = ""

    def applies_to(self, channel: str) -> bool:
        return not self.only_for or self.only_for == channel


@cache
def meeting_checklists() -> dict[str, tuple[ChecklistEntry, ...]]:
    """Return the logistics and closing checklists."""
    data = load_toml("meeting.toml")
    return {
        part: tuple(ChecklistEntry(e["id"], e["text"], e.get("only_for", "")) for e in data[part])
        for part in ("logistics", "closing")
    }


@cache
def meeting_prompts() -> dict[str, Any]:
    """Return the listening reminder and follow-up prompts shown during a meeting."""
    return load_toml("meeting.toml")["prompts"]


CATEGORIES = ("path", "work", "culture", "trends", "skills", "resources")
CATEGORY_TITLES = {
    "path": "Path and background",
    "work": "The work itself",
    "culture": "Environment and culture",
    "trends": "Industry trends",
    "skills": "Skills and advice",
    "resources": "Resources and next steps",
}
TIARA = ("trends", "insights", "advice", "resources", "assignments")
GOALS = ("industry", "company", "job", "advice", "network")


@dataclass(frozen=True)
class BankQuestion:
    """A question from the bank, with what it is for and how long it takes."""

    id: str
    category: str
    tiara: str
    minutes: int
    priority: int
    goals: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class QuestionBank:
    """The question bank in use, and any instructor file that could not be used."""

    questions: tuple[BankQuestion, ...]
    problems: tuple[str, ...] = ()

    def matching(
        self, *, category: str | None = None, goals: tuple[str, ...] = ()
    ) -> tuple[BankQuestion, ...]:
        """Questions of one category (or all), serving any of the goals (or all), best first."""
        found = [
            q
            for q in self.questions
            if (category is None or q.category == category)
            and (not goals or set(goals) & set(q.goals))
        ]
        return tuple(sorted(found, key=lambda q: (q.priority, CATEGORIES.index(q.category))))


def _bank_questions(data: dict[str, Any], source: str) -> list[BankQuestion]:
    found = []
    required = ("id", "category", "tiara", "minutes", "goals", "text")
    for where, entry in _tables(data, "question", source, required):
        if entry["category"] not in CATEGORIES:
            raise ContentError(f"{where}: category should be one of {', '.join(CATEGORIES)}.")
        if entry["tiara"] not in TIARA:
            raise ContentError(f"{where}: tiara should be one of {', '.join(TIARA)}.")
        minutes, priority = entry["minutes"], entry.get("priority", 2)
        if not isinstance(minutes, int) or not 1 <= minutes <= 30:
            raise ContentError(f"{where}: minutes should be a whole number from 1 to 30.")
        if not isinstance(priority, int) or not 1 <= priority <= 3:
            raise ContentError(f"{where}: priority should be 1, 2 or 3.")
        goals = entry["goals"]
        if not isinstance(goals, list) or not goals or not set(goals) <= set(GOALS):
            raise ContentError(f"{where}: goals should list some of {', '.join(GOALS)}.")
        if not isinstance(entry["text"], str) or not entry["text"].strip():
            raise ContentError(f"{where}: the question's text is empty.")
        found.append(
            BankQuestion(
                str(entry["id"]),
                entry["category"],
                entry["tiara"],
                minutes,
                priority,
                tuple(goals),
                entry["text"].strip(),
            )
        )
    return found


def question_bank() -> QuestionBank:
    """Return the question bank: built in, with the instructor's questions added or replaced."""
    return _question_bank(cache_key("questions.toml"))


@cache
def _question_bank(key: tuple[str, int]) -> QuestionBank:
    questions, problems = _merged("questions.toml", _bank_questions, "question bank")
    return QuestionBank(tuple(questions), problems)

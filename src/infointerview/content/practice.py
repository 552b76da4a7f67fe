"""Practice mode as data: personas to role-play, the observer's sheet and worked examples.

``practice.toml`` holds the practice personas (each a professional a participant can research,
ask, meet and thank without bothering a real person) and the observer sheet used in role play.
``examples.toml`` holds the worked examples shown before each exercise and the "what to say
when…" scripts.

An instructor may put a ``practice.toml`` of their own in the content folder
(``INFOINTERVIEW_CONTENT``): its ``[[persona]]`` tables are added to ours, and one with the id
of a built-in persona replaces it. Only personas are read from that file. A file of theirs that
cannot be used is reported by ``practice_problems()`` with its name (and line, for broken
TOML), and the built-in personas carry on working.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from infointerview.content import (
    CATEGORIES,
    TIARA,
    ContentError,
    cache_key,
    load_toml,
    override_file,
    question_bank,
    read_override,
    research_checklist,
)

__all__ = [
    "CHANNELS",
    "DEBRIEF_KEYS",
    "FACT_SCOPES",
    "ObserverItem",
    "Persona",
    "Situation",
    "WorkedExamples",
    "observer_sheet",
    "persona",
    "practice_personas",
    "practice_problems",
    "what_to_say_when",
    "worked_examples",
]

PRACTICE_FILE = "practice.toml"
EXAMPLES_FILE = "examples.toml"
#: How a persona likes to meet (the same three ways a real contact can).
CHANNELS = ("phone", "coffee", "video")
#: The research scopes a persona's findable facts may come from ("self" is the participant's).
FACT_SCOPES = ("person", "company", "industry")
#: The debrief questions, in the order the meeting notebook asks them.
DEBRIEF_KEYS = ("learned", "still_fits", "suggested", "next_step")

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PERSONA_TEXT = (
    "id",
    "name",
    "role",
    "organisation",
    "industry",
    "country",
    "seniority",
    "channel",
    "address_as",
    "career_story",
    "job_ask_reaction",
    "role_card",
)
_PERSONA_FIELDS = (*_PERSONA_TEXT, "facts", "only_if_asked", "answers")


@dataclass(frozen=True)
class Persona:
    """A practice professional: who they are, what research would find, how they answer."""

    id: str
    name: str
    role: str
    organisation: str
    industry: str
    country: str
    seniority: str
    channel: str
    address_as: str
    career_story: str
    #: (research checklist item id, what that research would turn up)
    facts: tuple[tuple[str, str], ...]
    only_if_asked: tuple[str, ...]
    job_ask_reaction: str
    role_card: str
    #: bank question id, or a category (a TIARA letter or a bank category) -> what they say
    answers: dict[str, str] = field(hash=False)

    def answer(self, bank_id: str, category: str) -> str:
        """What they say to a question: its own answer, else their answer for its category.

        Anything else (your own question, an unknown category) gets a short reply in their
        voice that asks for something more specific.
        """
        for given in (bank_id, category):
            key = (given or "").strip()
            if key in self.answers:
                return self.answers[key]
        return (
            "That is a broad one, and my honest answer is that it depends. Ask me about "
            f"something more specific, such as a part of my week at {self.organisation}, a "
            "choice I made along the way, or a skill you are unsure about, and I can tell you "
            "what I have actually seen."
        )


@dataclass(frozen=True)
class ObserverItem:
    """One yes/no check on the observer's sheet, with feedback for either answer."""

    id: str
    ask: str
    well: str
    work_on: str


@dataclass(frozen=True)
class Situation:
    """A moment that does not go to plan, what to say in it, and why."""

    id: str
    when: str
    say: str
    why: str


@dataclass(frozen=True)
class WorkedExamples:
    """The model texts shown before the request, question, meeting and thank-you exercises."""

    request_good: str
    request_good_notes: tuple[str, ...]
    request_weak: str
    request_weak_notes: tuple[str, ...]
    agreed_minutes: int
    #: (bank question id, minutes), in the order they are asked
    question_plan: tuple[tuple[str, int], ...]
    question_notes: str
    meeting_notes: str
    #: the debrief written after the model meeting: learned, still_fits, suggested, next_step
    debrief: dict[str, str] = field(hash=False)
    thank_you: str
    thank_you_notes: tuple[str, ...]


# --- small validators ---------------------------------------------------------------------------


def _text(value: object, where: str, name: str) -> str:
    """A required piece of text, stripped; anything else is reported."""
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: {name} must be non-empty text.")
    return value.strip()


def _texts(value: object, where: str, name: str) -> tuple[str, ...]:
    """A non-empty list of non-empty texts."""
    if not isinstance(value, list) or not value:
        raise ContentError(f"{where}: {name} must be a list of texts, with at least one.")
    return tuple(_text(item, where, f"each entry of {name}") for item in value)


def _table(data: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    """A required [key] table of a file."""
    table = data.get(key)
    if not isinstance(table, dict):
        raise ContentError(f"{source}: the [{key}] table is missing.")
    return table


def _entries(
    data: dict[str, Any], key: str, source: str, required: tuple[str, ...]
) -> list[tuple[str, dict[str, Any]]]:
    """Return (where, table) for each [[key]] table, once it has every required field.

    ``where`` names the file, the entry's number and its id, for messages about it.
    """
    entries = data.get(key, [])
    if not isinstance(entries, list):
        raise ContentError(f"{source}: {key}s must be written as [[{key}]] tables.")
    found = []
    for number, entry in enumerate(entries, start=1):
        where = f"{source}, {key} {number}"
        if not isinstance(entry, dict):
            raise ContentError(f"{where}: each {key} must be a table of fields.")
        if "id" in entry:
            where += f" ({entry['id']!r})"
        missing = [name for name in required if name not in entry]
        if missing:
            raise ContentError(f"{where} is missing {', '.join(missing)}.")
        found.append((where, entry))
    return found


def _unique_ids(ids: list[str], source: str) -> None:
    """Refuse a file that uses the same id twice (the second would silently win)."""
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ContentError(f"{source}: the id {duplicates[0]!r} is used twice.")


# --- personas -----------------------------------------------------------------------------------


def _facts(value: object, where: str, known: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The persona's findable facts as (research item id, text), each tied to a real item."""
    if not isinstance(value, list) or not value:
        raise ContentError(
            f"{where}: facts must be a list of tables like "
            '{ item = "person-current-role", text = "…" }, with at least one.'
        )
    facts = []
    for number, fact in enumerate(value, start=1):
        if not isinstance(fact, dict) or "item" not in fact or "text" not in fact:
            raise ContentError(f"{where}: fact {number} needs an item and a text.")
        item = _text(fact["item"], where, f"fact {number}'s item")
        if item not in known:
            raise ContentError(
                f"{where}: fact {number} names the research item {item!r}, which is not in the "
                "research checklist."
            )
        if known[item] not in FACT_SCOPES:
            raise ContentError(
                f"{where}: fact {number} names {item!r}, a {known[item]} item; facts come from "
                f"the {', '.join(FACT_SCOPES)} items."
            )
        facts.append((item, _text(fact["text"], where, f"fact {number}'s text")))
    return tuple(facts)


def _answers(value: object, where: str, bank_ids: frozenset[str]) -> dict[str, str]:
    """Answers keyed by a bank question id or a category, each non-empty text."""
    if not isinstance(value, dict):
        raise ContentError(f"{where}: answers must be a table of key = text.")
    categories = set(TIARA) | set(CATEGORIES)
    answers = {}
    for key, text in value.items():
        if key not in bank_ids and key not in categories:
            raise ContentError(
                f"{where}: the answer key {key!r} is neither a question id from the bank nor a "
                f"category ({', '.join(TIARA)})."
            )
        answers[key] = _text(text, where, f"the answer for {key!r}")
    return answers


def _personas(
    data: dict[str, Any], source: str, known: dict[str, str], bank_ids: frozenset[str]
) -> list[Persona]:
    found = []
    for where, entry in _entries(data, "persona", source, _PERSONA_FIELDS):
        text = {name: _text(entry[name], where, name) for name in _PERSONA_TEXT}
        if not _SLUG.fullmatch(text["id"]):
            raise ContentError(
                f"{where}: the id should be lower-case words joined by hyphens, like "
                "'hospital-pharmacist'."
            )
        if text["channel"] not in CHANNELS:
            raise ContentError(f"{where}: channel should be one of {', '.join(CHANNELS)}.")
        found.append(
            Persona(
                **text,
                facts=_facts(entry["facts"], where, known),
                only_if_asked=_texts(entry["only_if_asked"], where, "only_if_asked"),
                answers=_answers(entry["answers"], where, bank_ids),
            )
        )
    _unique_ids([p.id for p in found], source)
    return found


def practice_personas() -> tuple[Persona, ...]:
    """Return the practice personas: built in, with the instructor's added or replaced."""
    return _practice(*_keys())[0]


def practice_problems() -> tuple[str, ...]:
    """Return why the instructor's practice.toml could not be used (empty when it could)."""
    return _practice(*_keys())[1]


def persona(persona_id: str) -> Persona:
    """Return the practice persona with this id; LookupError, naming it, when there is none."""
    for found in practice_personas():
        if found.id == persona_id:
            return found
    choices = ", ".join(p.id for p in practice_personas())
    raise LookupError(f"There is no practice persona {persona_id!r}. Choose one of: {choices}.")


def _keys() -> tuple[tuple[str, int], ...]:
    # Personas are checked against the checklist and the bank, so their overrides count too.
    return (cache_key(PRACTICE_FILE), cache_key("research.toml"), cache_key("questions.toml"))


@cache
def _practice(*keys: tuple[str, int]) -> tuple[tuple[Persona, ...], tuple[str, ...]]:
    known = {item.id: item.scope for item in research_checklist().items}
    bank_ids = frozenset(q.id for q in question_bank().questions)
    ours = _personas(load_toml(PRACTICE_FILE), PRACTICE_FILE, known, bank_ids)
    personas = {p.id: p for p in ours}
    problems: list[str] = []
    path = override_file(PRACTICE_FILE)
    if path is not None:
        try:
            theirs = _personas(read_override(path), str(path), known, bank_ids)
        except ContentError as error:
            problems.append(f"{error} The built-in practice personas are used instead.")
        else:
            personas.update({p.id: p for p in theirs})
    return tuple(personas.values()), tuple(problems)


# --- the observer sheet -------------------------------------------------------------------------


def _simple(source: str, key: str, names: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The text fields ``names`` of each [[key]] table of a built-in file, all required."""
    rows = [
        tuple(_text(entry[name], where, name) for name in names)
        for where, entry in _entries(load_toml(source), key, source, names)
    ]
    if not rows:
        raise ContentError(f"{source}: there are no [[{key}]] tables.")
    _unique_ids([row[0] for row in rows], source)
    return rows


@cache
def observer_sheet() -> tuple[ObserverItem, ...]:
    """Return the observer's yes/no checks for a role-played meeting, in the order they happen."""
    names = ("id", "ask", "well", "work_on")
    return tuple(ObserverItem(*row) for row in _simple(PRACTICE_FILE, "observer", names))


# --- worked examples ----------------------------------------------------------------------------


@cache
def what_to_say_when() -> tuple[Situation, ...]:
    """Return the "what to say when…" scripts for moments that do not go to plan."""
    names = ("id", "when", "say", "why")
    return tuple(Situation(*row) for row in _simple(EXAMPLES_FILE, "what_to_say", names))


def _plan(value: object, where: str) -> tuple[tuple[str, int], ...]:
    bank_ids = {q.id for q in question_bank().questions}
    if not isinstance(value, list) or not value:
        raise ContentError(f"{where}: plan must list {{ bank = id, minutes = N }} tables.")
    plan = []
    for number, step in enumerate(value, start=1):
        if not isinstance(step, dict) or "bank" not in step or "minutes" not in step:
            raise ContentError(f"{where}: plan step {number} needs a bank id and minutes.")
        bank_id, minutes = step["bank"], step["minutes"]
        if bank_id not in bank_ids:
            raise ContentError(
                f"{where}: plan step {number} names {bank_id!r}, which is not in the bank."
            )
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 30:
            raise ContentError(f"{where}: plan step {number}'s minutes should be 1 to 30.")
        plan.append((bank_id, minutes))
    return tuple(plan)


@cache
def worked_examples() -> WorkedExamples:
    """Return the worked examples: a good and a weak request, a question plan, model meeting
    notes and debrief, and a model thank-you note."""
    source = EXAMPLES_FILE
    data = load_toml(source)
    request = _table(data, "request", source)
    questions = _table(data, "questions", source)
    meeting = _table(data, "meeting", source)
    thanks = _table(data, "thank_you", source)
    where = f"{source}, [questions]"
    agreed = questions.get("agreed_minutes")
    if not isinstance(agreed, int) or isinstance(agreed, bool) or not 10 <= agreed <= 60:
        raise ContentError(f"{where}: agreed_minutes should be a whole number from 10 to 60.")
    debrief = meeting.get("debrief")
    if not isinstance(debrief, dict):
        raise ContentError(f"{source}, [meeting]: debrief must be a table.")
    missing = [key for key in DEBRIEF_KEYS if key not in debrief]
    if missing:
        raise ContentError(f"{source}, [meeting]: the debrief is missing {', '.join(missing)}.")
    return WorkedExamples(
        request_good=_text(request.get("good"), f"{source}, [request]", "good"),
        request_good_notes=_texts(request.get("good_notes"), f"{source}, [request]", "good_notes"),
        request_weak=_text(request.get("weak"), f"{source}, [request]", "weak"),
        request_weak_notes=_texts(request.get("weak_notes"), f"{source}, [request]", "weak_notes"),
        agreed_minutes=agreed,
        question_plan=_plan(questions.get("plan"), where),
        question_notes=_text(questions.get("notes"), where, "notes"),
        meeting_notes=_text(meeting.get("notes"), f"{source}, [meeting]", "notes"),
        debrief={
            key: _text(debrief[key], f"{source}, [meeting] debrief", key) for key in DEBRIEF_KEYS
        },
        thank_you=_text(thanks.get("text"), f"{source}, [thank_you]", "text"),
        thank_you_notes=_texts(thanks.get("notes"), f"{source}, [thank_you]", "notes"),
    )

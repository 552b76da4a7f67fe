"""The workshop's own words as plain data: profile, contact, stage, activity, goal.

Nothing here touches a database, a widget or a chart; ``store`` persists these objects and
``ui`` shows them.
"""

from __future__ import annotations

import enum
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


class Goal(enum.StrEnum):
    """What a participant wants to learn from informational interviews."""

    INDUSTRY = "industry"
    COMPANY = "company"
    JOB = "job"
    ADVICE = "advice"
    NETWORK = "network"

    @property
    def label(self) -> str:
        return _GOAL_LABELS[self]


_GOAL_LABELS = {
    Goal.INDUSTRY: "Learn about an industry",
    Goal.COMPANY: "Learn about a company",
    Goal.JOB: "Learn what a particular job is like",
    Goal.ADVICE: "Get advice on preparing myself",
    Goal.NETWORK: "Grow my professional network",
}


class Stage(enum.StrEnum):
    """Where a contact stands in the pipeline, from first noticed to keeping in touch."""

    IDENTIFIED = "identified"
    RESEARCHED = "researched"
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_REPLY = "no_reply"
    FOLLOWED_UP = "followed_up"
    LATER = "later"  # "not now, ask me later": not a no, and asked again on a day they gave
    MET = "met"
    THANKED = "thanked"
    KEEPING_IN_TOUCH = "keeping_in_touch"

    @property
    def label(self) -> str:
        return "not now, ask later" if self is Stage.LATER else self.value.replace("_", " ")


class Channel(enum.StrEnum):
    """How the participant would like to meet a contact."""

    PHONE = "phone"
    COFFEE = "coffee"
    VIDEO = "video"

    @property
    def label(self) -> str:
        return {"phone": "by phone", "coffee": "over coffee or a drink", "video": "by video"}[
            self.value
        ]


class ActivityKind(enum.StrEnum):
    """The kinds of networking activity the log records."""

    CONTACT_ADDED = "contact_added"
    RESEARCH_DONE = "research_done"
    REQUEST_SENT = "request_sent"
    REPLY_RECEIVED = "reply_received"
    FOLLOW_UP_SENT = "follow_up_sent"
    QUESTIONS_PREPARED = "questions_prepared"
    MEETING_HELD = "meeting_held"
    THANK_YOU_SENT = "thank_you_sent"
    KEPT_IN_TOUCH = "kept_in_touch"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


def plural(count: int, word: str, many: str | None = None) -> str:
    """Return "1 contact" or "3 contacts": a count with its noun (``many`` if irregular)."""
    return f"{count} {word if count == 1 else many or word + 's'}"


class InputError(ValueError):
    """What a participant typed cannot be saved; ``problems`` says why, one sentence each."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(self.problems))


# Explicit bidi overrides and isolates can make a name display as something else entirely.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Control characters, and the line and paragraph separators that break a one-line text.
_INVISIBLE = frozenset({"Cc", "Zl", "Zp"})


def clean_text(
    value: object, what: str, *, max_chars: int, required: bool = True, multiline: bool = False
) -> str:
    """Return participant text tidied up, or raise InputError saying what to fix.

    Any script is welcome (names are not only Latin); invisible control characters are not,
    and the text is normalised so that the same name typed twice compares equal. ``multiline``
    allows line breaks and tabs, as in notes.
    """
    if not isinstance(value, str):
        raise InputError([f"{what} must be text."])
    text = unicodedata.normalize("NFC", value).strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        # Unicode's own line and paragraph separators are line breaks too.
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if not text:
        if required:
            raise InputError([f"Please fill in {what[0].lower()}{what[1:]}: it is empty."])
        return ""
    allowed = "\n\t" if multiline else ""
    if any(
        (unicodedata.category(ch) in _INVISIBLE and ch not in allowed) or ch in _BIDI_CONTROLS
        for ch in text
    ):
        where = "" if multiline else "line breaks, tabs or "
        raise InputError(
            [
                f"{what} contains invisible control characters ({where}direction overrides). "
                "Please retype it without them."
            ]
        )
    if len(text) > max_chars:
        raise InputError(
            [f"{what} is {len(text):,} characters long; please keep it to {max_chars:,} or fewer."]
        )
    return text


def expand_home(location: str | os.PathLike[str]) -> Path | None:
    """Return the path with a leading ``~`` or ``~user`` expanded; None when that home is
    not known here (pathlib would raise RuntimeError, or ValueError for a NUL in the user's
    name), so the caller can say so in words."""
    try:
        return Path(location).expanduser()
    except (RuntimeError, ValueError):
        return None


NAME_MAX_CHARS = 80
FIELD_MAX_CHARS = 120
NOTES_MAX_CHARS = 5_000
DETAIL_MAX_CHARS = 2_000
#: What each of a contact's details is called in messages, and its longest length.
CONTACT_LIMITS = {
    "name": ("The contact's name", 80),
    "role": ("Their role", 120),
    "organisation": ("Their organisation", 120),
    "industry": ("Their industry", 120),
    "connection": ("How you are connected", 300),
    "email": ("Their email", 254),
    "address_as": ("How they like to be addressed", 80),
}


class DeclinedError(InputError):
    """The contact said no, and a no is final: no new request, no follow-up, no new stage."""


def clean_notes(
    value: object, what: str = "Your notes", *, max_chars: int = NOTES_MAX_CHARS
) -> str:
    """Return notes tidied up (line breaks kept, may be empty), or raise InputError."""
    return clean_text(value, what, max_chars=max_chars, required=False, multiline=True)


def activity_kind(kind: object) -> ActivityKind:
    """Return the kind of networking activity, or raise InputError saying it is not one."""
    try:
        return ActivityKind(str(kind))
    except ValueError:
        raise InputError([f"{kind!r} is not a kind of networking activity."]) from None


def stage_of(stage: object) -> Stage:
    """Return the stage, or raise InputError listing the stages there are."""
    try:
        return Stage(str(stage))
    except ValueError:
        stages = ", ".join(s.label for s in Stage)
        raise InputError([f"{stage!r} is not a stage; choose one of: {stages}."]) from None


#: activities that ask something of a contact, refused once they have said no
ASKING_KINDS = frozenset({ActivityKind.REQUEST_SENT, ActivityKind.FOLLOW_UP_SENT})


@dataclass(frozen=True)
class Profile:
    """Who the participant is in this workshop and what they want to learn."""

    name: str
    field_of_interest: str
    goals: tuple[Goal, ...]
    updated_at: datetime | None = None

    @classmethod
    def from_input(
        cls, name: object, field_of_interest: object, goals: Iterable[object]
    ) -> Profile:
        """Build a profile from what was typed, or raise InputError listing every problem."""
        problems: list[str] = []
        clean: dict[str, str] = {}
        for key, value, what, limit in (
            ("name", name, "Your name or alias", NAME_MAX_CHARS),
            ("field", field_of_interest, "Your field of interest", FIELD_MAX_CHARS),
        ):
            try:
                clean[key] = clean_text(value, what, max_chars=limit)
            except InputError as error:
                problems.extend(error.problems)
        chosen: list[Goal] = []
        for goal in goals:
            try:
                chosen.append(Goal(str(goal)))
            except ValueError:
                problems.append(f"{goal!r} is not one of the learning goals.")
        if not chosen:
            problems.append("Pick at least one thing you want to learn.")
        if problems:
            raise InputError(problems)
        ordered = tuple(g for g in Goal if g in chosen)
        return cls(name=clean["name"], field_of_interest=clean["field"], goals=ordered)


@dataclass(frozen=True)
class Contact:
    """Someone the participant may ask for an informational interview."""

    id: int
    name: str
    role: str = ""
    organisation: str = ""
    industry: str = ""
    connection: str = ""
    channel: Channel = Channel.COFFEE
    email: str = ""
    notes: str = ""
    stage: Stage = Stage.IDENTIFIED
    added_on: date | None = None
    keep_in_touch_days: int = 90
    #: the practice persona's id for a practice contact; "" for a real person
    practice: str = ""
    #: how they like to be addressed in a greeting ("Dr Lopez", "Wei"); "" when not known
    address_as: str = ""
    #: for "not now, ask me later": the day to ask again
    ask_again_on: date | None = None

    @property
    def is_practice(self) -> bool:
        return bool(self.practice)

    @property
    def shown_name(self) -> str:
        """The name as every list shows it: a practice contact says so, in words."""
        return f"Practice: {self.name}" if self.practice else self.name


@dataclass(frozen=True)
class NewContact:
    """A contact's details as typed, checked and tidied, before they are saved."""

    name: str
    role: str = ""
    organisation: str = ""
    industry: str = ""
    connection: str = ""
    channel: Channel = Channel.COFFEE
    email: str = ""
    notes: str = ""
    address_as: str = ""

    @classmethod
    def from_input(
        cls,
        name: object,
        *,
        role: object = "",
        organisation: object = "",
        industry: object = "",
        connection: object = "",
        channel: object = Channel.COFFEE,
        email: object = "",
        notes: object = "",
        address_as: object = "",
    ) -> NewContact:
        """Build a contact from what was typed, or raise InputError listing every problem."""
        typed = {
            "name": name,
            "role": role,
            "organisation": organisation,
            "industry": industry,
            "connection": connection,
            "email": email,
            "address_as": address_as,
        }
        clean: dict[str, str] = {}
        problems: list[str] = []
        for key, value in typed.items():
            what, limit = CONTACT_LIMITS[key]
            try:
                clean[key] = clean_text(value, what, max_chars=limit, required=key == "name")
            except InputError as error:
                problems.extend(error.problems)
        try:
            clean["notes"] = clean_notes(notes)
        except InputError as error:
            problems.extend(error.problems)
        if clean.get("email") and "@" not in clean["email"]:
            problems.append("Their email should look like name@example.org.")
        try:
            way = Channel(str(channel))
        except ValueError:
            problems.append(f"{channel!r} is not a way to meet: choose phone, coffee or video.")
        if problems:
            raise InputError(problems)
        return cls(channel=way, **clean)

    def same_as(self, contacts: Iterable[Contact]) -> Contact | None:
        """The contact already kept with this name at this organisation, if any."""
        for contact in contacts:
            if (
                contact.name.casefold() == self.name.casefold()
                and contact.organisation.casefold() == self.organisation.casefold()
            ):
                return contact
        return None

    def refuse_duplicate(self, contacts: Iterable[Contact]) -> None:
        """Raise InputError when this person is already among the contacts."""
        same = self.same_as(contacts)
        if same is not None:
            where = f" at {same.organisation}" if same.organisation else ""
            raise InputError(
                [
                    f"You already have {same.name}{where} in your contacts; choose them "
                    "from the list instead of adding them again."
                ]
            )


@dataclass(frozen=True)
class Debrief:
    """What the participant takes away from one meeting, written just after it."""

    contact_id: int
    learned: str = ""
    still_fits: str = ""
    suggested: str = ""  # who they suggested talking to next
    next_step: str = ""  # what I will do, by when

    QUESTIONS = {
        "learned": "What did I learn?",
        "still_fits": "Does this path still fit me? Why, or why not?",
        "suggested": "Who did they suggest I talk to?",
        "next_step": "What will I do next, and by when?",
    }

    def cleaned(self) -> Debrief:
        """The same debrief with each answer tidied, or InputError naming the one to shorten."""
        return Debrief(
            self.contact_id,
            *(
                clean_notes(getattr(self, key), question)
                for key, question in self.QUESTIONS.items()
            ),
        )

    @property
    def empty(self) -> bool:
        return not any(getattr(self, key).strip() for key in self.QUESTIONS)


@dataclass(frozen=True)
class Activity:
    """One entry of the append-only networking log."""

    id: int
    happened_on: date
    kind: ActivityKind
    contact_id: int | None = None
    detail: str = ""
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class Phase:
    """One notebook of the workshop, with its timing."""

    number: int
    slug: str
    title: str
    summary: str
    teaching_minutes: int
    exercise_minutes: int
    aliases: tuple[str, ...] = field(default=())

    @property
    def notebook(self) -> str:
        return f"{self.number:02d}-{self.slug}.ipynb"

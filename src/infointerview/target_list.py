"""The target list: organisations a participant might want to work for, marked and ranked.

In the spirit of Dalton's LAMP list (*The 2-Hour Job Search*), each target gets three marks in
plain words: **a way in** (do you know someone there, or someone who could introduce you?),
**how much you want it** (1 to 5) and **does it hire people like you** (1 to 3). The list is
ranked by how much you want it first, then whether it hires people like you, then a way in;
the participant's own order breaks ties, and they may move any target up or down by hand.
The top few are the ones to work on first.

(Not to be confused with the *weekly targets* of the networking log: how many of each kind
of activity a participant aims for each week. Those live in ``networking``.)
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from infointerview.connections import company_key
from infointerview.model import Contact, InputError, clean_text

#: Dalton's method aims for about forty organisations; any number works.
SUGGESTED_LENGTH = 40
#: how many of the ranked list to work on first
TOP_FEW = 5
#: a list this long is plenty; more is almost certainly a pasted file gone wrong
MAX_TARGETS = 2_000
NAME_MAX_CHARS = 120
NOTES_MAX_CHARS = 1_000

WANT_LEVELS = {
    1: "1 — only just",
    2: "2 — a little",
    3: "3 — quite",
    4: "4 — very much",
    5: "5 — my dream",
}
HIRES_LEVELS = {
    1: "1 — no sign of it",
    2: "2 — not sure",
    3: "3 — yes, roles like mine",
}
WAY_IN_LEVELS = {False: "Not yet", True: "Yes"}

#: the ways to find a person at a target, each with the helper the notebook offers for it
WAYS_TO_FIND = (
    (
        "introduction",
        "A warm introduction",
        "Ask someone you know who knows someone there. The introduction helper drafts the ask.",
    ),
    (
        "linkedin",
        "Your LinkedIn connections",
        "Load your Connections.csv: it shows who you already know at each target.",
    ),
    (
        "alumni",
        "Alumni of your school",
        "Search your school's alumni directory (or LinkedIn's alumni tool) for the "
        "organisation's name.",
    ),
    (
        "association",
        "A professional association",
        "Member directories, committees and event speakers of the association for the field.",
    ),
    (
        "author",
        "An author or speaker you admire",
        "Someone there who wrote an article or gave a talk you liked: you already have an opener.",
    ),
)


@dataclass(frozen=True)
class Target:
    """One organisation on the target list, with its three marks and the participant's notes."""

    id: int
    name: str
    way_in: bool
    want: int
    hires: int
    notes: str
    position: int
    added_on: date

    @property
    def rank_key(self) -> tuple[int, int, int, int]:
        """Sort key: most wanted first, then hires people like you, then a way in, then hand."""
        return (*marks_key(self.want, self.hires, self.way_in), self.position)


@dataclass(frozen=True)
class TargetInput:
    """A target as typed, checked: what the store may save."""

    name: str
    way_in: bool
    want: int
    hires: int
    notes: str

    @classmethod
    def from_input(
        cls,
        name: object,
        *,
        way_in: object = False,
        want: object = 3,
        hires: object = 2,
        notes: object = "",
    ) -> TargetInput:
        """Check a target as typed; raise InputError listing every problem."""
        problems: list[str] = []
        clean_name = clean_notes = ""
        try:
            clean_name = clean_text(name, "The organisation's name", max_chars=NAME_MAX_CHARS)
        except InputError as error:
            problems.extend(error.problems)
        try:
            clean_notes = clean_text(
                notes, "Your notes", max_chars=NOTES_MAX_CHARS, required=False, multiline=True
            )
        except InputError as error:
            problems.extend(error.problems)
        if not isinstance(way_in, bool):
            problems.append("'A way in' is yes or not yet.")
        if isinstance(want, bool) or want not in WANT_LEVELS:
            problems.append("'How much you want it' is a mark from 1 to 5.")
        if isinstance(hires, bool) or hires not in HIRES_LEVELS:
            problems.append("'Hires people like you' is a mark from 1 to 3.")
        if problems:
            raise InputError(problems)
        return cls(clean_name, bool(way_in), int(want), int(hires), clean_notes)  # type: ignore[call-overload]


def marks_key(want: int, hires: int, way_in: bool) -> tuple[int, int, int]:
    """Sort key of the three marks alone: lower sorts first."""
    return (-want, -hires, -int(way_in))


def place_for(order: Sequence[Target], new: TargetInput) -> int:
    """Return where a new (or re-marked) target goes in the participant's order: before the
    first target its marks beat, so hand moves made earlier stay as they are."""
    key = marks_key(new.want, new.hires, new.way_in)
    for index, target in enumerate(order):
        if key < marks_key(target.want, target.hires, target.way_in):
            return index
    return len(order)


def ranked(targets: Iterable[Target]) -> list[Target]:
    """Return the targets best first: want, then hires people like you, then a way in."""
    return sorted(targets, key=lambda target: target.rank_key)


def hand_order(targets: Iterable[Target]) -> list[Target]:
    """Return the targets in the participant's own order (as listed, moved by hand)."""
    return sorted(targets, key=lambda target: (target.position, target.id))


def moved(order: Sequence[int], target_id: int, steps: int) -> list[int]:
    """Return the ids in ``order`` with ``target_id`` moved ``steps`` places (negative: up).

    Moving past either end stops at the end; an id not in the list raises InputError.
    """
    ids = list(order)
    if target_id not in ids:
        raise InputError(["That target is no longer on your list."])
    start = ids.index(target_id)
    ids.pop(start)
    ids.insert(max(0, min(len(ids), start + steps)), target_id)
    return ids


def check_count(count: int) -> None:
    """Refuse a list past MAX_TARGETS: the participant is told what to do."""
    if count >= MAX_TARGETS:
        raise InputError(
            [
                f"Your target list already has {MAX_TARGETS:,} organisations, more than anyone "
                "can work through. Remove some you care least about first."
            ]
        )


def same_organisation(target_name: str, organisation: str) -> bool:
    """True when a contact's organisation names this target, despite case, accents,
    punctuation and legal suffixes (Ltd, Inc, GmbH …)."""
    key = company_key(target_name)
    return bool(key) and key == company_key(organisation)


def contacts_at(target: Target, contacts: Iterable[Contact]) -> list[Contact]:
    """Return the real contacts whose organisation is this target."""
    key = company_key(target.name)
    if not key:
        return []
    return [c for c in contacts if not c.practice and company_key(c.organisation) == key]


@dataclass(frozen=True)
class TargetCounts:
    """What the progress table, the instructor's export and the cohort report count."""

    listed: int
    with_contact: int


def target_counts(targets: Iterable[Target], contacts: Iterable[Contact]) -> TargetCounts:
    """Count the targets listed and those with at least one real (not practice) contact."""
    keys = {company_key(c.organisation) for c in contacts if not c.practice and c.organisation}
    keys.discard("")
    targets = list(targets)
    return TargetCounts(len(targets), sum(company_key(t.name) in keys for t in targets))


CSV_COLUMNS = ("rank", "organisation", "way in", "how much you want it", "hires people like you")


def target_csv(targets: Iterable[Target]) -> str:
    """Return the list, ranked, as CSV; no cell can be read as a spreadsheet formula."""
    from infointerview.export import neutralise

    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    writer.writerow((*CSV_COLUMNS, "notes"))
    for number, target in enumerate(hand_order(targets), start=1):
        writer.writerow(
            (
                str(number),
                neutralise(target.name),
                WAY_IN_LEVELS[target.way_in],
                str(target.want),
                str(target.hires),
                neutralise(target.notes),
            )
        )
    return buffer.getvalue()

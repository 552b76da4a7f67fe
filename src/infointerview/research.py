"""How complete a contact's research is, in two depths, per scope and overall.

**Before you ask** is a handful of items (who they are, what their organisation does, why
you chose them, how they like to be addressed, how to reach them): all of it done makes a
contact *researched*, and a request fair. **Before you meet** is the whole checklist, offered
again in 03 Prepare; it gates nothing.

Some research is done once for many contacts: the "yourself" items belong to the profile,
and contacts at the same organisation share the organisation and industry items. Where the
same item was saved in several places, the latest save is the one that counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from infointerview.connections import company_key
from infointerview.content import SCOPES, Checklist
from infointerview.model import Contact

#: the two depths: "ask" (the short list that gates a request) and "meet" (everything)
DEPTHS = ("ask", "meet")
DEPTH_TITLES = {"ask": "Before you ask", "meet": "Before you meet"}
#: share of the "before you ask" list done before a contact counts as researched
RESEARCHED_AT = 1.0
#: scopes whose answers contacts at the same organisation share
SHARED_BY_ORGANISATION = ("company", "industry")
#: the scope done once, in the profile
PROFILE_SCOPE = "self"


@dataclass(frozen=True)
class ResearchEntry:
    """One research checklist item for one contact: ticked or not, and the notes taken."""

    done: bool
    notes: str = ""


@dataclass(frozen=True)
class Completeness:
    """Items done out of items in the checklist, per scope and overall."""

    by_scope: dict[str, tuple[int, int]]

    @property
    def done(self) -> int:
        return sum(done for done, _ in self.by_scope.values())

    @property
    def total(self) -> int:
        return sum(total for _, total in self.by_scope.values())

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    def scope_fraction(self, scope: str) -> float:
        done, total = self.by_scope[scope]
        return done / total if total else 0.0


def items_at(checklist: Checklist, depth: str, scope: str) -> tuple:
    """The checklist's items of one scope at one depth ("ask": the short list only)."""
    if depth not in DEPTHS:
        raise ValueError(f"A research depth is one of {', '.join(DEPTHS)}, not {depth!r}.")
    return tuple(
        item for item in checklist.in_scope(scope) if depth == "meet" or item.before_you_ask
    )


def completeness(
    checklist: Checklist, entries: Mapping[str, ResearchEntry], depth: str = "meet"
) -> Completeness:
    """Count the ticked items of the checklist in use at this depth (items no longer in it
    do not count)."""
    by_scope = {}
    for scope in SCOPES:
        items = items_at(checklist, depth, scope)
        done = sum(entries.get(item.id, ResearchEntry(False)).done for item in items)
        by_scope[scope] = (done, len(items))
    return Completeness(by_scope)


def is_researched(checklist: Checklist, entries: Mapping[str, ResearchEntry]) -> bool:
    """True once the "before you ask" list is done: a request is then fair."""
    return completeness(checklist, entries, "ask").fraction >= RESEARCHED_AT


def still_to_do(checklist: Checklist, entries: Mapping[str, ResearchEntry]) -> list[str]:
    """The "before you ask" items not ticked yet, in checklist order."""
    return [
        item.text
        for scope in SCOPES
        for item in items_at(checklist, "ask", scope)
        if not entries.get(item.id, ResearchEntry(False)).done
    ]


def organisation_peers(contact: Contact, contacts: Iterable[Contact]) -> list[int]:
    """The other real contacts at the same organisation (practice contacts share nothing)."""
    key = company_key(contact.organisation)
    if contact.practice or not key:
        return []
    return [
        other.id
        for other in contacts
        if other.id != contact.id and not other.practice and company_key(other.organisation) == key
    ]


@dataclass(frozen=True)
class Saved:
    """A research entry with when it was saved, to choose the latest among shared ones."""

    entry: ResearchEntry
    saved_at: str


def sharing_with(
    checklist: Checklist, item_id: str, contact: Contact, contacts: Iterable[Contact]
) -> list[int]:
    """The other contacts a save of this item for this contact also goes to: contacts at the
    same organisation, for organisation and industry items; nobody otherwise."""
    scope = next((item.scope for item in checklist.items if item.id == item_id), None)
    if scope not in SHARED_BY_ORGANISATION:
        return []
    return organisation_peers(contact, contacts)


def merged(
    checklist: Checklist,
    own: Mapping[str, Saved],
    peers: Iterable[Mapping[str, Saved]],
    yourself: Mapping[str, Saved],
) -> dict[str, ResearchEntry]:
    """One contact's research as it counts: the "yourself" items from the profile; their own
    entries; and, for organisation and industry items they have not saved themselves, the
    latest save of a contact at the same organisation (saves of those items go to everyone
    there, so the shared entries agree)."""
    scope = {item.id: item.scope for item in checklist.items}
    best = dict(own)
    for entries in peers:
        for item_id, saved in entries.items():
            if scope.get(item_id) not in SHARED_BY_ORGANISATION:
                continue
            if item_id not in own and (
                item_id not in best or saved.saved_at > best[item_id].saved_at
            ):
                best[item_id] = saved
    for item_id, saved in yourself.items():
        if scope.get(item_id) == PROFILE_SCOPE:
            best[item_id] = saved
    return {item_id: saved.entry for item_id, saved in best.items()}

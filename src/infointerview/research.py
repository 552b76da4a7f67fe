"""How complete a contact's research is, per scope and overall."""

from __future__ import annotations

from dataclasses import dataclass

from infointerview.content import SCOPES, Checklist

#: share of the checklist done before a contact counts as researched (and a request is fair)
RESEARCHED_AT = 0.5


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


def completeness(checklist: Checklist, entries: dict[str, ResearchEntry]) -> Completeness:
    """Count the ticked items of the checklist in use (items no longer in it do not count)."""
    return Completeness(
        {
            scope: (
                sum(
                    entries.get(item.id, ResearchEntry(False)).done
                    for item in checklist.in_scope(scope)
                ),
                len(checklist.in_scope(scope)),
            )
            for scope in SCOPES
        }
    )

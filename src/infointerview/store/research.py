"""Research checklists: one row per contact and checklist item, ticked or not, with notes.

A contact's research as it counts also takes in what is shared (``research.merged``): the
organisation and industry items of contacts at the same organisation, and the "yourself"
items saved once in the profile.
"""

from __future__ import annotations

from infointerview import clock, content
from infointerview.model import clean_notes, clean_text
from infointerview.research import (
    ResearchEntry,
    Saved,
    merged,
    organisation_peers,
    sharing_with,
)
from infointerview.store.changes import Change
from infointerview.store.contacts import ContactRecords


class ResearchRecords(ContactRecords):
    def _own_research(self, contact_ids: list[int]) -> dict[int, dict[str, Saved]]:
        found: dict[int, dict[str, Saved]] = {contact_id: {} for contact_id in contact_ids}
        if not contact_ids:
            return found
        marks = ",".join("?" * len(contact_ids))
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT contact_id, item_id, done, notes, updated_at FROM research "
                f"WHERE contact_id IN ({marks})",
                contact_ids,
            ).fetchall()
        for contact_id, item_id, done, notes, updated_at in rows:
            found[contact_id][item_id] = Saved(ResearchEntry(bool(done), notes), updated_at)
        return found

    def _yourself_saved(self) -> dict[str, Saved]:
        with self._reading() as conn:
            rows = conn.execute("SELECT item_id, done, notes, updated_at FROM yourself").fetchall()
        return {row[0]: Saved(ResearchEntry(bool(row[1]), row[2]), row[3]) for row in rows}

    def research(self, contact_id: int) -> dict[str, ResearchEntry]:
        """Return this contact's research as it counts: item id to (done, notes), with what
        contacts at the same organisation and the profile share with them."""
        contact = self.contact(contact_id)
        peers = organisation_peers(contact, self.contacts())
        saved = self._own_research([contact_id, *peers])
        return merged(
            content.research_checklist(),
            saved[contact_id],
            [saved[peer] for peer in peers],
            self._yourself_saved(),
        )

    def save_research(
        self, contact_id: int, item_id: str, *, done: bool, notes: str = ""
    ) -> ResearchEntry:
        """Save one checklist item for a contact: ticked or not, and the notes taken.

        Organisation and industry items go to every contact at the same organisation too.
        A tick is announced (progress follows it); notes saved as they are typed are not.
        """
        notes = clean_notes(notes)
        item_id = clean_text(item_id, "The checklist item", max_chars=100)
        contact = self.contact(contact_id)
        everyone = [
            contact_id,
            *sharing_with(content.research_checklist(), item_id, contact, self.contacts()),
        ]
        before = self.research(contact_id).get(item_id)
        ticked = (before.done if before else False) != bool(done)
        with self._writing(Change("research", contact_id) if ticked else None) as conn:
            saved_at = clock.now().isoformat()
            conn.executemany(
                "INSERT INTO research(contact_id, item_id, done, notes, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(contact_id, item_id) DO UPDATE SET "
                "done = excluded.done, notes = excluded.notes, updated_at = excluded.updated_at",
                [(who, item_id, int(bool(done)), notes, saved_at) for who in everyone],
            )
        return ResearchEntry(bool(done), notes)

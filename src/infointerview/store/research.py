"""Research checklists: one row per contact and checklist item, ticked or not, with notes."""

from __future__ import annotations

from infointerview import clock
from infointerview.model import clean_notes, clean_text
from infointerview.research import ResearchEntry
from infointerview.store.changes import Change
from infointerview.store.contacts import ContactRecords


class ResearchRecords(ContactRecords):
    def research(self, contact_id: int) -> dict[str, ResearchEntry]:
        """Return this contact's research so far: item id to (done, notes)."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT item_id, done, notes FROM research WHERE contact_id = ?", (contact_id,)
            ).fetchall()
        return {row[0]: ResearchEntry(bool(row[1]), row[2]) for row in rows}

    def save_research(
        self, contact_id: int, item_id: str, *, done: bool, notes: str = ""
    ) -> ResearchEntry:
        """Save one checklist item for a contact: ticked or not, and the notes taken.

        A tick is announced (progress follows it); notes saved as they are typed are not.
        """
        notes = clean_notes(notes)
        item_id = clean_text(item_id, "The checklist item", max_chars=100)
        self.contact(contact_id)
        before = self.research(contact_id).get(item_id)
        ticked = (before.done if before else False) != bool(done)
        with self._writing(Change("research", contact_id) if ticked else None) as conn:
            conn.execute(
                "INSERT INTO research(contact_id, item_id, done, notes, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(contact_id, item_id) DO UPDATE SET "
                "done = excluded.done, notes = excluded.notes, updated_at = excluded.updated_at",
                (contact_id, item_id, int(bool(done)), notes, clock.now().isoformat()),
            )
        return ResearchEntry(bool(done), notes)

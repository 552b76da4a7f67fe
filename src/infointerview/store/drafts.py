"""Drafts (a request, a thank-you) kept per contact as they are typed."""

from __future__ import annotations

from infointerview import clock
from infointerview.drafts import check_draft
from infointerview.store.contacts import ContactRecords


class DraftRecords(ContactRecords):
    def draft(self, contact_id: int, kind: str) -> str:
        """Return the saved draft of this kind ("request", "thank_you") for a contact, or ""."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT text FROM drafts WHERE contact_id = ? AND kind = ?", (contact_id, kind)
            ).fetchone()
        return row[0] if row else ""

    def save_draft(self, contact_id: int, kind: str, text: str) -> None:
        """Keep a draft as it is typed, so closing the page never loses it (announced to no
        one: nothing else on the page changes while a participant types)."""
        text = check_draft(text)
        self.contact(contact_id)
        with self._writing(None) as conn:
            conn.execute(
                "INSERT INTO drafts(contact_id, kind, text, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(contact_id, kind) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                (contact_id, kind, text, clock.now().isoformat()),
            )

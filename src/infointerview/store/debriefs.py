"""Debriefs: what the participant takes away from a meeting, one per contact."""

from __future__ import annotations

from infointerview import clock
from infointerview.model import Debrief
from infointerview.store.changes import Change
from infointerview.store.contacts import ContactRecords


class DebriefRecords(ContactRecords):
    def debrief(self, contact_id: int) -> Debrief:
        """Return the debrief of the meeting with this contact (empty before one is written)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT learned, still_fits, suggested, next_step FROM debriefs "
                "WHERE contact_id = ?",
                (contact_id,),
            ).fetchone()
        return Debrief(contact_id, *row) if row else Debrief(contact_id)

    def save_debrief(self, debrief: Debrief, *, typing: bool = False) -> Debrief:
        """Keep a debrief; ``typing`` marks a save made as it is typed (announced to no one)."""
        clean = debrief.cleaned()
        self.contact(clean.contact_id)
        with self._writing(None if typing else Change("plans", clean.contact_id)) as conn:
            conn.execute(
                "INSERT INTO debriefs(contact_id, learned, still_fits, suggested, next_step, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(contact_id) DO UPDATE SET "
                "learned = excluded.learned, still_fits = excluded.still_fits, "
                "suggested = excluded.suggested, next_step = excluded.next_step, "
                "updated_at = excluded.updated_at",
                (
                    clean.contact_id,
                    clean.learned,
                    clean.still_fits,
                    clean.suggested,
                    clean.next_step,
                    clock.now().isoformat(),
                ),
            )
        return clean

"""Taking back a "no" recorded by mistake, in the same sitting; after that it is final.

A participant who presses "They said no" on the wrong contact can undo it while the panel is
open. The undo is allowed by the workspace's own triggers only for the rows this sitting
recorded; everywhere else a no stays final.
"""

from __future__ import annotations

import uuid

from infointerview.model import ActivityKind, Contact, InputError, Stage
from infointerview.store.changes import Change
from infointerview.store.contacts import ContactRecords

CANNOT_UNDO = (
    "That no can no longer be taken back: it was recorded in an earlier sitting or another "
    "tab. A no is final; put your energy into someone new."
)


class DeclineUndoRecords(ContactRecords):
    _sitting: str

    def _sitting_id(self) -> str:
        if not hasattr(self, "_sitting"):
            self._sitting = uuid.uuid4().hex
        return self._sitting

    def keep_undoable(self, contact_id: int, previous_stage: Stage) -> None:
        """Let the no just recorded for this contact be taken back in this sitting."""
        with self._writing(None) as conn:
            # Earlier sittings' undo windows are closed: their noes are final now.
            conn.execute("DELETE FROM undoable_declines WHERE sitting != ?", (self._sitting_id(),))
            history = conn.execute(
                "SELECT max(id) FROM stage_history WHERE contact_id = ? AND stage = 'declined'",
                (contact_id,),
            ).fetchone()[0]
            reply = conn.execute(
                "SELECT max(id) FROM activity WHERE contact_id = ? AND kind = ?",
                (contact_id, ActivityKind.REPLY_RECEIVED.value),
            ).fetchone()[0]
            if history is None or reply is None:
                raise InputError(["There is no recorded no to take back for this contact."])
            conn.execute(
                "INSERT OR REPLACE INTO undoable_declines(contact_id, sitting, previous_stage, "
                "history_id, activity_id) VALUES (?, ?, ?, ?, ?)",
                (contact_id, self._sitting_id(), previous_stage.value, history, reply),
            )

    def undo_decline(self, contact_id: int) -> Contact:
        """Take back the no recorded in this sitting: the contact is as before it, and the
        reply and stage change are gone from the log."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT previous_stage, history_id, activity_id FROM undoable_declines "
                "WHERE contact_id = ? AND sitting = ?",
                (contact_id, self._sitting_id()),
            ).fetchone()
        if row is None:
            raise InputError([CANNOT_UNDO])
        previous, history, reply = row
        with self._writing(Change("contacts", contact_id)) as conn:
            conn.execute("UPDATE contacts SET stage = ? WHERE id = ?", (previous, contact_id))
            conn.execute("DELETE FROM stage_history WHERE id = ?", (history,))
            conn.execute("DELETE FROM activity WHERE id = ?", (reply,))
            conn.execute("DELETE FROM undoable_declines WHERE contact_id = ?", (contact_id,))
        return self.contact(contact_id)

    def make_final(self, contact_id: int) -> None:
        """Close the undo window for this contact's no."""
        with self._writing(None) as conn:
            conn.execute("DELETE FROM undoable_declines WHERE contact_id = ?", (contact_id,))

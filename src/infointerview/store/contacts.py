"""Contacts and their stages; a "no" is final, whatever route a write takes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from infointerview import clock
from infointerview.due import check_keep_in_touch_days
from infointerview.model import (
    CONTACT_LIMITS,
    ActivityKind,
    Channel,
    Contact,
    DeclinedError,
    InputError,
    NewContact,
    Stage,
    clean_text,
    stage_of,
)
from infointerview.store.changes import Change
from infointerview.store.file import WorkspaceFile
from infointerview.store.rows import REAL, append_activity, record_stage

COLUMNS = (
    "id, name, role, organisation, industry, connection, channel, email, notes, stage, added_on, "
    "keep_in_touch_days, practice, address_as, ask_again_on"
)


def _contact(row: Sequence) -> Contact:
    return Contact(
        id=row[0],
        name=row[1],
        role=row[2],
        organisation=row[3],
        industry=row[4],
        connection=row[5],
        channel=Channel(row[6]),
        email=row[7],
        notes=row[8],
        stage=Stage(row[9]),
        added_on=date.fromisoformat(row[10]),
        keep_in_touch_days=row[11],
        practice=row[12],
        address_as=row[13],
        ask_again_on=date.fromisoformat(row[14]) if row[14] else None,
    )


class ContactRecords(WorkspaceFile):
    def add_contact(
        self,
        name: str,
        *,
        role: str = "",
        organisation: str = "",
        industry: str = "",
        connection: str = "",
        channel: Channel | str = Channel.COFFEE,
        email: str = "",
        notes: str = "",
        address_as: str = "",
        on: date | None = None,
        practice: str = "",
    ) -> Contact:
        """Add a contact at the 'identified' stage and log it; raise InputError on bad input.

        ``practice`` names the persona of a practice contact: everything done with them is
        kept, and left out of every chart, count, export, calendar and report.
        """
        new = NewContact.from_input(
            name,
            role=role,
            organisation=organisation,
            industry=industry,
            connection=connection,
            channel=channel,
            email=email,
            notes=notes,
            address_as=address_as,
        )
        new.refuse_duplicate(self.contacts(with_practice=True))
        day = clock.check_day(on or clock.today(), "A contact")
        with self._writing(None) as conn:
            cursor = conn.execute(
                "INSERT INTO contacts(name, role, organisation, industry, connection, channel, "
                "email, notes, stage, added_on, practice, address_as) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new.name,
                    new.role,
                    new.organisation,
                    new.industry,
                    new.connection,
                    new.channel.value,
                    new.email,
                    new.notes,
                    Stage.IDENTIFIED.value,
                    day.isoformat(),
                    str(practice),
                    new.address_as,
                ),
            )
            contact_id = cursor.lastrowid
            assert contact_id is not None
            record_stage(conn, contact_id, Stage.IDENTIFIED, day)
            append_activity(conn, day, ActivityKind.CONTACT_ADDED, contact_id, "")
        self._listeners.announce(Change("contact-added", contact_id))
        return self.contact(contact_id)

    def contacts(self, *, with_practice: bool = False) -> list[Contact]:
        """Return the real contacts (and practice ones when asked), in the order added."""
        where = "" if with_practice else f" WHERE {REAL}"
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {COLUMNS} FROM contacts{where} ORDER BY id").fetchall()
        return [_contact(row) for row in rows]

    def practice_ids(self) -> frozenset[int]:
        """The ids of practice contacts."""
        with self._reading() as conn:
            rows = conn.execute(f"SELECT id FROM contacts WHERE NOT ({REAL})").fetchall()
        return frozenset(row[0] for row in rows)

    def clear_practice(self, contact_id: int) -> Contact:
        """Remove a practice contact and everything done with them; real records are untouched.

        Refuses a real contact: real work is never deleted.
        """
        contact = self.contact(contact_id)
        if not contact.is_practice:
            raise InputError([f"{contact.name} is a real contact: only practice can be cleared."])
        with self._writing(Change("contacts", contact_id)) as conn:
            for table in ("research", "drafts", "plan_questions", "meeting_plans", "debriefs"):
                conn.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
            conn.execute("DELETE FROM activity WHERE contact_id = ?", (contact_id,))
            conn.execute("DELETE FROM stage_history WHERE contact_id = ?", (contact_id,))
            conn.execute("DELETE FROM contacts WHERE id = ? AND practice != ''", (contact_id,))
        return contact

    def set_address_as(self, contact_id: int, address_as: str) -> Contact:
        """Keep how this contact likes to be addressed ("Dr Lopez", "Wei")."""
        what, limit = CONTACT_LIMITS["address_as"]
        text = clean_text(address_as, what, max_chars=limit, required=False)
        self.contact(contact_id)
        with self._writing(Change("contacts", contact_id)) as conn:
            conn.execute("UPDATE contacts SET address_as = ? WHERE id = ?", (text, contact_id))
        return self.contact(contact_id)

    def contact(self, contact_id: int) -> Contact:
        """Return one contact; raise LookupError when there is none with that id."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {COLUMNS} FROM contacts WHERE id = ?", (contact_id,)
            ).fetchone()
        if row is None:
            raise LookupError(f"There is no contact number {contact_id} in this workspace.")
        return _contact(row)

    def set_stage(
        self,
        contact_id: int,
        stage: Stage | str,
        *,
        on: date | None = None,
        ask_again_on: date | None = None,
    ) -> Contact:
        """Move a contact to a pipeline stage and keep the change in its history.

        ``ask_again_on`` goes with "not now, ask me later" (checked by ``stages``).
        """
        stage = stage_of(stage)
        day = clock.check_day(on or clock.today(), "A stage change")
        contact = self.contact(contact_id)
        if contact.stage is Stage.DECLINED and stage is not Stage.DECLINED:
            raise self._declined(contact)
        again = ask_again_on.isoformat() if stage is Stage.LATER and ask_again_on else ""
        with self._writing(Change("contacts", contact_id)) as conn:
            conn.execute(
                "UPDATE contacts SET stage = ?, ask_again_on = ? WHERE id = ?",
                (stage.value, again, contact_id),
            )
            record_stage(conn, contact_id, stage, day)
        return self.contact(contact_id)

    def set_keep_in_touch_days(self, contact_id: int, days: int) -> Contact:
        """Set how often (in days) to get back in touch with a contact."""
        days = check_keep_in_touch_days(days)
        self.contact(contact_id)
        with self._writing(Change("contacts", contact_id)) as conn:
            conn.execute(
                "UPDATE contacts SET keep_in_touch_days = ? WHERE id = ?", (days, contact_id)
            )
        return self.contact(contact_id)

    def stage_history(
        self, contact_id: int | None = None, *, with_practice: bool = False
    ) -> list[tuple[int, Stage, date]]:
        """Return (contact id, stage, day) for every stage change, oldest first.

        One contact's history is theirs, practice or not; everyone's leaves practice out
        unless asked.
        """
        query = "SELECT contact_id, stage, changed_on FROM stage_history"
        params: tuple[int, ...] = ()
        if contact_id is not None:
            query += " WHERE contact_id = ?"
            params = (contact_id,)
        elif not with_practice:
            query += f" WHERE contact_id IN (SELECT id FROM contacts WHERE {REAL})"
        with self._reading() as conn:
            rows = conn.execute(query + " ORDER BY changed_on, id", params).fetchall()
        return [(row[0], Stage(row[1]), date.fromisoformat(row[2])) for row in rows]

    def declined_on(self, contact_id: int) -> date | None:
        """Return the day this contact said no, or None if they never did."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT min(changed_on) FROM stage_history WHERE contact_id = ? "
                "AND stage = 'declined'",
                (contact_id,),
            ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def refusal(self, contact_id: int) -> str | None:
        """Say why this contact may not be asked again (they said no), or None if they may."""
        if self.declined_on(contact_id) is None:
            return None
        return self._declined(self.contact(contact_id)).problems[0]

    def _declined(self, contact: Contact) -> DeclinedError:
        day = self.declined_on(contact.id)
        when = f" on {day.day} {day:%B %Y}" if day else ""
        return DeclinedError(
            [
                f"{contact.name} said no{when}, and a no is final: please don't ask them again. "
                "Thank them for replying, and put your energy into someone new."
            ]
        )

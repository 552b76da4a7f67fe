"""Rows that more than one kind of record writes inside its own transaction."""

from __future__ import annotations

import sqlite3
from datetime import date

from infointerview import clock
from infointerview.model import ActivityKind, Stage

#: every query that counts or charts leaves practice contacts out unless asked
REAL = "practice = ''"


def append_activity(
    conn: sqlite3.Connection, day: date, kind: ActivityKind, contact_id: int | None, detail: str
) -> int:
    """Add one entry to the networking log; return its id."""
    cursor = conn.execute(
        "INSERT INTO activity(happened_on, kind, contact_id, detail, recorded_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (day.isoformat(), kind.value, contact_id, detail, clock.now().isoformat()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def record_stage(conn: sqlite3.Connection, contact_id: int, stage: Stage, day: date) -> None:
    """Keep a stage change in the contact's (append-only) history."""
    conn.execute(
        "INSERT INTO stage_history(contact_id, stage, changed_on) VALUES (?, ?, ?)",
        (contact_id, stage.value, day.isoformat()),
    )

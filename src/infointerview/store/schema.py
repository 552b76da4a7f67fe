"""The workspace's tables, and the migrations that bring an older file up to date.

Each migration is a script run once, in its own transaction, in order; the file remembers
the last one it ran in ``meta.schema_version``. A migration is never edited once released:
a change to the tables is a new script at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence

from infointerview.store.errors import WorkspaceError

# Written into the SQLite header so another program's database is never mistaken for ours.
APPLICATION_ID = 0x49504C53  # "IPLS"

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    f"""
    PRAGMA application_id = {APPLICATION_ID};
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        field_of_interest TEXT NOT NULL,
        goals TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        industry TEXT NOT NULL DEFAULT '',
        connection TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL,
        added_on TEXT NOT NULL
    );
    CREATE TABLE stage_history (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id),
        stage TEXT NOT NULL,
        changed_on TEXT NOT NULL
    );
    CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        happened_on TEXT NOT NULL,
        kind TEXT NOT NULL,
        contact_id INTEGER REFERENCES contacts(id),
        detail TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX activity_by_day ON activity(happened_on);
    CREATE TRIGGER activity_is_append_only_update BEFORE UPDATE ON activity
    BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
    CREATE TRIGGER activity_is_append_only_delete BEFORE DELETE ON activity
    BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
    CREATE TRIGGER stage_history_is_append_only_update BEFORE UPDATE ON stage_history
    BEGIN SELECT RAISE(ABORT, 'the stage history is append-only'); END;
    CREATE TRIGGER stage_history_is_append_only_delete BEFORE DELETE ON stage_history
    BEGIN SELECT RAISE(ABORT, 'the stage history is append-only'); END;
    """,
    # 2: research checklists and drafts per contact; a "no" is final, whatever route a
    #    write takes
    """
    CREATE TABLE research (
        contact_id INTEGER NOT NULL REFERENCES contacts(id),
        item_id TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (contact_id, item_id)
    );
    CREATE TABLE drafts (
        contact_id INTEGER NOT NULL REFERENCES contacts(id),
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (contact_id, kind)
    );
    CREATE TRIGGER declined_is_final_for_requests BEFORE INSERT ON activity
    WHEN NEW.kind IN ('request_sent', 'follow_up_sent') AND EXISTS (
        SELECT 1 FROM stage_history WHERE contact_id = NEW.contact_id AND stage = 'declined')
    BEGIN SELECT RAISE(ABORT, 'declined is final'); END;
    CREATE TRIGGER declined_is_final_for_stages BEFORE UPDATE OF stage ON contacts
    WHEN OLD.stage = 'declined' AND NEW.stage != 'declined'
    BEGIN SELECT RAISE(ABORT, 'declined is final'); END;
    """,
    # 3: question plans, meeting plans (agreed length, logistics, closing) and meeting notes
    """
    CREATE TABLE plan_questions (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id),
        position INTEGER NOT NULL,
        bank_id TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX plan_questions_by_contact ON plan_questions(contact_id, position);
    CREATE TABLE meeting_plans (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts(id),
        agreed_minutes INTEGER NOT NULL DEFAULT 30,
        ticked TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    """,
    # 4: keep-in-touch cadence per contact, the meeting's day, weekly targets
    """
    ALTER TABLE contacts ADD COLUMN keep_in_touch_days INTEGER NOT NULL DEFAULT 90;
    ALTER TABLE meeting_plans ADD COLUMN meeting_on TEXT NOT NULL DEFAULT '';
    CREATE TABLE targets (kind TEXT PRIMARY KEY, per_week INTEGER NOT NULL);
    """,
    # 5: practice contacts (the persona's id; '' for a real person), how each contact likes to
    #    be addressed, "not now: ask me later" with its day, a debrief after each meeting, the
    #    coach's settings; practice records may be cleared, while real history stays
    #    append-only
    """
    ALTER TABLE contacts ADD COLUMN practice TEXT NOT NULL DEFAULT '';
    ALTER TABLE contacts ADD COLUMN address_as TEXT NOT NULL DEFAULT '';
    ALTER TABLE contacts ADD COLUMN ask_again_on TEXT NOT NULL DEFAULT '';
    CREATE TABLE debriefs (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts(id),
        learned TEXT NOT NULL DEFAULT '',
        still_fits TEXT NOT NULL DEFAULT '',
        suggested TEXT NOT NULL DEFAULT '',
        next_step TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    -- A "no" just recorded can be taken back in the same sitting (a slip of the finger);
    -- the row is removed when the sitting ends, and then the no is final.
    CREATE TABLE undoable_declines (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts(id),
        sitting TEXT NOT NULL,
        previous_stage TEXT NOT NULL,
        history_id INTEGER NOT NULL,
        activity_id INTEGER NOT NULL
    );
    DROP TRIGGER declined_is_final_for_stages;
    CREATE TRIGGER declined_is_final_for_stages BEFORE UPDATE OF stage ON contacts
    WHEN OLD.stage = 'declined' AND NEW.stage != 'declined' AND NOT EXISTS (
        SELECT 1 FROM undoable_declines WHERE contact_id = OLD.id AND previous_stage = NEW.stage)
    BEGIN SELECT RAISE(ABORT, 'declined is final'); END;
    DROP TRIGGER activity_is_append_only_delete;
    CREATE TRIGGER activity_is_append_only_delete BEFORE DELETE ON activity
    WHEN (OLD.contact_id IS NULL OR NOT EXISTS (
        SELECT 1 FROM contacts WHERE id = OLD.contact_id AND practice != ''))
    AND NOT EXISTS (SELECT 1 FROM undoable_declines WHERE activity_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
    DROP TRIGGER stage_history_is_append_only_delete;
    CREATE TRIGGER stage_history_is_append_only_delete BEFORE DELETE ON stage_history
    WHEN NOT EXISTS (SELECT 1 FROM contacts WHERE id = OLD.contact_id AND practice != '')
    AND NOT EXISTS (SELECT 1 FROM undoable_declines WHERE history_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, 'the stage history is append-only'); END;
    -- The coach's settings (a quiet span, the weekly networking slot, the four-week plan)
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TRIGGER practice_stays_practice BEFORE UPDATE OF practice ON contacts
    WHEN OLD.practice != NEW.practice
    BEGIN SELECT RAISE(ABORT, 'practice is never real'); END;
    """,
    # v6: self-check answers. The first answer to a question is the one that counts, so a
    # question is answered once; later clicks only show feedback.
    """
    CREATE TABLE self_check_answers (
        notebook TEXT NOT NULL,
        question TEXT NOT NULL,
        answer INTEGER NOT NULL,
        correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
        answered_on TEXT NOT NULL,
        PRIMARY KEY (notebook, question)
    );
    """,
    # v7: the target list (organisations, marked and in the participant's order) and the
    # "yourself" research, done once in the profile instead of once per contact.
    """
    CREATE TABLE target_list (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        way_in INTEGER NOT NULL DEFAULT 0 CHECK (way_in IN (0, 1)),
        want INTEGER NOT NULL CHECK (want BETWEEN 1 AND 5),
        hires INTEGER NOT NULL CHECK (hires BETWEEN 1 AND 3),
        notes TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        added_on TEXT NOT NULL
    );
    CREATE TABLE yourself (
        item_id TEXT PRIMARY KEY,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> Iterator[str]:
    """Split an SQL script into statements, keeping trigger bodies whole."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


def schema_version(conn: sqlite3.Connection) -> int:
    """The number of migrations the file has run: 0 for a new file, -1 when unreadable."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return -1  # not a number: the file was damaged or edited by hand


def migrate(
    conn: sqlite3.Connection,
    migrations: Sequence[str],
    newer: Callable[[int], WorkspaceError],
) -> None:
    """Run the migrations the file has not run yet, each in its own transaction.

    A file another process has meanwhile brought past ``migrations`` raises ``newer(version)``.
    """
    if schema_version(conn) == len(migrations):
        return  # up to date: no need to take the write lock
    for target, script in enumerate(migrations, start=1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(conn)
            if version > len(migrations):
                raise newer(version)
            if version < target:
                for statement in statements(script):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(target),),
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

"""The workspace file itself: opening it safely, its journal, and one transaction per write.

A file that is damaged, foreign or from a newer version is recognised through a read-only
connection and reported by name, never overwritten. The record modules beside this one
(``profile``, ``contacts``, ``activity`` ...) build on ``WorkspaceFile`` and only read and
write rows; the rules for what may be saved live in the domain modules.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from infointerview.model import DeclinedError, expand_home
from infointerview.store import location, opening, schema
from infointerview.store.changes import Change, Listeners, Subscription
from infointerview.store.errors import NO_SUCH_NUMBER, WorkspaceError, explain, newer
from infointerview.store.opening import BUSY_TIMEOUT_SECONDS
from infointerview.store.rows import REAL


class WorkspaceFile:
    """One participant's SQLite file: opened on first use, written one transaction at a time.

    ``location`` is a file path, or ":memory:" for tests; None means the default file in
    ``default_home()``.
    """

    def __init__(
        self,
        location_: str | os.PathLike[str] | None = None,
        *,
        migrations: Sequence[str] = schema.MIGRATIONS,
    ) -> None:
        if location_ is None:
            location_ = location.default_home() / location.FILE_NAME
        self._memory = str(location_) == ":memory:"
        self._path = None if self._memory else expand_home(location_) or Path(location_)
        self._migrations = tuple(migrations)
        self._conn: sqlite3.Connection | None = None
        self._listeners = Listeners()
        #: A one-line note about opening (e.g. the file's permissions were tightened), or "".
        self.notice = ""
        # JupyterLab may run widget callbacks on a kernel subshell thread, so the connection
        # is shared between threads, one statement block at a time.
        self._lock = threading.RLock()

    @property
    def location(self) -> str:
        """Where the work is kept: a file path, or ":memory:"."""
        return ":memory:" if self._path is None else str(self._path)

    @property
    def path(self) -> Path | None:
        return self._path

    def open(self) -> Self:
        """Open the file now (it is otherwise opened on first use) and return self."""
        self._connection()
        return self

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- listening for changes ---------------------------------------------------------------

    def subscribe(self, callback: Callable[[Change], None]) -> Subscription:
        """Call ``callback(change)`` after every announced change; cancel the result to stop."""
        return self._listeners.add(callback)

    @property
    def subscriptions(self) -> tuple[Subscription, ...]:
        """The listeners now following this workspace (for tests and diagnostics)."""
        return self._listeners.current()

    # --- opening -------------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        with self._lock:
            if self._conn is None:
                self._conn = self._connect()
            return self._conn

    def _connect(self) -> sqlite3.Connection:
        if self._path is None:
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        else:
            opening.check_file(self._path)
            opening.inspect(self._path, len(self._migrations))
            self.notice = opening.create_private(self._path)
            try:
                conn = sqlite3.connect(
                    self._path,
                    timeout=BUSY_TIMEOUT_SECONDS,
                    isolation_level=None,
                    check_same_thread=False,
                )
            except sqlite3.Error as error:
                raise explain(error, self._path) from error
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
            conn.execute("PRAGMA foreign_keys = ON")
            if self._path is not None:
                opening.set_journal(conn, location.journal_mode_for(self._path.parent))
            schema.migrate(conn, self._migrations, self._newer)
        except sqlite3.Error as error:
            conn.close()
            raise explain(error, self._path) from error
        except WorkspaceError:
            conn.close()
            raise
        if self._path is not None:
            location.make_files_private(self._path)  # the journal files SQLite just made
        return conn

    @property
    def journal_mode(self) -> str:
        """How the file keeps its journal: "wal", or "delete" on a network file system."""
        return self._connection().execute("PRAGMA journal_mode").fetchone()[0]

    def _newer(self, version: int) -> WorkspaceError:
        return newer(self._path, self.location, version, len(self._migrations))

    @property
    def schema_version(self) -> int:
        return schema.schema_version(self._connection())

    # --- reading and writing -------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._connection()
            try:
                yield conn
            except sqlite3.Error as error:
                raise explain(error, self._path) from error
            except OverflowError:
                raise LookupError(NO_SUCH_NUMBER) from None

    @contextmanager
    def _writing(self, change: Change | None) -> Iterator[sqlite3.Connection]:
        """Run the block as one transaction: all of it is saved, or none of it.

        Listeners hear of ``change`` once it is saved; None (text saved as it is typed)
        tells nobody.
        """
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.IntegrityError as error:
                if "declined is final" in str(error):
                    raise DeclinedError(
                        ["This contact said no, and a no is final: please don't ask them again."]
                    ) from error
                raise explain(error, self._path) from error
            except sqlite3.Error as error:
                raise explain(error, self._path) from error
            except OverflowError:
                raise LookupError(NO_SUCH_NUMBER) from None
        if change is not None:
            self._listeners.announce(change)

    # --- the file as a whole -------------------------------------------------------------------

    def start_fresh(self) -> Path | None:
        """Move an unusable workspace file aside, open a fresh one, and say where the old went.

        Returns the old file's new name (None when there was no file to move).
        """
        self.close()
        moved = None
        if self._path is not None and self._path.exists():
            moved = location.set_aside(self._path)
        self.open()
        self._listeners.announce(Change("fresh"))
        return moved

    def summary(self) -> dict[str, int]:
        """Count the real work the workspace holds: contacts and logged activities (practice
        is counted apart)."""
        with self._reading() as conn:
            return {
                "contacts": conn.execute(f"SELECT count(*) FROM contacts WHERE {REAL}").fetchone()[
                    0
                ],
                "activities": conn.execute(
                    "SELECT count(*) FROM activity WHERE contact_id IS NULL OR contact_id IN "
                    f"(SELECT id FROM contacts WHERE {REAL})"
                ).fetchone()[0],
                "practice": conn.execute(
                    f"SELECT count(*) FROM contacts WHERE NOT ({REAL})"
                ).fetchone()[0],
            }

    def is_empty(self) -> bool:
        """True when nothing has been saved yet: no profile, no contacts, no activity."""
        with self._reading() as conn:
            return not conn.execute(
                "SELECT EXISTS (SELECT 1 FROM profile) OR EXISTS (SELECT 1 FROM contacts) "
                "OR EXISTS (SELECT 1 FROM activity)"
            ).fetchone()[0]

    def participant_id(self) -> str:
        """Return this workspace's random id, made on first use and kept for good.

        Exports are named after it, so a participant's new export replaces only their own.
        """
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'participant_id'").fetchone()
        if row:
            return row[0]
        with self._writing(None) as conn:
            # INSERT OR IGNORE: two kernels asking at once still agree on one id.
            conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('participant_id', ?)",
                (uuid.uuid4().hex,),
            )
            return conn.execute("SELECT value FROM meta WHERE key = 'participant_id'").fetchone()[0]

    def set_participant_id(self, participant_id: str) -> None:
        """Give a new workspace a chosen id (demo cohorts, so a seed makes the same files)."""
        with self._writing(None) as conn:
            if conn.execute("SELECT 1 FROM meta WHERE key = 'participant_id'").fetchone():
                raise WorkspaceError(
                    f"{self.location} already has a participant id; it is kept for good.",
                    self._path,
                )
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('participant_id', ?)", (participant_id,)
            )

"""The workspace: one SQLite file per participant that keeps their work between sittings.

Every write runs in its own transaction, the networking log is append-only (SQLite triggers
refuse updates and deletes), and a file that is damaged, foreign or from a newer version is
reported by name and never overwritten.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from infointerview import clock
from infointerview.model import (
    Activity,
    ActivityKind,
    Channel,
    Contact,
    Goal,
    InputError,
    Profile,
    Stage,
    clean_text,
    expand_home,
)

HOME_VARIABLE = "INFOINTERVIEW_HOME"
FILE_NAME = "workspace.sqlite"
# Written into the SQLite header so another program's database is never mistaken for ours.
APPLICATION_ID = 0x49504C53  # "IPLS"
BUSY_TIMEOUT_SECONDS = 15
# Below this much free space, a failed write is reported as a full disk.
DISK_FULL_BYTES = 1_000_000
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's write-ahead log needs shared memory that a network file system does not give
# (sqlite.org/wal.html), so a workspace on one keeps a rollback journal instead.
NETWORK_FILE_SYSTEMS = frozenset(
    "nfs nfs4 cifs smb3 smbfs 9p afs ceph glusterfs lustre davfs fuse.sshfs fuse.glusterfs "
    "fuse.rclone fuse.s3fs fuse.gcsfuse fuse.cephfs".split()
)
MOUNT_TABLE = Path("/proc/self/mountinfo")

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
)
SCHEMA_VERSION = len(MIGRATIONS)

CONTACT_LIMITS = {
    "name": ("The contact's name", 80),
    "role": ("Their role", 120),
    "organisation": ("Their organisation", 120),
    "industry": ("Their industry", 120),
    "connection": ("How you are connected", 300),
    "email": ("Their email", 254),
}
NOTES_MAX_CHARS = 5_000
DETAIL_MAX_CHARS = 2_000
DRAFT_MAX_CHARS = 200_000
QUESTION_MAX_CHARS = 500
PLAN_MAX_QUESTIONS = 200


class DeclinedError(InputError):
    """The contact said no, and a no is final: no new request, no follow-up, no new stage."""


class WorkspaceError(Exception):
    """The workspace file cannot be used; the message names the file and what to do."""

    def __init__(self, message: str, path: Path | None = None, *, replaceable: bool = False):
        super().__init__(message)
        self.path = path
        #: True when the file's contents are the problem, so starting afresh (with the old
        #: file kept aside) is a sensible offer; False when waiting or fixing permissions is.
        self.replaceable = replaceable


EARLIEST_DAY = date(1970, 1, 1)
# SQLite cannot even hold a number this far out, so nothing in the workspace has it.
NO_SUCH_NUMBER = "There is nothing with that number in this workspace."
# A meeting can be booked ahead, but not this far ahead: the year was mistyped.
MEETING_DAYS_AHEAD = 2 * 366


def check_day(day: object, what: str) -> date:
    """Refuse a day in the future or before 1970, with a message saying which."""
    if not isinstance(day, date):
        raise InputError([f"{what} needs a date."])
    if isinstance(day, datetime):
        day = day.date()
    if day > clock.today():
        raise InputError(
            [
                f"{what} cannot be dated in the future ({day.day} {day:%B %Y}); "
                "log it on the day it happens."
            ]
        )
    if day < EARLIEST_DAY:
        raise InputError([f"{what} dated {day.day} {day:%B %Y} is before 1970; check the year."])
    return day


def default_home() -> Path:
    """Return the folder that holds this participant's workspace (INFOINTERVIEW_HOME or ~)."""
    configured = os.environ.get(HOME_VARIABLE, "").strip()
    if not configured:
        return Path.home() / ".infointerview"
    # "~someone" for a user this computer does not know stays as typed; opening explains.
    return expand_home(configured) or Path(configured)


def set_aside(path: Path | str) -> Path:
    """Rename an unusable workspace file (and its WAL files) so a fresh one can start.

    Nothing is deleted: the old file keeps its bytes under a dated name beside the original,
    which is returned.
    """
    path = Path(path)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{counter}")
    try:
        os.rename(path, target)
        for suffix in ("-wal", "-shm"):
            sidecar = path.with_name(path.name + suffix)
            if sidecar.exists():
                os.rename(sidecar, target.with_name(target.name + suffix))
    except OSError as error:
        raise WorkspaceError(
            f"Could not move {path} aside ({error.strerror}). Move or rename it yourself, "
            "then try again.",
            path,
        ) from error
    return target


def _statements(script: str) -> Iterator[str]:
    """Split an SQL script into statements, keeping trigger bodies whole."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


class Workspace:
    """One participant's saved work: profile, contacts, stages and the networking log.

    ``Workspace()`` opens the default file in ``default_home()``; ``Workspace(path)`` opens
    (or creates) that file; ``Workspace(":memory:")`` keeps everything in memory for tests.
    The file is opened on first use, so building one never fails; problems surface as
    WorkspaceError with a message a participant can act on.
    """

    def __init__(
        self,
        location: str | os.PathLike[str] | None = None,
        *,
        migrations: Sequence[str] = MIGRATIONS,
    ) -> None:
        if location is None:
            location = default_home() / FILE_NAME
        self._memory = str(location) == ":memory:"
        self._path = None if self._memory else expand_home(location) or Path(location)
        self._migrations = tuple(migrations)
        self._conn: sqlite3.Connection | None = None
        self._subscribers: list[Callable[[], None]] = []
        # JupyterLab may run widget callbacks on a kernel subshell thread, so the connection
        # is shared between threads, one statement block at a time.
        self._lock = threading.RLock()

    # --- opening -------------------------------------------------------------------------

    @property
    def location(self) -> str:
        """Where the work is kept: a file path, or ":memory:"."""
        return ":memory:" if self._path is None else str(self._path)

    @property
    def path(self) -> Path | None:
        return self._path

    def open(self) -> Workspace:
        """Open the file now (it is otherwise opened on first use) and return self."""
        self._connection()
        return self

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Workspace:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        with self._lock:
            if self._conn is None:
                self._conn = self._connect()
            return self._conn

    def _connect(self) -> sqlite3.Connection:
        if self._path is None:
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        else:
            self._check_file()
            self._inspect()
            try:
                conn = sqlite3.connect(
                    self._path,
                    timeout=BUSY_TIMEOUT_SECONDS,
                    isolation_level=None,
                    check_same_thread=False,
                )
            except sqlite3.Error as error:
                raise self._explain(error) from error
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
            conn.execute("PRAGMA foreign_keys = ON")
            if self._path is not None:
                self._set_journal(conn, journal_mode_for(self._path.parent))
            self._migrate(conn)
        except sqlite3.Error as error:
            conn.close()
            raise self._explain(error) from error
        except WorkspaceError:
            conn.close()
            raise
        return conn

    def _check_file(self) -> None:
        path = self._path
        assert path is not None
        if str(path).startswith("~"):
            raise WorkspaceError(
                f"The workspace folder {path} starts with ~, but that user's home folder is "
                f"not known on this computer. Set {HOME_VARIABLE} to a full folder path.",
                path,
            )
        if path.is_dir():
            raise WorkspaceError(
                f"{path} is a folder, but the workspace should be a file there. Move the "
                f"folder away, set {HOME_VARIABLE} to another folder, or start a fresh "
                "workspace (the folder is kept aside under a dated name).",
                path,
                replaceable=True,
            )
        if not path.parent.is_dir():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise WorkspaceError(
                    f"Could not create the folder {path.parent} for your workspace "
                    f"({error.strerror}). Set {HOME_VARIABLE} to a folder you can write to.",
                    path,
                ) from error
        if path.exists():
            try:
                with path.open("rb") as handle:
                    header = handle.read(len(SQLITE_HEADER))
            except OSError as error:
                raise WorkspaceError(
                    f"Could not read your workspace {path} ({error.strerror}). "
                    "Check the file's permissions.",
                    path,
                ) from error
            if header and header != SQLITE_HEADER:
                raise WorkspaceError(
                    f"{path} is not an Information Please workspace (it is not an SQLite "
                    "database at all). It has been left untouched: move it aside to start "
                    "a fresh workspace.",
                    path,
                    replaceable=True,
                )
            if not os.access(path, os.W_OK):
                raise WorkspaceError(
                    f"Your workspace {path} is read-only, so nothing new could be saved in "
                    f"it. Make it writable again (chmod u+w {path}), or start a fresh "
                    "workspace (the read-only file is kept aside, unchanged).",
                    path,
                    replaceable=True,
                )
        if not os.access(path.parent, os.W_OK):
            # SQLite keeps its write-ahead log beside the file, so the folder must be writable.
            raise WorkspaceError(
                f"Cannot keep a workspace at {path}: the folder {path.parent} is not "
                f"writable. Set {HOME_VARIABLE} to a folder you can write to.",
                path,
            )

    @property
    def journal_mode(self) -> str:
        """How the file keeps its journal: "wal", or "delete" on a network file system."""
        return self._connection().execute("PRAGMA journal_mode").fetchone()[0]

    @staticmethod
    def _set_journal(conn: sqlite3.Connection, mode: str) -> None:
        """Switch the file's journal mode, waiting while another process holds it.

        SQLite answers a journal-mode change with "database is locked" at once, without its
        busy timeout, while another connection (a second kernel creating the same new
        workspace) holds a lock; so the wait is done here.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        pause = 0.005
        while conn.execute("PRAGMA journal_mode").fetchone()[0] != mode:
            try:
                conn.execute(f"PRAGMA journal_mode = {mode}")
            except sqlite3.OperationalError as error:
                if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.1)

    def _inspect(self) -> None:
        """Look at an existing file through a read-only connection before writing to it.

        A read-write connection to a damaged file could change it when it closes (SQLite
        folds the write-ahead log back into the file), so foreign, damaged and newer files
        are recognised without one, and stay byte-identical.
        """
        path = self._path
        assert path is not None
        if not path.exists() or path.stat().st_size == 0:
            return  # a new workspace
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
            )
        except sqlite3.Error as error:
            raise self._explain(error) from error
        try:
            self._check_contents(conn)
            version = self._schema_version(conn)
        except sqlite3.Error as error:
            raise self._explain(error) from error
        finally:
            conn.close()
        if version > len(self._migrations):
            raise self._newer(version)
        if version < 0:
            raise WorkspaceError(self._damaged_message(), path, replaceable=True)

    def _newer(self, version: int) -> WorkspaceError:
        return WorkspaceError(
            f"{self.location} was written by a newer version of Information Please "
            f"(workspace version {version}; this one knows up to {len(self._migrations)}). "
            "Upgrade the package with `pip install -U infointerview` to keep working in it, "
            "or start a fresh workspace; the file has been left untouched either way.",
            self._path,
            replaceable=True,
        )

    def _check_contents(self, conn: sqlite3.Connection) -> None:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and tables:
            raise WorkspaceError(
                f"{self._path} is another program's database, not an Information Please "
                "workspace. It has been left untouched: move it aside to start a fresh one.",
                self._path,
                replaceable=True,
            )
        if tables:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise WorkspaceError(self._damaged_message(), self._path, replaceable=True)

    def _damaged_message(self) -> str:
        return (
            f"Your workspace {self._path} is damaged and cannot be read safely. It has been "
            "left untouched: keep a copy, then move it aside to start a fresh workspace."
        )

    def _migrate(self, conn: sqlite3.Connection) -> None:
        if self._schema_version(conn) == len(self._migrations):
            return  # up to date: no need to take the write lock
        for target, script in enumerate(self._migrations, start=1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = self._schema_version(conn)
                if version > len(self._migrations):
                    raise self._newer(version)
                if version < target:
                    for statement in _statements(script):
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

    @staticmethod
    def _schema_version(conn: sqlite3.Connection) -> int:
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

    @property
    def schema_version(self) -> int:
        return self._schema_version(self._connection())

    def _explain(self, error: sqlite3.Error) -> WorkspaceError:
        """Turn SQLite's error into a sentence naming the file and what the participant can do.

        SQLite's result code says what happened (Python 3.11 exposes it by name); the
        message text is only the fallback for errors that carry no code.
        """
        code = getattr(error, "sqlite_errorname", "") or ""
        text = str(error).lower()
        where = self.location
        if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
            message = (
                f"Your workspace {where} is busy in another notebook or program and did not "
                "free up in time. Nothing was lost; please try again in a moment."
            )
        elif code.startswith("SQLITE_READONLY") or "readonly" in text:
            message = (
                f"Your workspace {where} cannot be written: the file or its folder is "
                f"read-only. Check its permissions, or set {HOME_VARIABLE} to a folder you "
                "can write to. What was saved before is intact."
            )
        elif code == "SQLITE_FULL" or (code.startswith("SQLITE_IOERR") and self._disk_is_full()):
            message = (
                f"The disk holding your workspace {where} is full, so this was not saved. "
                "Free some space and try again; what was saved before is intact."
            )
        elif code.startswith("SQLITE_IOERR"):
            message = (
                f"Could not write to your workspace {where}: the disk refused (it may be full "
                "or over quota, or the drive was removed). This was not saved; what was saved "
                "before is intact. Free some space or check the drive, then try again."
            )
        elif code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
            return WorkspaceError(self._damaged_message(), self._path, replaceable=True)
        elif code.startswith("SQLITE_CANTOPEN"):
            message = (
                f"Could not open your workspace {where}. Check that the folder exists and "
                "that you may write to it."
            )
        else:
            message = f"Your workspace {where} could not be used: {error}."
        return WorkspaceError(message, self._path)

    def _disk_is_full(self) -> bool:
        if self._path is None:
            return False
        try:
            return shutil.disk_usage(self._path.parent).free < DISK_FULL_BYTES
        except OSError:
            return False

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._connection()
            try:
                yield conn
            except sqlite3.Error as error:
                raise self._explain(error) from error
            except OverflowError:
                raise LookupError(NO_SUCH_NUMBER) from None

    @contextmanager
    def _writing(self, *, notify: bool = True) -> Iterator[sqlite3.Connection]:
        """Run the block as one transaction: all of it is saved, or none of it.

        Subscribers hear of the change afterwards unless ``notify`` is False (keystrokes).
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
                raise self._explain(error) from error
            except sqlite3.Error as error:
                raise self._explain(error) from error
            except OverflowError:
                raise LookupError(NO_SUCH_NUMBER) from None
        for callback in list(self._subscribers):
            callback()

    def start_fresh(self) -> Path | None:
        """Move an unusable workspace file aside, open a fresh one, and say where the old went.

        Returns the old file's new name (None when there was no file to move).
        """
        self.close()
        moved = None
        if self._path is not None and self._path.exists():
            moved = set_aside(self._path)
        self.open()
        for callback in list(self._subscribers):
            callback()
        return moved

    def summary(self) -> dict[str, int]:
        """Count what the workspace holds: contacts and logged activities."""
        with self._reading() as conn:
            return {
                "contacts": conn.execute("SELECT count(*) FROM contacts").fetchone()[0],
                "activities": conn.execute("SELECT count(*) FROM activity").fetchone()[0],
            }

    def participant_id(self) -> str:
        """Return this workspace's random id, made on first use and kept for good.

        Exports are named after it, so a participant's new export replaces only their own.
        """
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'participant_id'").fetchone()
        if row:
            return row[0]
        with self._writing(notify=False) as conn:
            # INSERT OR IGNORE: two kernels asking at once still agree on one id.
            conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('participant_id', ?)",
                (uuid.uuid4().hex,),
            )
            return conn.execute("SELECT value FROM meta WHERE key = 'participant_id'").fetchone()[0]

    def set_participant_id(self, participant_id: str) -> None:
        """Give a new workspace a chosen id (demo cohorts, so a seed makes the same files)."""
        with self._writing(notify=False) as conn:
            if conn.execute("SELECT 1 FROM meta WHERE key = 'participant_id'").fetchone():
                raise WorkspaceError(
                    f"{self.location} already has a participant id; it is kept for good.",
                    self._path,
                )
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('participant_id', ?)", (participant_id,)
            )

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every saved change, so open panels can refresh."""
        self._subscribers.append(callback)

    # --- the profile ---------------------------------------------------------------------

    def profile(self) -> Profile | None:
        """Return the saved profile, or None before one is saved."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT name, field_of_interest, goals, updated_at FROM profile WHERE id = 1"
            ).fetchone()
        if row is None:
            return None
        goals = tuple(Goal(g) for g in row[2].split(",") if g)
        return Profile(row[0], row[1], goals, datetime.fromisoformat(row[3]))

    def save_profile(self, profile: Profile) -> Profile:
        """Save the profile (replacing any earlier one) and return it as saved."""
        checked = Profile.from_input(profile.name, profile.field_of_interest, profile.goals)
        saved = Profile(checked.name, checked.field_of_interest, checked.goals, clock.now())
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO profile(id, name, field_of_interest, goals, updated_at) "
                "VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                "field_of_interest = excluded.field_of_interest, goals = excluded.goals, "
                "updated_at = excluded.updated_at",
                (
                    saved.name,
                    saved.field_of_interest,
                    ",".join(g.value for g in saved.goals),
                    saved.updated_at.isoformat() if saved.updated_at else "",
                ),
            )
        return saved

    # --- contacts and their stages -------------------------------------------------------

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
        on: date | None = None,
    ) -> Contact:
        """Add a contact at the 'identified' stage and log it; raise InputError on bad input."""
        fields = {
            "name": name,
            "role": role,
            "organisation": organisation,
            "industry": industry,
            "connection": connection,
            "email": email,
        }
        clean, problems = {}, []
        for key, value in fields.items():
            what, limit = CONTACT_LIMITS[key]
            try:
                clean[key] = clean_text(value, what, max_chars=limit, required=key == "name")
            except InputError as error:
                problems.extend(error.problems)
        try:
            clean["notes"] = clean_text(
                notes, "Your notes", max_chars=NOTES_MAX_CHARS, required=False, multiline=True
            )
        except InputError as error:
            problems.extend(error.problems)
        if clean.get("email") and "@" not in clean["email"]:
            problems.append("Their email should look like name@example.org.")
        try:
            channel = Channel(channel)
        except ValueError:
            problems.append(f"{channel!r} is not a way to meet: choose phone, coffee or video.")
        if not problems:
            same = [
                c
                for c in self.contacts()
                if c.name.casefold() == clean["name"].casefold()
                and c.organisation.casefold() == clean["organisation"].casefold()
            ]
            if same:
                where = f" at {same[0].organisation}" if same[0].organisation else ""
                problems.append(
                    f"You already have {same[0].name}{where} in your contacts; choose them "
                    "from the list instead of adding them again."
                )
        day = on or clock.today()
        try:
            check_day(day, "A contact")
        except InputError as error:
            problems.extend(error.problems)
        if problems:
            raise InputError(problems)
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO contacts(name, role, organisation, industry, connection, channel, "
                "email, notes, stage, added_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    clean["name"],
                    clean["role"],
                    clean["organisation"],
                    clean["industry"],
                    clean["connection"],
                    channel.value,
                    clean["email"],
                    clean["notes"],
                    Stage.IDENTIFIED.value,
                    day.isoformat(),
                ),
            )
            contact_id = cursor.lastrowid
            assert contact_id is not None
            self._record_stage(conn, contact_id, Stage.IDENTIFIED, day)
            self._append_activity(conn, day, ActivityKind.CONTACT_ADDED, contact_id, "")
        return self.contact(contact_id)

    def contacts(self) -> list[Contact]:
        """Return every contact, in the order they were added."""
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {_CONTACT_COLUMNS} FROM contacts ORDER BY id").fetchall()
        return [_contact(row) for row in rows]

    def contact(self, contact_id: int) -> Contact:
        """Return one contact; raise LookupError when there is none with that id."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)
            ).fetchone()
        if row is None:
            raise LookupError(f"There is no contact number {contact_id} in this workspace.")
        return _contact(row)

    def set_stage(self, contact_id: int, stage: Stage | str, *, on: date | None = None) -> Contact:
        """Move a contact to a pipeline stage and keep the change in its history."""
        try:
            stage = Stage(stage)
        except ValueError:
            stages = ", ".join(s.label for s in Stage)
            raise InputError([f"{stage!r} is not a stage; choose one of: {stages}."]) from None
        day = check_day(on or clock.today(), "A stage change")
        contact = self.contact(contact_id)
        if contact.stage is Stage.DECLINED and stage is not Stage.DECLINED:
            raise self._declined(contact)
        with self._writing() as conn:
            conn.execute("UPDATE contacts SET stage = ? WHERE id = ?", (stage.value, contact_id))
            self._record_stage(conn, contact_id, stage, day)
        return self.contact(contact_id)

    def stage_history(self, contact_id: int | None = None) -> list[tuple[int, Stage, date]]:
        """Return (contact id, stage, day) for every stage change, oldest first."""
        query = "SELECT contact_id, stage, changed_on FROM stage_history"
        params: tuple[int, ...] = ()
        if contact_id is not None:
            query += " WHERE contact_id = ?"
            params = (contact_id,)
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

    # --- research checklists ---------------------------------------------------------------

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
        """Save one checklist item for a contact: ticked or not, and the notes taken."""
        notes = clean_text(
            notes, "Your notes", max_chars=NOTES_MAX_CHARS, required=False, multiline=True
        )
        item_id = clean_text(item_id, "The checklist item", max_chars=100)
        self.contact(contact_id)
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO research(contact_id, item_id, done, notes, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(contact_id, item_id) DO UPDATE SET "
                "done = excluded.done, notes = excluded.notes, updated_at = excluded.updated_at",
                (contact_id, item_id, int(bool(done)), notes, clock.now().isoformat()),
            )
        return ResearchEntry(bool(done), notes)

    # --- question plans and meetings ---------------------------------------------------------

    def question_plan(self, contact_id: int) -> list[PlannedQuestion]:
        """Return this contact's planned questions in priority order."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT id, bank_id, text, minutes, notes FROM plan_questions "
                "WHERE contact_id = ? ORDER BY position",
                (contact_id,),
            ).fetchall()
        return [PlannedQuestion(*row) for row in rows]

    def save_question_plan(
        self, contact_id: int, questions: Sequence[tuple[str, str, int]]
    ) -> list[PlannedQuestion]:
        """Replace the contact's question list with (bank id, text, minutes), best first.

        Notes already taken on a question are kept when the same question stays in the list.
        The first time a list is saved, "questions prepared" goes into the networking log.
        """
        if len(questions) > PLAN_MAX_QUESTIONS:
            raise InputError(
                [
                    f"That is {len(questions):,} questions; a plan holds at most "
                    f"{PLAN_MAX_QUESTIONS}. Five to ten is plenty for half an hour."
                ]
            )
        clean = []
        for number, (bank_id, text, minutes) in enumerate(questions, start=1):
            text = clean_text(text, f"Question {number}", max_chars=QUESTION_MAX_CHARS)
            if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 30:
                raise InputError([f"Question {number} needs between 1 and 30 minutes."])
            clean.append((str(bank_id), text, minutes))
        self.contact(contact_id)
        old_notes = {q.text: q.notes for q in self.question_plan(contact_id)}
        first_time = (
            not old_notes
            and clean
            and not any(
                a.contact_id == contact_id
                for a in self.activities(kind=ActivityKind.QUESTIONS_PREPARED)
            )
        )
        with self._writing() as conn:
            conn.execute("DELETE FROM plan_questions WHERE contact_id = ?", (contact_id,))
            conn.executemany(
                "INSERT INTO plan_questions(contact_id, position, bank_id, text, minutes, notes) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (contact_id, position, bank_id, text, minutes, old_notes.get(text, ""))
                    for position, (bank_id, text, minutes) in enumerate(clean)
                ],
            )
            if first_time:
                self._append_activity(
                    conn,
                    clock.today(),
                    ActivityKind.QUESTIONS_PREPARED,
                    contact_id,
                    f"{len(clean)} questions",
                )
        return self.question_plan(contact_id)

    def save_question_notes(self, planned_id: int, notes: str) -> None:
        """Keep what was said in answer to one planned question (saved as it is typed)."""
        notes = clean_text(
            notes, "Your notes", max_chars=NOTES_MAX_CHARS, required=False, multiline=True
        )
        with self._writing(notify=False) as conn:
            cursor = conn.execute(
                "UPDATE plan_questions SET notes = ? WHERE id = ?", (notes, planned_id)
            )
        if cursor.rowcount == 0:
            raise LookupError(f"There is no planned question number {planned_id}.")

    def meeting_plan(self, contact_id: int) -> MeetingPlan:
        """Return the agreed length, ticked checklist items and meeting notes for a contact."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT agreed_minutes, ticked, notes, meeting_on FROM meeting_plans "
                "WHERE contact_id = ?",
                (contact_id,),
            ).fetchone()
        if row is None:
            return MeetingPlan(contact_id)
        meeting_on = date.fromisoformat(row[3]) if row[3] else None
        ticked = frozenset(filter(None, row[1].split(",")))
        return MeetingPlan(contact_id, row[0], ticked, row[2], meeting_on)

    def save_meeting_plan(self, plan: MeetingPlan) -> MeetingPlan:
        """Save the agreed length, ticked items and notes for a meeting."""
        if not isinstance(plan.agreed_minutes, int) or not 5 <= plan.agreed_minutes <= 120:
            raise InputError(["The agreed length must be between 5 and 120 minutes."])
        notes = clean_text(
            plan.notes, "Your notes", max_chars=NOTES_MAX_CHARS, required=False, multiline=True
        )
        # Ticked items are kept as one comma-separated list of checklist ids.
        odd = [
            item
            for item in plan.ticked
            if not isinstance(item, str) or not item.strip() or "," in item or len(item) > 100
        ]
        if odd:
            raise InputError([f"{odd[0]!r} is not an item of the meeting checklist."])
        if plan.meeting_on is not None:
            if not isinstance(plan.meeting_on, date) or plan.meeting_on < EARLIEST_DAY:
                raise InputError(["The meeting's day needs a date from 1970 on; check the year."])
            ahead = (plan.meeting_on - clock.today()).days
            if ahead > MEETING_DAYS_AHEAD:
                raise InputError(
                    [
                        f"The meeting's day ({plan.meeting_on.day} {plan.meeting_on:%B %Y}) is "
                        "more than two years ahead; check the year."
                    ]
                )
        self.contact(plan.contact_id)
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO meeting_plans(contact_id, agreed_minutes, ticked, notes, meeting_on) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(contact_id) DO UPDATE SET "
                "agreed_minutes = excluded.agreed_minutes, ticked = excluded.ticked, "
                "notes = excluded.notes, meeting_on = excluded.meeting_on",
                (
                    plan.contact_id,
                    plan.agreed_minutes,
                    ",".join(sorted(plan.ticked)),
                    notes,
                    plan.meeting_on.isoformat() if plan.meeting_on else "",
                ),
            )
        return self.meeting_plan(plan.contact_id)

    # --- keeping in touch and weekly targets -------------------------------------------------

    def set_keep_in_touch_days(self, contact_id: int, days: int) -> Contact:
        """Set how often (in days) to get back in touch with a contact."""
        if isinstance(days, bool) or not isinstance(days, int) or not 7 <= days <= 730:
            raise InputError(["Keep in touch every 7 to 730 days; every 90 is a good default."])
        self.contact(contact_id)
        with self._writing() as conn:
            conn.execute(
                "UPDATE contacts SET keep_in_touch_days = ? WHERE id = ?", (days, contact_id)
            )
        return self.contact(contact_id)

    def targets(self) -> dict[ActivityKind, int]:
        """Return the weekly targets, kind to count per week."""
        with self._reading() as conn:
            rows = conn.execute("SELECT kind, per_week FROM targets ORDER BY kind").fetchall()
        return {ActivityKind(kind): per_week for kind, per_week in rows}

    def save_targets(self, targets: dict[ActivityKind | str, int]) -> dict[ActivityKind, int]:
        """Replace the weekly targets; a target of 0 removes it."""
        clean = {}
        for kind, per_week in targets.items():
            try:
                kind = ActivityKind(kind)
            except ValueError:
                raise InputError([f"{kind!r} is not a kind of networking activity."]) from None
            if (
                isinstance(per_week, bool)
                or not isinstance(per_week, int)
                or not 0 <= per_week <= 50
            ):
                raise InputError(
                    [f"A weekly target is a whole number from 0 to 50 ({kind.label})."]
                )
            if per_week:
                clean[kind] = per_week
        with self._writing() as conn:
            conn.execute("DELETE FROM targets")
            conn.executemany(
                "INSERT INTO targets(kind, per_week) VALUES (?, ?)",
                [(kind.value, n) for kind, n in clean.items()],
            )
        return self.targets()

    # --- drafts ------------------------------------------------------------------------------

    def draft(self, contact_id: int, kind: str) -> str:
        """Return the saved draft of this kind ("request", "thank_you") for a contact, or ""."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT text FROM drafts WHERE contact_id = ? AND kind = ?", (contact_id, kind)
            ).fetchone()
        return row[0] if row else ""

    def save_draft(self, contact_id: int, kind: str, text: str) -> None:
        """Keep a draft as it is typed, so closing the page never loses it."""
        if not isinstance(text, str):
            raise InputError(["A draft must be text."])
        if len(text) > DRAFT_MAX_CHARS:
            raise InputError(
                [
                    f"The draft is {len(text):,} characters long; it cannot be kept beyond "
                    f"{DRAFT_MAX_CHARS:,}. Shorten it: a request fits in 75 words."
                ]
            )
        self.contact(contact_id)
        with self._writing(notify=False) as conn:
            conn.execute(
                "INSERT INTO drafts(contact_id, kind, text, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(contact_id, kind) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                (contact_id, kind, text, clock.now().isoformat()),
            )

    @staticmethod
    def _record_stage(conn: sqlite3.Connection, contact_id: int, stage: Stage, day: date) -> None:
        conn.execute(
            "INSERT INTO stage_history(contact_id, stage, changed_on) VALUES (?, ?, ?)",
            (contact_id, stage.value, day.isoformat()),
        )

    # --- the networking log --------------------------------------------------------------

    def log(
        self,
        kind: ActivityKind | str,
        *,
        on: date | None = None,
        contact_id: int | None = None,
        detail: str = "",
    ) -> Activity:
        """Append one activity to the networking log and return it."""
        try:
            kind = ActivityKind(kind)
        except ValueError:
            raise InputError([f"{kind!r} is not a kind of networking activity."]) from None
        detail = clean_text(
            detail,
            "The activity's detail",
            max_chars=DETAIL_MAX_CHARS,
            required=False,
            multiline=True,
        )
        if contact_id is not None:
            contact = self.contact(contact_id)
            if kind in ASKING_KINDS and self.declined_on(contact_id) is not None:
                raise self._declined(contact)
        day = on or clock.today()
        check_day(day, "An activity")
        with self._writing() as conn:
            activity_id = self._append_activity(conn, day, kind, contact_id, detail)
        return self.activity(activity_id)

    def log_many(self, entries: Iterable[tuple[ActivityKind | str, date, int | None, str]]) -> int:
        """Append many activities (kind, day, contact id, detail) in one transaction.

        Everything is checked first; if any entry is wrong, nothing is written. Returns how
        many were logged. For imports and big logs, where one transaction per entry is slow.
        """
        rows = []
        known = {c.id for c in self.contacts()}
        declined = {c for c in known if self.declined_on(c) is not None}
        for number, (kind, day, contact_id, detail) in enumerate(entries, start=1):
            try:
                kind = ActivityKind(kind)
                check_day(day, f"Activity {number}")
                if contact_id is not None and contact_id not in known:
                    raise InputError([f"Activity {number}: there is no contact {contact_id}."])
                if kind in ASKING_KINDS and contact_id in declined:
                    raise DeclinedError([f"Activity {number} asks a contact who said no."])
                detail = clean_text(
                    detail,
                    f"Activity {number}'s detail",
                    max_chars=DETAIL_MAX_CHARS,
                    required=False,
                    multiline=True,
                )
            except ValueError as error:
                if isinstance(error, InputError):
                    raise
                raise InputError(
                    [f"Activity {number}: {kind!r} is not a kind of activity."]
                ) from None
            rows.append((day.isoformat(), kind.value, contact_id, detail))
        stamp = clock.now().isoformat()
        with self._writing() as conn:
            conn.executemany(
                "INSERT INTO activity(happened_on, kind, contact_id, detail, recorded_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(*row, stamp) for row in rows],
            )
        return len(rows)

    def _append_activity(
        self,
        conn: sqlite3.Connection,
        day: date,
        kind: ActivityKind,
        contact_id: int | None,
        detail: str,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO activity(happened_on, kind, contact_id, detail, recorded_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (day.isoformat(), kind.value, contact_id, detail, clock.now().isoformat()),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def activity(self, activity_id: int) -> Activity:
        """Return one logged activity; raise LookupError when there is none with that id."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {_ACTIVITY_COLUMNS} FROM activity WHERE id = ?", (activity_id,)
            ).fetchone()
        if row is None:
            raise LookupError(f"There is no activity number {activity_id} in this workspace.")
        return _activity(row)

    def activities(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        kind: ActivityKind | str | None = None,
    ) -> list[Activity]:
        """Return logged activities, oldest first, optionally within dates or of one kind."""
        clauses, params = [], []
        if since is not None:
            clauses.append("happened_on >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append("happened_on <= ?")
            params.append(until.isoformat())
        if kind is not None:
            clauses.append("kind = ?")
            params.append(ActivityKind(kind).value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {_ACTIVITY_COLUMNS} FROM activity{where} ORDER BY happened_on, id",
                params,
            ).fetchall()
        return [_activity(row) for row in rows]

    def is_empty(self) -> bool:
        """True when nothing has been saved yet: no profile, no contacts, no activity."""
        with self._reading() as conn:
            return not any(
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
                for table in ("profile", "contacts", "activity")
            )


@dataclass(frozen=True)
class ResearchEntry:
    """One research checklist item for one contact."""

    done: bool
    notes: str = ""


@dataclass(frozen=True)
class PlannedQuestion:
    """A question in a contact's plan, with the notes taken on its answer."""

    id: int
    bank_id: str
    text: str
    minutes: int
    notes: str = ""


@dataclass(frozen=True)
class MeetingPlan:
    """What is agreed and prepared for one meeting."""

    contact_id: int
    agreed_minutes: int = 30
    ticked: frozenset[str] = frozenset()
    notes: str = ""
    meeting_on: date | None = None


#: activities that ask something of a contact, refused once they have said no
ASKING_KINDS = frozenset({ActivityKind.REQUEST_SENT, ActivityKind.FOLLOW_UP_SENT})

_CONTACT_COLUMNS = (
    "id, name, role, organisation, industry, connection, channel, email, notes, stage, added_on, "
    "keep_in_touch_days"
)
_ACTIVITY_COLUMNS = "id, happened_on, kind, contact_id, detail, recorded_at"


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
    )


def _activity(row: Sequence) -> Activity:
    return Activity(
        id=row[0],
        happened_on=date.fromisoformat(row[1]),
        kind=ActivityKind(row[2]),
        contact_id=row[3],
        detail=row[4],
        recorded_at=datetime.fromisoformat(row[5]),
    )


def file_system_type(folder: Path, mount_table: str | None = None) -> str | None:
    """The type of file system ``folder`` is on ("ext4", "nfs4", ...), from the mount table.

    None where that cannot be told (no /proc, as on macOS and Windows).
    """
    if mount_table is None:
        try:
            mount_table = MOUNT_TABLE.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    try:
        place = folder.resolve()
    except (OSError, RuntimeError):
        place = folder.absolute()
    found: tuple[int, str] | None = None
    for line in mount_table.splitlines():
        # "36 35 98:0 /root /mount/point options optional... - type source super-options"
        fields, _, after = line.partition(" - ")
        parts, kind = fields.split(), after.split()
        if len(parts) < 5 or not kind:
            continue
        point = Path(_unescape_mount(parts[4]))
        if place.is_relative_to(point):
            depth = len(point.parts)
            if found is None or depth >= found[0]:  # the last of equal depth is on top
                found = (depth, kind[0])
    return found[1] if found else None


def _unescape_mount(text: str) -> str:
    # The mount table writes a space, tab, newline and backslash as octal escapes.
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(escaped, plain)
    return text


def journal_mode_for(folder: Path) -> str:
    """ "wal" for a workspace in ``folder``, or "delete" when it is on a network file system."""
    kind = file_system_type(folder)
    return "delete" if kind in NETWORK_FILE_SYSTEMS else "wal"

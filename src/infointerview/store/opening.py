"""Opening a workspace file safely: the path, the file's contents, its journal and its modes.

Everything here looks before it writes: a damaged, foreign or newer file is recognised through
a read-only connection and left byte-identical.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from infointerview.store import location, schema
from infointerview.store.errors import HOME_VARIABLE, WorkspaceError, damaged, explain, newer

BUSY_TIMEOUT_SECONDS = 15
SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse a path that cannot hold a workspace, saying what to do instead."""
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
            location.make_folder(path.parent)
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


def inspect(path: Path, known: int) -> None:
    """Look at an existing file through a read-only connection before writing to it.

    A read-write connection to a damaged file could change it when it closes (SQLite
    folds the write-ahead log back into the file), so foreign, damaged and newer files
    are recognised without one, and stay byte-identical.
    """
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
        raise explain(error, path) from error
    try:
        check_contents(conn, path)
        version = schema.schema_version(conn)
    except sqlite3.Error as error:
        raise explain(error, path) from error
    finally:
        conn.close()
    if version > known:
        raise newer(path, str(path), version, known)
    if version < 0:
        raise damaged(path)


def check_contents(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != schema.APPLICATION_ID and tables:
        raise WorkspaceError(
            f"{path} is another program's database, not an Information Please "
            "workspace. It has been left untouched: move it aside to start a fresh one.",
            path,
            replaceable=True,
        )
    if tables and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise damaged(path)


def set_journal(conn: sqlite3.Connection, mode: str) -> None:
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


def create_private(path: Path) -> str:
    """Make a new file 0600 before SQLite does (its journal files copy the file's mode) and
    tighten an existing one; return a one-line note when anything was loosened, else ""."""
    loosened = [path.parent] if location.make_private(path.parent) else []
    if not path.exists():
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, location.FILE_MODE))
        except FileExistsError:
            pass  # another kernel made it a moment ago
        except OSError as error:
            raise WorkspaceError(
                f"Could not create your workspace {path} ({error.strerror}). Set "
                f"{HOME_VARIABLE} to a folder you can write to.",
                path,
            ) from error
    loosened += location.make_files_private(path)
    if loosened:
        return (
            f"Your workspace at {path.parent} could be read by other accounts on this "
            "computer; it is now private to you."
        )
    return ""

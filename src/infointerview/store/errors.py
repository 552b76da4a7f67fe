"""What goes wrong with a workspace file, said in words a participant can act on."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

HOME_VARIABLE = "INFOINTERVIEW_HOME"
# Below this much free space, a failed write is reported as a full disk.
DISK_FULL_BYTES = 1_000_000
# SQLite cannot even hold a number this far out, so nothing in the workspace has it.
NO_SUCH_NUMBER = "There is nothing with that number in this workspace."


class WorkspaceError(Exception):
    """The workspace file cannot be used; the message names the file and what to do."""

    def __init__(self, message: str, path: Path | None = None, *, replaceable: bool = False):
        super().__init__(message)
        self.path = path
        #: True when the file's contents are the problem, so starting afresh (with the old
        #: file kept aside) is a sensible offer; False when waiting or fixing permissions is.
        self.replaceable = replaceable


def damaged(path: Path | None) -> WorkspaceError:
    return WorkspaceError(
        f"Your workspace {path} is damaged and cannot be read safely. It has been "
        "left untouched: keep a copy, then move it aside to start a fresh workspace.",
        path,
        replaceable=True,
    )


def newer(path: Path | None, where: str, version: int, known: int) -> WorkspaceError:
    return WorkspaceError(
        f"{where} was written by a newer version of Information Please "
        f"(workspace version {version}; this one knows up to {known}). "
        "Upgrade the package with `pip install -U infointerview` to keep working in it, "
        "or start a fresh workspace; the file has been left untouched either way.",
        path,
        replaceable=True,
    )


def explain(error: sqlite3.Error, path: Path | None) -> WorkspaceError:
    """Turn SQLite's error into a sentence naming the file and what the participant can do.

    SQLite's result code says what happened (Python 3.11 exposes it by name); the message
    text is only the fallback for errors that carry no code.
    """
    code = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    where = ":memory:" if path is None else str(path)
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
    elif code == "SQLITE_FULL" or (code.startswith("SQLITE_IOERR") and _disk_is_full(path)):
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
        return damaged(path)
    elif code.startswith("SQLITE_CANTOPEN"):
        message = (
            f"Could not open your workspace {where}. Check that the folder exists and "
            "that you may write to it."
        )
    else:
        message = f"Your workspace {where} could not be used: {error}."
    return WorkspaceError(message, path)


def _disk_is_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < DISK_FULL_BYTES
    except OSError:
        return False

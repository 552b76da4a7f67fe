"""The workspace with real Unix users: another account cannot list or read a participant's.

Participant A, a real (temporary) Unix user, makes a workspace in a home that anyone may pass
through (0755), under a permissive umask (000) and the usual one (022), and saves a contact
with an email. So only the workspace's own modes (folder 0700, files 0600) stand between
participant B and that email. Each acts in a forked child that has dropped root for that
user's uid, gid and groups (the drop-box test's `as_user`); the kernel, not the package, does
the refusing.

Needs root (to make the users); without it the tests skip, or fail when
INFOINTERVIEW_REQUIRE_HUB=1. The users are removed afterwards, whatever happens.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hub.conftest import missing
from hub.test_drop_box import as_user
from infointerview.store import FILE_NAME, HOME_VARIABLE, Workspace, WorkspaceError

if not hasattr(os, "geteuid") or os.geteuid() != 0:
    missing("the private-workspace tests make real Unix users, so they need root (run with sudo)")
for _tool in ("useradd", "userdel", "groupdel"):
    if shutil.which(_tool) is None:
        missing(f"{_tool} is not installed (apt-get install passwd)")

EMAIL = "ada@example.org"


@dataclass(frozen=True)
class Made:
    """A's workspace as A made it: where, the modes A saw while it was open, and the notice."""

    umask: int
    folder: Path
    database: Path
    seen_open: dict[str, int]  # name ("." for the folder) -> mode, while A had it open
    notice: str


@pytest.fixture(scope="module")
def users() -> Iterator[dict[str, str]]:
    """Two temporary users, "a" and "b", each in a group of their own."""
    tag = secrets.token_hex(3)
    names = {role: f"iipriv-{tag}-{role}" for role in ("a", "b")}
    made: list[str] = []
    try:
        for name in names.values():
            subprocess.run(
                ["useradd", "--no-create-home", "--user-group", "--shell", "/usr/sbin/nologin"]
                + [name],
                check=True,
                capture_output=True,
                text=True,
            )
            made.append(name)
        yield names
    finally:
        for name in made:
            subprocess.run(["userdel", name], capture_output=True, check=False)
            # --user-group made a group of the same name; userdel usually removes it.
            subprocess.run(["groupdel", name], capture_output=True, check=False)


def _modes(folder: Path) -> dict[str, int]:
    return {
        ".": stat.S_IMODE(folder.stat().st_mode),
        **{p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()},
    }


def _make(home: Path, umask: int) -> dict[str, object]:
    """What A does: open the default workspace (INFOINTERVIEW_HOME) and save a contact."""
    os.umask(umask)
    folder = home / ".infointerview"
    os.environ[HOME_VARIABLE] = str(folder)
    with Workspace() as workspace:
        workspace.add_contact("Ada Lovelace", organisation="Analytical Engines", email=EMAIL)
        return {
            "database": workspace.location,
            "seen_open": _modes(folder),
            "notice": workspace.notice,
        }


def _reopen(database: Path) -> dict[str, object]:
    """What A does again later: open the workspace and read the contact back."""
    with Workspace(database) as workspace:
        return {"emails": [c.email for c in workspace.contacts()], "notice": workspace.notice}


def _refused(database: Path) -> str:
    """What A is told opening a workspace that is read-only for A ("opened" if it opened)."""
    try:
        Workspace(database).open().close()
    except WorkspaceError as error:
        return str(error)
    return "opened"


def _warm_up(scratch: Path) -> None:
    """Do, as root, everything a child will do, so no import is left for after dropping root.

    The Python installation may sit under /root (mode 0700), which the users cannot read.
    """
    previous = os.environ.get(HOME_VARIABLE)
    mask = os.umask(0o022)
    try:
        made = _make(scratch, 0o022)
        _reopen(Path(str(made["database"])))
        _try_everything(scratch / ".infointerview")
        _refused(scratch / "no-such-folder" / FILE_NAME)
    finally:
        os.umask(mask)
        if previous is None:
            os.environ.pop(HOME_VARIABLE, None)
        else:
            os.environ[HOME_VARIABLE] = previous
        shutil.rmtree(scratch)


def _attempt(action: Callable[[], object]) -> str:
    """What happened: "allowed", or the name of the error (the kernel's, or SQLite's)."""
    try:
        action()
    except sqlite3.Error as error:
        return f"{type(error).__name__}: {error}"  # SQLite's reason is in the message
    except OSError as error:
        return type(error).__name__
    return "allowed"


def _read_with_sqlite(database: Path) -> object:
    """Read the contacts through SQLite, read-only, as a curious neighbour might."""
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT email FROM contacts").fetchall()
    finally:
        conn.close()


def _try_everything(folder: Path) -> dict[str, str]:
    """What B tries on A's workspace folder and database."""
    database = folder / FILE_NAME

    def read() -> bytes:
        with open(database, "rb") as handle:
            return handle.read()

    return {
        "list": _attempt(lambda: os.listdir(folder)),
        "stat": _attempt(lambda: os.stat(database)),
        "read": _attempt(read),
        "write": _attempt(lambda: os.close(os.open(database, os.O_WRONLY))),
        "sqlite": _attempt(lambda: _read_with_sqlite(database)),
    }


@pytest.fixture(scope="module", params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def made(request, users, base) -> Made:
    """A's workspace, made by A in A's own 0755 home under the given umask."""
    umask = request.param
    _warm_up(base / f"warm-up-{umask:03o}")
    entry = pwd.getpwnam(users["a"])
    home = base / f"home-a-{umask:03o}"
    home.mkdir()
    home.chmod(0o755)  # open to all, so only the workspace's own modes protect it
    os.chown(home, entry.pw_uid, entry.pw_gid)
    seen = as_user(users["a"], lambda: _make(home, umask))
    assert isinstance(seen, dict)
    database = Path(seen["database"])
    return Made(umask, database.parent, database, seen["seen_open"], seen["notice"])


def test_a_makes_a_private_workspace_whatever_the_umask(made, users):
    """A's folder is 0700 and the file, -wal and -shm 0600 while open; all A's; no notice."""
    assert made.folder == made.database.parent and made.database.name == FILE_NAME
    assert made.seen_open == {
        ".": 0o700,
        FILE_NAME: 0o600,
        FILE_NAME + "-wal": 0o600,
        FILE_NAME + "-shm": 0o600,
    }
    assert made.notice == ""
    uid = pwd.getpwnam(users["a"]).pw_uid
    at_rest = _modes(made.folder)
    assert at_rest == {".": 0o700, FILE_NAME: 0o600}
    assert {os.stat(made.folder / name).st_uid for name in at_rest} == {uid}
    assert EMAIL.encode() in made.database.read_bytes()  # the email is there to be protected


def test_b_cannot_list_the_folder_or_open_the_database(made, users):
    """B gets PermissionError listing A's folder or opening the file; SQLite (mode=ro) fails."""
    before = made.database.read_bytes()
    tried = as_user(users["b"], lambda: _try_everything(made.folder))
    assert isinstance(tried, dict)
    sqlite_said = tried.pop("sqlite")
    assert tried == dict.fromkeys(("list", "stat", "read", "write"), "PermissionError")
    assert sqlite_said.startswith("OperationalError: unable to open database file"), sqlite_said
    assert made.database.read_bytes() == before


def test_the_file_mode_alone_still_refuses_b(made, users):
    """Even were A's folder opened to others (0711), the 0600 file itself refuses B."""
    made.folder.chmod(0o711)
    try:
        tried = as_user(users["b"], lambda: _try_everything(made.folder))
    finally:
        made.folder.chmod(0o700)
    assert isinstance(tried, dict)
    assert tried["list"] == "PermissionError"
    assert tried["read"] == tried["write"] == "PermissionError"
    assert tried["stat"] == "allowed"  # the name can be reached; its contents cannot
    assert tried["sqlite"].startswith("OperationalError: unable to open database file")


def test_a_still_opens_the_workspace(made, users):
    """A opens the workspace again, reads the contact's email back, and has no notice."""
    seen = as_user(users["a"], lambda: _reopen(made.database))
    assert seen == {"emails": [EMAIL], "notice": ""}
    assert _modes(made.folder) == {".": 0o700, FILE_NAME: 0o600}


def test_a_read_only_workspace_is_refused_and_stays_read_only(made, users):
    """A's workspace made 0400 is refused with a clear message, and A does not make it writable."""
    made.database.chmod(0o400)
    try:
        said = as_user(users["a"], lambda: _refused(made.database))
        mode = stat.S_IMODE(made.database.stat().st_mode)
    finally:
        with contextlib.suppress(OSError):
            made.database.chmod(0o600)
    assert "is read-only" in str(said) and str(made.database) in str(said)
    assert mode == 0o400

"""The collection folder with real Unix users: the drop box keeps participants apart.

`infointerview collection-folder` makes the folder, as an admin would on The Littlest
JupyterHub. Then two participants and an instructor, each a real (temporary) Unix user, act in
a forked child that has dropped root for that user's uid, gid and groups. The kernel, not the
package, does the refusing here: that is the point of the test.

Needs root (to make the users); without it the tests skip, or fail when
INFOINTERVIEW_REQUIRE_HUB=1. The users and their group are removed afterwards, whatever happens.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hub.conftest import missing
from infointerview.cohort import CohortError, load_cohort
from infointerview.export import write_participant_export
from infointerview.model import ActivityKind, Goal, Profile
from infointerview.store import Workspace

if not hasattr(os, "geteuid") or os.geteuid() != 0:
    missing("the drop-box tests make real Unix users, so they need root (run them with sudo)")
for _tool in ("groupadd", "useradd", "usermod", "userdel", "groupdel"):
    if shutil.which(_tool) is None:
        missing(f"{_tool} is not installed (apt-get install passwd)")

ALIASES = {"a": "Participant A", "b": "Participant B"}


@dataclass(frozen=True)
class DropBox:
    """The folder, the group, the users by role, and what happened while setting up."""

    folder: Path
    group: str
    users: dict[str, str]  # role ("a", "b", "instructor") -> user name
    command: subprocess.CompletedProcess[str]
    exports: dict[str, Path]  # role -> the export that participant wrote first
    first_a: os.stat_result
    first_a_bytes: bytes


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def accounts() -> Iterator[tuple[str, dict[str, str]]]:
    """A temporary group and three temporary users; the instructor is in the group."""
    tag = secrets.token_hex(3)
    group = f"iidrop-{tag}-g"
    users = {role: f"iidrop-{tag}-{role[0]}" for role in ("a", "b", "instructor")}
    made_groups: list[str] = []
    made_users: list[str] = []
    try:
        _run("groupadd", group)
        made_groups.append(group)
        for name in users.values():
            _run(
                "useradd", "--no-create-home", "--user-group", "--shell", "/usr/sbin/nologin", name
            )
            made_users.append(name)
        _run("usermod", "-aG", group, users["instructor"])
        yield group, users
    finally:
        for name in made_users:
            subprocess.run(["userdel", name], capture_output=True, check=False)
            # --user-group made a group of the same name; userdel usually removes it.
            subprocess.run(["groupdel", name], capture_output=True, check=False)
        for name in made_groups:
            subprocess.run(["groupdel", name], capture_output=True, check=False)


def _fill(workspace: Workspace, alias: str) -> None:
    """A profile and one logged activity, so the export has something in it."""
    if workspace.profile() is None:
        workspace.save_profile(Profile.from_input(alias, "Nursing", [Goal.INDUSTRY]))
    workspace.log(ActivityKind.RESEARCH_DONE, detail="Read about the hospital")


def _export(home: Path, alias: str, folder: Path) -> str:
    with Workspace(home / "workspace.sqlite") as workspace:
        _fill(workspace, alias)
        return str(write_participant_export(workspace, folder))


def _warm_up(scratch: Path) -> None:
    """Do, as root, everything a child will do, so no import is left for after dropping root.

    The Python installation may sit under /root (mode 0700), which the users cannot read.
    """
    folder = scratch / "collection"
    folder.mkdir(parents=True)
    for _ in range(2):  # a new workspace, then an existing one
        _export(scratch, "Warm up", folder)
    load_cohort(folder)
    handle, temporary = tempfile.mkstemp(prefix=".infointerview-", suffix=".tmp", dir=folder)
    os.close(handle)
    os.unlink(temporary)
    shutil.rmtree(scratch)


def as_user(name: str, action: Callable[[], object]) -> object:
    """Run ``action`` in a forked child as the user ``name``; return what it returned (JSON)."""
    entry = pwd.getpwnam(name)
    groups = os.getgrouplist(name, entry.pw_gid)
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root for good, do one thing, report, and go
        try:
            os.close(reading)
            os.setgroups(groups)
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            outcome = {"value": action()}
        except BaseException as error:
            outcome = {"error": f"{type(error).__name__}: {error}"}
        try:
            payload = json.dumps(outcome).encode()
            while payload:
                payload = payload[os.write(writing, payload) :]
        finally:
            os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as stream:
        report = stream.read()
    os.waitpid(pid, 0)
    outcome = json.loads(report) if report else {"error": "the child reported nothing"}
    if "error" in outcome:
        pytest.fail(f"as {name}: {outcome['error']}")
    return outcome["value"]


def _attempt(action: Callable[[], object]) -> str:
    """What happened: "allowed", or the name of the error the kernel gave."""
    try:
        action()
    except OSError as error:
        return type(error).__name__
    return "allowed"


@pytest.fixture(scope="module")
def drop_box(accounts, base) -> DropBox:
    """The folder made by the real command, and each participant's first export in it."""
    group, users = accounts
    _warm_up(base / "warm-up")
    folder = base / "collection"
    command = subprocess.run(
        [sys.executable, "-m", "infointerview", "collection-folder", str(folder), "--group", group],
        capture_output=True,
        text=True,
        check=False,
    )
    assert command.returncode == 0, command.stdout + command.stderr
    exports = {}
    for role in ("a", "b"):
        entry = pwd.getpwnam(users[role])
        home = base / "homes" / users[role]
        home.mkdir(parents=True, mode=0o700)
        os.chown(home, entry.pw_uid, entry.pw_gid)
        alias = ALIASES[role]
        exports[role] = Path(
            as_user(users[role], lambda home=home, alias=alias: _export(home, alias, folder))
        )
        if role == "a":
            first_a, first_a_bytes = os.stat(exports["a"]), exports["a"].read_bytes()
    return DropBox(folder, group, users, command, exports, first_a, first_a_bytes)


def test_the_command_makes_the_folder_3773_in_the_group(drop_box):
    """The real command, run as root, makes drwxrws-wt root GROUP and says so."""
    found = os.stat(drop_box.folder)
    assert stat.S_IMODE(found.st_mode) == 0o3773
    assert found.st_uid == 0 and found.st_gid == grp.getgrnam(drop_box.group).gr_gid
    assert drop_box.command.stdout.splitlines()[0] == (
        f"Made the collection folder {drop_box.folder} (drwxrws-wt root {drop_box.group})."
    )


def test_a_participants_export_belongs_to_them_and_the_instructors_group(drop_box):
    """A's export is A's, in the instructors' group, rw-r-----: no one else may read it."""
    found = drop_box.first_a
    assert found.st_uid == pwd.getpwnam(drop_box.users["a"]).pw_uid
    assert found.st_gid == grp.getgrnam(drop_box.group).gr_gid
    assert stat.S_IMODE(found.st_mode) == 0o640
    assert json.loads(drop_box.first_a_bytes)["alias"] == ALIASES["a"]


def test_another_participant_cannot_list_read_replace_or_delete_it(drop_box):
    """B cannot list the folder, open A's file, rename over it or delete it."""
    folder, theirs = drop_box.folder, drop_box.exports["a"]

    def try_everything() -> dict[str, str]:
        handle, temporary = tempfile.mkstemp(prefix=".infointerview-", suffix=".tmp", dir=folder)
        os.write(handle, b"{}")
        os.close(handle)
        tried = {
            "list": _attempt(lambda: os.listdir(folder)),
            "read": _attempt(theirs.read_bytes),
            "write": _attempt(lambda: os.close(os.open(theirs, os.O_WRONLY))),
            "replace": _attempt(lambda: os.replace(temporary, theirs)),
            "delete": _attempt(lambda: os.unlink(theirs)),
        }
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # B may remove its own file
        return tried

    tried = as_user(drop_box.users["b"], try_everything)
    assert tried == dict.fromkeys(("list", "read", "write", "replace", "delete"), "PermissionError")
    assert theirs.read_bytes() == drop_box.first_a_bytes
    assert not [p for p in drop_box.folder.iterdir() if p.name.startswith(".")]


def test_a_participant_exporting_again_replaces_only_their_own_file(drop_box, base):
    """A's second export replaces A's first: still one file each for A and B."""
    home = base / "homes" / drop_box.users["a"]
    folder = drop_box.folder
    again = Path(as_user(drop_box.users["a"], lambda: _export(home, ALIASES["a"], folder)))
    assert again == drop_box.exports["a"]
    assert os.stat(again).st_ino != drop_box.first_a.st_ino  # a new file, renamed into place
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        path.name for path in drop_box.exports.values()
    )


def test_an_instructor_lists_and_reads_every_export(drop_box):
    """The instructor, through the group, lists the folder and loads both participants."""
    folder = drop_box.folder

    def collect() -> dict[str, object]:
        cohort = load_cohort(folder)
        return {
            "names": sorted(os.listdir(folder)),
            "aliases": [p.alias for p in cohort.participants],
            "skipped": [s.reason for s in cohort.skipped],
        }

    seen = as_user(drop_box.users["instructor"], collect)
    assert seen == {
        "names": sorted(path.name for path in drop_box.exports.values()),
        "aliases": [ALIASES["a"], ALIASES["b"]],
        "skipped": [],
    }


def test_a_participant_cannot_load_the_cohort(drop_box):
    """Outside the group, load_cohort says the folder cannot be listed."""
    folder = drop_box.folder

    def collect() -> str:
        try:
            load_cohort(folder)
        except CohortError as error:
            return str(error)
        return "loaded"

    message = as_user(drop_box.users["a"], collect)
    assert f"The collection folder {folder} cannot be listed" in message

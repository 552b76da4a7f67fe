"""Bad files: each is named in a clear message, left byte-identical, and can be set aside."""

from __future__ import annotations

import contextlib
import html
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from infointerview.model import Goal, Profile
from infointerview.store import FILE_NAME, SQLITE_HEADER, Workspace, WorkspaceError
from infointerview.ui.welcome import WorkspacePanel

FULL_DISK = Path(__file__).with_name("full_disk.py")


def real_workspace(path: Path) -> None:
    """A workspace with a few weeks of work in it, folded into one file."""
    with Workspace(path) as workspace:
        for number in range(40):
            contact = workspace.add_contact(f"Contact {number}", notes="Met at a fair. " * 20)
            workspace.log("research_done", contact_id=contact.id, detail="Read their blog")
        workspace._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")


def truncated(path: Path) -> None:
    real_workspace(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 6 // 10])


def truncated_with_its_log(path: Path) -> None:
    """A damaged file whose write-ahead log still holds recent work, as after a crash."""
    source = path.with_name("source.sqlite")
    real_workspace(source)
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.executemany(
        "INSERT INTO activity(happened_on, kind, detail, recorded_at) VALUES (?, ?, ?, ?)",
        [("2026-11-02", "other", f"recent {n}", "2026-11-02T10:00:00") for n in range(200)],
    )
    writer.commit()
    data = source.read_bytes()
    path.write_bytes(data[: len(data) * 6 // 10])
    path.with_name(path.name + "-wal").write_bytes(
        source.with_name(source.name + "-wal").read_bytes()
    )
    writer.close()


def cut_after_header(path: Path) -> None:
    real_workspace(path)
    path.write_bytes(path.read_bytes()[:100])


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def random_after_sqlite_header(path: Path) -> None:
    path.write_bytes(SQLITE_HEADER + os.urandom(64 * 1024))


def other_application(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places(url) VALUES ('https://example.org')")
    connection.commit()
    connection.close()


def _schema_version_set_to(path: Path, value: str) -> None:
    """A real workspace whose recorded schema version reads ``value``, folded into one file."""
    real_workspace(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (value,))
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def newer_schema(path: Path) -> None:
    _schema_version_set_to(path, "99")


def edited_schema(path: Path) -> None:
    _schema_version_set_to(path, "two")


def folder(path: Path) -> None:
    path.mkdir()
    (path / "notes.txt").write_text("Something the participant keeps here")


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` read-only for this process, even for root (who ignores mode bits)."""
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
        if made.returncode != 0:
            pytest.skip(f"cannot make a file read-only for root here: {made.stderr.strip()}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], None]
    says: str  # what the message must say, besides the file's name
    read_only: bool = False


CASES = {
    "truncated database": Case(truncated, "is damaged"),
    "truncated, with its write-ahead log": Case(truncated_with_its_log, "is damaged"),
    "cut off after the header": Case(cut_after_header, "is damaged"),
    "random bytes": Case(random_bytes, "not an SQLite database"),
    "random bytes behind an SQLite header": Case(random_after_sqlite_header, "is damaged"),
    "another application's SQLite file": Case(other_application, "another program's"),
    "a newer schema version": Case(newer_schema, "newer version"),
    "a schema version edited by hand": Case(edited_schema, "is damaged"),
    "a read-only file": Case(real_workspace, "is read-only", read_only=True),
    "a folder where the file should be": Case(folder, "is a folder"),
}


def fingerprint(path: Path) -> dict[str, bytes]:
    """Every byte at ``path``: the file, or each file in the folder."""
    if path.is_dir():
        return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*"))}
    return {"": path.read_bytes()}


@pytest.mark.parametrize("case_name", list(CASES))
def test_a_bad_file_is_named_kept_and_set_aside_on_request(case_name, tmp_path, figures):
    """The error names the file and says what is wrong, the file stays byte-identical, and
    the welcome panel's fresh start keeps it aside whole."""
    case = CASES[case_name]
    path = tmp_path / "home" / FILE_NAME
    path.parent.mkdir()
    case.make(path)
    before = fingerprint(path)
    problems: list[str] = []
    guard = read_only(path) if case.read_only else contextlib.nullcontext()
    with guard:
        try:
            Workspace(path).open()
            problems.append("it opened without an error")
        except WorkspaceError as error:
            message = str(error)
            if str(path) not in message or case.says not in message:
                problems.append(f"unclear message: {message}")
            if not error.replaceable:
                problems.append("no fresh start was offered")
        if fingerprint(path) != before:
            problems.append("opening changed the file")

        panel = WorkspacePanel(Workspace(path))
        status, button = html.unescape(panel.children[0].value), panel.children[1]
        if str(path) not in status or case.says not in status:
            problems.append(f"the welcome panel did not explain: {status}")
        if button.layout.display == "none":
            problems.append("the welcome panel offered no fresh start")
        button.click()
        status = html.unescape(panel.children[0].value)
    moved = [
        p
        for p in path.parent.iterdir()
        if p.name.startswith(FILE_NAME + ".unreadable-") and not p.name.endswith(("-wal", "-shm"))
    ]
    if "kept as" in status:
        if len(moved) != 1 or fingerprint(moved[0]) != before:
            problems.append("the old file was not kept aside byte for byte")
        with Workspace(path) as fresh:
            fresh.save_profile(Profile.from_input("Sam", "Museums", [Goal.INDUSTRY]))
            if fresh.summary() != {"contacts": 0, "activities": 0, "practice": 0}:
                problems.append("the fresh workspace was not empty")
    elif case.read_only and os.geteuid() == 0 and "Could not move" in status:
        # root's read-only file is immutable, so it cannot be renamed either: the panel says
        # so and the file stays as it was.
        if fingerprint(path) != before:
            problems.append("a failed fresh start changed the file")
    else:
        problems.append(f"the fresh start did not report where the old file went: {status}")

    figures.record("Bad files", case_name, 1, "files", len(problems))
    assert problems == []


def _run_full_disk(location: Path, spare_bytes: int) -> dict:
    done = subprocess.run(
        [sys.executable, str(FULL_DISK), str(location), str(spare_bytes)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_full_disk_refuses_the_save_clearly_and_keeps_earlier_work(tmp_path, figures):
    """When the disk fills up mid-session, the refused save is named and explained, and
    everything saved before it is still there afterwards."""
    path = tmp_path / FILE_NAME
    real_workspace(path)
    result = _run_full_disk(path, spare_bytes=40_000)
    problems = []
    if str(path) not in result["refusal"] or "was not saved" not in result["refusal"]:
        problems.append(f"unclear refusal: {result['refusal']}")
    if "intact" not in result["refusal"]:
        problems.append("the refusal does not say earlier work is safe")
    with Workspace(path) as after:  # space freed: everything saved is there
        names = [contact.name for contact in after.contacts()]
    wanted = [f"Contact {n}" for n in range(40)] + [f"Extra {n}" for n in range(result["saved"])]
    lost = len(set(wanted) - set(names))
    if lost:
        problems.append(f"{lost} saved contacts are missing")
    figures.record("Bad files", "a full disk while saving", 1, "files", len(problems))
    assert problems == []


def test_a_full_disk_when_the_workspace_is_created_is_explained(tmp_path, figures):
    """A workspace that cannot be created on a full disk is named, no fresh start is offered
    (it would not help), and it works once there is space."""
    path = tmp_path / "home" / FILE_NAME
    path.parent.mkdir()
    result = _run_full_disk(path, spare_bytes=4096)
    problems = []
    if str(path) not in result["panel"] or "Free some space" not in result["panel"]:
        problems.append(f"the welcome panel did not explain: {result['panel']}")
    if result["fresh"]:
        problems.append("a fresh start was offered for a full disk")
    with Workspace(path) as later:
        later.add_contact("After freeing space")
        if [c.name for c in later.contacts()] != ["After freeing space"]:
            problems.append("the workspace did not work once there was space")
    figures.record("Bad files", "a full disk when creating", 1, "files", len(problems))
    assert problems == []


def test_a_missing_home_folder_is_created(tmp_path, figures):
    """A home folder that does not exist yet is made, with the workspace in it."""
    path = tmp_path / "not" / "there" / "yet" / FILE_NAME
    with Workspace(path) as workspace:
        workspace.add_contact("First contact")
    problems = [] if path.is_file() else ["the workspace was not created"]
    figures.record("Bad files", "a missing home folder", 1, "files", len(problems))
    assert problems == []


def test_a_home_that_cannot_be_made_or_written_is_named(tmp_path, figures):
    """A home folder that cannot be created, or is read-only, gets a message naming it and
    saying to set INFOINTERVIEW_HOME; no fresh start is offered."""
    problems = []
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    locked_home = tmp_path / "locked"
    locked_home.mkdir()
    for path, guard in (
        (blocker / "home" / FILE_NAME, contextlib.nullcontext()),
        (locked_home / FILE_NAME, read_only(locked_home)),
    ):
        with guard:
            panel = WorkspacePanel(Workspace(path))
            status, button = html.unescape(panel.children[0].value), panel.children[1]
        if str(path.parent) not in status or "INFOINTERVIEW_HOME" not in status:
            problems.append(f"unclear message: {status}")
        if button.layout.display != "none":
            problems.append("a fresh start was offered where it cannot help")
    assert blocker.read_text() == "in the way"
    figures.record("Bad files", "a home that cannot be made or written", 2, "files", len(problems))
    assert problems == []

"""The workspace is private at rest: its folder 0700 and every file in it 0600, whatever the umask.

Another account on the same computer (a shared JupyterHub, a lab machine) must not read a
participant's contacts, emails and notes. Modes are checked here; tests/hub/
test_private_workspace.py checks, with two real Unix users, that the kernel then refuses.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from infointerview.store import FILE_NAME, Workspace, WorkspaceError, location, set_aside

COMPANIONS = ("-wal", "-shm")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _modes(folder: Path) -> dict[str, int]:
    """The folder's own mode (under ".") and the mode of every file in it, by name."""
    return {".": _mode(folder), **{p.name: _mode(p) for p in folder.iterdir()}}


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under a permissive umask (000) and the usual one (022), then restore it."""
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


@pytest.fixture
def loose_workspace(tmp_path: Path) -> Path:
    """A workspace with one contact, then loosened as an older version (or a 022 umask) left it:
    the folder 0755 and the file 0644."""
    path = tmp_path / "home" / FILE_NAME
    with Workspace(path) as workspace:
        workspace.add_contact("Ada Lovelace", email="ada@example.org")
    path.parent.chmod(0o755)
    path.chmod(0o644)
    return path


def test_a_new_workspace_is_private_whatever_the_umask(tmp_path, umask):
    """A new workspace folder is 0700 and the file, its -wal and -shm 0600, with no notice."""
    folder = tmp_path / "home"
    with Workspace(folder / FILE_NAME) as workspace:
        workspace.add_contact("Ada Lovelace", email="ada@example.org")
        if workspace.journal_mode != "wal":
            pytest.skip("this temporary folder is on a network file system: no -wal or -shm")
        found = _modes(folder)
        notice = workspace.notice
    assert found == {
        ".": 0o700,
        FILE_NAME: 0o600,
        FILE_NAME + "-wal": 0o600,
        FILE_NAME + "-shm": 0o600,
    }
    assert notice == ""


def test_a_rollback_journal_is_private_whatever_the_umask(tmp_path, umask, monkeypatch):
    """On a network file system (a rollback journal, not WAL) the -journal is 0600 too."""
    monkeypatch.setattr(location, "journal_mode_for", lambda folder: "delete")
    folder = tmp_path / "home"
    path = folder / FILE_NAME
    with Workspace(path) as workspace:
        assert workspace.journal_mode == "delete"
        with workspace._writing(None) as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('probe', 'x')")
            found = _modes(folder)
    assert found == {".": 0o700, FILE_NAME: 0o600, FILE_NAME + "-journal": 0o600}


def test_a_workspace_in_a_new_folder_made_by_default_home_is_private(umask, monkeypatch):
    """Workspace() in the default folder (INFOINTERVIEW_HOME, not yet made) makes it 0700."""
    folder = location.default_home() / "not-yet"
    monkeypatch.setenv(location.HOME_VARIABLE, str(folder))
    with Workspace() as workspace:
        workspace.add_contact("Ada Lovelace", email="ada@example.org")
        assert workspace.path == folder / FILE_NAME
    assert _mode(folder) == 0o700
    assert _mode(folder / FILE_NAME) == 0o600


def test_a_loose_workspace_is_tightened_on_open_with_a_one_line_notice(loose_workspace):
    """A 0755 folder with a 0644 file is made 0700 and 0600 on open; the notice says so."""
    folder = loose_workspace.parent
    with Workspace(loose_workspace) as workspace:
        notice = workspace.notice
        found = _modes(folder)
        emails = [contact.email for contact in workspace.contacts()]
    assert found[FILE_NAME] == 0o600 and found["."] == 0o700
    assert all(mode == 0o600 for name, mode in found.items() if name != ".")
    assert emails == ["ada@example.org"]
    assert notice and len(notice.splitlines()) == 1
    assert str(folder) in notice and "private" in notice


@pytest.mark.parametrize("loose", ["folder", "file"])
def test_either_loose_part_alone_is_tightened_and_noticed(loose_workspace, loose):
    """Only the folder, or only the file, being loose is enough for a tightening and a notice."""
    folder = loose_workspace.parent
    if loose == "folder":
        loose_workspace.chmod(0o600)
    else:
        folder.chmod(0o700)
    with Workspace(loose_workspace) as workspace:
        notice = workspace.notice
    assert (_mode(folder), _mode(loose_workspace)) == (0o700, 0o600)
    assert notice != ""


def test_loose_wal_and_shm_left_by_another_connection_are_tightened(loose_workspace):
    """A -wal and -shm still held open elsewhere, left 0644, are made 0600 when it opens."""
    other = sqlite3.connect(loose_workspace)  # keeps the -wal and -shm in being
    try:
        other.execute("INSERT INTO meta(key, value) VALUES ('probe', 'x')")
        other.commit()
        for suffix in COMPANIONS:
            _companion(loose_workspace, suffix).chmod(0o644)
        with Workspace(loose_workspace) as workspace:
            notice = workspace.notice
            found = {s: _mode(_companion(loose_workspace, s)) for s in COMPANIONS}
    finally:
        other.close()
    assert found == dict.fromkeys(COMPANIONS, 0o600)
    assert notice != ""


def test_a_private_workspace_opens_with_an_empty_notice(tmp_path):
    """Reopening a workspace that is already private changes nothing and says nothing."""
    path = tmp_path / "home" / FILE_NAME
    with Workspace(path) as workspace:
        workspace.add_contact("Ada Lovelace", email="ada@example.org")
    before = _modes(path.parent)
    with Workspace(path) as workspace:
        notice = workspace.notice
        assert isinstance(notice, str)
    assert notice == ""
    assert _modes(path.parent) == before == {".": 0o700, FILE_NAME: 0o600}


def test_an_in_memory_workspace_has_an_empty_notice():
    """A workspace kept in memory has no file, so nothing to tighten and no notice."""
    with Workspace(":memory:") as workspace:
        assert workspace.notice == ""


def test_a_fresh_start_keeps_the_damaged_file_aside_0600(tmp_path, umask):
    """start_fresh() on a damaged, loose file keeps it aside 0600 and starts a private one."""
    folder = tmp_path / "home"
    path = folder / FILE_NAME
    with Workspace(path) as workspace:
        workspace.add_contact("Ada Lovelace", email="ada@example.org")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut off, as after a failed copy
    path.chmod(0o644)
    workspace = Workspace(path)
    with pytest.raises(WorkspaceError):
        workspace.open()
    moved = workspace.start_fresh()
    try:
        assert moved is not None and moved.read_bytes() == data[: len(data) // 2]
        assert _mode(moved) == 0o600
        found = _modes(folder)
        assert {name: found[name] for name in found if name != "."} == dict.fromkeys(
            [name for name in found if name != "."], 0o600
        )
        assert found["."] == 0o700
    finally:
        workspace.close()


def test_set_aside_makes_the_file_and_its_journal_files_0600(tmp_path):
    """set_aside(path) keeps the file and its -wal, -shm and -journal aside, each 0600."""
    path = tmp_path / FILE_NAME
    parts = {"": b"main", "-wal": b"log", "-shm": b"index", "-journal": b"undo"}
    for suffix, data in parts.items():
        _companion(path, suffix).write_bytes(data)
        _companion(path, suffix).chmod(0o644)
    moved = set_aside(path)
    kept = {suffix: _companion(moved, suffix) for suffix in parts}
    assert {s: p.read_bytes() for s, p in kept.items()} == parts
    assert {s: _mode(p) for s, p in kept.items()} == dict.fromkeys(parts, 0o600)
    assert not [s for s in parts if _companion(path, s).exists()]


def test_set_aside_copies_left_loose_are_tightened_on_open(loose_workspace):
    """A copy kept aside by an older version, still 0644, is made 0600 when the workspace opens."""
    older = _companion(loose_workspace, ".unreadable-20260101-120000")
    older.write_bytes(b"SQLite format 3\x00 cut off")
    older.chmod(0o644)
    _companion(older, "-wal").write_bytes(b"log")
    _companion(older, "-wal").chmod(0o666)
    with Workspace(loose_workspace) as workspace:
        notice = workspace.notice
    assert _mode(older) == 0o600 and _mode(_companion(older, "-wal")) == 0o600
    assert notice != ""


def test_a_read_only_file_is_refused_and_stays_read_only(tmp_path):
    """A 0400 workspace is not made writable: its owner is told it is read-only (root, whom
    modes do not stop, opens it), and it is still 0400 afterwards."""
    path = tmp_path / "home" / FILE_NAME
    with Workspace(path) as workspace:
        workspace.add_contact("Ada Lovelace", email="ada@example.org")
    path.chmod(0o400)
    workspace = Workspace(path)
    try:
        if os.geteuid() == 0:
            workspace.open()  # root may write whatever the mode; the refusal is in the hub test
        else:
            with pytest.raises(WorkspaceError, match="is read-only") as refused:
                workspace.open()
            assert str(path) in str(refused.value) and refused.value.replaceable
    finally:
        workspace.close()
    assert _mode(path) == 0o400


@pytest.mark.parametrize(("before", "after"), [(0o400, 0o400), (0o444, 0o400), (0o000, 0o000)])
def test_tightening_never_adds_a_permission(tmp_path, before, after):
    """make_private only takes bits away: 0400 stays, 0444 becomes 0400, 0000 stays 0000."""
    path = tmp_path / FILE_NAME
    path.write_bytes(b"")
    path.chmod(before)
    assert location.make_private(path) is (before != after)
    assert _mode(path) == after


def test_a_shared_sticky_folder_like_tmp_is_not_chmodded(tmp_path):
    """A workspace straight in a sticky folder (as /tmp) leaves it 1777; the file is 0600."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    with Workspace(shared / FILE_NAME) as workspace:
        workspace.add_contact("Ada Lovelace", email="ada@example.org")
        notice = workspace.notice
        assert _mode(shared / FILE_NAME) == 0o600
    assert _mode(shared) == 0o1777
    assert notice == ""

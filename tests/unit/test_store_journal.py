"""A workspace on a network file system keeps a rollback journal instead of a write-ahead log."""

from __future__ import annotations

from pathlib import Path

import pytest

from infointerview.model import ActivityKind, Goal, Profile
from infointerview.store import FILE_NAME, Workspace, file_system_type, journal_mode_for, location

DAY = "2026-03-16"
MOUNTS = "\n".join(
    [
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
        "30 22 0:40 / /home rw,relatime shared:2 - nfs4 server:/export/home rw,vers=4.2",
        "31 30 8:2 / /home/local\\040disk rw shared:3 - xfs /dev/sdb1 rw",
        "32 22 0:41 / /srv/share rw - fuse.sshfs me@host:/share rw",
        "33 22 0:42 / /data rw - tmpfs tmpfs rw",
        "34 33 0:43 / /data rw - nfs server:/data rw",
    ]
)


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("/home/ada/.infointerview", "nfs4"),
        ("/home/local disk/ada", "xfs"),  # a space in the mount table is written \040
        ("/srv/share/work", "fuse.sshfs"),
        ("/srv/other", "ext4"),
        ("/homely", "ext4"),  # a name that starts like a mount point is not under it
        ("/data/x", "nfs"),  # of two mounts on one point, the later one is on top
    ],
)
def test_the_file_system_is_read_from_the_mount_table(folder, kind):
    """The deepest mount point holding the folder names its file system."""
    assert file_system_type(Path(folder), MOUNTS) == kind


def test_without_a_mount_table_the_file_system_is_unknown(monkeypatch, tmp_path):
    """Where /proc is missing (macOS, Windows) nothing is guessed, and the log stays WAL."""
    monkeypatch.setattr(location, "MOUNT_TABLE", tmp_path / "no-such-file")
    assert file_system_type(tmp_path) is None
    assert journal_mode_for(tmp_path) == "wal"


def test_a_local_disk_keeps_the_write_ahead_log(tmp_path):
    """On this machine's own disk the workspace uses WAL."""
    assert journal_mode_for(tmp_path) == "wal"
    with Workspace(tmp_path / FILE_NAME) as workspace:
        assert workspace.journal_mode == "wal"


def _on_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(location, "file_system_type", lambda folder, table=None: "nfs4")


def test_a_workspace_on_a_network_file_system_uses_a_rollback_journal(monkeypatch, tmp_path):
    """On NFS the workspace saves with a rollback journal and leaves no WAL files behind."""
    _on_network(monkeypatch)
    path = tmp_path / FILE_NAME
    with Workspace(path) as workspace:
        assert workspace.journal_mode == "delete"
        workspace.save_profile(Profile("Ada", "Urban planning", (Goal.NETWORK,)))
        workspace.log(ActivityKind.OTHER, detail="Careers fair")
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]
    with Workspace(path) as reopened:
        assert reopened.profile().name == "Ada"
        assert [a.detail for a in reopened.activities()] == ["Careers fair"]


def test_a_workspace_moved_onto_a_network_file_system_switches_with_its_work(monkeypatch, tmp_path):
    """A WAL workspace copied to NFS (a new home disk, say) opens there with everything in it."""
    path = tmp_path / FILE_NAME
    with Workspace(path) as local:
        local.save_profile(Profile("Ada", "Urban planning", (Goal.NETWORK,)))
        assert local.journal_mode == "wal"
    _on_network(monkeypatch)
    with Workspace(path) as moved:
        assert moved.journal_mode == "delete"
        assert moved.profile().name == "Ada"

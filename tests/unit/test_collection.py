"""Tests for the collection folder: the 3773 drop box and the `collection-folder` command."""

import errno
import grp
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from infointerview import cli
from infointerview.collection import (
    COLLECTION_MODE,
    CollectionError,
    blocking_parent,
    describe,
    make_collection_folder,
)

as_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give a folder away"
)


@pytest.fixture
def group() -> str:
    """A group the tests may use without root: the caller's own primary group."""
    try:
        return grp.getgrgid(os.getgid()).gr_name
    except KeyError:
        pytest.skip("the primary group of this user has no name")


@pytest.fixture
def other_group() -> str:
    """An existing group that is not the caller's primary group (only root may use it)."""
    for name in ("staff", "users", "nogroup"):
        try:
            if grp.getgrnam(name).gr_gid != os.getgid():
                return name
        except KeyError:
            continue
    pytest.skip("no second group to give the folder to")


@pytest.fixture
def open_base():
    """A folder under /tmp that every user can pass through (pytest's tmp_path cannot)."""
    base = Path(tempfile.mkdtemp(dir="/tmp"))
    base.chmod(0o755)
    yield base
    shutil.rmtree(base)


@pytest.fixture
def no_collection_variable(monkeypatch):
    """No INFOINTERVIEW_COLLECTION, whatever the shell running the tests has set."""
    monkeypatch.delenv("INFOINTERVIEW_COLLECTION", raising=False)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


# --- making the folder ---------------------------------------------------------------------


def test_makes_the_folder_with_mode_3773_in_the_group(open_base, group):
    """A new folder gets exactly setgid + sticky, rwx for owner and group, -wx for others."""
    made = make_collection_folder(open_base / "collection", group)
    found = os.stat(open_base / "collection")
    assert stat.S_ISDIR(found.st_mode)
    assert stat.S_IMODE(found.st_mode) == 0o3773 == COLLECTION_MODE
    assert found.st_mode & stat.S_ISGID and found.st_mode & stat.S_ISVTX
    assert found.st_gid == grp.getgrnam(group).gr_gid
    assert made.path == open_base / "collection" and made.mode == 0o3773
    assert made.created and made.group == group and made.reachable
    assert made.listing.startswith("drwxrws-wt ") and made.listing.endswith(f" {group}")


def test_missing_parents_are_made_755_whatever_the_umask(open_base, group):
    """Parents are made rwxr-xr-x like `install -d`, even under a strict umask."""
    previous = os.umask(0o077)
    try:
        make_collection_folder(open_base / "srv" / "infointerview" / "collection", group)
    finally:
        os.umask(previous)
    assert _mode(open_base / "srv") == 0o755
    assert _mode(open_base / "srv" / "infointerview") == 0o755
    assert _mode(open_base / "srv" / "infointerview" / "collection") == 0o3773


def test_a_relative_path_is_made_where_the_command_runs(open_base, group, monkeypatch):
    """A relative folder name is made in the current folder and reported in full."""
    monkeypatch.chdir(open_base)
    made = make_collection_folder("collection", group)
    assert made.path == open_base / "collection" and _mode(open_base / "collection") == 0o3773


def test_rerun_on_an_existing_folder_fixes_its_mode_and_keeps_the_exports(open_base, group):
    """An existing folder with the wrong mode is set right; the exports in it stay."""
    folder = open_base / "collection"
    folder.mkdir()
    folder.chmod(0o777)
    (folder / "abc123.json").write_text("{}")
    made = make_collection_folder(folder, group)
    assert not made.created and _mode(folder) == 0o3773
    assert (folder / "abc123.json").read_text() == "{}"


def test_running_twice_changes_nothing(open_base, group):
    """The second run finds the folder already right and reports the same folder."""
    first = make_collection_folder(open_base / "collection", group)
    second = make_collection_folder(open_base / "collection", group)
    assert second.created is False
    assert (second.path, second.owner, second.group, second.mode, second.blocked_by) == (
        first.path,
        first.owner,
        first.group,
        first.mode,
        first.blocked_by,
    )
    assert _mode(open_base / "collection") == 0o3773


@as_root
def test_rerun_gives_an_existing_folder_to_the_group(open_base, other_group):
    """As root, a folder in the wrong group is given to the instructors' group."""
    folder = open_base / "collection"
    folder.mkdir(mode=0o755)
    make_collection_folder(folder, other_group)
    found = os.stat(folder)
    assert found.st_gid == grp.getgrnam(other_group).gr_gid
    assert stat.S_IMODE(found.st_mode) == 0o3773  # setgid set after chown, so it stays


def test_a_file_at_the_path_is_refused_and_left_unchanged(open_base, group):
    """A file where the folder should be is refused; its contents and mode stay."""
    target = open_base / "collection"
    target.write_text("notes")
    target.chmod(0o600)
    with pytest.raises(CollectionError, match=r"is a file, not a folder\."):
        make_collection_folder(target, group)
    assert target.read_text() == "notes" and _mode(target) == 0o600


def test_a_symbolic_link_is_refused_and_its_target_left_unchanged(open_base, group):
    """A symbolic link is refused, since chmod would follow it to somewhere else."""
    real = open_base / "real"
    real.mkdir(mode=0o755)
    link = open_base / "collection"
    link.symlink_to(real)
    with pytest.raises(CollectionError, match=r"is a symbolic link, which points to .*real\."):
        make_collection_folder(link, group)
    assert link.is_symlink() and _mode(real) == 0o755


def test_a_dangling_symbolic_link_is_refused_too(open_base, group):
    """A link to nowhere is refused, not followed to make a folder where it points."""
    link = open_base / "collection"
    link.symlink_to(open_base / "nowhere")
    with pytest.raises(CollectionError, match="symbolic link"):
        make_collection_folder(link, group)
    assert not (open_base / "nowhere").exists()


def test_a_path_through_a_file_is_refused(open_base, group):
    """A path whose parent is a file says so, in words."""
    (open_base / "srv").write_text("")
    with pytest.raises(CollectionError, match="part of that path is a file"):
        make_collection_folder(open_base / "srv" / "collection", group)


def test_an_unknown_group_says_how_to_make_it(open_base):
    """An unknown group is refused with the groupadd and usermod lines; nothing is made."""
    with pytest.raises(CollectionError) as raised:
        make_collection_folder(open_base / "srv" / "collection", "iidrop-no-such-group")
    message = str(raised.value)
    assert "There is no group called iidrop-no-such-group" in message
    assert "`sudo groupadd iidrop-no-such-group`" in message
    assert "`sudo usermod -aG iidrop-no-such-group NAME`" in message
    assert list(open_base.iterdir()) == []


def test_a_folder_holding_other_things_is_refused(open_base, group):
    """A folder with more than exports in it (a home folder, /tmp) is left alone."""
    folder = open_base / "home"
    folder.mkdir(mode=0o755)
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(CollectionError, match=r"holds things that are not exports \(notes.txt\)"):
        make_collection_folder(folder, group)
    assert _mode(folder) == 0o755


def test_an_empty_name_is_refused(group):
    """An empty folder name is refused rather than taken as the current folder."""
    with pytest.raises(CollectionError, match="Give the folder to make"):
        make_collection_folder("  ", group)


def test_without_the_right_to_change_the_group_it_says_to_use_sudo(open_base, group, monkeypatch):
    """chown refused (not root, not in the group): run it with sudo or join the group."""

    def refuse(*args):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    other = "iidrop-other"
    monkeypatch.setattr(grp, "getgrnam", lambda name: grp.struct_group((other, "x", 4242, [])))
    monkeypatch.setattr(os, "fchown", refuse)
    with pytest.raises(CollectionError) as raised:
        make_collection_folder(open_base / "collection", other)
    message = str(raised.value)
    assert f"Only root, or a member of the group {other}, can give" in message
    assert "Run this again with sudo" in message and f"sudo usermod -aG {other} " in message
    assert not (open_base / "collection").exists()  # not left behind half made


@as_root
def test_someone_elses_folder_says_to_use_sudo(open_base, group, monkeypatch):
    """A folder owned by another user, when chown is refused, names its owner."""
    folder = open_base / "collection"
    folder.mkdir()
    os.chown(folder, 65534, -1)

    def refuse(*args):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", refuse)
    monkeypatch.setattr(os, "fchmod", refuse)
    with pytest.raises(CollectionError, match=r"belongs to \S+, so only they or root"):
        make_collection_folder(folder, group)
    assert folder.is_dir()  # an existing folder is never removed


def test_a_file_system_that_drops_bits_is_refused(open_base, group, monkeypatch):
    """When the mode does not stick (a share, say), it says so instead of claiming success."""
    real_fchmod = os.fchmod
    monkeypatch.setattr(os, "fchmod", lambda handle, mode: real_fchmod(handle, 0o775))
    with pytest.raises(CollectionError, match="does not keep Unix permissions"):
        make_collection_folder(open_base / "collection", group)
    assert not (open_base / "collection").exists()


# --- who can reach it ------------------------------------------------------------------------


def test_blocked_by_names_the_first_parent_others_cannot_pass(open_base, group):
    """A 0700 parent blocks participants: it is named, with its mode, in a warning."""
    private = open_base / "private"
    private.mkdir(mode=0o700)
    private.chmod(0o700)
    made = make_collection_folder(private / "course" / "collection", group)
    assert made.blocked_by == private and made.blocked_mode == 0o700 and not made.reachable
    assert _mode(private / "course" / "collection") == 0o3773
    warning = describe(made)[-1]
    assert warning.startswith("Warning: participants cannot reach it")
    assert f"{private} (drwx------, mode 700)" in warning
    assert "/srv/infointerview/collection" in warning


def test_pytest_tmp_path_is_a_real_blocked_case(tmp_path, group):
    """pytest's own temporary folders sit under a 0700 folder that others cannot pass."""
    made = make_collection_folder(tmp_path / "collection", group)
    assert made.blocked_by is not None and made.blocked_by in tmp_path.parents
    assert not os.stat(made.blocked_by).st_mode & stat.S_IXOTH


def test_a_reachable_folder_has_no_blocking_parent(open_base):
    """Every parent of a folder under an open /tmp folder lets other users through."""
    assert blocking_parent(open_base / "collection") is None


def test_a_parent_reached_through_a_link_is_checked_where_it_really_is(open_base):
    """A link to a folder inside a 0700 folder is blocked by the 0700 folder."""
    private = open_base / "private"
    (private / "srv").mkdir(parents=True)
    private.chmod(0o700)
    (open_base / "srv").symlink_to(private / "srv")
    assert blocking_parent(open_base / "srv" / "collection") == private


def test_describe_says_what_participants_and_instructors_can_do(open_base, group):
    """The description is an `ls -ld`-like line plus what each side can do."""
    made = make_collection_folder(open_base / "collection", group)
    first, second = describe(made)
    assert first == f"Made the collection folder {made.path} ({made.listing})."
    assert "cannot list it or open, replace or delete anyone else's" in second
    assert f"members of {group} can list it and read every export" in second
    again = describe(make_collection_folder(open_base / "collection", group))
    assert again[0].startswith("Set up the collection folder")


def test_the_module_stays_light():
    """Importing the collection module loads neither ipywidgets nor matplotlib."""
    code = (
        "import sys, infointerview.collection; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('ipywidgets', 'matplotlib')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"


# --- the command -----------------------------------------------------------------------------


def test_command_makes_the_folder_and_prints_the_hub_setting(open_base, group, capsys):
    """Exit 0: what was made, what it means, and the line for the hub's config."""
    folder = open_base / "collection"
    assert cli.main(["collection-folder", str(folder), "--group", group]) == 0
    lines = capsys.readouterr().out.splitlines()
    owner = lines[0].split()[-2]
    assert lines[0] == f"Made the collection folder {folder} (drwxrws-wt {owner} {group})."
    assert lines[1].startswith("Participants can each write their own export into it")
    assert lines[2].endswith(f"INFOINTERVIEW_COLLECTION={folder}")
    assert len(lines) == 3 and _mode(folder) == 0o3773


def test_command_reads_the_folder_from_infointerview_collection(
    open_base, group, monkeypatch, capsys
):
    """Without DIR, the folder is the one INFOINTERVIEW_COLLECTION names."""
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", str(open_base / "from-env"))
    assert cli.main(["collection-folder", "--group", group]) == 0
    assert f"Made the collection folder {open_base / 'from-env'} " in capsys.readouterr().out
    assert _mode(open_base / "from-env") == 0o3773


def test_command_exits_1_when_participants_cannot_reach_the_folder(tmp_path, group, capsys):
    """Exit 1: the folder is made, but a warning names the parent that blocks others."""
    assert cli.main(["collection-folder", str(tmp_path / "collection"), "--group", group]) == 1
    out = capsys.readouterr().out
    assert "Made the collection folder" in out and "\nWarning: participants cannot reach" in out
    assert "INFOINTERVIEW_COLLECTION=" not in out
    assert _mode(tmp_path / "collection") == 0o3773


def test_command_without_a_folder_says_to_give_one(no_collection_variable, capsys):
    """No DIR and no INFOINTERVIEW_COLLECTION: exit 2, saying to give DIR."""
    assert cli.main(["collection-folder"]) == 2
    err = capsys.readouterr().err
    assert "infointerview collection-folder DIR" in err and "INFOINTERVIEW_COLLECTION" in err


def test_command_with_an_unknown_group_exits_2(open_base, capsys):
    """An unknown group: exit 2 with the groupadd line, and no folder made."""
    folder = open_base / "collection"
    assert cli.main(["collection-folder", str(folder), "--group", "iidrop-no-such-group"]) == 2
    assert "sudo groupadd iidrop-no-such-group" in capsys.readouterr().err
    assert not folder.exists()


def test_command_refuses_a_file_with_exit_2(open_base, group, capsys):
    """A file at DIR: exit 2 with a one-line reason."""
    (open_base / "collection").write_text("")
    assert cli.main(["collection-folder", str(open_base / "collection"), "--group", group]) == 2
    assert capsys.readouterr().err.startswith(
        f"infointerview: {open_base / 'collection'} is a file"
    )

"""Where a workspace lives: its folder, its file system, and who may read it.

A workspace holds contacts' names, emails and notes, so its folder is private to the
participant (0700) and every file in it 0600, whatever the umask.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
from pathlib import Path

from infointerview import clock
from infointerview.model import expand_home
from infointerview.store.errors import HOME_VARIABLE, WorkspaceError

FILE_NAME = "workspace.sqlite"
FOLDER_MODE = 0o700
FILE_MODE = 0o600
# SQLite's write-ahead log needs shared memory that a network file system does not give
# (sqlite.org/wal.html), so a workspace on one keeps a rollback journal instead.
NETWORK_FILE_SYSTEMS = frozenset(
    "nfs nfs4 cifs smb3 smbfs 9p afs ceph glusterfs lustre davfs fuse.sshfs fuse.glusterfs "
    "fuse.rclone fuse.s3fs fuse.gcsfuse fuse.cephfs".split()
)
MOUNT_TABLE = Path("/proc/self/mountinfo")
COMPANIONS = ("-wal", "-shm", "-journal")
SET_ASIDE = ".unreadable-"  # workspace.sqlite.unreadable-20260316-093000: a copy kept aside


def default_home() -> Path:
    """Return the folder that holds this participant's workspace (INFOINTERVIEW_HOME or ~)."""
    configured = os.environ.get(HOME_VARIABLE, "").strip()
    if not configured:
        return Path.home() / ".infointerview"
    # "~someone" for a user this computer does not know stays as typed; opening explains.
    return expand_home(configured) or Path(configured)


def make_folder(folder: Path) -> None:
    """Create the workspace folder, private to its owner from the start."""
    # mkdir's mode is masked by the umask, and parents made on the way are left to it.
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    make_private(folder)


def make_private(path: Path) -> bool:
    """Give the folder or file its private mode; True when it was looser than that.

    A file this account does not own, or a file system that has no modes, is left as it
    is: the workspace still opens.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if mode & stat.S_ISVTX:
        return False  # a shared folder such as /tmp, not one of ours
    current = stat.S_IMODE(mode)
    wanted = FOLDER_MODE if path.is_dir() else FILE_MODE
    if current & ~wanted & 0o777 == 0:
        return False
    with contextlib.suppress(OSError):
        os.chmod(path, current & wanted)
        return True
    return False


def make_files_private(path: Path) -> list[Path]:
    """Tighten the workspace file, its companions and the copies kept aside beside it (with
    theirs); return those that were loosened."""
    candidates = [path, *(path.with_name(path.name + s) for s in COMPANIONS)]
    # Kept aside by set_aside, perhaps by a version that left them as the umask made them.
    with contextlib.suppress(OSError):
        candidates += sorted(path.parent.glob(glob.escape(path.name) + SET_ASIDE + "*"))
    loosened = []
    for candidate in candidates:
        if candidate.is_file() and make_private(candidate):
            loosened.append(candidate)
    return loosened


def set_aside(path: Path | str) -> Path:
    """Rename an unusable workspace file (and its WAL files) so a fresh one can start.

    Nothing is deleted: the old file keeps its bytes under a dated name beside the original,
    which is returned.
    """
    path = Path(path)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}{SET_ASIDE}{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}{SET_ASIDE}{stamp}-{counter}")
    moved = [target]
    try:
        os.rename(path, target)
        # Its journal files go with it: they hold its latest work (a hot -journal left behind
        # would be deleted by SQLite when the fresh, empty file opens).
        for suffix in COMPANIONS:
            sidecar = path.with_name(path.name + suffix)
            if sidecar.exists():
                os.rename(sidecar, target.with_name(target.name + suffix))
                moved.append(target.with_name(target.name + suffix))
    except OSError as error:
        raise WorkspaceError(
            f"Could not move {path} aside ({error.strerror}). Move or rename it yourself, "
            "then try again.",
            path,
        ) from error
    for kept in moved:
        if kept.is_file():
            # SQLite gives its -wal and -shm the mode of the file it opened, loose or not.
            make_private(kept)
    return target


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

"""The collection folder on a shared server: a drop box like the one nbgrader calls its exchange.

On a hub where every participant is a real Unix user (The Littlest JupyterHub), the folder
has mode 3773 and belongs to the instructors' group (see section 3.3 of the instructor guide):

* setgid: every export written inside belongs to the instructors' group;
* sticky: only a file's owner (or root) can replace or delete it;
* owner and group rwx: root and the instructors can list the folder and read every export;
* others -wx: a participant can write their own export but cannot list the folder, so they
  can neither find nor read anyone else's.

This module makes such a folder, repairs one, and says in plain words what it made.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from infointerview.model import expand_home

DEFAULT_GROUP = "instructors"
COLLECTION_MODE = 0o3773
PARENT_MODE = 0o755
#: Where the instructor guide puts the folder: on the local disk, reachable by everyone.
SUGGESTED_FOLDER = "/srv/infointerview/collection"
#: What may already be in a folder made into a collection folder: exports, the hidden files
#: they are written through, and a file system's own folder at a mount point.
_TEMPORARY = (".infointerview-", ".tmp")
_LOST_AND_FOUND = "lost+found"


class CollectionError(Exception):
    """The collection folder could not be made; the message says what to do instead."""


@dataclass(frozen=True)
class CollectionFolder:
    """A collection folder as made: where it is, whose it is, its mode and who can reach it."""

    path: Path
    owner: str
    group: str
    mode: int  # the permission bits only, as stat.S_IMODE gives them: 0o3773
    created: bool  # False when the folder was already there and was only set up
    blocked_by: Path | None = None  # the first parent folder other users cannot pass through
    blocked_mode: int | None = None  # that parent's permission bits

    @property
    def listing(self) -> str:
        """Mode, owner and group as ``ls -ld`` shows them: ``drwxrws-wt root instructors``."""
        return f"{stat.filemode(stat.S_IFDIR | self.mode)} {self.owner} {self.group}"

    @property
    def reachable(self) -> bool:
        """True when other users (the participants) can pass through every parent folder."""
        return self.blocked_by is None


def make_collection_folder(
    path: Path | str | None = None, group: str = DEFAULT_GROUP
) -> CollectionFolder:
    """Make the collection folder (mode 3773, in ``group``), or set up an existing one.

    Without ``path``, it is the folder INFOINTERVIEW_COLLECTION names. Missing parent folders
    are made with mode 755. A folder that is already there keeps its exports and gets the group
    and mode again, so running this twice is harmless. A file or a symbolic link at ``path``, an
    unknown group, or a folder holding things other than exports is refused with
    CollectionError, and nothing is changed.
    """
    if path is None:
        path = _configured_folder()
    if os.name != "posix":
        raise CollectionError(
            "A collection folder with a Unix group is for a shared Linux server, such as The "
            "Littlest JupyterHub. On this computer, use any folder the instructor can read."
        )
    import grp

    if isinstance(path, str) and not path.strip():
        raise CollectionError(f"Give the folder to make, for example {SUGGESTED_FOLDER}.")
    if not group.strip():
        raise CollectionError(
            f"Give the group of instructors who may read the exports, for example {DEFAULT_GROUP}."
        )
    expanded = expand_home(path)
    if expanded is None:
        raise CollectionError(
            f"The folder {path} starts with ~, but that home folder is not known here; give the "
            "full path."
        )
    folder = Path(os.path.abspath(expanded))
    try:
        gid = grp.getgrnam(group).gr_gid
    except KeyError:
        raise CollectionError(
            f"There is no group called {group} on this computer. Make it with "
            f"`sudo groupadd {group}`, then add each instructor with "
            f"`sudo usermod -aG {group} NAME`."
        ) from None

    created = False
    if _check_existing(folder):
        _refuse_other_contents(folder)
    else:
        _make_parents(folder)
        try:
            os.mkdir(folder, 0o700)  # nobody else's until its mode is set below
            created = True
        except FileExistsError:
            _check_existing(folder)  # made meanwhile: checked again when opened below
        except OSError as error:
            raise _cannot_make(folder, error) from None

    try:
        made = _set_group_and_mode(folder, group, gid)
    except CollectionError:
        if created:
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # not left behind with the wrong permissions
        raise
    blocked = _blocking(folder)
    return CollectionFolder(
        path=folder,
        owner=_user_name(made.st_uid),
        group=group,
        mode=stat.S_IMODE(made.st_mode),
        created=created,
        blocked_by=blocked[0] if blocked else None,
        blocked_mode=blocked[1] if blocked else None,
    )


def _configured_folder() -> Path:
    """The collection folder the environment names; CollectionError when it names none."""
    # Imported here: the participant's export pulls in more than making a folder needs.
    from infointerview.export import COLLECTION_VARIABLE, ExportError, collection_folder

    try:
        folder = collection_folder()
    except ExportError as error:
        raise CollectionError(str(error)) from None
    if folder is None:
        raise CollectionError(
            "Which folder should the exports go into? Give it: infointerview collection-folder "
            f"DIR (or set {COLLECTION_VARIABLE})."
        )
    return folder


def blocking_parent(folder: Path | str) -> Path | None:
    """Return the first parent folder (from / down) that other users cannot pass through.

    A folder lets other users through when it has the ``x`` bit for others (``o+x``). Without
    it, participants cannot reach anything inside, the collection folder included. Parents
    reached through a symbolic link are checked where they really are, too.
    """
    blocked = _blocking(folder)
    return blocked[0] if blocked else None


def _blocking(folder: Path | str) -> tuple[Path, int] | None:
    """The first parent that other users cannot pass through, and its permission bits."""
    named = Path(os.path.abspath(folder))
    real = Path(os.path.realpath(named))
    for parent in [*reversed(named.parents), *reversed(real.parents)]:
        try:
            mode = stat.S_IMODE(os.stat(parent).st_mode)
        except OSError:
            return parent, 0
        if not mode & stat.S_IXOTH:
            return parent, mode
    return None


def describe(folder: CollectionFolder) -> list[str]:
    """A few plain lines on what was made and what it means, with a warning if unreachable."""
    made = "Made the collection folder" if folder.created else "Set up the collection folder"
    lines = [
        f"{made} {folder.path} ({folder.listing}).",
        "Participants can each write their own export into it, but cannot list it or open, "
        f"replace or delete anyone else's; members of {folder.group} can list it and read "
        "every export.",
    ]
    if folder.blocked_by is not None:
        shown = stat.filemode(stat.S_IFDIR | (folder.blocked_mode or 0))
        lines.append(
            f"Warning: participants cannot reach it, because other users may not pass through "
            f"{folder.blocked_by} ({shown}, mode {folder.blocked_mode or 0:o}). Make the "
            f"collection folder where everyone can reach it, such as {SUGGESTED_FOLDER}."
        )
    return lines


# --- the steps -------------------------------------------------------------------------------


def _check_existing(folder: Path) -> bool:
    """True when ``folder`` is an existing real folder; False when nothing is there."""
    try:
        found = os.lstat(folder)
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        return False  # a parent is a file: said when the parents are made
    except (OSError, ValueError) as error:
        raise _cannot_use(folder, error) from None
    if stat.S_ISLNK(found.st_mode):
        raise _symbolic_link(folder)
    if not stat.S_ISDIR(found.st_mode):
        raise CollectionError(
            f"{folder} is a file, not a folder. Give a new folder name, or move the file away."
        )
    return True


def _refuse_other_contents(folder: Path) -> None:
    """Refuse a folder that holds more than exports: a home folder or /tmp, given by mistake."""
    try:
        with os.scandir(folder) as entries:
            others = sorted(
                entry.name
                for entry in entries
                if not (
                    (entry.name.endswith(".json") and entry.is_file(follow_symlinks=False))
                    or (entry.name.startswith(_TEMPORARY[0]) and entry.name.endswith(_TEMPORARY[1]))
                    or entry.name == _LOST_AND_FOUND
                )
            )
    except PermissionError:
        return  # cannot look inside: setting the group and mode will say if it is not ours
    except OSError as error:
        raise _cannot_use(folder, error) from None
    if others:
        example = others[0] if len(others) == 1 else f"{others[0]} and {len(others) - 1} more"
        raise CollectionError(
            f"{folder} already holds things that are not exports ({example}), so it is not "
            "made into a collection folder. Give a new, empty folder, such as "
            f"{SUGGESTED_FOLDER}."
        )


def _make_parents(folder: Path) -> None:
    """Make the missing parent folders with mode 755, whatever the umask, as ``install -d``."""
    missing = []
    parent = folder.parent
    while not os.path.lexists(parent) and parent != parent.parent:
        missing.append(parent)
        parent = parent.parent
    for parent in reversed(missing):
        try:
            os.mkdir(parent, PARENT_MODE)
        except FileExistsError:
            continue
        except OSError as error:
            raise _cannot_make(parent, error) from None
        os.chmod(parent, PARENT_MODE)


def _set_group_and_mode(folder: Path, group: str, gid: int) -> os.stat_result:
    """Give the folder to the group, then mode 3773, and check both really stuck."""
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        # Through a descriptor opened without following a link: chmod must never reach
        # whatever a symbolic link put here in the meantime would point to.
        handle = os.open(folder, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _symbolic_link(folder) from None
        if error.errno == errno.ENOTDIR:
            raise CollectionError(f"{folder} is a file, not a folder.") from None
        raise _cannot_use(folder, error) from None
    try:
        before = os.fstat(handle)
        try:
            if before.st_gid != gid:
                os.fchown(handle, -1, gid)
            # After chown, which clears setgid when it changes the group.
            os.fchmod(handle, COLLECTION_MODE)
        except PermissionError:
            raise _not_allowed(folder, group, gid, before.st_uid) from None
        except OSError as error:
            raise _cannot_use(folder, error) from None
        after = os.fstat(handle)
    finally:
        os.close(handle)
    if stat.S_IMODE(after.st_mode) != COLLECTION_MODE or after.st_gid != gid:
        if os.geteuid() != 0 and gid != os.getegid() and gid not in os.getgroups():
            raise _not_allowed(folder, group, gid, after.st_uid)
        shown = stat.filemode(after.st_mode)
        raise CollectionError(
            f"{folder} shows {shown} {_group_name(after.st_gid)}, not drwxrws-wt {group}: its "
            "file system does not keep Unix permissions (a network or Windows share, say). "
            f"Make the collection folder on the server's own disk, such as {SUGGESTED_FOLDER}."
        )
    return after


# --- messages ----------------------------------------------------------------------------------


def _not_allowed(folder: Path, group: str, gid: int, owner_uid: int) -> CollectionError:
    import grp

    me = _user_name(os.geteuid())
    if owner_uid != os.geteuid():
        return CollectionError(
            f"{folder} belongs to {_user_name(owner_uid)}, so only they or root can change it. "
            "Run this again with sudo."
        )
    try:
        listed = me in grp.getgrgid(gid).gr_mem
    except KeyError:
        listed = False
    if listed:
        return CollectionError(
            f"You joined the group {group} after this session started, so it does not count "
            "yet. Log out and in again (on a hub, stop and start your server), or run this "
            "again with sudo."
        )
    return CollectionError(
        f"Only root, or a member of the group {group}, can give {folder} to that group. Run "
        f"this again with sudo, or ask an admin to add you: `sudo usermod -aG {group} {me}`."
    )


def _cannot_make(folder: Path, error: OSError) -> CollectionError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        said = (error.strerror or "refused").lower()
        return CollectionError(
            f"You may not make the folder {folder} ({said}). Run this again "
            "with sudo, or give a folder you may write in."
        )
    if error.errno == errno.ENOTDIR:
        return CollectionError(
            f"{folder} cannot be made, because part of that path is a file, not a folder. "
            "Check the name."
        )
    return _cannot_use(folder, error)


def _cannot_use(folder: Path, error: OSError | ValueError) -> CollectionError:
    reason = error.strerror if isinstance(error, OSError) and error.strerror else "a bad name"
    return CollectionError(f"The folder {folder} cannot be used ({reason}). Check the name.")


def _symbolic_link(folder: Path) -> CollectionError:
    try:
        target = f", which points to {os.readlink(folder)}"
    except OSError:
        target = ""
    return CollectionError(
        f"{folder} is a symbolic link{target}. Give the real folder instead, so that only "
        "the folder you name is changed."
    )


def _user_name(uid: int) -> str:
    import pwd

    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _group_name(gid: int) -> str:
    import grp

    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)

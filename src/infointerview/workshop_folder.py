"""The workshop folder: the participant's own copy of the notebooks, and the shipped ones.

The package carries the notebooks it was built with (the build copies ``notebooks/`` into the
wheel; see setup.py), so a participant who installed it needs no clone. ``infointerview lab``
then works in a folder of their own, by default ~/information-please: it copies in the
notebooks that are not there yet and never touches one that is, because that copy holds what
the participant wrote. ``infointerview reset`` puts one notebook back as shipped after moving
the participant's copy aside into earlier-copies/, with the time in its name.

In a clone of the workshop (an editable install) there is no shipped copy: the clone's own
``notebooks/`` folder is what ships, and ``lab`` serves it as it always has.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from infointerview import content
from infointerview.model import expand_home

NOTEBOOKS_VARIABLE = "INFOINTERVIEW_NOTEBOOKS"
WELCOME = "00-welcome.ipynb"
DEFAULT_FOLDER_NAME = "information-please"
EARLIER_COPIES = "earlier-copies"
# Inside the installed package, where the build puts the notebooks.
_PACKAGED = Path(__file__).resolve().parent / "notebooks"
# A clone: src/infointerview/ sits two levels under the folder that holds notebooks/.
_CHECKOUT = Path(__file__).resolve().parents[2] / "notebooks"


class FolderError(Exception):
    """The workshop folder cannot be made, read or reset; the message says what to do."""


@dataclass(frozen=True)
class Prepared:
    """A workshop folder made ready: which notebooks were copied in and which were kept."""

    folder: Path
    copied: tuple[str, ...]
    kept: tuple[str, ...]

    def lines(self) -> list[str]:
        """What a participant is told about their folder."""
        if not self.copied:
            return [f"Your workshop folder is {self.folder} (your notebooks are as you left them)."]
        if not self.kept:
            return [f"Made your workshop folder {self.folder} with {len(self.copied)} notebooks."]
        return [
            f"Your workshop folder is {self.folder}. Copied in the notebook(s) you did not have "
            f"yet: {', '.join(self.copied)}. Your own copies of the others are as you left them."
        ]


@dataclass(frozen=True)
class Restored:
    """A notebook put back as shipped; ``set_aside`` is where the participant's copy went."""

    notebook: Path
    set_aside: Path | None


def shipped_notebooks() -> Path:
    """The notebooks this installation ships: the package's copy, else the clone's folder."""
    for folder in (_PACKAGED, _CHECKOUT):
        if (folder / WELCOME).is_file():
            return folder
    raise FolderError(
        "This installation of infointerview carries no notebooks. Reinstall it from a wheel "
        f"(pip install infointerview), or set {NOTEBOOKS_VARIABLE} to a folder that holds "
        f"{WELCOME}."
    )


def is_clone() -> bool:
    """True when running from a clone of the workshop (its notebooks/ folder is the source)."""
    return not (_PACKAGED / WELCOME).is_file() and (_CHECKOUT / WELCOME).is_file()


def shipped_files() -> list[str]:
    """Every shipped notebook, as a path relative to the notebooks folder (instructor/ too)."""
    root = shipped_notebooks()
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.ipynb")
        if ".ipynb_checkpoints" not in path.parts
    )


def default_folder() -> Path:
    """Where a participant's workshop folder goes unless they choose: ~/information-please."""
    return Path.home() / DEFAULT_FOLDER_NAME


def _folder(location: str | os.PathLike[str]) -> Path:
    folder = expand_home(location)
    if folder is None:
        raise FolderError(f"{location}: that home folder is not known here.")
    return folder.absolute()


def serving_folder(chosen: str | None) -> tuple[Path, bool]:
    """The folder ``lab`` and ``app`` open, and whether it is the participant's own copy.

    In order: the folder chosen with --folder; INFOINTERVIEW_NOTEBOOKS (a folder served as it
    is, as hubs and tests set it); a clone's own notebooks/; else the default workshop folder.
    Only a participant's own copy (the first and the last) is filled from the shipped notebooks.
    """
    if chosen:
        return _folder(chosen), True
    configured = os.environ.get(NOTEBOOKS_VARIABLE, "").strip()
    if configured:
        folder = _folder(configured)
        if not (folder / WELCOME).is_file():
            raise FolderError(
                f"{NOTEBOOKS_VARIABLE} is {configured}, but there is no {WELCOME} there. Set it "
                "to the folder that holds the notebooks, or unset it to use your workshop folder."
            )
        return folder, False
    if is_clone():
        return _CHECKOUT, False
    return default_folder(), True


def prepare(folder: Path) -> Prepared:
    """Make ``folder`` if needed and copy in each shipped notebook it does not have yet.

    A notebook already there is never replaced, whatever it holds: it is the participant's.
    """
    source = shipped_notebooks()
    if folder.resolve() == source.resolve():
        raise FolderError(
            f"{folder} holds the shipped notebooks themselves; choose another folder for your "
            "own copies with --folder."
        )
    if folder.exists() and not folder.is_dir():
        raise FolderError(f"{folder} is a file, not a folder. Choose a folder with --folder.")
    copied, kept = [], []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in shipped_files():
            target = folder / name
            if target.exists():
                kept.append(name)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            _copy_new(source / name, target)
            copied.append(name)
    except OSError as error:
        raise FolderError(
            f"Could not make the workshop folder {folder}: {error.strerror or error}. "
            "Choose another place with --folder."
        ) from None
    return Prepared(folder, tuple(copied), tuple(kept))


def _copy_new(source: Path, target: Path) -> None:
    # Mode "xb": if the participant's own copy appeared meanwhile, it is left alone.
    try:
        with source.open("rb") as read, target.open("xb") as write:
            shutil.copyfileobj(read, write)
    except FileExistsError:
        return


def find_notebook(name: str) -> str:
    """The shipped notebook named by phase ("01", "research"), file name or instructor name."""
    wanted = name.strip().removesuffix(".ipynb")
    files = shipped_files()
    for path in files:
        if wanted in (path.removesuffix(".ipynb"), Path(path).stem):
            return path
    try:
        return content.find_phase(name).notebook
    except LookupError:
        names = ", ".join(Path(path).stem for path in files)
        raise FolderError(
            f"There is no notebook called {name!r}. Choose one of: {names}."
        ) from None


def reset(folder: Path, name: str, *, now: datetime | None = None) -> Restored:
    """Put the notebook ``name`` back as shipped, after moving the participant's copy aside.

    The copy goes to ``folder/earlier-copies/`` named with the time, such as
    ``01-research 2026-12-05 14.03.22.ipynb``; nothing is ever deleted.
    """
    relative = find_notebook(name)
    source = shipped_notebooks() / relative
    if folder.resolve() == shipped_notebooks().resolve():
        raise FolderError(
            f"{folder} holds the shipped notebooks themselves, so there is nothing to put back "
            "(in a clone, git does that: git checkout -- notebooks/). Give your workshop folder "
            "with --folder."
        )
    if not folder.is_dir():
        raise FolderError(
            f"There is no workshop folder at {folder} yet: `infointerview lab` makes it."
        )
    target = folder / relative
    set_aside = None
    try:
        if target.exists():
            stamp = (now or datetime.now()).strftime("%Y-%m-%d %H.%M.%S")
            aside = folder / EARLIER_COPIES
            aside.mkdir(exist_ok=True)
            set_aside = _free_name(aside, f"{Path(relative).stem} {stamp}")
            target.rename(set_aside)
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_new(source, target)
    except OSError as error:
        raise FolderError(
            f"Could not put {relative} back in {folder}: {error.strerror or error}."
        ) from None
    return Restored(target, set_aside)


def _free_name(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.ipynb"
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}).ipynb"
        number += 1
    return path


#: JupyterLab settings the workshop changes: no "get notified about official Jupyter news?"
#: question and no update check on a participant's first screen. Installing the package puts
#: this folder's contents into the environment's etc/jupyter (pyproject.toml, data-files),
#: which is how a hub's servers get it; an editable install (a clone) does not, so `lab` and
#: `app` also name the folder to the server they start.
JUPYTER_CONFIG = Path(__file__).resolve().parent / "jupyter_config"


def quiet_jupyterlab(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment for a JupyterLab that asks no first-run questions (JUPYTER_CONFIG_PATH)."""
    paths = [
        str(JUPYTER_CONFIG),
        *filter(None, environ.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep)),
    ]
    return {**environ, "JUPYTER_CONFIG_PATH": os.pathsep.join(paths)}

"""The workshop folder: a participant's own copies of the notebooks are never overwritten, and a
reset keeps the copy it replaces; the nbgitpuller link points each hub user at the notebooks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from infointerview import hub_link, workshop_folder

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "notebooks"


def test_the_shipped_notebooks_are_every_phase_and_the_instructors():
    """What a workshop folder gets: the seven phases and the instructor's dashboard."""
    assert workshop_folder.shipped_files() == [
        "00-welcome.ipynb",
        "01-research.ipynb",
        "02-request.ipynb",
        "03-prepare.ipynb",
        "04-meeting.ipynb",
        "05-follow-up.ipynb",
        "06-networking-log.ipynb",
        "instructor/cohort-dashboard.ipynb",
    ]


def test_prepare_copies_only_what_is_missing_and_keeps_edited_copies(tmp_path):
    """A second run adds a notebook that went missing and leaves an edited one exactly as is."""
    first = workshop_folder.prepare(tmp_path / "w")
    assert len(first.copied) == 8 and first.kept == ()
    edited = tmp_path / "w" / "03-prepare.ipynb"
    edited.write_text("my own questions")
    (tmp_path / "w" / "04-meeting.ipynb").unlink()
    second = workshop_folder.prepare(tmp_path / "w")
    assert second.copied == ("04-meeting.ipynb",)
    assert edited.read_text() == "my own questions"
    assert "04-meeting.ipynb" in second.lines()[0]


def test_prepare_refuses_a_file_where_the_folder_should_be(tmp_path):
    """A file in the way is reported with what to do, and left alone."""
    (tmp_path / "w").write_text("notes")
    with pytest.raises(workshop_folder.FolderError, match="is a file, not a folder"):
        workshop_folder.prepare(tmp_path / "w")
    assert (tmp_path / "w").read_text() == "notes"


def test_prepare_never_copies_into_the_shipped_notebooks():
    """The clone's own notebooks are not a participant's folder: refused, nothing copied."""
    with pytest.raises(workshop_folder.FolderError, match="shipped notebooks themselves"):
        workshop_folder.prepare(SHIPPED)


def test_reset_names_the_set_aside_copy_with_the_time(tmp_path):
    """The participant's copy goes to earlier-copies/ named with the time; a second reset in
    the same second gets a name of its own, so neither copy is lost."""
    workshop_folder.prepare(tmp_path)
    moment = datetime(2026, 12, 5, 14, 3, 22)
    names = []
    for text in ("first try", "second try"):
        (tmp_path / "02-request.ipynb").write_text(text)
        restored = workshop_folder.reset(tmp_path, "request", now=moment)
        names.append(restored.set_aside.name)
        assert restored.set_aside.read_text() == text
    assert names == [
        "02-request 2026-12-05 14.03.22.ipynb",
        "02-request 2026-12-05 14.03.22 (2).ipynb",
    ]
    assert (tmp_path / "02-request.ipynb").read_bytes() == (
        SHIPPED / "02-request.ipynb"
    ).read_bytes()


def test_reset_brings_back_a_deleted_notebook_with_nothing_to_set_aside(tmp_path):
    """A notebook the participant deleted simply comes back."""
    workshop_folder.prepare(tmp_path)
    (tmp_path / "instructor" / "cohort-dashboard.ipynb").unlink()
    restored = workshop_folder.reset(tmp_path, "cohort-dashboard.ipynb")
    assert restored.set_aside is None and restored.notebook.is_file()


def test_reset_of_an_unknown_notebook_lists_the_real_ones(tmp_path):
    """A name that is not a notebook is refused with the names to choose from."""
    workshop_folder.prepare(tmp_path)
    with pytest.raises(workshop_folder.FolderError, match="Choose one of: 00-welcome"):
        workshop_folder.reset(tmp_path, "lunch")


def test_reset_needs_a_workshop_folder_that_exists(tmp_path):
    """Reset before there is a folder says how to make one."""
    with pytest.raises(workshop_folder.FolderError, match="`infointerview lab` makes it"):
        workshop_folder.reset(tmp_path / "none", "00")


def test_the_default_folder_is_in_the_participants_home(monkeypatch, tmp_path):
    """Outside a clone, with nothing chosen, the folder is ~/information-please, to be filled."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("INFOINTERVIEW_NOTEBOOKS", raising=False)
    monkeypatch.setattr(workshop_folder, "is_clone", lambda: False)
    assert workshop_folder.serving_folder(None) == (tmp_path / "information-please", True)
    assert workshop_folder.serving_folder("~/elsewhere") == (tmp_path / "elsewhere", True)


def test_the_pull_path_opens_the_welcome_notebook_in_the_pulled_folder():
    """The path a hub's default URL uses: the repository, branch, folder and the welcome page."""
    path = hub_link.pull_path("file:///srv/w.git", branch="b", notebooks=".", interface="voila")
    assert path.startswith("/git-pull?")
    assert parse_qs(urlsplit(path).query) == {
        "repo": ["file:///srv/w.git"],
        "branch": ["b"],
        "targetpath": ["information-please"],
        "urlpath": ["voila/render/information-please/00-welcome.ipynb"],
    }


@pytest.mark.parametrize("missing", ["repo", "branch", "folder"])
def test_the_pull_path_needs_a_repository_branch_and_folder(missing):
    """An empty repository, branch or folder is refused by name."""
    values = {"repo": "https://git.example.org/w.git", "branch": "main", "folder": "w"}
    values[missing] = " "
    repo = values.pop("repo")
    with pytest.raises(ValueError, match=f"The {missing} cannot be empty"):
        hub_link.pull_path(repo, **values)

"""The notebooks reach a participant on the hub through an nbgitpuller link, and corrections
reach them mid-course without losing anything they wrote.

The instructor's repository is a local bare git repository (file://, nothing beyond this
machine). The participant opens the link `infointerview hub-link` prints, in Chromium through
the hub's login; edits two notebooks and deletes a third; the instructor then fixes a line in
one of the edited notebooks, the same line the participant changed in the other, a typo in a
notebook the participant never touched, and adds a file. Opening the link again brings every
change of the instructor's that does not collide with the participant's, keeps every change of
the participant's (nbgitpuller commits them, then merges with -Xours, so where both changed
the same line the participant's version stays), and brings back the deleted notebook.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import nbformat
import pytest
from browser.conftest import screenshot
from playwright.sync_api import expect

from hub.support import run
from hub.test_browser_on_hub import _log_in

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
USER = "maria"
FOLDER = "course"  # not information-please, which the test hub's /etc/skel stand-in fills
NEWS = "Would you like to get notified about official Jupyter news?"
GIT = ["git", "-c", "user.name=Instructor", "-c", "user.email=instructor@example.org"]
PARTICIPANT_NOTE = "My own note: ask Priya how the bus network redesign was consulted on."
PARTICIPANT_LINE = "Teaching: 15 minutes (I went slowly) · Exercises: 10 minutes"
INSTRUCTOR_LINE = "Teaching: 12 minutes · Exercises: 12 minutes"


def _git(*arguments: str, cwd: Path) -> str:
    done = subprocess.run([*GIT, *arguments], cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"git {arguments}: {done.stdout}{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def repository(base: Path) -> tuple[Path, Path]:
    """The instructor's working copy of the workshop and the bare repository it pushes to."""
    work = base / "instructor"
    shutil.copytree(
        ROOT / "notebooks",
        work / "notebooks",
        ignore=shutil.ignore_patterns(".ipynb_checkpoints"),
    )
    _git("init", "--quiet", "--initial-branch=main", cwd=work)
    _git("add", "notebooks", cwd=work)
    _git("commit", "--quiet", "-m", "The workshop", cwd=work)
    bare = base / "workshop.git"
    _git("clone", "--quiet", "--bare", str(work), str(bare), cwd=base)
    _git("remote", "add", "hub", str(bare), cwd=work)
    return work, bare


def _edit(path: Path, change) -> None:
    """Change a notebook as JupyterLab saves it (nbformat's layout), so diffs stay line-sized."""
    notebook = nbformat.read(path, as_version=4)
    change(notebook)
    nbformat.write(notebook, path)


def _cell_with(notebook, text: str):
    return next(cell for cell in notebook.cells if text in cell.source)


def _time_line(notebook) -> str:
    """The line of the Time section (Teaching · Exercises), which both of them change."""
    return next(
        line
        for cell in notebook.cells
        for line in cell.source.splitlines()
        if line.startswith("Teaching:")
    )


def _replace_time_line(new: str):
    def change(notebook) -> None:
        cell = _cell_with(notebook, _time_line(notebook))
        cell.source = cell.source.replace(_time_line(notebook), new)

    return change


def _open_link(page, link: str) -> None:
    page.goto(link)
    page.wait_for_url(
        re.compile(rf"/user/{USER}/lab/tree/{FOLDER}/notebooks/00-welcome\.ipynb"),
        timeout=120_000,
    )


def test_the_link_delivers_the_notebooks_then_corrections_without_losing_edits(
    page, hub, repository
):
    """A participant's edits survive the instructor's corrections; the corrections arrive."""
    work, bare = repository
    link = subprocess.run(
        [sys.executable, "-m", "infointerview", "hub-link", "--repo", f"file://{bare}"]
        + ["--branch", "main", "--hub", hub.url, "--folder", FOLDER],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    _log_in(page, hub)
    page.wait_for_url(f"**/user/{USER}/lab/**", timeout=120_000)

    # First visit: nbgitpuller clones the repository into ~/course and opens the welcome page.
    _open_link(page, link)
    expect(page.locator(".jp-NotebookPanel .jp-MarkdownOutput").first).to_contain_text(
        "Welcome", timeout=60_000
    )
    page.wait_for_timeout(3000)  # JupyterLab's first-run question would be up by now
    expect(page.get_by_text(NEWS)).to_have_count(0)
    screenshot(page, "hub-nbgitpuller-first-visit", tall=False)
    mine = hub.home(USER) / FOLDER / "notebooks"
    assert (mine / "01-research.ipynb").read_bytes() == (
        work / "notebooks" / "01-research.ipynb"
    ).read_bytes()

    # The participant writes in two notebooks (saved as JupyterLab saves) and deletes a third.
    research = run(hub.notebook(USER, f"{FOLDER}/notebooks/01-research.ipynb"))
    research["cells"].append(nbformat.v4.new_markdown_cell(PARTICIPANT_NOTE))
    path = quote(f"{FOLDER}/notebooks/01-research.ipynb")
    run(hub.server_api(USER, "PUT", f"/contents/{path}", {"type": "notebook", "content": research}))
    _edit(mine / "03-prepare.ipynb", _replace_time_line(PARTICIPANT_LINE))
    (mine / "04-meeting.ipynb").unlink()

    # The instructor corrects the course: a line far from the participant's note in 01, the
    # very line the participant changed in 03, a typo in 02, and a new file.
    theirs = work / "notebooks"
    _edit(theirs / "01-research.ipynb", _replace_time_line(INSTRUCTOR_LINE))
    _edit(theirs / "03-prepare.ipynb", _replace_time_line(INSTRUCTOR_LINE))
    typo = nbformat.read(theirs / "02-request.ipynb", as_version=4).cells[0].source
    _edit(
        theirs / "02-request.ipynb",
        lambda notebook: setattr(notebook.cells[0], "source", typo + "\n\nCorrected in week 2."),
    )
    (theirs / "week-2-notes.md").write_text("Bring one question you could not answer.\n")
    _git("add", "notebooks", cwd=work)
    _git("commit", "--quiet", "-m", "Week 2 corrections", cwd=work)
    _git("push", "--quiet", "hub", "main", cwd=work)

    # Second visit: the corrections arrive and nothing of the participant's is lost.
    _open_link(page, link)
    expect(page.locator(".jp-NotebookPanel .jp-MarkdownOutput").first).to_contain_text(
        "Welcome", timeout=60_000
    )
    screenshot(page, "hub-nbgitpuller-second-visit", tall=False)
    research = nbformat.read(mine / "01-research.ipynb", as_version=4)
    nbformat.validate(research)
    assert research.cells[-1].source == PARTICIPANT_NOTE
    assert _time_line(research) == INSTRUCTOR_LINE
    prepare = nbformat.read(mine / "03-prepare.ipynb", as_version=4)
    assert _time_line(prepare) == PARTICIPANT_LINE  # both changed it: theirs stays
    request = nbformat.read(mine / "02-request.ipynb", as_version=4)
    assert request.cells[0].source.endswith("Corrected in week 2.")
    assert (mine / "04-meeting.ipynb").read_bytes() == (theirs / "04-meeting.ipynb").read_bytes()
    assert (mine / "week-2-notes.md").read_text().startswith("Bring one question")
    for notebook in mine.glob("*.ipynb"):
        assert "<<<<<<<" not in notebook.read_text(), notebook
    history = _git("log", "--format=%an: %s", cwd=mine)
    assert "nbgitpuller: Automatic commit by nbgitpuller" in history
    assert "Instructor: Week 2 corrections" in history

"""Every notebook reads like a handout with the same skeleton, and only calls the package."""

import json
import re
from pathlib import Path

import pytest

from infointerview import content

NOTEBOOKS = sorted(
    p
    for p in (Path(__file__).resolve().parents[2] / "notebooks").rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)
SKELETON = ["Objectives", "Time", "Reading", "Try it", "Self-check", "Key points", "What's next"]


def _cells(path):
    return json.loads(path.read_text())["cells"]


def _headings(path):
    found = []
    for cell in _cells(path):
        if cell["cell_type"] == "markdown":
            found += re.findall(r"^(#{1,2}) (.+)$", "".join(cell["source"]), re.M)
    return found


def test_there_are_notebooks_to_check():
    """The welcome notebook exists, so the checks below check something."""
    assert any(p.name == "00-welcome.ipynb" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_has_the_shared_skeleton(path):
    """One title, then objectives, time, reading, the exercise, self-check, key points, next."""
    headings = _headings(path)
    assert [level for level, _ in headings].count("#") == 1 and headings[0][0] == "#"
    sections = [text for level, text in headings if level == "##"]
    starts = [next((i for i, s in enumerate(sections) if s.startswith(w)), -1) for w in SKELETON]
    assert -1 not in starts, (
        f"missing sections: {[w for w, i in zip(SKELETON, starts, strict=True) if i < 0]}"
    )
    assert starts == sorted(starts), "the sections are out of order"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_code_cells_are_one_or_two_lines_calling_the_package(path):
    """Logic lives in src/; a code cell is at most two lines besides nbval markers."""
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            lines = [
                ln
                for ln in "".join(cell["source"]).splitlines()
                if ln.strip() and not ln.startswith("# NBVAL")
            ]
            assert 1 <= len(lines) <= 2, lines
            assert not any(ln.lstrip().startswith("#") for ln in lines), "prose belongs in Markdown"


@pytest.mark.parametrize(
    "path", [p for p in NOTEBOOKS if p.parent.name == "notebooks"], ids=lambda p: p.name
)
def test_the_time_line_matches_the_workshop_map(path):
    """The minutes a notebook states are the minutes the workshop map plans for it."""
    phase = content.find_phase(path.stem)
    text = "\n".join("".join(c["source"]) for c in _cells(path) if c["cell_type"] == "markdown")
    expected = (
        f"Teaching: {phase.teaching_minutes} minutes · Exercises: {phase.exercise_minutes} minutes"
    )
    assert expected in text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_code_cell_has_stored_outputs_from_make_notebooks(path):
    """Each code cell was executed, so strict nbval compares it rather than skipping it."""
    notebook = json.loads(path.read_text())
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["execution_count"] is not None, "run `make notebooks`"
            assert not any(o.get("output_type") == "error" for o in cell["outputs"])
            assert not any(o.get("name") == "stderr" for o in cell["outputs"])

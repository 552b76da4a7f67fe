"""The app's front page lists the phases a folder holds, by name, each linked to its app view."""

from __future__ import annotations

import shutil
from pathlib import Path

from infointerview.app_server import front_page
from infointerview.content import phases

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def test_every_phase_is_listed_in_order_and_linked_to_its_app_view(tmp_path):
    """Each phase appears once, in order, by number and title, linked under the render URL."""
    shutil.copytree(NOTEBOOKS, tmp_path, dirs_exist_ok=True)
    page = front_page(tmp_path, "/voila/render/")
    places = []
    for phase in phases():
        link = f'<a href="/voila/render/{phase.notebook}">{phase.number:02d} '
        assert page.count(link) == 1, phase.notebook
        places.append(page.index(link))
    assert places == sorted(places)
    assert '<a href="/voila/render/instructor/cohort-dashboard.ipynb">' in page
    assert '<html lang="en">' in page


def test_a_phase_missing_from_the_folder_is_left_out(tmp_path):
    """Only notebooks the folder holds are offered, so no link leads to a missing page."""
    (tmp_path / "00-welcome.ipynb").write_text("{}")
    page = front_page(tmp_path, "/voila/render/")
    assert "00-welcome.ipynb" in page
    assert "01-research.ipynb" not in page
    assert "For the instructor" not in page


def test_names_are_escaped_for_the_page(tmp_path):
    """A folder with a name HTML would read is still written as plain text in links."""
    (tmp_path / "00-welcome.ipynb").write_text("{}")
    page = front_page(tmp_path, '/base"<b>/voila/render/')
    assert "<b>" not in page
    assert "&quot;&lt;b&gt;" in page

"""Markup and script typed into every free-text field of every notebook in Voila (code hidden).

One Voila server serves every notebook for the whole module, over a workspace whose contacts,
questions, notes and aliases are already payloads, so each notebook also shows what was saved
elsewhere. Every payload (all of them, in every field) must show as typed, or its refusal
must, run nothing, and open no dialog.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from . import injection_support as drive
from .injection_support import CHECK, NOTEBOOKS, Surface, VoilaPages
from .payloads import PAYLOADS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def voila(tmp_path_factory):
    """`infointerview app` on 127.0.0.1 over a seeded workspace and collection folder."""
    with drive.seeded_server(tmp_path_factory.mktemp("injection-voila"), "app") as started:
        yield started


@pytest.fixture(scope="module")
def pages(browser, voila):
    """The notebooks' pages, each loading while the test before it runs."""
    server, _ = voila
    opened = VoilaPages(browser, server.url, NOTEBOOKS)
    yield opened
    opened.close()


# 02 reads the contacts when it loads. Its first keystroke saves the draft, every save
# refreshes its pickers (even a keystroke's: the store ignores notify=False), and a picker
# selects any contact added since, so a contact added in 01 after 02 loaded would take over
# the draft being typed. So 02 starts loading once 01 has added its contacts.
WRITES_CONTACTS = "01-research.ipynb"


@pytest.fixture
def surface(request, pages, figures):
    """The page of the notebook given as the test's (indirect) parameter."""
    notebook = request.param
    page, dialogs = pages.take(notebook, ahead=notebook != WRITES_CONTACTS)
    figures.note(CHECK, "in Voila all 24 payloads went into every field")
    yield Surface(page, dialogs, "Voila", figures)
    pages.done(notebook)


def _on(notebook: str):
    return pytest.mark.parametrize("surface", [notebook], indirect=True, ids=[Path(notebook).stem])


@_on("00-welcome.ipynb")
def test_voila_welcome_fields_show_payloads_as_typed(surface, voila):
    """Name, field of interest and export alias show every payload as text and run none."""
    server, _ = voila
    drive.welcome(surface, server, PAYLOADS)
    surface.assert_clean("injection-voila-welcome")


@_on("01-research.ipynb")
def test_voila_research_fields_show_payloads_as_typed(surface, voila, pages):
    """The five contact fields and the research notes show every payload as text."""
    drive.research(
        surface, voila[0], PAYLOADS, voila[1], after_contacts=lambda: pages.start(NOTEBOOKS[2])
    )
    surface.assert_clean()


@_on("02-request.ipynb")
def test_voila_request_draft_shows_payloads_as_typed(surface, voila):
    """The request draft's live checks quote every payload as text; names show literally."""
    drive.request(surface, voila[0], PAYLOADS, voila[1])
    surface.assert_clean()


@_on("03-prepare.ipynb")
def test_voila_own_questions_show_payloads_as_typed(surface, voila):
    """Own questions show every payload as text in the list and the time plan."""
    drive.prepare(surface, voila[0], PAYLOADS, voila[1])
    surface.assert_clean()


@_on("04-meeting.ipynb")
def test_voila_meeting_notes_keep_payloads_as_typed(surface, voila):
    """Meeting notes keep every payload as typed; planned questions show as text."""
    drive.meeting(surface, voila[0], PAYLOADS, voila[1])
    surface.assert_clean()


@_on("05-follow-up.ipynb")
def test_voila_follow_up_fields_show_payloads_as_typed(surface, voila):
    """The thank-you card and the keep-in-touch log show every payload as text."""
    drive.follow_up(surface, voila[0], PAYLOADS, voila[1])
    surface.assert_clean("injection-voila-follow-up")


@_on("06-networking-log.ipynb")
def test_voila_networking_log_detail_keeps_payloads(surface, voila):
    """An activity's detail keeps every payload as typed; contact names show as text."""
    drive.networking_log(surface, voila[0], PAYLOADS, voila[1])
    surface.assert_clean()


@_on("instructor/cohort-dashboard.ipynb")
def test_voila_cohort_dashboard_shows_payloads_as_typed(surface, voila):
    """Aliases, file names and a typed collection folder show as text on the dashboard."""
    drive.cohort(surface, voila[0], PAYLOADS, voila[1])
    surface.assert_clean("injection-voila-cohort")


def test_voila_injection_server_listens_on_loopback_only(voila):
    """`infointerview app` and its kernels listen on 127.0.0.1 only, never 0.0.0.0 or ::."""
    server, _ = voila
    with urllib.request.urlopen(f"{server.url}/voila/render/00-welcome.ipynb", timeout=60):
        pass  # a page load starts a kernel, whose ports count too
    listening = drive.assert_loopback_only(server)
    assert len(listening) > 1, listening  # the server and at least one kernel

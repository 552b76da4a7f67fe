"""Markup and script typed into every free-text field of every notebook in Voila (code hidden).

One Voila server serves every notebook for the whole module, over a workspace whose contacts,
questions, notes and aliases are already payloads, so each notebook also shows what was saved
elsewhere. Every payload must show as typed (or its refusal must), run nothing, and open no
dialog.
"""

from __future__ import annotations

import urllib.request

import pytest

from infointerview.store import FILE_NAME

from .injection_support import (
    CHECK,
    Surface,
    assert_loopback_only,
    cohort,
    follow_up,
    meeting,
    networking_log,
    prepare,
    request,
    research,
    seed_exchange,
    seed_workspace,
    serve,
    welcome,
    workshop_environment,
)
from .payloads import PAYLOADS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def voila(tmp_path_factory):
    """`infointerview app` on 127.0.0.1 over a seeded workspace and collection folder."""
    base = tmp_path_factory.mktemp("injection-voila")
    env = workshop_environment(base)
    seed = seed_workspace(base / "home" / FILE_NAME)
    seed_exchange(base / "exchange", seed)
    with serve(base, env, "app") as server:
        yield server, seed


def _open(page, server, notebook: str, dialogs, figures) -> Surface:
    page.goto(f"{server.url}/voila/render/{notebook}")
    figures.note(CHECK, "in Voila every payload went into every field")
    return Surface(page, dialogs, "Voila", figures)


def test_voila_welcome_fields_show_payloads_as_typed(page, voila, no_script_runs, figures):
    """Name, field of interest and export alias show every payload as text and run none."""
    server, _ = voila
    surface = _open(page, server, "00-welcome.ipynb", no_script_runs, figures)
    welcome(surface, server, PAYLOADS)
    surface.assert_clean("injection-voila-welcome")


def test_voila_research_fields_show_payloads_as_typed(page, voila, no_script_runs, figures):
    """The five contact fields and the research notes show every payload as text."""
    server, seed = voila
    surface = _open(page, server, "01-research.ipynb", no_script_runs, figures)
    research(surface, server, PAYLOADS, seed)
    surface.assert_clean()


def test_voila_request_draft_shows_payloads_as_typed(page, voila, no_script_runs, figures):
    """The request draft's live checks quote every payload as text; names show literally."""
    server, seed = voila
    surface = _open(page, server, "02-request.ipynb", no_script_runs, figures)
    request(surface, server, PAYLOADS, seed)
    surface.assert_clean()


def test_voila_own_questions_show_payloads_as_typed(page, voila, no_script_runs, figures):
    """Own questions show every payload as text in the list and the time plan."""
    server, seed = voila
    surface = _open(page, server, "03-prepare.ipynb", no_script_runs, figures)
    prepare(surface, server, PAYLOADS, seed)
    surface.assert_clean()


def test_voila_meeting_notes_keep_payloads_as_typed(page, voila, no_script_runs, figures):
    """Meeting notes keep every payload as typed; planned questions show as text."""
    server, seed = voila
    surface = _open(page, server, "04-meeting.ipynb", no_script_runs, figures)
    meeting(surface, server, PAYLOADS, seed)
    surface.assert_clean()


def test_voila_follow_up_fields_show_payloads_as_typed(page, voila, no_script_runs, figures):
    """The thank-you card and the keep-in-touch log show every payload as text."""
    server, seed = voila
    surface = _open(page, server, "05-follow-up.ipynb", no_script_runs, figures)
    follow_up(surface, server, PAYLOADS, seed)
    surface.assert_clean("injection-voila-follow-up")


def test_voila_networking_log_detail_keeps_payloads(page, voila, no_script_runs, figures):
    """An activity's detail keeps every payload as typed; contact names show as text."""
    server, seed = voila
    surface = _open(page, server, "06-networking-log.ipynb", no_script_runs, figures)
    networking_log(surface, server, PAYLOADS, seed)
    surface.assert_clean()


def test_voila_cohort_dashboard_shows_payloads_as_typed(page, voila, no_script_runs, figures):
    """Aliases, file names and a typed collection folder show as text on the dashboard."""
    server, seed = voila
    surface = _open(page, server, "instructor/cohort-dashboard.ipynb", no_script_runs, figures)
    cohort(surface, server, PAYLOADS, seed)
    surface.assert_clean("injection-voila-cohort")


def test_voila_injection_server_listens_on_loopback_only(voila):
    """`infointerview app` and its kernels listen on 127.0.0.1 only, never 0.0.0.0 or ::."""
    server, _ = voila
    with urllib.request.urlopen(f"{server.url}/voila/render/00-welcome.ipynb", timeout=60):
        pass  # a page load starts a kernel, whose ports count too
    listening = assert_loopback_only(server)
    assert len(listening) > 1, listening  # the server and at least one kernel

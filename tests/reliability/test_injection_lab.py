"""Markup and script typed into every free-text field of every notebook in JupyterLab.

One JupyterLab server and one browser page serve the whole module; each notebook is opened,
run, typed into and shut down in turn (the next one's kernel starts meanwhile). Every field
gets a sample of the payloads (Voila gets all 24): an image whose error handler runs script
(what markup put into a page does run), a closing tag followed by a script tag, a direction
override (refused by a documented rule) and a 1,500-character tag (refused by a documented
length, or kept and wrapped).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import injection_support as drive
from .injection_support import CHECK, NOTEBOOK, NOTEBOOKS, LabNotebooks, Surface
from .payloads import PAYLOADS

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True, scope="module")
def _long_form_only(request):
    """JupyterLab typing takes minutes: it runs in `make soak`, which CI's budget cannot hold.

    It currently finds notes and drafts typed in JupyterLab that are not kept as typed (see
    the closing note of issue 7); Voila's fields are checked in `make test`.
    """
    if not request.config.getoption("--soak"):
        pytest.skip("JupyterLab injection runs in `make soak`")


SAMPLE_NUMBERS = (2, 11, 21, 23)
SAMPLE = [PAYLOADS[n - 1] for n in SAMPLE_NUMBERS]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """`infointerview lab` on 127.0.0.1 over a seeded workspace and collection folder."""
    arguments = ["--ServerApp.token=", "--ServerApp.password="]
    arguments.append("--LabApp.expose_app_in_browser=True")  # to open and run notebooks
    base = tmp_path_factory.mktemp("injection-lab")
    with drive.seeded_server(base, "lab", *arguments, path="/api/status") as started:
        yield started


@pytest.fixture(scope="module")
def notebooks(browser, lab):
    """One JupyterLab page for the module."""
    server, _ = lab
    opened = LabNotebooks(browser, server.url, NOTEBOOKS)
    yield opened
    opened.close()


@pytest.fixture
def surface(request, notebooks, figures):
    """The notebook given as the test's (indirect) parameter, opened and run."""
    path = request.param
    # 02 reads the contacts as it starts: start it only once 01 has added them.
    notebooks.take(path, ahead=path != NOTEBOOKS[1])
    figures.note(
        CHECK,
        f"in JupyterLab {len(SAMPLE)} of the payloads (numbers "
        f"{', '.join(map(str, SAMPLE_NUMBERS))}) went into every field",
    )
    yield Surface(notebooks.page, notebooks.dialogs, "JupyterLab", figures, scope=NOTEBOOK)
    notebooks.done(path)


def _on(path: str):
    return pytest.mark.parametrize("surface", [path], indirect=True, ids=[Path(path).stem])


@_on("00-welcome.ipynb")
def test_lab_welcome_fields_show_payloads_as_typed(surface, lab):
    """Name, field of interest and export alias show the payloads as text and run none."""
    drive.welcome(surface, lab[0], SAMPLE)
    surface.assert_clean("injection-lab-welcome")


@_on("01-research.ipynb")
def test_lab_research_fields_show_payloads_as_typed(surface, lab, notebooks):
    """The five contact fields and the research notes show the payloads as text."""
    drive.research(
        surface, lab[0], SAMPLE, lab[1], after_contacts=lambda: notebooks.start(NOTEBOOKS[2])
    )
    surface.assert_clean()


@_on("02-request.ipynb")
def test_lab_request_draft_shows_payloads_as_typed(surface, lab):
    """The request draft's live checks quote the payloads as text; names show literally."""
    drive.request(surface, lab[0], SAMPLE, lab[1])
    surface.assert_clean()


@_on("03-prepare.ipynb")
def test_lab_own_questions_show_payloads_as_typed(surface, lab):
    """Own questions show the payloads as text in the list and the time plan."""
    drive.prepare(surface, lab[0], SAMPLE, lab[1])
    surface.assert_clean()


@_on("04-meeting.ipynb")
def test_lab_meeting_notes_keep_payloads_as_typed(surface, lab):
    """Meeting notes keep the payloads as typed; planned questions show as text."""
    drive.meeting(surface, lab[0], SAMPLE, lab[1])
    surface.assert_clean()


@_on("05-follow-up.ipynb")
def test_lab_follow_up_fields_show_payloads_as_typed(surface, lab):
    """The thank-you card and the keep-in-touch log show the payloads as text."""
    drive.follow_up(surface, lab[0], SAMPLE, lab[1])
    surface.assert_clean("injection-lab-follow-up")


@_on("06-networking-log.ipynb")
def test_lab_networking_log_detail_keeps_payloads(surface, lab):
    """An activity's detail keeps the payloads as typed; contact names show as text."""
    drive.networking_log(surface, lab[0], SAMPLE, lab[1])
    surface.assert_clean()


@_on("instructor/cohort-dashboard.ipynb")
def test_lab_cohort_dashboard_shows_payloads_as_typed(surface, lab):
    """Aliases, file names and a typed collection folder show as text on the dashboard."""
    drive.cohort(surface, lab[0], SAMPLE, lab[1])
    surface.assert_clean()


def test_lab_injection_server_listens_on_loopback_only(lab, notebooks):
    """`infointerview lab` and its kernels listen on 127.0.0.1 only, never 0.0.0.0 or ::."""
    server, _ = lab
    kernel = notebooks.start_kernel()
    try:
        listening = drive.assert_loopback_only(server)
    finally:
        notebooks.stop_kernel(kernel)
    assert len(listening) > 1, listening  # the server and at least one kernel

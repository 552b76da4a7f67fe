"""Every phase notebook runs in JupyterLab and shows its widgets."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import screenshot

pytestmark = pytest.mark.browser

NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"


@pytest.mark.parametrize(
    ("notebook", "widget"),
    [
        ("01-research.ipynb", ".widget-text input"),
        ("02-request.ipynb", "textarea"),
        ("03-prepare.ipynb", ".widget-select select"),
        ("04-meeting.ipynb", ".ii-clock"),
        ("05-follow-up.ipynb", "textarea"),
        ("06-networking-log.ipynb", "figure.ii-chart"),
    ],
)
def test_lab_runs_the_phase_notebooks(page, start_server, notebook, widget):
    """Each phase notebook runs in JupyterLab and shows its widgets."""
    server = start_server("lab", "--ServerApp.token=", "--ServerApp.password=", path="/api/status")
    page.goto(f"{server.url}/lab/tree/{notebook}?reset")
    page.locator(f"{NOTEBOOK} .jp-Cell").first.wait_for()
    expect(page.locator(".jp-StatusBar-Widget").get_by_text("| Idle")).to_be_visible(timeout=90_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
    shown = page.locator(f"{NOTEBOOK} {widget}").first
    shown.wait_for(state="visible", timeout=90_000)
    expect(page.locator(f"{NOTEBOOK} .jp-OutputArea-output[data-mime-type*=error]")).to_have_count(
        0
    )
    shown.scroll_into_view_if_needed()
    if notebook.startswith("06"):  # the chart is drawn when it comes on screen
        expect(page.locator(f"{NOTEBOOK} figure.ii-chart img").first).to_be_visible(timeout=60_000)
    screenshot(page, f"lab-{notebook.removesuffix('.ipynb')}", tall=False)

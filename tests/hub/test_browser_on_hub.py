"""A participant on the hub in a real browser: the login page, JupyterLab, then the app view.

The hub puts every server under /user/NAME/, behind its proxy; this proves the notebooks and
Voila work under that prefix, as the instructor guide tells participants to use them.
"""

from __future__ import annotations

import json

import pytest
from browser.conftest import screenshot
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

USER = "maria"
NAME = "María José"
FIELD = "Museum education"


def _log_in(page, hub) -> None:
    page.goto(f"{hub.url}/hub/login")
    page.locator("#username_input").fill(USER)
    page.locator("#password_input").fill(hub.password)
    page.locator("#login_submit").click()


def test_a_participant_logs_in_and_lands_on_the_welcome_notebook(page, hub):
    """After logging in, the hub starts their server and JupyterLab opens the welcome notebook."""
    _log_in(page, hub)
    page.wait_for_url(
        f"**/user/{USER}/lab/tree/information-please/00-welcome.ipynb", timeout=120_000
    )
    tab = page.locator(".lm-TabBar-tab.jp-mod-current", has_text="00-welcome.ipynb")
    expect(tab).to_be_visible(timeout=120_000)
    expect(page.locator(".jp-NotebookPanel .jp-MarkdownOutput").first).to_contain_text(
        "Welcome: what an informational interview is for", timeout=60_000
    )
    screenshot(page, "hub-lab-welcome", tall=False)


def test_the_app_view_works_through_the_hub_and_exports(page, hub):
    """Through the hub's proxy, the app view saves a profile and exports to the shared folder."""
    _log_in(page, hub)
    page.wait_for_url(f"**/user/{USER}/**", timeout=120_000)
    page.goto(f"{hub.url}/user/{USER}/voila/render/information-please/00-welcome.ipynb")
    name = page.locator(".widget-text", has_text="Name or alias").locator("input")
    name.wait_for(state="visible", timeout=120_000)
    body = page.locator("body")
    expect(body).to_contain_text(str(hub.home(USER) / ".infointerview" / "workspace.sqlite"))
    name.fill(NAME)
    page.locator(".widget-text", has_text="Field of interest").locator("input").fill(FIELD)
    page.locator(".widget-checkbox", has_text="Grow my professional network").locator(
        "input"
    ).check()
    page.locator("button", has_text="Save my profile").click()
    expect(body).to_contain_text(f"Welcome, {NAME}!")
    page.locator("button", has_text="Export for my instructor").click()
    expect(body).to_contain_text("Exported without any contact names")
    screenshot(page, "hub-voila-welcome-exported")
    exports = list(hub.collection.glob("*.json"))
    assert len(exports) == 1
    assert json.loads(exports[0].read_text(encoding="utf-8"))["alias"] == NAME

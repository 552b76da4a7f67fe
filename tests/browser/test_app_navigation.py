"""The app view as a participant walks it: from the welcome page, each "What's next" link opens
the next phase in Voila, all the way to the networking log and back to the welcome page.

`infointerview app 00` serves the whole workshop folder and opens at the welcome notebook, so
a link to the next notebook is a page Voila renders, not a file it refuses (403) or cannot
find (404).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browser.conftest import screenshot
from infointerview.content import phases

pytestmark = pytest.mark.browser

# The "What's next" link on each page, by its text, and the notebook it opens.
WALK = [
    ("01 Who to ask", "01-research.ipynb"),
    ("02 The request", "02-request.ipynb"),
    ("03 Preparing questions", "03-prepare.ipynb"),
    ("04 The meeting", "04-meeting.ipynb"),
    ("05 The follow-up", "05-follow-up.ipynb"),
    ("06 The networking log", "06-networking-log.ipynb"),
    ("00 Welcome", "00-welcome.ipynb"),
]


def _rendered(page) -> None:
    """Wait until Voila has run the notebook: its widgets are on the page, and no error."""
    page.locator(".widget-button:visible").first.wait_for(state="visible")
    assert page.locator("[data-mime-type='application/vnd.jupyter.error']").count() == 0


def test_every_whats_next_link_opens_the_next_phase_in_the_app(page, start_server):
    """From 00, each phase's "What's next" link opens the next phase (no 403 or 404)."""
    server = start_server("app", "00")
    opened = page.goto(server.url + "/")
    assert opened is not None and opened.ok
    expect(page).to_have_url(re.compile(r"/voila/render/00-welcome\.ipynb$"))
    _rendered(page)
    for text, notebook in WALK:
        link = page.get_by_role("link", name=text, exact=True).last
        with page.expect_navigation() as navigation:
            link.click()
        response = navigation.value
        assert response is not None and response.status == 200, (text, response)
        expect(page).to_have_url(re.compile(rf"/voila/render/{re.escape(notebook)}$"))
        _rendered(page)
        expect(page.locator("body")).not_to_contain_text("Forbidden")
        screenshot(page, f"app-walk-{notebook.removesuffix('.ipynb')}", tall=False)


def test_the_app_without_a_phase_lists_every_phase(page, start_server):
    """`infointerview app` opens on the list of phases by name, each one click away."""
    server = start_server("app")
    opened = page.goto(server.url + "/")
    assert opened is not None and opened.ok
    expect(page.get_by_role("heading", level=1)).to_have_text("Information Please: the workshop")
    links = page.get_by_role("list").get_by_role("link")
    expect(links).to_have_count(len(phases()))
    for number, phase in enumerate(phases()):
        expect(links.nth(number)).to_have_text(f"{phase.number:02d} {phase.title}")
    dashboard = page.get_by_role("link", name="The cohort dashboard")
    expect(dashboard).to_have_attribute("href", "/voila/render/instructor/cohort-dashboard.ipynb")
    screenshot(page, "app-front-page", tall=False)
    with page.expect_navigation() as navigation:
        links.nth(3).click()
    response = navigation.value
    assert response is not None and response.status == 200
    expect(page).to_have_url(re.compile(r"/voila/render/03-prepare\.ipynb$"))
    _rendered(page)

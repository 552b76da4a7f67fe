"""The welcome page as a returning learner meets it: what is due today, with links that work."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect

from infointerview.demo import fill_demo
from infointerview.store import FILE_NAME, Workspace

from .conftest import screenshot

pytestmark = pytest.mark.browser

# A Monday on which the demo learner owes Priya Raman a thank-you (past its date) and
# Hannah Becker a follow-up (3B7: a week of business days without an answer).
RETURN_DAY = date(2026, 3, 16)


@pytest.fixture
def returning_learner(workshop_env):
    """The demo learner's workspace, and the server's clock set to the day they come back."""
    home = workshop_env["INFOINTERVIEW_HOME"]
    with Workspace(f"{home}/{FILE_NAME}") as workspace:
        fill_demo(workspace, today=RETURN_DAY)
    workshop_env["INFOINTERVIEW_TODAY"] = RETURN_DAY.isoformat()


def _due(page, words: str):
    return page.locator(".ii-today li", has_text=words)


def test_voila_welcome_shows_what_is_due_with_working_links(page, start_server, returning_learner):
    """An overdue thank-you and a due follow-up are listed first, and each link opens its phase."""
    server = start_server("app", path="/voila/render/00-welcome.ipynb")
    page.goto(server.url + "/voila/render/00-welcome.ipynb")
    today = page.locator(".ii-today")
    expect(today).to_contain_text("Monday 16 March", timeout=60_000)
    expect(today.locator(".ii-next-step")).to_contain_text("Send Priya Raman a thank-you")
    expect(today).to_contain_text("Waiting for you (past its date)")
    thank_you = _due(page, "Send Priya Raman a thank-you")
    follow_up = _due(page, "Follow up once with Hannah Becker")
    expect(thank_you).to_be_visible()
    expect(follow_up).to_be_visible()
    # Practice contacts and other people's work never show; the learner's own names do.
    expect(today).not_to_contain_text("practice contact")
    today.scroll_into_view_if_needed()
    screenshot(page, "voila-welcome-today")

    thank_you.locator("a").click()
    page.wait_for_url("**/voila/render/05-follow-up.ipynb")
    expect(page.locator("body")).to_contain_text("Thank", timeout=60_000)
    expect(page.locator(".widget-dropdown").first).to_be_visible(timeout=60_000)
    screenshot(page, "voila-today-link-follow-up")

    page.go_back()
    page.wait_for_url("**/voila/render/00-welcome.ipynb")
    link = _due(page, "Follow up once with Hannah Becker").locator("a")
    expect(link).to_have_text("02 The request", timeout=60_000)
    link.click()
    page.wait_for_url("**/voila/render/02-request.ipynb")
    expect(page.locator(".widget-dropdown").first).to_be_visible(timeout=60_000)
    expect(page.locator("body")).not_to_contain_text("403")

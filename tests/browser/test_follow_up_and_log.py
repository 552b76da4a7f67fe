"""Phases 5 and 6 in a real browser, with the demo participant: thank, export, log, chart."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from infointerview.demo import fill_demo
from infointerview.model import ActivityKind
from infointerview.store import FILE_NAME, Workspace

from .conftest import screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_home(workshop_env):
    """The workshop's demo participant in the server's workspace."""
    with Workspace(workshop_env["INFOINTERVIEW_HOME"] + "/" + FILE_NAME) as workspace:
        fill_demo(workspace)
    return workshop_env["INFOINTERVIEW_HOME"]


def test_voila_follow_up_with_the_demo(page, start_server, demo_home, no_script_runs):
    """The overdue thank-you is flagged, the card shows, and the calendar file is offered."""
    server = start_server("app", "05")
    page.goto(server.url + "/")
    body = page.locator("body")
    expect(body).to_contain_text("This week:", timeout=60_000)
    page.locator(".widget-dropdown", has_text="Thank-you to").locator("select").select_option(
        label="Priya Raman — City Planning Department (met)"
    )
    expect(body).to_contain_text(re.compile(r"Your thank-you to Priya Raman is (overdue|due by)"))
    expect(page.locator(".ii-card")).to_contain_text("Dear Priya Raman,")
    page.locator(".widget-textarea textarea").first.fill(
        "Dear Priya, thank you for explaining how the planning team maps bus stops. "
        "I'm joining the GIS user group you mentioned. <b>Sam</b>"
    )
    expect(body).to_contain_text("ready to send")
    expect(page.locator(".ii-card")).to_contain_text("<b>Sam</b>")  # shown, never rendered
    page.get_by_role("button", name="Make my calendar file").click()
    expect(page.locator("a.ii-download")).to_have_attribute("download", "information-please.ics")
    page.get_by_role("button", name="Log as sent").first.click()
    expect(body).to_contain_text("Logged your thank-you to Priya Raman.")
    screenshot(page, "voila-follow-up")
    assert page.evaluate("window.__xss") is None and no_script_runs == []


def test_voila_logging_an_activity_changes_the_chart(page, start_server, demo_home):
    """Logging an event by hand redraws the weekly chart and its words, seen in the browser."""
    server = start_server("app", "06")
    page.goto(server.url + "/")
    figures = page.locator("figure.ii-chart")
    expect(figures).to_have_count(2, timeout=60_000)  # targets and the chosen chart, no more
    for index in range(2):  # each picture is drawn when it comes on screen
        figures.nth(index).scroll_into_view_if_needed()
    charts = page.locator("figure.ii-chart img")
    expect(charts).to_have_count(2, timeout=60_000)
    weekly = charts.nth(1)
    before = weekly.get_attribute("alt")
    assert before.startswith("Weekly activity, last 8 weeks:")
    screenshot(page, "voila-networking-log")
    page.get_by_label("Detail", exact=True).fill("Planners' meetup")
    page.get_by_role("button", name="Log it").click()
    expect(page.locator("body")).to_contain_text("The charts below now include it.")
    expect(weekly).not_to_have_attribute("alt", before, timeout=30_000)
    page.get_by_label("Chart", exact=True).select_option(label="From asking to keeping in touch")
    expect(charts.nth(1)).to_have_attribute("alt", re.compile("contacts at each step"))
    with Workspace(server.home / FILE_NAME) as workspace:
        assert workspace.activities(kind=ActivityKind.OTHER)[-1].detail.endswith("Planners' meetup")

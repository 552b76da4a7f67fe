"""Phases 3 and 4 in a real browser: build a plan, catch a job ask, run the clock."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from infointerview.model import Stage
from infointerview.store import FILE_NAME, Workspace

from .conftest import screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def accepted_contact(workshop_env):
    """A workspace with one contact who has said yes to a coffee."""
    with Workspace(workshop_env["INFOINTERVIEW_HOME"] + "/" + FILE_NAME) as workspace:
        contact = workspace.add_contact(
            "Amara Okafor", organisation="Metro Transit", channel="coffee"
        )
        for stage in (Stage.RESEARCHED, Stage.REQUESTED, Stage.ACCEPTED):
            workspace.set_stage(contact.id, stage)
    return contact


def test_voila_plan_flag_and_clock(
    page, start_server, workshop_env, accepted_contact, no_script_runs
):
    """Build a question list and plan, see a job ask refused, and see the clock's prompt."""
    # Rehearsal speed: ten minutes pass every real second, so 20 minutes take two seconds.
    workshop_env["INFOINTERVIEW_CLOCK_SPEED"] = "600"
    server = start_server("app")
    body = page.locator("body")

    page.goto(server.url + "/voila/render/03-prepare.ipynb")
    bank = page.locator(".widget-select select").first
    bank.wait_for(state="visible")
    expect(body).not_to_contain_text("QuestionListBuilder")
    for index in range(4):
        bank.select_option(index=index)
        page.get_by_role("button", name="Add to my list").click()
        expect(page.locator(".widget-select select").nth(1).locator("option")).to_have_count(
            index + 1
        )
    own = page.locator("input[placeholder^='Or write your own']")
    own.fill("Any chance you are hiring at Metro Transit?")
    expect(body).to_contain_text("Asks for a job (job-request)")
    page.get_by_role("button", name="Add my question").click()
    expect(body).to_contain_text("Not added: never ask for a job")
    own.fill("<img src=x onerror=window.__xss=1> What surprised you most?")
    expect(body).to_contain_text("A good, open question.")
    page.get_by_role("button", name="Add my question").click()
    expect(page.locator(".widget-select select").nth(1).locator("option")).to_have_count(5)
    page.get_by_role("button", name="20 minutes").click()
    expect(page.locator(".ii-time-plan")).to_contain_text("Thank them for their time")
    expect(body).to_contain_text("what you skip if time runs short")
    page.locator(".widget-checkbox", has_text="Dress as you would").locator("input").check()
    screenshot(page, "voila-prepare")

    page.goto(server.url + "/voila/render/04-meeting.ipynb")
    expect(body).to_contain_text("Open by thanking Amara Okafor for their time", timeout=60_000)
    expect(body).to_contain_text("<img src=x onerror=window.__xss=1> What surprised you most?")
    expect(page.locator(".widget-checkbox", has_text="Pay the tab.")).to_be_visible()
    page.get_by_role("button", name="Start the clock").click()
    notes = page.locator(".widget-textarea textarea").first
    notes.fill("She started in rail freight.")  # typing while the clock runs
    expect(body).to_contain_text(
        "It is 20 minutes: the time you asked for. Offer to finish", timeout=30_000
    )
    page.get_by_role("button", name="They want to carry on").click()
    expect(body).to_contain_text("Carrying on at their invitation")
    page.locator(".widget-checkbox", has_text="Ask whether you may keep in touch").locator(
        "input"
    ).check()
    page.get_by_role("button", name="Log as met").click()
    expect(body).to_contain_text("Logged your meeting with Amara Okafor.")
    screenshot(page, "voila-meeting")
    assert page.evaluate("window.__xss") is None and no_script_runs == []

    with Workspace(server.home / FILE_NAME) as workspace:
        contact = workspace.contact(accepted_contact.id)
        assert contact.stage is Stage.MET
        plan = workspace.question_plan(contact.id)
        assert len(plan) == 5 and plan[0].notes == "She started in rail freight."
        assert workspace.meeting_plan(contact.id).agreed_minutes == 20

"""Phases 1 and 2 in a real browser: research a contact, draft, log, hear no, be refused."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from infointerview import content
from infointerview.model import ActivityKind, Stage
from infointerview.store import FILE_NAME, Workspace

from .conftest import screenshot

pytestmark = pytest.mark.browser


def _text_input(page, label: str):
    return page.get_by_label(label, exact=True)


def test_voila_research_request_decline_and_refusal(page, start_server, no_script_runs):
    """The whole of phases 1 and 2 as a participant clicks through them in the app view."""
    server = start_server("app")
    body = page.locator("body")

    page.goto(server.url + "/voila/render/01-research.ipynb")
    _text_input(page, "Name").wait_for(state="visible")
    expect(body).not_to_contain_text("ChecklistBuilder")  # code hidden
    _text_input(page, "Name").fill("Grace Liu")
    _text_input(page, "Organisation").fill("Harbourside <Council>")
    _text_input(page, "How you're connected").fill("named in my professor's lecture")
    page.get_by_role("button", name="Add contact").click()
    expect(body).to_contain_text("Added Grace Liu.")
    short = [item for item in content.research_checklist().items if item.before_you_ask]
    for item in short[:3]:
        page.locator(".widget-checkbox", has_text=item.text).locator("input").check()
    expect(body).to_contain_text(f"Before you ask: 3 of {len(short)}")
    screenshot(page, "voila-research")

    page.goto(server.url + "/voila/render/02-request.ipynb")
    draft = page.locator(".widget-textarea textarea").first
    expect(draft).to_have_value(re.compile(r"^Dear Grace Liu,"), timeout=60_000)
    suggested = draft.input_value()
    assert "named in my professor's lecture" in suggested
    expect(body).to_contain_text("Fill in the parts in [brackets] first: [why them")
    suggested = re.sub(r"\[why them[^\]]*\]", "your lecture on harbour renewal", suggested)
    suggested = suggested.replace("[your name]", "Sam")
    draft.fill(suggested)
    expect(body).to_contain_text("Nothing to fix: this request follows the etiquette.")
    draft.fill(suggested + " Also, are you hiring?")
    expect(body).to_contain_text("Asks for a job (job-request)")
    screenshot(page, "voila-request-finding")
    draft.fill(suggested)
    expect(body).to_contain_text("Nothing to fix: this request follows the etiquette.")
    expect(body).not_to_contain_text("(job-request): This asks")

    page.get_by_role("button", name="Log as sent").click()
    expect(body).to_contain_text(
        f"You have done 3 of the {len(short)} 'before you ask' research items for Grace Liu"
    )
    page.get_by_role("button", name="Log it anyway").click()
    expect(body).to_contain_text("Logged your request to Grace Liu as sent today.")
    expect(page.locator(".ii-pipeline")).to_contain_text("requested")

    page.get_by_role("button", name="They said no").click()
    expect(body).to_contain_text("Did Grace Liu say no for good?")
    page.get_by_role("button", name="Yes, they said no").click()
    expect(body).to_contain_text("Recorded: Grace Liu said no.")
    expect(page.locator(".ii-pipeline")).to_contain_text("declined")
    page.get_by_role("button", name="Log as sent").click()
    expect(body).to_contain_text("Grace Liu said no on")
    expect(body).to_contain_text("a no is final")
    page.get_by_role("button", name="Log my one follow-up").click()
    screenshot(page, "voila-request-declined")
    assert page.evaluate("window.__xss") is None and no_script_runs == []

    with Workspace(server.home / FILE_NAME) as workspace:
        [contact] = workspace.contacts()
        assert contact.stage is Stage.DECLINED
        assert contact.organisation == "Harbourside <Council>"
        assert len(workspace.activities(kind=ActivityKind.REQUEST_SENT)) == 1
        assert workspace.activities(kind=ActivityKind.FOLLOW_UP_SENT) == []

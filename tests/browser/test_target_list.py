"""Phase 1's first part in a real browser: a newcomer with an empty workspace builds a target
list, loads their LinkedIn connections, adds one as a contact, does the short homework and
is let through to the request."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from infointerview import content
from infointerview.model import ActivityKind, Stage
from infointerview.store import FILE_NAME, Workspace

from .conftest import screenshot

pytestmark = pytest.mark.browser

CONNECTIONS = Path(__file__).parents[1] / "data" / "linkedin" / "Connections.csv"
TARGETS = (  # name, how much they want it, hires people like them
    ("Harbourline Ferries", "5 — my dream", "3 — yes, roles like mine"),
    ("Greenway Mobility", "5 — my dream", "2 — not sure"),
    ("Bahnwerk", "3 — quite", "3 — yes, roles like mine"),
    ("Nordic Cycle", "4 — very much", "1 — no sign of it"),
    ("<b>Tidewater</b> Energy", "2 — a little", "2 — not sure"),
)


def _dropdown(page, label: str):
    return page.locator(".widget-dropdown", has_text=label).locator("select").first


def test_voila_target_list_to_a_person_to_ask(page, start_server, no_script_runs):
    """Five targets, Connections.csv, one click to add a person, five ticks, request logged."""
    server = start_server("app")
    body = page.locator("body")
    page.goto(server.url + "/voila/render/01-research.ipynb")
    name = page.get_by_label("Target organisation")
    name.wait_for(state="visible", timeout=60_000)
    expect(body).to_contain_text("Your list is empty")
    for target, want, hires in TARGETS:
        name.fill(target)
        _dropdown(page, "How much you want it").select_option(label=want)
        _dropdown(page, "Hires people like you").select_option(label=hires)
        page.get_by_role("button", name="Add to my list").click()
        expect(body).to_contain_text(f"Added {target}")
    table = page.locator(".ii-target-list")
    expect(body).to_contain_text("Your target list: 5 organisations.")
    expect(table.locator("tr").nth(1)).to_contain_text("Harbourline Ferries")
    expect(table.locator("tr").nth(5)).to_contain_text("<b>Tidewater</b> Energy")
    expect(table.locator("tr").nth(3)).to_contain_text("Nordic Cycle")
    screenshot(page, "voila-target-list")

    page.locator("span", has_text=re.compile("^Your LinkedIn connections$")).click()
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name=re.compile("Load Connections.csv")).click()
    chooser.value.set_files(str(CONNECTIONS))
    expect(body).to_contain_text("Read 10 connections from Connections.csv.")
    expect(body).to_contain_text("5 connections work at 4 targets of your 5.")
    expect(body).to_contain_text("Nobody yet at:")
    screenshot(page, "voila-linkedin-matches")
    person = page.locator(".widget-hbox", has_text="Priya Raman")
    person.get_by_role("button", name="Add as contact").click()
    expect(body).to_contain_text("Added Priya Raman at Greenway Mobility.")

    picker = _dropdown(page, "Research for")
    expect(picker.locator("option:checked")).to_contain_text("Priya Raman")
    expect(body).to_contain_text("Before you ask: 0 of 5")
    for item in content.research_checklist().items:
        if item.before_you_ask:
            page.locator(".widget-checkbox", has_text=item.text).locator("input").check()
    expect(body).to_contain_text("Done: you know enough to ask them")
    screenshot(page, "voila-before-you-ask")

    page.goto(server.url + "/voila/render/02-request.ipynb")
    draft = page.locator(".widget-textarea textarea").first
    expect(draft).to_have_value(re.compile(r"^Dear Priya Raman,"), timeout=60_000)
    text = re.sub(r"\[why them[^\]]*\]", "your talk on ferry timetables", draft.input_value())
    draft.fill(text.replace("[your name]", "Sam"))
    expect(body).to_contain_text("Nothing to fix: this request follows the etiquette.")
    page.get_by_role("button", name="Log as sent").click()
    expect(body).to_contain_text("Logged your request to Priya Raman as sent today.")
    expect(body).not_to_contain_text("'before you ask' research items")
    screenshot(page, "voila-request-let-through")
    assert no_script_runs == []

    with Workspace(server.home / FILE_NAME) as workspace:
        assert len(workspace.target_list()) == 5
        [contact] = workspace.contacts()
        assert contact.stage is Stage.REQUESTED and contact.organisation == "Greenway Mobility"
        assert len(workspace.activities(kind=ActivityKind.RESEARCH_DONE)) == 1

"""A two-hour room with nobody to ask yet: a participant practises every phase with a practice
persona in Voila, and nothing practised reaches their real log, funnel, progress, calendar or
export."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from infointerview import content, networking
from infointerview.content.practice import practice_personas
from infointerview.due import due_items
from infointerview.export import activity_csv, participant_export
from infointerview.ics import calendar_bytes
from infointerview.model import Stage
from infointerview.progress import phase_progress
from infointerview.store import FILE_NAME, Workspace

from .conftest import screenshot

pytestmark = pytest.mark.browser


def _real_surfaces(path) -> dict[str, str]:
    """What the participant's real record shows: log, funnel, progress, calendar, export."""
    with Workspace(path) as workspace:
        export = participant_export(workspace, alias="Sam")
        export.pop("exported_on", None)
        return {
            "log": activity_csv(workspace),
            "funnel": repr(networking.funnel(workspace.stage_history())),
            "progress": repr(phase_progress(workspace)),
            "calendar": calendar_bytes(due_items(workspace)).decode(),
            "export": json.dumps(export, sort_keys=True),
        }


def _dropdown(page, label: str):
    return page.locator(".widget-dropdown", has_text=label).locator("select").first


def test_voila_practice_session_never_touches_real_records(
    page, start_server, workshop_env, no_script_runs
):
    """Add a persona, research, ask, hear yes, plan, meet with the observer sheet, thank."""
    persona = practice_personas()[0]
    shown = f"Practice: {persona.name}"
    server = start_server("app")
    body = page.locator("body")
    workspace_file = server.home / FILE_NAME
    with Workspace(workspace_file) as workspace:  # an empty workspace, as in the room
        workspace.open()
    before = _real_surfaces(workspace_file)

    page.goto(server.url + "/voila/render/01-research.ipynb")
    _dropdown(page, "Practise with").wait_for(state="visible", timeout=60_000)
    _dropdown(page, "Practise with").select_option(
        label=f"{persona.name}, {persona.role} ({persona.organisation}, {persona.country})"
    )
    page.get_by_role("button", name="Add as a practice contact").click()
    expect(body).to_contain_text(f"Added {persona.name} as a practice contact")
    expect(_dropdown(page, "Research for")).to_contain_text(shown)
    short = [item for item in content.research_checklist().items if item.before_you_ask]
    for item in short[:4]:  # one short of the list, so logging the request still asks first
        page.locator(".widget-checkbox", has_text=item.text).locator("input").check()
    expect(body).to_contain_text(f"Before you ask: 4 of {len(short)}")
    screenshot(page, "practice-01-research")

    page.goto(server.url + "/voila/render/02-request.ipynb")
    draft = page.locator(".widget-textarea textarea").first
    draft.wait_for(state="visible", timeout=60_000)
    expect(_dropdown(page, "Request to")).to_contain_text(shown)
    draft.fill(
        f"Dear {persona.address_as},\n\nI read about your work at {persona.organisation} and I "
        "am exploring the field. Would you spare 20 minutes, by phone or video, at a time that "
        "suits you? I would be grateful for your advice.\n\nThank you,\nSam"
    )
    expect(body).to_contain_text("Nothing to fix")
    page.get_by_role("button", name="Log as sent").click()
    page.get_by_role("button", name="Log it anyway").click()
    expect(body).to_contain_text(f"Logged your request to {persona.name}")
    expect(page.locator(".ii-pipeline")).to_contain_text(shown)
    page.get_by_role("button", name="They said yes").click()
    expect(body).to_contain_text(f"{persona.name} said yes.")
    screenshot(page, "practice-02-request")

    page.goto(server.url + "/voila/render/03-prepare.ipynb")
    bank = page.locator(".widget-select select").first
    bank.wait_for(state="visible", timeout=60_000)
    for index in range(3):
        bank.select_option(index=index)
        page.get_by_role("button", name="Add to my list").click()
        expect(page.locator(".widget-select select").nth(1).locator("option")).to_have_count(
            index + 1
        )
    screenshot(page, "practice-03-prepare")

    page.goto(server.url + "/voila/render/04-meeting.ipynb")
    expect(body).to_contain_text("Observer sheet", timeout=60_000)
    page.get_by_role("button", name="Show the role card (for your partner)").click()
    expect(body).to_contain_text(f"Role card: you are {persona.name}")
    page.get_by_role("button", name="Hear their answer").first.click()
    expect(page.locator(".ii-practice-answer").first).not_to_be_empty()
    page.get_by_role("button", name="Rehearsal: a minute a second").click()
    page.get_by_role("button", name="Start the clock").click()
    page.locator('textarea[placeholder^="What they said"]').first.fill("Rotations matter.")
    for button in page.get_by_role("button", name="Yes").all():
        button.click()
    expect(page.locator(".ii-message.ii-ok")).to_have_count(6)
    page.get_by_role("button", name="Log as met").click()
    expect(body).to_contain_text(f"Logged your meeting with {persona.name}")
    page.get_by_label("What did I learn?").fill("Hospital rotations build range.")
    page.get_by_label("What will I do next, and by when?").fill("Ask about a rotation by Friday.")
    page.get_by_label("Who did they suggest I talk to?").click()  # leaves the box: saved
    screenshot(page, "practice-04-meeting")

    page.goto(server.url + "/voila/render/05-follow-up.ipynb")
    note = page.locator(".widget-textarea textarea").first
    note.wait_for(state="visible", timeout=60_000)
    expect(body).to_contain_text("From your debrief: Hospital rotations build range.")
    note.fill(
        f"Dear {persona.address_as},\nThank you for our conversation. Your advice about "
        "hospital rotations was exactly what I needed; I will ask about one this week.\nSam"
    )
    # As a person does, read the checks on the finished note before logging it.
    expect(body).to_contain_text("ready to send", timeout=30_000)
    page.get_by_role("button", name="Log as sent").first.click()
    expect(body).to_contain_text(f"Logged your thank-you to {persona.name}", timeout=30_000)
    expect(page.locator(".ii-due")).to_have_count(0)
    screenshot(page, "practice-05-follow-up")
    assert no_script_runs == []

    with Workspace(workspace_file) as workspace:
        [contact] = workspace.contacts(with_practice=True)
        assert contact.is_practice and contact.stage is Stage.THANKED
        assert workspace.debrief(contact.id).learned == "Hospital rotations build range."
    assert _real_surfaces(workspace_file) == before

    page.goto(server.url + "/voila/render/06-networking-log.ipynb")
    expect(page.locator(".ii-summary")).to_contain_text("Contacts0", timeout=60_000)
    screenshot(page, "practice-06-log-unchanged")

"""The instructor's side in a real browser: a participant exports, the dashboard reads the
cohort in Voila, and the cohort report and handout open (and print) in Chromium."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from infointerview.demo import demo_cohort, fill_demo
from infointerview.export import write_participant_export
from infointerview.model import Profile
from infointerview.store import FILE_NAME, Workspace

from .conftest import SCREENSHOTS, screenshot

pytestmark = pytest.mark.browser
PAYLOAD = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script>'


@pytest.fixture
def cohort_env(workshop_env, tmp_path):
    """A demo participant at home and a collection folder holding a demo cohort of 45."""
    collection = tmp_path / "collection"
    collection.mkdir()
    demo_cohort(collection, 45)  # two pages of small charts
    with Workspace(":memory:") as other:
        other.save_profile(Profile.from_input("Someone", "Nursing", ["industry"]))
        write_participant_export(other, collection, alias=PAYLOAD)
    with Workspace(Path(workshop_env["INFOINTERVIEW_HOME"]) / FILE_NAME) as workspace:
        fill_demo(workspace)
    workshop_env["INFOINTERVIEW_COLLECTION"] = str(collection)
    return workshop_env


def _cli(env, *arguments: str) -> str:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "infointerview"), *arguments],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_voila_export_then_the_cohort_dashboard(page, start_server, cohort_env, no_script_runs):
    """A participant's button press shows up on the instructor's dashboard, text escaped."""
    server = start_server("app")
    page.goto(server.url + "/voila/render/00-welcome.ipynb")
    body = page.locator("body")
    page.get_by_role("button", name="Export for my instructor").click()
    expect(body).to_contain_text("Exported without any contact names", timeout=60_000)

    page.goto(server.url + "/voila/render/instructor/cohort-dashboard.ipynb")
    expect(body).to_contain_text("Read 47 participants' exports", timeout=60_000)
    expect(page.locator(".widget-tab")).to_contain_text("May need a word")
    expect(body).to_contain_text("Sam Rivera (demo)")
    expect(body).to_contain_text(PAYLOAD)  # the alias shown as typed, never run
    screenshot(page, "voila-cohort-dashboard")
    page.get_by_role("tab", name="Weekly activity").click()
    chart = page.locator("figure.ii-chart img").first
    expect(chart).to_be_visible()
    assert page.evaluate("(img) => img.naturalWidth", chart.element_handle()) > 500
    page.locator(".widget-dropdown select").first.select_option(index=1)
    screenshot(page, "voila-cohort-weeks")
    assert page.evaluate("window.__xss") is None and no_script_runs == []


def test_the_cohort_report_and_the_handout_open_and_print(browser, cohort_env, tmp_path):
    """The HTML pages the commands write show every chart, run nothing, and print by contact."""
    out = tmp_path / "report"
    said = _cli(cohort_env, "cohort", cohort_env["INFOINTERVIEW_COLLECTION"], "--out", str(out))
    assert "Read 46 participants' exports." in said
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((out / "cohort-report.html").as_uri())
    images = page.locator("img")
    expect(images).to_have_count(3)  # the funnel and two pages
    widths = page.evaluate("[...document.images].map(i => i.complete ? i.naturalWidth : 0)")
    assert all(width > 500 for width in widths)
    expect(page.locator("body")).to_contain_text(PAYLOAD)
    page.screenshot(path=str(SCREENSHOTS / "cohort-report.png"), full_page=True)

    with Workspace(Path(cohort_env["INFOINTERVIEW_HOME"]) / FILE_NAME) as workspace:
        contact = workspace.add_contact(name=PAYLOAD, organisation="Script & Co")
        contacts = [c for c in workspace.contacts() if c.stage.value != "declined"]
    handout = tmp_path / "handout.html"
    _cli(cohort_env, "handout", "--out", str(handout))
    page.goto(handout.as_uri())
    expect(page.locator("section.contact h1")).to_have_count(len(contacts) + 1)
    expect(page.locator("section.contact h1").last).to_have_text(contact.name)
    page.screenshot(path=str(SCREENSHOTS / "handout.png"))
    page.emulate_media(media="print")
    page.screenshot(path=str(SCREENSHOTS / "handout-print.png"))
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages >= len(contacts) + 1  # each contact starts on a page of their own
    assert page.evaluate("window.__xss") is None and dialogs == []
    context.close()

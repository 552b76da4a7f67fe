"""The welcome notebook in a real browser, as a participant meets it: Voila and JupyterLab."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from infointerview.store import FILE_NAME, Workspace

from .conftest import reach_the_self_check, screenshot

pytestmark = pytest.mark.browser

NAME = "Zoë Ørsted"
FIELD = "Public health in rural clinics"
MARKUP = '<img src=x onerror="window.__xss=1"><b>bold</b>'


def _form(page, scope: str = ""):
    return {
        "name": page.locator(f"{scope} .widget-text", has_text="Name or alias").locator("input"),
        "field": page.locator(f"{scope} .widget-text", has_text="Field of interest").locator(
            "input"
        ),
        "save": page.locator(f"{scope} button", has_text="Save my profile"),
    }


def _tick(page, label: str, scope: str = "") -> None:
    page.locator(f"{scope} .widget-checkbox", has_text=label).locator("input").check()


def test_voila_profile_survives_a_reload(page, start_server, no_script_runs):
    """In the app view (code hidden) a saved profile is there again after a reload."""
    server = start_server("app", "00")
    page.goto(server.url + "/")
    form = _form(page)
    form["name"].wait_for(state="visible")
    body = page.locator("body")
    expect(body).not_to_contain_text("open_workspace")  # the code is hidden
    expect(body).to_contain_text(str(server.home / FILE_NAME))
    expect(body).to_contain_text("Save your profile (above).")

    form["save"].click()
    expect(body).to_contain_text("Please fill in your name or alias: it is empty.")

    form["name"].fill(MARKUP)
    form["field"].fill(FIELD)
    _tick(page, "Learn about an industry")
    _tick(page, "Grow my professional network")
    form["save"].click()
    expect(body).to_contain_text(f"Welcome, {MARKUP}!")  # shown as typed, not rendered
    assert page.evaluate("window.__xss") is None and no_script_runs == []

    form["name"].fill(NAME)
    form["name"].press("Tab")  # the box sends what it holds when it is left
    expect(body).to_contain_text("You have changes that are not saved yet.")
    form["save"].click()
    expect(body).to_contain_text(f"Welcome, {NAME}!")
    expect(body).to_contain_text(f"Profile saved for {FIELD}.")
    reach_the_self_check(page)
    page.locator(".widget-radio-box label", has_text="Homework on the person").click()
    expect(body).to_contain_text("Research first means your request")
    screenshot(page, "voila-welcome-saved")

    page.reload()  # Voila starts a new kernel for every page load
    form = _form(page)
    expect(form["name"]).to_have_value(NAME, timeout=60_000)
    expect(form["field"]).to_have_value(FIELD)
    expect(
        page.locator(".widget-checkbox", has_text="Learn about an industry").locator("input")
    ).to_be_checked()
    expect(
        page.locator(".widget-checkbox", has_text="Learn about a company").locator("input")
    ).not_to_be_checked()
    screenshot(page, "voila-welcome-reloaded")
    with Workspace(server.home / FILE_NAME) as workspace:
        assert workspace.profile().name == NAME


def test_voila_reports_a_damaged_workspace_and_starts_fresh(page, start_server):
    """A damaged workspace file is named, kept, and replaced only when asked."""
    server = start_server("app", "welcome")
    server.home.mkdir(parents=True, exist_ok=True)
    damaged = server.home / FILE_NAME
    damaged.write_bytes(b"not a workspace at all " * 40)
    page.goto(server.url + "/")
    body = page.locator("body")
    expect(body).to_contain_text(f"{damaged} is not an Information Please workspace")
    screenshot(page, "voila-welcome-damaged")
    page.get_by_role("button", name="Start a fresh workspace").click()
    expect(body).to_contain_text("A fresh workspace is ready. Your old file was kept as")
    kept = list(server.home.glob(f"{FILE_NAME}.unreadable-*"))
    assert [p.read_bytes() for p in kept] == [b"not a workspace at all " * 40]
    form = _form(page)
    form["name"].fill("Sam")
    form["field"].fill("Nursing")
    _tick(page, "Get advice on preparing myself")
    form["save"].click()
    expect(body).to_contain_text("Welcome, Sam!")


NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def _run_all(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()


def test_lab_profile_survives_a_kernel_restart(page, start_server):
    """In JupyterLab, a saved profile comes back after restarting the kernel."""
    server = start_server("lab", "--ServerApp.token=", "--ServerApp.password=", path="/api/status")
    page.goto(server.url + "/lab/tree/00-welcome.ipynb?reset")
    page.locator(f"{NOTEBOOK} .jp-Cell").first.wait_for()
    expect(page.locator(".jp-StatusBar-Widget").get_by_text("| Idle")).to_be_visible(timeout=90_000)
    _run_all(page)
    form = _form(page, NOTEBOOK)
    form["name"].wait_for(state="visible", timeout=90_000)
    form["name"].fill(NAME)
    form["field"].fill(FIELD)
    _tick(page, "Learn what a particular job is like", NOTEBOOK)
    form["save"].click()
    notebook = page.locator(NOTEBOOK)
    expect(notebook).to_contain_text(f"Welcome, {NAME}!")
    expect(notebook).to_contain_text(f"Profile saved for {FIELD}.")
    form["name"].scroll_into_view_if_needed()
    screenshot(page, "lab-welcome-saved", tall=False)

    form["name"].fill("typed but never saved")
    page.locator(".lm-MenuBar-itemLabel", has_text="Kernel").first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:restart-and-run-all"]').click()
    page.locator(".jp-Dialog-button.jp-mod-accept").click()
    expect(_form(page, NOTEBOOK)["name"]).to_have_value(NAME, timeout=90_000)
    expect(notebook).to_contain_text("Saved")
    _form(page, NOTEBOOK)["name"].scroll_into_view_if_needed()
    screenshot(page, "lab-welcome-after-restart", tall=False)

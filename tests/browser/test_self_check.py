"""The self-check in a real browser (Voila, code hidden): the participant's own order of options,
the first answer locked and saved, and a written answer checked and kept across a reload."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from infointerview import self_check
from infointerview.store import FILE_NAME, Workspace

from .conftest import reach_the_self_check, screenshot

pytestmark = pytest.mark.browser

NOTEBOOK = "00-welcome"


def _option_labels(page) -> list[str]:
    """The first question's options, top to bottom, as the page shows them."""
    reach_the_self_check(page)
    first = page.locator(".ii-self-check").first
    first.locator(".widget-radio-box label").first.wait_for(state="visible", timeout=90_000)
    return [text.strip() for text in first.locator(".widget-radio-box label").all_inner_texts()]


def test_voila_self_check_order_lock_and_saving_survive_a_reload(page, start_server):
    """Same order after a reload; the first answer counts and stays; a written answer stays."""
    server = start_server("app", "00")
    page.goto(server.url + "/")
    shown = _option_labels(page)
    question = self_check.questions(NOTEBOOK)[0]
    with Workspace(server.home / FILE_NAME) as workspace:
        order = self_check.order_for(workspace, NOTEBOOK, question)
    assert shown == [question.options[index].text for index in order]

    wrong = next(option for option in question.options if not option.correct)
    right = question.options[question.right]
    group = page.locator(".ii-self-check").first
    group.locator("label", has_text=wrong.text).click()
    feedback = page.locator(".ii-message", has_text=wrong.feedback[:40])
    expect(feedback).to_be_visible()
    expect(feedback).to_have_attribute("role", "status")  # read out by screen readers
    group.locator("label", has_text=right.text).click()
    expect(page.locator(".ii-message", has_text="Your first answer counts")).to_be_visible()
    body = page.locator("body")
    expect(body).to_contain_text("Answered 1 of 3; 0 right so far")

    box = page.locator(".widget-textarea", has_text="Your version").locator("textarea").first
    box.fill("Could you pass my CV to whoever hires <b>analysts</b>?")
    page.locator("button", has_text="Check my answer").first.click()
    verdict = page.locator(".ii-message", has_text="job-request")
    expect(verdict).to_be_visible()
    assert page.locator("b", has_text="analysts").count() == 0  # typed markup is never rendered
    screenshot(page, "voila-self-check-answered")

    page.reload()  # a new kernel: everything shown now comes from the workspace
    assert _option_labels(page) == shown
    group = page.locator(".ii-self-check").first
    expect(group.locator("label", has_text=wrong.text).locator("input")).to_be_checked(
        timeout=60_000
    )
    expect(page.locator("body")).to_contain_text("Answered 1 of 3; 0 right so far")
    box = page.locator(".widget-textarea", has_text="Your version").locator("textarea").first
    expect(box).to_have_value("Could you pass my CV to whoever hires <b>analysts</b>?")
    screenshot(page, "voila-self-check-reloaded")
    with Workspace(server.home / FILE_NAME) as workspace:
        kept = workspace.self_check_answers(NOTEBOOK)[question.id]
        assert (kept.answer, kept.correct) == (question.options.index(wrong), False)

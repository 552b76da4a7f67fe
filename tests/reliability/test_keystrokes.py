"""No keystroke lost: typing in one tab while other tabs add contacts and log activities, and
typing the next question the moment "Add my question" is pressed, in Voila and JupyterLab.

Every character typed is counted, and every one missing from the box or from what the
workspace saved is counted as lost (the goal is 0). `make soak` runs more rounds.
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from infointerview.model import Stage
from infointerview.store import FILE_NAME, Workspace

from .conftest import Figures

pytestmark = pytest.mark.browser

CHECK = "Keystrokes"
ROUNDS = {False: 3, True: 10}
NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"
SETTLE_SECONDS = 30


def _lost(expected: str, actual: str) -> int:
    """How many of the expected characters are not in the actual text, in order."""
    matcher = difflib.SequenceMatcher(None, expected, actual, autojunk=False)
    return len(expected) - sum(block.size for block in matcher.get_matching_blocks())


def _open(page: Page, server_url: str, notebook: str, app: str) -> Page:
    """Open a notebook as a participant would: rendered in Voila, or run in JupyterLab."""
    if app == "voila":
        page.goto(f"{server_url}/voila/render/{notebook}")
        return page
    page.goto(f"{server_url}/lab/tree/{notebook}?reset")
    page.locator(f"{NOTEBOOK} .jp-Cell").first.wait_for()
    expect(page.locator(".jp-StatusBar-Widget").get_by_text("| Idle")).to_be_visible(timeout=90_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
    return page


def _until(condition: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return condition()


def _start(app: str, start_server):
    if app == "voila":
        return start_server("app")
    return start_server("lab", "--ServerApp.token=", "--ServerApp.password=", path="/api/status")


@pytest.fixture
def amara(workshop_env):
    """One researched contact who has said yes: someone to write to and prepare for."""
    with Workspace(workshop_env["INFOINTERVIEW_HOME"] + "/" + FILE_NAME) as workspace:
        contact = workspace.add_contact("Amara Okafor", organisation="Metro Transit")
        for stage in (Stage.RESEARCHED, Stage.REQUESTED, Stage.ACCEPTED):
            workspace.set_stage(contact.id, stage)
    return contact


@pytest.mark.parametrize("app", ["voila", "lab"])
def test_typing_a_draft_while_other_tabs_add_contacts_and_log(
    app, page, start_server, workshop_env, amara, figures: Figures, soak
):
    """Every character typed into the request draft stays in the box and in the saved draft,
    while two other tabs of the same participant add contacts and log activities."""
    server = _start(app, start_server)
    drafting = _open(page, server.url, "02-request.ipynb", app)
    box = drafting.locator("textarea").first
    box.wait_for(state="visible", timeout=90_000)
    expect(
        drafting.locator(".widget-dropdown", has_text="Request to").locator("select")
    ).to_contain_text("Amara Okafor")
    adding = _open(page.context.new_page(), server.url, "01-research.ipynb", app)
    name = adding.get_by_placeholder("e.g. Amara Okafor")
    name.wait_for(state="visible", timeout=90_000)
    logging = _open(page.context.new_page(), server.url, "06-networking-log.ipynb", app)
    detail = logging.get_by_label("Detail", exact=True)
    detail.wait_for(state="visible", timeout=90_000)

    box.click()
    box.press("Control+A")
    box.press("Delete")
    typed = ""
    for number in range(ROUNDS[soak]):
        chunk = f"Dear Amara, part {number}: how did your work in transit planning begin? "
        box.type(chunk, delay=8)  # returns once typed; the kernel saves as it can
        typed += chunk
        if number:  # as a person would, type the next name once the form has emptied
            expect(adding.locator("body")).to_contain_text(f"Added Colleague {number - 1}.")
        name.fill(f"Colleague {number}")
        adding.get_by_role("button", name="Add contact").click()
        box.type(chunk.upper(), delay=8)
        typed += chunk.upper()
        detail.fill(f"Careers fair {number}")
        logging.get_by_role("button", name="Log it").click()
    expect(adding.locator("body")).to_contain_text(f"Added Colleague {ROUNDS[soak] - 1}")
    expect(logging.locator("body")).to_contain_text("The charts below now include it.")

    with Workspace(server.home / FILE_NAME) as workspace:
        _until(lambda: workspace.draft(amara.id, "request") == typed)
        saved = workspace.draft(amara.id, "request")
        contacts = len(workspace.contacts())
    shown = box.input_value()
    lost = max(_lost(typed, shown), _lost(typed, saved))
    figures.record(CHECK, f"{app}: request draft, two other tabs writing", len(typed), "keys", lost)
    figures.note(CHECK, "typed in one tab while others add contacts and log, and right after Add")
    assert contacts == 1 + ROUNDS[soak]
    assert shown == typed and saved == typed
    expect(
        drafting.locator(".widget-dropdown", has_text="Request to").locator("select")
    ).to_contain_text("Amara Okafor")


@pytest.mark.parametrize("app", ["voila", "lab"])
def test_typing_the_next_question_right_after_add(
    app, page, start_server, amara, figures: Figures, soak
):
    """Text typed the moment "Add my question" is pressed starts the next question, whole."""
    server = _start(app, start_server)
    _open(page, server.url, "03-prepare.ipynb", app)
    own = page.get_by_placeholder("Or write your own question here")
    own.wait_for(state="visible", timeout=90_000)
    add = page.get_by_role("button", name="Add my question")
    questions = [
        f"What surprised you most in your first year, {number}?" for number in range(ROUNDS[soak])
    ]
    own.click()
    own.type(questions[0], delay=5)
    for question in questions[1:]:
        add.click()
        own.type(question, delay=5)  # at once: the kernel is still saving the last one
    with Workspace(server.home / FILE_NAME) as workspace:

        def planned() -> list[str]:
            return [q.text for q in workspace.question_plan(amara.id)]

        _until(lambda: len(planned()) == len(questions) - 1)
        kept = planned()
    shown = own.input_value()
    expected = questions[:-1]
    lost = sum(_lost(q, k) for q, k in zip(expected, kept + [""] * len(expected), strict=False))
    lost += _lost(questions[-1], shown)
    typed = sum(len(q) for q in questions)
    figures.record(CHECK, f"{app}: own question typed right after Add", typed, "keys", lost)
    assert kept == expected
    assert shown == questions[-1]

"""Each phase in Voila with the keyboard alone: Tab, Shift+Tab, Enter, Space and the arrows.

For every phase notebook (00 to 06, the demo participant): Tab reaches every control, focus
never sticks and is always drawn (an outline or a shadow), Shift+Tab walks back the same way,
and the phase's main exercise is done without a mouse.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import focus_state, focusables, radio_groups, tab_through, tab_to

pytestmark = pytest.mark.browser

PHASES = (
    "00-welcome",
    "01-research",
    "02-request",
    "03-prepare",
    "04-meeting",
    "05-follow-up",
    "06-networking-log",
)


@pytest.mark.parametrize("notebook", PHASES)
def test_tab_reaches_every_control_and_focus_always_shows(demo_pages, notebook):
    """Tab stops on every control once, never sticks, and the focus is always drawn."""
    page = demo_pages.get(notebook)
    wanted = radio_groups(page, focusables(page))
    stops = tab_through(page)
    reached = {stop["path"] for stop in stops}
    missing = [path for path in wanted if path not in reached]
    assert not missing, f"{len(missing)} controls never reached by Tab, e.g. {missing[:3]}"
    unseen = [s for s in stops if s["visible"] and not (s["outline"] or s["shadow"])]
    assert not unseen, [f"{s['tag']} {s['name']!r}" for s in unseen]
    # Shift+Tab walks back over the same stops, in reverse.
    page.keyboard.press("Shift+Tab")  # off the first stop of the next round
    back: list[str] = []
    for _ in range(16):
        page.keyboard.press("Shift+Tab")
        path = focus_state(page)["path"]
        if not back or back[-1] != path:  # a date box takes a Shift+Tab per part (d, m, y)
            back.append(path)
        if len(back) == 4:
            break
    inside = [s["path"] for s in stops]
    assert back == inside[-len(back) - 1 : -1][::-1] or back == inside[-len(back) :][::-1]


@pytest.mark.parametrize(
    ("notebook", "names"),
    [
        ("04-meeting", ["When it is time to offer to finish, also:", "Closing"]),
        ("06-networking-log", ["Your weekly targets (0: no target)"]),
    ],
)
def test_related_controls_are_grouped_under_a_name(demo_pages, notebook, names):
    """Boxes of related controls are named groups, as a screen reader announces them."""
    page = demo_pages.get(notebook)
    for name in names:
        box = page.get_by_role("group", name=name)
        expect(box).to_have_count(1)
        assert box.locator("input").count() >= 2


def _self_check_with_the_keyboard(page) -> None:
    """Start the self-check, Tab to the first answer (where the button was), then Space."""
    tab_to(page, "Start the self-check", exact=False)
    page.keyboard.press("Enter")
    expect(page.locator(".widget-radio-box input").first).to_be_visible()
    page.keyboard.press("Tab")
    assert focus_state(page)["tag"] == "input"  # the first question's first answer
    page.keyboard.press("Space")
    expect(page.locator("body")).to_contain_text(re.compile(r"Answered 1 of \d"))


def _says(page, text: str) -> None:
    """Wait for a message; if it never comes, say what the page's messages did say."""
    try:
        expect(page.locator(".ii-message", has_text=text).first).to_be_attached()
    except AssertionError as error:
        shown = page.locator(".ii-message").all_inner_texts()
        raise AssertionError(
            f"{text!r} never said; the messages: {shown}; focus on: {focus_state(page)}"
        ) from error


def _welcome(page) -> None:
    tab_to(page, "Name or alias")
    page.keyboard.press("Control+A")
    page.keyboard.type("Kim Park")
    tab_to(page, "Save my profile")
    page.keyboard.press("Enter")
    _says(page, "Welcome, Kim Park!")


def _research(page) -> None:
    tab_to(page, "Name")
    page.keyboard.type("Grace Liu")
    # This form sends as typed (it is emptied after each add), and ipywidgets holds a box's
    # updates back while one is on its way: a person's pause lets the last letters arrive.
    page.wait_for_timeout(1_000)
    tab_to(page, "Add contact")
    page.keyboard.press("Enter")
    _says(page, "Added Grace Liu.")


def _request(page) -> None:
    state = tab_to(page, "Your request", exact=False)
    assert state["tag"] == "textarea"
    page.keyboard.press("Control+End")
    page.keyboard.type(" Also, are you hiring?")
    expect(page.locator("body")).to_contain_text("Asks for a job (job-request)")
    # The live region that stays on the page says it (the boxes themselves stay quiet).
    region = page.locator(".ii-announcer[aria-live=polite]").first
    expect(region).to_contain_text("Asks for a job")


def _prepare(page) -> None:
    mine = page.locator("select[size='8']").nth(1).locator("option")
    before = mine.count()
    tab_to(page, "Add to my list")
    page.keyboard.press("Shift+Tab")  # back to the question bank
    assert focus_state(page)["tag"] == "select"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(mine).to_have_count(before + 1)


def _meeting(page) -> None:
    tab_to(page, "Play a chime")
    page.keyboard.press("Space")
    expect(page.get_by_label("Play a chime")).to_be_checked()
    tab_to(page, "Start the clock", back=True)
    page.keyboard.press("Enter")
    expect(page.locator(".ii-clock")).not_to_have_text("00:00", timeout=5_000)
    tab_to(page, "Log as met")
    page.keyboard.press("Enter")
    _says(page, "Logged your meeting with")


def _follow_up(page) -> None:
    tab_to(page, "Make my calendar file")
    page.keyboard.press("Enter")
    link = page.locator("a.ii-download").first
    expect(link).to_have_attribute("download", "information-please.ics")
    page.keyboard.press("Tab")
    assert focus_state(page)["tag"] == "a"  # the new link is next in the Tab order


def _networking_log(page) -> None:
    tab_to(page, "Detail")
    page.keyboard.type("Planners' meetup")
    tab_to(page, "Log it")
    page.keyboard.press("Enter")
    _says(page, "The charts below now include it.")
    figure = page.locator("figure.ii-chart").nth(1)  # the chosen chart, under the targets
    chart = figure.locator("img")
    tab_to(page, "Chart", back=True)
    page.keyboard.press("ArrowDown")
    expect(chart).to_have_attribute("alt", re.compile("contacts at each step"))
    tab_to(page, "Show “From asking to keeping in touch” as a table", exact=False)
    page.keyboard.press("Enter")
    expect(figure.locator("details")).to_have_attribute("open", "")


EXERCISES = {
    "00-welcome": _welcome,
    "01-research": _research,
    "02-request": _request,
    "03-prepare": _prepare,
    "04-meeting": _meeting,
    "05-follow-up": _follow_up,
    "06-networking-log": _networking_log,
}


@pytest.mark.parametrize("notebook", PHASES)
def test_the_phase_exercise_can_be_done_with_the_keyboard_alone(demo_pages, notebook):
    """The phase's main exercise and its self-check are done with keys alone."""
    page = demo_pages.take(notebook)
    try:
        page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }")
        page.locator("body").focus()
        EXERCISES[notebook](page)
        _self_check_with_the_keyboard(page)
    finally:
        page.close(run_before_unload=True)  # as a closed tab: Voila shuts its kernel down

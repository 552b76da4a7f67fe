"""Markup and script in the HTML files the package writes: the handout and the cohort report,
opened in Chromium, show every payload as text and run none of it."""

from __future__ import annotations

from datetime import date

import pytest

from infointerview.cohort import ALIAS_MAX_CHARS, load_cohort
from infointerview.export import write_participant_export
from infointerview.model import Goal, InputError, Profile
from infointerview.report import write_cohort_report, write_handout
from infointerview.store import Workspace

from .entered import enter_everywhere
from .payloads import PAYLOADS

pytestmark = pytest.mark.browser

TODAY = date(2026, 11, 25)
# The fields a handout page shows (see content/html/handout.html).
HANDOUT_FIELDS = (
    "contact name",
    "contact role",
    "contact organisation",
    "research notes",
    "own question",
    "notes on a question",
    "thank-you draft",
)


def open_and_check(page, path, expected: list[str], dialogs: list[str]) -> list[str]:
    """Open a written HTML file; return the payloads that ran, or were not shown as typed."""
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    text = " ".join(page.inner_text("body").split())
    problems = [
        f"not shown as typed: {t[:60]!r}" for t in expected if " ".join(t.split()) not in text
    ]
    if page.evaluate("window.__xss") is not None:
        problems.append(f"a script ran: window.__xss = {page.evaluate('window.__xss')}")
    problems += [f"a dialog opened: {message}" for message in dialogs]
    return problems


def test_the_handout_shows_every_payload_as_text(
    page, tmp_path, monkeypatch, no_script_runs, figures
):
    """Payloads typed into every field the handout prints appear literally; none runs."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", TODAY.isoformat())
    with Workspace(":memory:") as workspace:
        entered = enter_everywhere(workspace, PAYLOADS, today=TODAY, contacts=len(PAYLOADS))
        workspace.save_profile(Profile.from_input(PAYLOADS[0], "Museums", [Goal.INDUSTRY]))
        handout = write_handout(workspace, tmp_path / "handout.html", today=TODAY)
    expected = [item.text for item in entered if item.field in HANDOUT_FIELDS]
    problems = open_and_check(page, handout, expected, no_script_runs)
    figures.record(
        "Injection", "handout HTML (every printed field)", len(expected), "payloads", len(problems)
    )
    assert len(expected) >= len(PAYLOADS) * 4  # most payloads were accepted by most fields
    assert problems == []


def test_the_cohort_report_shows_every_alias_and_file_name_as_text(
    page, tmp_path, no_script_runs, figures
):
    """Payloads as aliases, file names and the folder's name appear literally; none runs."""
    folder = tmp_path / PAYLOADS[1]  # '<img src=x onerror=...>' is a legal folder name
    folder.mkdir()
    aliases = []
    for number, payload in enumerate(PAYLOADS):
        with Workspace(":memory:") as workspace:
            workspace.save_profile(Profile.from_input(f"P{number}", "Nursing", [Goal.INDUSTRY]))
            workspace.add_contact(f"Contact {number}", on=TODAY)
            try:
                write_participant_export(workspace, folder, alias=payload, today=TODAY)
            except InputError:
                continue  # too long for an alias, or holding a control character: refused
            aliases.append(payload)
    file_names = [p for p in PAYLOADS if "/" not in p and len(p) < 200]
    for name in file_names:
        (folder / f"{name}.json").write_text("{not an export")
    cohort = load_cohort(folder, today=TODAY)
    report = write_cohort_report(cohort, tmp_path / "report", folder=str(folder), today=TODAY)
    expected = [*aliases, *(f"{name}.json" for name in file_names), str(folder)]
    problems = open_and_check(page, report, expected, no_script_runs)
    figures.record(
        "Injection",
        "cohort report HTML (aliases, file names, folder)",
        len(expected),
        "payloads",
        len(problems),
    )
    assert len(aliases) >= len(PAYLOADS) - 3 and all(len(a) <= ALIAS_MAX_CHARS for a in aliases)
    assert problems == []

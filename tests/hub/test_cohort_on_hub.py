"""A cohort on a real JupyterHub: three participants at once, and an instructor collecting.

Every step goes through the hub's proxy as a browser's would: the hub's API starts each
participant's server, their notebooks are read through their server and run cell by cell in a
kernel, the widgets are used as a participant uses them, and the instructor types
`infointerview cohort` into a terminal of their own server and opens the dashboard notebook.
"""

from __future__ import annotations

import asyncio
import html
import re
import sys
from pathlib import Path

import pytest

from hub.support import NOTEBOOKS, Hub, Kernel, Terminal, marked_processes, run

WELCOME = f"{NOTEBOOKS}/00-welcome.ipynb"
NETWORKING_LOG = f"{NOTEBOOKS}/06-networking-log.ipynb"
DASHBOARD = f"{NOTEBOOKS}/instructor/cohort-dashboard.ipynb"

#: Who takes part, their field, and what each logs in the networking log notebook.
PARTICIPANTS = {
    "ada": ("Ada L.", "Urban planning", ["Careers fair: two planners", "Read the council plan"]),
    "grace": ("Grace", "Nursing", ["Alumni evening"]),
    "tomas": ("Tomás", "Game design", ["Meetup", "Portfolio review", "Studio open day"]),
}


def _find(kind: str) -> str:
    """Code that finds the widget of ``kind`` the notebook displayed (in the kernel's Out)."""
    return f"_w = next(v for v in Out.values() if type(v).__name__ == {kind!r})\n"


def _save_profile(name: str, field: str) -> str:
    return (
        _find("ProfileForm")
        + f"_w._name.value = {name!r}\n_w._field.value = {field!r}\n"
        + "next(iter(_w._goals.values())).value = True\n_w._save.click()\n"
        + "print(_w._status.value)"
    )


def _log(detail: str) -> str:
    return (
        _find("ActivityLogger")
        + f"_w._detail.value = {detail!r}\n_w._detail.take()\nprint(_w._status.value)"
    )


def _export() -> str:
    return _find("InstructorExport") + "_w._export.click()\nprint(_w.status)"


async def _take_part(hub: Hub, user: str) -> dict:
    """One participant's session: welcome, profile, networking log, export."""
    name, field, logged = PARTICIPANTS[user]
    await hub.add_user(user)
    await hub.start_server(user)
    welcome = await Kernel.open(hub, user, WELCOME)
    cells = await welcome.run_notebook()
    saved = await welcome.run(_save_profile(name, field))
    log = await Kernel.open(hub, user, NETWORKING_LOG)
    await log.run_notebook()
    statuses = [await log.run(_log(detail)) for detail in logged]
    await log.close()
    exported = await welcome.run(_export())
    await welcome.run("from infointerview.export import export_file_name")
    workspace, export = await welcome.value("[str(workspace.path), export_file_name(workspace)]")
    await welcome.close()
    return {
        "cells": cells,
        "saved": saved,
        "logged": statuses,
        "exported": exported,
        "workspace": workspace,
        "export": export,
    }


async def _collect(hub: Hub, instructor: str) -> dict:
    """The instructor's session: `infointerview cohort` in a terminal, then the dashboard."""
    await hub.add_user(instructor)
    await hub.start_server(instructor)
    terminal = await Terminal.open(hub, instructor)
    # A login shell's PATH is the system's; the full path is what the guide says to type then.
    command = Path(sys.executable).with_name("infointerview")
    status, shown = await terminal.type(f"{command} cohort {hub.collection} --out cohort-report")
    await terminal.close()
    report = await hub.server_api(
        instructor, "GET", "/contents/cohort-report/cohort-report.html?content=1&type=file"
    )
    dashboard = await Kernel.open(hub, instructor, DASHBOARD)
    await dashboard.run_notebook()
    seen = await dashboard.value(
        "{p.alias: p.activity_total for p in dashboard.cohort.participants}"
    )
    await dashboard.close()
    return {
        "status": status,
        "shown": shown,
        "report": report["content"],
        "dashboard": seen,
    }


def _report_aliases(page: str) -> list[str]:
    """The aliases the report's weekly charts are drawn for (from the charts' text)."""
    found = re.search(
        r'alt="Weekly activity, [^"]*one small chart per participant[^"]*'
        r'Charted, in alphabetical order: ([^"]*)\."',
        page,
    )
    assert found, "the report has no weekly activity chart"
    return html.unescape(found.group(1)).split(", ")


@pytest.fixture(scope="module")
def session(hub: Hub) -> dict:
    """Three participants work at the same time, then the instructor collects."""

    async def workshop():
        taken = await asyncio.gather(*(_take_part(hub, user) for user in PARTICIPANTS))
        collected = await _collect(hub, "instructor")
        for user in [*PARTICIPANTS, "instructor"]:
            await hub.stop_server(user)
        return dict(zip(PARTICIPANTS, taken, strict=True)), collected, await _come_back(hub, "ada")

    participants, instructor, returned = run(workshop())
    return {"participants": participants, "instructor": instructor, "returned": returned}


async def _come_back(hub: Hub, user: str) -> dict:
    """A participant's next session: a new server through the hub, the same workspace."""
    await hub.start_server(user)
    welcome = await Kernel.open(hub, user, WELCOME)
    await welcome.run_notebook()
    name, details = await welcome.value(
        "[workspace.profile().name, [a.detail for a in workspace.activities()]]"
    )
    await welcome.close()
    await hub.stop_server(user)
    return {"name": name, "details": details}


def test_each_participant_runs_the_welcome_notebook_and_saves_a_profile(session):
    """Every code cell of the welcome notebook runs, and the profile is saved and greeted."""
    for user, (name, _, _) in PARTICIPANTS.items():
        done = session["participants"][user]
        assert done["cells"] >= 5
        assert f"Welcome, {html.escape(name)}!" in done["saved"], done["saved"]


def test_each_participant_has_their_own_workspace_in_their_own_home(hub, session):
    """Each workspace is a separate SQLite file under that participant's home folder."""
    places = {user: Path(done["workspace"]) for user, done in session["participants"].items()}
    assert len(set(places.values())) == len(PARTICIPANTS)
    for user, place in places.items():
        assert place.is_relative_to(hub.home(user)) and place.is_file()


def test_what_each_participant_logs_is_saved(session):
    """Every "Log it" in the networking log notebook says it was logged."""
    for user, done in session["participants"].items():
        assert len(done["logged"]) == len(PARTICIPANTS[user][2])
        assert all("Logged for" in status for status in done["logged"]), done["logged"]


def test_work_is_still_there_when_the_participant_comes_back(session):
    """After their server is stopped and started again, the profile and log are all there."""
    name, _, logged = PARTICIPANTS["ada"]
    assert session["returned"]["name"] == name
    assert [detail.split(": ", 1)[-1] for detail in session["returned"]["details"]] == logged


def test_each_export_lands_in_the_collection_folder(hub, session):
    """The welcome notebook's button writes one file per participant into the shared folder."""
    names = sorted(done["export"] for done in session["participants"].values())
    assert sorted(p.name for p in hub.collection.glob("*.json")) == names
    for done in session["participants"].values():
        assert f"instructor's folder as {done['export']}" in html.unescape(done["exported"])


def test_the_instructors_cohort_command_reads_exactly_the_three(hub, session):
    """`infointerview cohort`, typed in the instructor's terminal, reads the three exports."""
    instructor = session["instructor"]
    assert instructor["status"] == 0, instructor["shown"]
    assert "Read 3 participants' exports." in instructor["shown"]
    assert "skipped" not in instructor["shown"]


def test_the_report_charts_each_of_the_three(session):
    """The report the command wrote charts the weeks of exactly the three aliases."""
    aliases = _report_aliases(session["instructor"]["report"])
    assert sorted(aliases) == sorted(name for name, _, _ in PARTICIPANTS.values())


def test_the_instructors_dashboard_sees_the_same_cohort(session):
    """The dashboard notebook, run in the instructor's server, finds each one's activity."""
    expected = {name: len(logged) for name, _, logged in PARTICIPANTS.values()}
    assert session["instructor"]["dashboard"] == expected


def test_stopping_the_hub_stops_every_process_it_started(hub, session):
    """The hub, its proxy, every server, kernel and terminal are gone once the hub stops."""
    running = [command for _, command in marked_processes(hub.mark)]
    assert any("jupyterhub" in command for command in running), running
    assert any("configurable-http-proxy" in command for command in running), running
    assert hub.stop() == []

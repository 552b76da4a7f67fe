"""Live updates: typing tells nobody, nothing replaces text being written, listeners end."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from infointerview.model import ActivityKind, Stage
from infointerview.store import Workspace
from infointerview.ui import common
from infointerview.ui.common import ContactPicker, DraftArea
from infointerview.ui.request import RequestDrafter

NOTEBOOKS = sorted((Path(__file__).parents[2] / "notebooks").glob("0*.ipynb"))


def test_a_draft_save_notifies_no_subscriber(workspace):
    """Saving a draft as it is typed tells no panel, so nothing redraws under the typist."""
    contact = workspace.add_contact("Amara Okafor")
    heard = []
    workspace.subscribe(heard.append)
    workspace.save_draft(contact.id, "request", "Dear Amara, I")
    plan = workspace.meeting_plan(contact.id)
    workspace.save_meeting_plan(plan.__class__(contact.id, notes="They said"), typing=True)
    workspace.save_research(contact.id, "person-role", done=False, notes="")
    workspace.save_research(contact.id, "person-role", done=False, notes="Leads the team")
    assert heard == [], [change.what for change in heard]


def test_a_saved_change_is_announced_with_what_changed(workspace):
    """A new contact, a stage and a log entry each say what changed, and for whom."""
    heard = []
    workspace.subscribe(heard.append)
    contact = workspace.add_contact("Amara Okafor")
    workspace.set_stage(contact.id, Stage.RESEARCHED)
    workspace.log(ActivityKind.OTHER)
    assert [(c.what, c.contact_id) for c in heard] == [
        ("contact-added", contact.id),
        ("contacts", contact.id),
        ("activity", None),
    ]


def test_a_contact_added_elsewhere_never_moves_a_picker_with_typed_text(tmp_path):
    """A contact added in another kernel does not take over the box being typed in."""
    here = Workspace(tmp_path / "workspace.sqlite")
    there = Workspace(tmp_path / "workspace.sqlite")
    amara = here.add_contact("Amara Okafor")
    drafter = RequestDrafter(here)
    assert drafter._picker.value == amara.id
    drafter._draft.value = "Dear Amara, I would be grateful for twenty minutes"
    there.add_contact("Ben Liu")
    here.log(ActivityKind.OTHER)  # a change here makes the picker look again
    here.add_contact("Chen Wei")  # and so does a contact added in this very kernel
    assert drafter._picker.value == amara.id
    assert drafter._draft.value == "Dear Amara, I would be grateful for twenty minutes"
    assert here.draft(amara.id, "request") == drafter._draft.value
    assert "Chen Wei was added" in drafter._picker.note.value
    assert [label for label, _ in drafter._picker.options][1].startswith("Ben Liu")


def test_a_contact_added_here_is_chosen_when_nothing_is_being_written(workspace):
    """With no text typed, the picker follows a contact added in this notebook."""
    workspace.add_contact("Amara Okafor")
    picker = ContactPicker(workspace)
    ben = workspace.add_contact("Ben Liu")
    assert picker.value == ben.id


def test_a_refresh_keeps_the_choice_without_a_flicker(workspace):
    """A new stage label redraws the list without choosing anyone else, even for a moment."""
    amara = workspace.add_contact("Amara Okafor")
    workspace.add_contact("Ben Liu")
    picker = ContactPicker(workspace)
    picker.value = amara.id
    moves = []
    picker.observe(moves.append, names="value")
    workspace.set_stage(amara.id, Stage.RESEARCHED)
    assert moves == [] and picker.label.startswith("Amara Okafor")


def test_closing_a_widget_removes_its_subscription(workspace):
    """A closed panel, and the pickers inside it, no longer listen."""
    workspace.add_contact("Amara Okafor")
    before = len(workspace.subscriptions)
    drafter = RequestDrafter(workspace)
    assert len(workspace.subscriptions) == before + 1
    drafter.close()
    assert len(workspace.subscriptions) == before


def test_a_draft_box_knows_when_it_holds_typed_text(workspace):
    """Shown text is not 'edited'; a keystroke is; showing another contact resets it."""
    amara = workspace.add_contact("Amara Okafor")
    box = DraftArea(workspace, "request")
    box.show(amara.id, lambda: "Dear Amara,")
    assert not box.edited
    box.value += " hello"
    assert box.edited and workspace.draft(amara.id, "request") == "Dear Amara, hello"
    box.show(amara.id, str)
    assert not box.edited


def _code_cells(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def _listeners(workspace: Workspace) -> Counter:
    return Counter(
        type(getattr(s.callback, "__self__", s.callback)).__name__ for s in workspace.subscriptions
    )


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_running_every_cell_50_times_leaves_one_listener_per_panel(
    notebook, tmp_path, monkeypatch, pinned_today
):
    """Re-running a notebook's cells leaves exactly the listeners of one run."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    monkeypatch.setattr(common, "_OPEN", {})
    namespace: dict = {}
    for source in _code_cells(notebook):
        exec(compile(source, notebook.name, "exec"), namespace)  # noqa: S102 - our notebooks
    workspace = namespace["workspace"]
    workspace.add_contact("Amara Okafor")
    once = _listeners(workspace)
    for _ in range(49):
        for source in _code_cells(notebook):
            exec(compile(source, notebook.name, "exec"), namespace)  # noqa: S102
    assert namespace["workspace"] is workspace
    assert _listeners(workspace) == once
    assert all(count == 1 for name, count in once.items() if name != "ContactPicker"), once

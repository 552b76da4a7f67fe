"""Tests for the welcome notebook's widgets, driven headless as a participant would."""

import pytest

from infointerview.model import Goal
from infointerview.store import FILE_NAME, Workspace
from infointerview.ui.welcome import (
    ProfileForm,
    ProgressPanel,
    SelfCheck,
    WorkspacePanel,
    workshop_map,
)


def _fill(form, name="Sam", field="Urban planning", goals=(Goal.INDUSTRY, Goal.NETWORK)):
    form._name.value = name
    form._field.value = field
    for goal, box in form._goals.items():
        box.value = goal in goals


def test_saving_the_form_stores_the_profile(workspace, pinned_today):
    """Filling the form and pressing Save puts the profile in the workspace."""
    form = ProfileForm(workspace)
    assert "Fill in your profile" in form._status.value
    _fill(form)
    form._save.click()
    saved = workspace.profile()
    assert (saved.name, saved.field_of_interest, saved.goals) == (
        "Sam",
        "Urban planning",
        (Goal.INDUSTRY, Goal.NETWORK),
    )
    assert form.value == saved
    assert "Saved 16 March 2026" in form._status.value and "Welcome, Sam!" in form._status.value


def test_a_saved_profile_is_there_in_a_new_session(tmp_path):
    """A new kernel (a new form on the same file) shows what was saved before."""
    path = tmp_path / FILE_NAME
    with Workspace(path) as first:
        form = ProfileForm(first)
        _fill(form, goals=(Goal.ADVICE,))
        form._save.click()
    with Workspace(path) as second:
        again = ProfileForm(second)
        assert again._name.value == "Sam" and again._field.value == "Urban planning"
        assert [g for g, box in again._goals.items() if box.value] == [Goal.ADVICE]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "it is empty"),
        ("    ", "it is empty"),
        ("x" * 10_000, "10,000 characters long"),
        ("Sam\u202eevil", "invisible control characters"),
    ],
)
def test_bad_input_gets_a_message_and_nothing_is_stored(workspace, name, message):
    """Empty, whitespace-only, huge or sneaky names are refused in the widget, not saved."""
    form = ProfileForm(workspace)
    _fill(form, name=name)
    form._save.click()
    assert message in form._status.value and "Not saved yet" in form._status.value
    assert workspace.profile() is None and form.value is None


def test_a_profile_needs_at_least_one_goal(workspace):
    """Saving with nothing ticked asks for a goal."""
    form = ProfileForm(workspace)
    _fill(form, goals=())
    form._save.click()
    assert "Pick at least one thing you want to learn" in form._status.value
    assert workspace.profile() is None


@pytest.mark.parametrize("name", ["李明", "Zoë", "محمد"])
def test_non_latin_names_are_saved_and_greeted(workspace, name):
    """A name in any script is saved and shown back as typed."""
    form = ProfileForm(workspace)
    _fill(form, name=name)
    form._save.click()
    assert workspace.profile().name == name and f"Welcome, {name}!" in form._status.value


def test_markup_in_a_name_is_shown_as_text_never_rendered(workspace):
    """Typed HTML is stored literally and escaped wherever a widget shows it."""
    typed = '<img src=x onerror="window.__xss=1"><script>alert(1)</script>'
    form = ProfileForm(workspace)
    _fill(form, name=typed)
    form._save.click()
    assert workspace.profile().name == typed
    assert "<img" not in form._status.value and "<script" not in form._status.value
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in form._status.value


def test_unsaved_changes_are_pointed_out(workspace):
    """Editing a saved profile says the change is not saved until Save is pressed."""
    form = ProfileForm(workspace)
    _fill(form)
    form._save.click()
    form._field.value = "Nursing"
    assert "not saved yet" in form._status.value
    form._field.value = "Urban planning"
    assert "Saved" in form._status.value


def test_progress_updates_when_the_profile_is_saved(workspace):
    """The progress panel ticks off the welcome phase as soon as the profile is saved."""
    panel = ProgressPanel(workspace)
    assert "Save your profile (above)." in panel._table.value
    form = ProfileForm(workspace)
    _fill(form, field="<b>bold</b> plans")
    form._save.click()
    assert "Profile saved for &lt;b&gt;bold&lt;/b&gt; plans." in panel._table.value
    assert panel._table.value.count("<tr>") == 8  # a heading and seven phases


def test_the_workspace_panel_says_where_work_is_kept(file_workspace):
    """The panel names the workspace file and what it holds."""
    panel = WorkspacePanel(file_workspace)
    assert file_workspace.location in panel._status.value
    assert "0 contacts and 0 logged activities" in panel._status.value
    assert panel._fresh.layout.display == "none"
    file_workspace.add_contact("Amara Okafor")
    assert "1 contact and 1 logged activity." in panel._status.value


def test_a_damaged_workspace_is_explained_and_can_be_replaced(tmp_path):
    """A broken file is named, the form cannot save, and starting fresh keeps the old file."""
    path = tmp_path / FILE_NAME
    path.write_bytes(b"not a workspace" * 50)
    workspace = Workspace(path)
    panel = WorkspacePanel(workspace)
    form = ProfileForm(workspace)
    assert str(path) in panel._status.value and panel._fresh.layout.display == ""
    assert form._save.disabled and str(path) in form._status.value
    panel._fresh.click()
    kept = list(tmp_path.glob(f"{FILE_NAME}.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"not a workspace" * 50
    assert str(kept[0]) in panel._status.value
    assert not form._save.disabled
    _fill(form)
    form._save.click()
    assert workspace.profile().name == "Sam"
    workspace.close()


def test_the_self_check_gives_feedback_on_every_answer(workspace):
    """Each answer shows its own feedback, and the score counts the first answers right."""
    check = SelfCheck("00-welcome", workspace)
    check.start()
    first = check._choices[0]
    wrong = next(value for label, value in first.options if label.startswith("Asking someone"))
    first.value = wrong
    assert "Not this one" in check._feedback[0].value and "ii-warning" in check._feedback[0].value
    right = next(value for label, value in first.options if label.startswith("Learning about"))
    first.value = right  # feedback shows, but the first answer is the one that counts
    assert "ii-ok" in check._feedback[0].value and check.correct == 0
    for choice, starts in ((check._choices[1], "She does"), (check._choices[2], "Homework")):
        choice.value = next(value for label, value in choice.options if label.startswith(starts))
    assert check.correct == 2 and "All 3 answered: 2 of 3 right" in check._score.value


def test_the_workshop_map_lists_every_phase_with_its_minutes():
    """The map shows each phase and minutes that add up to the totals."""
    html = workshop_map().data
    for title in ("Welcome", "Who to ask", "The request", "The networking log"):
        assert title in html
    assert "<b>50</b>" in html and "<b>60</b>" in html


def test_the_instructor_export_goes_to_the_collection_folder(
    workspace, pinned_today, tmp_path, monkeypatch
):
    """With INFOINTERVIEW_COLLECTION set, the button writes the export there and says so."""
    from infointerview.demo import fill_demo
    from infointerview.ui.welcome import InstructorExport

    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", str(tmp_path))
    fill_demo(workspace)
    panel = InstructorExport(workspace)
    panel._alias.value = "S. R."
    panel._export.click()
    [written] = tmp_path.glob("*.json")
    assert '"alias": "S. R."' in written.read_text()
    assert "without any contact names" in panel.status and written.name in panel.status


def test_without_a_collection_folder_the_export_is_a_download(workspace, pinned_today, monkeypatch):
    """On a laptop with no folder set up, the same export is offered as a file to send."""
    import base64
    import json
    import re

    from infointerview.demo import fill_demo
    from infointerview.ui.welcome import InstructorExport

    monkeypatch.delenv("INFOINTERVIEW_COLLECTION", raising=False)
    fill_demo(workspace)
    panel = InstructorExport(workspace)
    panel._include_contacts.value = True
    panel._export.click()
    assert "No collection folder" in panel.status
    encoded = re.search(r"base64,([A-Za-z0-9+/=]+)", panel.status).group(1)
    data = json.loads(base64.b64decode(encoded))
    assert data["alias"] == "Sam Rivera (demo)" and len(data["contacts"]) == 11


def test_an_export_without_a_profile_says_what_to_do(
    workspace, pinned_today, tmp_path, monkeypatch
):
    """No profile and no alias: an error message, and nothing written."""
    from infointerview.ui.welcome import InstructorExport

    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", str(tmp_path))
    panel = InstructorExport(workspace)
    panel._export.click()
    assert "ii-error" in panel.status and "profile" in panel.status
    assert list(tmp_path.iterdir()) == []


def test_the_yourself_items_are_done_once_in_the_profile(workspace):
    """Opening 'Yourself' in the profile builds its items; a tick there counts for every
    contact's research."""
    from infointerview.ui.welcome import YourselfChecklist

    amara = workspace.add_contact("Amara Okafor")
    panel = YourselfChecklist(workspace)
    assert panel._ticks == {}
    panel.selected_index = 0
    panel._notes["self-one-liner"].value = "Analyst exploring transport planning."
    panel._ticks["self-one-liner"].value = True
    assert workspace.research(amara.id)["self-one-liner"].notes.startswith("Analyst")
    assert "Saved: 1 of" in panel._status.value

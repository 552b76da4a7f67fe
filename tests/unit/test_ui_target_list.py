"""Tests for the target list's widgets, driven headless: the editor, the LinkedIn import and
the introduction helper."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from infointerview.ui.target_list import (
    ConnectionsImport,
    FindPeople,
    IntroductionHelper,
    TargetListEditor,
)

DATA = Path(__file__).parent.parent / "data" / "linkedin"


def _add(editor, name, want=3, hires=2, way_in=False):
    editor._name.value = name
    editor._want.value, editor._hires.value, editor._way_in.value = want, hires, way_in
    editor._add.click()


def test_a_participant_builds_edits_and_reorders_a_list(workspace):
    """Targets are added ranked, edited in place, moved by hand and removed."""
    editor = TargetListEditor(workspace)
    assert "Your list is empty" in editor._table.value
    _add(editor, "Bahnwerk", want=2)
    _add(editor, "Harbourline Ferries", want=5, hires=3)
    assert "number 1 on your list" in editor._status.value
    assert [t.name for t in workspace.target_list()] == ["Harbourline Ferries", "Bahnwerk"]
    editor._picker.value = workspace.target_list()[1].id
    editor._up.click()
    assert workspace.target_list()[0].name == "Bahnwerk"
    editor._edit.click()
    editor._name.value = "Bahnwerk Rail"
    editor._add.click()
    assert workspace.target_list()[0].name == "Bahnwerk Rail"
    assert (
        "Work on this first" in editor._table.value and "target-list.csv" in editor._download.value
    )
    editor._remove.click()
    assert [t.name for t in workspace.target_list()] == ["Harbourline Ferries"]


def test_a_name_with_markup_is_shown_as_text_and_a_duplicate_is_refused(workspace):
    """What a participant typed never becomes HTML; the same organisation twice is refused."""
    editor = TargetListEditor(workspace)
    _add(editor, "<b>Acme</b>")
    assert "<b>Acme</b>" not in editor._table.value and "&lt;b&gt;Acme" in editor._table.value
    _add(editor, "<b>ACME</b> Ltd")
    assert "already on your list" in editor._status.value
    assert len(workspace.target_list()) == 1


def _upload(panel, path):
    content = path.read_bytes()
    panel._upload.value = (
        {
            "name": path.name,
            "type": "text/csv",
            "content": memoryview(content),
            "last_modified": datetime(2026, 12, 1, tzinfo=UTC),
            "size": len(content),
        },
    )


def test_importing_connections_shows_matches_and_adds_one_as_a_contact(workspace):
    """After loading Connections.csv, one click adds a matched person as a contact."""
    workspace.add_target("Greenway Mobility", want=5)
    workspace.add_target("Nowhere Co")
    panel = ConnectionsImport(workspace)
    _upload(panel, DATA / "Connections.csv")
    assert "Read 10 connections" in panel._status.value
    assert "2 connections work at 1 target" in panel._summary.value
    assert "Nowhere Co" in panel._summary.value
    first = panel._rows.children[0]
    first.add.click()
    [contact] = workspace.contacts()
    assert (contact.name, contact.organisation) == ("Priya Raman", "Greenway Mobility")
    assert contact.connection == "LinkedIn connection since January 2026"
    assert first.add.disabled


def test_a_bad_file_imports_nothing_and_says_why(workspace):
    """A German export gets a clear message; nothing is listed or added."""
    workspace.add_target("Bahnwerk")
    panel = ConnectionsImport(workspace)
    _upload(panel, DATA / "Connections-de.csv")
    assert "Nothing was imported" in panel._status.value and "German" in panel._status.value
    assert panel._rows.children == () and workspace.contacts() == []


def test_the_introduction_ask_is_checked_like_a_request(workspace):
    """The drafted ask passes the request checks; a job ask added to it is caught."""
    workspace.add_target("Harbourline Ferries")
    helper = IntroductionHelper(workspace)
    helper._friend.value = "Jo"
    assert "Harbourline Ferries" in helper._draft.value and "Hi Jo" in helper._draft.value
    helper._draft.value = helper._draft.value.replace("[your name]", "Sam")
    assert "Nothing to fix" in helper._findings.value
    helper._draft.value += "\nAlso, could you pass my CV on and get me a job interview there?"
    assert "job-request" in helper._findings.value


def test_each_way_to_find_someone_is_built_when_its_section_opens(workspace):
    """Nothing but the overview is built at first; opening a section builds its helper once."""
    panel = FindPeople(workspace)
    assert not panel._helpers
    helper = panel.open_section(2)
    assert isinstance(helper, IntroductionHelper) and "Nothing to fix" in helper._findings.value
    assert isinstance(panel.open_section(1), ConnectionsImport)
    assert panel.open_section(2) is helper

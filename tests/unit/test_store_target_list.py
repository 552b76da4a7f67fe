"""Tests for the target list in the workspace: add, edit, remove, move, rank, kept on disk."""

from __future__ import annotations

import pytest

from infointerview.model import InputError
from infointerview.store import Change, Workspace


def _names(workspace):
    return [t.name for t in workspace.target_list()]


def test_targets_are_added_in_their_place_by_marks(workspace):
    """A new target slots in ahead of the first one its marks beat."""
    workspace.add_target("Middling", want=3)
    workspace.add_target("Dream", want=5, hires=3)
    workspace.add_target("Maybe", want=1)
    workspace.add_target("Close second", want=5, hires=2)
    assert _names(workspace) == ["Dream", "Close second", "Middling", "Maybe"]


def test_editing_removing_and_moving_by_hand(workspace):
    """Edits keep the list whole; moves by hand stick until the list is ranked again."""
    a = workspace.add_target("Acme", want=4)
    b = workspace.add_target("Bahnwerk", want=3)
    c = workspace.add_target("Coral", want=2)
    workspace.move_target(c.id, -2)
    assert _names(workspace) == ["Coral", "Acme", "Bahnwerk"]
    workspace.edit_target(b.id, "Bahnwerk Rail", way_in=False, want=3, hires=2, notes="aunt")
    assert workspace.target(b.id).notes == "aunt" and _names(workspace)[2] == "Bahnwerk Rail"
    workspace.edit_target(b.id, "Bahnwerk Rail", way_in=True, want=5, hires=2)
    assert _names(workspace)[0] == "Bahnwerk Rail"
    workspace.remove_target(a.id)
    assert [t.position for t in workspace.target_list()] == [0, 1]
    assert _names(workspace) == ["Bahnwerk Rail", "Coral"]
    assert _names(workspace.__class__(":memory:")) == []
    workspace.rank_target_list()
    assert _names(workspace) == ["Bahnwerk Rail", "Coral"]


def test_the_same_organisation_twice_is_refused(workspace):
    """'Acme Ltd' is already on the list as 'ACME': the participant is told so."""
    workspace.add_target("ACME")
    with pytest.raises(InputError, match="already on your list"):
        workspace.add_target("Acme Ltd.")


def test_the_list_is_kept_between_sittings_and_changes_are_announced(tmp_path):
    """A target list saved in one sitting is there in the next; panels hear of changes."""
    path = tmp_path / "workspace.sqlite"
    heard: list[Change] = []
    with Workspace(path) as first:
        first.subscribe(heard.append)
        first.add_target("Harbourline Ferries", want=5, way_in=True)
    with Workspace(path) as second:
        [target] = second.target_list()
    assert (target.name, target.want, target.way_in) == ("Harbourline Ferries", 5, True)
    assert [c.what for c in heard] == ["target_list"]


def test_a_target_that_is_gone_says_so(workspace):
    """Editing a removed target gives a message, not a crash."""
    gone = workspace.add_target("Acme")
    workspace.remove_target(gone.id)
    with pytest.raises(LookupError, match="no longer on your list"):
        workspace.edit_target(gone.id, "Acme", way_in=False, want=3, hires=2)

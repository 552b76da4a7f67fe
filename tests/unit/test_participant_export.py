"""Tests for the participant's export to the instructor's collection folder."""

import json
import os
import stat
from datetime import date

import pytest

from infointerview import cohort
from infointerview.demo import fill_demo
from infointerview.export import (
    ExportError,
    collection_folder,
    export_file_name,
    participant_export,
    write_participant_export,
)
from infointerview.model import InputError
from infointerview.store import Workspace

MONDAY = date(2026, 3, 16)


@pytest.fixture
def demo(workspace):
    """The demo participant, six weeks in."""
    fill_demo(workspace, today=MONDAY)
    return workspace


def _private_text(workspace: Workspace) -> list[str]:
    texts = []
    for contact in workspace.contacts():
        texts += [contact.name, contact.email, contact.notes, contact.role, contact.connection]
    # A reply's detail is a code (accepted, declined), not something the participant wrote.
    texts += [a.detail for a in workspace.activities() if a.kind != "reply_received"]
    return [text for text in texts if text]


def test_the_default_export_holds_no_contact_names_emails_or_notes(demo):
    """Nothing a participant wrote about a contact appears in the default export."""
    text = json.dumps(participant_export(demo, today=MONDAY), ensure_ascii=False)
    private = _private_text(demo)
    assert len(private) > 20
    for secret in private:
        assert secret not in text, secret
    # Parts of names too: a first name on its own would still say who it was.
    for contact in demo.contacts():
        for part in contact.name.split():
            assert part not in text, part


def test_the_export_counts_stages_activities_and_due_dates(demo):
    """The export carries what the instructor's views need, and reads back whole."""
    data = participant_export(demo, today=MONDAY)
    read = cohort.parse_export(data, today=MONDAY)
    assert read.alias == "Sam Rivera (demo)"
    assert sum(read.stages.values()) == len(demo.contacts()) == 11
    assert read.activity_total == len(demo.activities())
    assert read.reached[cohort.REACHED_STAGES[0]] == 9  # asked: every contact past "researched"
    assert {kind for kind, _ in read.due} >= {"follow_up", "thank_you"}
    assert read.contacts is None


def test_include_contacts_adds_names_and_stages_but_never_emails_or_notes(demo):
    """--include-contacts shares names, organisations and stages only."""
    data = participant_export(demo, include_contacts=True, today=MONDAY)
    text = json.dumps(data, ensure_ascii=False)
    assert "Amara Okafor" in text
    assert "amara.okafor@example.org" not in text
    assert "young members' evenings" not in text
    read = cohort.parse_export(data, today=MONDAY)
    assert len(read.contacts) == 11


def test_the_alias_can_be_chosen_and_is_cleaned(demo):
    """An alias replaces the profile name; an empty one is refused with a reason."""
    assert participant_export(demo, alias="  S. R.  ", today=MONDAY)["alias"] == "S. R."
    with pytest.raises(InputError, match="alias"):
        participant_export(demo, alias="   ", today=MONDAY)


def test_an_export_without_a_profile_or_alias_says_what_to_do(workspace):
    """A participant with no profile is asked to save one (or give an alias)."""
    with pytest.raises(ExportError, match="profile"):
        participant_export(workspace, today=MONDAY)
    assert participant_export(workspace, alias="Kim", today=MONDAY)["activity"] == []


def test_activities_after_the_export_date_are_left_out(demo):
    """An export made on a date counts nothing after that date."""
    data = participant_export(demo, today=date(2026, 2, 20))
    assert max(row["date"] for row in data["activity"]) <= "2026-02-20"
    cohort.parse_export(data, today=date(2026, 2, 20))


def test_re_exporting_replaces_only_this_participants_file(demo, tmp_path):
    """A second export overwrites the first; another participant's file is untouched."""
    other = tmp_path / "0123456789abcdef.json"
    other.write_text('{"someone": "else"}')
    first = write_participant_export(demo, tmp_path, today=date(2026, 3, 13))
    second = write_participant_export(demo, tmp_path, today=MONDAY)
    assert first == second == tmp_path / export_file_name(demo)
    assert json.loads(second.read_text())["exported_on"] == "2026-03-16"
    assert other.read_text() == '{"someone": "else"}'
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([other.name, second.name])


def test_the_file_name_is_the_workspace_id_and_never_changes(file_workspace):
    """The id is made once and kept, even after the workspace is closed and reopened."""
    name = export_file_name(file_workspace)
    path = file_workspace.path
    file_workspace.close()
    with Workspace(path) as again:
        assert export_file_name(again) == name
    assert len(name) == len("0" * 32 + ".json")


def test_a_failed_write_leaves_neither_a_half_file_nor_a_temporary(demo, tmp_path, monkeypatch):
    """If renaming fails, the old export stays whole and no temporary file is left."""
    path = write_participant_export(demo, tmp_path, today=date(2026, 3, 13))
    before = path.read_bytes()

    def broken_replace(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ExportError, match="nothing was left half-written"):
        write_participant_export(demo, tmp_path, today=MONDAY)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_an_interrupted_write_removes_its_temporary_file(demo, tmp_path, monkeypatch):
    """Even a KeyboardInterrupt mid-write leaves no hidden temporary behind."""

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_participant_export(demo, tmp_path, today=MONDAY)
    assert list(tmp_path.iterdir()) == []


def test_the_collection_folder_comes_from_the_environment(demo, tmp_path, monkeypatch):
    """INFOINTERVIEW_COLLECTION names the folder when none is given."""
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", str(tmp_path))
    assert write_participant_export(demo, today=MONDAY).parent == tmp_path


def test_no_collection_folder_is_a_clear_message(demo, tmp_path, monkeypatch):
    """Without a folder, or with a missing one, the message says what to do."""
    monkeypatch.delenv("INFOINTERVIEW_COLLECTION", raising=False)
    with pytest.raises(ExportError, match="INFOINTERVIEW_COLLECTION"):
        write_participant_export(demo, today=MONDAY)
    with pytest.raises(ExportError, match="does not exist"):
        write_participant_export(demo, tmp_path / "missing", today=MONDAY)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_participants_may_not_write_to_is_explained(demo, tmp_path):
    """A read-only collection folder gets a message naming the folder."""
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="Could not write into the collection folder"):
            write_participant_export(demo, tmp_path, today=MONDAY)
    finally:
        tmp_path.chmod(0o755)


def test_in_a_setgid_drop_box_only_the_group_may_read(demo, tmp_path):
    """With the setgid bit on the folder, the export is readable by its group, not others."""
    tmp_path.chmod(0o2770)
    path = write_participant_export(demo, tmp_path, today=MONDAY)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    tmp_path.chmod(0o755)
    assert stat.S_IMODE(write_participant_export(demo, tmp_path).stat().st_mode) == 0o644


@pytest.mark.parametrize("folder", ["~no-such-user-here/collection", "x" * 1_000])
def test_an_impossible_folder_name_is_a_clear_message(demo, folder, monkeypatch):
    """A ~user nobody has, or a name too long for the disk, is explained, not a crash
    (found by fuzzing: RuntimeError and OSError escaped)."""
    with pytest.raises(ExportError, match="folder"):
        write_participant_export(demo, folder, today=MONDAY)
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", folder)
    with pytest.raises(ExportError, match="folder"):
        write_participant_export(demo, today=MONDAY)


def test_an_empty_folder_name_is_no_folder_not_the_current_one(demo, tmp_path, monkeypatch):
    """ "" falls back to INFOINTERVIEW_COLLECTION instead of writing where Python happens to run
    (found by fuzzing: the export landed in the working directory)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INFOINTERVIEW_COLLECTION", raising=False)
    with pytest.raises(ExportError, match="no collection folder"):
        write_participant_export(demo, "", today=MONDAY)
    assert list(tmp_path.iterdir()) == []


def test_the_old_variable_name_is_read_when_the_new_one_is_unset(demo, tmp_path, monkeypatch):
    """INFOINTERVIEW_EXCHANGE (the old name) names the folder while INFOINTERVIEW_COLLECTION is
    unset or blank, so hubs set up before the rename keep working."""
    monkeypatch.setenv("INFOINTERVIEW_EXCHANGE", str(tmp_path))
    monkeypatch.delenv("INFOINTERVIEW_COLLECTION", raising=False)
    assert collection_folder() == tmp_path
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", "  ")
    assert write_participant_export(demo, today=MONDAY).parent == tmp_path
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", str(tmp_path / "new"))
    assert collection_folder() == tmp_path / "new"

"""Tests for infointerview.store: the workspace keeps work safe between sittings."""

import sqlite3
import threading
from datetime import date

import pytest

from infointerview.model import ActivityKind, Channel, Goal, InputError, Profile, Stage
from infointerview.store import (
    FILE_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    Workspace,
    WorkspaceError,
    default_home,
)

DAY = date(2026, 3, 16)


def test_a_fresh_workspace_is_empty_and_current(workspace):
    """A new workspace has the latest schema and holds nothing yet."""
    assert workspace.schema_version == SCHEMA_VERSION
    assert workspace.is_empty()
    assert workspace.profile() is None
    assert workspace.contacts() == []
    assert workspace.summary() == {"contacts": 0, "activities": 0, "practice": 0}


def test_the_default_location_follows_infointerview_home(tmp_path, monkeypatch):
    """INFOINTERVIEW_HOME chooses the folder; the file inside it is workspace.sqlite."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path / "mine"))
    assert default_home() == tmp_path / "mine"
    assert Workspace().location == str(tmp_path / "mine" / FILE_NAME)


def test_without_infointerview_home_the_workspace_lives_in_the_home_folder(monkeypatch):
    """With no override the workspace is ~/.infointerview/workspace.sqlite."""
    monkeypatch.delenv("INFOINTERVIEW_HOME")
    assert default_home().name == ".infointerview"


def test_a_missing_home_folder_is_created(tmp_path):
    """Opening a workspace in a folder that does not exist yet creates the folder."""
    path = tmp_path / "new" / "nested" / FILE_NAME
    with Workspace(path) as workspace:
        workspace.save_profile(Profile.from_input("Sam", "nursing", ["job"]))
    assert path.is_file()


def test_everything_saved_is_there_after_reopening(tmp_path):
    """Profile, contacts, stages and the log survive closing and reopening the file."""
    path = tmp_path / FILE_NAME
    with Workspace(path) as workspace:
        workspace.save_profile(Profile.from_input("Sam", "nursing", ["job", "advice"]))
        contact = workspace.add_contact("Amara Okafor", organisation="Metro Transit", on=DAY)
        workspace.set_stage(contact.id, Stage.RESEARCHED, on=DAY)
        workspace.log(ActivityKind.REQUEST_SENT, on=DAY, contact_id=contact.id, detail="By email")
    with Workspace(path) as reopened:
        assert reopened.profile().goals == (Goal.JOB, Goal.ADVICE)
        [saved] = reopened.contacts()
        assert (saved.name, saved.organisation, saved.stage) == (
            "Amara Okafor",
            "Metro Transit",
            Stage.RESEARCHED,
        )
        kinds = [a.kind for a in reopened.activities()]
        assert kinds == [ActivityKind.CONTACT_ADDED, ActivityKind.REQUEST_SENT]


def test_a_file_workspace_uses_wal_and_waits_when_busy(file_workspace):
    """The file is in WAL mode with a busy timeout, so two kernels can share it."""
    conn = file_workspace._connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_the_activity_log_is_append_only(file_workspace):
    """Updating or deleting a logged activity is refused by the database itself."""
    file_workspace.log(ActivityKind.OTHER, detail="Went to a meetup")
    conn = file_workspace._connection()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE activity SET detail = 'changed'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM activity")
    assert file_workspace.activities()[0].detail == "Went to a meetup"


def test_a_write_that_fails_halfway_saves_nothing(workspace, monkeypatch):
    """Adding a contact and logging it happen together or not at all."""

    def broken(*_args, **_kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr("infointerview.store.contacts.append_activity", broken)
    with pytest.raises(RuntimeError):
        workspace.add_contact("Amara Okafor")
    assert workspace.contacts() == []


def test_saving_the_profile_again_replaces_it(workspace, pinned_today):
    """There is one profile; saving again updates it and stamps the time."""
    workspace.save_profile(Profile.from_input("Sam", "nursing", ["job"]))
    workspace.save_profile(Profile.from_input("Sam R.", "midwifery", ["advice"]))
    profile = workspace.profile()
    assert (profile.name, profile.field_of_interest, profile.goals) == (
        "Sam R.",
        "midwifery",
        (Goal.ADVICE,),
    )
    assert profile.updated_at.date() == pinned_today


def test_a_profile_that_bypassed_the_form_is_still_checked(workspace):
    """The store refuses an invalid profile even when it was built by hand."""
    with pytest.raises(InputError):
        workspace.save_profile(Profile("", "nursing", (Goal.JOB,)))
    assert workspace.profile() is None


def test_stage_changes_are_kept_in_order(workspace):
    """Each stage a contact passes through is recorded with its day."""
    contact = workspace.add_contact("Grace Liu", on=date(2026, 3, 2))
    workspace.set_stage(contact.id, "researched", on=date(2026, 3, 3))
    workspace.set_stage(contact.id, Stage.REQUESTED, on=date(2026, 3, 4))
    history = workspace.stage_history(contact.id)
    assert [(stage, day.day) for _, stage, day in history] == [
        (Stage.IDENTIFIED, 2),
        (Stage.RESEARCHED, 3),
        (Stage.REQUESTED, 4),
    ]


def test_contact_input_is_checked_field_by_field(workspace):
    """Every bad contact field is reported in one go, and nothing is saved."""
    with pytest.raises(InputError) as error:
        workspace.add_contact(" ", email="not an email", channel="pigeon", role="r" * 500)
    problems = " ".join(error.value.problems)
    assert "contact's name" in problems
    assert "500 characters" in problems
    assert "name@example.org" in problems
    assert "'pigeon'" in problems
    assert workspace.contacts() == []


def test_a_contact_keeps_every_detail(workspace):
    """All contact fields, including multi-line notes, come back as entered."""
    contact = workspace.add_contact(
        "Tomás Herrera",
        role="Mobility consultant",
        organisation="Crossway",
        industry="Consulting",
        connection="Online group",
        channel=Channel.PHONE,
        email="t@example.org",
        notes="Met twice.\nPrefers mornings.",
        on=DAY,
    )
    assert workspace.contact(contact.id) == contact
    assert contact.notes == "Met twice.\nPrefers mornings." and contact.channel is Channel.PHONE


def test_asking_for_a_missing_contact_is_explained(workspace):
    """Looking up a contact that does not exist says so plainly."""
    with pytest.raises(LookupError, match="no contact number 7"):
        workspace.contact(7)
    with pytest.raises(LookupError):
        workspace.log(ActivityKind.REQUEST_SENT, contact_id=7)


def test_unknown_activity_kinds_are_refused(workspace):
    """Only the workshop's activity kinds can be logged."""
    with pytest.raises(InputError, match="'party' is not a kind"):
        workspace.log("party")


def test_activities_can_be_filtered_by_dates_and_kind(workspace):
    """The log answers "what happened between these days" and "how many of this kind"."""
    for day in (2, 9, 16):
        workspace.log(ActivityKind.OTHER, on=date(2026, 3, day))
    workspace.log(ActivityKind.REQUEST_SENT, on=date(2026, 3, 9))
    found = workspace.activities(since=date(2026, 3, 5), until=date(2026, 3, 10))
    assert [a.happened_on.day for a in found] == [9, 9]
    assert len(workspace.activities(kind="request_sent")) == 1


def test_subscribers_hear_about_saved_changes_only(workspace):
    """Open panels are told after a change is saved, not after a refused one."""
    heard = []
    workspace.subscribe(heard.append)
    workspace.log(ActivityKind.OTHER)
    with pytest.raises(InputError):
        workspace.add_contact("")
    assert [change.what for change in heard] == ["activity"]


# --- files that are not healthy workspaces ------------------------------------------------


def _assert_untouched(path, before: bytes) -> None:
    assert path.read_bytes() == before, "the file must never be overwritten"


def test_a_file_that_is_not_a_database_is_named_and_left_alone(tmp_path):
    """Random bytes get a message naming the file, and the bytes stay as they were."""
    path = tmp_path / FILE_NAME
    path.write_bytes(bytes(range(256)) * 8)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="not an SQLite database") as error:
        Workspace(path).open()
    assert str(path) in str(error.value) and error.value.replaceable
    _assert_untouched(path, before)


def test_another_programs_database_is_named_and_left_alone(tmp_path):
    """An SQLite file from another application is not mistaken for a workspace."""
    path = tmp_path / FILE_NAME
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE recipes (name TEXT)")
        other.execute("INSERT INTO recipes VALUES ('soup')")
    other.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="another program's database") as error:
        Workspace(path).open()
    assert str(path) in str(error.value)
    _assert_untouched(path, before)


def test_a_truncated_workspace_is_reported_as_damaged(tmp_path):
    """A workspace cut short (a crashed copy, a full disk) is reported, not overwritten."""
    path = tmp_path / FILE_NAME
    with Workspace(path) as workspace:
        for number in range(200):
            workspace.log(ActivityKind.OTHER, detail=f"activity {number} " + "x" * 200)
        workspace._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as error, Workspace(path) as damaged:
        damaged.activities()
    assert "damaged" in str(error.value) and str(path) in str(error.value)
    _assert_untouched(path, before)


def test_a_workspace_from_a_newer_version_is_refused_untouched(tmp_path):
    """A file written by a newer package says to upgrade (or start afresh), and is not changed."""
    path = tmp_path / FILE_NAME
    with Workspace(path) as workspace:
        workspace._connection().execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        workspace._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="newer version") as error:
        Workspace(path).open()
    assert "pip install -U infointerview" in str(error.value)
    assert error.value.replaceable  # starting afresh keeps the newer file aside
    _assert_untouched(path, before)


def test_a_schema_version_that_is_not_a_number_is_reported_as_damage(tmp_path):
    """A hand-edited version number is reported as damage, not as a crash."""
    path = tmp_path / FILE_NAME
    with Workspace(path) as workspace:
        workspace._connection().execute("UPDATE meta SET value = 'x' WHERE key = 'schema_version'")
    with pytest.raises(WorkspaceError, match="is damaged") as error:
        Workspace(path).open()
    assert error.value.replaceable


def test_a_folder_where_the_file_should_be_is_explained(tmp_path):
    """A folder in the workspace file's place gets a message, not a crash."""
    (tmp_path / FILE_NAME).mkdir()
    (tmp_path / FILE_NAME / "keep.txt").write_text("mine")
    workspace = Workspace(tmp_path / FILE_NAME)
    with pytest.raises(WorkspaceError, match="is a folder") as error:
        workspace.open()
    assert error.value.replaceable
    moved = workspace.start_fresh()
    assert (moved / "keep.txt").read_text() == "mine"  # the folder is kept aside, whole
    assert workspace.summary() == {"contacts": 0, "activities": 0, "practice": 0}


def test_a_home_that_cannot_be_created_is_explained(tmp_path):
    """When the home folder cannot be made, the message says to set INFOINTERVIEW_HOME."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(WorkspaceError, match="INFOINTERVIEW_HOME"):
        Workspace(blocker / "home" / FILE_NAME).open()


def test_starting_fresh_keeps_the_old_file_aside(tmp_path):
    """Start fresh moves the unusable file to a dated name, byte for byte, and opens anew."""
    path = tmp_path / FILE_NAME
    path.write_bytes(b"this was never a database" * 10)
    before = path.read_bytes()
    workspace = Workspace(path)
    with pytest.raises(WorkspaceError):
        workspace.open()
    moved = workspace.start_fresh()
    assert moved.read_bytes() == before
    assert moved.name.startswith(f"{FILE_NAME}.unreadable-")
    assert workspace.is_empty() and workspace.schema_version == SCHEMA_VERSION
    workspace.close()


def test_an_older_workspace_is_migrated_without_losing_work(tmp_path):
    """Opening a file made by an older schema runs the later steps and keeps the data."""
    path = tmp_path / FILE_NAME
    with Workspace(path, migrations=MIGRATIONS) as old:
        old.add_contact("Amara Okafor")
    extra_step = "ALTER TABLE contacts ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';"
    with Workspace(path, migrations=(*MIGRATIONS, extra_step)) as newer:
        assert newer.schema_version == SCHEMA_VERSION + 1
        assert [c.name for c in newer.contacts()] == ["Amara Okafor"]
        columns = [row[1] for row in newer._connection().execute("PRAGMA table_info(contacts)")]
        assert "pronouns" in columns


def test_a_migration_that_fails_leaves_the_file_as_it_was(tmp_path):
    """A broken migration step is rolled back: the version and the data stay put."""
    path = tmp_path / FILE_NAME
    with Workspace(path) as old:
        old.add_contact("Amara Okafor")
    with pytest.raises(WorkspaceError):
        Workspace(path, migrations=(*MIGRATIONS, "ALTER TABLE nowhere ADD COLUMN x;")).open()
    with Workspace(path) as reopened:
        assert reopened.schema_version == SCHEMA_VERSION
        assert len(reopened.contacts()) == 1


def test_two_workspaces_on_one_file_see_each_others_writes(tmp_path):
    """Two kernels of the same participant share one file safely."""
    path = tmp_path / FILE_NAME
    with Workspace(path) as first, Workspace(path) as second:
        first.log(ActivityKind.OTHER, detail="from the first kernel")
        second.log(ActivityKind.OTHER, detail="from the second kernel")
        assert [a.detail for a in first.activities()] == [
            "from the first kernel",
            "from the second kernel",
        ]


def test_a_new_workspace_waits_while_another_kernel_holds_the_file(tmp_path):
    """Opening waits for a lock another process holds instead of saying "locked" at once."""
    path = tmp_path / FILE_NAME
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA application_id = 1229999187")  # the other kernel made the file
    holder.execute("BEGIN IMMEDIATE")  # and is still setting it up
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        # SQLite refuses a journal-mode change at once, without waiting, meanwhile.
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            sqlite3.connect(path, timeout=0, isolation_level=None).execute(
                "PRAGMA journal_mode = WAL"
            )
        with Workspace(path) as workspace:
            assert workspace.schema_version == SCHEMA_VERSION
    finally:
        release.join()
        holder.close()


def test_the_same_contact_cannot_be_added_twice(workspace):
    """Adding someone already in the contacts (same name and organisation) is refused."""
    workspace.add_contact("Maria Lopez", organisation="City Museum")
    with pytest.raises(InputError, match="already have Maria Lopez at City Museum"):
        workspace.add_contact("maria lopez", organisation="city museum")
    workspace.add_contact("Maria Lopez", organisation="Harbour Trust")  # a different person
    assert len(workspace.contacts()) == 2


def test_a_contact_dated_in_the_future_or_before_1970_is_refused(workspace, pinned_today):
    """A contact's day is checked like any logged day, so exports stay readable."""
    with pytest.raises(InputError, match="in the future"):
        workspace.add_contact("Ana", on=date(2180, 7, 1))
    with pytest.raises(InputError, match="before 1970"):
        workspace.add_contact("Ana", on=date(1950, 1, 1))
    assert workspace.contacts() == []


def test_an_unknown_stage_or_a_future_stage_change_is_explained(workspace, pinned_today):
    """A stage that does not exist, or a change dated ahead, gets a sentence, not a crash."""
    contact = workspace.add_contact("Ana")
    with pytest.raises(InputError, match="'' is not a stage; choose one of: identified"):
        workspace.set_stage(contact.id, "")
    with pytest.raises(InputError, match="in the future"):
        workspace.set_stage(contact.id, Stage.MET, on=date(2161, 7, 29))
    assert workspace.contact(contact.id).stage is Stage.IDENTIFIED


def test_numbers_too_large_for_sqlite_are_simply_not_found(workspace):
    """An id beyond what SQLite can hold is a LookupError like any unknown id."""
    for call in (
        lambda: workspace.contact(2**63),
        lambda: workspace.activity(-(2**64)),
        lambda: workspace.save_draft(2**70, "request", "Hello"),
        lambda: workspace.save_question_notes(2**63, "notes"),
    ):
        with pytest.raises(LookupError, match="nothing with that number|no contact"):
            call()


def test_a_home_for_an_unknown_user_is_explained(monkeypatch):
    """INFOINTERVIEW_HOME=~nobody-here/x is named with what to do, not a RuntimeError."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", "~no-such-user-here/work")
    with pytest.raises(WorkspaceError, match="starts with ~, but that user's home"):
        Workspace().open()


def test_a_callback_on_another_thread_can_save(tmp_path):
    """JupyterLab may run widget callbacks on a kernel subshell thread: saving still works."""
    workspace = Workspace(tmp_path / FILE_NAME)
    workspace.add_contact("Ada Tan")
    failures = []

    def from_a_subshell():
        try:
            workspace.log(ActivityKind.OTHER, detail="typed in JupyterLab")
        except Exception as error:  # noqa: BLE001 - the test reports whatever it was
            failures.append(error)

    thread = threading.Thread(target=from_a_subshell)
    thread.start()
    thread.join()
    assert failures == []
    assert workspace.activities()[-1].detail == "typed in JupyterLab"

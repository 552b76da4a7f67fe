"""Practice is never real: what is done with a practice contact stays out of every surface."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from infointerview import cohort, content, networking
from infointerview.demo import fill_demo
from infointerview.due import due_items
from infointerview.export import activity_csv, participant_export
from infointerview.ics import calendar_bytes
from infointerview.model import ActivityKind, Debrief, InputError, Stage
from infointerview.progress import phase_progress
from infointerview.stages import (
    log_keep_in_touch,
    log_meeting,
    log_request,
    log_thank_you,
    note_research,
    record_reply,
)
from infointerview.store import MeetingPlan, Workspace

MONDAY = date(2026, 3, 16)


def _practise(workspace: Workspace) -> int:
    """Take a practice contact through every step the workshop has, as a participant would."""
    contact = workspace.add_contact(
        "Leila Haddad", organisation="St Anne's Hospital", practice="pharmacist", on=MONDAY
    )
    checklist = content.research_checklist()
    for item in checklist.items:
        workspace.save_research(contact.id, item.id, done=True, notes="from her profile")
    note_research(workspace, contact.id, checklist, on=MONDAY)
    workspace.save_draft(contact.id, "request", "Dear Dr Haddad, twenty minutes?")
    log_request(
        workspace,
        contact.id,
        "Dear Dr Haddad, could I ask for 20 minutes, at a time that suits you? Thank you.",
        on=MONDAY,
    )
    record_reply(workspace, contact.id, "accepted", on=MONDAY)
    workspace.save_question_plan(contact.id, [("", "How did you start?", 4)])
    workspace.save_meeting_plan(MeetingPlan(contact.id, 20, meeting_on=MONDAY + timedelta(3)))
    log_meeting(workspace, contact.id, "She started in community pharmacy.", on=MONDAY)
    workspace.save_debrief(Debrief(contact.id, learned="Hospital rotations matter."))
    log_thank_you(
        workspace, contact.id, "Dear Dr Haddad, thank you for the rotations tip.", on=MONDAY
    )
    log_keep_in_touch(workspace, contact.id, "Told her I applied for a rotation.", on=MONDAY)
    workspace.log(ActivityKind.OTHER, contact_id=contact.id, detail="Practice chat", on=MONDAY)
    return contact.id


@pytest.fixture
def pair(tmp_path, monkeypatch):
    """The demo participant twice: as they are, and with a practice contact taken all the way."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", MONDAY.isoformat())
    real = Workspace(tmp_path / "real.sqlite")
    practised = Workspace(tmp_path / "practised.sqlite")
    for workspace in (real, practised):
        fill_demo(workspace, today=MONDAY)
        workspace.set_participant_id("0" * 32)
    practice_id = _practise(practised)
    yield real, practised, practice_id
    real.close()
    practised.close()


def test_the_practice_contact_is_kept_and_marked(pair):
    """Everything done in practice is saved, and the contact says it is practice."""
    _, practised, practice_id = pair
    contact = practised.contact(practice_id)
    assert contact.is_practice and contact.shown_name == "Practice: Leila Haddad"
    assert contact.stage is Stage.KEEPING_IN_TOUCH
    assert practised.activities(contact_id=practice_id)
    assert practised.debrief(practice_id).learned == "Hospital rotations matter."


def test_practice_stays_out_of_the_activity_log_and_its_charts(pair):
    """Weekly activity, the funnel, lags and timelines are the same as without practice."""
    real, practised, _ = pair

    def charted(workspace: Workspace) -> tuple:
        activities = workspace.activities()
        history = workspace.stage_history()
        return (
            networking.weekly_activity(activities, today=MONDAY, weeks=8),
            networking.funnel(history),
            networking.lags(activities),
            networking.timelines(workspace.contacts(), history, today=MONDAY),
        )

    assert charted(practised) == charted(real)


def test_practice_stays_out_of_progress(pair):
    """The progress table reads the same with and without practice."""
    real, practised, _ = pair
    assert phase_progress(practised, today=MONDAY) == phase_progress(real, today=MONDAY)


def test_practice_stays_out_of_due_dates_and_the_calendar(pair):
    """No thank-you or keep-in-touch date for a practice contact; the calendar file is equal."""
    real, practised, practice_id = pair
    due = due_items(practised, today=MONDAY)
    assert all(item.contact.id != practice_id for item in due)
    made = datetime(2026, 3, 16, 9, tzinfo=UTC)  # the same moment: DTSTAMP says when it was made
    assert calendar_bytes(due, made_at=made) == calendar_bytes(
        due_items(real, today=MONDAY), made_at=made
    )


def test_practice_stays_out_of_exports_and_the_cohort(pair):
    """The instructor's export (with contacts too), the CSV and the cohort's reading are equal."""
    real, practised, _ = pair
    for include in (False, True):
        mine = participant_export(practised, include_contacts=include, today=MONDAY)
        theirs = participant_export(real, include_contacts=include, today=MONDAY)
        assert json.dumps(mine, sort_keys=True) == json.dumps(theirs, sort_keys=True)
        assert "Haddad" not in json.dumps(mine)
    assert cohort.parse_export(mine, today=MONDAY) == cohort.parse_export(theirs, today=MONDAY)
    assert activity_csv(practised) == activity_csv(real)
    assert practised.summary()["contacts"] == real.summary()["contacts"]
    assert practised.summary()["practice"] == 1


def _dump(workspace: Workspace) -> list[str]:
    return list(workspace._connection().iterdump())


def test_clearing_practice_leaves_real_records_byte_identical(tmp_path, monkeypatch):
    """After clearing, the workspace holds exactly what it held before the practice."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", MONDAY.isoformat())
    with Workspace(tmp_path / "workspace.sqlite") as workspace:
        fill_demo(workspace, today=MONDAY)
        before = _dump(workspace)
        practice_id = _practise(workspace)
        workspace.clear_practice(practice_id)
        assert _dump(workspace) == before
        with pytest.raises(LookupError):
            workspace.contact(practice_id)


def test_a_real_contact_can_never_be_cleared(workspace):
    """Clearing is for practice only: real work is never deleted."""
    contact = workspace.add_contact("Amara Okafor")
    with pytest.raises(InputError, match="real contact"):
        workspace.clear_practice(contact.id)
    assert workspace.contact(contact.id).name == "Amara Okafor"


def test_practice_can_never_become_real(workspace):
    """A practice contact stays practice, whatever route a write takes."""
    import sqlite3

    contact = workspace.add_contact("Leila Haddad", practice="pharmacist")
    with pytest.raises(sqlite3.IntegrityError, match="practice is never real"):
        workspace._connection().execute(
            "UPDATE contacts SET practice = '' WHERE id = ?", (contact.id,)
        )


def test_real_history_stays_append_only(workspace):
    """Only practice rows may be deleted; a real contact's log and stages cannot be."""
    import sqlite3

    contact = workspace.add_contact("Amara Okafor")
    connection = workspace._connection()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute("DELETE FROM activity WHERE contact_id = ?", (contact.id,))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute("DELETE FROM stage_history WHERE contact_id = ?", (contact.id,))

"""Tests for infointerview.stages: requests, replies, 3B7 dates, and a no that is final."""

from datetime import date

import pytest

from infointerview import content
from infointerview.cli import main as cli_main
from infointerview.model import ActivityKind, DeclinedError, InputError, Stage
from infointerview.stages import (
    StageError,
    add_business_days,
    follow_up_dates,
    log_follow_up,
    log_request,
    note_research,
    record_reply,
    research_warning,
    stage_table,
)
from infointerview.store import FILE_NAME, Workspace

MONDAY = date(2026, 3, 16)
DRAFT = "Thank you! Could we talk for 20 minutes, whenever suits you?"


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 3, 16), 3, date(2026, 3, 19)),  # Monday + 3 = Thursday
        (date(2026, 3, 19), 3, date(2026, 3, 24)),  # Thursday + 3 skips the weekend
        (date(2026, 3, 20), 1, date(2026, 3, 23)),  # Friday + 1 = Monday
        (date(2026, 3, 21), 1, date(2026, 3, 23)),  # from a Saturday, the next working day
        (date(2026, 3, 27), 7, date(2026, 4, 7)),  # over a weekend and a month end
        (date(2026, 12, 30), 3, date(2027, 1, 4)),  # over the year end
    ],
)
def test_business_days_skip_weekends(start, days, expected):
    """Counting business days passes over Saturdays and Sundays, months and years."""
    assert add_business_days(start, days) == expected


def test_business_days_answer_any_count_at_once():
    """A huge count is refused quickly instead of looping for ever; negative is refused too
    (found by fuzzing)."""
    assert add_business_days(MONDAY, 5 * 52) == date(2027, 3, 15)
    with pytest.raises(InputError, match="past the end of the calendar"):
        add_business_days(MONDAY, 10**12)
    with pytest.raises(InputError, match="forwards only"):
        add_business_days(MONDAY, -1)


def test_the_3b7_dates_follow_a_request():
    """3 business days: try someone else there; 7 business days: follow up once."""
    dates = follow_up_dates(date(2026, 3, 19))  # a Thursday
    assert dates.second_contact_on == date(2026, 3, 24)
    assert dates.follow_up_on == date(2026, 3, 30)


@pytest.fixture
def asked(workspace):
    """A contact who has been sent a request on a Monday."""
    contact = workspace.add_contact("Grace Liu", organisation="Harbourside Council", on=MONDAY)
    log_request(workspace, contact.id, DRAFT, on=MONDAY)
    return contact


def test_logging_a_request_moves_the_contact_on(workspace, asked):
    """A logged request is in the activity log with its text, and the stage is 'requested'."""
    assert workspace.contact(asked.id).stage is Stage.REQUESTED
    [activity] = workspace.activities(kind=ActivityKind.REQUEST_SENT)
    assert activity.detail == DRAFT and activity.happened_on == MONDAY


def test_a_contact_cannot_be_asked_twice_while_waiting(workspace, asked):
    """A second request while waiting points to the 3B7 routine instead."""
    with pytest.raises(StageError, match="already asked Grace Liu on 16 March"):
        log_request(workspace, asked.id, DRAFT)


@pytest.mark.parametrize("route", ["api-request", "api-follow-up", "stage", "raw-sql"])
def test_declined_is_final_by_every_route(workspace, asked, route):
    """Once a contact says no, no request, follow-up or stage change gets through."""
    record_reply(workspace, asked.id, "declined", on=date(2026, 3, 18))
    with pytest.raises(DeclinedError, match="Grace Liu said no on 18 March 2026"):
        if route == "api-request":
            log_request(workspace, asked.id, DRAFT)
        elif route == "api-follow-up":
            log_follow_up(workspace, asked.id)
        elif route == "stage":
            workspace.set_stage(asked.id, Stage.REQUESTED)
        else:
            workspace.log(ActivityKind.REQUEST_SENT, contact_id=asked.id)
    assert len(workspace.activities(kind=ActivityKind.REQUEST_SENT)) == 1
    assert workspace.contact(asked.id).stage is Stage.DECLINED


def test_the_database_itself_refuses_a_request_to_a_declined_contact(workspace, asked):
    """Even a write that skips the package's checks is stopped by the database."""
    import sqlite3

    record_reply(workspace, asked.id, "declined")
    conn = workspace._connection()
    with pytest.raises(sqlite3.IntegrityError, match="declined is final"):
        conn.execute(
            "INSERT INTO activity(happened_on, kind, contact_id, detail, recorded_at) "
            "VALUES ('2026-03-20', 'request_sent', ?, '', '2026-03-20T10:00:00')",
            (asked.id,),
        )
    with pytest.raises(sqlite3.IntegrityError, match="declined is final"):
        conn.execute("UPDATE contacts SET stage = 'requested' WHERE id = ?", (asked.id,))


def test_the_command_line_refuses_a_declined_contact(tmp_path, monkeypatch, capsys):
    """`infointerview check request FILE --contact NAME` refuses someone who said no."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    with Workspace(tmp_path / FILE_NAME) as workspace:
        contact = workspace.add_contact("Grace Liu", on=MONDAY)
        log_request(workspace, contact.id, DRAFT, on=MONDAY)
        record_reply(workspace, contact.id, "declined", on=MONDAY)
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT)
    assert cli_main(["check", "request", str(draft), "--contact", "grace liu"]) == 2
    assert "said no on 16 March 2026" in capsys.readouterr().err


def test_a_yes_moves_the_contact_to_accepted(workspace, asked):
    """Recording a yes logs the reply and moves the contact on."""
    record_reply(workspace, asked.id, "accepted")
    assert workspace.contact(asked.id).stage is Stage.ACCEPTED
    with pytest.raises(StageError, match="already said yes"):
        log_request(workspace, asked.id, DRAFT)


def test_one_follow_up_only(workspace, asked):
    """No reply allows exactly one follow-up, not before seven business days; never a second."""
    record_reply(workspace, asked.id, "no_reply")
    with pytest.raises(StageError, match="too soon to follow up.*until 25 March"):
        log_follow_up(workspace, asked.id, on=date(2026, 3, 20))
    log_follow_up(workspace, asked.id, on=date(2026, 3, 25))
    assert workspace.contact(asked.id).stage is Stage.FOLLOWED_UP
    with pytest.raises(StageError, match="One follow-up is enough"):
        log_follow_up(workspace, asked.id)


def test_replies_need_a_request_first(workspace):
    """A reply cannot be recorded for someone never asked."""
    contact = workspace.add_contact("Luca Romano")
    with pytest.raises(StageError, match="Log a request first"):
        record_reply(workspace, contact.id, "accepted")
    with pytest.raises(StageError, match="accepted, declined, later, no reply"):
        record_reply(workspace, contact.id, "maybe")


def test_an_empty_request_is_refused(workspace):
    """Logging an empty draft is refused with a message."""
    contact = workspace.add_contact("Luca Romano")
    with pytest.raises(Exception, match="empty"):
        log_request(workspace, contact.id, "   ")


def test_research_makes_a_contact_researched_once_the_short_list_is_done(workspace):
    """Ticking the 'before you ask' items moves a contact to 'researched' and logs it once;
    the rest of the checklist is not needed for that."""
    checklist = content.research_checklist()
    contact = workspace.add_contact("Fatima Noor")
    assert "0 of the 5" in research_warning(workspace, contact.id, checklist)
    short = [item for item in checklist.items if item.before_you_ask]
    for item in short:
        assert workspace.contact(contact.id).stage is Stage.IDENTIFIED
        workspace.save_research(contact.id, item.id, done=True)
        note_research(workspace, contact.id, checklist)
    assert workspace.contact(contact.id).stage is Stage.RESEARCHED
    assert len(workspace.activities(kind=ActivityKind.RESEARCH_DONE)) == 1
    assert research_warning(workspace, contact.id, checklist) is None


def test_the_pipeline_table_says_what_to_do_next(workspace, asked):
    """Each contact gets a next step; a quiet request shows when to act."""
    [row] = stage_table(workspace, today=date(2026, 3, 20))
    assert row.asked_on == MONDAY
    assert "Try a second person at Harbourside Council" in row.next_step
    [row] = stage_table(workspace, today=date(2026, 3, 25))
    assert row.next_step.startswith("Follow up once now (due 25 March)")


def test_a_reply_cannot_be_dated_in_the_future(workspace, asked):
    """'No reply' on a day to come is refused like every other step (found by fuzzing)."""
    with pytest.raises(InputError, match="The reply cannot be dated in the future"):
        record_reply(workspace, asked.id, "no_reply", on=date(2171, 10, 26))
    assert workspace.contact(asked.id).stage is Stage.REQUESTED
    assert all(day <= MONDAY for _, _, day in workspace.stage_history(asked.id))


def test_a_thank_you_note_is_refused_for_its_own_length(workspace, asked):
    """A note that fits the log with its format is kept; a longer one is refused by name
    (found by fuzzing: a 1,999-character note was refused as "the activity's detail")."""
    from infointerview.stages import log_meeting, log_thank_you

    record_reply(workspace, asked.id, "accepted", on=MONDAY)
    log_meeting(workspace, asked.id, "Talked about the harbour plan.", on=MONDAY)
    with pytest.raises(InputError, match="The thank-you note is 1,999 characters long"):
        log_thank_you(workspace, asked.id, "a" * 1_999, format="card", on=MONDAY)
    logged = log_thank_you(workspace, asked.id, "a" * 1_993, format="card", on=MONDAY)
    assert logged.detail == "[card] " + "a" * 1_993


def test_a_placeholder_refusal_is_a_whole_sentence(workspace, asked):
    """The message naming a [bracketed] part left to fill in ends as a sentence (fuzzing)."""
    other = workspace.add_contact("Sam Lee", on=MONDAY)
    with pytest.raises(StageError) as refused:
        log_request(workspace, other.id, "Thank you, [your name]", on=MONDAY)
    assert str(refused.value).endswith("[your name].")

"""Tests for infointerview.networking: the numbers behind the phase 6 charts."""

from datetime import date, timedelta

import pytest

from infointerview.demo import fill_demo
from infointerview.model import Activity, ActivityKind, InputError, Stage
from infointerview.networking import (
    funnel,
    lags,
    target_progress,
    timelines,
    week_starts,
    weekly_activity,
)

MONDAY = date(2026, 3, 16)


def _activity(n, day, kind, contact=None):
    return Activity(n, day, ActivityKind(kind), contact)


def test_weekly_counts_fall_in_the_right_weeks():
    """Activities are counted per kind in their Monday-to-Sunday week; later ones are ignored."""
    log = [
        _activity(1, date(2026, 3, 9), "request_sent"),
        _activity(2, date(2026, 3, 15), "request_sent"),  # Sunday: same week
        _activity(3, date(2026, 3, 16), "meeting_held"),
        _activity(4, date(2026, 1, 1), "other"),  # too old for four weeks
    ]
    weekly = weekly_activity(log, today=MONDAY, weeks=4)
    assert weekly.weeks[-1] == MONDAY and weekly.weeks[0] == date(2026, 2, 23)
    assert weekly.counts[ActivityKind.REQUEST_SENT] == (0, 0, 2, 0)
    assert weekly.counts[ActivityKind.MEETING_HELD] == (0, 0, 0, 1)
    assert ActivityKind.OTHER not in weekly.counts and weekly.totals == (0, 0, 2, 1)


def test_an_empty_log_gives_empty_weeks():
    """No activity: the weeks are there, all zero."""
    weekly = weekly_activity([], today=MONDAY, weeks=3)
    assert weekly.counts == {} and weekly.totals == (0, 0, 0)


def test_the_funnel_counts_each_contact_once_per_step(workspace):
    """A contact who met also counts as asked and accepted."""
    fill_demo(workspace, today=MONDAY)
    steps = dict(funnel(workspace.stage_history()).steps)
    assert steps == {"Asked": 9, "Said yes": 4, "Met": 3, "Thanked": 2, "Keeping in touch": 1}


def test_lags_measure_reply_and_thank_you_days():
    """Reply time runs from request to reply; thank-you lag from meeting to note."""
    log = [
        _activity(1, date(2026, 3, 2), "request_sent", 7),
        _activity(2, date(2026, 3, 5), "reply_received", 7),
        _activity(3, date(2026, 3, 10), "meeting_held", 7),
        _activity(4, date(2026, 3, 11), "thank_you_sent", 7),
    ]
    assert lags(log).reply_days == (3,) and lags(log).thank_you_days == (1,)


def test_timelines_run_each_stage_until_the_next(workspace):
    """Each contact's stages become spans, the last running to today."""
    contact = workspace.add_contact("Amara Okafor", on=date(2026, 3, 2))
    workspace.set_stage(contact.id, Stage.RESEARCHED, on=date(2026, 3, 4))
    [line] = timelines(workspace.contacts(), workspace.stage_history(), today=MONDAY)
    assert line.spans == (
        (Stage.IDENTIFIED, date(2026, 3, 2), date(2026, 3, 4)),
        (Stage.RESEARCHED, date(2026, 3, 4), MONDAY),
    )


def test_targets_count_this_week_only():
    """Progress counts Monday to today against each target."""
    log = [_activity(1, date(2026, 3, 13), "request_sent"), _activity(2, MONDAY, "request_sent")]
    [progress] = target_progress(log, {ActivityKind.REQUEST_SENT: 2}, today=MONDAY)
    assert (progress.done, progress.target, progress.met) == (1, 2, False)


def test_a_thousand_activities_are_summarised():
    """A big log is summarised without trouble."""
    log = [_activity(n, MONDAY - timedelta(days=n % 50), "other") for n in range(1000)]
    assert sum(weekly_activity(log, today=MONDAY, weeks=8).totals) == 1000


def test_week_starts_refuses_more_weeks_than_the_calendar_holds():
    """Zero weeks, or millions, get a plain refusal instead of an OverflowError (fuzzing)."""
    assert week_starts(MONDAY, 2) == (MONDAY - timedelta(weeks=1), MONDAY)
    for weeks in (0, 10**6):
        with pytest.raises(InputError):
            week_starts(MONDAY, weeks)

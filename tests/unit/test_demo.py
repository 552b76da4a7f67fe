"""Tests for infointerview.demo: a realistic participant for every notebook to show."""

from collections import Counter
from datetime import date, timedelta

import pytest

from infointerview.demo import business_days_back, fill_demo
from infointerview.model import ActivityKind, Profile, Stage
from infointerview.store import WorkspaceError

TODAY = date(2026, 3, 16)


def test_the_demo_has_a_contact_at_every_stage(workspace):
    """Every pipeline stage, declined and no reply included, has a contact in it."""
    fill_demo(workspace, today=TODAY)
    stages = Counter(c.stage for c in workspace.contacts())
    assert set(stages) == set(Stage)
    assert 8 <= len(workspace.contacts()) <= 12


def test_the_demo_spans_about_six_weeks_of_weekday_activity(workspace):
    """Activity runs from about six weeks ago to today, on working days only."""
    fill_demo(workspace, today=TODAY)
    days = [a.happened_on for a in workspace.activities()]
    assert min(days) >= TODAY - timedelta(weeks=6) and max(days) <= TODAY
    assert (max(days) - min(days)).days >= 35
    assert all(day.weekday() < 5 for day in days)
    weeks = {day - timedelta(days=day.weekday()) for day in days}
    assert len(weeks) in (6, 7)  # thirty working days ending on a Monday touch seven weeks


def test_the_demo_log_matches_the_stages(workspace):
    """Each contact's history agrees with its log: no meeting without an acceptance."""
    fill_demo(workspace, today=TODAY)
    for contact in workspace.contacts():
        stages = [stage for _, stage, _ in workspace.stage_history(contact.id)]
        assert stages[0] is Stage.IDENTIFIED and stages[-1] is contact.stage
        if Stage.MET in stages:
            assert stages.index(Stage.ACCEPTED) < stages.index(Stage.MET)
    kinds = Counter(a.kind for a in workspace.activities())
    assert kinds[ActivityKind.MEETING_HELD] == 3
    assert kinds[ActivityKind.THANK_YOU_SENT] == 2


def test_the_demo_follows_the_clock(workspace, pinned_today):
    """Without a date given, the demo ends on today (INFOINTERVIEW_TODAY when pinned)."""
    fill_demo(workspace)
    assert max(a.happened_on for a in workspace.activities()) == pinned_today


def test_the_demo_never_mixes_with_real_work(workspace):
    """A workspace that already holds work is refused, and left as it was."""
    workspace.save_profile(Profile.from_input("Real Person", "law", ["job"]))
    with pytest.raises(WorkspaceError, match="already holds someone's work"):
        fill_demo(workspace)
    assert workspace.profile().name == "Real Person" and workspace.contacts() == []


def test_business_days_skip_weekends():
    """Counting back in business days passes over Saturdays and Sundays."""
    days = business_days_back(date(2026, 3, 16), 3)  # a Monday
    assert days == [date(2026, 3, 12), date(2026, 3, 13), date(2026, 3, 16)]

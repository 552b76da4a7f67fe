"""The words and tables behind every chart: they follow the data and agree with each other."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from infointerview import chart_text
from infointerview.cohort import CohortWeekly
from infointerview.demo import fill_demo
from infointerview.model import ActivityKind, Stage
from infointerview.networking import (
    ContactTimeline,
    Funnel,
    Lags,
    TargetProgress,
    WeeklyActivity,
    funnel,
    lags,
    target_progress,
    timelines,
    weekly_activity,
)
from infointerview.store import Workspace

MONDAY = date(2026, 2, 2)
WEEKS = tuple(MONDAY + timedelta(weeks=n) for n in range(8))


def test_the_weekly_alt_text_names_the_busiest_week_and_the_last():
    """The weekly chart's words say the total, the busiest week and a quiet last week."""
    counts = {
        ActivityKind.REQUEST_SENT: (1, 8, 0, 0, 1, 0, 2, 0),
        ActivityKind.MEETING_HELD: (0, 5, 0, 0, 0, 1, 0, 0),
    }
    text = chart_text.weekly_text(WeeklyActivity(WEEKS, counts))
    assert text.alt == (
        "Weekly activity, last 8 weeks: 18 activities in all; most in the week of 9 February "
        "(13), none in the last week, 3 weeks with nothing."
    )
    assert text.heads == ("Week starting", "Requests sent", "Meetings held", "Total")
    assert text.rows[1] == ("9 February", "8", "5", "13")


def test_the_weekly_alt_text_changes_with_the_data_and_matches_the_table():
    """Logging more in the last week changes the words, and the table's totals agree."""
    quiet = WeeklyActivity(WEEKS, {ActivityKind.OTHER: (0, 2, 0, 0, 0, 0, 0, 0)})
    busy = WeeklyActivity(WEEKS, {ActivityKind.OTHER: (0, 2, 0, 0, 0, 0, 0, 4)})
    before, after = chart_text.weekly_text(quiet), chart_text.weekly_text(busy)
    assert before.alt != after.alt and "the last week was the busiest" in after.alt
    for text, data in ((before, quiet), (after, busy)):
        assert [int(row[-1]) for row in text.rows] == list(data.totals)
        assert f"{sum(data.totals)} activities in all" in text.alt


def test_nothing_logged_is_said_plainly_for_every_chart():
    """Empty data gives a sentence saying so, never a number that was not there."""
    texts = [
        chart_text.weekly_text(WeeklyActivity(WEEKS, {})),
        chart_text.funnel_text(funnel([])),
        chart_text.lags_text(Lags((), ())),
        chart_text.timeline_text([]),
        chart_text.targets_text([]),
        chart_text.cohort_weekly_text(CohortWeekly(WEEKS, ())),
    ]
    for text in texts:
        assert text.alt.endswith(".") and ("yet" in text.alt or "nothing" in text.alt), text.alt


def test_the_funnel_words_give_each_step_and_the_biggest_drop():
    """Each step's count is in the words and the table, and the stall is named."""
    data = Funnel(
        (("Asked", 9), ("Said yes", 4), ("Met", 3), ("Thanked", 2), ("Keeping in touch", 1))
    )
    text = chart_text.funnel_text(data)
    assert "asked 9, said yes 4, met 3, thanked 2 and keeping in touch 1" in text.alt
    assert "biggest drop is from asked to said yes (5 fewer)" in text.alt
    assert text.rows == tuple((label, str(count)) for label, count in data.steps)


def test_the_lag_words_give_the_range_and_the_typical_wait():
    """Replies and thank-yous are told as a range and a typical value; late notes counted."""
    text = chart_text.lags_text(Lags((2, 5, 6), (0, 3)))
    assert "replies took 2 to 6 days, typically 5 (3 logged)" in text.alt
    assert "1 thank-you note came later than a day" in text.alt
    assert text.rows[0][1:5] == ("3", "2", "5", "6") and text.rows[0][5] == "2, 5, 6"


def test_the_timeline_words_count_where_contacts_stand():
    """Where each contact stands now and the latest change are said in words."""
    rows = [
        ContactTimeline(
            "Ana",
            (
                (Stage.IDENTIFIED, MONDAY, MONDAY + timedelta(days=2)),
                (Stage.MET, MONDAY + timedelta(days=2), MONDAY + timedelta(days=9)),
            ),
        ),
        ContactTimeline("Ben", ((Stage.IDENTIFIED, MONDAY, MONDAY + timedelta(days=9)),)),
    ]
    text = chart_text.timeline_text(rows)
    assert "Where they stand now: 1 spotted and 1 met" in text.alt
    assert "Latest change: Ana, met since 4 February" in text.alt
    assert text.rows[0] == ("Ana", "Spotted 2 Feb → Met 4 Feb", "Met")


def test_the_targets_words_say_what_is_met():
    """Each target's count is in the words and the table."""
    data = [
        TargetProgress(ActivityKind.REQUEST_SENT, "Requests sent", 2, 3),
        TargetProgress(ActivityKind.MEETING_HELD, "Meetings held", 1, 0),
    ]
    text = chart_text.targets_text(data)
    assert text.alt == (
        "This week against your targets, 1 of 2 met: requests sent 3 of 2, met; "
        "meetings held 0 of 1."
    )
    assert text.rows == (("Requests sent", "3", "2", "yes"), ("Meetings held", "0", "1", "not yet"))


def test_the_cohort_words_name_everyone_charted_and_the_shared_scale():
    """The small multiples' words list the aliases and the one scale every panel shares."""
    data = CohortWeekly(WEEKS[:2], (("Ana", (1, 4)), ("Ben", (0, 0))), 4)
    text = chart_text.cohort_weekly_text(data)
    assert text.alt.endswith("Charted, in alphabetical order: Ana, Ben.")
    assert "busiest week: 4 activities" in text.alt and "1 participant logged nothing" in text.alt
    assert text.rows == (("Ana", "1", "4", "5"), ("Ben", "0", "0", "0"))


@pytest.mark.parametrize("builder", ["weekly", "funnel", "lags", "timeline", "targets"])
def test_the_demo_participants_tables_have_a_cell_for_every_heading(builder, pinned_today):
    """For the demo participant, every table row is as wide as its headings."""
    today = pinned_today
    with Workspace(":memory:") as workspace:
        fill_demo(workspace)
        activities, history = workspace.activities(), workspace.stage_history()
        text = {
            "weekly": lambda: chart_text.weekly_text(weekly_activity(activities, today=today)),
            "funnel": lambda: chart_text.funnel_text(funnel(history)),
            "lags": lambda: chart_text.lags_text(lags(activities)),
            "timeline": lambda: chart_text.timeline_text(
                timelines(workspace.contacts(), history, today=today)
            ),
            "targets": lambda: chart_text.targets_text(
                target_progress(activities, {ActivityKind.REQUEST_SENT: 2}, today=today)
            ),
        }[builder]()
    assert text.rows and all(len(row) == len(text.heads) for row in text.rows)
    assert text.alt and "nothing logged" not in text.alt


def test_the_words_module_stays_free_of_matplotlib():
    """The text alternatives can be made without the drawing library."""
    import subprocess
    import sys

    code = "import infointerview.chart_text, sys; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

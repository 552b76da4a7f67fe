"""Tests for the networking log notebook's widgets, driven headless."""

from datetime import date, timedelta

from infointerview.demo import fill_demo
from infointerview.model import ActivityKind
from infointerview.ui import networking_log
from infointerview.ui.common import escape
from infointerview.ui.networking_log import (
    ActivityCharts,
    ActivityLogger,
    ExportPanel,
    TargetsPanel,
)

PNG = b"\x89PNG"


def test_logging_by_hand_adds_to_the_log_and_redraws_the_charts(workspace, pinned_today):
    """An activity logged by hand is stored and the weekly chart changes."""
    charts = ActivityCharts(workspace)
    before = charts.show("weekly")
    logger = ActivityLogger(workspace)
    logger._kind.value = "event"
    logger._detail.value = "Young planners' meetup"
    logger._detail.take()
    [logged] = workspace.activities()
    assert logged.kind is ActivityKind.OTHER and logged.detail.startswith("A networking event")
    assert charts.pictures["weekly"] != before and charts.pictures["weekly"].startswith(PNG)
    assert "1 activity in the last 8 weeks" in charts._status.value


def test_only_the_chart_being_looked_at_is_drawn(workspace, pinned_today, monkeypatch):
    """Nothing is drawn before the panel is on screen (its words are there); then the chosen
    chart is; another is drawn when chosen, and only when its data moved."""
    fill_demo(workspace)
    drawn = []
    real_png = networking_log.png
    monkeypatch.setattr(networking_log, "png", lambda draw: drawn.append(1) or real_png(draw))
    charts = ActivityCharts(workspace)
    assert not drawn and not charts.pictures and "<img" not in charts._chart.value
    assert charts.words.alt.startswith("Weekly activity") and "ii-chart-data" in charts._chart.value
    charts._on_screen.seen = True  # as the browser says when the panel scrolls into view
    assert len(drawn) == 1 and set(charts.pictures) == {"weekly"}
    assert "<img" in charts._chart.value
    funnel = charts.show("funnel")
    assert (
        len(drawn) == 2 and funnel.startswith(PNG) and "contacts at each step" in charts.words.alt
    )
    before = charts.show("weekly")
    assert len(drawn) == 2  # drawn before, nothing changed: not drawn again
    logger = ActivityLogger(workspace)
    logger._detail.value = "<b>Planners' meetup</b>"
    logger._detail.take()
    assert len(drawn) == 3 and charts.pictures["weekly"] != before
    charts._weeks.value = 12  # a different window is drawn afresh
    assert len(drawn) == 4 and "last 12 weeks" in charts.words.alt
    assert "&lt;b&gt;" not in charts._chart.value  # the detail is not in the weekly chart


def test_each_chart_shows_its_words_and_a_table_of_the_same_numbers(workspace, pinned_today):
    """The picture's alt text is this participant's data, and the table view agrees with it."""
    fill_demo(workspace)
    charts = ActivityCharts(workspace)
    for name, _label in networking_log.CHART_CHOICES:
        charts.show(name)
        words = charts.words
        shown = charts._chart.value
        assert f'alt="{escape(words.alt)}"' in shown and "<details>" in shown
        assert all("<td" in shown and escape(row[0]) in shown for row in words.rows)
    charts.show("weekly")
    before = charts.words.alt
    ActivityLogger(workspace)._detail.take()  # one more activity this week
    assert charts.words.alt != before


def test_a_future_or_ancient_date_is_refused_with_a_message(workspace, pinned_today):
    """Activity dated tomorrow or in 1926 is explained and not stored."""
    logger = ActivityLogger(workspace)
    logger._day.value = pinned_today + timedelta(days=1)
    logger._detail.take()
    assert "future" in logger._status.value
    logger._day.value = date(1926, 3, 16)
    logger._detail.take()
    assert "before 1970" in logger._status.value and workspace.activities() == []


def test_markup_in_a_detail_is_stored_as_text(workspace, pinned_today):
    """Typed HTML is kept as typed, and the status message escapes nothing it shows."""
    logger = ActivityLogger(workspace)
    logger._detail.value = "<script>alert(1)</script>"
    logger._detail.take()
    assert workspace.activities()[0].detail.endswith("<script>alert(1)</script>")
    assert "<script" not in logger._status.value


def test_targets_are_saved_and_charted(workspace, pinned_today):
    """Weekly targets are kept and the targets chart is drawn."""
    panel = TargetsPanel(workspace)
    empty = panel._chart.value
    assert "no weekly targets set yet" in empty
    panel._inputs[ActivityKind.REQUEST_SENT].value = 2
    panel._save.click()
    assert workspace.targets() == {ActivityKind.REQUEST_SENT: 2}
    assert panel.words is not None and "requests sent 0 of 2" in panel.words.alt
    assert (
        panel._chart.value != empty
        and TargetsPanel(workspace)._inputs[ActivityKind.REQUEST_SENT].value == 2
    )


def test_the_charts_draw_for_an_empty_workspace_and_for_the_demo(workspace, pinned_today):
    """Every chart is drawn with nothing logged, and again with six weeks of demo activity."""
    from infointerview.store import Workspace

    empty = ActivityCharts(Workspace(":memory:"))
    assert all(empty.show(name).startswith(PNG) for name, _ in networking_log.CHART_CHOICES)
    fill_demo(workspace)
    charts = ActivityCharts(workspace)
    assert all(charts.show(name).startswith(PNG) for name, _ in networking_log.CHART_CHOICES)
    charts.show("weekly")
    charts._weeks.value = 12
    assert "in the last 12 weeks" in charts._status.value


def test_exports_offer_csv_and_json_downloads(workspace, pinned_today):
    """The export panel offers both files as downloads."""
    fill_demo(workspace)
    panel = ExportPanel(workspace)
    panel._make.click()
    assert "text/csv;base64," in panel._links.value
    assert "application/json;base64," in panel._links.value


def test_a_hundred_thousand_activities_still_chart(workspace, pinned_today):
    """A very long log is stored, summarised and drawn without error."""
    entries = [("other", pinned_today - timedelta(days=n % 3000), None, "") for n in range(100_000)]
    assert workspace.log_many(entries) == 100_000
    charts = ActivityCharts(workspace)
    assert all(charts.show(name).startswith(PNG) for name, _ in networking_log.CHART_CHOICES)
    charts.show("weekly")
    assert "activities in the last 8 weeks" in charts._status.value


def test_a_silly_target_is_explained_not_quietly_changed(workspace, pinned_today):
    """A negative or huge weekly target gets a message and nothing is saved."""
    panel = TargetsPanel(workspace)
    panel._inputs[ActivityKind.REQUEST_SENT].value = -3
    panel._save.click()
    assert "0 to 50" in panel._status.value and workspace.targets() == {}


def test_the_weekly_targets_are_one_named_group(workspace, pinned_today):
    """The six target boxes sit together under one visible name, announced as a group."""
    from infointerview.ui.common import GroupLabel

    panel = TargetsPanel(workspace)
    box = panel.children[0]
    label, *inputs = box.children
    assert isinstance(label, GroupLabel) and label.label.startswith("Your weekly targets")
    assert inputs == list(panel._inputs.values())


def test_targets_follow_the_plan_while_the_learner_follows_it(workspace, pinned_today):
    """Adopting the four-week plan measures this week against its week, and says so."""
    from infointerview.coach import FOUR_WEEK_PLAN, CoachSettings
    from infointerview.ui.networking_log import TargetsPanel

    panel = TargetsPanel(workspace)
    assert panel._source.value == ""
    workspace.save_coach_settings(CoachSettings(plan_started_on=pinned_today))
    assert "week 1 of your four-week plan" in panel._source.value
    shown = {row[0] for row in panel.words.rows}
    assert len(shown) == len(FOUR_WEEK_PLAN[0].targets)
    panel.close()

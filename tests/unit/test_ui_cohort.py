"""Tests for the instructor's cohort dashboard, driven headless."""

import pytest

from infointerview.demo import demo_cohort, fill_demo
from infointerview.export import write_participant_export
from infointerview.ui.cohort import CohortDashboard
from infointerview.ui.common import escape


@pytest.fixture
def collection(tmp_path, pinned_today):
    """A collection folder with 45 demo participants (two pages of charts) and a broken file."""
    demo_cohort(tmp_path, 45)
    (tmp_path / "broken.json").write_text("[1, 2")
    return tmp_path


def test_the_dashboard_reads_the_folder_from_the_environment(collection, monkeypatch):
    """With INFOINTERVIEW_COLLECTION set, the dashboard reads it straight away."""
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", str(collection))
    dashboard = CohortDashboard()
    assert len(dashboard.cohort.participants) == 45
    assert "Read 45 participants&#x27; exports; skipped 1 file." in dashboard._summary.value
    assert "broken.json" in dashboard._skipped.value


def test_every_participant_is_on_a_chart_page(collection):
    """Forty-five participants make two pages; choosing the second shows a different chart."""
    dashboard = CohortDashboard(collection)
    assert dashboard.chart_pages == 2
    labels = [label for label, _ in dashboard._page.options]
    aliases = [p.alias for p in dashboard.cohort.participants]
    assert labels == [f"{aliases[0]} to {aliases[39]}", f"{aliases[40]} to {aliases[-1]}"]
    first = dashboard._weeks.value
    dashboard._page.value = 1
    second = dashboard._weeks.value
    assert second != first and "<img" not in second  # words and table until the tab opens
    dashboard.show_charts()
    second = dashboard._weeks.value
    assert 'src="data:image/png;base64,iVBOR' in second and set(dashboard.pictures) == {0, 2}
    # The second page's words and table name the participants on it, and only them.
    assert f"order: {escape(aliases[40])}," in second and escape(aliases[0]) + "<" not in second
    assert second.count("<tr>") == 1 + len(aliases) - 40


def test_who_may_need_a_word_is_a_table_by_alias(collection):
    """The concerns table names each participant once, in alphabetical order."""
    dashboard = CohortDashboard(collection)
    html = dashboard.concerns.data
    named = [p.alias for p in dashboard.cohort.participants if f">{p.alias}<" in html]
    assert named == sorted(named, key=str.casefold) and len(named) >= 5


def test_a_folder_that_is_not_there_is_an_error_message(tmp_path):
    """A typo in the folder gives a message, not a traceback."""
    dashboard = CohortDashboard(tmp_path / "nowhere")
    assert "ii-error" in dashboard._summary.value and "does not exist" in dashboard._summary.value
    assert dashboard.cohort is None
    assert "Read a collection folder first" in dashboard.concerns.data


def test_charts_are_drawn_when_their_tab_opens_and_the_report_when_asked(collection):
    """Reading the exports draws nothing; opening a chart's tab draws that chart alone."""
    dashboard = CohortDashboard(collection)
    assert not dashboard.pictures and not dashboard._report.value
    assert "<img" not in dashboard._funnel.value and "ii-chart-data" in dashboard._funnel.value
    dashboard._funnel_on_screen.seen = True  # as the browser says when the tab opens
    assert set(dashboard.pictures) == {0} and "<img" in dashboard._funnel.value
    dashboard._make_report.click()
    assert 'download="cohort-report.html"' in dashboard._report.value


def test_making_the_report_before_reading_a_folder_says_what_to_do(tmp_path):
    """The report button before any folder is read gives a message, not a traceback."""
    dashboard = CohortDashboard(tmp_path / "nowhere")
    dashboard._make_report.click()
    assert "Read a collection folder first" in dashboard._report.value


def test_an_empty_folder_says_how_participants_export(tmp_path, pinned_today):
    """No exports yet: the dashboard says where they come from."""
    dashboard = CohortDashboard(tmp_path)
    assert "No exports to read" in dashboard._summary.value
    assert "welcome notebook" in dashboard._summary.value


def test_reading_again_picks_up_a_new_export(tmp_path, pinned_today, workspace):
    """Press the button after a participant exports, and they appear."""
    dashboard = CohortDashboard(tmp_path)
    fill_demo(workspace)
    write_participant_export(workspace, tmp_path)
    dashboard._load.click()
    assert [p.alias for p in dashboard.cohort.participants] == ["Sam Rivera (demo)"]
    dashboard._make_report.click()
    assert 'download="cohort-report.html"' in dashboard._report.value


def test_an_alias_with_markup_is_shown_as_text(tmp_path, pinned_today, workspace):
    """Participant text in every tab is escaped."""
    fill_demo(workspace)
    write_participant_export(workspace, tmp_path, alias='<img src=x onerror="alert(1)">')
    dashboard = CohortDashboard(tmp_path)
    for html in (dashboard._concerns.value, dashboard._stages.value, dashboard.concerns.data):
        assert "<img" not in html and "&lt;img src=x" in html


def test_the_summary_says_how_far_target_lists_have_got(tmp_path, pinned_today, workspace):
    """A participant's export with a target list shows in the dashboard's summary, as counts."""
    fill_demo(workspace)
    write_participant_export(workspace, tmp_path, alias="Kim")
    dashboard = CohortDashboard(str(tmp_path))
    assert "1 of 1 participant has a target list: 12 targets listed, 5 with a contact." in (
        dashboard._summary.value
    )

"""Tests for the preparing notebook's widgets, driven headless."""

import pytest

from infointerview import content
from infointerview.model import ActivityKind, Profile
from infointerview.ui.prepare import (
    LogisticsChecklist,
    QuestionListBuilder,
    TimePlanPanel,
    bank_overview,
)


@pytest.fixture
def builder(workspace):
    """A question list builder for one contact, with a profile that wants industry advice."""
    workspace.save_profile(Profile.from_input("Sam", "transport", ["industry"]))
    workspace.add_contact("Amara Okafor", channel="coffee")
    return QuestionListBuilder(workspace)


def _add_from_bank(builder, count):
    for option in list(builder._bank_list.options)[:count]:
        builder._bank_list.value = option[1]
        builder._add.click()


def test_the_bank_is_filtered_by_the_profile_goals_and_category(builder):
    """Questions shown suit the participant's goals, and a category narrows them further."""
    bank = content.question_bank()
    shown = [bank_id for _, bank_id in builder._bank_list.options]
    assert shown and all("industry" in builder._by_id[i].goals for i in shown)
    builder._category.value = "trends"
    assert all(builder._by_id[i].category == "trends" for _, i in builder._bank_list.options)
    builder._suits_goals.value = False
    assert len(builder._bank_list.options) == len(bank.matching(category="trends"))


def test_adding_reordering_and_removing_questions(builder, workspace):
    """The list is kept in the workspace in the order the participant sets."""
    _add_from_bank(builder, 3)
    first, second, third = [text for _, text, _ in builder.value]
    builder._mine.value = 2
    builder._up.click()
    assert [t for _, t, _ in builder.value] == [first, third, second]
    builder._mine.value = 0
    builder._remove.click()
    assert [t for _, t, _ in builder.value] == [third, second]
    contact_id = builder.picker.value
    assert [q.text for q in workspace.question_plan(contact_id)] == [third, second]
    assert len(workspace.activities(kind=ActivityKind.QUESTIONS_PREPARED)) == 1


def test_the_same_bank_question_is_not_added_twice(builder):
    """Adding a question already on the list says so instead."""
    _add_from_bank(builder, 1)
    builder._add.click()
    assert len(builder.value) == 1 and "already on your list" in builder._status.value


def test_own_questions_are_checked_as_they_are_typed(builder):
    """A closed question shows its finding live; an open one is praised."""
    builder._own.value = "Do you like your job?"
    assert "closed-question" in builder._own_findings.value
    builder._own.value = "What do you like most about your work?"
    assert "A good, open question" in builder._own_findings.value


def test_a_job_ask_is_never_added(builder):
    """A question asking for a job is refused with the reason."""
    builder._own.value = "Are you hiring at the moment?"
    builder._own.take()
    assert builder.value == [] and "never ask for a job" in builder._status.value


def test_a_closed_question_can_be_added_with_a_nudge(builder):
    """A closed or homework question is added, with a suggestion to reword it."""
    builder._own.value = "Do you enjoy the work?"
    builder._own.take()
    assert [t for _, t, _ in builder.value] == ["Do you enjoy the work?"]
    assert "consider rewording" in builder._status.value and builder._own.value == ""


def test_markup_in_an_own_question_is_never_rendered(builder):
    """Typed HTML is kept as text; the list shows it as a plain option label."""
    builder._own.value = "<b>What</b> <img src=x onerror=alert(1)> surprised you?"
    builder._own.take()
    assert builder._mine.options[0][0].startswith("1. <b>What</b>")  # a Select shows text only
    assert "<img" not in builder._own_findings.value


def test_the_time_plan_follows_the_list_and_the_agreed_length(builder, workspace):
    """The plan updates as questions are added and when the agreed length changes."""
    panel = TimePlanPanel(workspace, builder.picker)
    assert "Add questions above" in panel._table.value
    _add_from_bank(builder, 8)
    fitting_30 = panel._table.value.count("<s>")
    panel._agreed.value = 20
    assert workspace.meeting_plan(builder.picker.value).agreed_minutes == 20
    assert panel._table.value.count("<s>") > fitting_30
    assert "what you skip if time runs short" in panel._table.value
    assert "Thank them for their time" in panel._table.value


def test_logistics_show_paying_only_for_coffee(builder, workspace):
    """'A way to pay' appears for coffee, and ticks are saved."""
    checklist = LogisticsChecklist(workspace, builder.picker)
    assert checklist._boxes["pay"].layout.display == ""
    assert checklist._boxes["tech"].layout.display == "none"
    checklist._boxes["dress"].value = True
    plan = workspace.meeting_plan(builder.picker.value)
    assert plan.ticked == frozenset({"logistics:dress"})


def test_the_bank_overview_lists_the_categories():
    """The overview table names each category with a count."""
    html = bank_overview().data
    for title in content.CATEGORY_TITLES.values():
        assert title in html


def test_the_meeting_day_is_saved_for_the_calendar(builder, workspace):
    """Choosing the meeting day keeps it with the plan, for the calendar file later."""
    from datetime import date

    panel = TimePlanPanel(workspace, builder.picker)
    panel._day.value = date(2026, 3, 19)
    assert workspace.meeting_plan(builder.picker.value).meeting_on == date(2026, 3, 19)
    LogisticsChecklist(workspace, builder.picker)._boxes["dress"].value = True
    assert workspace.meeting_plan(builder.picker.value).meeting_on == date(2026, 3, 19)

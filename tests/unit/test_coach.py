"""The coach knows the date: today's next step, what is due this week, the plan, the nudge."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from infointerview.coach import CoachSettings, today_list, week_of_plan
from infointerview.demo import fill_demo
from infointerview.model import ActivityKind, InputError, Stage
from infointerview.stages import log_meeting, log_request, record_reply

MONDAY = date(2026, 3, 16)


@pytest.fixture
def met_on_friday(workspace, monkeypatch):
    """A contact met on Friday 13 March: the thank-you is due Saturday, overdue after Sunday."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", "2026-03-20")
    contact = workspace.add_contact("Priya Raman", on=date(2026, 3, 2))
    workspace.set_stage(contact.id, Stage.RESEARCHED, on=date(2026, 3, 2))
    log_request(
        workspace,
        contact.id,
        "Dear Priya, could I ask for 20 minutes at a time that suits you? Thank you.",
        on=date(2026, 3, 3),
    )
    record_reply(workspace, contact.id, "accepted", on=date(2026, 3, 5))
    log_meeting(workspace, contact.id, "GIS user group", on=date(2026, 3, 13))
    return contact


def test_an_overdue_thank_you_is_the_next_step(workspace, met_on_friday):
    """Past its date, the thank-you leads, with the notebook that writes it."""
    coach = today_list(workspace, today=MONDAY)
    assert coach.next_step is not None and coach.next_step.kind == "thank_you"
    assert coach.next_step.when == "overdue" and coach.next_step.notebook == "05-follow-up.ipynb"


def test_the_day_before_the_thank_you_is_due_it_is_this_week(workspace, met_on_friday):
    """On the meeting day the thank-you is this week's, not overdue."""
    coach = today_list(workspace, today=date(2026, 3, 13))
    [item] = [i for i in coach.items if i.kind == "thank_you"]
    assert item.when == "this week" and item.due_on == date(2026, 3, 14)


def test_the_demo_learner_sees_follow_ups_and_replies_to_record(workspace):
    """3B7 follow-ups, a second person to try and replies to record, each with a link."""
    fill_demo(workspace, today=MONDAY)
    coach = today_list(workspace, today=MONDAY)
    kinds = {item.kind for item in coach.items}
    assert {"thank_you", "follow_up", "reply", "second_contact"} <= kinds
    assert all(item.notebook.endswith(".ipynb") for item in coach.items)
    assert coach.next_step.kind == "thank_you"


def test_practice_never_appears_in_the_today_list(workspace):
    """A practice meeting's thank-you is not due anywhere."""
    contact = workspace.add_contact("Leila Haddad", practice="pharmacist", on=MONDAY)
    workspace.set_stage(contact.id, Stage.ACCEPTED, on=MONDAY)
    log_meeting(workspace, contact.id, "rotations", on=MONDAY)
    coach = today_list(workspace, today=MONDAY + timedelta(days=3))
    assert coach.items == () and "1 practice contact" in coach.practice_note


@pytest.mark.parametrize(("quiet", "nudged"), [(9, False), (10, True), (30, True)])
def test_the_nudge_comes_after_the_quiet_span(workspace, quiet, nudged):
    """Ten quiet days (the default) bring one small thing to do; nine do not."""
    workspace.log(ActivityKind.OTHER, on=MONDAY)
    coach = today_list(workspace, today=MONDAY + timedelta(days=quiet))
    assert bool(coach.nudge) is nudged
    if nudged:
        assert "One small thing" in coach.nudge and "send one request" in coach.nudge


def test_the_learner_chooses_the_quiet_span(workspace, monkeypatch):
    """A learner who prefers five days is nudged after five."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", MONDAY.isoformat())
    workspace.save_coach_settings(CoachSettings(quiet_days=5))
    workspace.log(ActivityKind.OTHER, on=MONDAY - timedelta(days=5))
    assert today_list(workspace, today=MONDAY).nudge


def test_the_four_week_plan_sets_this_weeks_targets(workspace, monkeypatch):
    """Week 2 of the plan asks for more requests; what was logged counts towards it."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", MONDAY.isoformat())
    workspace.save_coach_settings(CoachSettings(plan_started_on=MONDAY - timedelta(days=7)))
    workspace.log(ActivityKind.REQUEST_SENT, on=MONDAY)
    coach = today_list(workspace, today=MONDAY)
    assert coach.plan is not None and coach.plan.week.number == 2
    assert coach.plan.done[ActivityKind.REQUEST_SENT] == 1
    assert coach.next_step.kind == "plan" and "3 more requests" in coach.next_step.text


def test_plan_weeks_run_one_to_four():
    """The plan's weeks start on its first day and end after four weeks."""
    start = MONDAY
    assert week_of_plan(start, start - timedelta(days=1)) is None
    assert [week_of_plan(start, start + timedelta(days=d)) for d in (0, 6, 7, 27)] == [1, 1, 2, 4]
    assert week_of_plan(start, start + timedelta(days=28)) is None


def test_bad_settings_are_refused_with_reasons(workspace):
    """A quiet span outside 3–60 days and a slot day that is no day are explained."""
    with pytest.raises(InputError) as caught:
        workspace.save_coach_settings(CoachSettings(quiet_days=1, slot_weekday=9))
    assert len(caught.value.problems) == 2


def test_settings_survive_a_restart(file_workspace):
    """The slot and plan are kept in the workspace."""
    chosen = CoachSettings(quiet_days=7, slot_weekday=2, slot_time=time(18, 30))
    file_workspace.save_coach_settings(chosen)
    file_workspace.close()
    assert file_workspace.coach_settings() == chosen


def test_a_new_learner_starts_with_the_target_list_then_a_person_at_the_top(
    workspace, pinned_today
):
    """With nothing saved the next step is the target list; with targets, a person at the top."""
    assert "Start your target list" in today_list(workspace).next_step.text
    workspace.add_target("Northwind Health", want=3, hires=2, way_in=False)
    workspace.add_target("City Transit Authority", want=5, hires=3, way_in=True)
    step = today_list(workspace).next_step
    assert step.text == (
        "Find a person to ask at City Transit Authority, the top of your target list."
    )
    assert step.notebook == "01-research.ipynb"


def test_this_weeks_targets_come_from_the_plan_while_it_runs(workspace, pinned_today):
    """Following the plan, 06 measures this week against the plan's week; after it, own targets."""
    from infointerview.coach import FOUR_WEEK_PLAN, weekly_targets

    workspace.save_targets({ActivityKind.REQUEST_SENT: 1})
    assert weekly_targets(workspace).targets == {ActivityKind.REQUEST_SENT: 1}
    assert weekly_targets(workspace).source == "your own weekly targets"
    week_two = MONDAY - timedelta(weeks=1)
    workspace.save_coach_settings(CoachSettings(plan_started_on=week_two))
    now = weekly_targets(workspace)
    assert now.targets == FOUR_WEEK_PLAN[1].targets
    assert now.source.startswith("week 2 of your four-week plan")
    later = weekly_targets(workspace, MONDAY + timedelta(weeks=3))
    assert later.targets == {ActivityKind.REQUEST_SENT: 1}

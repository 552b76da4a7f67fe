"""Tests for infointerview.progress: where a participant stands in every phase."""

from datetime import date

from infointerview.demo import fill_demo
from infointerview.model import ActivityKind, Profile, Stage
from infointerview.progress import Status, phase_progress

TODAY = date(2026, 3, 16)


def _by_slug(workspace):
    return {row.phase.slug: row for row in phase_progress(workspace, today=TODAY)}


def test_a_new_participant_has_started_nothing(workspace):
    """With an empty workspace every phase is 'not started' and says what to do first."""
    rows = phase_progress(workspace, today=TODAY)
    assert [row.phase.number for row in rows] == [0, 1, 2, 3, 4, 5, 6]
    assert {row.status for row in rows} == {Status.NOT_STARTED}
    assert _by_slug(workspace)["welcome"].detail == "Save your profile (above)."


def test_saving_a_profile_completes_the_welcome(workspace):
    """The welcome phase is done once a profile is saved."""
    workspace.save_profile(Profile.from_input("Sam", "nursing", ["job"]))
    assert _by_slug(workspace)["welcome"].status is Status.DONE


def test_research_is_under_way_until_a_contact_is_researched(workspace):
    """Adding a contact starts research; researching one completes it."""
    contact = workspace.add_contact("Amara Okafor", on=TODAY)
    assert _by_slug(workspace)["research"].status is Status.UNDER_WAY
    workspace.set_stage(contact.id, Stage.RESEARCHED, on=TODAY)
    research = _by_slug(workspace)["research"]
    assert research.status is Status.DONE and research.detail == "1 of 1 contact researched."


def test_the_demo_participant_is_well_along(workspace):
    """The demo shows a participant who has done something in every phase."""
    fill_demo(workspace, today=TODAY)
    rows = _by_slug(workspace)
    assert rows["request"].detail == "9 requests sent, 4 accepted."
    assert rows["meeting"].detail == "3 meetings held."
    assert rows["follow-up"].detail == "2 thank-you notes sent for 3 meetings."
    assert rows["networking-log"].status is Status.DONE


def test_the_habit_counts_only_recent_weeks(workspace):
    """Activity long ago does not count towards this month's networking habit."""
    workspace.log(ActivityKind.OTHER, on=date(2025, 1, 6))
    assert _by_slug(workspace)["networking-log"].status is Status.NOT_STARTED
    workspace.log(ActivityKind.OTHER, on=TODAY)
    habit = _by_slug(workspace)["networking-log"]
    assert habit.status is Status.UNDER_WAY and habit.detail.startswith("Active in 1 of the last 6")


def test_self_check_results_show_in_progress(workspace, pinned_today):
    """A first answer to 01's self-check shows in that phase's row; other phases say not started."""
    from infointerview import self_check

    question = self_check.questions("01-research")[0]
    right = next(i for i, option in enumerate(question.options) if option.correct)
    self_check.answer(workspace, "01-research", question, right)
    rows = {row.phase.notebook: row.self_check for row in phase_progress(workspace)}
    total = len(self_check.questions("01-research"))
    assert rows["01-research.ipynb"].startswith(f"1 right of 1 answered ({total} questions)")
    assert rows["02-request.ipynb"].startswith("not started")

"""Tests for weekly targets and dates in the networking log."""

from datetime import date, timedelta

import pytest

from infointerview.model import ActivityKind, InputError


def test_weekly_targets_are_saved_and_a_zero_removes_one(workspace):
    """Targets are kept per kind; setting one to zero removes it."""
    workspace.save_targets({"request_sent": 2, ActivityKind.MEETING_HELD: 1})
    assert workspace.targets() == {ActivityKind.REQUEST_SENT: 2, ActivityKind.MEETING_HELD: 1}
    workspace.save_targets({"request_sent": 3, "meeting_held": 0})
    assert workspace.targets() == {ActivityKind.REQUEST_SENT: 3}


@pytest.mark.parametrize("target", [-1, 51, 2.5, "two"])
def test_silly_targets_are_refused(workspace, target):
    """Targets are whole numbers from 0 to 50."""
    with pytest.raises(InputError, match="0 to 50"):
        workspace.save_targets({"request_sent": target})


def test_an_activity_in_the_future_is_refused(workspace):
    """Nothing can be logged for a day that has not come yet."""
    with pytest.raises(InputError, match="future"):
        workspace.log("other", on=date.today() + timedelta(days=1))
    assert workspace.activities() == []


def test_an_activity_before_1970_is_refused(workspace):
    """A mistyped year before 1970 is caught."""
    with pytest.raises(InputError, match="before 1970"):
        workspace.log("other", on=date(1926, 3, 16))


def test_many_activities_are_logged_in_one_go(workspace):
    """A big batch is logged together, in date order when read back."""
    contact = workspace.add_contact("Amara Okafor", on=date(2026, 1, 5))
    entries = [
        ("other", date(2026, 3, 1) - timedelta(days=n % 40), None, f"n{n}") for n in range(1000)
    ]
    entries.append(("request_sent", date(2026, 3, 2), contact.id, ""))
    assert workspace.log_many(entries) == 1001
    assert len(workspace.activities()) == 1002  # plus the contact's own "added"


def test_one_bad_entry_stops_the_whole_batch(workspace):
    """If any entry is wrong, nothing is logged, and the message says which one."""
    entries = [("other", date(2026, 3, 1), None, "fine"), ("party", date(2026, 3, 1), None, "")]
    with pytest.raises(InputError, match="Activity 2"):
        workspace.log_many(entries)
    with pytest.raises(InputError, match="Activity 1"):
        workspace.log_many([("other", date(2999, 1, 1), None, "")])
    assert workspace.activities() == []

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

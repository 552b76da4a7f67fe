"""Tests for the meeting clock, with a fake time source instead of sleeps."""

import pytest

from infointerview import clock
from infointerview.clock import ClockError, MeetingClock


class FakeTime:
    """A time source the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_the_clock_counts_from_start():
    """Elapsed time is what the source says has passed since start."""
    fake = FakeTime()
    meeting = MeetingClock(fake)
    assert meeting.elapsed_seconds() == 0 and not meeting.running
    meeting.start()
    fake.advance(90)
    assert meeting.elapsed_minutes() == 1.5


def test_stopping_keeps_the_time_and_start_carries_on():
    """A pause does not count; starting again carries on from where it stopped."""
    fake = FakeTime()
    meeting = MeetingClock(fake)
    meeting.start()
    fake.advance(60)
    meeting.stop()
    fake.advance(600)  # a long pause
    assert meeting.elapsed_seconds() == 60
    meeting.start()
    fake.advance(30)
    assert meeting.elapsed_seconds() == 90


def test_starting_twice_does_not_reset():
    """Pressing start again while running changes nothing."""
    fake = FakeTime()
    meeting = MeetingClock(fake)
    meeting.start()
    fake.advance(10)
    meeting.start()
    assert meeting.elapsed_seconds() == 10


def test_rehearsal_speed_makes_minutes_pass_in_seconds(monkeypatch):
    """INFOINTERVIEW_CLOCK_SPEED=60 makes the meeting clock count a minute a second."""
    monkeypatch.setenv("INFOINTERVIEW_CLOCK_SPEED", "60")
    monkeypatch.setattr(clock.time, "monotonic", lambda: 10.0)
    assert clock.seconds() == 600.0


@pytest.mark.parametrize("speed", ["fast", "0", "-1", "99999"])
def test_a_bad_rehearsal_speed_is_explained(monkeypatch, speed):
    """A rehearsal speed that is not a sensible number gets a message."""
    monkeypatch.setenv("INFOINTERVIEW_CLOCK_SPEED", speed)
    with pytest.raises(ClockError, match="INFOINTERVIEW_CLOCK_SPEED"):
        clock.rehearsal_speed()

"""Fuzzing the clock's settings: whatever the variables hold, a date (or speed) or a ClockError."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from infointerview import clock
from infointerview.clock import ClockError

from .fuzzing import Fuzz, Recorder, days, environment, participant_text

#: What someone might set the variable to: dates in every shape, numbers, or anything.
SETTINGS = st.one_of(
    days().map(date.isoformat),
    days().map(lambda day: f"  {day:%Y%m%d} "),
    days().map(lambda day: f"{day:%d/%m/%Y}"),
    st.sampled_from(("2026-02-30", "2026-W12-1", "2026-075", "today", "0", "-1", "nan", "inf")),
    st.floats().map(str),
    participant_text(long=False),
).map(lambda text: text.replace("\x00", ""))  # the environment cannot hold NUL


def test_fuzz_today_and_now(figures: Recorder) -> None:
    """today and now read any INFOINTERVIEW_TODAY as that date, or say how to write one."""
    today = Fuzz("clock.today", ClockError)
    now = Fuzz("clock.now", ClockError)

    @given(setting=SETTINGS)
    def run(setting: str) -> None:
        with environment(clock.TODAY_VARIABLE, setting):
            with today.example(setting):
                pinned = clock.today()
                if setting.strip():
                    assert pinned == date.fromisoformat(setting.strip())
            with now.example(setting):
                assert clock.now().date() == clock.today()

    Fuzz.run_all(run, figures, today, now)


def test_fuzz_rehearsal_speed(figures: Recorder) -> None:
    """rehearsal_speed reads any INFOINTERVIEW_CLOCK_SPEED as a speed, or says how to write one."""
    fuzz = Fuzz("clock.rehearsal_speed", ClockError)

    @given(setting=SETTINGS)
    def run(setting: str) -> None:
        with environment(clock.SPEED_VARIABLE, setting), fuzz.example(setting):
            speed = clock.rehearsal_speed()
            assert 0 < speed <= 3600
            assert clock.seconds() >= 0

    fuzz.run(run, figures)

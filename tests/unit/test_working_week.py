"""Business days follow the learner's own working week, not always Monday to Friday."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infointerview import clock
from infointerview.coach import CoachSettings
from infointerview.model import InputError

THURSDAY = date(2026, 3, 19)


@pytest.mark.parametrize(
    ("weekend", "days", "expected"),
    [
        ("Saturday and Sunday", 3, date(2026, 3, 24)),  # Fri, Mon, Tue
        ("Friday and Saturday", 3, date(2026, 3, 24)),  # Sun, Mon, Tue
        ("Friday and Saturday", 1, date(2026, 3, 22)),  # Sunday is a working day
        ("Sunday only", 2, date(2026, 3, 21)),  # Fri, Sat
        ("Friday only", 7, date(2026, 3, 28)),  # six working days a week, then one more
        ("Saturday and Sunday", 0, THURSDAY),
    ],
)
def test_working_days_skip_the_chosen_days_off(weekend, days, expected):
    """Counting from a Thursday lands where each working week says."""
    assert clock.add_working_days(THURSDAY, days, clock.WEEKENDS[weekend]) == expected


def test_counting_from_a_day_off_starts_at_the_last_working_day():
    """From a Friday off (Friday–Saturday weekend) one working day on is the Sunday."""
    friday = date(2026, 3, 20)
    assert clock.add_working_days(friday, 1, clock.WEEKENDS["Friday and Saturday"]) == date(
        2026, 3, 22
    )


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    days=st.integers(min_value=1, max_value=400),
    weekend=st.sampled_from(list(clock.WEEKENDS.values())),
)
def test_the_fast_count_agrees_with_counting_day_by_day(start, days, weekend):
    """Whole weeks at once give the same day as stepping one working day at a time."""
    day = start
    while day.weekday() in weekend:
        day -= timedelta(days=1)
    left = days
    while left:
        day += timedelta(days=1)
        if day.weekday() not in weekend:
            left -= 1
    assert clock.add_working_days(start, days, weekend) == day


def test_a_week_with_no_working_day_is_refused():
    """Seven days off is explained, not an endless loop."""
    with pytest.raises(InputError, match="at least one working day"):
        clock.add_working_days(THURSDAY, 1, frozenset(range(7)))


def test_the_learner_chooses_days_off_from_the_list(workspace):
    """A listed weekend is saved and read back; any other set of days is refused in words."""
    saved = workspace.save_coach_settings(
        CoachSettings(weekend=clock.WEEKENDS["Friday and Saturday"])
    )
    assert saved.weekend == frozenset({4, 5})
    assert clock.weekend_name(saved.weekend) == "Friday and Saturday"
    with pytest.raises(InputError, match="Choose your days off"):
        workspace.save_coach_settings(CoachSettings(weekend=frozenset({2})))
    assert workspace.coach_settings().weekend == frozenset({4, 5})


def test_saturday_and_sunday_until_the_learner_chooses(workspace):
    """A new workspace counts business days Monday to Friday."""
    assert workspace.coach_settings().weekend == clock.SATURDAY_SUNDAY


def test_the_3b7_dates_follow_the_learners_days_off(workspace):
    """With only Sunday off, a Thursday request's second person and follow-up come sooner."""
    from infointerview.model import Stage
    from infointerview.stages import log_request, stage_table

    contact = workspace.add_contact("Wei Zhang", organisation="Transit Analytics", on=THURSDAY)
    workspace.set_stage(contact.id, Stage.RESEARCHED, on=THURSDAY)
    log_request(
        workspace,
        contact.id,
        "Dear Wei, could I ask for 20 minutes at a time that suits you? Thank you.",
        on=THURSDAY,
    )
    (row,) = stage_table(workspace, today=THURSDAY)
    assert (row.dates.second_contact_on, row.dates.follow_up_on) == (
        date(2026, 3, 24),
        date(2026, 3, 30),
    )
    workspace.save_coach_settings(CoachSettings(weekend=clock.WEEKENDS["Sunday only"]))
    (row,) = stage_table(workspace, today=THURSDAY)
    assert (row.dates.second_contact_on, row.dates.follow_up_on) == (
        date(2026, 3, 23),
        date(2026, 3, 27),
    )

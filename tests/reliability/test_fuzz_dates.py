"""Fuzzing the date arithmetic of the pipeline, follow-ups, networking weeks and the cohort.

These functions are cheap, so one Hypothesis run feeds them all: each still gets its own
count of examples and its own line in the figures.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from infointerview import cohort, due, networking, stages
from infointerview.model import Contact, InputError, Stage

from .fuzzing import Fuzz, Recorder, days, ints, participant_text


def _business_days_between(start: date, end: date) -> int:
    """Weekdays after ``start`` up to and including ``end`` (a slow, plain reference)."""
    return sum((start + timedelta(days=n)).weekday() < 5 for n in range(1, (end - start).days + 1))


def test_fuzz_date_helpers(figures: Recorder) -> None:
    """Every date helper answers any day and count with a sensible date or a plain refusal."""
    business = Fuzz("stages.add_business_days", InputError)
    dates_3b7 = Fuzz("stages.follow_up_dates", InputError)
    working = Fuzz("due.next_working_day")
    thanks_due = Fuzz("due.thank_you_due")
    overdue = Fuzz("due.thank_you_overdue")
    touch = Fuzz("due.keep_in_touch_on", InputError)
    status = Fuzz("due.DueItem.status")
    monday = Fuzz("networking.week_of")
    mondays = Fuzz("networking.week_starts", InputError)
    cohort_overdue = Fuzz("cohort.thank_you_is_overdue")
    contact = Contact(1, "Amara Okafor")

    @given(day=days(), other=days(), count=ints(low=-3, high=60), kind=st.sampled_from(due.KINDS))
    def run(day: date, other: date, count: int, kind: str) -> None:
        with business.example(day, count):
            later = stages.add_business_days(day, count)
            assert later >= day
            if count:
                assert later.weekday() < 5
            if count <= 400:
                assert _business_days_between(day, later) == count
            else:
                assert abs((later - day).days - count * 7 / 5) <= 3
        with dates_3b7.example(day):
            dates = stages.follow_up_dates(day)
            assert day < dates.second_contact_on < dates.follow_up_on
            assert 9 <= (dates.follow_up_on - day).days <= 11
        with working.example(day):
            next_day = due.next_working_day(day)
            assert next_day.weekday() < 5 and 0 <= (next_day - day).days <= 2
        with thanks_due.example(day):
            assert due.thank_you_due(day) == day + timedelta(days=1)
        with overdue.example(day, other):
            assert due.thank_you_overdue(day, other) is ((other - day).days > 2)
        with touch.example(day, count):
            back = due.keep_in_touch_on(day, count)
            assert back.weekday() < 5 and 0 <= (back - day).days - count <= 2
        with status.example(day, other, kind):
            said = due.DueItem(kind, contact, day, "Do it.").status(other)
            assert said == ("overdue" if day < other else said)
            assert said in ("overdue", "due", "coming up")
        with monday.example(day):
            start = networking.week_of(day)
            assert start.weekday() == 0 and 0 <= (day - start).days < 7
        with mondays.example(day, count):
            starts = networking.week_starts(day, count)
            assert len(starts) == count and starts[-1] == networking.week_of(day)
            assert all((b - a).days == 7 for a, b in zip(starts, starts[1:], strict=False))
        with cohort_overdue.example(day, other):
            assert cohort.thank_you_is_overdue(day, other) is ((other - day).days > 1)

    Fuzz.run_all(
        run,
        figures,
        business,
        dates_3b7,
        working,
        thanks_due,
        overdue,
        touch,
        status,
        monday,
        mondays,
        cohort_overdue,
    )


def test_fuzz_next_step(figures: Recorder) -> None:
    """next_step says what to do next in one plain sentence for any contact, dates and day."""
    fuzz = Fuzz("stages.next_step")

    @given(
        stage=st.sampled_from(list(Stage)),
        organisation=participant_text(long=False),
        asked=st.one_of(st.none(), days()),
        today=days(),
    )
    def run(stage: Stage, organisation: str, asked: date | None, today: date) -> None:
        contact = Contact(1, "Amara Okafor", organisation=organisation, stage=stage)
        dates = stages.follow_up_dates(asked) if asked else None
        with fuzz.example(organisation, asked, today):
            said = stages.next_step(contact, dates, today)
            assert said[0].isupper() and said.endswith("."), said

    fuzz.run(run, figures)

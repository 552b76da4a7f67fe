"""Fuzzing the networking numbers: any log, history, targets and day make sound figures.

The logs are built from a seed (cheap to make in bulk); the day, the number of weeks, the
targets and the contacts' names come from Hypothesis.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from infointerview import networking
from infointerview.model import Activity, ActivityKind, Contact, InputError, Stage

from .fuzzing import EDGE_INTS, Fuzz, Recorder, days, ints, participant_text

KINDS = list(ActivityKind)
STAGES = list(Stage)


def _day(r: random.Random, around: date) -> date:
    """Mostly within a few months of ``around``, sometimes anywhere from 1900 to 2200."""
    if r.random() < 0.8:
        return around - timedelta(days=r.randint(-30, 120))
    return date(1900, 1, 1) + timedelta(days=r.randint(0, 110_000))


def _log(seed: int, around: date) -> tuple[list[Activity], list[tuple[int, Stage, date]]]:
    r = random.Random(seed)
    activities = [
        Activity(n, _day(r, around), r.choice(KINDS), r.choice((None, 1, 2, 3, 4, 5, 6)))
        for n in range(1, r.randint(0, 30) + 1)
    ]
    history = [
        (r.randint(1, 6), r.choice(STAGES), _day(r, around)) for _ in range(r.randint(0, 20))
    ]
    return activities, history


def test_fuzz_networking_figures(figures: Recorder) -> None:
    """Weekly counts, funnel, lags, timelines and targets add up for any log and any day."""
    weekly = Fuzz("networking.weekly_activity", InputError)
    funnel = Fuzz("networking.funnel")
    lags = Fuzz("networking.lags")
    timelines = Fuzz("networking.timelines")
    targets = Fuzz("networking.target_progress")

    @given(
        seed=st.integers(0, 2**32),
        names=st.lists(participant_text(long=False), min_size=1, max_size=6),
        goals=st.dictionaries(st.sampled_from(KINDS), ints(low=-2, high=60), max_size=4),
        today=days(),
        weeks=st.one_of(st.integers(-1, 60), st.sampled_from(EDGE_INTS)),
    )
    def run(
        seed: int, names: list[str], goals: dict[ActivityKind, int], today: date, weeks: int
    ) -> None:
        activities, history = _log(seed, today)
        with weekly.example(seed, today, weeks):
            counted = networking.weekly_activity(activities, today=today, weeks=weeks)
            assert len(counted.weeks) == weeks == len(counted.totals)
            assert all(len(row) == weeks for row in counted.counts.values())
            window = [a for a in activities if counted.weeks[0] <= a.happened_on <= today]
            assert sum(counted.totals) == len(window)
        with funnel.example(seed):
            steps = [count for _, count in networking.funnel(history).steps]
            assert steps == sorted(steps, reverse=True), steps
            assert all(0 <= count <= len({c for c, _, _ in history}) for count in steps)
        with lags.example(seed):
            measured = networking.lags(activities)
            assert all(days >= 0 for days in measured.reply_days + measured.thank_you_days)
        with timelines.example(seed, names, today):
            contacts = [Contact(n, name) for n, name in enumerate(names, start=1)]
            lines = networking.timelines(contacts, history, today=today)
            assert [line.name for line in lines] == names
            for line in lines:
                assert all(start <= end for _, start, end in line.spans)
                starts = [start for _, start, _ in line.spans]
                assert starts == sorted(starts)
        with targets.example(seed, goals, today):
            progress = networking.target_progress(activities, goals, today=today)
            assert [p.kind for p in progress] == [k for k, n in goals.items() if n > 0]
            assert all(0 <= p.done <= len(activities) and p.label.strip() for p in progress)

    Fuzz.run_all(run, figures, weekly, funnel, lags, timelines, targets)

"""Fuzzing the time plan: any questions and minutes, a plan in priority order or a reason."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from infointerview import time_plan
from infointerview.model import InputError

from .fuzzing import Fuzz, Recorder, ints, participant_text

MINUTES = st.one_of(ints(low=-2, high=40), st.booleans(), st.floats(), st.just("10"))


def test_fuzz_plan(figures: Recorder) -> None:
    """time_plan fits questions in priority order in the agreed minutes, or says why it cannot."""
    buffer = Fuzz("time_plan.buffer_minutes")
    room = Fuzz("time_plan.question_room")
    timed = Fuzz("time_plan.time_plan", InputError)

    @given(
        questions=st.lists(st.tuples(participant_text(long=False), MINUTES), max_size=12),
        agreed=MINUTES,
        any_length=ints(low=-10, high=200),
    )
    def run(questions: list[tuple[str, int]], agreed: int, any_length: int) -> None:
        with buffer.example(any_length):
            kept = time_plan.buffer_minutes(any_length)
            assert 1 <= kept <= max(1, any_length)
        with room.example(any_length):
            left = time_plan.question_room(any_length)
            assert left >= 0
            assert left == 0 or left + time_plan.buffer_minutes(any_length) + 5 == any_length
        with timed.example(questions, agreed):
            made = time_plan.time_plan(questions, agreed)
            asked = [slot for slot in made.slots if slot.kind == "question"]
            assert [slot.text for slot in asked] == [text for text, _ in questions]
            fits = [slot.fits for slot in asked]
            assert fits == sorted(fits, reverse=True), "a question jumped ahead of a higher one"
            assert 0 <= sum(slot.minutes for slot in made.fitting) <= made.question_minutes
            starts = [slot.starts_at for slot in made.slots if slot.starts_at is not None]
            assert starts == sorted(starts) and starts[0] == 0
            kinds = [slot.kind for slot in made.slots]
            assert kinds[-3:] == ["wrap-up", "finish", "parting"], "the close is out of order"
            wrap_up, finish, parting = made.slots[-3:]
            assert wrap_up.starts_at + wrap_up.minutes == finish.starts_at == agreed
            assert parting.starts_at == made.agreed_minutes == agreed
            assert all(slot.minutes >= 0 for slot in made.slots if slot.kind == "buffer")
            assert sum(slot.minutes for slot in made.slots[:-1] if slot.fits) == agreed

    Fuzz.run_all(run, figures, buffer, room, timed)

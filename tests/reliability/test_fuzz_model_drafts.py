"""Fuzzing the model's input cleaning and the drafts built from what was saved."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from infointerview import drafts
from infointerview.model import (
    Channel,
    Contact,
    Goal,
    InputError,
    Profile,
    clean_text,
    expand_home,
    plural,
)

from .fuzzing import (
    Fuzz,
    Recorder,
    days,
    ints,
    participant_text,
    text_around,
)

WHAT = st.sampled_from(("Your name or alias", "The contact's name", "Your notes", "Question 3"))
NOT_TEXT = st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=8), st.just(["a"]))
GOALS = st.lists(
    st.one_of(
        st.sampled_from(list(Goal)),
        st.sampled_from([g.value for g in Goal]),
        participant_text(long=False),
    ),
    max_size=7,
)
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _contacts() -> st.SearchStrategy[Contact]:
    return st.builds(
        Contact,
        id=ints(low=1, high=50),
        name=participant_text(long=False),
        organisation=participant_text(long=False),
        industry=participant_text(long=False),
        connection=participant_text(),
        channel=st.sampled_from(list(Channel)),
        address_as=st.one_of(st.just(""), participant_text(long=False)),
    )


def _profiles() -> st.SearchStrategy[Profile | None]:
    return st.one_of(
        st.none(),
        st.builds(
            Profile,
            name=participant_text(long=False),
            field_of_interest=participant_text(long=False),
            goals=st.just((Goal.INDUSTRY,)),
        ),
    )


def _tidied(value: str, multiline: bool) -> str:
    """What clean_text should keep of text it accepts: NFC, stripped, line ends as LF."""
    text = unicodedata.normalize("NFC", value).strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text


def test_fuzz_model(figures: Recorder) -> None:
    """clean_text keeps tidy text or says what to fix; profile, plural, placeholders never crash."""
    cleaned = Fuzz("model.clean_text", InputError)
    profiled = Fuzz("model.Profile.from_input", InputError)
    counted = Fuzz("model.plural")
    bracketed = Fuzz("drafts.placeholders")
    homes = Fuzz("model.expand_home")

    @given(
        value=st.one_of(participant_text(), text_around(80), NOT_TEXT),
        field=st.one_of(participant_text(long=False), NOT_TEXT),
        goals=GOALS,
        what=WHAT,
        max_chars=st.integers(min_value=1, max_value=300),
        required=st.booleans(),
        multiline=st.booleans(),
        count=ints(),
        many=st.one_of(st.none(), participant_text(long=False)),
    )
    def run(
        value: object,
        field: object,
        goals: list[object],
        what: str,
        max_chars: int,
        required: bool,
        multiline: bool,
        count: int,
        many: str | None,
    ) -> None:
        with cleaned.example(value, what):
            kept = clean_text(
                value, what, max_chars=max_chars, required=required, multiline=multiline
            )
            assert kept == _tidied(value, multiline), "the text was changed beyond tidying"
            assert len(kept) <= max_chars and (kept or not required)
            allowed = "\n\t" if multiline else ""
            assert not [c for c in kept if unicodedata.category(c) == "Cc" and c not in allowed], (
                "a control character was kept"
            )
            assert not BIDI_CONTROLS & set(kept), "a direction override was kept"
            if not multiline:
                assert len(kept.splitlines()) <= 1, "a one-line text kept a line break"
            again = clean_text(
                kept, what, max_chars=max_chars, required=required, multiline=multiline
            )
            assert again == kept, "cleaning twice changed the text"
        with profiled.example(value, field, goals):
            profile = Profile.from_input(value, field, goals)
            assert profile.name == clean_text(value, "n", max_chars=80)
            assert profile.field_of_interest == clean_text(field, "f", max_chars=120)
            assert profile.goals and list(profile.goals) == [g for g in Goal if g in goals]
        word = value if isinstance(value, str) else "contact"
        with counted.example(count, word, many):
            said = plural(count, word, many)
            assert said.startswith(f"{count} ")
            if count == 1:
                assert said == f"1 {word}"
        with bracketed.example(word):
            for part in drafts.placeholders(word):
                assert part in word and part.startswith("[") and part.endswith("]")
        with homes.example(word):
            mine = expand_home("~/" + word)
            assert mine is not None and not str(mine).startswith("~")
            theirs = expand_home("~" + word)  # another user's home: known here, or None
            assert theirs is None or not str(theirs).startswith("~")
            if not word.startswith("~"):
                assert expand_home(word) == Path(word)

    Fuzz.run_all(run, figures, cleaned, profiled, counted, bracketed, homes)


def test_fuzz_drafts(figures: Recorder) -> None:
    """Drafts come from any contact, profile and notes; formats but card and email are refused."""
    request = Fuzz("drafts.prefill_request", InputError)
    thank_you = Fuzz("drafts.prefill_thank_you", InputError)

    @given(
        contact=_contacts(),
        profile=_profiles(),
        met_on=st.one_of(st.none(), days()),
        notes=participant_text(),
        format=st.one_of(st.sampled_from(("card", "email")), participant_text(long=False)),
    )
    def run(
        contact: Contact, profile: Profile | None, met_on: date | None, notes: str, format: str
    ) -> None:
        with request.example(contact, profile):
            draft = drafts.prefill_request(contact, profile)
            assert draft.strip()
            greeted = contact.address_as.strip() or contact.name.strip()
            assert draft.startswith(f"Dear {greeted}," if greeted else "Dear [")
            for key in ("addressee", "connection_line", "field", "channel_phrase", "my_name"):
                assert f"${key}" not in draft or f"${key}" in repr((contact, profile))
        with thank_you.example(contact, profile, met_on, notes, format):
            draft = drafts.prefill_thank_you(
                contact, profile, met_on=met_on, meeting_notes=notes, format=format
            )
            assert format in ("card", "email"), f"the format {format!r} was accepted"
            assert draft.strip()
            assert draft.startswith(f"Dear {drafts.addressee(contact)},")
            if met_on is not None:
                assert f"{met_on.day} {met_on:%B}" in draft

    Fuzz.run_all(run, figures, request, thank_you)

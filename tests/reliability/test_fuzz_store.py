"""Fuzzing the workspace's writes: what was saved reads back as cleaned, or a plain refusal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infointerview.clock import check_day
from infointerview.drafts import DRAFT_MAX_CHARS
from infointerview.model import (
    CONTACT_LIMITS,
    DETAIL_MAX_CHARS,
    NOTES_MAX_CHARS,
    ActivityKind,
    Channel,
    Goal,
    InputError,
    Profile,
    Stage,
    clean_text,
)
from infointerview.store import MeetingPlan, Workspace, WorkspaceError
from infointerview.time_plan import QUESTION_MAX_CHARS

from .fuzzing import (
    PINNED_DAY,
    Fuzz,
    Recorder,
    days,
    ints,
    participant_text,
    pin_today,
    text_around,
)

#: What a store method may raise: bad input, an id that is not there, an unusable file.
DOCUMENTED = (InputError, LookupError, WorkspaceError)
SQLITE_LARGEST = 2**63 - 1
#: Ids an SQLite integer can hold: the ones saved, near misses, and the extremes.
IDS = st.one_of(
    st.integers(min_value=-3, max_value=12),
    st.integers(min_value=-(2**63), max_value=SQLITE_LARGEST),
    st.sampled_from((0, -1, SQLITE_LARGEST, -(2**63))),
)
KINDS = st.one_of(
    st.sampled_from(list(ActivityKind)),
    st.sampled_from([kind.value for kind in ActivityKind]),
    participant_text(long=False),
)
NOT_A_DAY = st.one_of(st.none(), st.just("2026-03-02"), st.integers(), st.just(1.5))
NOTES = st.one_of(participant_text(), text_around(NOTES_MAX_CHARS))


@pytest.fixture
def workspace(monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """One in-memory workspace for all of a test's examples, with a contact to write about."""
    pin_today(monkeypatch)
    with Workspace(":memory:") as fresh:
        fresh.add_contact("Amara Okafor", organisation="Harbour Trust")
        yield fresh


def _read_back(value: object, what: str, limit: int, *, required: bool = False) -> str:
    multiline = what == "notes"
    return clean_text(value, what, max_chars=limit, required=required, multiline=multiline)


def test_fuzz_store_people(figures: Recorder, workspace: Workspace) -> None:
    """Contacts and profiles are kept as cleaned or refused in words; check_day takes 1970–today."""
    adding = Fuzz("store.Workspace.add_contact", *DOCUMENTED)
    profiling = Fuzz("store.Workspace.save_profile", *DOCUMENTED)
    dating = Fuzz("clock.check_day", InputError)
    text = participant_text(long=False)

    @given(
        name=st.one_of(participant_text(), text_around(80)),
        role=text,
        organisation=text,
        industry=text,
        connection=participant_text(),
        channel=st.one_of(st.sampled_from(list(Channel)), text),
        email=st.one_of(text, st.just("sam@example.org")),
        address_as=text,
        notes=NOTES,
        goals=st.lists(st.one_of(st.sampled_from(list(Goal)), text), max_size=4),
        day=st.one_of(days(), NOT_A_DAY, st.datetimes(min_value=datetime(1900, 1, 1))),
    )
    def run(goals: list[str], day: object, **fields: str) -> None:
        with adding.example(*fields.values()):
            contact = workspace.add_contact(**fields)
            assert workspace.contact(contact.id) == contact
            assert contact.stage is Stage.IDENTIFIED
            assert contact.channel is Channel(fields["channel"])
            for key, (what, limit) in CONTACT_LIMITS.items():
                expected = _read_back(fields[key], what, limit, required=key == "name")
                assert getattr(contact, key) == expected, key
            assert contact.notes == _read_back(fields["notes"], "notes", NOTES_MAX_CHARS)
        name, field = fields["name"], fields["organisation"]
        with profiling.example(name, field, goals):
            saved = workspace.save_profile(Profile(name, field, tuple(goals)))  # type: ignore[arg-type]
            assert workspace.profile() == saved
            assert saved.name == clean_text(name, "n", max_chars=80)
            assert saved.field_of_interest == clean_text(field, "f", max_chars=120)
        with dating.example(day):
            kept = check_day(day, "The meeting")
            assert isinstance(kept, date) and not isinstance(kept, datetime)
            assert date(1970, 1, 1) <= kept <= PINNED_DAY

    Fuzz.run_all(run, figures, adding, profiling, dating)


def test_fuzz_add_contact_dates(figures: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    """add_contact dates a contact from 1970 to today, as the log does, or says why not."""
    pin_today(monkeypatch)
    fuzz = Fuzz("store.Workspace.add_contact (on=)", *DOCUMENTED)
    opened = [Workspace(":memory:")]

    @given(on=st.one_of(st.none(), days()))
    def run(on: date | None) -> None:
        if fuzz.tried % 50 == 49:  # a fresh file now and then: the duplicate check reads all
            opened.append(Workspace(":memory:"))
        with fuzz.example(on):
            contact = opened[-1].add_contact(f"Contact {fuzz.tried}", on=on)
            added = on or PINNED_DAY
            assert contact.added_on == added
            assert date(1970, 1, 1) <= added <= PINNED_DAY, f"a contact was added on {added}"

    try:
        fuzz.run(run, figures)
    finally:
        for workspace in opened:
            workspace.close()


def test_fuzz_store_contact_work(figures: Recorder, workspace: Workspace) -> None:
    """Research, questions, notes, drafts and cadence read back as cleaned, or are refused."""
    research = Fuzz("store.Workspace.save_research", *DOCUMENTED)
    planning = Fuzz("store.Workspace.save_question_plan", *DOCUMENTED)
    noting = Fuzz("store.Workspace.save_question_notes", *DOCUMENTED)
    drafting = Fuzz("store.Workspace.save_draft", *DOCUMENTED)
    cadence = Fuzz("store.Workspace.set_keep_in_touch_days", *DOCUMENTED)
    question = st.tuples(
        st.one_of(st.just(""), st.just("trends-1"), participant_text(long=False)),
        st.one_of(participant_text(), text_around(QUESTION_MAX_CHARS)),
        st.one_of(ints(low=-1, high=32), st.booleans()),
    )

    @given(
        contact_id=st.one_of(st.just(1), IDS),
        item_id=st.one_of(st.just("person-role"), participant_text(long=False)),
        done=st.booleans(),
        notes=NOTES,
        questions=st.one_of(
            st.lists(question, max_size=4), st.just([("", "What changed?", 3)] * 201)
        ),
        pick=st.integers(0, 5),
        kind=st.one_of(st.sampled_from(("request", "thank_you")), participant_text(long=False)),
        draft=st.one_of(participant_text(), text_around(DRAFT_MAX_CHARS)),
        every=st.one_of(ints(high=800), st.booleans()),
    )
    def run(
        contact_id: int,
        item_id: str,
        done: bool,
        notes: str,
        questions: list[tuple[str, str, int]],
        pick: int,
        kind: str,
        draft: str,
        every: int,
    ) -> None:
        with research.example(contact_id, item_id, done, notes):
            entry = workspace.save_research(contact_id, item_id, done=done, notes=notes)
            kept = workspace.research(contact_id)[clean_text(item_id, "i", max_chars=100)]
            assert kept == entry and entry.done is done
            assert entry.notes == _read_back(notes, "notes", NOTES_MAX_CHARS)
        with planning.example(contact_id, questions):
            saved = workspace.save_question_plan(contact_id, questions)
            assert saved == workspace.question_plan(contact_id)
            assert [(q.bank_id, q.text, q.minutes) for q in saved] == [
                (bank_id, clean_text(text, "q", max_chars=QUESTION_MAX_CHARS), minutes)
                for bank_id, text, minutes in questions
            ]
        planned = [q.id for q in workspace.question_plan(1)] or [0]
        planned_id = planned[pick % len(planned)] if pick else contact_id
        with noting.example(planned_id, notes):
            workspace.save_question_notes(planned_id, notes)
            kept_notes = {q.id: q.notes for q in workspace.question_plan(1)}
            assert kept_notes[planned_id] == _read_back(notes, "notes", NOTES_MAX_CHARS)
        with drafting.example(contact_id, kind, draft):
            workspace.save_draft(contact_id, kind, draft)
            assert workspace.draft(contact_id, kind) == draft
        with cadence.example(contact_id, every):
            contact = workspace.set_keep_in_touch_days(contact_id, every)
            assert contact.keep_in_touch_days == every and 7 <= every <= 730

    Fuzz.run_all(run, figures, research, planning, noting, drafting, cadence)


def test_fuzz_store_log(figures: Recorder, workspace: Workspace) -> None:
    """The log keeps activities as cleaned (a refused batch writes none); targets read back."""
    logging = Fuzz("store.Workspace.log", *DOCUMENTED)
    batching = Fuzz("store.Workspace.log_many", *DOCUMENTED)
    targeting = Fuzz("store.Workspace.save_targets", *DOCUMENTED)
    entry = st.tuples(
        KINDS,
        st.one_of(days(), NOT_A_DAY),
        st.one_of(st.none(), IDS),
        st.one_of(participant_text(long=False), text_around(DETAIL_MAX_CHARS)),
    )

    @given(
        kind=KINDS,
        on=st.one_of(st.none(), days()),
        contact_id=st.one_of(st.none(), IDS),
        detail=st.one_of(participant_text(), text_around(DETAIL_MAX_CHARS)),
        entries=st.lists(entry, max_size=4),
        targets=st.dictionaries(KINDS, st.one_of(ints(low=-1, high=55), st.booleans()), max_size=4),
    )
    def run(
        kind: str,
        on: date | None,
        contact_id: int | None,
        detail: str,
        entries: list[tuple[str, date, int | None, str]],
        targets: dict[str, int],
    ) -> None:
        with logging.example(kind, on, contact_id, detail):
            before = workspace.summary()["activities"]
            activity = workspace.log(kind, on=on, contact_id=contact_id, detail=detail)
            assert workspace.activity(activity.id) == activity
            assert workspace.summary()["activities"] == before + 1
            assert activity.kind is ActivityKind(kind)
            assert activity.happened_on == (on or PINNED_DAY)
            assert activity.detail == _read_back(detail, "notes", DETAIL_MAX_CHARS)
        with batching.example(entries):
            before = workspace.summary()["activities"]
            try:
                written = workspace.log_many(entries)
            except InputError:
                assert workspace.summary()["activities"] == before, "a refused batch left some"
                raise
            assert written == len(entries) == workspace.summary()["activities"] - before
        with targeting.example(targets):
            saved = workspace.save_targets(targets)
            assert saved == workspace.targets()
            expected: dict[ActivityKind, int] = {}
            for goal, count in targets.items():
                if count:
                    expected[ActivityKind(goal)] = count
            assert saved == expected

    Fuzz.run_all(run, figures, logging, batching, targeting)


def test_fuzz_save_meeting_plan(figures: Recorder, workspace: Workspace) -> None:
    """save_meeting_plan keeps length, ticks, notes and day as saved, or says what to fix."""
    fuzz = Fuzz("store.Workspace.save_meeting_plan", *DOCUMENTED)

    @given(
        contact_id=st.one_of(st.just(1), IDS),
        agreed=st.one_of(ints(low=0, high=130), st.booleans()),
        ticked=st.frozensets(
            st.one_of(
                st.sampled_from(("logistics:dress", "closing:offer-end", "closing:card")),
                participant_text(long=False),
            ),
            max_size=5,
        ),
        notes=NOTES,
        meeting_on=st.one_of(st.none(), days()),
    )
    def run(
        contact_id: int, agreed: int, ticked: frozenset[str], notes: str, meeting_on: date | None
    ) -> None:
        with fuzz.example(contact_id, agreed, ticked, notes, meeting_on):
            plan = MeetingPlan(contact_id, agreed, ticked, notes, meeting_on)
            saved = workspace.save_meeting_plan(plan)
            assert saved == workspace.meeting_plan(contact_id)
            assert saved.agreed_minutes == agreed and saved.meeting_on == meeting_on
            assert saved.notes == _read_back(notes, "notes", NOTES_MAX_CHARS)
            assert saved.ticked == ticked, "the ticked items did not read back as saved"

    fuzz.run(run, figures)


def test_fuzz_set_stage(figures: Recorder, workspace: Workspace) -> None:
    """set_stage moves a contact and keeps the change, or refuses it in plain words."""
    fuzz = Fuzz("store.Workspace.set_stage", *DOCUMENTED)
    counter = iter(range(10**9))

    @given(
        stage=st.one_of(
            st.sampled_from(list(Stage)),
            st.sampled_from([stage.value for stage in Stage]),
            participant_text(long=False),
        ),
        on=st.one_of(st.none(), days()),
        existing=st.booleans(),
        other_id=IDS,
    )
    def run(stage: str, on: date | None, existing: bool, other_id: int) -> None:
        contact_id = workspace.add_contact(f"Stage {next(counter)}").id if existing else other_id
        with fuzz.example(stage, on, contact_id):
            moved = workspace.set_stage(contact_id, stage, on=on)
            assert moved.stage is Stage(stage)
            changes = [change[1:] for change in workspace.stage_history(contact_id)]
            assert (Stage(stage), on or PINNED_DAY) in changes
            day = on or PINNED_DAY
            assert date(1970, 1, 1) <= day <= PINNED_DAY, f"a stage change was dated {day}"

    fuzz.run(run, figures)


def _lookups(workspace: Workspace) -> dict[str, Callable[[int], object]]:
    return {
        "contact": workspace.contact,
        "activity": workspace.activity,
        "set_stage": lambda n: workspace.set_stage(n, Stage.RESEARCHED),
        "log": lambda n: workspace.log(ActivityKind.OTHER, contact_id=n),
        "save_research": lambda n: workspace.save_research(n, "person-role", done=True),
        "save_question_plan": lambda n: workspace.save_question_plan(n, []),
        "save_question_notes": lambda n: workspace.save_question_notes(n, "notes"),
        "save_meeting_plan": lambda n: workspace.save_meeting_plan(MeetingPlan(n)),
        "set_keep_in_touch_days": lambda n: workspace.set_keep_in_touch_days(n, 30),
        "save_draft": lambda n: workspace.save_draft(n, "request", "Hello"),
        "declined_on": workspace.declined_on,
        "refusal": workspace.refusal,
    }


def test_fuzz_ids_beyond_sqlite_integers(figures: Recorder, workspace: Workspace) -> None:
    """An id too big for SQLite is simply not there: LookupError, like any unknown id."""
    fuzz = Fuzz("store.Workspace (ids beyond 64 bits)", *DOCUMENTED)
    lookups = _lookups(workspace)
    huge = st.one_of(
        st.integers(min_value=2**63),
        st.integers(max_value=-(2**63) - 1),
        st.sampled_from((2**63, -(2**63) - 1, 10**30)),
    )

    @given(name=st.sampled_from(sorted(lookups)), number=huge)
    def run(name: str, number: int) -> None:
        with fuzz.example(name, number):
            answer = lookups[name](number)
            assert name in ("declined_on", "refusal") and answer is None, (name, answer)

    fuzz.run(run, figures)

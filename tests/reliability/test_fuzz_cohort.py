"""Fuzzing the cohort's reading of exports: anything in the folder is read or skipped, calmly.

Exports are built valid and then damaged one field at a time (or replaced by any JSON at
all, or by any bytes), because a wholly random object almost never gets past the format
check and so would test nothing beyond it.
"""

from __future__ import annotations

import contextlib
import json
import random
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from infointerview import cohort
from infointerview.cohort import CohortError
from infointerview.export import ExportError
from infointerview.model import ActivityKind, InputError, Stage

from .fuzzing import EDGE_INTS, PINNED_DAY, Fuzz, Recorder, days, ints, participant_text

TODAY = PINNED_DAY
STAGES = [stage.value for stage in Stage]
REACHED = [stage.value for stage in cohort.REACHED_STAGES]
KINDS = [kind.value for kind in ActivityKind]
ODD_DAYS = ("", "2026-02-30", "20260316", "2026-W12-1", "16/03/2026", "1969-12-31", "9999-12-31")
ODD_VALUES = (None, True, False, -1, 2**63, 1.5, float("inf"), "", "3", [], {}, "\x00")


def _day(r: random.Random) -> str:
    """A date as an export writes it: mostly plausible, sometimes far off or malformed."""
    roll = r.random()
    if roll < 0.75:
        return (TODAY - timedelta(days=r.randint(0, 20_000))).isoformat()
    if roll < 0.9:
        return (date(1900, 1, 1) + timedelta(days=r.randint(0, 110_000))).isoformat()
    return r.choice(ODD_DAYS)


def _count(r: random.Random) -> object:
    roll = r.random()
    if roll < 0.85:
        return r.randint(0, 30)
    if roll < 0.9:
        return r.randint(201, 10**6)
    return r.choice(ODD_VALUES)


def _json(r: random.Random, texts: list[str], depth: int = 0) -> object:
    """Any JSON value, built from the example's own texts and the awkward values."""
    roll = r.random()
    if depth < 3 and roll < 0.15:
        return [_json(r, texts, depth + 1) for _ in range(r.randint(0, 3))]
    if depth < 3 and roll < 0.3:
        return {r.choice(texts): _json(r, texts, depth + 1) for _ in range(r.randint(0, 3))}
    if roll < 0.5:
        return r.choice(texts)
    if roll < 0.7:
        return _day(r)
    return r.choice(ODD_VALUES)


def _export(r: random.Random, texts: list[str]) -> dict:
    """A participant's export as the package writes it, with the example's texts in it."""
    data = {
        "format": cohort.FORMAT,
        "schema_version": cohort.SCHEMA_VERSION,
        "participant_id": r.choice(("a" * 32, "0123456789abcdef" * 2, "f" * 8)),
        "alias": texts[0],
        "exported_on": _day(r),
        "stages": {r.choice(STAGES): _count(r) for _ in range(r.randint(0, 4))},
        "reached": {r.choice(REACHED): _count(r) for _ in range(r.randint(0, 3))},
        "activity": [
            {"date": _day(r), "kind": r.choice(KINDS), "count": _count(r)}
            for _ in range(r.randint(0, 5))
        ],
        "due": [
            {"kind": r.choice(cohort.DUE_KINDS), "due_on": _day(r)} for _ in range(r.randint(0, 3))
        ],
    }
    if r.random() < 0.5:
        data["contacts"] = [
            {"name": r.choice(texts), "organisation": r.choice(texts), "stage": r.choice(STAGES)}
            for _ in range(r.randint(0, 3))
        ]
    return data


def _damage(r: random.Random, data: dict, texts: list[str]) -> object:
    """The export intact, one field (or one row's field) replaced or dropped, or any JSON."""
    how = r.choice(("intact", "field", "drop", "row", "anything"))
    if how == "anything":
        return _json(r, texts)
    if how == "field":
        data[r.choice(sorted(data))] = _json(r, texts)
    elif how == "drop":
        del data[r.choice(sorted(data))]
    elif how == "row":
        rows = [key for key in ("activity", "due", "contacts") if data.get(key)]
        if rows:
            row = r.choice(data[r.choice(rows)])
            row[r.choice(sorted(row))] = _json(r, texts)
    return data


#: The texts an example puts in its export (alias, names, keys), and the seed for the rest.
TEXTS = st.lists(participant_text(long=False), min_size=1, max_size=3)
SEEDS = st.integers(0, 2**32)


def exports() -> st.SearchStrategy[dict]:
    """Exports as the package writes them, with any alias, counts and dates."""
    return st.builds(lambda texts, seed: _export(random.Random(seed), texts), TEXTS, SEEDS)


def damaged() -> st.SearchStrategy[object]:
    """Exports, intact or damaged in one place, or replaced by any JSON at all."""

    def build(texts: list[str], seed: int) -> object:
        r = random.Random(seed)
        return _damage(r, _export(r, texts), texts)

    return st.builds(build, TEXTS, SEEDS)


def _sound(export: cohort.ParticipantExport) -> None:
    """What passed the checks is what the cohort's views may rely on."""
    assert export.alias and len(export.alias) <= cohort.ALIAS_MAX_CHARS
    assert export.alias == export.alias.strip()
    assert not cohort._CONTROL.search(export.alias)
    assert cohort.EARLIEST <= export.exported_on <= TODAY
    assert all(count >= 0 for count in (*export.stages.values(), *export.reached.values()))
    for day, kind, count in export.activity:
        assert cohort.EARLIEST <= day <= export.exported_on
        assert isinstance(kind, ActivityKind) and 0 <= count <= cohort.MAX_COUNT_PER_DAY
    for kind, due_on in export.due:
        assert kind in cohort.DUE_KINDS and due_on >= cohort.EARLIEST
    for contact in export.contacts or ():
        assert contact.name and isinstance(contact.stage, Stage)


def test_fuzz_parse_export(figures: Recorder) -> None:
    """parse_export passes a sound export or names the first problem in one plain line."""
    fuzz = Fuzz("cohort.parse_export", ExportError, clause=True)

    @given(data=damaged())
    def run(data: object) -> None:
        with fuzz.example(data):
            _sound(cohort.parse_export(data, file="kim.json", today=TODAY))

    fuzz.run(run, figures)


def _bytes() -> st.SearchStrategy[bytes]:
    """What can end up in a file: an export, cut short, re-encoded, or anything at all."""
    encoded = damaged().map(lambda data: json.dumps(data, ensure_ascii=False).encode())
    return st.one_of(
        encoded,
        st.tuples(encoded, st.integers(0, 400)).map(lambda pair: pair[0][: pair[1]]),
        encoded.map(lambda raw: raw.decode().encode("utf-16")),
        encoded.map(lambda raw: b"\xef\xbb\xbf" + raw),
        st.binary(max_size=200),
        st.sampled_from(
            (
                b"",
                b"{",
                b"[" * 100_000,
                b'{"format": "infointerview-export", "schema_version": ' + b"1" * 5_000 + b"}",
                b'{"alias": "\\ud800"}',
                b"NaN",
                b"\x00" * 64,
            )
        ),
    )


def test_fuzz_read_export(figures: Recorder, tmp_path: Path) -> None:
    """read_export reads any bytes in a file as a sound export or gives a one-line reason."""
    fuzz = Fuzz("cohort.read_export", ExportError, clause=True)
    path = tmp_path / "kim.json"

    @given(raw=_bytes())
    def run(raw: bytes) -> None:
        path.write_bytes(raw)
        with fuzz.example(raw):
            _sound(cohort.read_export(path, folder=tmp_path, today=TODAY))

    fuzz.run(run, figures)


def test_fuzz_load_cohort(figures: Recorder, tmp_path: Path) -> None:
    """load_cohort counts every file once, as read or skipped with a sentence naming it."""
    fuzz = Fuzz("cohort.load_cohort", CohortError)
    counter = iter(range(10**9))

    @given(
        files=st.lists(_bytes(), max_size=4),
        folder_name=st.one_of(st.sampled_from(("ok", "ok", "absent")), participant_text()),
    )
    def run(files: list[bytes], folder_name: str) -> None:
        folder = tmp_path / f"{next(counter)}-{folder_name}"  # a digit first: never absolute
        if folder_name == "ok":
            folder.mkdir()
            for number, raw in enumerate(files):
                (folder / f"p{number}.json").write_bytes(raw)
        with fuzz.example(folder_name, str(folder)):
            read = cohort.load_cohort(folder, today=TODAY)
            assert len(read.participants) + len(read.skipped) == len(files)
            assert folder_name == "ok", "a missing folder was read"
            aliases = [p.alias.casefold() for p in read.participants]
            assert len(aliases) == len(set(aliases))
            for skipped in read.skipped:
                assert skipped.reason.startswith(f"{skipped.file}: ")
                assert skipped.reason.endswith(".")
            assert read.describe().endswith(".")

    fuzz.run(run, figures)


def test_fuzz_cohort_views(figures: Recorder) -> None:
    """The weekly counts, funnel, concerns and pages add up for any cohort and any day."""
    weekly = Fuzz("cohort.cohort_weekly", InputError)
    funnel = Fuzz("cohort.cohort_funnel")
    concerns = Fuzz("cohort.needs_a_word")
    pages = Fuzz("cohort.CohortWeekly.pages", InputError)

    @given(
        seeds=st.lists(SEEDS, max_size=4),
        today=days(),
        weeks=st.one_of(st.integers(-1, 30), st.sampled_from(EDGE_INTS)),
        size=ints(low=-1, high=5),
    )
    def run(seeds: list[int], today: date, weeks: int, size: int) -> None:
        parsed = []
        for number, seed in enumerate(seeds):
            entry = _export(random.Random(seed), [f"P{number}"])
            entry["participant_id"] = f"{number:032x}"
            with contextlib.suppress(ExportError):
                parsed.append(cohort.parse_export(entry, today=TODAY + timedelta(days=3660)))
        group = cohort.Cohort(tuple(parsed), ())
        counted = None
        with weekly.example(today, weeks):
            counted = cohort.cohort_weekly(group, today=today, weeks=weeks)
            assert len(counted.weeks) == weeks and len(counted.rows) == len(parsed)
            assert counted.scale == max((max(row) for _, row in counted.rows), default=0)
        with funnel.example(seeds):
            steps = [count for _, count in cohort.cohort_funnel(group).steps]
            assert all(count >= 0 for count in steps)
        with concerns.example(today):
            for concern in cohort.needs_a_word(group, today=today):
                assert concern.reasons and all(reason.strip() for reason in concern.reasons)
        with pages.example(size):
            shown = (counted or cohort.CohortWeekly((), ())).pages(size)
            assert sum(len(page.rows) for page in shown) == len(parsed if counted else [])

    Fuzz.run_all(run, figures, weekly, funnel, concerns, pages)

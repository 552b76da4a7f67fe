"""Tests for reading a collection folder of exports, checking each file, and the cohort views."""

import copy
import json
import os
from datetime import date, timedelta

import pytest

from infointerview import cohort
from infointerview.cohort import (
    CohortError,
    cohort_funnel,
    cohort_weekly,
    load_cohort,
    needs_a_word,
    parse_export,
)
from infointerview.demo import demo_cohort
from infointerview.export import ExportError

MONDAY = date(2026, 3, 16)


def _export(alias="Kim L.", participant_id="a" * 32, **changes) -> dict:
    data = {
        "format": "infointerview-export",
        "schema_version": 1,
        "participant_id": participant_id,
        "alias": alias,
        "exported_on": "2026-03-16",
        "stages": {"requested": 2, "met": 1},
        "reached": {"requested": 3, "accepted": 1, "met": 1},
        "activity": [
            {"date": "2026-03-02", "kind": "request_sent", "count": 2},
            {"date": "2026-03-12", "kind": "meeting_held", "count": 1},
        ],
        "due": [{"kind": "thank_you", "due_on": "2026-03-13"}],
    }
    data.update(changes)
    return data


def _write(folder, name, data) -> None:
    (folder / name).write_text(data if isinstance(data, str) else json.dumps(data))


def test_a_good_export_reads_back_with_its_counts():
    """Every field of a well-formed export comes through, typed."""
    read = parse_export(_export(), today=MONDAY)
    assert read.alias == "Kim L." and read.exported_on == MONDAY
    assert read.activity_total == 3 and read.last_active_on == date(2026, 3, 12)
    assert read.stages[cohort.Stage.MET] == 1 and read.stages[cohort.Stage.IDENTIFIED] == 0
    assert read.due == (("thank_you", date(2026, 3, 13)),)


def _mutate(path, value):
    data = _export()
    *parents, last = path
    target = data
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return data


BAD_EXPORTS = {
    "not an object": ([1, 2, 3], "a list, not an Information Please export"),
    "another format": ({"format": "nbgrader"}, "not an Information Please export"),
    "a newer schema version": (_export(schema_version=2), "schema version 2, a newer one"),
    "schema version as text": (_export(schema_version="1"), "should be a whole number, not text"),
    "missing alias": (_mutate(["alias"], KeyError), "alias ('alias') is missing"),
    "missing activity": (
        _mutate(["activity"], KeyError),
        "activity counts ('activity') is missing",
    ),
    "empty alias": (_export(alias="  "), "alias is empty"),
    "huge alias": (_export(alias="x" * 500), "500 characters long"),
    "alias as a number": (_export(alias=7), "should be text, not a number"),
    "a bad participant id": (_export(participant_id="../../etc"), "participant id"),
    "count as text": (_mutate(["activity", 0, "count"], "2"), "whole number, not text"),
    "count as true": (_mutate(["activity", 0, "count"], True), "whole number, not true/false"),
    "a negative count": (_mutate(["activity", 0, "count"], -4), "negative"),
    "an absurd count": (_mutate(["activity", 0, "count"], 10**9), "more than anyone could do"),
    "an unknown kind": (_mutate(["activity", 0, "kind"], "hack"), "unknown kind"),
    "a future activity": (_mutate(["activity", 0, "date"], "2026-03-20"), "in the future"),
    "a future export date": (_export(exported_on="2027-01-01"), "in the future"),
    "a date before 1970": (_mutate(["activity", 0, "date"], "1969-12-31"), "before 1970"),
    "a date that is not one": (_mutate(["activity", 0, "date"], "2026-02-30"), "is not a date"),
    "an unknown stage": (_mutate(["stages", "hired"], 1), "unknown stage"),
    "stage counts as a list": (_export(stages=[1, 2]), "should be an object, not a list"),
    "an unknown due kind": (_mutate(["due", 0, "kind"], "party"), "no known kind"),
    "too many rows": (
        _export(activity=[{"date": "2026-03-02", "kind": "other", "count": 1}] * 20_001),
        "20,001 activity rows",
    ),
}


@pytest.mark.parametrize("case", BAD_EXPORTS, ids=list(BAD_EXPORTS))
def test_a_bad_export_is_refused_with_a_reason(case):
    """Each kind of malformed export raises ExportError naming what is wrong."""
    data, reason = BAD_EXPORTS[case]
    with pytest.raises(ExportError) as error:
        parse_export(copy.deepcopy(data), today=MONDAY)
    assert reason in str(error.value)
    assert "\n" not in str(error.value)


def test_a_long_unknown_value_is_cut_short_but_still_quoted_whole():
    """A long bad kind is shortened inside its quotes, so the reason still reads right."""
    data = _mutate(["activity", 0, "kind"], "<svg onload=alert(1)>" * 5)
    with pytest.raises(ExportError) as error:
        parse_export(copy.deepcopy(data), today=MONDAY)
    assert str(error.value).endswith("kind '<svg onload=alert(1)><svg onload=alert(1'")


def test_bad_files_are_skipped_with_one_line_each_and_the_rest_are_read(tmp_path):
    """A folder of good and bad files: the good are counted, each bad one has a reason."""
    outside = tmp_path.parent / f"{tmp_path.name}-outside.json"
    outside.write_text(json.dumps(_export(alias="Outsider", participant_id="c" * 32)))
    folder = tmp_path / "collection"
    folder.mkdir()
    _write(folder, "good.json", _export())
    _write(folder, "other-good.json", _export(alias="Ana P.", participant_id="b" * 32))
    _write(folder, "not-json.json", "this is a letter, not JSON")
    _write(folder, "truncated.json", json.dumps(_export(participant_id="d" * 32))[:120])
    _write(folder, "newer.json", _export(schema_version=9, participant_id="e" * 32))
    _write(folder, "future.json", _export(exported_on="2030-01-01", participant_id="f" * 32))
    _write(folder, "same-alias.json", _export(alias="kim l.", participant_id="1" * 32))
    (folder / "binary.json").write_bytes(os.urandom(64) + b"\xff\xfe")
    (folder / "link.json").symlink_to(outside)
    (folder / "folder.json").mkdir()
    with open(folder / "huge.json", "wb") as huge:
        huge.truncate(100 * 1024 * 1024)  # 100 MB, sparse: must be refused before reading
    _write(folder, ".infointerview-half.tmp", "{")
    _write(folder, "notes.txt", "not an export and not called one")

    loaded = load_cohort(folder, today=MONDAY)
    assert [p.alias for p in loaded.participants] == ["Ana P.", "Kim L."]
    reasons = {s.file: s.reason for s in loaded.skipped}
    assert set(reasons) == {
        "not-json.json",
        "truncated.json",
        "newer.json",
        "future.json",
        "same-alias.json",
        "binary.json",
        "link.json",
        "folder.json",
        "huge.json",
    }
    assert "not valid JSON" in reasons["not-json.json"]
    assert "cut off" in reasons["truncated.json"]
    assert "newer" in reasons["newer.json"]
    assert "future" in reasons["future.json"]
    assert (
        "uses the alias" in reasons["same-alias.json"] and "--alias" in reasons["same-alias.json"]
    )
    assert "UTF-8" in reasons["binary.json"]
    assert "outside the collection folder" in reasons["link.json"]
    assert "not a regular file" in reasons["folder.json"]
    assert "104.9 MB" in reasons["huge.json"]
    for file, reason in reasons.items():
        assert reason.startswith(f"{file}: ") and "\n" not in reason
    assert loaded.describe() == "Read 2 participants' exports; skipped 9 files."


def test_a_link_inside_the_folder_counts_once(tmp_path):
    """A link to another export in the same folder is the same participant, counted once."""
    _write(tmp_path, "a.json", _export())
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert len(loaded.participants) == 1
    assert "same participant" in loaded.skipped[0].reason


def test_two_exports_of_one_participant_keep_the_newer(tmp_path):
    """A copied older export of the same participant is skipped in favour of the newer."""
    _write(tmp_path, "new.json", _export())
    _write(tmp_path, "old.json", _export(exported_on="2026-03-02", activity=[]))
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert [p.file for p in loaded.participants] == ["new.json"]
    assert loaded.skipped[0].reason == (
        "old.json: an older export by the same participant as new.json."
    )


def test_a_missing_or_unlistable_folder_is_a_clear_error(tmp_path):
    """The folder itself must exist and be a folder."""
    with pytest.raises(CohortError, match="does not exist"):
        load_cohort(tmp_path / "nowhere", today=MONDAY)
    (tmp_path / "file").write_text("")
    with pytest.raises(CohortError, match="is a file"):
        load_cohort(tmp_path / "file", today=MONDAY)


def test_an_empty_folder_is_an_empty_cohort(tmp_path):
    """No exports yet is not an error: nothing read, nothing skipped."""
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert loaded.participants == () and loaded.skipped == ()
    assert cohort_weekly(loaded, today=MONDAY).rows == ()
    assert needs_a_word(loaded, today=MONDAY) == []


def test_weekly_counts_share_one_scale_and_ignore_other_weeks(tmp_path):
    """Each participant's weekly totals line up on the same Mondays."""
    _write(tmp_path, "a.json", _export())
    _write(
        tmp_path,
        "b.json",
        _export(
            alias="Ana P.",
            participant_id="b" * 32,
            activity=[
                {"date": "2025-01-06", "kind": "other", "count": 5},  # long before the window
                {"date": "2026-03-16", "kind": "request_sent", "count": 4},
            ],
        ),
    )
    weekly = cohort_weekly(load_cohort(tmp_path, today=MONDAY), today=MONDAY, weeks=3)
    assert weekly.weeks == (date(2026, 3, 2), date(2026, 3, 9), MONDAY)
    assert weekly.rows == (("Ana P.", (0, 0, 4)), ("Kim L.", (2, 1, 0)))
    assert weekly.scale == 4
    pages = weekly.pages(1)
    assert [page.rows for page in pages] == [weekly.rows[:1], weekly.rows[1:]]
    assert {page.scale for page in pages} == {4}


def test_the_cohort_funnel_adds_up_every_participant(tmp_path):
    """The funnel's steps are the sums of each participant's."""
    _write(tmp_path, "a.json", _export())
    _write(tmp_path, "b.json", _export(alias="Ana P.", participant_id="b" * 32))
    steps = dict(cohort_funnel(load_cohort(tmp_path, today=MONDAY)).steps)
    assert steps == {"Asked": 6, "Said yes": 2, "Met": 2, "Thanked": 0, "Keeping in touch": 0}


def test_who_may_need_a_word_and_why(tmp_path):
    """Quiet for ten days, a thank-you overdue, a follow-up due: each is named; others are not."""
    _write(tmp_path, "fine.json", _export(alias="Fine", participant_id="1" * 32, due=[]))
    _write(
        tmp_path,
        "quiet.json",
        _export(
            alias="Quiet",
            participant_id="2" * 32,
            activity=[{"date": "2026-03-06", "kind": "other", "count": 1}],
            due=[{"kind": "follow_up", "due_on": "2026-03-16"}],
        ),
    )
    _write(tmp_path, "owes.json", _export(alias="Owes", participant_id="3" * 32))
    _write(tmp_path, "new.json", _export(alias="New", participant_id="4" * 32, activity=[], due=[]))
    loaded = load_cohort(tmp_path, today=MONDAY)
    concerns = {c.alias: c.reasons for c in needs_a_word(loaded, today=MONDAY)}
    assert concerns == {
        "New": ("Nothing logged yet",),
        "Owes": ("1 thank-you note overdue",),
        "Quiet": ("No activity for 10 days", "1 follow-up due"),
    }
    # A day earlier, the thank-you (due 13 March, the day after the meeting) was not yet overdue.
    earlier = {c.alias for c in needs_a_word(loaded, today=MONDAY - timedelta(days=2))}
    assert "Owes" not in earlier


def test_a_demo_cohort_is_valid_varied_and_repeatable(tmp_path):
    """`demo --cohort` files all pass the checks, differ, and come out the same for a seed."""
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    paths = demo_cohort(tmp_path / "one", 25, today=MONDAY)
    again = demo_cohort(tmp_path / "two", 25, today=MONDAY)
    assert [p.name for p in paths] == [p.name for p in again]
    assert [p.read_text() for p in paths] == [p.read_text() for p in again]
    loaded = load_cohort(tmp_path / "one", today=MONDAY)
    assert len(loaded.participants) == 25 and loaded.skipped == ()
    totals = {p.activity_total for p in loaded.participants}
    assert len(totals) > 10
    concerns = needs_a_word(loaded, today=MONDAY)
    assert 0 < len(concerns) < 25
    reasons = " ".join(r for c in concerns for r in c.reasons)
    for expected in ("No activity for", "thank-you note", "follow-up"):
        assert expected in reasons


@pytest.mark.parametrize("folder", ["~no-such-user-here/exports", "x" * 1_000])
def test_an_impossible_folder_name_is_a_cohort_error(folder):
    """A ~user nobody has, or a name too long for the disk, is a CohortError (fuzzing)."""
    with pytest.raises(CohortError, match="collection folder"):
        load_cohort(folder, today=MONDAY)


def test_a_file_with_a_number_too_long_to_read_is_skipped(tmp_path):
    """Python refuses integers of over 4,300 digits; such a file is skipped with a reason
    instead of stopping the whole cohort (found by fuzzing: a ValueError escaped)."""
    demo_cohort(tmp_path, 2, today=MONDAY)
    (tmp_path / "huge.json").write_text('{"schema_version": ' + "1" * 5_000 + "}")
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert len(loaded.participants) == 2
    assert [s.reason for s in loaded.skipped] == [
        "huge.json: it holds a number far too long to be an export."
    ]


def test_a_page_holds_at_least_one_participant():
    """Pages of zero participants are refused in words (an InputError, still a ValueError)."""
    from infointerview.model import InputError

    with pytest.raises(InputError, match="at least one participant"):
        cohort.CohortWeekly((), ()).pages(0)


# --- one folder per participant (Zero to JupyterHub's `subPath: collection/{username}`) -------


def _subfolder(folder, name):
    (folder / name).mkdir()
    return folder / name


def test_exports_one_folder_down_are_read_with_their_path(tmp_path):
    """Exports at the top and in each participant's subfolder are all read, named by path."""
    _write(tmp_path, "top.json", _export(alias="Top", participant_id="1" * 32))
    _write(_subfolder(tmp_path, "alice"), "1f3e.json", _export(alias="Alice"))
    bob = _subfolder(tmp_path, "bob")
    _write(bob, "9a0c.json", _export(alias="Bob", participant_id="b" * 32))
    _write(bob, "broken.json", "[1, 2")
    _write(bob, ".infointerview-half.tmp.json", "{")
    _write(bob, "notes.txt", "not an export")
    _subfolder(tmp_path, "carol")  # has not exported yet
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert [(p.alias, p.file) for p in loaded.participants] == [
        ("Alice", "alice/1f3e.json"),
        ("Bob", "bob/9a0c.json"),
        ("Top", "top.json"),
    ]
    assert [(s.file, s.reason) for s in loaded.skipped] == [
        (
            "bob/broken.json",
            "bob/broken.json: it ends too early: it was cut off while being copied.",
        )
    ]


def test_exports_two_folders_down_are_not_read(tmp_path):
    """Only one level down is read: a folder inside a participant's folder is left alone."""
    alice = _subfolder(tmp_path, "alice")
    _write(alice, "1f3e.json", _export(alias="Alice"))
    _write(_subfolder(alice, "backup"), "old.json", _export(alias="Old", participant_id="b" * 32))
    _write(
        _subfolder(_subfolder(tmp_path, "x"), "y"), "deep.json", _export(participant_id="c" * 32)
    )
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert [p.file for p in loaded.participants] == ["alice/1f3e.json"]
    assert loaded.skipped == ()


def test_a_hidden_subfolder_is_not_read(tmp_path):
    """A folder whose name starts with a dot is left alone, like hidden files."""
    _write(_subfolder(tmp_path, ".ipynb_checkpoints"), "a.json", _export())
    _write(_subfolder(tmp_path, ".trash"), "broken.json", "[1, 2")
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert loaded.participants == () and loaded.skipped == ()


def test_a_linked_subfolder_is_skipped_and_not_followed(tmp_path):
    """A subfolder that is a link could point anywhere: it is named as skipped, never read."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    _write(outside, "secret.json", _export(alias="Outsider", participant_id="c" * 32))
    folder = _subfolder(tmp_path, "collection")
    _write(_subfolder(folder, "alice"), "1f3e.json", _export(alias="Alice"))
    (folder / "mallory").symlink_to(outside, target_is_directory=True)
    (folder / "zed").symlink_to(folder / "alice", target_is_directory=True)  # even inside
    loaded = load_cohort(folder, today=MONDAY)
    assert [p.alias for p in loaded.participants] == ["Alice"]
    assert [s.reason for s in loaded.skipped] == [
        "mallory: a link to another folder, not followed.",
        "zed: a link to another folder, not followed.",
    ]


def test_a_linked_file_in_a_subfolder_must_stay_in_the_collection_folder(tmp_path):
    """A link in a participant's folder to a file outside the collection folder is refused."""
    outside = tmp_path / "outside.json"
    outside.write_text(json.dumps(_export(alias="Outsider", participant_id="c" * 32)))
    folder = _subfolder(tmp_path, "collection")
    alice = _subfolder(folder, "alice")
    _write(alice, "1f3e.json", _export(alias="Alice"))
    (alice / "link.json").symlink_to(outside)
    # A link to another export inside the collection folder is read: the same participant.
    (_subfolder(folder, "aaron") / "copy.json").symlink_to(alice / "1f3e.json")
    loaded = load_cohort(folder, today=MONDAY)
    assert [p.file for p in loaded.participants] == ["alice/1f3e.json"]
    reasons = {s.file: s.reason for s in loaded.skipped}
    assert reasons["alice/link.json"] == (
        "alice/link.json: it is a link to a file outside the collection folder."
    )
    assert "same participant as alice/1f3e.json" in reasons["aaron/copy.json"]


def _refuse_to_list(monkeypatch, path, error):
    """Make os.scandir fail for one folder, as it would for a folder root may not read."""
    real = os.scandir

    def scandir(where="."):
        if os.fspath(where) == os.fspath(path):
            raise error
        return real(where)

    monkeypatch.setattr(cohort.os, "scandir", scandir)


def test_an_unlistable_subfolder_is_skipped_and_the_others_are_read(tmp_path, monkeypatch):
    """A participant's folder that cannot be listed is one skipped entry, not a failed cohort."""
    _write(_subfolder(tmp_path, "alice"), "1f3e.json", _export(alias="Alice"))
    _write(_subfolder(tmp_path, "bob"), "9a0c.json", _export(alias="Bob", participant_id="b" * 32))
    _refuse_to_list(monkeypatch, tmp_path / "bob", PermissionError(13, "Permission denied"))
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert [p.alias for p in loaded.participants] == ["Alice"]
    assert [(s.file, s.reason) for s in loaded.skipped] == [
        (
            "bob",
            "bob: the folder could not be read (Permission denied), so no export in it was "
            "counted.",
        )
    ]
    assert loaded.describe() == "Read 1 participant's export; skipped 1 file."


def test_a_subfolder_that_vanishes_while_reading_is_skipped(tmp_path, monkeypatch):
    """A participant's folder removed between listing and reading is skipped in plain words."""
    _write(_subfolder(tmp_path, "alice"), "1f3e.json", _export(alias="Alice"))
    _subfolder(tmp_path, "bob")
    _refuse_to_list(monkeypatch, tmp_path / "bob", FileNotFoundError(2, "No such file"))
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert [p.alias for p in loaded.participants] == ["Alice"]
    assert [s.reason for s in loaded.skipped] == [
        "bob: the folder went away while it was being read."
    ]


def test_an_unlistable_collection_folder_is_still_a_cohort_error(tmp_path, monkeypatch):
    """The top folder failing to list stops with a CohortError, as before subfolders."""
    _refuse_to_list(monkeypatch, tmp_path, PermissionError(13, "Permission denied"))
    with pytest.raises(CohortError, match="cannot be listed"):
        load_cohort(tmp_path, today=MONDAY)


def test_one_participant_in_two_subfolders_keeps_the_newer(tmp_path):
    """The same participant's exports in two folders: the newer counts, the older is skipped."""
    _write(
        _subfolder(tmp_path, "alice"), "old.json", _export(exported_on="2026-03-02", activity=[])
    )
    _write(_subfolder(tmp_path, "bob"), "new.json", _export())
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert [p.file for p in loaded.participants] == ["bob/new.json"]
    assert [s.reason for s in loaded.skipped] == [
        "alice/old.json: an older export by the same participant as bob/new.json."
    ]


def test_an_alias_clash_across_subfolders_names_both_paths(tmp_path):
    """Two participants with one alias in different folders: the second is skipped, by path."""
    _write(_subfolder(tmp_path, "alice"), "a.json", _export())
    _write(_subfolder(tmp_path, "bob"), "b.json", _export(alias="KIM L.", participant_id="b" * 32))
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert [p.file for p in loaded.participants] == ["alice/a.json"]
    assert loaded.skipped[0].reason.startswith(
        "bob/b.json: another participant (alice/a.json) uses the alias 'KIM L.' too"
    )


def test_a_cohort_of_many_subfolders_reads_in_path_order(tmp_path):
    """Three hundred participants' folders load, and skipped files come in path order."""
    for n in range(300):
        folder = _subfolder(tmp_path, f"user{n:03d}")
        _write(folder, f"{n:032x}.json", _export(alias=f"P{n:03d}", participant_id=f"{n:032x}"))
    for n in (250, 7, 120):
        _write(tmp_path / f"user{n:03d}", "broken.json", "[1, 2")
    loaded = load_cohort(tmp_path, today=MONDAY)
    assert len(loaded.participants) == 300
    assert [s.file for s in loaded.skipped] == [
        "user007/broken.json",
        "user120/broken.json",
        "user250/broken.json",
    ]

"""Fuzzing the exports: CSV cells are never formulas, JSON keeps text exactly, and the
instructor's export of any workspace and alias reads back through the cohort's own checks."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infointerview import cohort, export
from infointerview.model import ActivityKind, InputError, Stage, clean_text
from infointerview.store import Workspace, WorkspaceError

from .fuzzing import (
    PINNED_DAY,
    Fuzz,
    Recorder,
    days,
    environment,
    participant_text,
    pin_today,
    text_around,
)

DOCUMENTED = (InputError, LookupError, WorkspaceError, export.ExportError)
EARLIEST = date(1970, 1, 1)


class Logged:
    """An in-memory workspace that each example adds a contact and an activity to.

    It is renewed every 20 examples, so that the CSV and JSON stay a few dozen rows long.
    """

    def __init__(self) -> None:
        self.workspace = Workspace(":memory:")
        self.examples = 0

    def add(self, name: str, organisation: str, detail: str, on: date, stage: Stage) -> None:
        if self.examples and self.examples % 20 == 0:
            self.workspace.close()
            self.workspace = Workspace(":memory:")
        self.examples += 1
        try:
            contact = self.workspace.add_contact(name, organisation=organisation)
        except InputError:
            contact = self.workspace.add_contact(f"Contact {self.examples}")
        try:
            self.workspace.log(ActivityKind.OTHER, on=on, contact_id=contact.id, detail=detail)
        except InputError:
            self.workspace.log(ActivityKind.OTHER, on=on, contact_id=contact.id)
        if stage is not Stage.IDENTIFIED:
            self.workspace.set_stage(contact.id, stage, on=on)


@pytest.fixture
def logged(monkeypatch: pytest.MonkeyPatch) -> Iterator[Logged]:
    """Each example's contact and activity go into one workspace, renewed every 20."""
    pin_today(monkeypatch)
    made = Logged()
    yield made
    made.workspace.close()


ENTRY = {
    "name": participant_text(long=False),
    "organisation": participant_text(long=False),
    "detail": participant_text(),
    "on": days(EARLIEST, PINNED_DAY),
    "stage": st.sampled_from(list(Stage)),
}


def test_fuzz_neutralise(figures: Recorder) -> None:
    """neutralise quotes exactly the cells a spreadsheet would run, and nothing else."""
    fuzz = Fuzz("export.neutralise")

    @given(cell=participant_text())
    def run(cell: str) -> None:
        with fuzz.example(cell):
            safe = export.neutralise(cell)
            if cell.startswith(export.FORMULA_STARTS):
                assert safe == "'" + cell
            else:
                assert safe == cell

    fuzz.run(run, figures)


def _unquoted(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(export.FORMULA_STARTS) else cell


def test_fuzz_exports_of_a_workspace(figures: Recorder, logged: Logged) -> None:
    """CSV cells are never live formulas, JSON keeps text, the export reads back in the cohort."""
    as_csv = Fuzz("export.activity_csv", *DOCUMENTED)
    as_json = Fuzz("export.activity_json", *DOCUMENTED)
    for_instructor = Fuzz("export.participant_export", *DOCUMENTED)

    @given(
        **ENTRY,
        alias=st.one_of(participant_text(), text_around(cohort.ALIAS_MAX_CHARS)),
        include=st.booleans(),
        today=days(PINNED_DAY),
    )
    def run(
        name: str,
        organisation: str,
        detail: str,
        on: date,
        stage: Stage,
        alias: str,
        include: bool,
        today: date,
    ) -> None:
        logged.add(name, organisation, detail, on, stage)
        workspace = logged.workspace
        activities = workspace.activities()
        with as_csv.example(name, organisation, detail):
            rows = list(csv.reader(io.StringIO(export.activity_csv(workspace), newline="")))
            assert rows[0] == list(export.COLUMNS) and len(rows) - 1 == len(activities)
            for row in rows[1:]:
                assert len(row) == len(export.COLUMNS)
                for cell in row:
                    assert not cell.startswith(export.FORMULA_STARTS), f"a live formula: {cell!r}"
            shown = sorted(_unquoted(row[4]) for row in rows[1:])
            assert shown == sorted(a.detail for a in activities), "a detail did not read back"
        with as_json.example(name, organisation, detail):
            data = json.loads(export.activity_json(workspace))
            assert [row["detail"] for row in data["activities"]] == [a.detail for a in activities]
            names = {c.name for c in workspace.contacts()}
            assert {row["contact"] for row in data["activities"]} <= names | {""}
        with for_instructor.example(alias, include, today):
            data = export.participant_export(
                workspace, alias=alias, include_contacts=include, today=today
            )
            text = json.dumps(data, ensure_ascii=False)
            read = cohort.parse_export(json.loads(text), file="me.json", today=today)
            assert read.alias == clean_text(alias, "a", max_chars=cohort.ALIAS_MAX_CHARS)
            assert read.exported_on == today
            assert read.activity_total == len(workspace.activities(until=today))
            assert sum(read.stages.values()) == len(workspace.contacts())
            if include:
                assert [c.name for c in read.contacts] == [c.name for c in workspace.contacts()]

    Fuzz.run_all(run, figures, as_csv, as_json, for_instructor)


def test_fuzz_write_participant_export(
    figures: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_participant_export writes any alias's export whole, or says what to do."""
    pin_today(monkeypatch)
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")  # a relative folder name must not land in the repo
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # nor "~" in the real home folder
    fuzz = Fuzz("export.write_participant_export", *DOCUMENTED)
    named = Fuzz("export.collection_folder", export.ExportError)
    folder = tmp_path / "collection"
    folder.mkdir()
    workspace = Workspace(":memory:")
    workspace.add_contact("Amara Okafor", organisation="Harbour Trust")

    @given(
        alias=st.one_of(st.none(), participant_text(), text_around(cohort.ALIAS_MAX_CHARS)),
        where=st.one_of(
            st.just(str(folder)),
            st.sampled_from(("~no-such-user-here/x", str(folder / "missing"), "")),
            # Typed names stay under this test's own folder: "/" or ".." typed here must
            # never make the fuzzer write into the real file system.
            participant_text(long=False)
            .filter(lambda text: ".." not in text)
            .map(lambda text: f"{tmp_path}/cwd/{text}"),
        ),
        variable=st.booleans(),
    )
    def run(alias: str | None, where: str, variable: bool) -> None:
        with (
            environment(export.COLLECTION_VARIABLE, where.replace("\x00", "")),
            named.example(where),
        ):
            found = export.collection_folder()
            assert (found is None) == (not where.replace("\x00", "").strip())
        # The folder name comes back in messages as the path reads it ("a//b" as "a/b").
        with fuzz.example(alias, where, str(Path(where.replace("\x00", ""))), variable):
            if variable:
                with environment(export.COLLECTION_VARIABLE, where.replace("\x00", "")):
                    written = export.write_participant_export(workspace, alias=alias)
            else:
                written = export.write_participant_export(workspace, where, alias=alias)
            read = cohort.read_export(written, folder=written.parent, today=PINNED_DAY)
            assert read.alias == clean_text(alias, "a", max_chars=cohort.ALIAS_MAX_CHARS)
            assert written.resolve().is_relative_to(tmp_path), written
            assert where.strip(), "an empty folder name was taken as the current folder"
            assert not [p for p in written.parent.iterdir() if p.name.startswith(".")]

    try:
        Fuzz.run_all(run, figures, fuzz, named)
    finally:
        workspace.close()

"""A cohort, for the instructor: read participants' exports, check each one, and sum them up.

Participants write their exports into a shared collection folder (see ``export``, which also
defines the format read here and ExportError, raised here for a file that cannot be used). On
Zero to JupyterHub each participant sees only their own subfolder of it
(``collection/{username}``), so the instructor reads the ``*.json`` files directly in the
folder and one level down, never deeper; an export's name is then its path in the folder, such
as ``alice/1f3e….json``.

Anything can end up in such a folder, so every file is checked before it counts: its size
before it is read, then its format, schema version, types, sizes and dates. A file that fails
is skipped with a one-line reason the instructor can pass on; the rest of the cohort is still
read. A subfolder that is a link, or that cannot be listed, is skipped the same way.

The views are for a kind word, not a ranking: there is no leaderboard here on purpose.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from infointerview import clock
from infointerview.due import THANK_YOU_DUE_DAYS, THANK_YOU_OVERDUE_AFTER_DAYS
from infointerview.export import (
    ALIAS_MAX_CHARS,
    COLLECTION_VARIABLE,
    FORMAT,
    REACHED_STAGES,
    SCHEMA_VERSION,
    ExportError,
    collection_folder,
)
from infointerview.model import ActivityKind, InputError, Stage, expand_home, plural
from infointerview.networking import FUNNEL_STEPS, Funnel, week_of, week_starts

#: An export of a busy year is about 100 kB; anything this big is not an export.
MAX_FILE_BYTES = 2_000_000
MAX_ACTIVITY_ROWS = 20_000
#: More of one kind of activity on one day than anyone could do: a broken or made-up file.
MAX_COUNT_PER_DAY = 200
MAX_CONTACTS = 10_000
MAX_TARGETS = 10_000
MAX_DUE_ITEMS = 10_000
MAX_TEXT_CHARS = 200
EARLIEST = date(1970, 1, 1)
QUIET_DAYS = 10
DUE_KINDS = ("meeting", "thank_you", "second_contact", "follow_up", "keep_in_touch", "ask_again")
_ID = re.compile(r"[0-9a-f]{8,64}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


class CohortError(Exception):
    """The collection folder itself cannot be read."""


@dataclass(frozen=True)
class ContactSummary:
    """A contact, in an export the participant chose to share with names."""

    name: str
    organisation: str
    stage: Stage


@dataclass(frozen=True)
class ParticipantExport:
    """One participant's export, checked."""

    file: str
    participant_id: str
    alias: str
    exported_on: date
    stages: Mapping[Stage, int]
    reached: Mapping[Stage, int]
    activity: tuple[tuple[date, ActivityKind, int], ...]  # (day, kind, how many)
    due: tuple[tuple[str, date], ...]  # (kind, due on)
    contacts: tuple[ContactSummary, ...] | None = None  # only when the participant shared them
    #: (targets listed, targets with a contact); None in an export made before target lists
    targets: tuple[int, int] | None = None

    @property
    def last_active_on(self) -> date | None:
        return max((day for day, _, _ in self.activity), default=None)

    @property
    def activity_total(self) -> int:
        return sum(count for _, _, count in self.activity)


@dataclass(frozen=True)
class Skipped:
    """A file in the collection folder that was not counted, and why."""

    file: str
    reason: str


@dataclass(frozen=True)
class Cohort:
    """The exports that passed, in alias order, and the files that did not."""

    participants: tuple[ParticipantExport, ...]
    skipped: tuple[Skipped, ...]
    folder: Path | None = None  # the collection folder they were read from

    def describe(self) -> str:
        """One line for the instructor: how many exports were read and skipped."""
        count = len(self.participants)
        text = (
            "Read 1 participant's export" if count == 1 else f"Read {count} participants' exports"
        )
        if self.skipped:
            text += f"; skipped {plural(len(self.skipped), 'file')}"
        return text + "."


# --- checking one export -------------------------------------------------------------------


T = TypeVar("T")


def _field(data: Mapping, key: str, kind: type[T], what: str) -> T:
    if key not in data:
        raise ExportError(f"the {what} ({key!r}) is missing")
    value = data[key]
    # bool is an int to Python, never to us.
    if isinstance(value, bool) and kind is not bool:
        raise ExportError(f"the {what} ({key!r}) should be {_kind_name(kind)}, not true/false")
    if not isinstance(value, kind):
        raise ExportError(
            f"the {what} ({key!r}) should be {_kind_name(kind)}, not {_json_name(value)}"
        )
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", list: "a list", dict: "an object"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _json_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _text(value: object, what: str, max_chars: int, *, required: bool = True) -> str:
    if not isinstance(value, str):
        raise ExportError(f"the {what} should be text, not {_json_name(value)}")
    if len(value) > max_chars:
        raise ExportError(f"the {what} is {len(value):,} characters long (at most {max_chars})")
    cleaned = _CONTROL.sub("", value).strip()
    if required and not cleaned:
        raise ExportError(f"the {what} is empty")
    return cleaned


def _day(value: object, what: str, *, latest: date) -> date:
    if not isinstance(value, str):
        raise ExportError(f"the {what} should be a date like 2026-03-02, not {_json_name(value)}")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ExportError(f"the {what} {value[:40]!r} is not a date like 2026-03-02") from None
    if day < EARLIEST:
        raise ExportError(f"the {what} {day.isoformat()} is before 1970")
    if day > latest:
        raise ExportError(f"the {what} {day.isoformat()} is in the future")
    return day


def _count(value: object, what: str, limit: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ExportError(f"the {what} should be a whole number, not {_json_name(value)}")
    if value < 0:
        raise ExportError(f"the {what} is negative ({value})")
    if value > limit:
        raise ExportError(f"the {what} is {value:,}, more than anyone could do (at most {limit:,})")
    return value


def _stage_counts(data: Mapping, key: str, what: str, allowed: Iterable[Stage]) -> dict:
    raw = _field(data, key, dict, what)
    allowed = tuple(allowed)
    counts: dict[Stage, int] = {}
    for name, value in raw.items():
        try:
            stage = Stage(name)
        except ValueError:
            raise ExportError(f"the {what} names an unknown stage {str(name)[:40]!r}") from None
        if stage not in allowed:
            raise ExportError(f"the {what} should not count the stage {stage.value!r}")
        counts[stage] = _count(value, f"count of {stage.label} contacts", MAX_CONTACTS)
    return {stage: counts.get(stage, 0) for stage in allowed}


def parse_export(data: object, *, file: str = "", today: date | None = None) -> ParticipantExport:
    """Check a decoded export and return it, or raise ExportError naming the first problem."""
    today = today or clock.today()
    if not isinstance(data, dict):
        raise ExportError(f"it holds {_json_name(data)}, not an Information Please export")
    if data.get("format") != FORMAT:
        raise ExportError("it is not an Information Please export (no 'format' of ours)")
    version = _field(data, "schema_version", int, "schema version")
    if version != SCHEMA_VERSION:
        newer = "newer" if version > SCHEMA_VERSION else "older"
        raise ExportError(
            f"it uses schema version {version}, a {newer} one than this package reads "
            f"({SCHEMA_VERSION}); export again with the same version of Information Please"
        )
    participant_id = _field(data, "participant_id", str, "participant id")
    if not _ID.fullmatch(participant_id):
        raise ExportError("the participant id is not the random id an export carries")
    alias = _text(_field(data, "alias", str, "alias"), "alias", ALIAS_MAX_CHARS)
    exported_on = _day(_field(data, "exported_on", str, "export date"), "export date", latest=today)
    stages = _stage_counts(data, "stages", "stage counts", Stage)
    reached = _stage_counts(data, "reached", "funnel counts", REACHED_STAGES)

    rows = _field(data, "activity", list, "activity counts")
    if len(rows) > MAX_ACTIVITY_ROWS:
        raise ExportError(f"it has {len(rows):,} activity rows (at most {MAX_ACTIVITY_ROWS:,})")
    activity: list[tuple[date, ActivityKind, int]] = []
    for row in rows:
        if not isinstance(row, dict):
            raise ExportError(f"an activity row is {_json_name(row)}, not an object")
        day = _day(row.get("date"), "activity date", latest=exported_on)
        try:
            kind = ActivityKind(str(row.get("kind")))
        except ValueError:
            raise ExportError(
                f"an activity row has an unknown kind {str(row.get('kind'))[:40]!r}"
            ) from None
        count = _count(row.get("count"), f"number of {kind.label} on {day}", MAX_COUNT_PER_DAY)
        activity.append((day, kind, count))

    due_rows = _field(data, "due", list, "due dates")
    if len(due_rows) > MAX_DUE_ITEMS:
        raise ExportError(f"it has {len(due_rows):,} due dates (at most {MAX_DUE_ITEMS:,})")
    due: list[tuple[str, date]] = []
    for row in due_rows:
        if not isinstance(row, dict) or row.get("kind") not in DUE_KINDS:
            raise ExportError("a due date has no known kind (thank_you, follow_up, …)")
        # Due dates may lie ahead of the export (a meeting next week), but not absurdly far.
        due_on = _day(row.get("due_on"), "due date", latest=exported_on + timedelta(days=3660))
        due.append((row["kind"], due_on))

    contacts: tuple[ContactSummary, ...] | None = None
    if "contacts" in data:
        raw_contacts = _field(data, "contacts", list, "contacts")
        if len(raw_contacts) > MAX_CONTACTS:
            raise ExportError(f"it lists {len(raw_contacts):,} contacts (at most {MAX_CONTACTS:,})")
        listed: list[ContactSummary] = []
        for entry in raw_contacts:
            if not isinstance(entry, dict):
                raise ExportError(f"a contact is {_json_name(entry)}, not an object")
            try:
                stage = Stage(str(entry.get("stage")))
            except ValueError:
                raise ExportError("a contact has an unknown stage") from None
            listed.append(
                ContactSummary(
                    _text(entry.get("name"), "contact's name", MAX_TEXT_CHARS),
                    _text(
                        entry.get("organisation", ""),
                        "contact's organisation",
                        MAX_TEXT_CHARS,
                        required=False,
                    ),
                    stage,
                )
            )
        contacts = tuple(listed)
    targets: tuple[int, int] | None = None
    if "targets" in data:
        counted = _field(data, "targets", dict, "target counts")
        listed_targets = _count(counted.get("listed"), "number of targets listed", MAX_TARGETS)
        with_contact = _count(
            counted.get("with_contact"), "number of targets with a contact", listed_targets
        )
        targets = (listed_targets, with_contact)
    return ParticipantExport(
        file=file,
        participant_id=participant_id,
        alias=alias,
        exported_on=exported_on,
        stages=stages,
        reached=reached,
        activity=tuple(sorted(activity)),
        due=tuple(sorted(due, key=lambda item: item[1])),
        contacts=contacts,
        targets=targets,
    )


def read_export(path: Path, *, folder: Path, today: date | None = None) -> ParticipantExport:
    """Read and check one export file that sits in ``folder``; raise ExportError if unusable."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(folder.resolve()):
            raise ExportError("it is a link to a file outside the collection folder")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExportError(f"it could not be opened ({error.strerror})") from None
    if not path.is_file():
        raise ExportError("it is not a regular file")
    if size > MAX_FILE_BYTES:
        raise ExportError(
            f"it is {size / 1_000_000:,.1f} MB, far bigger than any export "
            f"(at most {MAX_FILE_BYTES // 1_000_000} MB)"
        )
    try:
        raw = path.read_bytes()[: MAX_FILE_BYTES + 1]  # it may have grown since stat
    except OSError as error:
        raise ExportError(f"it could not be read ({error.strerror})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ExportError("it grew past the size limit while being read")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ExportError("it is not UTF-8 text, so not an export") from None
    except json.JSONDecodeError as error:
        # A copy cut short fails at its very end, or inside a string it never closes.
        if error.pos >= len(raw.rstrip()) - 1 or error.msg.startswith("Unterminated string"):
            raise ExportError("it ends too early: it was cut off while being copied") from None
        raise ExportError(
            f"it is not valid JSON (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise ExportError("it is nested too deeply to be an export") from None
    except ValueError:
        # Python refuses to read a number of more than 4,300 digits: no export holds one.
        raise ExportError("it holds a number far too long to be an export") from None
    return parse_export(data, file=path.name, today=today)


def _is_export_name(name: str) -> bool:
    # Hidden files are exports still being written (see ``export``), or not ours.
    return name.endswith(".json") and not name.startswith(".")


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # gone, or not ours to look at: nothing to read in it either way
        return False


def _list_subfolder(entry: os.DirEntry) -> tuple[list[str], Skipped | None]:
    """The export names in one participant's subfolder, or why it could not be read."""
    name = entry.name
    if entry.is_symlink():
        # It could point anywhere, even at another participant's or the instructor's files.
        return [], Skipped(name, f"{name}: a link to another folder, not followed.")
    try:
        with os.scandir(entry.path) as inside:
            return sorted(f"{name}/{e.name}" for e in inside if _is_export_name(e.name)), None
    except FileNotFoundError:
        return [], Skipped(name, f"{name}: the folder went away while it was being read.")
    except OSError as error:
        return [], Skipped(
            name,
            f"{name}: the folder could not be read ({error.strerror or 'an unknown error'}), "
            "so no export in it was counted.",
        )


def load_cohort(folder: Path | str | None = None, *, today: date | None = None) -> Cohort:
    """Read every ``*.json`` export in the folder and in each of its subfolders (one level
    down, as on Zero to JupyterHub); skip the ones that fail, saying why.

    Without ``folder``, the collection folder INFOINTERVIEW_COLLECTION names is read. Each
    export's ``file`` is its path in the folder with a forward slash (``alice/1f3e.json``);
    one directly in the folder keeps its plain name. Hidden entries are left alone at both
    levels; a subfolder that is a link is not followed, and one that cannot be listed is skipped
    with a reason while the rest of the cohort is still read.
    """
    if folder is None:
        try:
            folder = collection_folder()
        except ExportError as error:
            raise CohortError(str(error)) from None
        if folder is None:
            raise CohortError(
                "Which collection folder should be read? Give it: infointerview cohort DIR "
                f"(or set {COLLECTION_VARIABLE})."
            )
    named, folder = folder, expand_home(folder)
    today = today or clock.today()
    if folder is None:
        raise CohortError(
            f"The collection folder {named} starts with ~, but that home folder is not known "
            "here; give the full path."
        )
    try:
        exists, is_folder = folder.exists(), folder.is_dir()
    except OSError as error:  # a name too long for the file system, say
        raise CohortError(
            f"The collection folder {folder} cannot be used ({error.strerror}); check its name."
        ) from None
    if not exists:
        raise CohortError(f"The collection folder {folder} does not exist.")
    if not is_folder:
        raise CohortError(f"{folder} is a file, not a collection folder.")
    try:
        with os.scandir(folder) as entries:
            top = [entry for entry in entries if not entry.name.startswith(".")]
    except PermissionError:
        raise CohortError(
            f"The collection folder {folder} cannot be listed: only the instructor's account "
            "may read it."
        ) from None
    names: list[str] = []
    skipped: list[Skipped] = []
    for entry in top:
        if _is_export_name(entry.name):
            names.append(entry.name)  # even if it is a folder: read_export says it is not a file
        elif _is_folder(entry):
            found, problem = _list_subfolder(entry)
            names.extend(found)
            if problem is not None:
                skipped.append(problem)
    names.sort()
    by_id: dict[str, ParticipantExport] = {}
    for name in names:
        try:
            export = read_export(folder / name, folder=folder, today=today)
        except ExportError as error:
            skipped.append(Skipped(name, f"{name}: {error}."))
            continue
        if export.file != name:  # one level down: name it by its path in the folder
            export = replace(export, file=name)
        earlier = by_id.get(export.participant_id)
        if earlier is None:
            by_id[export.participant_id] = export
            continue
        newer, older = sorted(
            (earlier, export), key=lambda e: (e.exported_on, e.file), reverse=True
        )
        by_id[export.participant_id] = newer
        skipped.append(
            Skipped(
                older.file,
                f"{older.file}: an older export by the same participant as {newer.file}.",
            )
        )
    participants: list[ParticipantExport] = []
    aliases: dict[str, str] = {}
    for export in sorted(by_id.values(), key=lambda e: e.file):
        first = aliases.get(export.alias.casefold())
        if first is not None:
            skipped.append(
                Skipped(
                    export.file,
                    f"{export.file}: another participant ({first}) uses the alias "
                    f"{export.alias!r} too; ask them to export again with "
                    "`infointerview export --alias NAME`.",
                )
            )
            continue
        aliases[export.alias.casefold()] = export.file
        participants.append(export)
    participants.sort(key=lambda e: (e.alias.casefold(), e.file))
    return Cohort(tuple(participants), tuple(sorted(skipped, key=lambda s: s.file)), folder)


# --- the cohort, summed up -----------------------------------------------------------------

#: How many participants one weekly chart (a page) shows, in the dashboard and the report.
COHORT_PAGE_SIZE = 40


@dataclass(frozen=True)
class CohortWeekly:
    """Each participant's activities per week, on one scale shared by the whole cohort."""

    weeks: tuple[date, ...]  # Mondays, oldest first
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # (alias, totals per week)
    scale: int = 0  # the cohort's busiest week: every page keeps it, so pages compare

    def pages(self, size: int) -> list[CohortWeekly]:
        """Split into pages of ``size`` participants, each on the whole cohort's scale."""
        if size < 1:
            raise InputError(["A page holds at least one participant."])
        return [
            CohortWeekly(self.weeks, self.rows[start : start + size], self.scale)
            for start in range(0, len(self.rows), size)
        ]


def cohort_weekly(cohort: Cohort, *, today: date | None = None, weeks: int = 8) -> CohortWeekly:
    """Count each participant's activities per week for the ``weeks`` weeks up to today."""
    today = today or clock.today()
    mondays = week_starts(today, weeks)
    index = {monday: n for n, monday in enumerate(mondays)}
    rows = []
    for export in cohort.participants:
        totals = [0] * weeks
        for day, _, count in export.activity:
            slot = index.get(week_of(day))
            if slot is not None and day <= today:
                totals[slot] += count
        rows.append((export.alias, tuple(totals)))
    return CohortWeekly(mondays, tuple(rows), max((max(r) for _, r in rows), default=0))


@dataclass(frozen=True)
class CohortTargets:
    """Targets across the cohort: per participant (alias, listed, with a contact), and sums."""

    rows: tuple[tuple[str, int, int], ...]

    @property
    def listed(self) -> int:
        return sum(listed for _, listed, _ in self.rows)

    @property
    def with_contact(self) -> int:
        return sum(found for _, _, found in self.rows)

    def describe(self) -> str:
        """One line for the report: how far the cohort has got with finding people."""
        if not self.rows:
            return "No export says anything about target lists yet."
        started = sum(listed > 0 for _, listed, _ in self.rows)
        return (
            f"{started} of {plural(len(self.rows), 'participant')} "
            f"{'has' if started == 1 else 'have'} a target list: "
            f"{plural(self.listed, 'target')} listed, {self.with_contact} with a contact."
        )


def cohort_targets(cohort: Cohort) -> CohortTargets:
    """Targets listed and targets with a contact, per participant whose export counts them."""
    return CohortTargets(
        tuple(
            (export.alias, *export.targets)
            for export in cohort.participants
            if export.targets is not None
        )
    )


def cohort_funnel(cohort: Cohort) -> Funnel:
    """Add up every participant's funnel: how many contacts reached each step."""
    return Funnel(
        tuple(
            (label, sum(export.reached.get(stage, 0) for export in cohort.participants))
            for (label, _), stage in zip(FUNNEL_STEPS, REACHED_STAGES, strict=True)
        )
    )


@dataclass(frozen=True)
class Concern:
    """A participant who may need a word from the instructor, and the plain reasons why."""

    alias: str
    reasons: tuple[str, ...]
    exported_on: date


def thank_you_is_overdue(due_on: date, today: date) -> bool:
    """A thank-you due on ``due_on`` (the day after the meeting) is overdue a day later."""
    return (today - due_on).days > THANK_YOU_OVERDUE_AFTER_DAYS - THANK_YOU_DUE_DAYS


def needs_a_word(cohort: Cohort, *, today: date | None = None) -> list[Concern]:
    """Participants who have gone quiet, owe a thank-you, or have a follow-up due, by alias."""
    today = today or clock.today()
    concerns = []
    for export in cohort.participants:
        reasons = []
        last = export.last_active_on
        if last is None:
            reasons.append("Nothing logged yet")
        elif (today - last).days >= QUIET_DAYS:
            reasons.append(f"No activity for {(today - last).days} days")
        thank_yous = sum(
            1
            for kind, due_on in export.due
            if kind == "thank_you" and thank_you_is_overdue(due_on, today)
        )
        if thank_yous:
            reasons.append(f"{plural(thank_yous, 'thank-you note')} overdue")
        follow_ups = sum(
            1 for kind, due_on in export.due if kind == "follow_up" and due_on <= today
        )
        if follow_ups:
            reasons.append(f"{plural(follow_ups, 'follow-up')} due")
        if (
            export.targets is not None
            and export.targets[0] == 0
            and not any(export.stages.values())
        ):
            reasons.append("No target list or contacts yet")
        if reasons:
            concerns.append(Concern(export.alias, tuple(reasons), export.exported_on))
    return concerns

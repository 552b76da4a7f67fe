"""Exports: the networking log as CSV or JSON, and the participant's export for the instructor.

A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
formula, so such cells get a leading apostrophe: shown as typed, never run.

The participant's export is defined here: its format, its schema version and the one error,
ExportError, for an export that cannot be written or (in ``cohort``) cannot be read.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from infointerview import clock
from infointerview.model import Stage, clean_text, expand_home
from infointerview.networking import FUNNEL_STEPS

if TYPE_CHECKING:
    from infointerview.store import Workspace

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("date", "kind", "contact", "organisation", "detail")


def neutralise(cell: str) -> str:
    """Return the cell so that no spreadsheet will treat it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _rows(workspace: Workspace) -> list[dict[str, str]]:
    contacts = {c.id: c for c in workspace.contacts()}
    rows = []
    for activity in workspace.activities():
        contact = contacts.get(activity.contact_id) if activity.contact_id else None
        rows.append(
            {
                "date": activity.happened_on.isoformat(),
                "kind": activity.kind.value,
                "contact": contact.name if contact else "",
                "organisation": contact.organisation if contact else "",
                "detail": activity.detail,
            }
        )
    return rows


def activity_csv(workspace: Workspace) -> str:
    """Return the networking log as CSV, every text cell made safe for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for row in _rows(workspace):
        writer.writerow({key: neutralise(value) for key, value in row.items()})
    return buffer.getvalue()


def activity_json(workspace: Workspace) -> str:
    """Return the networking log as a JSON document (text kept exactly as typed)."""
    return json.dumps(
        {"format": "infointerview-activity", "version": 1, "activities": _rows(workspace)},
        ensure_ascii=False,
        indent=2,
    )


# --- the export for the instructor's collection folder --------------------------------------

FORMAT = "infointerview-export"
SCHEMA_VERSION = 1
ALIAS_MAX_CHARS = 80
#: The funnel steps by the stage each one stands for, in the export's own words.
REACHED_STAGES = tuple(next(iter(stages)) for _, stages in FUNNEL_STEPS)

COLLECTION_VARIABLE = "INFOINTERVIEW_COLLECTION"
#: The collection folder's first name. Hubs set up before the rename still tell every server
#: INFOINTERVIEW_EXCHANGE, so it is read whenever INFOINTERVIEW_COLLECTION is unset.
OLD_COLLECTION_VARIABLE = "INFOINTERVIEW_EXCHANGE"


class ExportError(ValueError):
    """An export cannot be written, or one that was written cannot be used.

    Writing, the message says what to do; reading (``cohort``), it says in one line what is
    wrong with the file.
    """


def collection_folder() -> Path | None:
    """Return the collection folder named by INFOINTERVIEW_COLLECTION, or None when unset.

    When INFOINTERVIEW_COLLECTION is unset (or blank), the older INFOINTERVIEW_EXCHANGE is
    read instead. A folder under an unknown ``~user`` raises ExportError.
    """
    for variable in (COLLECTION_VARIABLE, OLD_COLLECTION_VARIABLE):
        configured = os.environ.get(variable, "").strip()
        if configured:
            return _folder(configured, f"{variable} names")
    return None


def _folder(location: Path | str, said: str) -> Path:
    folder = expand_home(location)
    if folder is None:
        raise ExportError(
            f"{said} the folder {location}, which starts with ~ for a home folder that is "
            "not known here. Give the full path, or ask your instructor for it."
        )
    return folder


def participant_export(
    workspace: Workspace,
    *,
    alias: str | None = None,
    include_contacts: bool = False,
    today: date | None = None,
) -> dict:
    """Build this participant's export for the instructor.

    It holds an alias, contact stages, dated activity counts, due dates and how many targets
    are listed and have a contact (never their names). Contact names,
    emails and notes are left out unless ``include_contacts`` is chosen, and even then only
    names, organisations and stages go in.
    """
    from infointerview.due import due_items
    from infointerview.networking import funnel
    from infointerview.target_list import target_counts

    today = today or clock.today()
    if alias is None:
        profile = workspace.profile()
        if profile is None:
            raise ExportError(
                "Save your profile in the welcome notebook first (or give an alias with "
                "--alias), so your instructor can tell your export from the others."
            )
        alias = profile.name
    alias = clean_text(alias, "The alias", max_chars=ALIAS_MAX_CHARS)
    contacts = workspace.contacts()
    targets = target_counts(workspace.target_list(), contacts)
    reached = funnel(workspace.stage_history())
    counts = Counter(
        (activity.happened_on, activity.kind)
        for activity in workspace.activities()
        if activity.happened_on <= today
    )
    data = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "participant_id": workspace.participant_id(),
        "alias": alias,
        "exported_on": today.isoformat(),
        "stages": {
            stage.value: sum(1 for c in contacts if c.stage is stage)
            for stage in Stage
            if any(c.stage is stage for c in contacts)
        },
        "reached": {
            stage.value: count
            for stage, (_, count) in zip(REACHED_STAGES, reached.steps, strict=True)
        },
        "activity": [
            {"date": day.isoformat(), "kind": kind.value, "count": count}
            for (day, kind), count in sorted(counts.items())
        ],
        "due": [
            {"kind": item.kind, "due_on": item.due_on.isoformat()}
            for item in due_items(workspace, today=today)
        ],
        # counts only: the organisations' names stay in the workspace
        "targets": {"listed": targets.listed, "with_contact": targets.with_contact},
    }
    if include_contacts:
        data["contacts"] = [
            {"name": c.name, "organisation": c.organisation, "stage": c.stage.value}
            for c in contacts
        ]
    return data


def export_file_name(workspace: Workspace) -> str:
    """The export's file name: the workspace's random id, the same on every export."""
    return f"{workspace.participant_id()}.json"


def write_participant_export(
    workspace: Workspace,
    folder: Path | str | None = None,
    *,
    alias: str | None = None,
    include_contacts: bool = False,
    today: date | None = None,
) -> Path:
    """Write the export into the collection folder, replacing only this participant's own.

    The file appears whole or not at all: it is written to a hidden temporary file in the same
    folder, flushed to disk, then renamed over the old one.
    """
    # "" is no folder, not this one
    target = (
        _folder(folder, "You gave")
        if folder is not None and str(folder).strip()
        else collection_folder()
    )
    if target is None:
        raise ExportError(
            f"There is no collection folder: your instructor sets {COLLECTION_VARIABLE}, or give "
            "one with --to FOLDER."
        )
    try:
        usable = target.is_dir()
    except OSError as error:  # a name too long for the file system, say
        raise ExportError(
            f"The collection folder {target} cannot be used ({error.strerror}). Check the name "
            "with your instructor."
        ) from None
    if not usable:
        raise ExportError(
            f"The collection folder {target} does not exist. Check the name with your instructor."
        )
    data = participant_export(
        workspace, alias=alias, include_contacts=include_contacts, today=today
    )
    payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    destination = target / export_file_name(workspace)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".infointerview-", suffix=".tmp", dir=target)
    except OSError as error:
        raise ExportError(
            f"Could not write into the collection folder {target} ({error.strerror}). Ask "
            "your instructor to check that participants may write there."
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        # In a drop box with the setgid bit the group is the instructors': they alone may read.
        os.chmod(temporary, 0o640 if target.stat().st_mode & stat.S_ISGID else 0o644)
        os.replace(temporary, destination)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportError(
            f"Could not finish writing your export to {target} ({error.strerror}); "
            "nothing was left half-written. Try again, or ask your instructor."
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return destination

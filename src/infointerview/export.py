"""Exports of the networking log: CSV for spreadsheets, JSON for everything else.

A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
formula, so such cells get a leading apostrophe: shown as typed, never run.
"""

from __future__ import annotations

import csv
import io
import json

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

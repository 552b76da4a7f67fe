"""What the page says without being looked at: the meeting clock's reminder to offer to
finish, in Voila, spoken by an assertive live region, with the chime and glow if chosen.

The servers' meeting clocks run ten minutes a second (conftest.CLOCK_SPEED), so a 30-minute
meeting reaches its reminder in about three seconds. The browser's WebAudio is replaced by a
counter: the test hears no sound, but sees that one chime was asked for.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import tab_to

pytestmark = pytest.mark.browser

_COUNTING_AUDIO = """() => {
  window.__chimes = 0;
  const node = () => ({ connect: (next) => next, start() {}, stop() {},
    type: '', frequency: { value: 0 },
    gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} } });
  window.AudioContext = class { constructor() { window.__chimes += 1; this.currentTime = 0;
    this.destination = {}; } createOscillator() { return node(); }
    createGain() { return node(); } close() {} };
}"""


def test_the_offer_to_finish_is_said_at_once_with_the_chosen_chime_and_glow(demo_pages):
    """At the agreed minute the reminder is read out assertively, chimes once and glows."""
    page = demo_pages.take("04-meeting")
    try:
        page.evaluate(_COUNTING_AUDIO)
        region = page.locator(".ii-finish-alarm")
        expect(region).to_have_attribute("aria-live", "assertive")
        expect(region).to_have_text("")  # quiet until the time comes
        page.locator("body").focus()
        tab_to(page, "Play a chime")
        page.keyboard.press("Space")
        tab_to(page, "Glow around the screen (a slow glow, no flashing)")
        page.keyboard.press("Space")
        tab_to(page, "Start the clock", back=True)
        page.keyboard.press("Enter")
        expect(region).to_contain_text("Offer to finish", timeout=20_000)
        expect(page.locator(".ii-finish-glow")).to_have_count(1)
        assert page.evaluate("window.__chimes") == 1
        # Said once: a minute later there is no second chime and no second glow.
        page.wait_for_timeout(4_000)
        assert page.evaluate("window.__chimes") == 1
        expect(page.locator(".ii-finish-glow")).to_have_count(0)
    finally:
        page.close()

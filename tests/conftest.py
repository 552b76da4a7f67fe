"""Fixtures every test layer shares, including the one browser (one Playwright per session)."""

from __future__ import annotations

import os

import pytest
from browser.chromium import CHROMIUM_ARGS, chromium


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Give each test a fresh workspace folder, the real date, the built-in content and no
    collection folder."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("INFOINTERVIEW_TODAY", raising=False)
    # Set (to nothing) rather than deleted, so whatever a test sets is undone afterwards.
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", "")
    # No collection folder, under its name or its old one, whatever the shell has set.
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", "")
    monkeypatch.setenv("INFOINTERVIEW_EXCHANGE", "")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser).

    Defined here, once, so the browser, reliability and hub layers share it: Playwright's
    synchronous API cannot be started twice in one session.
    """
    executable = chromium()
    if executable is None:
        message = "Chromium is not installed (apt-get install chromium)"
        if os.environ.get("INFOINTERVIEW_REQUIRE_BROWSER") == "1":
            pytest.fail(message + ", and INFOINTERVIEW_REQUIRE_BROWSER=1 requires it")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh browser page with a workshop-laptop-sized window."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(60_000)
    yield opened
    context.close()

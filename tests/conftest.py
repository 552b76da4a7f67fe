"""Fixtures every test layer shares."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Give each test a fresh workspace folder, the real date and the built-in content."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("INFOINTERVIEW_TODAY", raising=False)
    # Set (to nothing) rather than deleted, so whatever a test sets is undone afterwards.
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", "")

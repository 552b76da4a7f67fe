"""Fixtures every test layer shares."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point INFOINTERVIEW_HOME at a fresh folder so no test touches a real workspace."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("INFOINTERVIEW_TODAY", raising=False)

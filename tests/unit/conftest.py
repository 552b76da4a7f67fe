"""Fixtures for the unit tests: fresh workspaces, a pinned date, strict widget callbacks."""

from __future__ import annotations

from datetime import date

import matplotlib
import pytest

from infointerview.store import Workspace

matplotlib.use("Agg")

PINNED_DAY = date(2026, 3, 16)


@pytest.fixture(autouse=True)
def _strict_callbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make an exception inside a widget callback fail the test (ipywidgets only logs it)."""
    from ipywidgets.widgets import widget

    def strict_call(self, *args, **kwargs):
        value = None
        for callback in self.callbacks:
            result = callback(*args, **kwargs)
            value = result if result is not None else value
        return value

    monkeypatch.setattr(widget.CallbackDispatcher, "__call__", strict_call)

    # observe() handlers run through traitlets, which already lets exceptions propagate.


@pytest.fixture
def pinned_today(monkeypatch: pytest.MonkeyPatch) -> date:
    """Pin "today" to a Monday through INFOINTERVIEW_TODAY, as the notebooks are run."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", PINNED_DAY.isoformat())
    return PINNED_DAY


@pytest.fixture
def workspace():
    """A fresh in-memory workspace."""
    with Workspace(":memory:") as fresh:
        yield fresh


@pytest.fixture
def file_workspace(tmp_path):
    """A fresh workspace in a real SQLite file under tmp_path."""
    with Workspace(tmp_path / "workspace.sqlite") as fresh:
        yield fresh

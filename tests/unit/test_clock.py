"""Tests for infointerview.clock: one place for "today"."""

from datetime import date

import pytest

from infointerview import clock


def test_today_is_the_real_date_by_default():
    """Without INFOINTERVIEW_TODAY, today is the system's date."""
    assert clock.today() == date.today()


def test_today_honours_the_pinned_date(pinned_today):
    """INFOINTERVIEW_TODAY pins today, and now() falls on that day."""
    assert clock.today() == pinned_today
    assert clock.now().date() == pinned_today


def test_a_pinned_value_that_is_not_a_date_is_explained(monkeypatch):
    """A bad INFOINTERVIEW_TODAY gets a message saying which form to use."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", "16/03/2026")
    with pytest.raises(clock.ClockError, match="YYYY-MM-DD"):
        clock.today()


def test_a_blank_pinned_value_means_the_real_date(monkeypatch):
    """An empty INFOINTERVIEW_TODAY is treated as unset."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", "  ")
    assert clock.today() == date.today()

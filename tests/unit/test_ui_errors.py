"""One error path: every callback shows a participant's error where they look, none is silent."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import ipywidgets as widgets
import pytest

import infointerview.ui
from infointerview.model import InputError
from infointerview.store import WorkspaceError
from infointerview.ui.common import callback, error_html

# Callbacks that report through their owner instead of a status line of their own.
REPORT_TO_OWNER = {
    ("ContactPicker", "_on_change"),  # a list that cannot be read keeps its last options
    ("ContactPicker", "_on_choose"),
    ("DraftArea", "_on_type"),  # its ``problem`` is shown by the drafter that holds it
    ("TakeText", "_on_message"),  # calls its owner's callback, which shows errors
}


def _callbacks():
    for info in pkgutil.iter_modules(infointerview.ui.__path__):
        module = importlib.import_module(f"infointerview.ui.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for attribute, function in vars(cls).items():
                if attribute.startswith("_on") and callable(function):
                    yield name, attribute, function


def test_every_widget_callback_goes_through_the_one_error_path():
    """Each ``_on_…`` callback of every panel is wrapped by ``callback``."""
    found = list(_callbacks())
    assert len(found) > 40
    bare = [
        (name, attribute)
        for name, attribute, function in found
        if not getattr(function, "shows_errors", False) and (name, attribute) not in REPORT_TO_OWNER
    ]
    assert bare == []


class _Panel(widgets.VBox):
    def __init__(self, error: Exception) -> None:
        self._status = widgets.HTML()
        self._error = error
        super().__init__(children=[self._status])

    @callback("Not logged.", failed=False)
    def _on_click(self, _button: object) -> bool:
        raise self._error


@pytest.mark.parametrize(
    "error, shown",
    [
        (InputError(["Choose the day it happened."]), "Choose the day it happened."),
        (WorkspaceError("Your workspace is busy."), "Your workspace is busy."),
        (LookupError("There is no contact number 9 in this workspace."), "no contact number 9"),
    ],
)
def test_a_participant_error_is_shown_with_what_did_not_happen(error, shown):
    """The message leads with what did not happen, then says what to do."""
    panel = _Panel(error)
    assert panel._on_click(None) is False
    assert "Not logged." in panel._status.value and shown in panel._status.value


def test_a_fault_of_ours_is_shown_and_still_raised():
    """A bug says so on the page and reaches the log; it is never swallowed."""
    panel = _Panel(ZeroDivisionError("oops"))
    with pytest.raises(ZeroDivisionError):
        panel._on_click(None)
    assert "Something went wrong on our side (ZeroDivisionError)" in panel._status.value


def test_error_messages_are_escaped():
    """What a participant typed inside an error is shown as text, never as markup."""
    assert "<img" not in error_html(InputError(["<img src=x onerror=alert(1)> is not a date"]))

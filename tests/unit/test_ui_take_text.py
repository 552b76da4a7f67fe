"""A box whose button takes the text at the click and clears only that text."""

from __future__ import annotations

from infointerview.ui.take_text import TakeText


def _box(kept: list[str], *, accept: bool = True) -> TakeText:
    def take(text: str) -> bool:
        if accept:
            kept.append(text)
        return accept

    return TakeText(take, label="Detail", button_label="Log it")


def test_taking_the_text_clears_it():
    """A kept text leaves an empty box."""
    kept: list[str] = []
    box = _box(kept)
    box.value = "Career fair at the library"
    assert box.take() is True
    assert kept == ["Career fair at the library"] and box.value == ""


def test_text_typed_after_the_click_is_kept_as_typed():
    """The browser sends the text with the click; what was typed since stays in the box."""
    kept: list[str] = []
    box = _box(kept)
    sent = []
    box.send = sent.append  # what the browser would receive
    box._on_message(box, {"event": "take", "text": "First question?", "token": 7}, None)
    assert kept == ["First question?"]
    assert sent == [{"event": "taken", "token": 7}]


def test_a_refused_text_stays_in_the_box():
    """When the text cannot be kept (a job ask, a bad date), nothing is cleared."""
    kept: list[str] = []
    box = _box(kept, accept=False)
    box.value = "Are you hiring?"
    sent = []
    box.send = sent.append
    assert box.take() is False
    box._on_message(box, {"event": "take", "text": "Are you hiring?", "token": 1}, None)
    assert box.value == "Are you hiring?" and sent == [{"event": "kept", "token": 1}]


def test_the_box_and_button_are_named():
    """The label and the button's words reach the browser (for screen readers too)."""
    box = _box([])
    state = box.get_state()
    assert state["label"] == "Detail" and state["button_label"] == "Log it"
    assert "label.htmlFor = id" in state["_esm"]

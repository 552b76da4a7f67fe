"""A text box whose button takes the text at the click and clears only that text.

A box cleared by the kernel after "Log it" races with the participant's next keystrokes:
what they typed while the kernel worked is wiped, or merged with the old text. Here the
browser sends the text with the click and, once the kernel has kept it, removes exactly that
text from the box, so the next words stay as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import anywidget
import traitlets

_SCRIPT = (Path(__file__).with_name("take_text.js")).read_text(encoding="utf-8")
_STYLE = """
.ii-take-text { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 4px 8px;
  max-width: 640px; margin: 2px 0; }
.ii-take-label { flex: 0 0 150px; padding-top: 4px; text-align: right; }
.ii-take-field { flex: 1 1 260px; min-width: 0; font: inherit; padding: 3px 6px;
  border: 1px solid #6b6b6b; border-radius: 2px; }
.ii-take-field:focus, .ii-take-button:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
.ii-take-button { flex: 0 0 auto; }
@media (max-width: 480px) { .ii-take-label { flex-basis: 100%; text-align: left; } }
"""


class TakeText(anywidget.AnyWidget):
    """A labelled box and a button; ``on_take(text) -> bool`` says whether the text was kept.

    ``value`` follows the box as it is typed, so live checks can observe it.
    """

    _esm = traitlets.Unicode(_SCRIPT).tag(sync=True)
    _css = traitlets.Unicode(_STYLE).tag(sync=True)
    value = traitlets.Unicode("").tag(sync=True)
    label = traitlets.Unicode("").tag(sync=True)
    placeholder = traitlets.Unicode("").tag(sync=True)
    button_label = traitlets.Unicode("Add").tag(sync=True)
    rows = traitlets.Int(1).tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)

    def __init__(self, on_take: Callable[[str], bool], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._on_take = on_take
        self.on_msg(self._on_message)

    def take(self) -> bool:
        """Take the text now, as a click would (for tests and the keyboard-less)."""
        text = self.value
        kept = self._on_take(text)
        if kept and text:
            self.value = self.value.replace(text, "", 1)
        return kept

    def _on_message(self, _widget: object, content: dict, _buffers: object) -> None:
        if content.get("event") != "take":
            return
        kept = self._on_take(str(content.get("text", "")))
        self.send({"event": "taken" if kept else "kept", "token": content.get("token")})

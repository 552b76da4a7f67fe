"""A marker that tells the kernel when a part of the page first comes on screen.

Drawing a chart takes a quarter of a second or more, and importing the drawing library as
long again. A panel puts this marker beside its chart and draws the picture when the
participant scrolls to it (or opens its tab), not while the notebook loads. The chart's words
and table are there from the start, so nothing waits for the picture but the picture.
"""

from __future__ import annotations

import anywidget
import traitlets

# rootMargin: start drawing a little before the chart scrolls in, so it is there on arrival.
_SCRIPT = """
function render({ model, el }) {
  el.classList.add("ii-on-screen");
  if (model.get("seen")) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        model.set("seen", true);
        model.save_changes();
      }
    },
    { rootMargin: "200px 0px" },
  );
  observer.observe(el);
  return () => observer.disconnect();
}
export default { render };
"""


class OnScreen(anywidget.AnyWidget):
    """Shows nothing; ``seen`` turns True the first time the marker is (nearly) on screen."""

    _esm = traitlets.Unicode(_SCRIPT).tag(sync=True)
    _css = traitlets.Unicode(".ii-on-screen{height:1px;margin:0;padding:0}").tag(sync=True)
    seen = traitlets.Bool(False).tag(sync=True)

"""One Voila and one JupyterLab server for the whole accessibility layer, and axe-core.

The servers come from the browser layer's helpers (a copy of the notebooks, a temporary
workspace, private Jupyter settings); here each is started once per session, because an
audit only reads pages, and the workspace behind them is switched between empty and the
demo participant. Known barriers of JupyterLab and Voila themselves are listed in
docs/accessibility-known-issues.md; ``KNOWN_UPSTREAM`` excludes exactly those (rule and
node), nothing else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser.conftest import ROOT, _stop, launch, workshop_environment
from playwright.sync_api import expect

from infointerview.demo import demo_cohort, fill_demo
from infointerview.store import FILE_NAME, Workspace

NOTEBOOKS = (
    "00-welcome",
    "01-research",
    "02-request",
    "03-prepare",
    "04-meeting",
    "05-follow-up",
    "06-networking-log",
    "instructor/cohort-dashboard",
)
# Every notebook of the layer stays open at once (each with its kernel), so on a small machine a
# save can take longer than Playwright's five seconds to show: wait as long as the browser layer.
expect.set_options(timeout=60_000)

#: axe-core's rule tags for WCAG 2.0 and 2.1, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
#: What must never be found in anything the project renders.
BLOCKING = {"serious", "critical"}

#: Violations that belong to JupyterLab itself, not to this project: (rule, CSS selector the
#: node must match, upstream issue). Each is in docs/accessibility-known-issues.md. A node is
#: let through only when both its rule and the selector match, so anything else still fails.
KNOWN_UPSTREAM: tuple[tuple[str, str, str], ...] = (
    (
        "aria-allowed-attr",
        "jp-button.jp-ToolbarButtonComponent",
        "https://github.com/jupyterlab/jupyterlab/issues/16891",
    ),
    (
        "aria-input-field-name",
        ".jp-InputArea-editor .cm-content[role=textbox]",
        "https://github.com/jupyterlab/jupyterlab/issues/4878",
    ),
    (
        "aria-required-children",
        ".jp-WindowedPanel-viewport[role=feed]",
        "https://github.com/jupyterlab/jupyterlab/issues/14765",
    ),
    (
        "button-name",
        "button.jp-collapseHeadingButton",
        "https://github.com/jupyterlab/jupyterlab/issues/9399",
    ),
)
KNOWN_ISSUES_FILE = Path(__file__).resolve().parents[2] / "docs" / "accessibility-known-issues.md"

_AXE = Axe()
_VERSION = re.search(r"axe v([\d.]+)", _AXE.axe_script[:200])
_AXE_VERSION = _VERSION.group(1) if _VERSION else "unknown"


@dataclass
class Found:
    """One node axe found breaking one rule."""

    rule: str
    impact: str
    selector: str
    html: str
    help: str


@dataclass
class Audit:
    """What axe found on one page: the rules it ran and the violations not known upstream."""

    rules: int
    found: list[Found]
    known: list[Found]


#: Every audit of the session, for the figures printed at the end: (page, Audit).
AUDITS: list[tuple[str, Audit]] = []


def _is_known(page, rule: str, target: list) -> bool:
    for known_rule, css, _issue in KNOWN_UPSTREAM:
        if (
            known_rule == rule
            and len(target) == 1
            and isinstance(target[0], str)
            and page.evaluate(
                "([node, css]) => !!document.querySelector(node)?.matches(css)", [target[0], css]
            )
        ):
            return True
    return False


def audit(page, name: str, *, upstream: bool = False) -> Audit:
    """Run axe-core's WCAG 2.0/2.1 A and AA rules on the page and record the result.

    ``upstream`` lets through the known JupyterLab violations (rule and node), nothing else.
    """
    results = _AXE.run(page, options={**AXE_OPTIONS, "resultTypes": ["violations"]})
    response = results.response
    rules = sum(
        len(response.get(kind, []))
        for kind in ("violations", "passes", "incomplete", "inapplicable")
    )
    found: list[Found] = []
    known: list[Found] = []
    for violation in response["violations"]:
        for node in violation["nodes"]:
            selector = " ".join(str(part) for part in node["target"])
            into = known if upstream and _is_known(page, violation["id"], node["target"]) else found
            into.append(
                Found(
                    violation["id"],
                    node.get("impact") or violation.get("impact") or "",
                    selector,
                    node["html"][:200],
                    violation["help"],
                )
            )
    result = Audit(rules, found, known)
    AUDITS.append((name, result))
    return result


def blocking(found: list[Found]) -> list[Found]:
    """The serious and critical ones."""
    return [item for item in found if item.impact in BLOCKING]


@dataclass
class Served:
    """A running server and the workspace behind it."""

    url: str
    home: Path
    mode: str
    workspace: str = ""

    def use(self, workspace: str) -> None:
        """Put an empty workspace ("empty") or the demo participant ("demo", or another name
        starting so for a test that changes it) behind the server, unless it is there already
        (pages opened on it stay valid)."""
        if workspace == self.workspace:
            return
        self.workspace = workspace
        path = self.home / FILE_NAME
        for old in self.home.glob(FILE_NAME + "*"):
            old.unlink()
        self.home.mkdir(parents=True, exist_ok=True)
        if workspace.startswith("demo"):
            with Workspace(path) as opened:
                fill_demo(opened)


#: Meeting clocks on the servers run ten minutes a second, so the "offer to finish" reminder
#: of a 30-minute meeting comes within seconds (nothing else here depends on the clock).
CLOCK_SPEED = "600"


def _serve(tmp_path_factory: pytest.TempPathFactory, mode: str, *arguments: str, path: str = ""):
    base = tmp_path_factory.mktemp(f"a11y-{mode}")
    env = workshop_environment(base)
    env["INFOINTERVIEW_CLOCK_SPEED"] = CLOCK_SPEED
    collection = base / "collection"
    collection.mkdir()
    demo_cohort(collection, 12)
    env["INFOINTERVIEW_COLLECTION"] = str(collection)
    process, url, _log = launch(env, base, *arguments, path=path)
    return process, Served(url, Path(env["INFOINTERVIEW_HOME"]), mode)


@pytest.fixture(scope="session")
def voila(tmp_path_factory, browser) -> Iterator[Served]:
    """One Voila server (``infointerview app``) over every notebook, for the whole layer."""
    process, served = _serve(tmp_path_factory, "voila", "app")
    try:
        yield served
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def lab(tmp_path_factory, browser) -> Iterator[Served]:
    """One JupyterLab server for the whole layer."""
    process, served = _serve(
        tmp_path_factory,
        "lab",
        "lab",
        "--ServerApp.token=",
        "--ServerApp.password=",
        path="/api/status",
    )
    try:
        yield served
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def context(browser):
    """One browser context for the layer: pages are opened and closed in it."""
    opened = browser.new_context(viewport={"width": 1280, "height": 900})
    opened.set_default_timeout(60_000)
    yield opened
    opened.close()


class VoilaPages:
    """Voila pages on the demo participant, each opened once and shared by the read-only
    checks (axe, zoom); a test that changes things takes the page for itself with ``take``."""

    def __init__(self, served: Served, context) -> None:
        self._served = served
        self._context = context
        self._open: dict[str, object] = {}

    def get(self, notebook: str):
        """The notebook's page, loaded and drawn, on the demo participant."""
        self._served.use("demo")
        if notebook not in self._open:
            page = self._context.new_page()
            page.goto(voila_url(self._served, notebook))
            wait_for_voila(page)
            self._open[notebook] = page
        page = self._open[notebook]
        # A tab in the background gets no animation frames, so its widgets would not redraw.
        page.bring_to_front()  # type: ignore[attr-defined]
        return page

    def take(self, notebook: str):
        """A fresh page of its own (a new kernel): the caller may change things and must
        close it. A shared page that has sat in the background through the other tests is
        not trusted with a whole exercise."""
        shared = self._open.pop(notebook, None)
        if shared is not None:
            shared.close(run_before_unload=True)  # type: ignore[attr-defined]
        page = self.get(notebook)
        del self._open[notebook]
        return page

    def close(self) -> None:
        for page in self._open.values():
            page.close()  # type: ignore[attr-defined]
        self._open.clear()


@pytest.fixture(scope="session")
def demo_pages(voila, context) -> Iterator[VoilaPages]:
    """Shared Voila pages on the demo participant."""
    pages = VoilaPages(voila, context)
    yield pages
    pages.close()


def voila_url(served: Served, notebook: str) -> str:
    return f"{served.url}/voila/render/{notebook}.ipynb"


def wait_for_voila(page) -> None:
    """Wait until Voila has run every cell and drawn its widgets."""
    page.wait_for_function(
        "() => !document.querySelector('#loading') || "
        "getComputedStyle(document.querySelector('#loading')).display === 'none'",
        timeout=120_000,
    )
    page.wait_for_selector(".jupyter-widgets", timeout=120_000)
    page.wait_for_load_state("networkidle")


def describe(found: list[Found]) -> str:
    return "\n".join(f"{f.impact:8} {f.rule}: {f.selector}  {f.html}" for f in found)


NOTEBOOK_PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def open_in_lab(page, served: Served, notebook: str) -> None:
    """Open a notebook in JupyterLab, run every cell and wait until the kernel is idle.

    The kernels of notebooks opened before are shut down first, so they do not pile up.
    """
    for session in page.request.get(f"{served.url}/api/sessions").json():
        page.request.delete(f"{served.url}/api/sessions/{session['id']}")
    page.goto(f"{served.url}/lab/tree/{notebook}.ipynb?reset")
    page.locator(f"{NOTEBOOK_PANEL} .jp-Cell").first.wait_for()
    idle = page.locator(".jp-StatusBar-Widget").get_by_text("| Idle")
    idle.wait_for(timeout=90_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
    page.locator(f"{NOTEBOOK_PANEL} .jupyter-widgets").first.wait_for(timeout=90_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-InputPrompt')]"
        ".every(p => !p.textContent.includes('*'))",
        timeout=120_000,
    )
    idle.wait_for(timeout=120_000)


@pytest.fixture(scope="session", autouse=True)
def figures() -> Iterator[None]:
    """Write the audit figures (rules run, pages, violations by impact) once the layer ends."""
    yield
    if not AUDITS:
        return
    impacts: dict[str, int] = {}
    for _, result in AUDITS:
        for item in result.found:
            impacts[item.impact] = impacts.get(item.impact, 0) + 1
    upstream: dict[str, int] = {}
    for _, result in AUDITS:
        for item in result.known:
            upstream[item.rule] = upstream.get(item.rule, 0) + 1
    summary = {
        "axe_core": _AXE_VERSION,
        "tags": WCAG_TAGS,
        "rules_run": max(result.rules for _, result in AUDITS),
        "pages": len(AUDITS),
        "violations_by_impact": impacts,
        "known_upstream_nodes_by_rule": upstream,
        "audits": {name: len(result.found) for name, result in AUDITS},
    }
    out = ROOT / "test-artifacts" / "accessibility.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


#: What the keyboard can reach: controls, links and anything given a place in the Tab order.
_FOCUSABLE = (
    "input:not([type=hidden]):not([disabled]), select:not([disabled]), "
    "textarea:not([disabled]), button:not([disabled]), a[href], summary, "
    "[tabindex]:not([tabindex='-1'])"
)

_FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  let path = [];
  for (let n = el; n && n !== document.body; n = n.parentElement) {
    path.unshift(n.tagName + ':' + [...n.parentElement.children].indexOf(n));
  }
  const name = (el.getAttribute('aria-label') || (el.labels && el.labels[0]
    && el.labels[0].textContent) || el.textContent || el.placeholder || el.value || '').trim();
  return {
    path: path.join('/'),
    tag: el.tagName.toLowerCase(),
    type: el.type || '',
    name: name.slice(0, 80),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== 'none',
    visible: rect.width > 0 && rect.height > 0,
  };
}"""


def focus_state(page) -> dict | None:
    """Where the keyboard's focus is: a path to the element, its name and whether it shows."""
    return page.evaluate(_FOCUS_STATE)


def focusables(page, within: str = ".jp-OutputArea-output") -> list[str]:
    """Paths of the visible controls the keyboard should reach inside the widget outputs."""
    return page.evaluate(
        """([css, within]) => [...document.querySelectorAll(within)]
            .flatMap(area => [...area.querySelectorAll(css)])
            .filter(el => { const r = el.getBoundingClientRect();
                            return r.width > 0 && r.height > 0
                                && getComputedStyle(el).visibility !== 'hidden'; })
            .map(el => { let path = [];
              for (let n = el; n && n !== document.body; n = n.parentElement) {
                path.unshift(n.tagName + ':' + [...n.parentElement.children].indexOf(n)); }
              return path.join('/'); })""",
        [_FOCUSABLE, within],
    )


def tab_through(page, *, limit: int = 600) -> list[dict]:
    """Press Tab from the top of the page until focus comes round again (or leaves the
    page); return every stop. Fails if focus stays put or is ever invisible."""
    page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }")
    page.locator("body").focus()
    stops: list[dict] = []
    seen: set[str] = set()
    repeats = 0
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focus_state(page)
        if state is None:
            break
        if stops and state["path"] == stops[-1]["path"]:
            # A date box takes Tab for its day, month and year: three stops, then it moves on.
            repeats += 1
            if state["type"] not in _SEGMENTED or repeats > 3:
                raise AssertionError(f"focus is stuck on {state}")
            continue
        repeats = 0
        if state["path"] in seen:
            break  # round again
        seen.add(state["path"])
        stops.append(state)
    return stops


#: Boxes whose parts each take a Tab stop.
_SEGMENTED = ("date", "time", "datetime-local")


_CUT_OFF = """(width) => {
  // Only a box around a wide table (or code) may scroll sideways, as WCAG allows for data
  // tables; a form, a sentence or a whole panel may not.
  const scrolls = el => { for (let n = el.parentElement; n; n = n.parentElement) {
      if (!n.closest('.jp-OutputArea-output, .jp-RenderedMarkdown')) return false;
      if (!n.querySelector(':scope > table, :scope > pre')) continue;
      const x = getComputedStyle(n).overflowX;
      if ((x === 'auto' || x === 'scroll') && n.scrollWidth > n.clientWidth + 1) return true; }
    return false; };
  return [...document.querySelectorAll('.jp-OutputArea-output *, .jp-RenderedMarkdown *')]
    .filter(el => { const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > width + 1
        && getComputedStyle(el).visibility !== 'hidden' && !scrolls(el)
        && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1); })
    .map(el => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' ' +
         Math.round(el.getBoundingClientRect().right) + 'px: ' +
         (el.textContent || el.value || '').trim().slice(0, 60));
}"""


def cut_off(page) -> list[str]:
    """Elements that reach past the right edge of the window without a way to scroll to them
    (each reported once, at the outermost such element)."""
    return page.evaluate(_CUT_OFF, page.viewport_size["width"])


def tab_to(page, name: str, *, exact: bool = True, back: bool = False, limit: int = 400) -> dict:
    """Press Tab (Shift+Tab with ``back``) until the focused control is called ``name``."""
    key = "Shift+Tab" if back else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        state = focus_state(page)
        if state and (state["name"] == name if exact else name in state["name"]):
            return state
    raise AssertionError(f"Tab never reached a control called {name!r}")


def radio_groups(page, paths: list[str]) -> list[str]:
    """Paths with each group of radio buttons reduced to one: Tab enters a group once, and
    the arrow keys move inside it."""
    return page.evaluate(
        """(paths) => {
          const byPath = p => document.querySelector(':root > body > ' + p.split('/').map(
            part => { const [tag, n] = part.split(':'); return `:nth-child(${+n + 1})`; }
          ).join(' > '));
          const seen = new Set(); const out = [];
          for (const p of paths) {
            const el = byPath(p);
            const group = el && el.type === 'radio'
              ? (el.name || el.closest('.widget-radio-box')) : null;
            if (group) { if (seen.has(group)) continue; seen.add(group); }
            out.push(p);
          }
          return out; }""",
        paths,
    )

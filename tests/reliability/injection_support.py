"""What the injection tests share: a server kept for a whole module, a workspace seeded with
payloads, and the drivers that type every payload into every free-text field of a notebook.

The drivers take a ``Surface`` (one browser page, in Voila or in JupyterLab) so the same
steps run in both. Each payload counts as lost when it set ``window.__xss``, opened a dialog,
or was not shown literally (or, for a field that refuses it by a documented limit, when the
refusal message was not shown literally).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from browser.chromium import CHROMIUM_ARGS, chromium
from browser.conftest import (
    _stop,
    launch,
    screenshot,
    workshop_environment,
)
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page

from infointerview import clock, content
from infointerview.cohort import COHORT_PAGE_SIZE, load_cohort
from infointerview.content import SCOPES
from infointerview.due import due_items
from infointerview.export import write_participant_export
from infointerview.model import (
    NOTES_MAX_CHARS,
    ActivityKind,
    InputError,
    Profile,
    Stage,
    clean_text,
)
from infointerview.research import PROFILE_SCOPE, items_at
from infointerview.stages import log_meeting, log_request, log_thank_you, record_reply
from infointerview.store import FILE_NAME, MeetingPlan, Workspace
from infointerview.time_plan import QUESTION_MAX_CHARS

from .payloads import PAYLOADS

CHECK = "Injection"
WAIT_MS = 8_000  # how long one payload may take to show before it counts as lost

# --- servers kept for a module -------------------------------------------------------------


@dataclass
class Started:
    url: str
    port: int
    home: Path
    collection: Path
    process: subprocess.Popen
    log: Path

    @property
    def workspace_file(self) -> Path:
        return self.home / FILE_NAME


#: Every notebook with free-text fields, in the order the injection tests visit them.
NOTEBOOKS = [
    "00-welcome.ipynb",
    "01-research.ipynb",
    "02-request.ipynb",
    "03-prepare.ipynb",
    "04-meeting.ipynb",
    "05-follow-up.ipynb",
    "06-networking-log.ipynb",
    "instructor/cohort-dashboard.ipynb",
]


def injection_environment(base: Path) -> dict[str, str]:
    """The browser layer's server environment under ``base``, with a collection folder."""
    env = workshop_environment(base)
    collection = base / "collection"
    collection.mkdir()
    env["INFOINTERVIEW_COLLECTION"] = str(collection)
    env.pop("INFOINTERVIEW_CONTENT", None)
    return env


@contextlib.contextmanager
def serve(base: Path, env: dict[str, str], *arguments: str, path: str = "") -> Iterator[Started]:
    """Start `infointerview ARGUMENTS` on a free port for as long as the block lasts."""
    process, url, log = launch(env, base, *arguments, path=path)
    try:
        yield Started(
            url,
            int(url.rsplit(":", 1)[1]),
            Path(env["INFOINTERVIEW_HOME"]),
            Path(env["INFOINTERVIEW_COLLECTION"]),
            process,
            log,
        )
    finally:
        _stop(process)


# --- which addresses a server listens on ---------------------------------------------------

_LISTEN = "0A"


def _address(hex_address: str) -> str:
    raw = bytes.fromhex(hex_address)
    # /proc/net/tcp{,6} print each 32-bit word of the address in host (little-endian) order.
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    family = socket.AF_INET if len(words) == 4 else socket.AF_INET6
    return socket.inet_ntop(family, words)


def listening_sockets() -> list[tuple[str, int, int]]:
    """Every listening TCP socket on this machine: (address, port, inode)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError):
            for line in Path(table).read_text().splitlines()[1:]:
                parts = line.split()
                if parts[3] != _LISTEN:
                    continue
                address, port = parts[1].split(":")
                found.append((_address(address), int(port, 16), int(parts[9])))
    return found


def process_tree(pid: int) -> set[int]:
    """The process and all its descendants (a server's kernels run in sessions of their own)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (entry / "stat").read_text()
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    tree, todo = set(), [pid]
    while todo:
        current = todo.pop()
        tree.add(current)
        todo.extend(children.get(current, []))
    return tree


def socket_inodes(pids: set[int]) -> set[int]:
    """The socket inodes these processes hold open."""
    inodes = set()
    for pid in pids:
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    target = os.readlink(fd)
                    if target.startswith("socket:["):
                        inodes.add(int(target[8:-1]))
    return inodes


def assert_loopback_only(server: Started) -> list[tuple[str, int]]:
    """The server's port, and every port its process tree (kernels too) listens on, is on
    127.0.0.1 alone; return them."""
    sockets = listening_sockets()
    on_port = [(address, port) for address, port, _ in sockets if port == server.port]
    assert on_port, f"nothing listens on port {server.port}"
    assert {address for address, _ in on_port} == {"127.0.0.1"}, on_port
    held = socket_inodes(process_tree(server.process.pid))
    tree = [(address, port) for address, port, inode in sockets if inode in held]
    assert server.port in {port for _, port in tree}, (server.port, tree)
    assert {address for address, _ in tree} <= {"127.0.0.1"}, tree
    return tree


# --- a workspace full of payloads ----------------------------------------------------------


def refusal(action: Callable[[], object]) -> list[str]:
    """The problems a documented limit raises for this input, or [] when it is accepted."""
    try:
        action()
    except InputError as error:
        return list(error.problems)
    return []


def fits(payload: str, max_chars: int, *, multiline: bool = False) -> bool:
    return not refusal(lambda: clean_text(payload, "It", max_chars=max_chars, multiline=multiline))


CONTACT_OK = [p for p in PAYLOADS if fits(p, 80)]  # names the store accepts
QUESTION_OK = [p for p in PAYLOADS if fits(p, QUESTION_MAX_CHARS)]
FILLER_QUESTIONS = ["What surprised you most in your first year?", "What would you read next?"]


@dataclass
class Seed:
    """What the seeded workspace holds, for the checks in other notebooks."""

    names: list[str]  # every contact's name (each a payload)
    meeting: int  # the one contact who said yes, with a question per payload
    questions: list[str]  # that contact's planned questions
    aliases: list[str] = field(default_factory=list)
    broken_files: list[str] = field(default_factory=list)


def seed_workspace(path: Path) -> Seed:
    """A participant whose contacts are named by payloads, at every stage that shows them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    today = clock.today()
    with Workspace(path) as workspace:
        workspace.save_profile(Profile.from_input("Sam Rivera", "Urban planning", ["industry"]))
        ids = []
        for number, name in enumerate(CONTACT_OK):
            # Organisation: another payload, so typing name = organisation = payload in the
            # research notebook never collides with a seeded contact.
            organisation = CONTACT_OK[(number + 1) % len(CONTACT_OK)]
            contact = workspace.add_contact(
                name,
                role=name,
                organisation=organisation,
                industry=name,
                connection=name,
            )
            ids.append(contact.id)
        # Stages whose notebooks show names: asked (02), said yes (03, 04), met (05), thanked.
        meeting, met, thanked, *rest = ids
        request = "Dear friend, could we talk for 20 minutes at a time that suits you? Thanks."
        for contact_id in (meeting, met, thanked, *rest[:5]):
            log_request(workspace, contact_id, request)
        for contact_id in (meeting, met, thanked):
            record_reply(workspace, contact_id, "accepted")
        questions = QUESTION_OK + FILLER_QUESTIONS[: len(PAYLOADS) - len(QUESTION_OK)]
        workspace.save_question_plan(meeting, [("", text, 3) for text in questions])
        workspace.save_meeting_plan(MeetingPlan(meeting, 30, meeting_on=today + timedelta(2)))
        log_meeting(workspace, met, PAYLOADS[8])
        log_meeting(workspace, thanked, PAYLOADS[9])
        log_thank_you(workspace, thanked, "Thank you for the advice about planning.", format="card")
        names = [c.name for c in workspace.contacts()]
    return Seed(names, meeting, questions)


def seed_collection(folder: Path) -> tuple[list[str], list[str]]:
    """Exports whose aliases and contact names are payloads, and broken files named by them.

    Returns the aliases written, and how the cohort's list of files not counted starts the
    line for each broken file (its name; then why it could not be read).
    """
    aliases, broken = [], []
    for alias in PAYLOADS:
        if not fits(alias, 80):
            continue
        with Workspace(":memory:") as other:
            other.save_profile(Profile.from_input("Someone", "Nursing", ["industry"]))
            other.add_contact(alias, organisation=alias)
            write_participant_export(other, folder, alias=alias, include_contacts=True)
        aliases.append(alias)
    for name in PAYLOADS:
        if "/" in name or len(name.encode()) > 200:
            continue
        (folder / f"{name}.json").write_text("{")
        broken.append(f"{name}.json: ")
    return aliases, broken


@contextlib.contextmanager
def seeded_server(base: Path, *arguments: str, path: str = "") -> Iterator[tuple[Started, Seed]]:
    """`infointerview ARGUMENTS` on 127.0.0.1 over a seeded workspace and collection folder."""
    env = injection_environment(base)
    seed = seed_workspace(base / "home" / FILE_NAME)
    seed.aliases, seed.broken_files = seed_collection(base / "collection")
    with serve(base, env, *arguments, path=path) as server:
        yield server, seed


# --- the browser side ----------------------------------------------------------------------

_TEXT = r"""el => (el.textContent || '').replace(/\u00a0/g, ' ')"""
# Message boxes and the thank-you card must keep long text inside them (wrapped), or the
# end of it runs off the box, and off the screen.
_SPILLED = """el => [...el.querySelectorAll('.ii-message, .ii-card')]
  .filter(box => box.scrollWidth > box.clientWidth + 1)
  .map(box => box.textContent.slice(0, 60))"""
_FIRED = """() => { const v = window.__xss; if (v !== undefined) delete window.__xss;
  return v === undefined ? null : String(v); }"""


class Lost(Exception):
    """A payload was not shown as it should be."""


@dataclass
class Surface:
    """One page under test (Voila or JupyterLab), counting what each field lost."""

    page: Page
    dialogs: list[str]
    where: str  # "Voila" or "JupyterLab"
    figures: object
    scope: str = ""  # CSS that holds the notebook ("" in Voila)
    failures: list[str] = field(default_factory=list)
    fired: list[str] = field(default_factory=list)

    def cleared(self, box: Locator) -> None:
        """Wait until the kernel has emptied this box (after a save or log), before the next
        payload: typing while the kernel's "" is on its way mixes the two."""
        if not poll(lambda: box.input_value() == ""):
            raise Lost("the box was not emptied after saving")

    def ready(self) -> None:
        """Wait until the notebook has run to its end: the self-check is its last cell (its
        questions, or its Start button before they are opened).

        Typing into a widget while the notebook still runs can be lost or overwritten.
        """
        start = self.button("Start the self-check")
        self.at(".ii-self-check").or_(start).last.wait_for(state="attached", timeout=90_000)

    def at(self, css: str) -> Locator:
        return self.page.locator(f"{self.scope} {css}".strip())

    def text_box(self, label: str) -> Locator:
        """A one-line text box by its exact label (an ipywidgets Text, or a take-text box)."""
        exact = re.compile(f"^{re.escape(label)}$")
        return (
            self.at(".widget-text, .ii-take-text")
            .filter(has=self.page.locator("label", has_text=exact))
            .locator("input")
        )

    def button(self, name: str) -> Locator:
        return self.at("button.jupyter-button").filter(
            has_text=re.compile(f"^\\s*{re.escape(name)}\\s*$")
        )

    def dropdown(self, label: str) -> Locator:
        exact = re.compile(f"^{re.escape(label)}$")
        return (
            self.at(".widget-dropdown")
            .filter(has=self.page.locator("label", has_text=exact))
            .locator("select")
        )

    def wait_shown(self, where: Locator, *texts: str, timeout: int = WAIT_MS) -> None:
        """Wait until every text is in this element's text; raise Lost if it never is.

        The locator is looked up afresh each time: an HTML widget replaces its content.
        """
        deadline = time.monotonic() + timeout / 1000
        seen = ""
        while time.monotonic() < deadline:
            with contextlib.suppress(PlaywrightError):
                seen = where.evaluate(_TEXT, timeout=timeout)
                if all(text in seen for text in texts):
                    spilled = where.evaluate(_SPILLED)
                    if spilled:
                        raise Lost(f"shown, but runs out of its box: {spilled}")
                    return
            time.sleep(0.025)  # polling harder only takes the CPU from the kernel
        missing = [text for text in texts if text not in seen]
        raise Lost(f"not shown: {[m[:80] for m in missing]}; the end shown: {seen[-160:]!r}")

    def options(self, select: Locator) -> list[str]:
        return select.evaluate(
            "s => [...s.options].map(o => o.textContent.replace(/\\u00a0/g, ' '))"
        )

    def choose(self, select: Locator, starts: str) -> None:
        """Choose the first option whose text starts with ``starts``."""
        options = self.options(select)
        index = next(n for n, text in enumerate(options) if text.startswith(starts))
        select.select_option(index=index)

    def field(
        self, item: str, payloads: Sequence[str], attempt: Callable[[int, str], None]
    ) -> None:
        """Try every payload in one field; record the figure (before anything asserts).

        After three payloads in a row are lost the page has stopped answering (markup that
        hid or covered it, say): the rest count as lost without waiting for each in turn.
        """
        lost = 0
        in_a_row = 0
        self.page.set_default_timeout(WAIT_MS)
        for number, payload in enumerate(payloads):
            if in_a_row == 3:
                lost += len(payloads) - number
                self.failures.append(f"{item}: stopped after three lost in a row")
                break
            dialogs = len(self.dialogs)
            problem = ""
            try:
                attempt(number, payload)
            except (Lost, PlaywrightError, AssertionError) as error:
                problem = str(error).splitlines()[0][:300]
            fired = self.page.evaluate(_FIRED)
            if fired is not None:
                self.fired.append(fired)
                problem += f" window.__xss={fired}"
            if len(self.dialogs) > dialogs:
                problem += f" dialog: {self.dialogs[dialogs:]}"
            in_a_row = in_a_row + 1 if problem else 0
            if problem:
                lost += 1
                self.failures.append(f"{item}: payload {PAYLOADS.index(payload) + 1}: {problem}")
        self.page.set_default_timeout(60_000)
        self.figures.record(CHECK, f"{self.where} {item}", len(payloads), "payloads", lost)

    def check_displays(self, item: str, expected: Sequence[str], where: Locator) -> None:
        """Text saved elsewhere (seeded, or typed in another notebook) shows literally here."""
        try:
            seen = where.evaluate(_TEXT)
        except PlaywrightError:  # not there at all
            seen = ""
        missing = [text for text in expected if text not in seen]
        self.figures.record(CHECK, f"{self.where} {item}", len(expected), "payloads", len(missing))
        self.failures += [f"{item}: not shown: {text[:80]!r}" for text in missing]

    def check_options(self, item: str, expected: Sequence[str], select: Locator) -> None:
        """Text saved elsewhere shows literally among a dropdown's choices."""
        try:
            options = self.options(select)
        except PlaywrightError:
            options = []
        missing = [text for text in expected if not any(text in o for o in options)]
        self.figures.record(CHECK, f"{self.where} {item}", len(expected), "payloads", len(missing))
        self.failures += [f"{item}: no option shows {text[:80]!r}" for text in missing]

    def shown_again(self, item: str, boxes: Locator, expected: Sequence[str]) -> None:
        """Text boxes filled again from the workspace show exactly what was kept."""

        def values() -> list[str]:
            return boxes.evaluate_all("els => els.map(e => e.value)")[: len(expected)]

        poll(lambda: values() == list(expected))
        shown = values()
        shown += [""] * (len(expected) - len(shown))
        wrong = [n for n, (a, b) in enumerate(zip(shown, expected, strict=True)) if a != b]
        self.figures.record(CHECK, f"{self.where} {item}", len(expected), "payloads", len(wrong))
        self.failures += [
            f"{item}: box {n + 1} shows {shown[n][:60]!r}, not {expected[n][:60]!r}" for n in wrong
        ]

    def assert_clean(self, shot: str | None = None) -> None:
        """Nothing ran, no dialog opened, and every payload showed (or its refusal did)."""
        if shot:
            screenshot(self.page, shot, tall=self.where == "Voila")
        fired = self.page.evaluate(_FIRED)
        if fired is not None:
            self.fired.append(fired)
        assert self.fired == [], f"window.__xss was set: {self.fired}"
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"
        assert self.failures == [], "\n".join(self.failures)


# A page loading in a background tab must not be slowed to a crawl.
UNTHROTTLED = [
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
]


def unthrottled(browser):
    """Another Chromium like the session's, whose background tabs run at full speed."""
    return browser.browser_type.launch(
        executable_path=chromium(), args=[*CHROMIUM_ARGS, *UNTHROTTLED]
    )


class VoilaPages:
    """Voila pages in one browser context, each opened while the test before it runs.

    A page load is mostly the server starting a kernel and running the notebook, so loading
    the next notebook while the current one is typed into saves most of a page load a test.
    Every notebook checks only what was saved before the module started (the seed), so it
    does not matter that it read the workspace a little early.
    """

    def __init__(self, browser, url: str, order: Sequence[str]) -> None:
        self._browser = unthrottled(browser)
        self._context = self._browser.new_context(viewport={"width": 1280, "height": 900})
        self._url = url
        self._order = list(order)
        self._open: dict[str, tuple[Page, list[str]]] = {}

    def start(self, notebook: str) -> None:
        """Start loading a notebook's page now."""
        if notebook in self._open:
            return
        page = self._context.new_page()
        page.set_default_timeout(60_000)
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(f"{self._url}/voila/render/{notebook}", wait_until="commit")
        self._open[notebook] = (page, dialogs)

    def take(self, notebook: str, *, ahead: bool = True) -> tuple[Page, list[str]]:
        """The notebook's page (loading, or loaded), and (``ahead``) the next one set loading."""
        self.start(notebook)
        following = self._order[self._order.index(notebook) + 1 :]
        if following and ahead:
            self.start(following[0])
        page, dialogs = self._open[notebook]
        page.bring_to_front()
        return page, dialogs

    def done(self, notebook: str) -> None:
        page, _ = self._open.pop(notebook)
        page.close()

    def close(self) -> None:
        self._context.close()
        self._browser.close()


NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"
_LAB_OPEN = """async ([path, activate]) => {
  const app = window.jupyterapp;
  window.__opened = window.__opened || {};
  if (!window.__opened[path]) {
    window.__opened[path] = app.commands.execute('docmanager:open',
      {path, factory: 'Notebook', options: {activate, mode: 'tab-after'}});
  }
  if (!activate) return;  // the kernel starts meanwhile
  const panel = await window.__opened[path];
  app.shell.activateById(panel.id);
  await panel.context.ready;
  await panel.sessionContext.ready;
  await app.commands.execute('notebook:run-all-cells');
}"""
_LAB_CLOSE = """async (path) => {
  const panel = await window.__opened[path];
  delete window.__opened[path];
  await panel.sessionContext.shutdown();
  panel.dispose();
}"""


class LabNotebooks:
    """One JupyterLab page; each notebook's kernel starts while the test before it runs."""

    def __init__(self, browser, url: str, order: Sequence[str]) -> None:
        self._browser = unthrottled(browser)
        self._context = self._browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self._context.new_page()
        self.page.set_default_timeout(90_000)
        self.dialogs: list[str] = []
        self.page.on(
            "dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss())
        )
        self._order = list(order)
        self.page.goto(f"{url}/lab?reset")
        self.page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started")
        self.page.evaluate("() => window.jupyterapp.started")
        self._started: set[str] = set()

    def start(self, path: str) -> None:
        """Open the notebook in a background tab, so its kernel starts."""
        if path not in self._started:
            self._started.add(path)
            self.page.evaluate(_LAB_OPEN, [path, False])

    def take(self, path: str, *, ahead: bool = True) -> None:
        """Show the notebook and run all its cells; (``ahead``) start the next one's kernel."""
        self._started.add(path)
        following = self._order[self._order.index(path) + 1 :]
        self.page.evaluate(_LAB_OPEN, [path, True])
        if following and ahead:
            self.start(following[0])

    def done(self, path: str) -> None:
        self.page.evaluate(_LAB_CLOSE, path)

    def start_kernel(self) -> str:
        """Start a kernel and wait until it answers (its ports are open by then)."""
        return self.page.evaluate(
            """async () => {
              const kernel = await window.jupyterapp.serviceManager.kernels.startNew();
              await kernel.info;
              return kernel.id;
            }"""
        )

    def stop_kernel(self, kernel_id: str) -> None:
        self.page.evaluate(
            "async (id) => window.jupyterapp.serviceManager.kernels.shutdown(id)", kernel_id
        )

    def close(self) -> None:
        self._context.close()
        self._browser.close()


def poll(check: Callable[[], bool], timeout: float = WAIT_MS / 1000) -> bool:
    """Wait until ``check()`` is true (the kernel has saved), or give up."""
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(Exception):
            if check():
                return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.025)


def saved(check: Callable[[], bool], what: str) -> None:
    if not poll(check):
        raise Lost(f"{what} was not saved as typed")


def parent(locator: Locator) -> Locator:
    return locator.locator("xpath=..")


def type_notes(
    s: Surface,
    box: Locator,
    payload: str,
    status: Locator,
    refused: str,
    kept: Callable[[Workspace], str],
    server: Started,
) -> None:
    """Type notes into ``box``: a refusal must be shown in ``status`` after ``refused``,
    anything else must be saved exactly as typed (``kept`` reads it back)."""
    box.fill(payload)
    box.blur()
    problems = refusal(
        lambda: clean_text(payload, "Your notes", max_chars=NOTES_MAX_CHARS, multiline=True)
    )
    if problems:
        s.wait_shown(status, refused, *problems)
        return
    with Workspace(server.workspace_file) as workspace:
        saved(lambda: kept(workspace) == payload, "the notes")


def box_of(locator: Locator) -> Locator:
    """The nearest widget box around this element."""
    return locator.locator("xpath=ancestor::div[contains(@class, 'widget-box')][1]")


# --- the notebooks, one driver each --------------------------------------------------------


def welcome(s: Surface, server: Started, payloads: Sequence[str]) -> None:
    """00: name and field of interest (Save my profile), and the export alias."""
    name, interest = s.text_box("Name or alias"), s.text_box("Field of interest")
    s.ready()
    s.at(".widget-checkbox").filter(has_text="Learn about an industry").locator("input").check()
    save = s.button("Save my profile")
    form = parent(save)
    progress = box_of(s.at(".ii-progress"))

    def profile(_: int, payload: str) -> None:
        name.fill(payload)
        interest.fill(payload)
        save.click()
        problems = refusal(lambda: Profile.from_input(payload, payload, ["industry"]))
        if problems:
            s.wait_shown(form, "Not saved yet. Please fix this:", *problems)
        else:
            s.wait_shown(form, f"Welcome, {payload}!")
            s.wait_shown(progress, f"Profile saved for {payload}.")

    s.field("00-welcome: name and field of interest", payloads, profile)

    alias = s.text_box("Alias")
    export = s.button("Export for my instructor")
    panel = parent(export)
    with Workspace(server.workspace_file) as workspace:
        own = server.collection / f"{workspace.participant_id()}.json"

    def exported(_: int, payload: str) -> None:
        alias.fill(payload)
        before = own.stat().st_mtime_ns if own.exists() else 0
        export.click()
        problems = refusal(lambda: clean_text(payload, "The alias", max_chars=80))
        if problems:
            s.wait_shown(panel, *problems)
            return
        saved(
            lambda: (
                own.stat().st_mtime_ns != before and json.loads(own.read_text())["alias"] == payload
            ),
            "the alias",
        )
        s.wait_shown(panel, "Exported without any contact names")

    s.field("00-welcome: export alias", payloads, exported)


RESEARCH_FIELDS = ("Name", "Role", "Organisation", "Industry", "How you're connected")


def research(
    s: Surface,
    server: Started,
    payloads: Sequence[str],
    seed: Seed,
    after_contacts: Callable[[], None] = lambda: None,
) -> None:
    """01: the five contact fields (Add contact) and the research notes, one item each.

    ``after_contacts`` runs once the contacts are added (the Voila tests open 02 then).
    """
    boxes = {label: s.text_box(label) for label in RESEARCH_FIELDS}
    s.ready()
    add = s.button("Add contact")
    form = parent(add)
    picker = s.dropdown("Research for")
    s.check_options("01-research: seeded names in the picker", seed.names, picker)
    scratch = Workspace(":memory:")
    added: list[str] = []

    def contact(_: int, payload: str) -> None:
        for box in boxes.values():
            box.fill(payload)
        add.click()
        problems = refusal(
            lambda: scratch.add_contact(
                payload,
                role=payload,
                organisation=payload,
                industry=payload,
                connection=payload,
            )
        )
        if problems:
            s.wait_shown(form, "Not added yet. Please fix this:", *problems)
            return
        s.wait_shown(form, f"Added {payload}. Their research checklist is below.")
        s.wait_shown(picker, f"{payload} — {payload} ({Stage.IDENTIFIED.label})")
        added.append(payload)

    s.field(
        "01-research: contact name, role, organisation, industry, connection", payloads, contact
    )
    scratch.close()
    after_contacts()

    # Notes: the payloads in turn into the short "before you ask" items' notes, round and round.
    with Workspace(server.workspace_file) as workspace:
        chosen = workspace.contacts()[-1]
    label = f"{chosen.name} — {chosen.organisation} ("
    s.choose(picker, label)
    builder = box_of(picker)
    notes = s.at('textarea[placeholder^="Notes (what you found"]')
    status = builder.locator(":scope > .widget-html").last
    checklist = content.research_checklist()
    items = [
        item.id
        for scope in SCOPES
        if scope != PROFILE_SCOPE
        for item in items_at(checklist, "ask", scope)
    ]

    def note(number: int, payload: str) -> None:
        type_notes(
            s,
            notes.nth(number % len(items)),
            payload,
            status,
            "Not saved:",
            lambda workspace: workspace.research(chosen.id)[items[number % len(items)]].notes,
            server,
        )

    s.field("01-research: research notes", payloads, note)
    # Shown again, from the workspace, after choosing another contact and coming back: each
    # box holds the last payload it took that could be kept.
    s.choose(picker, seed.names[0])  # nothing researched for this one yet
    poll(lambda: set(notes.evaluate_all("els => els.map(e => e.value)")) == {""})
    s.choose(picker, label)
    expected = [""] * len(items)
    for number, payload in enumerate(payloads):
        if fits(payload, NOTES_MAX_CHARS, multiline=True):
            expected[number % len(items)] = payload
    s.shown_again("01-research: notes shown again", notes, expected)


def request(s: Surface, server: Started, payloads: Sequence[str], seed: Seed) -> None:
    """02: the request draft, whose [bracketed] parts are quoted back in the live checks."""
    draft = s.at('textarea[placeholder^="Your request"]')
    s.ready()
    drafter = box_of(draft)
    s.check_options(
        "02-request: seeded names in 'Request to'", seed.names, s.dropdown("Request to")
    )
    s.check_options(
        "02-request: seeded names in 'Reply from'", seed.names, s.dropdown("Reply from")
    )
    s.check_displays("02-request: seeded names in the pipeline", seed.names, s.at(".ii-pipeline"))

    def typed(_: int, payload: str) -> None:
        draft.fill(f"[{payload}]")
        s.wait_shown(drafter, f"Fill in the parts in [brackets] first: [{payload}]")

    s.field("02-request: request draft", payloads, typed)
    with Workspace(server.workspace_file) as workspace:
        kept = poll(
            lambda: any(
                workspace.draft(c.id, "request") == f"[{payloads[-1]}]"
                for c in workspace.contacts()
            )
        )
    s.figures.record(CHECK, f"{s.where} 02-request: draft kept", 1, "payloads", int(not kept))
    if not kept:
        s.failures.append("02-request: the last draft was not kept as typed")


def prepare(s: Surface, server: Started, payloads: Sequence[str], seed: Seed) -> None:
    """03: own questions (live checks, then Add my question), the time plan that lists them."""
    own = s.at('input[placeholder="Or write your own question here"]')
    s.ready()
    add = s.button("Add my question")
    builder = box_of(add)
    picker = s.dropdown("Questions for")
    s.check_options("03-prepare: seeded names in the picker", seed.names, picker)
    target = seed.names[5]  # a contact with no questions yet
    s.choose(picker, target)
    listed: list[str] = []

    def question(_: int, payload: str) -> None:
        own.fill(payload)
        add.click()
        number = len(listed) + 1
        problems = refusal(
            lambda: clean_text(payload, f"Question {number}", max_chars=QUESTION_MAX_CHARS)
        )
        if problems:
            s.wait_shown(builder, "Not saved:", *problems)
            return
        s.wait_shown(builder, f"{number}. {payload}")
        s.cleared(own)
        listed.append(payload)

    s.field("03-prepare: own question", payloads, question)
    s.check_displays("03-prepare: questions in the time plan", listed, s.at(".ii-time-plan"))
    heading = s.at("b").filter(has_text=re.compile(r"^Before you meet(?!:)"))
    s.check_displays("03-prepare: name in the logistics heading", [target], heading)


def meeting(s: Surface, server: Started, payloads: Sequence[str], seed: Seed) -> None:
    """04: a notes box per planned question, and the meeting's general notes."""
    notes = s.at('textarea[placeholder^="What they said"]')
    s.ready()
    general = s.at('textarea[placeholder^="Anything else worth remembering"]')
    show = box_of(general)
    status = show.locator(":scope > .widget-html").last
    meeting_name = seed.names[0]
    picker = s.dropdown("Meeting with")
    s.check_options("04-meeting: seeded names in the picker", seed.names, picker)
    s.check_displays(
        "04-meeting: name and planned questions in the agenda",
        [f"Open by thanking {meeting_name} for their time", *seed.questions],
        show,
    )
    with Workspace(server.workspace_file) as workspace:
        planned = workspace.question_plan(seed.meeting)
        day = workspace.meeting_plan(seed.meeting).meeting_on

    def answer(number: int, payload: str) -> None:
        type_notes(
            s,
            notes.nth(number),
            payload,
            status,
            "Notes not saved:",
            lambda workspace: workspace.question_plan(seed.meeting)[number].notes,
            server,
        )

    s.field("04-meeting: notes on each question", payloads[: len(planned)], answer)

    def remember(_: int, payload: str) -> None:
        general.fill(payload)
        general.blur()
        problems = refusal(
            lambda: clean_text(payload, "Your notes", max_chars=NOTES_MAX_CHARS, multiline=True)
        )
        if problems:
            s.wait_shown(status, "Not saved:", *problems)
            return
        with Workspace(server.workspace_file) as workspace:
            saved(lambda: workspace.meeting_plan(seed.meeting).notes == payload, "the notes")
            if workspace.meeting_plan(seed.meeting).meeting_on != day:
                raise Lost("saving the notes lost the meeting day set in 03")

    s.field("04-meeting: general notes", payloads, remember)
    # Shown again from the workspace after choosing another contact and coming back.
    s.choose(picker, seed.names[1])  # no questions planned for this one
    poll(lambda: notes.count() == 0)
    s.choose(picker, meeting_name)
    expected = [
        p if fits(p, NOTES_MAX_CHARS, multiline=True) else "" for p in payloads[: len(planned)]
    ]
    last = [p for p in payloads if fits(p, NOTES_MAX_CHARS, multiline=True)][-1]
    s.shown_again("04-meeting: question notes shown again", notes, expected)
    s.shown_again("04-meeting: general notes shown again", general, [last])


def follow_up(s: Surface, server: Started, payloads: Sequence[str], seed: Seed) -> None:
    """05: the thank-you draft (shown as a card) and the keep-in-touch detail."""
    card = s.at(".ii-card")
    s.ready()
    drafter = box_of(card)
    draft = drafter.locator("textarea").first
    s.check_options(
        "05-follow-up: seeded names in 'Thank-you to'", seed.names, s.dropdown("Thank-you to")
    )
    with Workspace(server.workspace_file) as workspace:
        due = [item.text for item in due_items(workspace)]
    s.check_displays(
        "05-follow-up: names, organisations and notes in what is due", due, s.at(".ii-due")
    )

    def thanks(_: int, payload: str) -> None:
        draft.fill(payload)
        s.wait_shown(card, payload)

    s.field("05-follow-up: thank-you draft", payloads, thanks)

    detail = s.at('textarea[placeholder^="What you did with their advice"]')
    panel = box_of(detail)
    log = panel.locator("button", has_text="Log as sent")
    prefix = "Told them how I used their advice: "

    def kept(_: int, payload: str) -> None:
        logged_as_typed(
            s,
            server,
            (detail, log, panel),
            ActivityKind.KEPT_IN_TOUCH,
            (prefix, payload),
            "What you told them",
            "Logged. The next note to",
        )

    s.field("05-follow-up: keep-in-touch detail", payloads, kept)


def logged_as_typed(
    s: Surface,
    server: Started,
    controls: tuple[Locator, Locator, Locator],
    kind: ActivityKind,
    typed: tuple[str, str],
    what: str,
    done: str,
) -> None:
    """Type into a detail box and press its button (``controls``: box, button, panel): the
    log gains the notebook's prefix and the payload (``typed``) exactly, or the panel shows
    the store's refusal word for word."""
    box, button, panel = controls
    prefix, payload = typed
    text = prefix + payload
    with Workspace(server.workspace_file) as workspace:
        before = len(workspace.activities(kind=kind))
        box.fill(payload)
        button.click()
        problems = refusal(lambda: clean_text(text, what, max_chars=2000, multiline=True))
        if problems:
            s.wait_shown(panel, "Not logged.", *problems)
            return
        try:
            saved(
                lambda: [a.detail for a in workspace.activities(kind=kind)][before:] == [text],
                "the detail",
            )
        except Lost:
            got = [a.detail[:60] for a in workspace.activities(kind=kind)]
            raise Lost(f"the detail was kept as {got[before:]}") from None
    s.cleared(box)
    s.wait_shown(panel, done)


def networking_log(s: Surface, server: Started, payloads: Sequence[str], seed: Seed) -> None:
    """06: the detail of an activity logged by hand."""
    detail = s.text_box("Detail")
    s.ready()
    log = s.button("Log it")
    panel = box_of(log)
    s.check_options("06-networking-log: seeded names in 'With'", seed.names, s.dropdown("With"))

    def logged(_: int, payload: str) -> None:
        logged_as_typed(
            s,
            server,
            (detail, log, panel),
            ActivityKind.OTHER,
            ("A networking event: ", payload),
            "The activity's detail",
            "Logged for",
        )

    s.field("06-networking-log: activity detail", payloads, logged)


def cohort(s: Surface, server: Started, payloads: Sequence[str], seed: Seed) -> None:
    """Cohort dashboard: aliases and file names from the exports, then the folder box."""
    folder = s.text_box("Collection folder")
    s.ready()
    read = s.button("Read the exports")
    dashboard = parent(read)
    s.wait_shown(dashboard, "participants' exports")
    stages = s.at(".widget-tab .lm-TabBar-tab").filter(has_text="Contact stages")
    stages.click()
    s.check_displays("cohort-dashboard: aliases", seed.aliases, dashboard)
    aliases = [p.alias for p in load_cohort(server.collection).participants]
    size = COHORT_PAGE_SIZE
    pages = [
        f"{aliases[start]} to {aliases[min(len(aliases), start + size) - 1]}"
        for start in range(0, len(aliases), size)
    ]
    s.check_options(
        "cohort-dashboard: aliases in the page chooser", pages, s.dropdown("Participants")
    )
    s.at(".widget-tab .lm-TabBar-tab").filter(has_text="Files not counted").click()
    s.check_displays("cohort-dashboard: names of files not counted", seed.broken_files, dashboard)

    def typed(_: int, payload: str) -> None:
        folder.fill(payload)
        read.click()
        # The message names the folder as the system reads it ("a//b" is the folder "a/b").
        shown = str(Path(payload))
        s.wait_shown(dashboard, shown)

    s.field("cohort-dashboard: collection folder", payloads, typed)

"""Pieces every phase's widgets share: safe messages, the workspace, pickers, one error path."""

from __future__ import annotations

import base64
import functools
import html
import weakref
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import anywidget
import ipywidgets as widgets
import traitlets

from infointerview.chart_text import ChartText
from infointerview.checks import Finding, tips
from infointerview.clock import ClockError
from infointerview.cohort import CohortError
from infointerview.export import ExportError
from infointerview.model import Contact, InputError, Stage
from infointerview.sending import eml_bytes, mailto_link, subject_for
from infointerview.store import Change, Subscription, Workspace, WorkspaceError

WRAP_STYLE = (
    "<style>.ii-wrap,.ii-wrap label{height:auto!important}"
    ".ii-wrap label,.ii-wrap span{white-space:normal!important;overflow:visible!important;"
    "text-overflow:clip!important;line-height:1.35}"
    # A box with a long question as its label: the label above the box when space is short.
    ".ii-stack{flex-wrap:wrap!important}.ii-stack>label{white-space:normal!important;"
    "max-width:100%!important;overflow:visible!important;height:auto!important}"
    ".ii-stack>textarea{flex:1 1 240px!important;min-width:0!important;height:52px}</style>"
)


def tick_box(text: str) -> widgets.Checkbox:
    """A checkbox whose long label wraps onto more lines instead of being cut off.

    The containing widget must show ``WRAP_STYLE`` once.
    """
    box = widgets.Checkbox(description=text, indent=False, layout=wide())
    box.add_class("ii-wrap")
    return box


def wide() -> widgets.Layout:
    """Return a fresh layout for a full-width control (one each: layouts are shared state)."""
    return widgets.Layout(width="min(100%, 640px)")


LABEL_STYLE = {"description_width": "150px"}


def form_box(
    description: str,
    placeholder: str = "",
    *,
    layout: widgets.Layout | None = None,
    as_typed: bool = False,
    **kwargs,
) -> widgets.Text:
    """Return a one-line box of a form that a button then reads (a name, an organisation).

    Its value reaches the kernel when the participant leaves the box, which always comes
    before the press of the button that reads it. Sent keystroke by keystroke, it could
    arrive late: ipywidgets holds back a box's updates while one is still on its way, but not
    a button's press, so a quick Tab and Enter saved what the box held a moment before.
    ``as_typed`` keeps sending keystroke by keystroke, for a form the kernel empties after
    each add: there, boxes sent when left lost the next name typed in a busy multi-tab run.
    """
    return widgets.Text(
        description=description,
        placeholder=placeholder,
        style=LABEL_STYLE,
        layout=layout or wide(),
        continuous_update=as_typed,
        **kwargs,
    )


_TONES = {
    "ok": ("#1b5e20", "#e8f5e9", "✓"),
    "warning": ("#7a4f01", "#fff8e1", "!"),
    "error": ("#8e0000", "#ffebee", "✗"),
    "info": ("#0d3c61", "#e3f2fd", "i"),
}


def escape(text: object) -> str:
    """Return participant text made safe to put inside HTML: shown, never run."""
    return html.escape(str(text), quote=True)


#: Inline, so words for screen readers stay hidden on screen wherever the message is shown.
SR_ONLY = (
    "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;"
    "clip:rect(0,0,0,0);white-space:nowrap;border:0"
)
#: Words for the marks, so the tone is never told by colour (or a symbol) alone.
_TONE_WORDS = {"ok": "Done", "warning": "Note", "error": "Problem", "info": "Info"}


def message_html(tone: str, *lines: str, live: bool = True) -> str:
    """Return a coloured message box; every line is escaped, so typed text shows as typed.

    The box is a live region, so a screen reader reads it out as it appears: an error at
    once ("alert"), anything else when the reader is free ("status"). ``live=False`` for a
    box whose words another live region already says.
    """
    colour, background, mark = _TONES[tone]
    body = "<br>".join(escape(line) for line in lines)
    role = ("alert" if tone == "error" else "status") if live else "note"
    return (
        f'<div class="ii-message ii-{tone}" role="{role}" '
        f'style="color:{colour};background:{background};'
        f"padding:6px 10px;border-radius:4px;margin:4px 0;max-width:640px;line-height:1.4;"
        # A long word (a pasted link, say) wraps inside the box instead of running off it.
        f'overflow-wrap:anywhere">'
        f'<b aria-hidden="true">{mark}</b> <span style="{SR_ONLY}">{_TONE_WORDS[tone]}: </span>'
        f"{body}</div>"
    )


_CELL = "text-align:left;vertical-align:top;padding:2px 8px"


def html_table(
    heads: list[str], rows: list[list[str]], *, css_class: str = "", caption: str = ""
) -> str:
    """Return an HTML table. Headings and the caption are escaped here; cells must arrive
    already escaped."""
    head = "".join(f'<th scope="col" style="{_CELL}">{escape(h)}</th>' for h in heads)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{cell}</td>' for cell in row) + "</tr>"
        for row in rows
    )
    named = f'<caption style="text-align:left">{escape(caption)}</caption>' if caption else ""
    # A wide table scrolls sideways inside its own box, so on a narrow or zoomed screen the
    # page around it still fits (WCAG 1.4.10 lets data tables scroll). Width 0 and min-width
    # 100%: the box takes its panel's width without pushing the panel wider.
    return (
        f'<div class="ii-table-box" style="overflow-x:auto;width:0;min-width:100%">'
        f'<table class="{escape(css_class)}" style="border-collapse:collapse">'
        f"{named}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


#: A clear ring around whatever has the keyboard's focus. ipywidgets shows focus on a text box
#: by a faint border colour alone; this is shown once per page (a panel in each notebook
#: carries it) and applies to every widget on the page, in Voila and in JupyterLab.
FOCUS_STYLE = (
    "<style>.jupyter-widgets :is(input,select,textarea,button,summary,a,[tabindex]):focus-visible,"
    ".jupyter-widgets:is(button):focus-visible,.jp-OutputArea-output a:focus-visible"
    "{outline:2px solid #0b57d0!important;outline-offset:1px!important}</style>"
)
_SUMMARY = "cursor:pointer;padding:4px 0;color:#0d3c61;text-decoration:underline"


_GROUP_SCRIPT = """
function render({ model, el }) {
  const label = document.createElement("div");
  label.className = "ii-group-label";
  label.id = "ii-group-" + Math.random().toString(36).slice(2);
  label.textContent = model.get("label");
  el.append(label);
  // The box this label heads becomes a named group, like a fieldset with its legend, once
  // the widget is on the page.
  let tries = 0;
  function name() {
    const box = el.parentElement;
    if (!box) { if (tries++ < 100) requestAnimationFrame(name); return; }
    box.setAttribute("role", "group");
    box.setAttribute("aria-labelledby", label.id);
  }
  name();
  const show = () => { label.textContent = model.get("label"); };
  model.on("change:label", show);
  return () => model.off("change:label", show);
}
export default { render };
"""


class GroupLabel(anywidget.AnyWidget):
    """A visible heading that makes the box it is first in a named group (role "group"),
    so a screen reader says "Your weekly targets, group" on entering it."""

    _esm = traitlets.Unicode(_GROUP_SCRIPT).tag(sync=True)
    _css = traitlets.Unicode(
        ".ii-group-label{font-weight:bold;margin:6px 0 2px 0;line-height:1.35}"
    ).tag(sync=True)
    label = traitlets.Unicode("").tag(sync=True)


def group(label: str, children: Sequence[widgets.Widget]) -> widgets.VBox:
    """Return related controls in a box named by a visible ``label``."""
    return widgets.VBox([GroupLabel(label=label), *children])


def chart_html(png: bytes | None, text: ChartText, *, show_words: bool = True) -> str:
    """Return a chart as a figure: the picture with its text alternative as ``alt``, the
    same words under it (``show_words``) and a "Show as a table" view with the same numbers.

    With ``png`` None (not drawn yet: it is drawn when it comes on screen) the words and the
    table stand in for the picture, so a screen reader has them from the start.
    Everything in ``text`` may hold a participant's words (a contact's name): all escaped.
    """
    table = html_table(
        list(text.heads),
        [[escape(cell) for cell in row] for row in text.rows],
        css_class="ii-chart-data",
        caption=text.title,
    )
    details = (
        f'<details><summary style="{_SUMMARY}">Show “{escape(text.title)}” as a table</summary>'
        f"{table}</details>"
    )
    figure = '<figure class="ii-chart" style="margin:6px 0 12px 0;max-width:min(100%,900px)">'
    if png is None:
        return (
            f'{figure}<p style="color:#333;margin:4px 0;max-width:640px">{escape(text.alt)}</p>'
            f'<p style="color:#555;margin:4px 0"><i>The chart is drawn when it is on '
            f"screen.</i></p>{details}</figure>"
        )
    encoded = base64.b64encode(png).decode("ascii")
    # The words under the picture repeat its alt text, so screen readers skip them.
    caption = (
        f'<figcaption aria-hidden="true" style="color:#333;margin:4px 0;max-width:640px">'
        f"{escape(text.alt)}</figcaption>"
        if show_words
        else ""
    )
    return (
        f'{figure}<img src="data:image/png;base64,{encoded}" alt="{escape(text.alt)}" '
        f'style="max-width:100%;height:auto;display:block">{caption}{details}</figure>'
    )


RULE_TITLES = {
    "job-request": "Asks for a job",
    "no-duration": "No length given",
    "long-meeting": "Asks for too long",
    "not-their-convenience": "Sets the time or place for them",
    "too-long": "Too long to read at a glance",
    "no-gratitude": "No thanks",
    "closed-question": "A yes-or-no question",
    "homework": "Homework you can do beforehand",
    "not-specific": "Could be sent to anyone",
    "not-english": "Not in English, so not checked",
    "mentions-hiring": "A note on CVs and hiring",
}


def tips_html(text: str) -> str:
    """Gentle notes that are not findings (a CV or hiring mentioned, but nothing asked)."""
    return "".join(
        message_html("info", f"{RULE_TITLES.get(tip.rule, tip.rule)}: {tip.message}")
        for tip in tips(text)
    )


def example_html(title: str, text: str, notes: Sequence[str], findings: str = "") -> str:
    """A worked example: the text as written, what makes it work (or not), and the checks."""
    body = escape(text).replace("\n", "<br>")
    items = "".join(f"<li>{escape(note)}</li>" for note in notes)
    return (
        f'<div class="ii-example" style="max-width:640px;margin:6px 0 12px 0">'
        f"<b>{escape(title)}</b>"
        f'<div style="border-left:4px solid #6b6b6b;padding:6px 12px;margin:4px 0;'
        f'background:#f7f7f7;overflow-wrap:anywhere">{body}</div>'
        f"<ul>{items}</ul>{findings}</div>"
    )


def finding_html(finding: Finding, *, live: bool = True) -> str:
    """Show one finding: a plain-words title, the rule id in brackets, and why it matters.

    ``live=False`` where an ``Announcer`` says the findings (a box rebuilt at each keystroke
    would otherwise be read out again and again)."""
    title = RULE_TITLES.get(finding.rule, finding.rule)
    return message_html("warning", f"{title} ({finding.rule}): {finding.message}", live=live)


def findings_summary(found: Sequence[Finding], *, unfinished: bool = False) -> str:
    """The findings in one short sentence for a screen reader: how many, and their titles."""
    titles = [RULE_TITLES.get(f.rule, f.rule) for f in found]
    said = []
    if unfinished:
        said.append("Fill in the parts in brackets first.")
    if titles:
        things = "1 thing" if len(titles) == 1 else f"{len(titles)} things"
        said.append(f"{things} to look at: {'; '.join(titles)}.")
    elif not unfinished:
        said.append("Nothing to fix.")
    return " ".join(said)


_ANNOUNCER_SCRIPT = """
function render({ model, el }) {
  // One region that stays on the page: a region added at the moment it speaks is not read
  // reliably, so the words change inside this one.
  const region = document.createElement("div");
  region.className = "ii-announcer";
  region.setAttribute("role", model.get("assertive") ? "alert" : "status");
  region.setAttribute("aria-live", model.get("assertive") ? "assertive" : "polite");
  region.setAttribute("aria-atomic", "true");
  el.append(region);
  const say = () => {
    region.textContent = "";
    setTimeout(() => { region.textContent = model.get("message"); }, 50);
  };
  model.on("change:count", say);
  return () => model.off("change:count", say);
}
export default { render };
"""


class Announcer(anywidget.AnyWidget):
    """Says short news to screen readers (politely, or at once with ``assertive``), without
    showing anything: for what changes as the participant types, such as the checks' findings.
    ``say_if_new`` keeps it quiet while the news stays the same."""

    _esm = traitlets.Unicode(_ANNOUNCER_SCRIPT).tag(sync=True)
    _css = traitlets.Unicode(
        ".ii-announcer{position:absolute;width:1px;height:1px;overflow:hidden;"
        "clip:rect(0,0,0,0);white-space:nowrap}"
    ).tag(sync=True)
    assertive = traitlets.Bool(False).tag(sync=True)
    message = traitlets.Unicode("").tag(sync=True)
    count = traitlets.Int(0).tag(sync=True)

    def say(self, text: str) -> None:
        """Say ``text`` now."""
        self.message = text
        self.count += 1

    def say_if_new(self, text: str) -> None:
        """Say ``text`` unless it is what was said last (or empty)."""
        if text and text != self.message:
            self.say(text)


_OPEN: dict[str, Workspace] = {}


def open_workspace() -> Workspace:
    """Return this participant's workspace (the file is opened when first used).

    Running the cell again returns the same workspace, so the panels of one notebook all
    hear the same changes.
    """
    workspace = Workspace()
    return _OPEN.setdefault(workspace.location, workspace)


#: Errors that are the participant's to act on: the message says what to do.
PARTICIPANT_ERRORS = (
    InputError,
    WorkspaceError,
    LookupError,
    ClockError,
    ExportError,
    CohortError,
)


def problem_lines(error: Exception) -> list[str]:
    """The sentences a participant sees for an error: its problems, or its message."""
    if isinstance(error, InputError):
        return list(error.problems)
    if isinstance(error, LookupError) and error.args:
        return [str(error.args[0])]
    return [str(error)]


def error_html(error: Exception, lead: str = "") -> str:
    """The message box for an error, led by what did not happen ("Not logged.")."""
    return message_html("error", *([lead] if lead else []), *problem_lines(error))


F = TypeVar("F", bound=Callable[..., Any])


def callback(lead: str = "", *, failed: object = None) -> Callable[[F], F]:
    """Make a widget callback show its errors in the panel's ``_status`` line.

    A participant's error (a bad date, a busy workspace) is shown as its message, led by
    ``lead``, and the callback returns ``failed``; anything else is a fault of ours, shown
    plainly and raised again for the log, so no click ever fails silently.
    """

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def run(self: widgets.Widget, *args: object) -> object:
            try:
                return method(self, *args)
            except PARTICIPANT_ERRORS as error:
                self._status.value = error_html(error, lead)
            except Exception as error:
                self._status.value = message_html(
                    "error",
                    *([lead] if lead else []),
                    f"Something went wrong on our side ({type(error).__name__}). What you "
                    "saved before is safe; please tell your instructor what you clicked.",
                )
                raise  # a fault of ours: ipywidgets logs the traceback, tests fail on it
            return failed

        run.shows_errors = True  # type: ignore[attr-defined]
        return run  # type: ignore[return-value]

    return wrap


_FOLLOWING: dict[tuple[str, str], weakref.ref[Follower]] = {}


class Follower:
    """A panel that follows the workspace, itself or through its pickers.

    ``_claim`` (called by ``_follow``, or by a panel whose only listeners are its pickers)
    closes an earlier panel of the same kind on the same workspace: running a cell again
    leaves one panel listening, not two. Closing a panel cancels its listeners and closes the
    children that listen.
    """

    _subscriptions: list[Subscription]

    def _claim(self, workspace: Workspace) -> None:
        if hasattr(self, "_subscriptions"):
            return
        self._subscriptions = []
        key = (type(self).__qualname__, workspace.location)
        earlier = _FOLLOWING.get(key)
        old = earlier() if earlier is not None else None
        if old is not None and old is not self:
            old.close()
        _FOLLOWING[key] = weakref.ref(self)

    def _follow(self, workspace: Workspace, listener: Callable[[Change], None]) -> None:
        self._claim(workspace)
        self._subscriptions.append(workspace.subscribe(listener))

    def close(self) -> None:
        for subscription in getattr(self, "_subscriptions", []):
            subscription.cancel()
        _close_children(self)
        super().close()  # type: ignore[misc]


def _close_children(widget: object) -> None:
    """Close the children that listen too (pickers, nested panels), so nothing hears on."""
    for child in getattr(widget, "children", ()):
        if isinstance(child, Follower | ContactPicker):
            child.close()
        else:
            _close_children(child)


class ContactPicker(widgets.Dropdown):
    """Choose one of the workspace's contacts; keeps up as contacts are added or move on.

    A contact added in this notebook is selected, since that is who the participant is
    working on, unless ``hold()`` says the panel's box holds text being written for the
    contact chosen now: then the choice stays, the text stays, and ``note`` says so.
    Contacts added in another tab or kernel appear in the list but are never selected for
    the participant.
    """

    # ipywidgets' traits, as this class uses them
    value: int | None
    options: Any
    index: int | None
    label: str | None

    def __init__(
        self,
        workspace: Workspace,
        *,
        description: str = "Contact",
        prefer: frozenset[Stage] = frozenset(),
        hold: Callable[[], bool] | None = None,
    ) -> None:
        self._workspace = workspace
        self._prefer = prefer  # stages worth starting with, e.g. "met" for a thank-you
        self._hold = hold or (lambda: False)
        self._known: set[int] = set()
        #: a line under the picker saying why the choice did not follow a new contact
        self.note = widgets.HTML()
        super().__init__(description=description, style=LABEL_STYLE, layout=wide())
        self._subscription = workspace.subscribe(self._on_change)
        self._refresh(None)
        self.observe(self._on_choose, names="value")

    def close(self) -> None:
        self._subscription.cancel()
        self.note.close()
        super().close()

    def _on_change(self, change: Change) -> None:
        if change.what in {"contact-added", "contacts", "fresh"}:
            self._refresh(change)

    def _on_choose(self, _change: dict) -> None:
        self.note.value = ""

    def _refresh(self, change: Change | None) -> None:
        try:
            contacts = self._workspace.contacts(with_practice=True)
        except WorkspaceError:
            return
        options = [
            (
                f"{c.shown_name}{' — ' + c.organisation if c.organisation else ''} "
                f"({c.stage.label})",
                c.id,
            )
            for c in contacts
        ]
        current = self.value
        added = (
            change.contact_id
            if change is not None
            and change.what == "contact-added"
            and change.contact_id not in self._known
            and any(c.id == change.contact_id for c in contacts)
            else None
        )
        if added is not None and current is not None and self._hold():
            name = next(c.name for c in contacts if c.id == added)
            self.note.value = message_html(
                "info",
                f"{name} was added. What you are writing here is kept for the contact chosen "
                f"now; choose {name} above when you are ready.",
            )
        elif added is not None:
            current = added
        elif current is None and contacts:
            preferred = [c for c in contacts if c.stage in self._prefer]
            open_ = [c for c in contacts if c.stage is not Stage.DECLINED]
            current = (preferred or open_ or contacts)[-1].id
        self._known = {c.id for c in contacts}
        if list(self.options) != options:
            self.options = options  # keeps the choice: see _propagate_options
        if self.value != current:
            self.value = current

    @traitlets.observe("options")
    def _propagate_options(self, change: object) -> None:
        """Keep the chosen contact when the list changes (a new contact, a new stage label).

        ipywidgets would select the first option and then ours again, and every panel that
        follows the picker would reload twice, replacing a box's text as it is typed.
        """
        keep = self.value
        options = self._options_full
        self.set_trait("_options_labels", tuple(label for label, _ in options))
        self._options_values = tuple(value for _, value in options)
        if self._initializing_traits_ is True or self.index is None:
            return
        if keep in self._options_values:
            index = self._options_values.index(keep)
            if index != self.index:
                self.index = index  # the value is the same, so nobody hears of it
            self.set_trait("label", options[index][0])
        elif options:
            self.index = 0
        else:
            self.index = None


class DraftArea(widgets.Textarea):
    """A text box whose text is kept in the workspace as it is typed, one draft per contact.

    ``show`` puts a contact's saved draft in the box (or a suggestion, when nothing is saved)
    without saving it; every edit after that is saved at once, announced to nobody.
    ``edited`` is True once the participant has typed since then. ``problem`` says why the
    last edit could not be kept, or is empty.
    """

    def __init__(self, workspace: Workspace, kind: str, **layout: object) -> None:
        super().__init__(continuous_update=True, **layout)
        self._workspace = workspace
        self._kind = kind
        self._contact_id: int | None = None
        self._loading = False
        self.edited = False
        self.problem = ""
        self.observe(self._on_type, names="value")

    def show(self, contact_id: int | None, suggestion: Callable[[], str], *, fresh: bool = False):
        """Show this contact's saved draft, or the suggestion (always, when ``fresh``)."""
        self._contact_id = contact_id
        saved = "" if fresh or contact_id is None else self._workspace.draft(contact_id, self._kind)
        self._loading = True
        try:
            self.value = saved or (suggestion() if contact_id is not None else "")
        finally:
            self._loading = False
        self.edited = False

    def _on_type(self, _change: dict) -> None:
        if self._loading or self._contact_id is None:
            return
        self.edited = True
        try:
            self._workspace.save_draft(self._contact_id, self._kind, self.value)
            self.problem = ""
        except (InputError, WorkspaceError) as error:
            self.problem = f"The draft is not being kept: {error}"


def send_html(contact: Contact, kind: str, text: str, *, ready: bool) -> str:
    """Links that hand an approved draft to the mail program, or why they are not offered yet.

    ``ready`` is False while the checks still find something: nothing unready leaves here.
    """
    if not text.strip():
        return ""
    if not ready:
        return message_html(
            "info",
            "When the checks find nothing to fix, you can open it in your mail program here.",
        )
    subject = subject_for(kind)
    link = mailto_link(contact.email, subject, text)
    eml = download_link(
        eml_bytes(contact.email, subject, text, to_name=contact.name),
        f"{kind.replace('_', '-')}-{contact.id}.eml",
        "message/rfc822",
        "Download it as an email (.eml)",
    )
    opened = (
        f'<a href="{escape(link)}" class="ii-mailto">Open it in my mail program</a> · '
        if link
        else ""
    )
    return (
        f'<div class="ii-send">{opened}{eml} '
        "<i>(then send it yourself, and press Log as sent)</i></div>"
    )


def download_link(data: bytes, filename: str, mime: str, label: str) -> str:
    """Return an HTML link that saves ``data`` as a file, in JupyterLab and in Voila alike."""
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f'<a download="{escape(filename)}" href="data:{mime};base64,{encoded}" '
        f'class="ii-download">{escape(label)}</a>'
    )


class DownloadPanel(widgets.VBox):
    """A button that makes files from the workspace and offers them as download links.

    Subclasses say which files in ``files`` (bytes, file name, MIME type, link text) and
    may add a note about them in ``note``.
    """

    def __init__(self, workspace: Workspace, *, description: str, icon: str) -> None:
        self._workspace = workspace
        self._make = widgets.Button(
            description=description, layout=widgets.Layout(width="max-content"), icon=icon
        )
        self._links = widgets.HTML()
        self._status = self._links
        super().__init__(children=[self._make, self._links])
        self._make.on_click(self._on_make)

    def files(self) -> list[tuple[bytes, str, str, str]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def note(self, files: list[tuple[bytes, str, str, str]]) -> str:
        return ""

    @callback()
    def _on_make(self, _button: widgets.Button) -> None:
        made = self.files()
        links = " · ".join(download_link(*file) for file in made)
        note = self.note(made)
        self._links.value = links + (f" <i>({escape(note)})</i>" if note else "")

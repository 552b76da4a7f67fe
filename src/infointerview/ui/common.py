"""Pieces every phase's widgets share: safe messages, the workspace, the self-check."""

from __future__ import annotations

import base64
import html
from collections.abc import Callable

import ipywidgets as widgets

from infointerview import content
from infointerview.checks import Finding
from infointerview.model import InputError, Stage
from infointerview.store import Workspace, WorkspaceError

WRAP_STYLE = (
    "<style>.ii-wrap,.ii-wrap label{height:auto!important}"
    ".ii-wrap label,.ii-wrap span{white-space:normal!important;overflow:visible!important;"
    "text-overflow:clip!important;line-height:1.35}</style>"
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

_TONES = {
    "ok": ("#1b5e20", "#e8f5e9", "✓"),
    "warning": ("#7a4f01", "#fff8e1", "!"),
    "error": ("#8e0000", "#ffebee", "✗"),
    "info": ("#0d3c61", "#e3f2fd", "i"),
}


def escape(text: object) -> str:
    """Return participant text made safe to put inside HTML: shown, never run."""
    return html.escape(str(text), quote=True)


def message_html(tone: str, *lines: str) -> str:
    """Return a coloured message box; every line is escaped, so typed text shows as typed."""
    colour, background, mark = _TONES[tone]
    body = "<br>".join(escape(line) for line in lines)
    return (
        f'<div class="ii-message ii-{tone}" style="color:{colour};background:{background};'
        f"padding:6px 10px;border-radius:4px;margin:4px 0;max-width:640px;line-height:1.4;"
        # A long word (a pasted link, say) wraps inside the box instead of running off it.
        f'overflow-wrap:anywhere">'
        f"<b>{mark}</b> {body}</div>"
    )


_CELL = "text-align:left;vertical-align:top;padding:2px 8px"


def html_table(heads: list[str], rows: list[list[str]], *, css_class: str = "") -> str:
    """Return an HTML table. Headings are escaped here; cells must arrive already escaped."""
    head = "".join(f'<th style="{_CELL}">{escape(h)}</th>' for h in heads)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{cell}</td>' for cell in row) + "</tr>"
        for row in rows
    )
    return (
        f'<table class="{escape(css_class)}" style="border-collapse:collapse">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
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
}


def finding_html(finding: Finding) -> str:
    """Show one finding: a plain-words title, the rule id in brackets, and why it matters."""
    title = RULE_TITLES.get(finding.rule, finding.rule)
    return message_html("warning", f"{title} ({finding.rule}): {finding.message}")


def open_workspace() -> Workspace:
    """Return this participant's workspace (the file is opened when first used)."""
    return Workspace()


class SelfCheck(widgets.VBox):
    """A short quiz with feedback on every answer, read from content/self_check.toml."""

    def __init__(self, notebook: str) -> None:
        self._questions = content.self_check(notebook)
        self._choices: list[widgets.RadioButtons] = []
        self._feedback: list[widgets.HTML] = []
        self._score = widgets.HTML()
        children: list[widgets.Widget] = [
            # Long answers must wrap (and grow taller) rather than run off or overlap.
            widgets.HTML(
                "<style>.ii-self-check,.ii-self-check .widget-radio-box{height:auto!important}"
                ".ii-self-check label{white-space:normal!important;height:auto!important;"
                "line-height:1.35!important;margin:2px 0 6px 0!important;display:flex!important;"
                "align-items:flex-start!important;gap:6px;flex-direction:row-reverse!important;"
                "justify-content:flex-end!important}"
                ".ii-self-check input{flex:none;margin-top:3px!important}</style>"
            )
        ]
        for number, question in enumerate(self._questions, start=1):
            choice = widgets.RadioButtons(
                options=[(answer.text, index) for index, answer in enumerate(question.answers)],
                value=None,
                layout=widgets.Layout(width="min(100%, 640px)"),
            )
            choice.add_class("ii-self-check")
            choice.observe(self._on_answer, names="value")
            feedback = widgets.HTML()
            self._choices.append(choice)
            self._feedback.append(feedback)
            children += [
                widgets.HTML(f"<b>{number}. {escape(question.prompt)}</b>"),
                choice,
                feedback,
            ]
        children.append(self._score)
        super().__init__(children=children)
        self._show_score()

    @property
    def correct(self) -> int:
        """How many questions are answered correctly so far."""
        return sum(
            choice.value is not None and question.answers[choice.value].correct
            for choice, question in zip(self._choices, self._questions, strict=True)
        )

    def _on_answer(self, change: dict) -> None:
        index = self._choices.index(change["owner"])
        answer = self._questions[index].answers[change["new"]]
        tone = "ok" if answer.correct else "warning"
        self._feedback[index].value = message_html(tone, answer.feedback)
        self._show_score()

    def _show_score(self) -> None:
        answered = sum(choice.value is not None for choice in self._choices)
        total = len(self._questions)
        self._score.value = (
            f"<i>Answered {answered} of {total}; {self.correct} right so far.</i>"
            if answered < total
            else f"<b>All {total} answered: {self.correct} of {total} right.</b>"
        )


class ContactPicker(widgets.Dropdown):
    """Choose one of the workspace's contacts; keeps up as contacts are added or move on.

    When a contact is added, it is selected, since that is who the participant is working on.
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        description: str = "Contact",
        prefer: frozenset[Stage] = frozenset(),
    ) -> None:
        self._workspace = workspace
        self._prefer = prefer  # stages worth starting with, e.g. "met" for a thank-you
        self._known: set[int] = set()
        super().__init__(description=description, style=LABEL_STYLE, layout=wide())
        workspace.subscribe(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        try:
            contacts = self._workspace.contacts()
        except WorkspaceError:
            return
        options = [
            (f"{c.name}{' — ' + c.organisation if c.organisation else ''} ({c.stage.label})", c.id)
            for c in contacts
        ]
        new = [c.id for c in contacts if c.id not in self._known]
        current = self.value
        if self._known and new:
            current = new[-1]
        elif current is None and contacts:
            preferred = [c for c in contacts if c.stage in self._prefer]
            open_ = [c for c in contacts if c.stage is not Stage.DECLINED]
            current = (preferred or open_ or contacts)[-1].id
        self._known = {c.id for c in contacts}
        if list(self.options) != options:
            self.options = options
        if self.value != current:
            self.value = current


class DraftArea(widgets.Textarea):
    """A text box whose text is kept in the workspace as it is typed, one draft per contact.

    ``show`` puts a contact's saved draft in the box (or a suggestion, when nothing is saved)
    without saving it; every edit after that is saved at once. ``problem`` says why the last
    edit could not be kept, or is empty.
    """

    def __init__(self, workspace: Workspace, kind: str, **layout: object) -> None:
        super().__init__(continuous_update=True, **layout)
        self._workspace = workspace
        self._kind = kind
        self._contact_id: int | None = None
        self._loading = False
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

    def _on_type(self, _change: dict) -> None:
        if self._loading or self._contact_id is None:
            return
        try:
            self._workspace.save_draft(self._contact_id, self._kind, self.value)
            self.problem = ""
        except (InputError, WorkspaceError) as error:
            self.problem = f"The draft is not being kept: {error}"


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
        super().__init__(children=[self._make, self._links])
        self._make.on_click(self._on_make)

    def files(self) -> list[tuple[bytes, str, str, str]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def note(self, files: list[tuple[bytes, str, str, str]]) -> str:
        return ""

    def _on_make(self, _button: widgets.Button) -> None:
        try:
            made = self.files()
        except WorkspaceError as error:
            self._links.value = message_html("error", str(error))
            return
        links = " · ".join(download_link(*file) for file in made)
        note = self.note(made)
        self._links.value = links + (f" <i>({escape(note)})</i>" if note else "")

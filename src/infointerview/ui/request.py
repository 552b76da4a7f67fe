"""Phase 2, the request: draft it with live etiquette checks, log it, record the reply."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import ipywidgets as widgets
from IPython.display import HTML

from infointerview import checks, content
from infointerview.content import Checklist
from infointerview.content.practice import worked_examples
from infointerview.drafts import need_line, placeholders, prefill_request, request_needs
from infointerview.model import Stage
from infointerview.stages import (
    log_follow_up,
    log_request,
    record_reply,
    research_warning,
    stage_table,
)
from infointerview.store import Change, Workspace, WorkspaceError
from infointerview.ui.common import (
    LABEL_STYLE,
    Announcer,
    ContactPicker,
    DraftArea,
    Follower,
    callback,
    escape,
    example_html,
    finding_html,
    findings_summary,
    html_table,
    message_html,
    open_workspace,
    send_html,
    tips_html,
)
from infointerview.ui.self_check import SelfCheck

__all__ = [
    "RequestDrafter",
    "SelfCheck",
    "StagesPanel",
    "open_workspace",
    "rules_table",
    "worked_example",
]


def rules_table() -> HTML:
    """Return the request checks as a table: each rule id and the etiquette behind it."""
    loaded = checks.request_rules()
    rows = [
        [f"<code>{escape(rule)}</code>", escape(_general(loaded.rules[rule].message))]
        for rule in checks.REQUEST_RULES
    ]
    return HTML(html_table(["Rule", "What it asks of you"], rows, css_class="ii-rules"))


def _general(message: str) -> str:
    """Word a rule's message for a table, without the numbers of one particular draft."""
    if "{words}" not in message:
        return message
    advice = message.split("; ", 1)[-1].format(limit="75 words (100 under the older advice)")
    return advice[0].upper() + advice[1:]


DRAFT_KIND = "request"


def worked_example() -> HTML:
    """A request that works and a weak one, with what the checks find in each."""
    examples = worked_examples()

    def findings(text: str) -> str:
        found = checks.check_request(text)
        if not found:
            return message_html("ok", "The checks find nothing to fix.")
        return "".join(finding_html(f) for f in found)

    return HTML(
        example_html(
            "A request that works",
            examples.request_good,
            examples.request_good_notes,
            findings(examples.request_good),
        )
        + example_html(
            "A weak request",
            examples.request_weak,
            examples.request_weak_notes,
            findings(examples.request_weak),
        )
    )


class RequestDrafter(Follower, widgets.VBox):
    """Write a request to one contact; see the etiquette findings as you type; log it as sent."""

    def __init__(self, workspace: Workspace, checklist: Checklist | None = None) -> None:
        self._workspace = workspace
        self._checklist = checklist or content.research_checklist()
        rules = checks.request_rules()
        self._draft = DraftArea(
            workspace,
            DRAFT_KIND,
            placeholder="Your request. Choose a contact above to start from a suggested draft.",
            layout=widgets.Layout(width="min(100%, 640px)", height="220px"),
        )
        self._picker = ContactPicker(
            workspace,
            description="Request to",
            prefer=frozenset({Stage.IDENTIFIED, Stage.RESEARCHED}),
            hold=lambda: self._draft.edited,
        )
        self._greet = widgets.Text(
            description="Greet them as",
            placeholder="how they like to be addressed, e.g. Dr Okafor or Amara",
            continuous_update=False,
            style=LABEL_STYLE,
            layout=widgets.Layout(width="min(100%, 640px)"),
        )
        self._need = widgets.Dropdown(
            options=[
                ("Nothing to add", ""),
                *((label, key) for key, label in request_needs().items()),
            ],
            value="",
            description="What helps me",
            style=LABEL_STYLE,
            layout=widgets.Layout(width="min(100%, 640px)"),
        )
        self._need_note = widgets.HTML()
        self._limit = widgets.ToggleButtons(
            options=[(f"{n} words", n) for n in rules.word_limit_choices],
            value=rules.word_limit,
            description="Word limit",
            tooltips=["The current advice: fits a phone screen", "The older, roomier advice"],
        )
        self._count = widgets.HTML()
        self._findings = widgets.HTML()
        self._announce = Announcer()  # says the findings when they change, not per keystroke
        self._send_links = widgets.HTML()
        self._send = widgets.Button(
            description="Log as sent", button_style="primary", icon="paper-plane"
        )
        self._confirm = widgets.Button(
            description="Log it anyway",
            layout=widgets.Layout(width="max-content"),
            button_style="warning",
        )
        self._cancel = widgets.Button(description="Not yet")
        self._confirm_box = widgets.HBox(
            [self._confirm, self._cancel], layout=widgets.Layout(display="none")
        )
        self._status = widgets.HTML()
        problems = "".join(message_html("warning", p) for p in rules.problems)
        super().__init__(
            children=[
                widgets.HTML(problems),
                self._picker,
                self._picker.note,
                self._greet,
                self._need,
                self._need_note,
                self._limit,
                self._draft,
                self._count,
                self._findings,
                self._announce,
                self._send_links,
                self._send,
                self._confirm_box,
                self._status,
            ]
        )
        self._picker.observe(self._on_pick, names="value")
        self._draft.observe(self._on_type, names="value")
        self._limit.observe(self._on_type, names="value")
        self._greet.observe(self._on_greet, names="value")
        self._need.observe(self._on_need, names="value")
        self._send.on_click(self._on_send)
        self._confirm.on_click(self._on_confirm)
        self._cancel.on_click(self._on_cancel)
        self._claim(workspace)
        self._on_pick({})

    @property
    def findings(self) -> list[checks.Finding]:
        """The etiquette findings for the draft as it stands."""
        return checks.check_request(self._draft.value, word_limit=self._limit.value)

    @callback()
    def _on_pick(self, _change: dict) -> None:
        self._load()

    def _load(self) -> None:
        contact_id = self._picker.value
        self._status.value = ""
        self._confirm_box.layout.display = "none"
        self._loading_greeting = True
        try:
            self._greet.value = (
                self._workspace.contact(contact_id).address_as if contact_id is not None else ""
            )
        finally:
            self._loading_greeting = False
        self._draft.show(
            contact_id,
            lambda: prefill_request(
                self._workspace.contact(contact_id or 0),
                self._workspace.profile(),
                need=self._need.value,
            ),
        )
        refusal = self._workspace.refusal(contact_id) if contact_id is not None else None
        if refusal:
            self._status.value = message_html("error", refusal)
        self._show_findings()

    @callback("Not saved:")
    def _on_greet(self, _change: dict) -> None:
        contact_id = self._picker.value
        if getattr(self, "_loading_greeting", False) or contact_id is None:
            return
        self._workspace.set_address_as(contact_id, self._greet.value)
        if not self._workspace.draft(contact_id, DRAFT_KIND):
            self._load()  # nothing written yet: the suggestion greets them the new way
        self._status.value = message_html("ok", "Saved how to greet them.")

    @callback()
    def _on_need(self, _change: dict) -> None:
        """Ask for what helps, in the suggestion; or, once written, say the line to add."""
        need = self._need.value
        self._need_note.value = ""
        if not need:
            if not self._draft.edited and not self._saved_draft():
                self._load()
            return
        # A sentence that lets both of you have a good conversation is worth its words.
        roomiest = max(value for _, value in self._limit.options)
        if self._limit.value < roomiest:
            self._limit.value = roomiest
            widened = " The word limit is now the roomier one, to make space for it."
        else:
            widened = ""
        if not self._draft.edited and not self._saved_draft():
            self._load()
            self._need_note.value = message_html(
                "ok", "Added to the suggested request, just before your question." + widened
            )
            return
        self._need_note.value = message_html(
            "info",
            "Your request is your own, so it is not changed. Add this line where it fits, "
            f"just before your question: {need_line(need)}" + widened,
        )

    def _saved_draft(self) -> str:
        contact_id = self._picker.value
        return self._workspace.draft(contact_id, DRAFT_KIND) if contact_id is not None else ""

    @callback()
    def _on_type(self, _change: dict) -> None:
        if self._draft.problem:
            self._status.value = message_html("error", self._draft.problem)
        self._show_findings()

    def _show_findings(self) -> None:
        text = self._draft.value
        words = checks.count_words(text)
        limit = self._limit.value
        over = words > limit
        self._count.value = (
            f'<span class="ii-word-count" style="color:{"#8e0000" if over else "#333"}">'
            f"{words} words (limit {limit})</span>"
        )
        self._send_links.value = ""
        if not text.strip():
            self._findings.value = message_html("info", "Write your request above.")
            return
        found = checks.check_request(text, word_limit=limit)
        left = placeholders(text)
        contact_id = self._picker.value
        if contact_id is not None:
            self._send_links.value = send_html(
                self._workspace.contact(contact_id), "request", text, ready=not found and not left
            )
        self._announce.say_if_new(findings_summary(found, unfinished=bool(left)))
        if left:
            self._findings.value = message_html(
                "info", f"Fill in the parts in [brackets] first: {left[0]}", live=False
            ) + "".join(finding_html(f, live=False) for f in found)
            return
        if not found:
            self._findings.value = message_html(
                "ok", "Nothing to fix: this request follows the etiquette.", live=False
            ) + tips_html(text)
            return
        self._findings.value = "".join(finding_html(f, live=False) for f in found)

    @callback("Not logged.")
    def _on_send(self, _button: widgets.Button) -> None:
        contact_id = self._picker.value
        if contact_id is None:
            self._status.value = message_html("error", "Choose a contact first.")
            return
        refusal = self._workspace.refusal(contact_id)
        if refusal:
            self._status.value = message_html("error", "Not logged.", refusal)
            return
        warning = research_warning(self._workspace, contact_id, self._checklist)
        if warning:
            self._status.value = message_html("warning", warning)
            self._confirm_box.layout.display = ""
            return
        self._log()

    @callback("Not logged.")
    def _on_confirm(self, _button: widgets.Button) -> None:
        self._log()

    @callback()
    def _on_cancel(self, _button: widgets.Button) -> None:
        self._confirm_box.layout.display = "none"
        self._status.value = message_html(
            "info", "Not logged. Finish the short research in 01 Who to ask, then come back."
        )

    def _log(self) -> None:
        self._confirm_box.layout.display = "none"
        contact_id = self._picker.value
        if contact_id is None:
            self._status.value = message_html("error", "Choose a contact first.")
            return
        log_request(self._workspace, contact_id, self._draft.value)
        name = self._workspace.contact(contact_id).name
        self._status.value = message_html(
            "ok",
            f"Logged your request to {name} as sent today. Record their answer in the "
            "pipeline below when it comes.",
        )


class StagesPanel(Follower, widgets.VBox):
    """Every contact's stage and next step, with buttons to record a reply or a follow-up."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._table = widgets.HTML()
        self._picker = ContactPicker(
            workspace,
            description="Reply from",
            prefer=frozenset({Stage.REQUESTED, Stage.NO_REPLY, Stage.FOLLOWED_UP}),
        )
        self._yes = widgets.Button(description="They said yes", button_style="success")
        self._no = widgets.Button(description="They said no", button_style="danger")
        self._later = widgets.Button(
            description="Not now: ask me later", layout=widgets.Layout(width="max-content")
        )
        self._silent = widgets.Button(description="No reply yet")
        self._follow_up = widgets.Button(
            description="Log my one follow-up", layout=widgets.Layout(width="max-content")
        )
        self._ask_again_on = widgets.DatePicker(description="Ask again on", style=LABEL_STYLE)
        self._confirm_no = widgets.Button(description="Yes, they said no", button_style="danger")
        self._keep_open = widgets.Button(description="No, go back")
        self._confirm = widgets.HBox(
            [self._confirm_no, self._keep_open], layout=widgets.Layout(display="none")
        )
        self._undo = widgets.Button(
            description="Undo that no",
            icon="undo",
            layout=widgets.Layout(width="max-content", display="none"),
        )
        self._undoable: int | None = None  # the contact whose no may still be taken back
        self._status = widgets.HTML()
        for button, handler in (
            (self._yes, self._on_yes),
            (self._no, self._on_no),
            (self._later, self._on_later),
            (self._silent, self._on_silent),
            (self._follow_up, self._on_follow_up),
            (self._confirm_no, self._on_confirm_no),
            (self._keep_open, self._on_keep_open),
            (self._undo, self._on_undo),
        ):
            button.on_click(handler)
        buttons = widgets.HBox(
            [self._yes, self._no, self._later, self._silent, self._follow_up],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        super().__init__(
            children=[
                self._table,
                self._picker,
                self._picker.note,
                buttons,
                self._ask_again_on,
                self._confirm,
                self._undo,
                self._status,
            ]
        )
        self._follow(workspace, self._on_change)
        self._refresh()

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what != "research":
            self._refresh()

    def close(self) -> None:
        self._make_final()
        super().close()

    def _refresh(self) -> None:
        try:
            rows = stage_table(self._workspace, with_practice=True)
        except WorkspaceError as error:  # shown where the table would be
            self._table.value = message_html("error", str(error))
            return
        if not rows:
            self._table.value = message_html("info", "No contacts yet: add one in 01 Who to ask.")
            return

        def day(value: date | None) -> str:
            return f"{value.day} {value:%b}" if value else ""

        self._table.value = html_table(
            ["Contact", "Stage", "Asked", "3 days: try another", "7 days: follow up", "Next step"],
            [
                [
                    escape(row.contact.shown_name),
                    escape(row.contact.stage.label),
                    day(row.asked_on),
                    day(row.dates.second_contact_on if row.dates else None),
                    day(row.dates.follow_up_on if row.dates else None),
                    escape(row.next_step),
                ]
                for row in rows
            ],
            css_class="ii-pipeline",
        )

    def _act(self, action: Callable[[Workspace, int], object], done: str) -> None:
        contact_id = self._picker.value
        self._confirm.layout.display = "none"
        if contact_id is None:
            self._status.value = message_html("error", "Choose a contact first.")
            return
        self._make_final()
        action(self._workspace, contact_id)
        name = self._workspace.contact(contact_id).name
        self._status.value = message_html("ok", done.format(name=name))

    def _make_final(self) -> None:
        """Close the undo window: the no recorded here is final from now on."""
        if self._undoable is not None:
            self._workspace.make_final(self._undoable)
            self._undoable = None
            self._undo.layout.display = "none"

    @callback()
    def _on_yes(self, _button: widgets.Button) -> None:
        self._act(
            lambda ws, cid: record_reply(ws, cid, "accepted"),
            "{name} said yes. Next: prepare your questions in 03 Prepare.",
        )

    @callback()
    def _on_no(self, _button: widgets.Button) -> None:
        contact_id = self._picker.value
        if contact_id is None:
            self._status.value = message_html("error", "Choose a contact first.")
            return
        name = self._workspace.contact(contact_id).name
        self._confirm.layout.display = ""
        self._status.value = message_html(
            "warning",
            f"Did {name} say no for good? A no is final: you will not be able to ask them "
            "again. If they said 'not now', use 'Not now: ask me later' instead.",
        )

    @callback()
    def _on_keep_open(self, _button: widgets.Button) -> None:
        self._confirm.layout.display = "none"
        self._status.value = message_html("info", "Nothing was recorded.")

    @callback()
    def _on_confirm_no(self, _button: widgets.Button) -> None:
        contact_id = self._picker.value
        if contact_id is None:
            return
        before = self._workspace.contact(contact_id).stage
        self._act(
            lambda ws, cid: record_reply(ws, cid, "declined"),
            "Recorded: {name} said no. Thank them for replying, and don't ask again. "
            "(Pressed by mistake? 'Undo that no' takes it back while this page is open.)",
        )
        if self._workspace.contact(contact_id).stage is Stage.DECLINED:
            self._workspace.keep_undoable(contact_id, before)
            self._undoable = contact_id
            self._undo.layout.display = ""

    @callback("Not undone:")
    def _on_undo(self, _button: widgets.Button) -> None:
        contact_id = self._undoable
        if contact_id is None:
            return
        self._undoable = None
        self._undo.layout.display = "none"
        contact = self._workspace.undo_decline(contact_id)
        self._status.value = message_html(
            "ok", f"Taken back: {contact.name} is at the '{contact.stage.label}' stage again."
        )

    @callback()
    def _on_later(self, _button: widgets.Button) -> None:
        again = self._ask_again_on.value
        self._act(
            lambda ws, cid: record_reply(ws, cid, "later", ask_again_on=again),
            "Recorded: {name} said not now. It is not a no: the list of what is due will "
            "remind you to ask again.",
        )

    @callback()
    def _on_silent(self, _button: widgets.Button) -> None:
        self._act(
            lambda ws, cid: record_reply(ws, cid, "no_reply"),
            "Recorded: no reply from {name} yet. The table shows when to act.",
        )

    @callback()
    def _on_follow_up(self, _button: widgets.Button) -> None:
        self._act(log_follow_up, "Logged your one follow-up to {name}.")

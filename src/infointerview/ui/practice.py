"""Practice contacts: a shipped persona to research, ask, meet and thank, kept apart from
real work, so every phase has something to do before anyone has met a real contact."""

from __future__ import annotations

from dataclasses import replace

import ipywidgets as widgets

from infointerview.content.practice import Persona, observer_sheet, practice_personas
from infointerview.model import Contact
from infointerview.store import Change, Workspace
from infointerview.ui.common import (
    FOCUS_STYLE,
    LABEL_STYLE,
    Follower,
    callback,
    escape,
    message_html,
    wide,
)

__all__ = ["PracticeStarter", "RolePlay", "add_practice_contact", "role_card_html"]


def add_practice_contact(workspace: Workspace, persona: Persona) -> Contact:
    """Add a persona as a practice contact (refused, with the reason, if already added)."""
    return workspace.add_contact(
        persona.name,
        role=persona.role,
        organisation=persona.organisation,
        industry=persona.industry,
        connection=f"Practice persona ({persona.country})",
        channel=persona.channel,
        address_as=persona.address_as,
        practice=persona.id,
    )


class PracticeStarter(Follower, widgets.VBox):
    """Add a practice contact in one click, see which contacts are practice, clear one."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._personas = {p.id: p for p in practice_personas()}
        self._choice = widgets.Dropdown(
            description="Practise with",
            options=[
                (f"{p.name}, {p.role} ({p.organisation}, {p.country})", p.id)
                for p in self._personas.values()
            ],
            style=LABEL_STYLE,
            layout=wide(),
        )
        self._add = widgets.Button(
            description="Add as a practice contact",
            icon="user-plus",
            layout=widgets.Layout(width="max-content"),
            tooltip="Practice is saved, but never counted in your log, charts or exports",
        )
        self._list = widgets.VBox()
        self._status = widgets.HTML()
        self._pending_clear: int | None = None
        # The page's focus ring rides here: this panel is in every phase notebook, 01 to 06.
        super().__init__(
            children=[widgets.HTML(FOCUS_STYLE), self._choice, self._add, self._list, self._status]
        )
        self._add.on_click(self._on_add)
        self._follow(workspace, self._on_change)
        self._show()

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what in {"contact-added", "contacts", "fresh"}:
            self._show()

    @callback()
    def _show(self) -> None:
        practice = [c for c in self._workspace.contacts(with_practice=True) if c.is_practice]
        rows: list[widgets.Widget] = []
        for contact in practice:
            clear = widgets.Button(
                description="Clear",
                icon="trash",
                tooltip=f"Remove the practice contact {contact.name} and all practice with them",
                layout=widgets.Layout(width="max-content"),
            )
            clear.on_click(lambda _b, cid=contact.id: self._on_clear(cid))
            rows.append(
                widgets.HBox(
                    [
                        widgets.HTML(
                            f"<b>Practice:</b> {escape(contact.name)} "
                            f"({escape(contact.stage.label)})"
                        ),
                        clear,
                    ]
                )
            )
        if practice:
            rows.insert(
                0,
                widgets.HTML(
                    "<i>Your practice contacts. What you do with them is saved, but never "
                    "counted in your log, charts, progress, calendar or exports.</i>"
                ),
            )
        self._list.children = rows

    @callback("Not added:")
    def _on_add(self, _button: widgets.Button) -> None:
        persona = self._personas[self._choice.value]
        contact = add_practice_contact(self._workspace, persona)
        self._status.value = message_html(
            "ok",
            f"Added {contact.name} as a practice contact. Choose 'Practice: {contact.name}' in "
            "the lists below; research them in 01, ask in 02, meet in 04.",
        )

    @callback("Not cleared:")
    def _on_clear(self, contact_id: int) -> None:
        if self._pending_clear != contact_id:
            self._pending_clear = contact_id
            name = self._workspace.contact(contact_id).name
            self._status.value = message_html(
                "warning",
                f"Press Clear again to remove {name} and everything practised with them. "
                "Your real contacts are not touched.",
            )
            return
        self._pending_clear = None
        cleared = self._workspace.clear_practice(contact_id)
        self._status.value = message_html(
            "ok", f"Cleared the practice contact {cleared.name}. Real work is unchanged."
        )


def role_card_html(persona: Persona) -> str:
    """The card for the partner who plays the professional (what they know and how to act)."""
    facts = "".join(f"<li>{escape(text)}</li>" for _, text in persona.facts)
    asked = "".join(f"<li>{escape(text)}</li>" for text in persona.only_if_asked)
    story = "".join(f"<p>{escape(p)}</p>" for p in persona.career_story.split("\n\n") if p.strip())
    return (
        f'<div class="ii-role-card" style="max-width:640px;line-height:1.45">'
        f"<h4>Role card: you are {escape(persona.name)}, {escape(persona.role)} at "
        f"{escape(persona.organisation)} ({escape(persona.country)})</h4>"
        f"<p>{escape(persona.role_card)}</p>"
        f"<details><summary>Your career story</summary>{story}</details>"
        f"<p><b>What they could have found out before asking:</b></p><ul>{facts}</ul>"
        f"<p><b>Say these only if asked a good, specific question:</b></p><ul>{asked}</ul>"
        f"<p><b>If they ask you for a job:</b> {escape(persona.job_ask_reaction)}</p></div>"
    )


class RolePlay(widgets.VBox):
    """For a practice meeting: the partner's role card and the observer's sheet.

    The observer answers six yes/no checks; each answer shows its feedback at once, and the
    answers are kept with the practice meeting.
    """

    def __init__(self, workspace: Workspace, contact_id: int, persona: Persona) -> None:
        self._workspace = workspace
        self._contact_id = contact_id
        self._items = observer_sheet()
        self._show_card = widgets.ToggleButton(
            description="Show the role card (for your partner)",
            icon="id-card",
            layout=widgets.Layout(width="max-content"),
        )
        self._card = widgets.HTML()
        self._persona = persona
        self._answers: dict[str, widgets.ToggleButtons] = {}
        self._feedback: dict[str, widgets.HTML] = {}
        self._status = widgets.HTML()
        rows: list[widgets.Widget] = []
        ticked = workspace.meeting_plan(contact_id).ticked
        for item in self._items:
            said = next(
                (t.rsplit(":", 1)[1] for t in ticked if t.startswith(f"observer:{item.id}:")),
                None,
            )
            answer = widgets.ToggleButtons(
                options=[("Yes", "yes"), ("Not yet", "no")],
                value=said,
                description=item.ask,
                style={"description_width": "initial"},
                layout=widgets.Layout(width="auto"),
            )
            answer.observe(self._on_answer, names="value")
            self._answers[item.id] = answer
            self._feedback[item.id] = widgets.HTML()
            rows += [answer, self._feedback[item.id]]
        super().__init__(
            children=[
                widgets.HTML(
                    "<b>Practise this meeting.</b> In pairs or threes: one plays the "
                    "professional from the role card, one asks, one observes with the sheet "
                    "below. Alone: press 'Hear their answer' under each question."
                ),
                self._show_card,
                self._card,
                widgets.HTML("<b>Observer sheet</b>"),
                *rows,
                self._status,
            ]
        )
        self._show_card.observe(self._on_card, names="value")
        for item in self._items:
            self._show_feedback(item.id)

    @callback()
    def _on_card(self, _change: dict) -> None:
        self._card.value = role_card_html(self._persona) if self._show_card.value else ""

    @callback("Not saved:")
    def _on_answer(self, change: dict) -> None:
        item_id = next(key for key, box in self._answers.items() if box is change["owner"])
        self._show_feedback(item_id)
        plan = self._workspace.meeting_plan(self._contact_id)
        kept = {t for t in plan.ticked if not t.startswith("observer:")}
        kept |= {f"observer:{key}:{box.value}" for key, box in self._answers.items() if box.value}
        self._workspace.save_meeting_plan(replace(plan, ticked=frozenset(kept)), typing=True)

    def _show_feedback(self, item_id: str) -> None:
        item = next(i for i in self._items if i.id == item_id)
        said = self._answers[item_id].value
        self._feedback[item_id].value = (
            ""
            if said is None
            else message_html("ok", item.well)
            if said == "yes"
            else message_html("info", item.work_on)
        )

"""Phase 1, second part: add the people to ask, and the research before you ask (and meet)."""

from __future__ import annotations

import ipywidgets as widgets
from IPython.display import HTML

from infointerview import content
from infointerview.content import SCOPE_TITLES, SCOPES, Checklist
from infointerview.content.practice import practice_personas
from infointerview.model import Channel
from infointerview.research import PROFILE_SCOPE, completeness, is_researched, items_at
from infointerview.stages import note_research
from infointerview.store import Change, Workspace
from infointerview.ui.common import (
    LABEL_STYLE,
    WRAP_STYLE,
    ContactPicker,
    Follower,
    callback,
    escape,
    form_box,
    html_table,
    message_html,
    open_workspace,
    tick_box,
    wide,
)
from infointerview.ui.self_check import SelfCheck

__all__ = [
    "ChecklistBuilder",
    "ContactForm",
    "SelfCheck",
    "checklist_overview",
    "open_workspace",
    "worked_example",
]


def checklist_overview(checklist: Checklist | None = None) -> HTML:
    """Return the short "before you ask" list (what, and where to look) and how many more
    items the full "before you meet" list holds in each scope."""
    checklist = checklist or content.research_checklist()
    short = [item for scope in SCOPES for item in items_at(checklist, "ask", scope)]
    rows = [[escape(item.text), escape(item.where)] for item in short]
    rest = ", ".join(
        f"{len(checklist.in_scope(scope)) - len(items_at(checklist, 'ask', scope))} on "
        f"{escape(SCOPE_TITLES[scope].lower())}"
        for scope in SCOPES
        if scope != PROFILE_SCOPE
    )
    yourself = len(checklist.in_scope(PROFILE_SCOPE))
    return HTML(
        f"<b>Before you ask ({len(short)} items):</b>"
        + html_table(["Find out", "Where to look"], rows, css_class="ii-overview")
        + f"<p>The full list for <b>before you meet</b> (in 03 Prepare) adds {rest}; and "
        f"{yourself} about yourself, done once in your profile (00 Welcome).</p>"
    )


class ContactForm(widgets.VBox):
    """Add someone you would like to talk to: who they are and how you are connected."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

        self._name = form_box("Name", "e.g. Amara Okafor", as_typed=True)
        self._role = form_box("Role", "e.g. Senior transport planner", as_typed=True)
        self._organisation = form_box("Organisation", "e.g. Metro Regional Transit", as_typed=True)
        self._industry = form_box("Industry", "e.g. Public transport", as_typed=True)
        self._connection = form_box(
            "How you're connected", "e.g. same university; met at a talk", as_typed=True
        )
        self._address_as = form_box(
            "Greet them as", "e.g. Dr Okafor, or Amara, as they prefer", as_typed=True
        )
        self._channel = widgets.Dropdown(
            description="Would rather meet",
            options=[(channel.label, channel.value) for channel in Channel],
            value=Channel.COFFEE.value,
            style=LABEL_STYLE,
            layout=wide(),
        )
        self._add = widgets.Button(description="Add contact", button_style="primary", icon="plus")
        self._status = widgets.HTML()
        self._add.on_click(self._on_add)
        super().__init__(
            children=[
                self._name,
                self._role,
                self._organisation,
                self._industry,
                self._connection,
                self._address_as,
                self._channel,
                self._add,
                self._status,
            ]
        )

    @callback("Not added yet. Please fix this:")
    def _on_add(self, _button: widgets.Button) -> None:
        contact = self._workspace.add_contact(
            self._name.value,
            role=self._role.value,
            organisation=self._organisation.value,
            industry=self._industry.value,
            connection=self._connection.value,
            channel=self._channel.value,
            address_as=self._address_as.value,
        )
        for field in (
            self._name,
            self._role,
            self._organisation,
            self._industry,
            self._connection,
            self._address_as,
        ):
            field.value = ""
        self._status.value = message_html(
            "ok", f"Added {contact.name}. Their research checklist is below."
        )


def worked_example() -> HTML:
    """Research on a practice persona: what a participant found, item by item."""
    persona = practice_personas()[0]
    checklist = content.research_checklist()
    items = {item.id: item for item in checklist.items}
    rows = [
        [escape(items[item_id].text), escape(text)]
        for item_id, text in persona.facts
        if item_id in items
    ]
    return HTML(
        f"<b>Before asking {escape(persona.name)} ({escape(persona.role)}, "
        f"{escape(persona.organisation)}), a participant found:</b>"
        + html_table(["Checklist item", "What they found"], rows, css_class="ii-example")
    )


def _bar(fraction: float) -> str:
    percent = round(fraction * 100)
    return (
        '<span style="display:inline-block;width:160px;height:10px;background:#e0e0e0;'
        'border-radius:5px;vertical-align:middle">'
        f'<span style="display:block;width:{percent}%;height:10px;background:#0072b2;'
        'border-radius:5px"></span></span>'
    )


class _ItemRow(widgets.VBox):
    """One checklist item: a tick, where to look, and a notes box."""

    def __init__(self, item: content.ResearchItem) -> None:
        self.item = item
        self.tick = tick_box(item.text)
        hint = f"Where to look: {item.where}"
        if item.why:
            hint += f" Why: {item.why}"
        self.notes = widgets.Textarea(
            placeholder="Notes (what you found, links, questions it raises)",
            continuous_update=False,
            layout=widgets.Layout(width="min(100%, 640px)", height="48px"),
        )
        super().__init__(
            children=[
                self.tick,
                widgets.HTML(
                    f'<div style="color:#555;margin-left:24px;max-width:620px">{escape(hint)}</div>'
                ),
                self.notes,
            ],
            layout=widgets.Layout(margin="0 0 10px 0"),
        )


class ChecklistBuilder(Follower, widgets.VBox):
    """The research checklist for one contact at a time, at one depth, with a meter.

    ``depth="ask"`` shows the short "before you ask" list (all of it done lets a request
    through); ``depth="meet"`` shows the whole checklist in sections by scope, each built
    only when the participant opens it. The "yourself" items are done once, in the profile.
    """

    def __init__(
        self, workspace: Workspace, checklist: Checklist | None = None, *, depth: str = "ask"
    ) -> None:
        self._workspace = workspace
        self._checklist = checklist or content.research_checklist()
        self._depth = depth
        self._loading = False
        self._picker = ContactPicker(workspace, description="Research for")
        self._meter = widgets.HTML()
        self._status = widgets.HTML()
        self._rows: dict[str, _ItemRow] = {}
        self._scopes = [
            scope
            for scope in SCOPES
            if scope != PROFILE_SCOPE and items_at(self._checklist, depth, scope)
        ]
        if depth == "ask":
            short = [
                item for scope in self._scopes for item in items_at(self._checklist, depth, scope)
            ]
            self._sections: widgets.Widget = widgets.VBox([self._row(item) for item in short])
        else:
            self._sections = widgets.Accordion(
                children=[widgets.VBox() for _ in self._scopes],
                titles=tuple(SCOPE_TITLES[scope] for scope in self._scopes),
                selected_index=None,
            )
            self._sections.observe(self._on_open, names="selected_index")
        problems = [message_html("warning", problem) for problem in self._checklist.problems]
        yourself = (
            ""
            if depth == "ask"
            else message_html(
                "info",
                "The 'yourself' items are done once for every contact, in your profile "
                "(00 Welcome).",
                live=False,
            )
        )
        super().__init__(
            children=[
                widgets.HTML(WRAP_STYLE + "".join(problems) + yourself),
                self._picker,
                self._meter,
                self._sections,
                self._status,
            ]
        )
        self._picker.observe(self._on_pick, names="value")
        self._follow(workspace, self._on_workspace_change)
        self._on_pick({})

    def _row(self, item: content.ResearchItem) -> _ItemRow:
        row = _ItemRow(item)
        row.tick.observe(self._on_item_change, names="value")
        row.notes.observe(self._on_item_change, names="value")
        self._rows[item.id] = row
        return row

    @property
    def contact_id(self) -> int | None:
        """The contact whose checklist is shown."""
        return self._picker.value

    @callback()
    def _on_pick(self, _change: dict) -> None:
        self._load()

    @callback()
    def _on_open(self, change: dict) -> None:
        index = change["new"]
        if index is None:
            return
        box = self._sections.children[index]
        if not box.children:  # built the first time the section is opened
            scope = self._scopes[index]
            box.children = [self._row(item) for item in items_at(self._checklist, "meet", scope)]
            self._load()

    @callback()
    def _on_workspace_change(self, change: Change) -> None:
        # another contact at the same organisation, or the profile, may share items
        if change.what == "research" and change.contact_id != self._picker.value:
            self._load()

    def _load(self) -> None:
        contact_id = self._picker.value
        self._sections.layout.display = "none" if contact_id is None else ""
        if contact_id is None:
            self._meter.value = message_html("info", "Add a contact above to start researching.")
            return
        entries = self._workspace.research(contact_id)
        self._loading = True
        try:
            for item_id, row in self._rows.items():
                entry = entries.get(item_id)
                row.tick.value = bool(entry and entry.done)
                row.notes.value = entry.notes if entry else ""
        finally:
            self._loading = False
        self._status.value = ""
        self._show_progress(entries)

    @callback("Not saved:")
    def _on_item_change(self, change: dict) -> None:
        if self._loading or self._picker.value is None:
            return
        row = next(r for r in self._rows.values() if change["owner"] in (r.tick, r.notes))
        self._workspace.save_research(
            self._picker.value, row.item.id, done=row.tick.value, notes=row.notes.value
        )
        note_research(self._workspace, self._picker.value, self._checklist)
        self._status.value = ""
        self._show_progress(self._workspace.research(self._picker.value))

    def _show_progress(self, entries: dict) -> None:
        ask = completeness(self._checklist, entries, "ask")
        ready = (
            "Done: you know enough to ask them (02 The request)."
            if is_researched(self._checklist, entries)
            else "Finish these before you ask for a meeting."
        )
        if self._depth == "ask":
            self._meter.value = (
                f'<div class="ii-meter"><b>Before you ask: {ask.done} of {ask.total}</b> '
                f"{_bar(ask.fraction)} {escape(ready)}</div>"
            )
            return
        progress = completeness(self._checklist, entries, "meet")
        self._sections.titles = tuple(
            f"{SCOPE_TITLES[scope]} ({progress.by_scope[scope][0]}/{progress.by_scope[scope][1]})"
            for scope in self._scopes
        )
        lines = "".join(
            f"<div>{_bar(progress.scope_fraction(scope))} {escape(SCOPE_TITLES[scope])}: "
            f"{progress.by_scope[scope][0]} of {progress.by_scope[scope][1]}</div>"
            for scope in SCOPES
        )
        self._meter.value = (
            f'<div class="ii-meter"><b>Before you meet: {progress.done} of {progress.total} '
            f"({progress.fraction:.0%})</b> {_bar(progress.fraction)} "
            f"(before you ask: {ask.done} of {ask.total})"
            f'<div style="margin-top:4px">{lines}</div></div>'
        )

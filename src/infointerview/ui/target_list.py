"""Phase 1, first part: the target list, and finding a person at each target."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
from IPython.display import HTML

from infointerview.checks import check_request
from infointerview.connections import (
    Connection,
    Matches,
    connection_note,
    match,
    read_connections,
)
from infointerview.model import InputError, plural
from infointerview.store import Change, Workspace
from infointerview.target_list import (
    HIRES_LEVELS,
    SUGGESTED_LENGTH,
    TOP_FEW,
    WANT_LEVELS,
    WAY_IN_LEVELS,
    WAYS_TO_FIND,
    Target,
    contacts_at,
    target_csv,
)
from infointerview.ui.common import (
    LABEL_STYLE,
    Follower,
    callback,
    download_link,
    escape,
    finding_html,
    form_box,
    html_table,
    message_html,
    wide,
)

__all__ = ["ConnectionsImport", "FindPeople", "TargetListEditor", "worked_example"]

#: how many matched people get an "add" button at once; the rest are counted
BUTTONS_SHOWN = 60


def worked_example() -> HTML:
    """A short target list a participant marked, ranked, with what each mark meant to them."""
    rows = [
        ["1", "Harbourline Ferries", "Yes (a former classmate)", "5", "3", "Top five"],
        ["2", "Metro Regional Transit", "Not yet", "5", "2", "Top five"],
        ["3", "Greenway Mobility", "Yes (met at a talk)", "4", "3", "Top five"],
        ["4", "City transport department", "Not yet", "4", "2", "Top five"],
        ["5", "Nordic Cycle", "Not yet", "3", "3", "Top five"],
        ["6", "Bahnwerk", "Not yet", "2", "1", ""],
    ]
    return HTML(
        "<b>Sam, moving from data analysis into transport, marked six organisations:</b>"
        + html_table(
            ["Rank", "Organisation", "A way in", "Want it (1–5)", "Hires like me (1–3)", ""],
            [[escape(cell) for cell in row] for row in rows],
            css_class="ii-example",
        )
        + "<p>Ferries and Metro Transit are both a 5, so the one that clearly hires people "
        "like Sam comes first. Bahnwerk stays on the list: lists change as you learn.</p>"
    )


def _first(targets: list[Target]) -> int | None:
    return targets[0].id if targets else None


def _dropdown(description: str, levels: dict, value: Any) -> widgets.Dropdown:
    return widgets.Dropdown(
        description=description,
        options=[(label, key) for key, label in levels.items()],
        value=value,
        style=LABEL_STYLE,
        layout=wide(),
    )


class TargetListEditor(Follower, widgets.VBox):
    """Add, mark, edit, remove and reorder target organisations; the list shown ranked."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._editing: int | None = None
        self._name = form_box("Target organisation", "e.g. Harbourline Ferries", as_typed=True)
        self._way_in = _dropdown("A way in?", WAY_IN_LEVELS, False)
        self._want = _dropdown("How much you want it", WANT_LEVELS, 3)
        self._hires = _dropdown("Hires people like you?", HIRES_LEVELS, 2)
        self._notes = form_box(
            "Notes", "optional: why it is on your list, who you know there", as_typed=True
        )
        self._add = widgets.Button(
            description="Add to my list", button_style="primary", icon="plus"
        )
        self._cancel = widgets.Button(description="Cancel editing", icon="times")
        self._cancel.layout.display = "none"
        self._table = widgets.HTML()
        self._picker = widgets.Dropdown(description="Target", style=LABEL_STYLE, layout=wide())
        self._up = widgets.Button(description="Move up", icon="arrow-up")
        self._down = widgets.Button(description="Move down", icon="arrow-down")
        self._edit = widgets.Button(description="Edit", icon="pencil")
        self._remove = widgets.Button(description="Remove", icon="trash")
        self._rank = widgets.Button(
            description="Rank by my marks",
            icon="sort",
            tooltip="Put the whole list in order of the marks, undoing moves made by hand",
        )
        self._download = widgets.HTML()
        self._status = widgets.HTML()
        self._add.on_click(self._on_add)
        self._cancel.on_click(self._on_cancel)
        self._up.on_click(self._on_up)
        self._down.on_click(self._on_down)
        self._edit.on_click(self._on_edit)
        self._remove.on_click(self._on_remove)
        self._rank.on_click(self._on_rank)
        row = widgets.Layout(flex_flow="row wrap")
        self._controls = widgets.VBox(
            [
                self._picker,
                widgets.HBox(
                    [self._up, self._down, self._edit, self._remove, self._rank], layout=row
                ),
                self._download,
            ]
        )
        super().__init__(
            children=[
                self._name,
                self._way_in,
                self._want,
                self._hires,
                self._notes,
                widgets.HBox([self._add, self._cancel], layout=row),
                self._status,
                self._table,
                self._controls,
            ]
        )
        self._follow(workspace, self._on_workspace_change)
        self._refresh()

    # --- showing the list ---------------------------------------------------------------------

    def _refresh(self) -> None:
        targets = self._workspace.target_list()
        contacts = self._workspace.contacts()
        self._controls.layout.display = "" if targets else "none"
        chosen = self._picker.value
        self._picker.options = [(f"{n}. {t.name}", t.id) for n, t in enumerate(targets, 1)]
        self._picker.value = chosen if chosen in {t.id for t in targets} else _first(targets)
        if not targets:
            self._table.value = message_html(
                "info", "Your list is empty. Add an organisation you might like to work for."
            )
            self._download.value = ""
            return
        rows = []
        for number, target in enumerate(targets, start=1):
            people = contacts_at(target, contacts)
            rows.append(
                [
                    f"<b>{number}</b>" if number <= TOP_FEW else str(number),
                    escape(target.name),
                    escape(WAY_IN_LEVELS[target.way_in]),
                    str(target.want),
                    str(target.hires),
                    escape(", ".join(c.name for c in people)) or "—",
                    "Work on this first" if number <= TOP_FEW else "",
                ]
            )
        left = SUGGESTED_LENGTH - len(targets)
        more = (
            f" The method aims for about {SUGGESTED_LENGTH}; any number works, and more "
            "gives you more chances."
            if left > 0
            else ""
        )
        self._table.value = (
            f"<p><b>Your target list: {plural(len(targets), 'organisation')}.</b> The top "
            f"{min(TOP_FEW, len(targets))} are the ones to work on first.{escape(more)}</p>"
            + html_table(
                ["Rank", "Organisation", "A way in", "Want it", "Hires like you", "Contacts", ""],
                rows,
                css_class="ii-target-list",
            )
        )
        self._download.value = download_link(
            target_csv(targets).encode("utf-8"),
            "target-list.csv",
            "text/csv",
            "Download the list as a spreadsheet (CSV)",
        )

    @callback()
    def _on_workspace_change(self, change: Change) -> None:
        if change.what in ("target_list", "contacts", "contact-added", "fresh"):
            self._refresh()

    def _clear(self) -> None:
        self._editing = None
        self._name.value = self._notes.value = ""
        self._way_in.value, self._want.value, self._hires.value = False, 3, 2
        self._add.description = "Add to my list"
        self._cancel.layout.display = "none"

    # --- callbacks ------------------------------------------------------------------------------

    @callback("Not saved. Please fix this:")
    def _on_add(self, _button: widgets.Button) -> None:
        marks = {
            "way_in": self._way_in.value,
            "want": self._want.value,
            "hires": self._hires.value,
            "notes": self._notes.value,
        }
        if self._editing is None:
            target = self._workspace.add_target(self._name.value, **marks)
            said = f"Added {target.name}"
        else:
            target = self._workspace.edit_target(self._editing, self._name.value, **marks)
            said = f"Saved {target.name}"
        self._clear()
        place = [t.id for t in self._workspace.target_list()].index(target.id) + 1
        self._status.value = message_html("ok", f"{said}: number {place} on your list.")
        self._picker.value = target.id

    @callback()
    def _on_cancel(self, _button: widgets.Button) -> None:
        self._clear()
        self._status.value = ""

    def _chosen(self) -> Target:
        if self._picker.value is None:
            raise InputError(["Choose a target first."])
        return self._workspace.target(self._picker.value)

    @callback("Not moved:")
    def _on_up(self, _button: widgets.Button) -> None:
        self._workspace.move_target(self._chosen().id, -1)
        self._status.value = ""

    @callback("Not moved:")
    def _on_down(self, _button: widgets.Button) -> None:
        self._workspace.move_target(self._chosen().id, 1)
        self._status.value = ""

    @callback()
    def _on_edit(self, _button: widgets.Button) -> None:
        target = self._chosen()
        self._editing = target.id
        self._name.value, self._notes.value = target.name, target.notes
        self._way_in.value, self._want.value, self._hires.value = (
            target.way_in,
            target.want,
            target.hires,
        )
        self._add.description = "Save changes"
        self._cancel.layout.display = ""
        self._status.value = message_html(
            "info", f"Editing {target.name}: change it above, then save."
        )

    @callback("Not removed:")
    def _on_remove(self, _button: widgets.Button) -> None:
        gone = self._workspace.remove_target(self._chosen().id)
        if self._editing == gone.id:
            self._clear()
        self._status.value = message_html(
            "ok", f"Removed {gone.name} from your list (any contacts there are kept)."
        )

    @callback("Not ranked:")
    def _on_rank(self, _button: widgets.Button) -> None:
        self._workspace.rank_target_list()
        self._status.value = message_html("ok", "Your list is in order of your marks.")


def _ways_html() -> str:
    return html_table(
        ["Way to find someone", "How"],
        [[f"<b>{escape(title)}</b>", escape(how)] for _, title, how in WAYS_TO_FIND],
        css_class="ii-ways",
    )


class IntroductionHelper(Follower, widgets.VBox):
    """Draft a request to someone you know for an introduction, checked like a request."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._target = widgets.Dropdown(description="At target", style=LABEL_STYLE, layout=wide())
        self._friend = form_box(
            "Someone you know", "who knows people there, e.g. Jo from my old team"
        )
        self._who = form_box("Who you'd like to meet", "optional: a name, or a kind of role")
        self._draft = widgets.Textarea(
            description="Your ask",
            layout=widgets.Layout(width="min(100%, 640px)", height="150px"),
            style=LABEL_STYLE,
        )
        self._findings = widgets.HTML()
        self._status = widgets.HTML()
        for control in (self._target, self._friend, self._who):
            control.observe(self._on_details, names="value")
        self._draft.observe(self._on_draft, names="value")
        super().__init__(
            children=[
                self._target,
                self._friend,
                self._who,
                self._draft,
                self._findings,
                self._status,
            ]
        )
        self._follow(workspace, self._on_workspace_change)
        self._refresh_targets()

    def _refresh_targets(self) -> None:
        chosen = self._target.value
        targets = self._workspace.target_list()
        self._target.options = [(t.name, t.id) for t in targets]
        self._target.value = chosen if chosen in {t.id for t in targets} else _first(targets)
        self._fill()

    @callback()
    def _on_workspace_change(self, change: Change) -> None:
        if change.what in ("target_list", "fresh"):
            self._refresh_targets()

    @callback()
    def _on_details(self, _change: dict) -> None:
        self._fill()

    def _fill(self) -> None:
        names = {value: label for label, value in self._target.options}
        where = names.get(self._target.value, "[the organisation]")
        friend = self._friend.value.strip() or "[their name]"
        who = self._who.value.strip()
        someone = f"{who} or someone in a similar role" if who else "someone in a role like"
        role_end = "" if who else " [the role you are curious about]"
        profile = self._workspace.profile()
        field = profile.field_of_interest if profile else "[your field]"
        self._draft.value = (
            f"Hi {friend},\n\nI am exploring a move into {field} and would love to learn "
            f"how people at {where} see it. Would you be willing to introduce me to "
            f"{someone}{role_end} there, for a 20-minute chat at a time that suits them? "
            "I am asking for advice only. No worries at all if not, and thank you either "
            "way.\n\n[your name]"
        )

    @callback()
    def _on_draft(self, _change: dict) -> None:
        found = check_request(self._draft.value)
        self._findings.value = (
            "".join(finding_html(f) for f in found)
            if found
            else message_html("ok", "Nothing to fix: this ask follows the request's etiquette.")
        )


class _PersonRow(widgets.HBox):
    """One matched connection: who they are, and a button to add them as a contact."""

    def __init__(self, person: Connection, target: Target, added: bool) -> None:
        self.person = person
        self.target = target
        self.add = widgets.Button(
            description="Add as contact" if not added else "Added",
            icon="user-plus",
            disabled=added,
            tooltip=f"Add {person.name} as a contact",
            layout=widgets.Layout(width="150px"),
        )
        text = person.name + (f", {person.position}" if person.position else "")
        super().__init__(
            [self.add, widgets.Label(f"{text} ({target.name})")],
            layout=widgets.Layout(align_items="center"),
        )


class ConnectionsImport(Follower, widgets.VBox):
    """Load LinkedIn's Connections.csv, see who works at each target, add any as a contact.

    The file is only read, never kept: the matches last for this sitting, and the people
    added as contacts are what the workspace keeps.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._people: tuple[Connection, ...] = ()
        self._upload = widgets.FileUpload(
            description="Load Connections.csv",
            accept=".csv",
            multiple=False,
            tooltip="Choose the Connections.csv from LinkedIn's download of your data",
            layout=widgets.Layout(width="220px"),
        )
        self._summary = widgets.HTML()
        self._rows = widgets.VBox()
        self._status = widgets.HTML()
        self._upload.observe(self._on_upload, names="value")
        super().__init__(children=[self._upload, self._status, self._summary, self._rows])
        self._follow(workspace, self._on_workspace_change)

    @callback("Nothing was imported:")
    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        data = bytes(files[0]["content"])
        try:
            people = read_connections(data)
        finally:
            self._upload.value = ()  # the same file may be chosen again after a fix
        self._people = people.connections
        self._status.value = message_html(
            "ok", f"Read {plural(len(self._people), 'connection')} from {files[0]['name']}."
        )
        self._show()

    @callback()
    def _on_workspace_change(self, change: Change) -> None:
        if self._people and change.what in ("target_list", "fresh"):
            self._show()

    def _show(self) -> None:
        targets = self._workspace.target_list()
        found = match(self._people, targets)
        self._summary.value = self._summary_html(found, len(targets))
        contacts = self._workspace.contacts()
        known = {(c.name.casefold(), c.organisation.casefold()) for c in contacts}
        rows: list[widgets.Widget] = []
        for hit in found.matched:
            for person in hit.connections:
                if len(rows) >= BUTTONS_SHOWN:
                    break
                added = (person.name.casefold(), hit.target.name.casefold()) in known
                row = _PersonRow(person, hit.target, added)
                row.add.on_click(self._on_add)
                rows.append(row)
        for old in self._rows.children:
            old.close()
        self._rows.children = rows

    @staticmethod
    def _summary_html(found: Matches, targets: int) -> str:
        if not targets:
            return message_html("info", "Add targets to your list above to see who works there.")
        verb = "works" if found.people == 1 else "work"
        parts = [
            f"<p><b>{plural(found.people, 'connection')} {verb} at "
            f"{plural(len(found.matched), 'target')} of your {targets}.</b>"
        ]
        if found.people > BUTTONS_SHOWN:
            parts.append(f" The first {BUTTONS_SHOWN}, best-ranked targets first, are below.")
        parts.append("</p>")
        if found.targets_without:
            names = ", ".join(escape(t.name) for t in found.targets_without)
            parts.append(
                f"<p>Nobody yet at: {names}. Try alumni, an association or an introduction.</p>"
            )
        if found.other_companies:
            shown = "; ".join(
                f"{escape(name)} ({count})" for name, count in found.other_companies[:8]
            )
            parts.append(f"<p>Other places your connections work: {shown}.</p>")
        return "".join(parts)

    @callback("Not added:")
    def _on_add(self, button: widgets.Button) -> None:
        row = next(r for r in self._rows.children if r.add is button)
        person, target = row.person, row.target
        contact = self._workspace.add_contact(
            person.name,
            role=person.position,
            organisation=target.name,
            connection=connection_note(person),
        )
        button.description, button.disabled = "Added", True
        self._status.value = message_html(
            "ok",
            f"Added {contact.name} at {target.name}. Do the short 'before you ask' research "
            "for them below.",
        )


class FindPeople(widgets.VBox):
    """The ways to find a person at a target, each with its helper.

    Each helper is built when its section is first opened: the introduction helper checks its
    draft as soon as it exists, and the first check of a sitting is the slow one.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._helpers: dict[int, widgets.Widget] = {}
        self._places = [widgets.VBox(), widgets.VBox()]  # LinkedIn, introduction
        self._sections = widgets.Accordion(
            children=[widgets.VBox([widgets.HTML(_ways_html())]), *self._places],
            titles=(
                "The ways to find someone",
                "Your LinkedIn connections",
                "Ask for an introduction",
            ),
            selected_index=0,
        )
        self._status = widgets.HTML()
        super().__init__(children=[self._sections, self._status])
        self._sections.observe(self._on_open, names="selected_index")

    def open_section(self, index: int) -> widgets.Widget | None:
        """Open section ``index`` (as clicking its title does); return its helper, if any."""
        self._sections.selected_index = index
        return self._helpers.get(index)

    @callback()
    def _on_open(self, change: dict) -> None:
        index = change["new"]
        if index in (1, 2) and index not in self._helpers:
            helper = (ConnectionsImport if index == 1 else IntroductionHelper)(self._workspace)
            self._helpers[index] = helper
            self._places[index - 1].children = [helper]

    def close(self) -> None:
        for helper in self._helpers.values():
            helper.close()
        super().close()

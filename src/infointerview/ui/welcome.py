"""Phase 0, the welcome: the workspace, the profile, progress, the map, the instructor export."""

from __future__ import annotations

import json

import ipywidgets as widgets
from IPython.display import HTML

from infointerview import content
from infointerview.export import (
    collection_folder,
    participant_export,
    write_participant_export,
)
from infointerview.model import Goal, Profile, plural
from infointerview.progress import Status, phase_progress
from infointerview.store import Change, Workspace, WorkspaceError
from infointerview.ui.common import (
    LABEL_STYLE,
    Follower,
    SelfCheck,
    callback,
    download_link,
    escape,
    html_table,
    message_html,
    open_workspace,
    wide,
)

__all__ = [
    "InstructorExport",
    "ProfileForm",
    "ProgressPanel",
    "SelfCheck",
    "WorkspacePanel",
    "open_workspace",
    "workshop_map",
]


class WorkspacePanel(Follower, widgets.VBox):
    """Say where this participant's work is kept, or what is wrong with the file and what to do."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._status = widgets.HTML()
        self._fresh = widgets.Button(
            description="Start a fresh workspace",
            tooltip="Keeps the old file beside the new one under a dated name",
            button_style="warning",
            layout=widgets.Layout(width="auto", display="none"),
        )
        self._fresh.on_click(self._on_start_fresh)
        super().__init__(children=[self._status, self._fresh])
        self._follow(workspace, self._on_change)
        self._show()

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what in {"contact-added", "activity", "fresh"}:
            self._show()

    def _show(self) -> None:
        try:
            counts = self._workspace.summary()
        except WorkspaceError as error:  # the panel's whole point: say what is wrong
            self._status.value = message_html("error", str(error))
            self._fresh.layout.display = "" if error.replaceable else "none"
            return
        self._fresh.layout.display = "none"
        notice = [self._workspace.notice] if self._workspace.notice else []
        self._status.value = message_html(
            "info",
            f"Your work is saved as you go, in {self._workspace.location}",
            f"It holds {plural(counts['contacts'], 'contact')} and "
            f"{plural(counts['activities'], 'logged activity', 'logged activities')}. "
            "Closing the page or restarting loses nothing that was saved.",
            *notice,
        )

    @callback()
    def _on_start_fresh(self, _button: widgets.Button) -> None:
        moved = self._workspace.start_fresh()
        self._show()
        if moved is not None:
            self._status.value += message_html(
                "ok", f"A fresh workspace is ready. Your old file was kept as {moved}"
            )


class ProfileForm(Follower, widgets.VBox):
    """The participant's profile: name or alias, field of interest, what they want to learn."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._saved: Profile | None = None
        self._name = widgets.Text(
            description="Name or alias",
            placeholder="Sam, or any alias you like",
            style=LABEL_STYLE,
            layout=wide(),
        )
        self._field = widgets.Text(
            description="Field of interest",
            placeholder="e.g. urban planning, nursing, game design",
            style=LABEL_STYLE,
            layout=wide(),
        )
        self._goals = {
            goal: widgets.Checkbox(description=goal.label, indent=False, layout=wide())
            for goal in Goal
        }
        self._save = widgets.Button(
            description="Save my profile", button_style="primary", icon="check"
        )
        self._status = widgets.HTML()
        self._save.on_click(self._on_save)
        for control in (self._name, self._field, *self._goals.values()):
            control.observe(self._on_edit, names="value")
        goals_box = widgets.VBox(
            [
                widgets.HTML("<b>What do you want to learn?</b> Tick all that apply."),
                *self._goals.values(),
            ],
            layout=widgets.Layout(margin="8px 0 8px 0"),
        )
        super().__init__(children=[self._name, self._field, goals_box, self._save, self._status])
        self._follow(workspace, self._on_workspace_change)
        self._load()

    @property
    def value(self) -> Profile | None:
        """The profile as last saved (None until one is)."""
        return self._saved

    def _load(self) -> None:
        try:
            self._saved = self._workspace.profile()
        except WorkspaceError as error:  # the form stays shut until the file can be read
            self._save.disabled = True
            self._status.value = message_html("error", str(error))
            return
        self._save.disabled = False
        if self._saved is not None:
            self._name.value = self._saved.name
            self._field.value = self._saved.field_of_interest
            for goal, box in self._goals.items():
                box.value = goal in self._saved.goals
            self._status.value = message_html("ok", self._saved_text(self._saved))
        else:
            self._status.value = message_html("info", "Fill in your profile, then save it.")

    @callback()
    def _on_workspace_change(self, _change: Change) -> None:
        if self._save.disabled:  # the workspace could not be read before; try again
            self._load()

    def _chosen_goals(self) -> list[Goal]:
        return [goal for goal, box in self._goals.items() if box.value]

    @callback()
    def _on_edit(self, _change: dict) -> None:
        saved = self._saved
        unchanged = saved is not None and (
            self._name.value.strip() == saved.name
            and self._field.value.strip() == saved.field_of_interest
            and tuple(self._chosen_goals()) == saved.goals
        )
        if saved is not None and not self._save.disabled:
            self._status.value = (
                message_html("ok", self._saved_text(saved))
                if unchanged
                else message_html("warning", "You have changes that are not saved yet.")
            )

    @callback("Not saved yet. Please fix this:")
    def _on_save(self, _button: widgets.Button) -> None:
        profile = Profile.from_input(self._name.value, self._field.value, self._chosen_goals())
        self._saved = self._workspace.save_profile(profile)
        self._status.value = message_html("ok", self._saved_text(self._saved))

    @staticmethod
    def _saved_text(profile: Profile) -> str:
        when = profile.updated_at.strftime("%d %B %Y at %H:%M") if profile.updated_at else ""
        return f"Saved {when}. Welcome, {profile.name}!"


_STATUS_MARKS = {
    Status.DONE: ("✓", "#1b5e20"),
    Status.UNDER_WAY: ("◐", "#7a4f01"),
    Status.NOT_STARTED: ("○", "#555555"),
}


class ProgressPanel(Follower, widgets.VBox):
    """Where the participant has got to in every phase; refreshes whenever work is saved."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._table = widgets.HTML()
        self._status = self._table
        super().__init__(children=[self._table])
        self._follow(workspace, self._on_change)
        self._refresh()

    @callback()
    def _on_change(self, _change: Change) -> None:
        self._refresh()

    @callback()
    def _refresh(self) -> None:
        rows = phase_progress(self._workspace)
        self._table.value = html_table(
            ["", "Phase", "Status", "Where you are"],
            [
                [
                    f'<span style="color:{_STATUS_MARKS[row.status][1]};font-size:1.2em">'
                    f"{_STATUS_MARKS[row.status][0]}</span>",
                    f"<b>{row.phase.number:02d} {escape(row.phase.title)}</b>",
                    escape(row.status.value),
                    escape(row.detail),
                ]
                for row in rows
            ],
            css_class="ii-progress",
        )


def workshop_map() -> HTML:
    """Return the table of phases with what each is for and how long it takes."""
    phases = content.phases()
    rows = [
        [
            f"{p.number:02d}",
            escape(p.title),
            escape(p.summary),
            str(p.teaching_minutes),
            str(p.exercise_minutes),
        ]
        for p in phases
    ]
    rows.append(
        [
            "",
            "<b>Total</b>",
            "",
            f"<b>{sum(p.teaching_minutes for p in phases)}</b>",
            f"<b>{sum(p.exercise_minutes for p in phases)}</b>",
        ]
    )
    return HTML(
        html_table(
            ["#", "Phase", "What you do", "Teaching (min)", "Exercises (min)"],
            rows,
            css_class="ii-workshop-map",
        )
    )


class InstructorExport(widgets.VBox):
    """Share progress with the instructor: an anonymised export into the collection folder.

    Where no collection folder is set up (a laptop), the same file is offered as a download
    to send by email instead.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._alias = widgets.Text(
            description="Alias",
            placeholder="your profile name",
            style=LABEL_STYLE,
            layout=wide(),
        )
        self._include_contacts = widgets.Checkbox(
            value=False,
            description="Also share my contacts' names and organisations (never emails or notes)",
            indent=False,
            layout=wide(),
        )
        self._export = widgets.Button(
            description="Export for my instructor",
            icon="paper-plane",
            button_style="primary",
            layout=widgets.Layout(width="max-content"),
        )
        self._status = widgets.HTML()
        super().__init__(children=[self._alias, self._include_contacts, self._export, self._status])
        self._export.on_click(self._on_export)

    @property
    def status(self) -> str:
        """The message shown after the last export (HTML)."""
        return self._status.value

    @callback()
    def _on_export(self, _button: widgets.Button) -> None:
        alias = self._alias.value.strip() or None
        include = self._include_contacts.value
        folder = collection_folder()
        if folder is None:
            data = participant_export(self._workspace, alias=alias, include_contacts=include)
        else:
            path = write_participant_export(
                self._workspace, folder, alias=alias, include_contacts=include
            )
        shared = (
            "with your contacts' names and organisations, as you chose"
            if include
            else "without any contact names, emails or notes"
        )
        if folder is None:
            link = download_link(
                json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                f"{data['participant_id']}.json",
                "application/json",
                "Download your export",
            )
            self._status.value = (
                message_html(
                    "info",
                    f"No collection folder is set up on this computer, so here is your export "
                    f"({shared}) to send to your instructor:",
                )
                + link
            )
            return
        self._status.value = message_html(
            "ok",
            f"Exported {shared} to your instructor's folder as {path.name}. Export again "
            "whenever you like: the new file replaces this one.",
        )

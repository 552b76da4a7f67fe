"""Phase 0, the welcome: the workspace, the profile, progress, the map, the instructor export."""

from __future__ import annotations

import json
from datetime import time, timedelta

import ipywidgets as widgets
from IPython.display import HTML

from infointerview import clock, content
from infointerview.coach import QUIET_RANGE, WEEKDAYS, CoachSettings, Today, today_list
from infointerview.export import (
    collection_folder,
    participant_export,
    write_participant_export,
)
from infointerview.model import Goal, InputError, Profile, plural
from infointerview.networking import TARGET_KINDS
from infointerview.progress import Status, phase_progress
from infointerview.research import PROFILE_SCOPE
from infointerview.store import Change, Workspace, WorkspaceError
from infointerview.ui.common import (
    FOCUS_STYLE,
    LABEL_STYLE,
    WRAP_STYLE,
    Follower,
    callback,
    download_link,
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
    "CoachSettingsPanel",
    "InstructorExport",
    "TodayPanel",
    "ProfileForm",
    "ProgressPanel",
    "SelfCheck",
    "WorkspacePanel",
    "YourselfChecklist",
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
        self._name = form_box("Name or alias", "Sam, or any alias you like")
        self._field = form_box("Field of interest", "e.g. urban planning, nursing, game design")
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
        self._yourself = YourselfChecklist(workspace)
        super().__init__(
            children=[
                # 00 shows no other panel that draws the focus ring, and no box that wraps.
                widgets.HTML(FOCUS_STYLE + WRAP_STYLE),
                self._name,
                self._field,
                goals_box,
                self._save,
                self._status,
                self._yourself,
            ]
        )
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


class YourselfChecklist(widgets.Accordion):
    """The "yourself" research, done once for every contact: your one-line introduction,
    your boundaries, your contact details and the rest. Built when first opened."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._items = content.research_checklist().in_scope(PROFILE_SCOPE)
        self._ticks: dict[str, widgets.Checkbox] = {}
        self._notes: dict[str, widgets.Textarea] = {}
        self._status = widgets.HTML()
        self._box = widgets.VBox()
        super().__init__(
            children=[self._box],
            titles=(f"Yourself: done once for every contact ({len(self._items)} items)",),
            selected_index=None,
        )
        self.observe(self._on_open, names="selected_index")

    @callback()
    def _on_open(self, change: dict) -> None:
        if change["new"] is None or self._box.children:
            return
        saved = self._workspace.yourself()
        rows: list[widgets.Widget] = [
            widgets.HTML(
                WRAP_STYLE + "<p>Prepare these once; they count for everyone you research.</p>"
            )
        ]
        for item in self._items:
            entry = saved.get(item.id)
            tick = tick_box(item.text)
            tick.value = bool(entry and entry.done)
            notes = widgets.Textarea(
                value=entry.notes if entry else "",
                placeholder="Notes (e.g. the line itself, your details)",
                description="Notes",
                continuous_update=False,
                layout=widgets.Layout(width="min(100%, 640px)", height="48px"),
            )
            tick.observe(self._on_change, names="value")
            notes.observe(self._on_change, names="value")
            self._ticks[item.id], self._notes[item.id] = tick, notes
            rows.extend([tick, notes])
        self._box.children = [*rows, self._status]

    @callback("Not saved:")
    def _on_change(self, change: dict) -> None:
        item_id = next(
            i for i in self._ticks if change["owner"] in (self._ticks[i], self._notes[i])
        )
        self._workspace.save_yourself(
            item_id, done=self._ticks[item_id].value, notes=self._notes[item_id].value
        )
        done = sum(box.value for box in self._ticks.values())
        self._status.value = message_html("ok", f"Saved: {done} of {len(self._items)} done.")


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
            ["", "Phase", "Status", "Where you are", "Self-check"],
            [
                [
                    f'<span style="color:{_STATUS_MARKS[row.status][1]};font-size:1.2em">'
                    f"{_STATUS_MARKS[row.status][0]}</span>",
                    f"<b>{row.phase.number:02d} {escape(row.phase.title)}</b>",
                    escape(row.status.value),
                    escape(row.detail),
                    escape(row.self_check),
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
        self._alias = form_box("Alias", "your profile name")
        self._include_contacts = tick_box(
            "Also share my contacts' names and organisations (never emails or notes)"
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


def _link(notebook: str) -> str:
    titles = {phase.notebook: f"{phase.number:02d} {phase.title}" for phase in content.phases()}
    return f'<a href="{escape(notebook)}">{escape(titles.get(notebook, notebook))}</a>'


def today_html(today: Today) -> str:
    """The coach as a page: the next step, then what is due, then the plan and any nudge."""
    parts = [f"<h4 style='margin:4px 0'>{today.today:%A} {today.today.day} {today.today:%B}</h4>"]
    if today.nudge:
        parts.append(message_html("info", today.nudge))
    if today.next_step is not None:
        step = today.next_step
        parts.append(
            f'<div class="ii-next-step" style="border:2px solid #0d3c61;border-radius:6px;'
            f'padding:8px 12px;margin:6px 0;max-width:640px"><b>Your next step:</b> '
            f"{escape(step.text)} → {_link(step.notebook)}</div>"
        )
    for when, heading in (
        ("overdue", "Waiting for you (past its date)"),
        ("today", "Today"),
        ("this week", "This week"),
    ):
        group = [item for item in today.items if item.when == when]
        if not group:
            continue
        rows = "".join(
            f"<li>{escape(item.text)}"
            + (
                f" <i>({item.due_on:%a} {item.due_on.day} {item.due_on:%b})</i>"
                if item.due_on
                else ""
            )
            + f" → {_link(item.notebook)}</li>"
            for item in group
        )
        parts.append(f"<b>{escape(heading)}</b><ul style='margin:2px 0 8px 0'>{rows}</ul>")
    if not today.items:
        parts.append(
            message_html("ok", "Nothing is due this week. A good moment to ask someone new.")
        )
    if today.plan is not None:
        plan = today.plan
        cells = [
            [
                escape(TARGET_KINDS.get(kind, kind.label.capitalize())),
                f"{plan.done.get(kind, 0)} of {target}",
            ]
            for kind, target in plan.week.targets.items()
        ]
        steps = "".join(f"<li>{escape(step)}</li>" for step in plan.week.steps)
        parts.append(
            f"<b>Your plan, week {plan.week.number} of 4: {escape(plan.week.theme)}</b>"
            f"<ul style='margin:2px 0'>{steps}</ul>"
            + html_table(["This week", "Done"], cells, css_class="ii-plan")
        )
    if today.practice_note:
        parts.append(f"<p><i>{escape(today.practice_note)}</i></p>")
    return "".join(parts)


class TodayPanel(Follower, widgets.VBox):
    """Where a returning learner lands: the next step, what is due, the plan, a nudge."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._status = widgets.HTML()
        super().__init__(children=[self._status])
        self._status.add_class("ii-today")
        self._follow(workspace, self._on_change)
        self._refresh()

    @property
    def today(self) -> Today:
        return today_list(self._workspace)

    @callback()
    def _on_change(self, _change: Change) -> None:
        self._refresh()

    @callback()
    def _refresh(self) -> None:
        self._status.value = today_html(self.today)


class CoachSettingsPanel(Follower, widgets.VBox):
    """The learner's own rhythm: the four-week plan, a weekly slot, and when to be nudged."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._quiet = widgets.BoundedIntText(
            min=QUIET_RANGE[0],
            max=QUIET_RANGE[1],
            description="Nudge me after",
            style=LABEL_STYLE,
            layout=widgets.Layout(width="260px"),
        )
        self._day = widgets.Dropdown(
            options=[("No weekly slot", None)] + [(day, n) for n, day in enumerate(WEEKDAYS)],
            description="Weekly slot",
            style=LABEL_STYLE,
        )
        self._time = form_box("at", "17:30", layout=widgets.Layout(width="260px"))
        # 3B7 counts business days; not everyone's weekend is Saturday and Sunday.
        self._days_off = widgets.Dropdown(
            options=list(clock.WEEKENDS),
            description="Days off",
            tooltip="Your weekend: the follow-up dates count only your working days",
            style=LABEL_STYLE,
        )
        self._plan = tick_box("Follow the four-week plan, starting this week")
        self._save = widgets.Button(
            description="Save my rhythm", icon="check", button_style="primary"
        )
        self._status = widgets.HTML()
        super().__init__(
            children=[
                widgets.HTML("<i>Quiet days before a nudge (3 to 60):</i>"),
                self._quiet,
                self._day,
                self._time,
                self._days_off,
                self._plan,
                self._save,
                self._status,
            ]
        )
        self._save.on_click(self._on_save)
        self._claim(workspace)
        self._load()

    @callback()
    def _load(self) -> None:
        settings = self._workspace.coach_settings()
        self._quiet.value = settings.quiet_days
        self._day.value = settings.slot_weekday
        self._time.value = settings.slot_time.strftime("%H:%M")
        self._plan.value = settings.plan_started_on is not None
        self._days_off.value = clock.weekend_name(settings.weekend)

    @callback("Not saved:")
    def _on_save(self, _button: widgets.Button) -> None:
        current = self._workspace.coach_settings()
        try:
            at = time.fromisoformat(self._time.value.strip() or "17:00")
        except ValueError:
            raise InputError(["Give the slot's time as hours and minutes, e.g. 17:30."]) from None
        today = clock.today()
        started = current.plan_started_on if self._plan.value else None
        if self._plan.value and started is None:
            started = today - timedelta(days=today.weekday())  # this week's Monday
        self._workspace.save_coach_settings(
            CoachSettings(
                quiet_days=self._quiet.value,
                slot_weekday=self._day.value,
                slot_time=at,
                slot_minutes=current.slot_minutes,
                plan_started_on=started,
                weekend=clock.WEEKENDS[self._days_off.value],
            )
        )
        self._status.value = message_html(
            "ok",
            "Saved. The calendar file in 05 now includes your weekly slot."
            if self._day.value is not None
            else "Saved.",
        )

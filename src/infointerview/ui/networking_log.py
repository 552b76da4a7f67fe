"""Phase 6, the networking log: log by hand, set weekly targets, see the charts, export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING

import ipywidgets as widgets
from IPython.display import HTML

from infointerview import chart_text, clock, coach, networking
from infointerview.chart_text import ChartText
from infointerview.export import activity_csv, activity_json
from infointerview.model import ActivityKind, plural
from infointerview.store import Change, Workspace, WorkspaceError
from infointerview.ui.common import (
    LABEL_STYLE,
    DownloadPanel,
    Follower,
    callback,
    chart_html,
    escape,
    group,
    html_table,
    message_html,
    open_workspace,
    wide,
)
from infointerview.ui.on_screen import OnScreen
from infointerview.ui.self_check import SelfCheck
from infointerview.ui.take_text import TakeText

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "SummaryPanel",
    "ActivityCharts",
    "ActivityLogger",
    "ExportPanel",
    "SelfCheck",
    "TargetsPanel",
    "open_workspace",
]

#: What can be logged by hand: things that happen outside the notebooks.
MANUAL_KINDS = {
    "event": "A networking event or meetup",
    "message": "A call, message or chat with someone in the field",
    "reading": "Reading or research about the field",
    "other": "Something else",
}
CHART_WEEKS = 8


def summary_html(workspace: Workspace) -> str:
    """A snapshot of the networking so far: contacts, weeks, funnel, lags (practice left out)."""
    today = clock.today()
    activities = workspace.activities()
    weekly = networking.weekly_activity(activities, today=today, weeks=6)
    steps = networking.funnel(workspace.stage_history()).steps
    lag = networking.lags(activities)

    def typical(values: tuple[int, ...]) -> str:
        return plural(sorted(values)[len(values) // 2], "day") if values else "not yet"

    rows = [
        ["Contacts", str(len(workspace.contacts()))],
        ["Activities in the last 6 weeks", str(sum(weekly.totals))],
        ["Active weeks of the last 6", str(sum(1 for total in weekly.totals if total))],
        ["Asked → said yes → met → thanked", " → ".join(str(count) for _, count in steps[:4])],
        ["Typical wait for a reply", typical(lag.reply_days)],
        ["Typical time to a thank-you", typical(lag.thank_you_days)],
    ]
    return html_table(
        [f"On {today.day} {today:%B %Y}", ""],
        [[escape(a), escape(b)] for a, b in rows],
        css_class="ii-summary",
    )


def summary_table(workspace: Workspace) -> HTML:
    """Return the snapshot as a one-off table (the notebook shows ``SummaryPanel``)."""
    return HTML(summary_html(workspace))


class SummaryPanel(Follower, widgets.VBox):
    """The snapshot, kept up to date; a widget, so the notebook as saved shows no one's data."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._status = widgets.HTML()
        super().__init__(children=[self._status])
        self._follow(workspace, self._on_change)
        self._refresh()

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what in {"activity", "contact-added", "contacts", "fresh"}:
            self._refresh()

    @callback()
    def _refresh(self) -> None:
        self._status.value = summary_html(self._workspace)


def _charts() -> ModuleType:
    """The drawing functions, imported when the first chart is drawn: loading the drawing
    library takes longer than the rest of the notebook, and most visits draw one chart."""
    from infointerview import charts

    return charts


def png(draw: Callable[[], Axes]) -> bytes:
    """Draw a chart and return it as PNG bytes (for an Image widget)."""
    return _charts().png_bytes(draw(), dpi=90)


class ActivityLogger(Follower, widgets.VBox):
    """Log networking that happened outside the notebooks."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._kind = widgets.Dropdown(
            options=[(label, key) for key, label in MANUAL_KINDS.items()],
            description="What",
            style=LABEL_STYLE,
            layout=wide(),
        )
        self._day = widgets.DatePicker(value=clock.today(), description="When", style=LABEL_STYLE)
        self._contact = widgets.Dropdown(description="With", style=LABEL_STYLE, layout=wide())
        self._detail = TakeText(
            self._on_log,
            label="Detail",
            placeholder="A few words: which event, who, what you learned",
            button_label="Log it",
        )
        self._status = widgets.HTML()
        super().__init__(
            children=[self._kind, self._day, self._contact, self._detail, self._status]
        )
        self._follow(workspace, self._on_change)
        self._refresh_contacts()

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what in {"contact-added", "contacts", "fresh"}:
            self._refresh_contacts()

    def _refresh_contacts(self) -> None:
        try:
            contacts = self._workspace.contacts()
        except WorkspaceError:
            contacts = []
        options = [("Nobody in particular", 0)] + [(c.name, c.id) for c in contacts]
        if list(self._contact.options) != options:
            self._contact.options = options

    @callback("Not logged.", failed=False)
    def _on_log(self, text: str) -> bool:
        """Log the activity with the detail as typed at the click; True when it was kept."""
        day = self._day.value
        if day is None:
            self._status.value = message_html("error", "Choose the day it happened.")
            return False
        label = MANUAL_KINDS[self._kind.value].split(" or ")[0].split(",")[0]
        detail = f"{label}: {text.strip()}".rstrip(": ")
        self._workspace.log(
            ActivityKind.OTHER, on=day, contact_id=self._contact.value or None, detail=detail
        )
        when = f"{day.day} {day:%B}" + (f" {day.year}" if day.year != clock.today().year else "")
        self._status.value = message_html(
            "ok", f"Logged for {when}. The charts below now include it."
        )
        return True


class TargetsPanel(Follower, widgets.VBox):
    """Weekly targets (for example two requests and one meeting a week) and this week's count."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._inputs = {
            kind: widgets.IntText(
                description=label,
                style=LABEL_STYLE,
                layout=widgets.Layout(width="260px"),
            )
            for kind, label in networking.TARGET_KINDS.items()
        }
        self._save = widgets.Button(
            description="Save my targets",
            layout=widgets.Layout(width="max-content"),
            button_style="primary",
        )
        self._status = widgets.HTML()
        self._source = widgets.HTML()  # where this week's targets come from
        self._chart = widgets.HTML()
        self._on_screen = OnScreen()  # the chart is drawn when it is first on screen
        self.words: ChartText | None = None  # the chart's words and table, as shown
        self.picture: bytes | None = None  # the chart as drawn (None: not on screen yet)
        super().__init__(
            children=[
                group("Your weekly targets (0: no target)", list(self._inputs.values())),
                self._save,
                self._status,
                self._source,
                self._on_screen,
                self._chart,
            ]
        )
        self._save.on_click(self._on_save)
        self._on_screen.observe(self._on_seen, names="seen")
        self._follow(workspace, self._on_change)
        self._load()

    def _load(self) -> None:
        targets = self._workspace.targets()
        for kind, box in self._inputs.items():
            box.value = targets.get(kind, 0)
        self._refresh()

    @callback("Not saved.")
    def _on_save(self, _button: widgets.Button) -> None:
        self._workspace.save_targets({k: box.value for k, box in self._inputs.items()})
        self._status.value = message_html("ok", "Targets saved.")

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what in {"activity", "targets", "fresh", "contact-added", "settings"}:
            self._refresh()

    @callback()
    def _on_seen(self, _change: dict) -> None:
        self._refresh()

    @callback()
    def _refresh(self) -> None:
        weekly = coach.weekly_targets(self._workspace)
        self._source.value = (
            message_html(
                "info",
                f"While you follow the plan, this week is measured against {weekly.source}. "
                "The targets you save here take over when the plan ends.",
            )
            if weekly.plan_week
            else ""
        )
        progress = networking.target_progress(
            self._workspace.activities(since=networking.week_of(clock.today())),
            weekly.targets,
            today=clock.today(),
        )
        self.words = chart_text.targets_text(progress)
        self.picture = (
            png(lambda: _charts().targets_chart(progress)) if self._on_screen.seen else None
        )
        self._chart.value = chart_html(self.picture, self.words)


#: The charts of the networking log, one shown at a time: (name, what the chooser says).
CHART_CHOICES = (
    ("weekly", "Weekly activity"),
    ("funnel", "From asking to keeping in touch"),
    ("lags", "How quickly things happen"),
    ("timeline", "Each contact's way through the stages"),
)
#: How far back the weekly chart can look.
WEEK_CHOICES = (4, 8, 12, 16, 26)


class ActivityCharts(Follower, widgets.VBox):
    """This participant's networking, charted from the log: the chart chosen, and only that.

    A chart takes a quarter of a second or more to draw, so the panel draws the one being
    looked at, when it is chosen and on screen, and redraws it only when its data has changed.
    Each comes with its words (the text alternative) and a "Show as a table" view of the same
    numbers, there before the picture is.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._choice = widgets.Dropdown(
            options=[(label, name) for name, label in CHART_CHOICES],
            value="weekly",
            description="Chart",
            style=LABEL_STYLE,
            layout=wide(),
        )
        self._weeks = widgets.Dropdown(
            options=[(f"the last {n} weeks", n) for n in WEEK_CHOICES],
            value=CHART_WEEKS,
            description="Weeks shown",
            style=LABEL_STYLE,
            layout=widgets.Layout(width="min(100%, 340px)"),
        )
        self._chart = widgets.HTML()
        self._status = widgets.HTML()
        self._on_screen = OnScreen()  # nothing is drawn before the panel is first on screen
        # name -> (the data it was drawn from, PNG bytes, its words)
        self._drawn: dict[str, tuple[object, bytes, ChartText]] = {}
        self._words: ChartText | None = None
        super().__init__(
            children=[self._choice, self._weeks, self._status, self._on_screen, self._chart]
        )
        self._choice.observe(self._on_choose, names="value")
        self._weeks.observe(self._on_choose, names="value")
        self._on_screen.observe(self._on_choose, names="seen")
        self._follow(workspace, self._on_change)
        self._refresh()

    @property
    def pictures(self) -> dict[str, bytes]:
        """The charts drawn so far, PNG bytes by name (the one shown is always among them)."""
        return {name: drawn[1] for name, drawn in self._drawn.items()}

    @property
    def words(self) -> ChartText:
        """The words and table of the chart chosen (there before its picture is drawn)."""
        assert self._words is not None  # set by the first refresh, in __init__
        return self._words

    def show(self, name: str) -> bytes:
        """Show the chart called ``name`` (as choosing it on screen would); return its PNG."""
        self._on_screen.seen = True
        self._choice.value = name
        return self._drawn[name][1]

    @callback()
    def _on_choose(self, _change: dict) -> None:
        self._refresh()

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what in {"activity", "contact-added", "contacts", "fresh"}:
            self._refresh()

    def _data(self, name: str) -> tuple[object, Callable[[], Axes], Callable[[], ChartText]]:
        """The chart's data from the workspace, how to draw it and how to say it."""
        today = clock.today()
        if name == "weekly":
            activities = self._workspace.activities(
                since=networking.week_starts(today, self._weeks.value)[0]
            )
            weekly = networking.weekly_activity(activities, today=today, weeks=self._weeks.value)
            return (
                weekly,
                lambda: _charts().weekly_activity_chart(weekly),
                lambda: chart_text.weekly_text(weekly),
            )
        if name == "funnel":
            funnel = networking.funnel(self._workspace.stage_history())
            return (
                funnel,
                lambda: _charts().funnel_chart(funnel),
                lambda: chart_text.funnel_text(funnel),
            )
        if name == "lags":
            lags = networking.lags(self._workspace.activities())
            return lags, lambda: _charts().lag_chart(lags), lambda: chart_text.lags_text(lags)
        rows = networking.timelines(
            self._workspace.contacts(), self._workspace.stage_history(), today=today
        )
        return (
            rows,
            lambda: _charts().timeline_chart(rows),
            lambda: chart_text.timeline_text(rows),
        )

    def _refresh(self) -> None:
        name = self._choice.value
        # The weeks matter to the weekly chart alone.
        self._weeks.layout.display = "flex" if name == "weekly" else "none"
        data, draw, say = self._data(name)
        drawn = self._drawn.get(name)
        if drawn is not None and drawn[0] == data:
            self._words = drawn[2]
        elif self._on_screen.seen:
            drawn = (data, png(draw), say())
            self._drawn[name] = drawn
            self._words = drawn[2]
        else:
            drawn, self._words = None, say()
        self._chart.value = chart_html(drawn[1] if drawn else None, self._words)
        today = clock.today()
        if name == "weekly":
            total = sum(data.totals)  # type: ignore[attr-defined]
            self._status.value = message_html(
                "info",
                f"{plural(total, 'activity', 'activities')} in the last {self._weeks.value} "
                f"weeks (to {today.day} {today:%B %Y}).",
            )
        else:
            self._status.value = ""


class ExportPanel(DownloadPanel):
    """Your networking log as a spreadsheet (CSV) or as JSON, to keep or to share."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, description="Make my export files", icon="download")

    def files(self) -> list[tuple[bytes, str, str, str]]:
        stamp = date.today().isoformat()
        return [
            # The byte-order mark tells Excel the file is UTF-8.
            (
                activity_csv(self._workspace).encode("utf-8-sig"),
                f"networking-log-{stamp}.csv",
                "text/csv",
                "Download the spreadsheet (CSV)",
            ),
            (
                activity_json(self._workspace).encode("utf-8"),
                f"networking-log-{stamp}.json",
                "application/json",
                "Download JSON",
            ),
        ]

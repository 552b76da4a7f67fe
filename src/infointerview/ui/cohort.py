"""The instructor's cohort dashboard: read the collection folder, chart each participant."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import ipywidgets as widgets
from IPython.display import HTML

from infointerview import chart_text, clock
from infointerview.cohort import (
    COHORT_PAGE_SIZE,
    Cohort,
    CohortWeekly,
    cohort_targets,
    load_cohort,
    needs_a_word,
)
from infointerview.export import COLLECTION_VARIABLE, collection_folder
from infointerview.model import Stage
from infointerview.report import (
    Chart,
    cohort_charts,
    cohort_funnel_chart,
    cohort_funnel_words,
    cohort_page_chart,
    cohort_report_html,
    cohort_weekly_pages,
)
from infointerview.ui.common import (
    FOCUS_STYLE,
    LABEL_STYLE,
    callback,
    chart_html,
    download_link,
    escape,
    form_box,
    html_table,
    message_html,
)
from infointerview.ui.on_screen import OnScreen
from infointerview.ui.self_check import SelfCheck

__all__ = ["CohortDashboard", "SelfCheck"]


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def concerns_table(cohort: Cohort, *, today: date) -> str:
    """Return the 'who may need a word' table as HTML, every participant's text escaped."""
    concerns = needs_a_word(cohort, today=today)
    if not cohort.participants:
        return message_html("info", "No exports yet.")
    if not concerns:
        return message_html(
            "ok",
            "Everyone has logged something in the last ten days, and no thank-you or "
            "follow-up is waiting.",
        )
    return html_table(
        ["Participant", "What you might ask about", "Exported"],
        [[escape(c.alias), escape("; ".join(c.reasons)), _day(c.exported_on)] for c in concerns],
    )


def stages_table(cohort: Cohort) -> str:
    """Return where each participant's contacts stand, one row each, by alias."""
    if not cohort.participants:
        return message_html("info", "No exports yet.")
    stages = list(Stage)
    return html_table(
        ["Participant", *(stage.label.capitalize() for stage in stages)],
        [
            [escape(p.alias), *(str(p.stages.get(stage, 0)) for stage in stages)]
            for p in cohort.participants
        ],
    )


def _figure(chart: Chart) -> str:
    """A chart with its words as alt text and a table view of the same numbers."""
    assert chart.words is not None  # the cohort's charts always come with their words
    return chart_html(chart.png, chart.words)


class CohortDashboard(widgets.VBox):
    """A folder of exports in, the cohort out: who may need a word, each participant's weeks,
    the funnel, where contacts stand, and the files that could not be read.

    The charts are drawn when their tab is first opened, and the report (which holds them
    all) when it is asked for: reading a class's exports takes a moment, drawing takes longer.
    """

    def __init__(self, folder: Path | str | None = None) -> None:
        start = folder if folder is not None else collection_folder()
        self._folder = form_box(
            "Collection folder",
            f"the folder of exports (or set {COLLECTION_VARIABLE})",
            value=str(start or ""),
        )
        self._load = widgets.Button(
            description="Read the exports",
            icon="refresh",
            button_style="primary",
            layout=widgets.Layout(width="max-content"),
        )
        self._summary = widgets.HTML()
        self._status = self._summary
        self._concerns = widgets.HTML()
        self._page = widgets.Dropdown(
            description="Participants", style=LABEL_STYLE, layout=widgets.Layout(width="420px")
        )
        self._weeks = widgets.HTML()
        self._weeks_on_screen = OnScreen()
        self._funnel = widgets.HTML()
        self._funnel_on_screen = OnScreen()
        self._stages = widgets.HTML()
        self._skipped = widgets.HTML()
        self._make_report = widgets.Button(
            description="Make the cohort report",
            icon="file",
            layout=widgets.Layout(width="max-content"),
        )
        self._report = widgets.HTML()
        self._tabs = widgets.Tab(
            children=[
                self._concerns,
                widgets.VBox([self._page, self._weeks_on_screen, self._weeks]),
                widgets.VBox([self._funnel_on_screen, self._funnel]),
                self._stages,
                self._skipped,
            ],
            # Tab labels are cut at about 17 characters.
            titles=(
                "May need a word",
                "Weekly activity",
                "Funnel",
                "Contact stages",
                "Files not counted",
            ),
        )
        self._pages: list[CohortWeekly] = []
        self._drawn: dict[int, Chart] = {}  # page number -> its chart (0: the funnel)
        self._cohort: Cohort | None = None
        super().__init__(
            children=[
                widgets.HTML(FOCUS_STYLE),
                self._folder,
                self._load,
                self._summary,
                self._tabs,
                self._make_report,
                self._report,
            ]
        )
        self._load.on_click(self._on_load)
        self._make_report.on_click(self._on_make_report)
        self._page.observe(self._on_page, names="value")
        self._weeks_on_screen.observe(self._on_page, names="seen")
        self._funnel_on_screen.observe(self._on_funnel_seen, names="seen")
        if self._folder.value:
            self._on_load(self._load)

    @property
    def cohort(self) -> Cohort | None:
        """The cohort last read, or None before a folder has been read."""
        return self._cohort

    @property
    def concerns(self) -> HTML:
        """Who may need a word, as a table to show on its own (empty before reading)."""
        if self._cohort is None:
            return HTML(message_html("info", "Read a collection folder first."))
        return HTML(concerns_table(self._cohort, today=clock.today()))

    @property
    def chart_pages(self) -> int:
        """How many pages of participants the weekly chart has."""
        return len(self._pages)

    @property
    def pictures(self) -> dict[int, bytes]:
        """The charts drawn so far, PNG bytes by page (0: the funnel)."""
        return {number: chart.png for number, chart in self._drawn.items()}

    def show_charts(self) -> None:
        """Draw the charts now, as opening their tabs would."""
        self._weeks_on_screen.seen = self._funnel_on_screen.seen = True

    @callback()
    def _on_load(self, _button: widgets.Button) -> None:
        folder = self._folder.value.strip()
        if not folder:
            self._summary.value = message_html(
                "warning",
                f"Type the collection folder's path (or set {COLLECTION_VARIABLE} before "
                "starting Jupyter).",
            )
            return
        today = clock.today()
        cohort = load_cohort(folder, today=today)
        self._cohort = cohort
        self._pages = cohort_weekly_pages(cohort, today=today)
        self._drawn = {}
        self._report.value = ""
        concerns = needs_a_word(cohort, today=today)
        if not cohort.participants:
            skipped = f" ({cohort.describe()})" if cohort.skipped else ""
            self._summary.value = message_html(
                "info",
                f"No exports to read in {folder} yet{skipped}. Participants export with the "
                "button in the welcome notebook, or with `infointerview export`.",
            )
        else:
            self._summary.value = message_html(
                "info",
                f"{cohort.describe()} {len(concerns)} of {len(cohort.participants)} may need a "
                f"word, as of {_day(today)}. {cohort_targets(cohort).describe()}",
            )
        self._concerns.value = concerns_table(cohort, today=today)
        self._show_funnel()
        self._stages.value = stages_table(cohort)
        self._skipped.value = (
            "<ul>" + "".join(f"<li>{escape(s.reason)}</li>" for s in cohort.skipped) + "</ul>"
            if cohort.skipped
            else message_html("ok", "Every file in the folder was read.")
        )
        aliases = [p.alias for p in cohort.participants]
        size = COHORT_PAGE_SIZE
        self._page.options = [
            (f"{aliases[n * size]} to {aliases[min(len(aliases), (n + 1) * size) - 1]}", n)
            for n in range(len(self._pages))
            if aliases
        ] or [("Nobody yet", 0)]
        self._page.layout.display = "flex" if len(self._pages) > 1 else "none"
        self._page.value = 0
        self._show_page(0)

    @callback()
    def _on_page(self, _change: dict) -> None:
        page = self._page.value
        if page is not None and 0 <= page < self.chart_pages:
            self._show_page(page)

    @callback()
    def _on_funnel_seen(self, _change: dict) -> None:
        if self._cohort is not None:
            self._show_funnel()

    def _show_page(self, page: int) -> None:
        """Show a page of the weekly chart: drawn once on screen, its words until then."""
        if self._weeks_on_screen.seen and page + 1 not in self._drawn:
            self._drawn[page + 1] = cohort_page_chart(self._pages[page], page + 1)
        drawn = self._drawn.get(page + 1)
        self._weeks.value = (
            _figure(drawn)
            if drawn
            else chart_html(None, chart_text.cohort_weekly_text(self._pages[page]))
        )

    def _show_funnel(self) -> None:
        assert self._cohort is not None
        if self._funnel_on_screen.seen and 0 not in self._drawn:
            self._drawn[0] = cohort_funnel_chart(self._cohort)
        drawn = self._drawn.get(0)
        self._funnel.value = (
            _figure(drawn) if drawn else chart_html(None, cohort_funnel_words(self._cohort))
        )

    @callback()
    def _on_make_report(self, _button: widgets.Button) -> None:
        if self._cohort is None:
            self._report.value = message_html("warning", "Read a collection folder first.")
            return
        today = clock.today()
        charts = cohort_charts(self._cohort, today=today)
        report = cohort_report_html(
            self._cohort, charts, folder=self._folder.value.strip(), today=today
        )
        self._report.value = download_link(
            report.encode("utf-8"), "cohort-report.html", "text/html", "Download this report (HTML)"
        )

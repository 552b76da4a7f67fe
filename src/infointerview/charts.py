"""Charts of the networking habit, drawn from the plain data in ``networking``.

Each function takes one kind of data and an optional ``ax`` and returns the Axes it drew on.
Figures are made with ``matplotlib.figure.Figure`` rather than pyplot, and every font size is
set per call, so drawing a chart never changes pyplot's state or ``rcParams``.
Their words for those who cannot see them (or prefer numbers) are in ``chart_text``.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import timedelta

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.dates import AutoDateLocator, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from infointerview.chart_text import (
    KIND_LABELS,
    MAX_TIMELINE_ROWS,
    STAGE_LABELS,
    day_label,
    most_recent,
)
from infointerview.cohort import CohortWeekly
from infointerview.model import ActivityKind, Stage, plural
from infointerview.networking import (
    FUNNEL_STEPS,
    ContactTimeline,
    Funnel,
    Lags,
    TargetProgress,
    WeeklyActivity,
)

# --- looks ---------------------------------------------------------------------------------

#: The Okabe-Ito palette, safe for the common kinds of colour blindness.
ORANGE, SKY_BLUE, GREEN, YELLOW = "#E69F00", "#56B4E9", "#009E73", "#F0E442"
BLUE, VERMILLION, PURPLE, BLACK = "#0072B2", "#D55E00", "#CC79A7", "#000000"
#: Grey for the quiet steps; ten kinds and ten stages need more than eight colours.
GREY = "#999999"
#: Grey for words: 9.7:1 against white, well above the 4.5:1 that WCAG AA asks of text.
TEXT_GREY = "#444444"

TITLE_SIZE = 18
LABEL_SIZE = 13
TICK_SIZE = 12
NOTE_SIZE = 14
FIGSIZE = (10.0, 5.0)
_NAME_MAX_CHARS = 28

# An activity and the stage it leads to share a colour (request sent / asked: orange), so the
# same step looks the same in every chart. Hatching tells apart the two that share a colour.
KIND_STYLES: dict[ActivityKind, tuple[str, str]] = {
    ActivityKind.CONTACT_ADDED: (GREY, ""),
    ActivityKind.RESEARCH_DONE: (SKY_BLUE, ""),
    ActivityKind.REQUEST_SENT: (ORANGE, ""),
    ActivityKind.REPLY_RECEIVED: (YELLOW, ""),
    ActivityKind.FOLLOW_UP_SENT: (VERMILLION, ""),
    ActivityKind.QUESTIONS_PREPARED: (SKY_BLUE, "//"),
    ActivityKind.MEETING_HELD: (BLUE, ""),
    ActivityKind.THANK_YOU_SENT: (GREEN, ""),
    ActivityKind.KEPT_IN_TOUCH: (PURPLE, ""),
    ActivityKind.OTHER: (BLACK, ""),
}
STAGE_STYLES: dict[Stage, tuple[str, str]] = {
    Stage.IDENTIFIED: (GREY, ""),
    Stage.RESEARCHED: (SKY_BLUE, ""),
    Stage.REQUESTED: (ORANGE, ""),
    Stage.ACCEPTED: (YELLOW, ""),
    Stage.DECLINED: (BLACK, ""),
    Stage.NO_REPLY: (GREY, "//"),
    Stage.FOLLOWED_UP: (VERMILLION, ""),
    Stage.LATER: (SKY_BLUE, "\\\\"),
    Stage.MET: (BLUE, ""),
    Stage.THANKED: (GREEN, ""),
    Stage.KEEPING_IN_TOUCH: (PURPLE, ""),
}


def plain_text(text: str, *, max_chars: int | None = None) -> str:
    """Return participant text made safe to draw: ``$`` shown as itself, never as maths."""
    if max_chars is not None and len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text.replace("$", r"\$")


def png_bytes(ax: Axes, *, dpi: int = 100) -> bytes:
    """Return the figure an Axes belongs to as PNG bytes (lightly compressed: drawn faster)."""
    buffer = io.BytesIO()
    figure = ax.get_figure(root=True)
    assert figure is not None  # an Axes drawn on always belongs to a figure
    figure.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def _axes(ax: Axes | None, figsize: tuple[float, float] = FIGSIZE) -> Axes:
    if ax is not None:
        return ax
    # A bare Figure, not pyplot: nothing is registered globally and nothing pops up.
    return Figure(figsize=figsize, layout="constrained").add_subplot()


def _title(ax: Axes, text: str) -> None:
    ax.set_title(text, fontsize=TITLE_SIZE, loc="left", pad=12)
    ax.tick_params(labelsize=TICK_SIZE)


def _nothing_yet(ax: Axes, message: str) -> Axes:
    ax.set_xticks([])
    ax.set_yticks([])
    ax.text(
        0.5,
        0.5,
        message,
        transform=ax.transAxes,
        ha="center",
        va="center",
        wrap=True,
        fontsize=NOTE_SIZE,
        color=TEXT_GREY,
    )
    return ax


def _legend(ax: Axes, handles: Sequence[Artist] | None = None) -> None:
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize=TICK_SIZE,
    )


# --- the charts ----------------------------------------------------------------------------


def weekly_activity_chart(data: WeeklyActivity, *, ax: Axes | None = None) -> Axes:
    """Draw stacked bars of each week's activities, one colour per kind."""
    ax = _axes(ax)
    _title(ax, "Your networking, week by week")
    if not data.weeks or not any(any(row) for row in data.counts.values()):
        return _nothing_yet(ax, "Nothing logged yet: your first request or meeting will show here")
    positions = range(len(data.weeks))
    bottom = [0] * len(data.weeks)
    top = None  # the last layer of bars, which carries the week's total
    for kind, counts in data.counts.items():
        colour, hatch = KIND_STYLES.get(kind, (GREY, ""))
        top = ax.bar(
            positions,
            counts,
            bottom=bottom,
            width=0.8,
            color=colour,
            edgecolor="white",
            hatch=hatch,
            label=KIND_LABELS.get(kind, kind.label.capitalize()),
        )
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    if top is not None and len(data.weeks) <= 16:  # beyond that the totals run into each other
        ax.bar_label(
            top,
            labels=[str(total) if total else "" for total in bottom],
            padding=3,
            fontsize=TICK_SIZE,
        )
    # Every label fits for a couple of months; beyond that, every second or third week.
    step = math.ceil(len(data.weeks) / 12)
    ax.set_xticks(list(positions)[::step], [day_label(week) for week in data.weeks][::step])
    ax.set_xlabel("Week starting", fontsize=LABEL_SIZE)
    ax.set_ylabel("Activities", fontsize=LABEL_SIZE)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max(bottom) * 1.12)
    ax.spines[["top", "right"]].set_visible(False)
    # Reversed so the legend reads top to bottom in the same order as the stack.
    handles, _ = ax.get_legend_handles_labels()
    _legend(ax, handles[::-1])
    return ax


def funnel_chart(
    data: Funnel, *, ax: Axes | None = None, title: str = "From asking to keeping in touch"
) -> Axes:
    """Draw how many contacts reached each step, from asked (top) to keeping in touch."""
    ax = _axes(ax)
    _title(ax, title)
    if not any(count for _, count in data.steps):
        return _nothing_yet(ax, "Nothing logged yet: your first request will show here")
    stage_of = {label: next(iter(stages)) for label, stages in FUNNEL_STEPS}
    labels = [label for label, _ in data.steps]
    counts = [count for _, count in data.steps]
    colours = [
        STAGE_STYLES.get(stage_of[label], (GREY, ""))[0] if label in stage_of else GREY
        for label in labels
    ]
    bars = ax.barh(range(len(counts)), counts, height=0.7, color=colours, edgecolor="#333333")
    ax.bar_label(bars, labels=[str(count) for count in counts], padding=6, fontsize=TICK_SIZE)
    ax.set_yticks(range(len(labels)), [plain_text(label) for label in labels])
    ax.invert_yaxis()  # the first step at the top, as a funnel reads
    ax.set_xlabel("Contacts", fontsize=LABEL_SIZE)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max(counts) * 1.12)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _spread(values: Sequence[int], centre: float, half_width: float) -> list[float]:
    """Place dots of equal value side by side around ``centre`` instead of on top of each other."""
    seen: dict[int, int] = {}
    ranks = []
    for value in values:
        ranks.append(seen.get(value, 0))
        seen[value] = ranks[-1] + 1
    widest = max(seen.values(), default=1)
    step = min(0.08, 2 * half_width / max(widest - 1, 1))
    result = []
    for value, rank in zip(values, ranks, strict=True):
        offset = (rank - (seen[value] - 1) / 2) * step
        result.append(centre + offset)
    return result


def lag_chart(data: Lags, *, ax: Axes | None = None) -> Axes:
    """Draw days to a reply and days to a thank-you, one dot per contact, side by side."""
    ax = _axes(ax)
    _title(ax, "How quickly things happen")
    if not data.reply_days and not data.thank_you_days:
        return _nothing_yet(
            ax,
            "Nothing logged yet: once someone replies or you thank them after a meeting,\n"
            "the days it took will show here",
        )
    groups = (
        ("Days to a reply", data.reply_days, KIND_STYLES[ActivityKind.REPLY_RECEIVED][0]),
        ("Days to a thank-you", data.thank_you_days, KIND_STYLES[ActivityKind.THANK_YOU_SENT][0]),
    )
    half = 0.3
    tallest = max((*data.reply_days, *data.thank_you_days, 1))
    names = []
    for x, (name, values, colour) in enumerate(groups):
        if not values:
            names.append(f"{name}\n(none yet)")
            continue
        ax.scatter(
            _spread(values, x, half),
            values,
            s=60,
            color=colour,
            edgecolor="#333333",
            linewidth=0.8,
            alpha=0.9 if len(values) < 100 else 0.5,
            zorder=3,
        )
        typical = sorted(values)[len(values) // 2]
        names.append(
            f"{name}\n({plural(len(values), 'contact')}, typically {plural(typical, 'day')})"
        )
    # A thank-you note is due within a day of the meeting.
    ax.hlines(1, 1 - half - 0.1, 1 + half + 0.1, color=VERMILLION, linestyles="dashed", zorder=2)
    ax.text(
        1 + half + 0.12,
        1,
        "thank-you due",
        ha="left",
        va="center",
        color=TEXT_GREY,  # vermillion text would fall short of 4.5:1 contrast on white
        fontsize=TICK_SIZE,
    )
    ax.set_xticks([0, 1], names)
    ax.set_xlim(-0.7, 1.9)
    ax.set_ylim(-0.5, tallest * 1.1 + 0.5)
    ax.set_ylabel("Days", fontsize=LABEL_SIZE)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def timeline_chart(data: Sequence[ContactTimeline], *, ax: Axes | None = None) -> Axes:
    """Draw each contact's way through the stages as coloured spans along the dates."""
    rows = most_recent(data, MAX_TIMELINE_ROWS)
    # Taller for many contacts, so names stay readable on a projector.
    ax = _axes(ax, (FIGSIZE[0], max(FIGSIZE[1], 1.5 + 0.32 * len(rows))))
    title = "Each contact's way through the stages"
    if len(rows) < len(data):
        title += f"\n(the {len(rows)} most recently active of {len(data):,} contacts)"
    _title(ax, title)
    if not any(row.spans for row in rows):
        return _nothing_yet(ax, "Nothing logged yet: each contact you add will show here as a row")
    by_stage: dict[Stage, tuple[list[int], list[float], list[float]]] = {}
    for y, row in enumerate(rows):
        for n, (stage, start, end) in enumerate(row.spans):
            # The last span runs through today, so it is drawn to the end of that day.
            last = n + 1 == len(row.spans)
            stop = end + timedelta(days=1) if last else end
            ys, lefts, widths = by_stage.setdefault(stage, ([], [], []))
            ys.append(y)
            lefts.append(date2num(start))
            widths.append(max((stop - start).days, 1))
    for stage in Stage:
        if stage not in by_stage:
            continue
        colour, hatch = STAGE_STYLES[stage]
        ys, lefts, widths = by_stage[stage]
        ax.barh(
            ys,
            widths,
            left=lefts,
            height=0.65,
            color=colour,
            edgecolor="white",
            hatch=hatch,
            label=STAGE_LABELS[stage],
        )
    ax.set_yticks(
        range(len(rows)), [plain_text(row.name, max_chars=_NAME_MAX_CHARS) for row in rows]
    )
    ax.set_ylim(len(rows) - 0.5, -0.5)  # first contact at the top
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: day_label(num2date(x).date())))
    ax.grid(axis="x", color="#dddddd", zorder=0)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    _legend(ax)
    return ax


def targets_chart(data: Sequence[TargetProgress], *, ax: Axes | None = None) -> Axes:
    """Draw this week's count against each weekly target: a pale bar to fill, a solid one done."""
    ax = _axes(ax, (FIGSIZE[0], max(FIGSIZE[1], 2.0 + 0.6 * len(data))))
    _title(ax, "This week against your targets")
    if not data:
        return _nothing_yet(ax, "No weekly targets yet: set one and your progress will show here")
    positions = range(len(data))
    colours = [KIND_STYLES.get(item.kind, (GREY, ""))[0] for item in data]
    ax.barh(
        positions,
        [item.target for item in data],
        height=0.75,
        color=[to_rgba(colour, 0.25) for colour in colours],
        edgecolor="#555555",
        linewidth=1.2,
        label="Target",
    )
    ax.barh(
        positions,
        [item.done for item in data],
        height=0.45,
        color=colours,
        edgecolor="#333333",
        label="Done",
    )
    for y, item in enumerate(data):
        words = f"{item.done} of {item.target}" + (", met" if item.met else "")
        ax.text(
            max(item.done, item.target),
            y,
            f"  {words}",
            va="center",
            fontsize=TICK_SIZE,
        )
    ax.set_yticks(positions, [plain_text(item.label) for item in data])
    ax.invert_yaxis()
    widest = max(max(item.done, item.target) for item in data)
    ax.set_xlim(0, widest * 1.3 + 0.5)
    ax.set_xlabel("Activities this week (pale bar: your target)", fontsize=LABEL_SIZE)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


# --- the cohort, for the instructor ----------------------------------------------------------

#: Small multiples: this many participants side by side (``cohort.COHORT_PAGE_SIZE`` to a page).
COHORT_COLUMNS = 4
_PANEL_HEIGHT = 1.25  # inches per row of panels
_ALIAS_MAX_CHARS = 24


def cohort_activity_chart(data: CohortWeekly, *, ax: Axes | None = None) -> Axes:
    """Draw each participant's weekly activity as small multiples on one shared scale.

    One panel per participant, in the order given (alphabetical, never ranked); every panel's
    bars are measured against the same busiest week, so a short bar means the same everywhere.
    """
    rows = max(1, math.ceil(len(data.rows) / COHORT_COLUMNS))
    if ax is None:
        # Fixed margins instead of constrained layout, which would lay out every label twice.
        height = 1.4 + _PANEL_HEIGHT * rows
        figure = Figure(figsize=(FIGSIZE[0], height))
        figure.subplots_adjust(left=0.02, right=0.98, top=1 - 0.75 / height, bottom=0.7 / height)
        ax = figure.add_subplot()
    _title(ax, "Each participant's networking, week by week")
    if not data.rows or not data.weeks:
        ax.set_axis_off()
        return _nothing_yet(ax, "No exports yet: participants' weeks will show here")
    scale = max(data.scale, 1)
    weeks = len(data.weeks)
    slot = 0.84 / weeks
    boxes = []
    baselines = []
    for index, (alias, totals) in enumerate(data.rows):
        column, row = index % COHORT_COLUMNS, index // COHORT_COLUMNS
        left, base = column + 0.08, rows - 1 - row + 0.12
        baselines.append((left, base))
        for week, total in enumerate(totals):
            if total:
                x = left + week * slot + slot * 0.1
                top = base + 0.55 * total / scale
                boxes.append(((x, base), (x, top), (x + slot * 0.8, top), (x + slot * 0.8, base)))
        # One label per panel, name and total together: text is the slow part to draw.
        ax.text(
            left,
            base + 0.62,
            f"{plain_text(alias, max_chars=_ALIAS_MAX_CHARS)} · {sum(totals)}",
            fontsize=TICK_SIZE,
        )
    # One collection for every bar of every panel: a page draws about as fast as one panel.
    ax.add_collection(PolyCollection(boxes, facecolors=BLUE, edgecolors="none"))
    ax.hlines(
        [y for _, y in baselines],
        [x for x, _ in baselines],
        [x + 0.84 for x, _ in baselines],
        color="#333333",
        linewidth=0.8,
    )
    ax.set_xlim(0, COHORT_COLUMNS)
    ax.set_ylim(0, rows)
    ax.set_axis_off()
    ax.text(
        0,
        -0.02,
        f"One bar a week, {day_label(data.weeks[0])} to {day_label(data.weeks[-1])}; the "
        "number after each name is that person's total.\nEvery panel has the same scale: the "
        f"tallest bar is {plural(scale, 'activity', 'activities')} in a week.",
        transform=ax.transAxes,
        va="top",
        fontsize=TICK_SIZE,
        color=TEXT_GREY,
    )
    return ax

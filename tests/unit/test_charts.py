"""Tests for infointerview.charts: what each chart draws, read back from its artists."""

import ast
import io
from datetime import date, timedelta
from pathlib import Path

import matplotlib
import pytest
from matplotlib.cbook import is_math_text
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.text import Text

from infointerview import charts
from infointerview.demo import fill_demo
from infointerview.model import Activity, ActivityKind, Stage
from infointerview.networking import (
    TARGET_KINDS,
    ContactTimeline,
    Funnel,
    Lags,
    TargetProgress,
    WeeklyActivity,
    funnel,
    lags,
    target_progress,
    timelines,
    weekly_activity,
)

K = ActivityKind
DAY = date(2026, 3, 16)
OKABE_ITO = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"}
OKABE_ITO |= {"#000000", charts.GREY.lower()}

WEEKS = (date(2026, 2, 23), date(2026, 3, 2), date(2026, 3, 9))
WEEKLY = WeeklyActivity(
    WEEKS, {K.REQUEST_SENT: (2, 0, 3), K.MEETING_HELD: (1, 1, 0), K.THANK_YOU_SENT: (0, 1, 4)}
)
FUNNEL = Funnel(
    (("Asked", 7), ("Said yes", 4), ("Met", 3), ("Thanked", 2), ("Keeping in touch", 1))
)
LAGS = Lags(reply_days=(2, 5, 3, 2), thank_you_days=(0, 1, 3))
TIMELINES = [
    ContactTimeline(
        "Amara Okafor",
        (
            (Stage.REQUESTED, date(2026, 3, 2), date(2026, 3, 4)),
            (Stage.ACCEPTED, date(2026, 3, 4), date(2026, 3, 10)),
            (Stage.MET, date(2026, 3, 10), DAY),
        ),
    ),
    ContactTimeline("Wei Zhang", ((Stage.IDENTIFIED, date(2026, 3, 12), DAY),)),
]
TARGETS = [
    TargetProgress(K.REQUEST_SENT, "Requests sent", 3, 2),
    TargetProgress(K.MEETING_HELD, "Meetings held", 1, 1),
]

ALL_CHARTS = [
    (charts.weekly_activity_chart, WEEKLY),
    (charts.funnel_chart, FUNNEL),
    (charts.lag_chart, LAGS),
    (charts.timeline_chart, TIMELINES),
    (charts.targets_chart, TARGETS),
]


EMPTY_CHARTS = [
    (charts.weekly_activity_chart, WeeklyActivity(WEEKS, {})),
    (charts.funnel_chart, funnel([])),
    (charts.lag_chart, Lags((), ())),
    (charts.timeline_chart, []),
    (charts.targets_chart, []),
]


def render(ax) -> None:
    """Draw the whole figure to PNG bytes, as the notebook would show it."""
    ax.figure.savefig(io.BytesIO(), format="png")


def title_text(ax) -> Text:
    title = ax.get_title(loc="left")
    return next(t for t in ax.get_children() if isinstance(t, Text) and t.get_text() == title)


def texts(ax) -> list[str]:
    return [text.get_text() for text in ax.texts]


def tick_texts(labels) -> list[str]:
    return [label.get_text() for label in labels]


def colour(patch) -> str:
    return to_hex(patch.get_facecolor())


def stage_container(ax, stage: Stage):
    return next(c for c in ax.containers if c.get_label() == charts.STAGE_LABELS[stage])


# --- the weekly chart ----------------------------------------------------------------------


def test_weekly_bar_heights_equal_the_counts():
    """Each kind's bars are as tall as that kind's count in each week."""
    ax = charts.weekly_activity_chart(WEEKLY)
    assert len(ax.containers) == 3
    for container, counts in zip(ax.containers, WEEKLY.counts.values(), strict=True):
        assert [bar.get_height() for bar in container] == list(counts)


def test_weekly_bars_stack_on_cumulative_bottoms():
    """Each kind's bar starts where the kinds below it end, and the totals are written on top."""
    ax = charts.weekly_activity_chart(WEEKLY)
    bottoms = [[bar.get_y() for bar in container] for container in ax.containers]
    assert bottoms == [[0, 0, 0], [2, 0, 3], [3, 1, 3]]
    assert [t for t in texts(ax) if t] == [str(total) for total in WEEKLY.totals]


def test_weekly_legend_and_axes_speak_plain_words():
    """The legend names kinds in plain words, weeks read like "2 Mar" and the y axis Activities."""
    ax = charts.weekly_activity_chart(WEEKLY)
    legend = tick_texts(ax.get_legend().get_texts())
    assert sorted(legend) == ["Meetings held", "Requests sent", "Thank-you notes"]
    assert tick_texts(ax.get_xticklabels()) == ["23 Feb", "2 Mar", "9 Mar"]
    assert ax.get_ylabel() == "Activities"
    assert ax.get_title(loc="left") == "Your networking, week by week"


def test_a_thousand_activities_over_eight_weeks_draw_eight_bars_per_kind():
    """A thousand activities still make one bar per week per kind, adding up to a thousand."""
    kinds = [K.REQUEST_SENT, K.MEETING_HELD, K.THANK_YOU_SENT, K.OTHER]
    activities = [
        Activity(n, DAY - timedelta(days=n % 50), kinds[n % len(kinds)]) for n in range(1000)
    ]
    ax = charts.weekly_activity_chart(weekly_activity(activities, today=DAY))
    assert len(ax.containers) == len(kinds)
    assert all(len(container) == 8 for container in ax.containers)
    assert sum(bar.get_height() for c in ax.containers for bar in c) == 1000
    render(ax)


def test_a_year_of_weeks_labels_only_some_of_them():
    """Fifty-two weeks get a dozen or so date labels, not fifty-two overlapping ones."""
    activities = [Activity(n, DAY - timedelta(weeks=n), K.REQUEST_SENT) for n in range(52)]
    ax = charts.weekly_activity_chart(weekly_activity(activities, today=DAY, weeks=52))
    assert len(ax.containers[0]) == 52
    assert 6 <= len(ax.get_xticklabels()) <= 13


# --- the funnel ----------------------------------------------------------------------------


def test_funnel_bar_widths_and_labels_are_the_step_counts():
    """Each step's bar is as long as its count, and the label beside it reads that count."""
    ax = charts.funnel_chart(FUNNEL)
    counts = [count for _, count in FUNNEL.steps]
    assert [bar.get_width() for bar in ax.containers[0]] == counts
    assert texts(ax) == [str(count) for count in counts]
    assert ax.get_title(loc="left") == "From asking to keeping in touch"


def test_funnel_reads_from_asked_at_the_top_to_keeping_in_touch_at_the_bottom():
    """Asked is drawn highest on screen and keeping in touch lowest."""
    ax = charts.funnel_chart(FUNNEL)
    labels = tick_texts(ax.get_yticklabels())
    assert labels == ["Asked", "Said yes", "Met", "Thanked", "Keeping in touch"]
    assert ax.yaxis_inverted()


# --- the lags ------------------------------------------------------------------------------


def test_lag_chart_plots_every_value_in_its_own_group():
    """Each reply and thank-you lag is one dot, in the group named for it."""
    ax = charts.lag_chart(LAGS)
    reply, thanks = ax.collections[:2]
    assert sorted(reply.get_offsets()[:, 1]) == sorted(LAGS.reply_days)
    assert sorted(thanks.get_offsets()[:, 1]) == sorted(LAGS.thank_you_days)
    assert all(abs(x - 0) < 0.5 for x in reply.get_offsets()[:, 0])
    assert all(abs(x - 1) < 0.5 for x in thanks.get_offsets()[:, 0])
    reply_label, thanks_label = tick_texts(ax.get_xticklabels())
    assert reply_label.startswith("Days to a reply\n(4 contacts")
    assert thanks_label.startswith("Days to a thank-you\n(3 contacts")
    assert ax.get_title(loc="left") == "How quickly things happen"


def test_lag_chart_marks_when_a_thank_you_is_due():
    """A dashed line at one day over the thank-you group is labelled "thank-you due"."""
    ax = charts.lag_chart(LAGS)
    line = ax.collections[-1]
    (segment,) = line.get_segments()
    assert list(segment[:, 1]) == [1, 1]
    assert segment[0, 0] < 1 < segment[1, 0]
    assert line.get_linestyle() != [(0, None)]
    assert "thank-you due" in texts(ax)


def test_lag_chart_with_only_replies_says_none_yet_for_thanks():
    """With replies but no thank-you notes, the thank-you group says none yet."""
    ax = charts.lag_chart(Lags(reply_days=(3,), thank_you_days=()))
    labels = tick_texts(ax.get_xticklabels())
    assert labels[1] == "Days to a thank-you\n(none yet)"
    assert "1 contact, typically 3 days" in labels[0]


def test_lag_chart_spreads_equal_values_side_by_side():
    """Dots with the same number of days sit next to each other, not on top of each other."""
    ax = charts.lag_chart(Lags(reply_days=(2,) * 1000, thank_you_days=(1, 1)))
    xs = ax.collections[0].get_offsets()[:, 0]
    assert len(set(xs)) == 1000
    assert min(xs) > -0.5 and max(xs) < 0.5
    render(ax)


# --- the timeline --------------------------------------------------------------------------


def test_timeline_has_one_row_per_contact_with_their_name():
    """Each contact gets one y tick labelled with their name, first contact at the top."""
    ax = charts.timeline_chart(TIMELINES)
    assert tick_texts(ax.get_yticklabels()) == ["Amara Okafor", "Wei Zhang"]
    assert list(ax.get_yticks()) == [0, 1]
    assert ax.yaxis_inverted()
    assert ax.get_title(loc="left") == "Each contact's way through the stages"


def test_timeline_spans_run_from_one_stage_change_to_the_next():
    """A stage's span starts on its day and ends when the next stage begins, or after today."""
    ax = charts.timeline_chart(TIMELINES)
    (asked,) = stage_container(ax, Stage.ACCEPTED)
    assert matplotlib.dates.num2date(asked.get_x()).date() == date(2026, 3, 4)
    assert asked.get_width() == 6
    (met,) = stage_container(ax, Stage.MET)
    assert met.get_width() == (DAY - date(2026, 3, 10)).days + 1  # through the end of today
    assert colour(met) == charts.BLUE.lower()


def test_timeline_legend_lists_the_stages_drawn_in_plain_words():
    """The legend names only the stages on the chart, in pipeline order and plain words."""
    ax = charts.timeline_chart(TIMELINES)
    legend = tick_texts(ax.get_legend().get_texts())
    assert legend == ["Spotted", "Asked", "Said yes", "Met"]


def test_timeline_shows_the_25_most_recent_of_many_contacts_and_says_so():
    """A thousand contacts become 25 rows, the most recently active, and the title says so."""
    start = date(2023, 1, 1)
    many = [
        ContactTimeline(f"Contact {n}", ((Stage.IDENTIFIED, start + timedelta(days=n), DAY),))
        for n in range(1000)
    ]
    ax = charts.timeline_chart(many)
    names = tick_texts(ax.get_yticklabels())
    assert names == [f"Contact {n}" for n in range(975, 1000)]
    assert "25 most recently active of 1,000 contacts" in ax.get_title(loc="left")
    render(ax)


def test_timeline_keeps_contacts_without_stages_as_empty_rows():
    """A contact with no stage history still has a row, so the names match the contact list."""
    rows = [*TIMELINES, ContactTimeline("No History", ())]
    ax = charts.timeline_chart(rows)
    assert tick_texts(ax.get_yticklabels())[-1] == "No History"


def test_long_names_are_shortened_with_an_ellipsis():
    """A very long name is cut short so the chart keeps its room for the spans."""
    long_name = "Maximiliana Konstantinopoulou-Featherstonehaugh"
    ax = charts.timeline_chart([ContactTimeline(long_name, TIMELINES[0].spans)])
    (label,) = tick_texts(ax.get_yticklabels())
    assert label.endswith("…") and len(label) <= 28 and long_name.startswith(label[:-1])


# --- the targets ---------------------------------------------------------------------------


def test_targets_show_done_against_the_target():
    """Each target has a pale bar as long as the target, a solid one as long as what is done."""
    ax = charts.targets_chart(TARGETS)
    target_bars, done_bars = ax.containers
    assert [bar.get_width() for bar in target_bars] == [3, 1]
    assert [bar.get_width() for bar in done_bars] == [2, 1]
    assert all(pale.get_facecolor()[3] < 0.5 for pale in target_bars)
    assert all(solid.get_facecolor()[3] == 1 for solid in done_bars)
    assert [t.strip() for t in texts(ax)] == ["2 of 3", "1 of 1, met"]
    assert tick_texts(ax.get_yticklabels()) == ["Requests sent", "Meetings held"]
    assert ax.get_title(loc="left") == "This week against your targets"


def test_targets_with_nothing_done_still_show_the_target():
    """Nothing done yet reads "0 of 2" beside a full-length target bar."""
    ax = charts.targets_chart([TargetProgress(K.REQUEST_SENT, "Requests sent", 2, 0)])
    assert ax.containers[0][0].get_width() == 2
    assert [t.strip() for t in texts(ax)] == ["0 of 2"]


# --- all charts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draw", "empty", "note"),
    [
        (charts.weekly_activity_chart, WeeklyActivity(WEEKS, {}), "Nothing logged yet"),
        (charts.weekly_activity_chart, WeeklyActivity((), {}), "Nothing logged yet"),
        (charts.funnel_chart, funnel([]), "Nothing logged yet"),
        (charts.funnel_chart, Funnel(()), "Nothing logged yet"),
        (charts.lag_chart, Lags((), ()), "Nothing logged yet"),
        (charts.timeline_chart, [], "Nothing logged yet"),
        (charts.timeline_chart, [ContactTimeline("Ann", ())], "Nothing logged yet"),
        (charts.targets_chart, [], "No weekly targets yet"),
    ],
)
def test_empty_data_draws_a_note_and_raises_nothing(draw, empty, note):
    """With nothing to show, a chart keeps its title and says in plain words what will appear."""
    ax = draw(empty)
    (message,) = texts(ax)
    assert message.startswith(note)
    assert ax.get_title(loc="left")
    assert not ax.patches and not ax.collections
    render(ax)


@pytest.mark.parametrize("name", ["Jo $x$ Smith", "<b>Bold</b> Name", r"Ann $\frac{1$ Lee"])
def test_names_are_drawn_literally(name):
    """A name with dollar signs or markup is shown as typed, never as maths or HTML."""
    ax = charts.timeline_chart([ContactTimeline(name, TIMELINES[0].spans)])
    (label,) = ax.get_yticklabels()
    assert not is_math_text(label.get_text())
    assert label.get_text().replace(r"\$", "$") == name
    render(ax)  # an unescaped "$\frac{1$" would fail to parse here


def test_target_labels_are_drawn_literally():
    """A target's label is plain text too."""
    ax = charts.targets_chart([TargetProgress(K.OTHER, "Save $5 $coffee$", 1, 0)])
    (label,) = ax.get_yticklabels()
    assert not is_math_text(label.get_text())
    render(ax)


@pytest.mark.parametrize(("draw", "data"), ALL_CHARTS)
def test_a_given_axes_is_drawn_on_and_returned(draw, data):
    """Passing an ax draws onto that axes, returns it, and leaves the figure's size alone."""
    fig = Figure(figsize=(4, 3))
    ax = fig.add_subplot()
    assert draw(data, ax=ax) is ax
    assert ax.patches or ax.collections
    assert tuple(fig.get_size_inches()) == (4, 3)
    assert len(fig.axes) == 1


@pytest.mark.parametrize(("draw", "data"), ALL_CHARTS)
def test_new_figures_are_readable_on_a_projector(draw, data):
    """A chart makes its own figure about 10 by 5 inches, with large title and tick labels."""
    ax = draw(data)
    width, height = ax.figure.get_size_inches()
    assert width == 10 and 5 <= height <= 10
    assert title_text(ax).get_fontsize() >= 16
    render(ax)
    ticks = ax.get_xticklabels() + ax.get_yticklabels()
    assert all(label.get_fontsize() >= 12 for label in ticks)
    named_axes = [axis.label for axis in (ax.xaxis, ax.yaxis) if axis.label.get_text()]
    assert all(label.get_fontsize() >= 12 for label in named_axes)
    legend = ax.get_legend()
    assert legend is None or all(t.get_fontsize() >= 12 for t in legend.get_texts())


def test_no_chart_changes_matplotlib_settings():
    """Drawing and saving every chart, full or empty, leaves rcParams exactly as it was."""
    before = dict(matplotlib.rcParams)
    for draw, data in ALL_CHARTS:
        render(draw(data))
    for draw, data in EMPTY_CHARTS:
        render(draw(data))
    assert dict(matplotlib.rcParams) == before


def test_charts_stay_out_of_pyplot_and_widgets():
    """The module imports neither pyplot nor ipywidgets; its figures stay out of pyplot's list."""
    source = Path(charts.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert not any("pyplot" in name or "ipywidgets" in name for name in imported)
    import matplotlib.pyplot as plt

    open_before = plt.get_fignums()
    for draw, data in ALL_CHARTS:
        draw(data)
    assert plt.get_fignums() == open_before


def test_every_kind_and_stage_has_plain_words_and_its_own_look():
    """Each kind and stage has a label and a style distinct from the others', from Okabe-Ito."""
    assert set(charts.KIND_LABELS) == set(ActivityKind)
    assert set(charts.STAGE_LABELS) == set(Stage)
    for kind, words in TARGET_KINDS.items():
        assert charts.KIND_LABELS[kind] == words
    for styles in (charts.KIND_STYLES, charts.STAGE_STYLES):
        assert set(styles) in (set(ActivityKind), set(Stage))
        assert len(set(styles.values())) == len(styles)
        assert {c.lower() for c, _ in styles.values()} <= OKABE_ITO


def test_the_same_step_has_the_same_colour_in_every_chart():
    """Meetings are blue in the weekly bars, the funnel, the timeline and the targets alike."""
    weekly = charts.weekly_activity_chart(WEEKLY)
    meetings = next(c for c in weekly.containers if c.get_label() == "Meetings held")
    funnel_bars = charts.funnel_chart(FUNNEL).containers[0]
    timeline = charts.timeline_chart(TIMELINES)
    targets = charts.targets_chart(TARGETS).containers[1]
    blue = charts.BLUE.lower()
    assert colour(meetings[0]) == blue
    assert colour(funnel_bars[2]) == blue  # "Met"
    assert colour(stage_container(timeline, Stage.MET)[0]) == blue
    assert colour(targets[1]) == blue  # "Meetings held"
    assert colour(funnel_bars[0]) == colour(charts.weekly_activity_chart(WEEKLY).containers[0][0])


def test_the_demo_workspace_draws_all_five_charts(workspace):
    """Sam's demo data, through the networking functions, draws every chart with data in it."""
    fill_demo(workspace, today=DAY)
    activities = workspace.activities()
    history = workspace.stage_history()
    contacts = workspace.contacts()
    drawn = [
        charts.weekly_activity_chart(weekly_activity(activities, today=DAY)),
        charts.funnel_chart(funnel(history)),
        charts.lag_chart(lags(activities)),
        charts.timeline_chart(timelines(contacts, history, today=DAY)),
        charts.targets_chart(
            target_progress(activities, {K.REQUEST_SENT: 3, K.MEETING_HELD: 1}, today=DAY)
        ),
    ]
    for ax in drawn:
        assert not any(t.startswith("Nothing logged yet") for t in texts(ax))
        render(ax)
    weekly, funnel_ax, lag_ax, timeline_ax, targets_ax = drawn
    assert len(weekly.containers[0]) == 8
    assert funnel_ax.containers[0][0].get_width() >= funnel_ax.containers[0][-1].get_width()
    assert len(lag_ax.collections) == 3  # reply dots, thank-you dots, the dashed line
    assert tick_texts(timeline_ax.get_yticklabels()) == [c.name for c in contacts]
    assert len(targets_ax.containers[0]) == 2

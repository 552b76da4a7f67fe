"""Phase 3, preparing: a question list per contact, a time plan, and the logistics."""

from __future__ import annotations

import ipywidgets as widgets
from IPython.display import HTML

from infointerview import checks, content
from infointerview.content import CATEGORIES, CATEGORY_TITLES, QuestionBank
from infointerview.content.practice import worked_examples
from infointerview.model import Stage
from infointerview.store import Change, MeetingPlan, Workspace, WorkspaceError
from infointerview.time_plan import AGREED_CHOICES, time_plan
from infointerview.ui.common import (
    LABEL_STYLE,
    WRAP_STYLE,
    ContactPicker,
    Follower,
    callback,
    escape,
    example_html,
    finding_html,
    html_table,
    message_html,
    open_workspace,
    tick_box,
    tips_html,
    wide,
)
from infointerview.ui.research import ChecklistBuilder
from infointerview.ui.self_check import SelfCheck
from infointerview.ui.take_text import TakeText

__all__ = [
    "LogisticsChecklist",
    "before_you_meet",
    "QuestionListBuilder",
    "SelfCheck",
    "TimePlanPanel",
    "bank_overview",
    "open_workspace",
    "time_plan_html",
    "worked_example",
]

OWN_QUESTION_MINUTES = 4


def before_you_meet(workspace: Workspace) -> ChecklistBuilder:
    """The full research checklist, offered before the meeting; it gates nothing."""
    return ChecklistBuilder(workspace, depth="meet")


def bank_overview(bank: QuestionBank | None = None) -> HTML:
    """Return a table of the question bank: questions per category, with an example each."""
    bank = bank or content.question_bank()
    rows = []
    for category in CATEGORIES:
        found = bank.matching(category=category)
        example = escape(found[0].text) if found else ""
        rows.append([f"<b>{escape(CATEGORY_TITLES[category])}</b>", str(len(found)), example])
    return HTML(html_table(["Category", "Questions", "For example"], rows, css_class="ii-bank"))


def time_plan_html(
    questions: list[tuple[str, int]], agreed_minutes: int, *, css_class: str = "ii-time-plan"
) -> str:
    """The time plan as a table: what starts when, and what is left out if time runs short."""
    timed = time_plan(questions, agreed_minutes)
    rows = [
        [
            f"{slot.starts_at}" if slot.starts_at is not None else "",
            escape(slot.text) if slot.fits else f"<s>{escape(slot.text)}</s>",
            str(slot.minutes),
            escape(slot.kind if slot.fits else "left out"),
        ]
        for slot in timed.slots
    ]
    summary = (
        f"{len(timed.fitting)} questions fit in {timed.question_minutes} minutes of questions."
    )
    if timed.dropped:
        summary += (
            " The struck-through ones are what you skip if time runs short (the last on "
            "your list is the first to go): " + "; ".join(s.text for s in timed.dropped)
        )
    elif not questions:
        summary = "Add questions above to plan your time."
    return html_table(["Minute", "What", "Minutes", "Part"], rows, css_class=css_class) + (
        message_html("info", summary)
    )


def worked_example() -> HTML:
    """A model question list for a 20-minute meeting, and its time plan."""
    examples = worked_examples()
    bank = {q.id: q for q in content.question_bank().questions}
    questions = [(bank[bank_id].text, minutes) for bank_id, minutes in examples.question_plan]
    return HTML(
        example_html(
            f"A model question list for {examples.agreed_minutes} minutes",
            "\n".join(f"{n}. {text} ({m} min)" for n, (text, m) in enumerate(questions, 1)),
            [examples.question_notes],
        )
        + time_plan_html(questions, examples.agreed_minutes, css_class="ii-example-plan")
    )


def _findings_html(found: list[checks.Finding]) -> str:
    return "".join(finding_html(f) for f in found)


class QuestionListBuilder(Follower, widgets.VBox):
    """Pick questions from the bank or write your own, and put them in priority order."""

    def __init__(self, workspace: Workspace, bank: QuestionBank | None = None) -> None:
        self._workspace = workspace
        self._bank = bank or content.question_bank()
        self._by_id = {q.id: q for q in self._bank.questions}
        self._picker = ContactPicker(
            workspace, description="Questions for", prefer=frozenset({Stage.ACCEPTED})
        )
        self._category = widgets.Dropdown(
            description="Category",
            options=[("All categories", "")] + [(CATEGORY_TITLES[c], c) for c in CATEGORIES],
            style=LABEL_STYLE,
            layout=wide(),
        )
        self._suits_goals = tick_box("Only what suits my goals")
        self._suits_goals.tooltip = (
            "Questions that serve the learning goals in your profile (00 Welcome)"
        )
        self._bank_list = widgets.Select(
            description="Question bank",
            rows=8,
            style=LABEL_STYLE,
            layout=widgets.Layout(width="min(100%, 760px)"),
        )
        self._add = widgets.Button(description="Add to my list", icon="plus")
        self._own = TakeText(
            self._on_add_own,
            label="Your own question",
            placeholder="Or write your own question here",
            button_label="Add my question",
        )
        self._own_findings = widgets.HTML()
        self._mine = widgets.Select(
            description="My list",
            rows=8,
            style=LABEL_STYLE,
            layout=widgets.Layout(width="min(100%, 760px)"),
        )
        self._up = widgets.Button(description="Higher", icon="arrow-up")
        self._down = widgets.Button(description="Lower", icon="arrow-down")
        self._remove = widgets.Button(description="Remove", icon="trash")
        self._status = widgets.HTML()
        problems = "".join(message_html("warning", p) for p in self._bank.problems)
        super().__init__(
            children=[
                widgets.HTML(WRAP_STYLE + problems),
                self._picker,
                widgets.HTML("<b>The question bank</b>"),
                self._category,
                self._suits_goals,
                self._bank_list,
                self._add,
                self._own,
                self._own_findings,
                widgets.HTML("<b>My list, most important first</b>"),
                self._mine,
                widgets.HBox([self._up, self._down, self._remove]),
                self._status,
            ]
        )
        self._picker.observe(self._on_pick, names="value")
        self._category.observe(self._on_filter, names="value")
        self._suits_goals.observe(self._on_filter, names="value")
        self._own.observe(self._on_own_typed, names="value")
        self._add.on_click(self._on_add)
        self._up.on_click(self._on_up)
        self._down.on_click(self._on_down)
        self._remove.on_click(self._on_remove)
        self._claim(workspace)
        self._set_goal_filter()
        self._show_bank()
        self._show_mine()

    @property
    def picker(self) -> ContactPicker:
        """The contact chooser, for the time plan and logistics to follow."""
        return self._picker

    @property
    def value(self) -> list[tuple[str, str, int]]:
        """The list as (bank id, text, minutes), most important first."""
        if self._picker.value is None:
            return []
        return [
            (q.bank_id, q.text, q.minutes)
            for q in self._workspace.question_plan(self._picker.value)
        ]

    def _set_goal_filter(self) -> None:
        try:
            profile = self._workspace.profile()
        except WorkspaceError:
            profile = None
        self._goals = tuple(g.value for g in profile.goals) if profile else ()
        self._suits_goals.value = bool(self._goals)
        self._suits_goals.disabled = not self._goals

    @callback()
    def _on_pick(self, _change: dict) -> None:
        self._show_mine()

    @callback()
    def _on_filter(self, _change: dict) -> None:
        self._show_bank()

    def _show_bank(self) -> None:
        goals = self._goals if self._suits_goals.value else ()
        found = self._bank.matching(category=self._category.value or None, goals=goals)
        self._bank_list.options = [
            (f"{q.text}  ({q.minutes} min · {q.tiara})", q.id) for q in found
        ]

    def _show_mine(self, select: int | None = None) -> None:
        items = self.value
        self._mine.options = [
            (f"{n}. {text}  ({minutes} min)", n - 1)
            for n, (_, text, minutes) in enumerate(items, start=1)
        ]
        if select is not None and items:
            self._mine.value = max(0, min(select, len(items) - 1))

    def _save(self, items: list[tuple[str, str, int]], select: int | None = None) -> bool:
        if self._picker.value is None:
            self._status.value = message_html("error", "Add a contact in 01 Who to ask first.")
            return False
        self._workspace.save_question_plan(self._picker.value, items)
        self._status.value = ""
        self._show_mine(select)
        return True

    @callback("Not saved:")
    def _on_add(self, _button: widgets.Button) -> None:
        question = self._by_id.get(self._bank_list.value or "")
        if question is None:
            self._status.value = message_html("info", "Choose a question in the bank first.")
            return
        items = self.value
        if any(text == question.text for _, text, _ in items):
            self._status.value = message_html("info", "That question is already on your list.")
            return
        self._save([*items, (question.id, question.text, question.minutes)], len(items))

    @callback()
    def _on_own_typed(self, _change: dict) -> None:
        text = self._own.value
        if not text.strip():
            self._own_findings.value = ""
            return
        found = checks.check_question(text)
        self._own_findings.value = (
            _findings_html(found) or message_html("ok", "A good, open question.")
        ) + (tips_html(text) if not found else "")

    @callback("Not saved:", failed=False)
    def _on_add_own(self, text: str) -> bool:
        """Add the question as typed at the click; True when it was kept (the box then
        drops exactly that text, keeping anything typed since)."""
        found = checks.check_question(text)
        if any(f.rule == "job-request" for f in found):
            self._status.value = message_html(
                "error",
                "Not added: never ask for a job or job leads in an informational "
                "interview. Rephrase it as a question about the field.",
            )
            return False
        items = self.value
        added = self._save([*items, ("", text, OWN_QUESTION_MINUTES)], len(items))
        if added and found:
            self._status.value = message_html(
                "warning",
                "Added, but consider rewording it: " + " ".join(f.rule for f in found) + ".",
            )
        return added

    def _move(self, step: int) -> None:
        index = self._mine.value
        items = self.value
        if index is None or not items:
            self._status.value = message_html("info", "Choose a question in your list first.")
            return
        target = index + step
        if not 0 <= target < len(items):
            return
        items[index], items[target] = items[target], items[index]
        self._save(items, target)

    @callback("Not saved:")
    def _on_up(self, _button: widgets.Button) -> None:
        self._move(-1)

    @callback("Not saved:")
    def _on_down(self, _button: widgets.Button) -> None:
        self._move(1)

    @callback("Not saved:")
    def _on_remove(self, _button: widgets.Button) -> None:
        index = self._mine.value
        items = self.value
        if index is None or not items:
            self._status.value = message_html("info", "Choose a question in your list first.")
            return
        del items[index]
        self._save(items, index)


class _FollowsContact(Follower, widgets.VBox):
    """A panel about the contact chosen in another widget's picker."""

    def __init__(self, workspace: Workspace, picker: ContactPicker, children: list) -> None:
        self._workspace = workspace
        self._picker = picker
        self._status = widgets.HTML()
        super().__init__(children=[*children, self._status])
        picker.observe(self._on_contact, names="value")
        self._follow(workspace, self._on_change)

    def close(self) -> None:
        self._picker.unobserve(self._on_contact, names="value")
        super().close()

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what in {"plans", "contacts", "fresh"}:
            self._on_contact({})

    @callback()
    def _on_contact(self, _change: dict) -> None:
        self._refresh()

    def _refresh(self) -> None:  # pragma: no cover - always overridden
        raise NotImplementedError

    def _plan(self) -> MeetingPlan | None:
        if self._picker.value is None:
            return None
        return self._workspace.meeting_plan(self._picker.value)


class TimePlanPanel(_FollowsContact):
    """The agreed minutes shared out among the questions, and what goes first if time is short."""

    def __init__(self, workspace: Workspace, picker: ContactPicker) -> None:
        self._agreed = widgets.ToggleButtons(
            options=[(f"{m} minutes", m) for m in AGREED_CHOICES],
            description="Agreed length",
            style=LABEL_STYLE,
        )
        self._day = widgets.DatePicker(description="Meeting day", style=LABEL_STYLE)
        self._table = widgets.HTML()
        self._loading = False
        super().__init__(workspace, picker, [self._agreed, self._day, self._table])
        self._agreed.observe(self._on_agreed, names="value")
        self._day.observe(self._on_agreed, names="value")
        self._on_contact({})

    @callback("Not saved:")
    def _on_agreed(self, _change: dict) -> None:
        plan = self._plan()
        if self._loading or plan is None:
            return
        self._workspace.save_meeting_plan(
            MeetingPlan(
                plan.contact_id, self._agreed.value, plan.ticked, plan.notes, self._day.value
            )
        )

    def _refresh(self) -> None:
        plan = self._plan()
        if plan is None:
            self._table.value = message_html(
                "info", "Choose a contact above, or add one in 01 Who to ask first."
            )
            return
        self._loading = True
        try:
            if plan.agreed_minutes in AGREED_CHOICES:
                self._agreed.value = plan.agreed_minutes
            self._day.value = plan.meeting_on
        finally:
            self._loading = False
        questions = [(q.text, q.minutes) for q in self._workspace.question_plan(plan.contact_id)]
        self._table.value = time_plan_html(questions, plan.agreed_minutes)


class LogisticsChecklist(_FollowsContact):
    """Before the day: dress, confirm, arrive early, card, notes, a way to pay."""

    def __init__(self, workspace: Workspace, picker: ContactPicker) -> None:
        self._entries = content.meeting_checklists()["logistics"]
        self._boxes = {entry.id: tick_box(entry.text) for entry in self._entries}
        self._loading = False
        self._heading = widgets.HTML()
        super().__init__(
            workspace, picker, [widgets.HTML(WRAP_STYLE), self._heading, *self._boxes.values()]
        )
        for box in self._boxes.values():
            box.observe(self._on_tick, names="value")
        self._on_contact({})

    def _refresh(self) -> None:
        plan = self._plan()
        if plan is None:
            self._heading.value = message_html(
                "info", "Choose a contact above, or add one in 01 Who to ask first."
            )
            for box in self._boxes.values():
                box.layout.display = "none"
            return
        channel = self._workspace.contact(plan.contact_id).channel.value
        self._loading = True
        try:
            for entry in self._entries:
                box = self._boxes[entry.id]
                box.layout.display = "" if entry.applies_to(channel) else "none"
                box.value = f"logistics:{entry.id}" in plan.ticked
        finally:
            self._loading = False
        name = self._workspace.contact(plan.contact_id).name
        self._heading.value = f"<b>Before you meet {escape(name)}</b>"

    @callback("Not saved:")
    def _on_tick(self, _change: dict) -> None:
        plan = self._plan()
        if self._loading or plan is None:
            return
        ticked = {t for t in plan.ticked if not t.startswith("logistics:")}
        ticked |= {f"logistics:{key}" for key, box in self._boxes.items() if box.value}
        self._workspace.save_meeting_plan(
            MeetingPlan(
                plan.contact_id, plan.agreed_minutes, frozenset(ticked), plan.notes, plan.meeting_on
            )
        )

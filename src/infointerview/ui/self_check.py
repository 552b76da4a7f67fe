"""The self-check at the end of each phase: a short quiz, and a text to rewrite and check.

The quiz shows each question's options in this participant's own order; the first answer is
saved before its feedback shows, and it is the one that counts. The writing part judges what
the participant writes with the workshop's live checks and keeps it in the workspace.
"""

from __future__ import annotations

import ipywidgets as widgets

from infointerview import self_check
from infointerview.model import plural
from infointerview.store import Workspace, WorkspaceError
from infointerview.ui.common import (
    callback,
    escape,
    finding_html,
    group,
    message_html,
    open_workspace,
    problem_lines,
)

_STYLE = (
    # Long answers must wrap (and grow taller) rather than run off or overlap.
    "<style>.ii-self-check,.ii-self-check .widget-radio-box{height:auto!important}"
    ".ii-self-check label{white-space:normal!important;height:auto!important;"
    "line-height:1.35!important;margin:2px 0 6px 0!important;display:flex!important;"
    "align-items:flex-start!important;gap:6px;flex-direction:row-reverse!important;"
    "justify-content:flex-end!important}"
    ".ii-self-check input{flex:none;margin-top:3px!important}</style>"
)


def live(html: str) -> str:
    """Wrap text in a polite live region, so a screen reader reads it out when it changes.

    Message boxes (``message_html``) are live regions already; this is for the score line.
    """
    return f'<div role="status" aria-live="polite">{html}</div>'


class SelfCheck(widgets.VBox):
    """A notebook's self-check: the quiz, then any writing scenarios, saved in the workspace.

    ``workspace`` defaults to this participant's (as ``open_workspace`` gives it). If that
    cannot be opened, the quiz still works and says that answers are not being saved.

    The questions are built when the participant presses "Start the self-check", or at once
    when they have answered before: a quiz is some fifty controls, and most of a notebook's
    visit is spent above it. (Not on scrolling: a quiz appearing under a keyboard user's
    focus would take the focus away.) The questions take the button's place, so the next
    Tab after it reaches the first answer.
    """

    def __init__(self, notebook: str, workspace: Workspace | None = None) -> None:
        self._notebook = notebook
        self._status = widgets.HTML()
        self._workspace = workspace if workspace is not None else self._open()
        self._questions = self_check.questions(notebook)
        self._scenarios = self_check.scenarios(notebook)
        self._choices: list[widgets.RadioButtons] = []
        self._feedback: list[widgets.HTML] = []
        self._texts: list[widgets.Textarea] = []
        self._checks: list[widgets.Button] = []
        self._verdicts: list[widgets.HTML] = []
        self._kept = self_check.kept_answers(self._workspace, notebook)
        self._score = widgets.HTML()
        self._start = widgets.Button(
            description="Start the self-check",
            icon="play",
            layout=widgets.Layout(width="max-content"),
        )
        tasks = plural(len(self._questions), "question") + (
            " and " + plural(len(self._scenarios), "writing task") if self._scenarios else ""
        )
        super().__init__(
            children=[
                widgets.HTML(f"<i>{escape(tasks)}. The first answer to each question counts.</i>"),
                self._start,
                self._status,
            ]
        )
        begun = self._kept or any(
            self_check.written(self._workspace, scenario) is not None
            for scenario in self._scenarios
        )
        if begun:
            self.start()
        else:
            self._start.on_click(self._on_start)

    @property
    def started(self) -> bool:
        """Whether the questions are built (and shown)."""
        return bool(self._choices or self._texts)

    def start(self) -> None:
        """Build and show the questions, as Start does (again: nothing happens)."""
        if self.started:
            return
        children: list[widgets.Widget] = [widgets.HTML(_STYLE)]
        for number, question in enumerate(self._questions, start=1):
            order = self_check.order_for(self._workspace, self._notebook, question)
            choice = widgets.RadioButtons(
                options=[(question.options[index].text, index) for index in order],
                value=self._kept.get(question.id),
                layout=widgets.Layout(width="min(100%, 640px)"),
            )
            choice.add_class("ii-self-check")
            feedback = widgets.HTML(self._feedback_html(question, self._kept.get(question.id)))
            choice.observe(self._on_answer, names="value")
            self._choices.append(choice)
            self._feedback.append(feedback)
            # The question names its answers' group, so a screen reader says it on entering.
            children += [group(f"{number}. {question.prompt}", [choice]), feedback]
        children += [self._score, self._status]
        for scenario in self._scenarios:
            children += self._scenario_widgets(scenario)
        self.children = children
        self._show_score()
        self._start.close()

    @callback()
    def _on_start(self, _event: object) -> None:
        self.start()

    def _open(self) -> Workspace:
        try:
            return open_workspace().open()
        except WorkspaceError as error:
            self._status.value = message_html(
                "warning",
                *problem_lines(error),
                "The self-check still works, but your answers are not being saved.",
            )
            return Workspace(":memory:")

    def _scenario_widgets(self, scenario: self_check.Scenario) -> list[widgets.Widget]:
        saved = self_check.written(self._workspace, scenario)
        text = widgets.Textarea(
            value=scenario.text if saved is None else saved,
            description="Your version",
            # Saved when the box loses focus, and again when checked.
            continuous_update=False,
            layout=widgets.Layout(width="min(100%, 640px)", height="5em"),
        )
        text.observe(self._on_write, names="value")
        button = widgets.Button(
            description="Check my answer",
            tooltip=f"Check your version with the workshop's checks: {scenario.task}",
            icon="check",
        )
        button.on_click(self._on_check)
        verdict = widgets.HTML()
        self._texts.append(text)
        self._checks.append(button)
        self._verdicts.append(verdict)
        return [
            widgets.HTML(
                '<div style="max-width:640px;margin-top:12px"><b>Write it yourself.</b> '
                f"{escape(scenario.task)}<br>Start from: <i>{escape(scenario.text)}</i></div>"
            ),
            text,
            button,
            verdict,
        ]

    @property
    def correct(self) -> int:
        """How many questions the kept (first) answers got right."""
        return sum(
            question.options[self._kept[question.id]].correct
            for question in self._questions
            if question.id in self._kept
        )

    def _feedback_html(self, question: self_check.Question, clicked: int | None) -> str:
        if clicked is None:
            return ""
        option = question.options[clicked]
        html = message_html("ok" if option.correct else "warning", option.feedback)
        kept = self._kept.get(question.id)
        if kept is not None and kept != clicked:
            first = question.options[kept]
            html += message_html(
                "info",
                f"Your first answer counts: \u201c{first.text}\u201d "
                f"({'right' if first.correct else 'not right'}). Other answers show their "
                "feedback, but the score keeps the first.",
            )
        return html

    @callback("Your answer was not saved.")
    def _on_answer(self, change: dict) -> None:
        if change["new"] is None:
            return
        index = self._choices.index(change["owner"])
        question = self._questions[index]
        # Saved first, so the first answer is locked before any feedback shows.
        answered = self_check.answer(self._workspace, self._notebook, question, change["new"])
        self._kept[question.id] = answered.kept
        self._feedback[index].value = self._feedback_html(question, answered.clicked)
        self._show_score()

    @callback("Your text was not saved.")
    def _on_write(self, change: dict) -> None:
        index = self._texts.index(change["owner"])
        self_check.save_written(self._workspace, self._scenarios[index], change["new"])

    @callback("Your text was not checked.")
    def _on_check(self, button: widgets.Button) -> None:
        index = self._checks.index(button)
        scenario, text = self._scenarios[index], self._texts[index].value
        self_check.save_written(self._workspace, scenario, text)
        verdict = self_check.judge(scenario, text)
        html = "".join(message_html("warning", problem) for problem in verdict.problems)
        html += "".join(finding_html(finding) for finding in verdict.findings)
        if verdict.passed:
            html += message_html(
                "ok",
                "The checks find nothing to fix: well done.",
                f"One way to write it: {scenario.example}",
            )
        html += "".join(message_html("info", tip.message) for tip in verdict.tips)
        self._verdicts[index].value = html

    def _show_score(self) -> None:
        answered = len(self._kept)
        total = len(self._questions)
        self._score.value = live(
            f"<i>Answered {answered} of {total}; {self.correct} right so far. "
            "Your first answer to each question is the one that counts.</i>"
            if answered < total
            else f"<b>All {total} answered: {self.correct} of {total} right.</b>"
        )

"""The self-check at the end of each phase: a short quiz with feedback on every answer."""

from __future__ import annotations

import ipywidgets as widgets

from infointerview import content
from infointerview.ui.common import callback, escape, message_html


class SelfCheck(widgets.VBox):
    """A short quiz with feedback on every answer, read from content/self_check.toml."""

    def __init__(self, notebook: str) -> None:
        self._questions = content.self_check(notebook)
        self._choices: list[widgets.RadioButtons] = []
        self._feedback: list[widgets.HTML] = []
        self._score = widgets.HTML()
        self._status = self._score
        children: list[widgets.Widget] = [
            # Long answers must wrap (and grow taller) rather than run off or overlap.
            widgets.HTML(
                "<style>.ii-self-check,.ii-self-check .widget-radio-box{height:auto!important}"
                ".ii-self-check label{white-space:normal!important;height:auto!important;"
                "line-height:1.35!important;margin:2px 0 6px 0!important;display:flex!important;"
                "align-items:flex-start!important;gap:6px;flex-direction:row-reverse!important;"
                "justify-content:flex-end!important}"
                ".ii-self-check input{flex:none;margin-top:3px!important}</style>"
            )
        ]
        for number, question in enumerate(self._questions, start=1):
            choice = widgets.RadioButtons(
                options=[(answer.text, index) for index, answer in enumerate(question.answers)],
                value=None,
                layout=widgets.Layout(width="min(100%, 640px)"),
            )
            choice.add_class("ii-self-check")
            choice.observe(self._on_answer, names="value")
            feedback = widgets.HTML()
            self._choices.append(choice)
            self._feedback.append(feedback)
            children += [
                widgets.HTML(f"<b>{number}. {escape(question.prompt)}</b>"),
                choice,
                feedback,
            ]
        children.append(self._score)
        super().__init__(children=children)
        self._show_score()

    @property
    def correct(self) -> int:
        """How many questions are answered correctly so far."""
        return sum(
            choice.value is not None and question.answers[choice.value].correct
            for choice, question in zip(self._choices, self._questions, strict=True)
        )

    @callback()
    def _on_answer(self, change: dict) -> None:
        index = self._choices.index(change["owner"])
        answer = self._questions[index].answers[change["new"]]
        tone = "ok" if answer.correct else "warning"
        self._feedback[index].value = message_html(tone, answer.feedback)
        self._show_score()

    def _show_score(self) -> None:
        answered = sum(choice.value is not None for choice in self._choices)
        total = len(self._questions)
        self._score.value = (
            f"<i>Answered {answered} of {total}; {self.correct} right so far.</i>"
            if answered < total
            else f"<b>All {total} answered: {self.correct} of {total} right.</b>"
        )

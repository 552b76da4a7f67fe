"""Phase 4, the meeting: a run-of-show with a clock, notes per question and the closing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import anywidget
import ipywidgets as widgets
import traitlets
from IPython.display import HTML

from infointerview import content
from infointerview.clock import MeetingClock
from infointerview.clock import seconds as clock_seconds
from infointerview.content.practice import Persona, worked_examples
from infointerview.content.practice import persona as practice_persona
from infointerview.content.practice import what_to_say_when as situations_to_handle
from infointerview.model import Contact, Debrief, Stage
from infointerview.stages import log_meeting
from infointerview.store import MeetingPlan, Workspace
from infointerview.time_plan import time_plan
from infointerview.ui.common import (
    WRAP_STYLE,
    ContactPicker,
    Follower,
    callback,
    escape,
    example_html,
    group,
    html_table,
    message_html,
    open_workspace,
    tick_box,
)
from infointerview.ui.practice import RolePlay
from infointerview.ui.self_check import SelfCheck

__all__ = [
    "FinishAlarm",
    "RunOfShow",
    "SelfCheck",
    "meeting_outline",
    "open_workspace",
    "what_to_say_when",
    "worked_example",
]


def meeting_outline(agreed_minutes: int = 30) -> HTML:
    """Return the shape of a meeting of this length: when each part starts and how long."""
    plan = time_plan([], agreed_minutes)
    rows = []
    for slot in plan.slots:
        if slot.kind == "buffer" and slot.starts_at is not None:
            rows.append(
                [
                    f"{slot.starts_at}:00",
                    "Your questions, most important first",
                    str(plan.question_minutes),
                ]
            )
            rows.append(
                [
                    f"{slot.starts_at + plan.question_minutes}:00",
                    escape(slot.text),
                    str(slot.minutes - plan.question_minutes),
                ]
            )
        else:
            rows.append([f"{slot.starts_at}:00", escape(slot.text), str(slot.minutes)])
    return HTML(html_table(["Starts", "What", "Minutes"], rows, css_class="ii-outline"))


TICK_MILLISECONDS = 1000


def _mm_ss(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def worked_example() -> HTML:
    """Notes from a model meeting, and the debrief written straight after it."""
    examples = worked_examples()
    debrief = [
        f"{question} {examples.debrief.get(key, '')}" for key, question in Debrief.QUESTIONS.items()
    ]
    return HTML(example_html("Notes from a model meeting", examples.meeting_notes, debrief))


def what_to_say_when() -> HTML:
    """What to say when the conversation does not go to plan."""
    rows = [
        [f"<b>{escape(s.when)}</b>", escape(s.say), escape(s.why)] for s in situations_to_handle()
    ]
    return HTML(html_table(["When…", "You could say", "Why"], rows, css_class="ii-what-to-say"))


class _QuestionNotes(widgets.VBox):
    """One planned question in the run-of-show, with a box for what they said.

    With a practice persona's ``answer``, a button reveals what the persona says to it, for
    a participant practising alone.
    """

    def __init__(
        self, planned_id: int, text: str, prompt: str, notes: str, answer: str | None = None
    ) -> None:
        self.planned_id = planned_id
        self._answer = answer
        self.notes = widgets.Textarea(
            value=notes,
            placeholder="What they said (key points, names, resources)",
            continuous_update=False,
            layout=widgets.Layout(width="min(100%, 640px)", height="60px"),
        )
        self._heard = widgets.HTML()
        self._status = self._heard
        extra: list[widgets.Widget] = []
        if answer is not None:
            hear = widgets.Button(
                description="Hear their answer",
                icon="comment",
                layout=widgets.Layout(width="max-content"),
            )
            hear.on_click(self._on_hear)
            extra = [hear, self._heard]
        super().__init__(
            children=[
                widgets.HTML(f"<b>{escape(text)}</b>"),
                widgets.HTML(f'<div style="color:#555">{escape(prompt)}</div>'),
                *extra,
                self.notes,
            ],
            layout=widgets.Layout(margin="0 0 8px 0"),
        )

    @callback()
    def _on_hear(self, _button: widgets.Button) -> None:
        self._heard.value = (
            f'<blockquote class="ii-practice-answer" style="margin:4px 0;max-width:640px">'
            f"{escape(self._answer or '')}</blockquote>"
        )


class _DebriefBox(widgets.VBox):
    """A short debrief after the meeting, saved as it is typed and offered to the thank-you."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._contact_id: int | None = None
        self._loading = False
        self._boxes = {
            key: widgets.Textarea(
                placeholder=question,
                description=question,
                continuous_update=False,
                style={"description_width": "initial"},
                layout=widgets.Layout(width="min(100%, 640px)", height="auto"),
            )
            for key, question in Debrief.QUESTIONS.items()
        }
        for box in self._boxes.values():
            box.add_class("ii-stack")  # the question goes above the box on a narrow screen
        self._status = widgets.HTML()
        super().__init__(
            children=[
                widgets.HTML(
                    "<b>Debrief</b>, straight after the meeting: it is kept with the meeting "
                    "and offered when you write the thank-you in 05."
                ),
                *self._boxes.values(),
                self._status,
            ]
        )
        for box in self._boxes.values():
            box.observe(self._on_type, names="value")

    def show(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        debrief = self._workspace.debrief(contact_id) if contact_id is not None else None
        self._loading = True
        try:
            for key, box in self._boxes.items():
                box.value = getattr(debrief, key) if debrief else ""
                box.disabled = contact_id is None
        finally:
            self._loading = False

    @callback("Debrief not saved:")
    def _on_type(self, _change: dict) -> None:
        if self._loading or self._contact_id is None:
            return
        values = {key: box.value for key, box in self._boxes.items()}
        self._workspace.save_debrief(Debrief(self._contact_id, **values), typing=True)
        self._status.value = ""


_ALARM_SCRIPT = Path(__file__).with_name("finish_alarm.js").read_text(encoding="utf-8")
_ALARM_STYLE = """
.ii-finish-alarm { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; }
.ii-finish-glow { position: fixed; inset: 0; pointer-events: none; z-index: 10000;
  box-shadow: inset 0 0 0 10px #b35c00; animation: ii-finish-glow 1s ease-in-out 3; opacity: 0; }
@keyframes ii-finish-glow { 50% { opacity: 1; } }
"""


class FinishAlarm(anywidget.AnyWidget):
    """Says "time to offer to finish" to screen readers at once (an assertive live region),
    and, if the participant chose them, with a chime made in the browser and a slow glow
    around the window. ``ring(message)`` sets it off."""

    _esm = traitlets.Unicode(_ALARM_SCRIPT).tag(sync=True)
    _css = traitlets.Unicode(_ALARM_STYLE).tag(sync=True)
    message = traitlets.Unicode("").tag(sync=True)
    count = traitlets.Int(0).tag(sync=True)
    sound = traitlets.Bool(False).tag(sync=True)
    flash = traitlets.Bool(False).tag(sync=True)

    def ring(self, message: str) -> None:
        """Announce ``message`` now, with the sound and the glow if they are chosen."""
        self.message = message
        self.count += 1


class RunOfShow(Follower, widgets.VBox):
    """The meeting as it happens: thanks first, the questions, the clock, the close."""

    def __init__(
        self, workspace: Workspace, *, time_source: Callable[[], float] | None = None
    ) -> None:
        self._workspace = workspace
        self._time_source = time_source
        self._clock = MeetingClock(time_source)
        self._prompted = False
        self._written = False  # notes typed since this contact's meeting was shown
        self._picker = ContactPicker(
            workspace,
            description="Meeting with",
            prefer=frozenset({Stage.ACCEPTED}),
            hold=lambda: self._written,
        )
        self._time = widgets.HTML()
        self._start = widgets.Button(
            description="Start the clock",
            layout=widgets.Layout(width="max-content"),
            icon="play",
            button_style="primary",
        )
        self._stop = widgets.Button(description="Stop", icon="pause")
        # The browser ticks this once a second; the time itself comes from the clock.
        self._ticker = widgets.Play(
            interval=TICK_MILLISECONDS,
            max=10**7,
            show_repeat=False,
            layout=widgets.Layout(display="none"),
        )
        self._prompt = widgets.HTML()
        self._alarm = FinishAlarm()
        self._sound = tick_box("Play a chime")
        self._flash = tick_box("Glow around the screen (a slow glow, no flashing)")
        widgets.link((self._sound, "value"), (self._alarm, "sound"))
        widgets.link((self._flash, "value"), (self._alarm, "flash"))
        self._carry_on = widgets.Button(
            description="They want to carry on", layout=widgets.Layout(display="none")
        )
        self._agenda = widgets.VBox()
        self._closing = {
            entry.id: tick_box(entry.text) for entry in content.meeting_checklists()["closing"]
        }
        self._notes = widgets.Textarea(
            description="Other notes",
            style={"description_width": "90px"},
            placeholder="Anything else worth remembering: advice, names, what to do next",
            continuous_update=False,
            layout=widgets.Layout(width="100%", max_width="640px", height="80px"),
        )
        self._log = widgets.Button(description="Log as met", button_style="success", icon="check")
        self._speed = widgets.ToggleButtons(
            options=[("Real time", 1.0), ("Rehearsal: a minute a second", 60.0)],
            value=1.0,
            description="Clock",
            tooltips=["For the real meeting", "To rehearse the whole meeting in a few minutes"],
            style={"button_width": "auto"},  # the whole label, never "Rehearsal: a minut…"
        )
        self._practice = widgets.VBox()
        self._debrief = _DebriefBox(workspace)
        self._status = widgets.HTML()
        self._loading = False
        super().__init__(
            children=[
                self._picker,
                self._picker.note,
                self._practice,
                self._speed,
                widgets.HBox([self._time, self._start, self._stop, self._ticker]),
                widgets.HTML(WRAP_STYLE),
                group("When it is time to offer to finish, also:", [self._sound, self._flash]),
                self._prompt,
                self._alarm,
                self._carry_on,
                self._agenda,
                group("Closing", list(self._closing.values())),
                self._notes,
                self._log,
                self._status,
                self._debrief,
            ]
        )
        self._speed.observe(self._on_speed, names="value")
        self._picker.observe(self._on_pick, names="value")
        self._ticker.observe(self._on_tick, names="value")
        self._start.on_click(self._on_start)
        self._stop.on_click(self._on_stop)
        self._carry_on.on_click(self._on_carry_on)
        self._log.on_click(self._on_log)
        for box in self._closing.values():
            box.observe(self._on_closing_tick, names="value")
        self._notes.observe(self._on_notes, names="value")
        self._claim(workspace)
        self._on_pick({})

    @property
    def elapsed_minutes(self) -> float:
        """Minutes on the meeting clock."""
        return self._clock.elapsed_minutes()

    def _meeting_plan(self) -> MeetingPlan | None:
        if self._picker.value is None:
            return None
        return self._workspace.meeting_plan(self._picker.value)

    @callback()
    def _on_speed(self, _change: dict) -> None:
        speed = self._speed.value
        self._clock.stop()
        self._clock = MeetingClock(self._time_source or (lambda: clock_seconds() * speed))
        self._ticker.playing = False
        self._prompted = False
        self._show_time()

    @callback()
    def _on_pick(self, _change: dict) -> None:
        self._clock.stop()
        self._clock.reset()
        self._ticker.playing = False
        self._prompted = False
        self._load()

    def _load(self) -> None:
        plan = self._meeting_plan()
        self._written = False
        self._prompt.value = ""
        self._carry_on.layout.display = "none"
        if plan is None:
            self._agenda.children = [
                widgets.HTML(message_html("info", "Add a contact in 01 Who to ask first."))
            ]
            self._show_time()
            return
        contact = self._workspace.contact(plan.contact_id)
        persona = self._show_practice(contact)
        self._debrief.show(contact.id)
        planned = self._workspace.question_plan(plan.contact_id)
        bank = {q.id: q for q in content.question_bank().questions}
        timed = time_plan([(q.text, q.minutes) for q in planned], plan.agreed_minutes)
        prompts = content.meeting_prompts()
        follow_ups = prompts["follow_ups"]
        rows: list[widgets.Widget] = [
            widgets.HTML(
                f"<b>0:00 Open by thanking {escape(contact.name)} for their time</b>, and say "
                f"you will keep to the {plan.agreed_minutes} minutes you asked for."
            )
        ]
        self._question_rows: list[_QuestionNotes] = []
        for slot in timed.slots:
            if slot.kind != "question":
                continue
            position = slot.position
            assert position is not None  # every question slot has its place in the list
            question = planned[position]
            prompt = (
                f"{prompts['listen']} For example: "
                f"\u201c{follow_ups[position % len(follow_ups)]}\u201d"
            )
            when = f"{slot.starts_at}:00 " if slot.fits else "If there is time: "
            found = bank.get(question.bank_id)
            answer = (
                persona.answer(question.bank_id, found.tiara if found else "")
                if persona is not None
                else None
            )
            row = _QuestionNotes(
                question.id, when + question.text, prompt, question.notes, answer=answer
            )
            row.notes.observe(self._on_question_notes, names="value")
            self._question_rows.append(row)
            rows.append(row)
        if not planned:
            rows.append(
                widgets.HTML(
                    message_html(
                        "info",
                        "No questions planned yet: build your list in 03 Preparing questions.",
                    )
                )
            )
        self._agenda.children = rows
        self._loading = True
        try:
            coffee = contact.channel.value
            for entry in content.meeting_checklists()["closing"]:
                box = self._closing[entry.id]
                box.layout.display = "" if entry.applies_to(coffee) else "none"
                box.value = f"closing:{entry.id}" in plan.ticked
            self._notes.value = plan.notes
        finally:
            self._loading = False
        self._log.disabled = contact.stage is not Stage.ACCEPTED
        if contact.stage is Stage.ACCEPTED:
            self._status.value = ""
        elif contact.stage in (Stage.MET, Stage.THANKED, Stage.KEEPING_IN_TOUCH):
            self._status.value = message_html(
                "ok", f"Your meeting with {contact.name} is logged. Next: 05 The follow-up."
            )
        else:
            self._status.value = message_html(
                "info",
                f"{contact.name} is at the '{contact.stage.label}' stage; you can log a "
                "meeting once they have said yes.",
            )
        self._show_time()

    def _show_practice(self, contact: Contact) -> Persona | None:
        """For a practice contact, the role card and observer sheet; None for a real one."""
        for old in self._practice.children:
            old.close()
        if not contact.is_practice:
            self._practice.children = []
            return None
        try:
            persona = practice_persona(contact.practice)
        except LookupError:
            self._practice.children = [
                widgets.HTML(
                    message_html(
                        "info",
                        f"{contact.name} is a practice contact whose role card is no longer "
                        "in the workshop's content; practise with the questions below.",
                    )
                )
            ]
            return None
        self._practice.children = [RolePlay(self._workspace, contact.id, persona)]
        return persona

    def _agreed(self) -> int:
        plan = self._meeting_plan()
        return plan.agreed_minutes if plan else 30

    def _show_time(self) -> None:
        agreed = self._agreed()
        self._time.value = (
            f'<span class="ii-clock" style="font-size:1.6em;font-family:monospace">'
            f"{_mm_ss(self._clock.elapsed_seconds())}</span> of {agreed}:00"
        )

    @callback()
    def _on_start(self, _button: widgets.Button) -> None:
        self._clock.start()
        self._ticker.playing = True
        self._show_time()

    @callback()
    def _on_stop(self, _button: widgets.Button) -> None:
        self._clock.stop()
        self._ticker.playing = False
        self._show_time()

    @callback()
    def _on_tick(self, _change: dict) -> None:
        self._show_time()
        if not self._prompted and self._clock.elapsed_minutes() >= self._agreed():
            self._prompted = True
            words = (
                f"It is {self._agreed()} minutes: the time you asked for. Offer to finish: "
                "\u201cI promised to keep to our time, so I'm happy to stop here.\u201d "
                "If they would like to carry on, that is their choice."
            )
            # The alarm speaks it; the box shows it without saying it a second time.
            self._prompt.value = message_html("warning", words, live=False)
            self._alarm.ring(words)
            self._carry_on.layout.display = ""

    @callback()
    def _on_carry_on(self, _button: widgets.Button) -> None:
        self._carry_on.layout.display = "none"
        self._prompt.value = message_html(
            "info", "Carrying on at their invitation. Keep an eye on their cues."
        )

    @callback("Notes not saved:")
    def _on_question_notes(self, change: dict) -> None:
        row = next(r for r in self._question_rows if r.notes is change["owner"])
        self._written = True
        self._workspace.save_question_notes(row.planned_id, change["new"])

    def _save_plan(self, *, typing: bool = False) -> None:
        plan = self._meeting_plan()
        if self._loading or plan is None:
            return
        ticked = {t for t in plan.ticked if not t.startswith("closing:")}
        ticked |= {f"closing:{key}" for key, box in self._closing.items() if box.value}
        self._workspace.save_meeting_plan(
            MeetingPlan(
                plan.contact_id,
                plan.agreed_minutes,
                frozenset(ticked),
                self._notes.value,
                plan.meeting_on,  # set in 03; the notes and ticks must not drop it
            ),
            typing=typing,
        )

    @callback("Not saved:")
    def _on_closing_tick(self, _change: dict) -> None:
        self._save_plan()

    @callback("Not saved:")
    def _on_notes(self, _change: dict) -> None:
        if not self._loading:
            self._written = True
        self._save_plan(typing=True)

    @callback("Not logged.")
    def _on_log(self, _button: widgets.Button) -> None:
        contact_id = self._picker.value
        if contact_id is None:
            return
        self._save_plan()
        answered = [
            f"{row.notes.value.strip()}" for row in self._question_rows if row.notes.value.strip()
        ]
        summary = "\n".join([*answered, self._notes.value.strip()]).strip()
        log_meeting(self._workspace, contact_id, summary[:2000])
        self._clock.stop()
        self._ticker.playing = False
        name = self._workspace.contact(contact_id).name
        self._status.value = message_html(
            "ok", f"Logged your meeting with {name}. Next: a thank-you note within a day."
        )
        self._log.disabled = True

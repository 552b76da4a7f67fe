"""Phase 5, the follow-up: thank-you notes, keeping in touch, what is due, a calendar file."""

from __future__ import annotations

from datetime import date

import ipywidgets as widgets
from IPython.display import HTML

from infointerview import checks, clock
from infointerview.content.practice import worked_examples
from infointerview.drafts import prefill_thank_you
from infointerview.due import (
    KEEP_IN_TOUCH_DAYS,
    THANK_YOU_DUE_DAYS,
    THANK_YOU_OVERDUE_AFTER_DAYS,
    due_items,
    last_meeting,
    thank_you_due,
    thank_you_overdue,
)
from infointerview.ics import calendar_bytes
from infointerview.model import Stage, plural
from infointerview.stages import (
    FOLLOW_UP_AFTER,
    SECOND_CONTACT_AFTER,
    log_keep_in_touch,
    log_thank_you,
)
from infointerview.store import Change, Workspace
from infointerview.ui.common import (
    LABEL_STYLE,
    Announcer,
    ContactPicker,
    DownloadPanel,
    DraftArea,
    Follower,
    callback,
    escape,
    example_html,
    finding_html,
    findings_summary,
    html_table,
    message_html,
    open_workspace,
    send_html,
)
from infointerview.ui.self_check import SelfCheck
from infointerview.ui.take_text import TakeText

__all__ = [
    "timing_table",
    "CalendarExport",
    "DueThisWeek",
    "KeepInTouchPanel",
    "SelfCheck",
    "ThankYouDrafter",
    "open_workspace",
    "worked_example",
]

DRAFT_KIND = "thank_you"


def timing_table() -> HTML:
    """Return the follow-up timings the notebook keeps track of, as a table."""
    rows = [
        [
            "Thank-you note",
            f"within {THANK_YOU_DUE_DAYS} day of the meeting",
            f"overdue after {THANK_YOU_OVERDUE_AFTER_DAYS} days",
        ],
        [
            "No reply to a request",
            f"after {SECOND_CONTACT_AFTER} business days: try a second person there",
            f"after {FOLLOW_UP_AFTER} business days: follow up once",
        ],
        [
            "Keeping in touch",
            f"every {KEEP_IN_TOUCH_DAYS} days (you can change it)",
            "tell them when you used their advice",
        ],
    ]
    return HTML(
        html_table(
            ["What", "When", "And then"],
            [[escape(cell) for cell in row] for row in rows],
            css_class="ii-timing",
        )
    )


def worked_example() -> HTML:
    """A model thank-you note, what makes it work, and what the checks find."""
    examples = worked_examples()
    found = checks.check_thank_you(examples.thank_you, meeting_notes=examples.meeting_notes)
    findings = "".join(finding_html(f) for f in found) or message_html(
        "ok", "The checks find nothing to fix."
    )
    return HTML(
        example_html(
            "A model thank-you card", examples.thank_you, examples.thank_you_notes, findings
        )
    )


def _day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b}"


class ThankYouDrafter(Follower, widgets.VBox):
    """A thank-you note that names something they said: as a card to copy out, or an email."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._draft = DraftArea(
            workspace, DRAFT_KIND, layout=widgets.Layout(width="min(100%, 640px)", height="200px")
        )
        self._picker = ContactPicker(
            workspace,
            description="Thank-you to",
            prefer=frozenset({Stage.MET}),
            hold=lambda: self._draft.edited,
        )
        self._format = widgets.ToggleButtons(
            options=[("Handwritten card", "card"), ("Email", "email")],
            value="card",
            description="Format",
            style=LABEL_STYLE,
        )
        self._due = widgets.HTML()
        self._from_debrief = widgets.HTML()
        self._findings = widgets.HTML()
        self._announce = Announcer()  # says the findings when they change, not per keystroke
        self._send_links = widgets.HTML()
        self._card = widgets.HTML()
        self._send = widgets.Button(
            description="Log as sent", button_style="primary", icon="envelope"
        )
        self._status = widgets.HTML()
        super().__init__(
            children=[
                self._picker,
                self._picker.note,
                self._format,
                self._due,
                self._from_debrief,
                self._draft,
                self._findings,
                self._announce,
                self._send_links,
                self._card,
                self._send,
                self._status,
            ]
        )
        self._picker.observe(self._on_pick, names="value")
        self._format.observe(self._on_format, names="value")
        self._draft.observe(self._on_type, names="value")
        self._send.on_click(self._on_send)
        self._claim(workspace)
        self._on_pick({})

    @callback()
    def _on_pick(self, _change: dict) -> None:
        self._load()

    @callback()
    def _on_format(self, _change: dict) -> None:
        # A fresh suggestion in the other format, unless the participant has written their own.
        edited = self._picker.value is not None and self._workspace.draft(
            self._picker.value, DRAFT_KIND
        )
        self._load(fresh=not edited)

    def _load(self, *, fresh: bool = False) -> None:
        contact_id = self._picker.value
        self._status.value = ""
        self._meeting_notes = ""
        if contact_id is None:
            self._due.value = message_html("info", "No contacts yet: add one in 01 Who to ask.")
            self._draft.show(None, str)
            self._show()
            return
        contact = self._workspace.contact(contact_id)
        met_on, notes = last_meeting(self._workspace, contact_id)
        debrief = self._workspace.debrief(contact_id)
        if not debrief.empty:
            # What they took away is what the note should name: offered, never sent unseen.
            notes = "\n".join(filter(None, [notes, debrief.learned, debrief.next_step]))
        self._from_debrief.value = (
            ""
            if debrief.empty
            else message_html(
                "info",
                "From your debrief: "
                + " ".join(filter(None, [debrief.learned, debrief.next_step])),
            )
        )
        self._meeting_notes = notes
        today = clock.today()
        if contact.stage is Stage.MET and met_on:
            due = thank_you_due(met_on)
            tone, when = (
                ("error", "is overdue: write it today (a card posted today is fine)")
                if thank_you_overdue(met_on, today)
                else ("warning", f"is due by {_day(due)}")
            )
            self._due.value = message_html(tone, f"Your thank-you to {contact.name} {when}.")
        elif contact.stage in (Stage.THANKED, Stage.KEEPING_IN_TOUCH):
            self._due.value = message_html("ok", f"Your thank-you to {contact.name} is logged.")
        else:
            self._due.value = message_html(
                "info",
                f"{contact.name} is at the '{contact.stage.label}' stage: the thank-you "
                "comes after the meeting.",
            )
        self._draft.show(
            contact_id,
            lambda: prefill_thank_you(
                contact,
                self._workspace.profile(),
                met_on=met_on,
                meeting_notes=notes,
                format=self._format.value,
            ),
            fresh=fresh,
        )
        self._show()

    @callback()
    def _on_type(self, _change: dict) -> None:
        if self._draft.problem:
            self._status.value = message_html("error", self._draft.problem)
        self._show()

    def _show(self) -> None:
        text = self._draft.value
        found = (
            checks.check_thank_you(text, meeting_notes=self._meeting_notes) if text.strip() else []
        )
        messages = [finding_html(f, live=False) for f in found]
        unfinished = "[" in text and "]" in text
        if unfinished:
            messages.append(
                message_html("info", "Fill in the parts in [brackets] first.", live=False)
            )
        if text.strip():
            self._announce.say_if_new(findings_summary(found, unfinished=unfinished))
        contact_id = self._picker.value
        self._send_links.value = (
            send_html(
                self._workspace.contact(contact_id),
                "thank_you",
                text,
                ready=not found and not unfinished,
            )
            if contact_id is not None and self._format.value == "email"
            else ""
        )
        self._findings.value = "".join(messages) or (
            message_html("ok", "Specific, warm, and no job ask: ready to send.", live=False)
            if text.strip()
            else ""
        )
        if self._format.value == "card":
            body = escape(text).replace("\n", "<br>")
            self._card.value = (
                '<div class="ii-card" style="max-width:420px;padding:18px 22px;margin:6px 0;'
                "border:1px solid #bbb;border-radius:6px;background:#fffdf6;"
                "box-shadow:2px 3px 8px rgba(0,0,0,.15);font-family:'Segoe Print','Comic Sans MS',"
                "cursive;line-height:1.5;overflow-wrap:anywhere"  # a long link wraps, in the card
                f'">{body}</div><i>Copy it out by hand: a handwritten '
                "card is often remembered longest.</i>"
            )
        else:
            self._card.value = ""

    @callback("Not logged.")
    def _on_send(self, _button: widgets.Button) -> None:
        contact_id = self._picker.value
        if contact_id is None:
            return
        log_thank_you(self._workspace, contact_id, self._draft.value, format=self._format.value)
        name = self._workspace.contact(contact_id).name
        self._status.value = message_html(
            "ok", f"Logged your thank-you to {name}. Keeping in touch is next."
        )


class KeepInTouchPanel(Follower, widgets.VBox):
    """How often to get back in touch with a contact, and a note of each time you do."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._loading = False
        self._picker = ContactPicker(
            workspace,
            description="Keep in touch with",
            prefer=frozenset({Stage.THANKED, Stage.KEEPING_IN_TOUCH}),
        )
        self._every = widgets.IntText(
            value=KEEP_IN_TOUCH_DAYS, description="Every (days)", style=LABEL_STYLE
        )
        self._kind = widgets.ToggleButtons(
            options=[("I used their advice", "advice"), ("A general update", "update")],
            value="advice",
            description="This time",
            style=LABEL_STYLE,
        )
        self._detail = TakeText(
            self._on_log,
            label="What you sent",
            placeholder="What you did with their advice, or your news",
            button_label="Log as sent",
            rows=3,
        )
        self._status = widgets.HTML()
        super().__init__(
            children=[self._picker, self._every, self._kind, self._detail, self._status]
        )
        self._picker.observe(self._on_pick, names="value")
        self._every.observe(self._on_every, names="value")
        self._claim(workspace)
        self._on_pick({})

    @callback()
    def _on_pick(self, _change: dict) -> None:
        self._load()

    def _load(self) -> None:
        if self._picker.value is None:
            return
        self._loading = True
        try:
            self._every.value = self._workspace.contact(self._picker.value).keep_in_touch_days
        finally:
            self._loading = False

    @callback()
    def _on_every(self, _change: dict) -> None:
        if self._loading or self._picker.value is None:
            return
        self._workspace.set_keep_in_touch_days(self._picker.value, self._every.value)

    @callback("Not logged.", failed=False)
    def _on_log(self, text: str) -> bool:
        """Log the note as written at the click; True when it was kept."""
        if self._picker.value is None:
            self._status.value = message_html("error", "Not logged.", "Choose a contact first.")
            return False
        prefix = "Told them how I used their advice: " if self._kind.value == "advice" else ""
        log_keep_in_touch(self._workspace, self._picker.value, prefix + text.strip())
        name = self._workspace.contact(self._picker.value).name
        self._status.value = message_html(
            "ok", f"Logged. The next note to {name} is in the list of what is due."
        )
        return True


class DueThisWeek(Follower, widgets.VBox):
    """What is overdue or due this week across all contacts, and what is coming up after."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._table = widgets.HTML()
        self._status = self._table
        super().__init__(children=[self._table])
        self._follow(workspace, self._on_change)
        self._refresh()

    @callback()
    def _on_change(self, change: Change) -> None:
        if change.what != "research":
            self._refresh()

    @callback()
    def _refresh(self) -> None:
        today = clock.today()
        items = due_items(self._workspace, today=today)
        if not items:
            self._table.value = message_html("ok", "Nothing is due. Well kept!")
            return
        colours = {"overdue": "#8e0000", "due": "#7a4f01", "coming up": "#555555"}
        rows = [
            [
                f'<span style="color:{colours[item.status(today)]}"><b>'
                f"{escape(item.status(today))}</b></span>",
                escape(_day(item.due_on)),
                escape(item.text),
            ]
            for item in items
        ]
        week = sum(item.status(today) != "coming up" for item in items)
        later = len(items) - week
        self._table.value = (
            f"<b>This week: {plural(week, 'thing')} to do"
            + (f"; coming up after: {later}.</b>" if later else ".</b>")
            + html_table(["Status", "When", "What"], rows, css_class="ii-due")
        )


class CalendarExport(DownloadPanel):
    """A calendar file of meetings and reminders to import into any calendar program."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, description="Make my calendar file", icon="calendar")

    @property
    def data(self) -> bytes:
        """The calendar file as it stands now."""
        return calendar_bytes(
            due_items(self._workspace),
            settings=self._workspace.coach_settings(),
            first_slot=clock.today(),
        )

    def files(self) -> list[tuple[bytes, str, str, str]]:
        return [
            (
                self.data,
                "information-please.ics",
                "text/calendar",
                "Download information-please.ics",
            )
        ]

    def note(self, files: list[tuple[bytes, str, str, str]]) -> str:
        count = files[0][0].count(b"BEGIN:VEVENT")  # one event a date
        return f"{plural(count, 'date')}; open the file with your calendar program to import them"

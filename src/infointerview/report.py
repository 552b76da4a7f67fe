"""Pages to open in a browser: the instructor's cohort report, the participant's handout and
the practice kit the facilitator prints for the role play.

All are rendered from Jinja templates in ``content/html`` with autoescaping on, so anything a
participant typed (an alias, a contact's name, a note) or an instructor wrote in their own
content files is shown as text, never as markup. Each page is self-contained: its charts are
embedded and its styles inline, so it can be mailed or printed as is.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jinja2

from infointerview import chart_text, clock, content
from infointerview.chart_text import ChartText
from infointerview.cohort import (
    COHORT_PAGE_SIZE,
    Cohort,
    CohortWeekly,
    cohort_funnel,
    cohort_targets,
    cohort_weekly,
    needs_a_word,
)
from infointerview.content import run_sheets
from infointerview.content.practice import (
    ObserverItem,
    Persona,
    Situation,
    observer_sheet,
    practice_personas,
    what_to_say_when,
)
from infointerview.content.run_sheets import RunSheet
from infointerview.drafts import contacts_named, prefill_thank_you
from infointerview.due import last_meeting
from infointerview.model import Contact, Stage, expand_home
from infointerview.store import Workspace

REPORT_NAME = "cohort-report.html"
#: Where the cohort report and the handout go when no other place is given.
REPORT_FOLDER = "cohort-report"
HANDOUT_FILE = "infointerview-handout.html"
FUNNEL_PNG = "cohort-funnel.png"
ACTIVITY_PNG = "cohort-activity-{page}.png"
DPI = 100


class ReportError(Exception):
    """A page could not be made; the message says what to do."""


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """The templates' environment, made once so each template is compiled once."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(content.__file__).parent / "html"),
        autoescape=True,  # every value is text unless a template says otherwise
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _place(location: Path | str, what: str) -> Path:
    """The path to write to, with ~ expanded; ReportError when that home folder is unknown."""
    path = expand_home(location)
    if path is None:
        raise ReportError(
            f"Could not make the {what} {location}: it starts with ~ for a home folder that "
            "is not known here. Give the full path."
        )
    return path


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


# --- the cohort report -----------------------------------------------------------------------


@dataclass(frozen=True)
class Chart:
    """A chart drawn to PNG: its file name, its bytes, words for those who cannot see it and,
    when there is one, a table with the same numbers (``words``)."""

    file: str
    png: bytes
    alt: str
    words: ChartText | None = None

    @property
    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


FUNNEL_TITLE = "The cohort: from asking to keeping in touch"


def cohort_funnel_words(cohort: Cohort) -> ChartText:
    """The cohort funnel's words and table (no drawing)."""
    return chart_text.funnel_text(cohort_funnel(cohort), title=FUNNEL_TITLE)


def cohort_funnel_chart(cohort: Cohort) -> Chart:
    """Draw the cohort funnel: how many contacts reached each step."""
    from infointerview import charts  # the drawing library loads only when a chart is drawn

    words = cohort_funnel_words(cohort)
    drawn = charts.funnel_chart(cohort_funnel(cohort), title=FUNNEL_TITLE)
    return Chart(FUNNEL_PNG, charts.png_bytes(drawn, dpi=DPI), words.alt, words)


def cohort_weekly_pages(
    cohort: Cohort, *, today: date | None = None, weeks: int = 8
) -> list[CohortWeekly]:
    """Each participant's weeks, a page of ``COHORT_PAGE_SIZE`` participants each (at least
    one page, empty when nobody has exported)."""
    weekly = cohort_weekly(cohort, today=today or clock.today(), weeks=weeks)
    return weekly.pages(COHORT_PAGE_SIZE) or [weekly]


def cohort_page_chart(page: CohortWeekly, number: int) -> Chart:
    """Draw one page of the small multiples (``number`` counts from 1)."""
    from infointerview import charts

    words = chart_text.cohort_weekly_text(page)
    drawn = charts.png_bytes(charts.cohort_activity_chart(page), dpi=DPI)
    return Chart(ACTIVITY_PNG.format(page=number), drawn, words.alt, words)


def cohort_charts(cohort: Cohort, *, today: date | None = None, weeks: int = 8) -> list[Chart]:
    """Draw the cohort funnel and the small multiples, a page of participants per chart."""
    pages = cohort_weekly_pages(cohort, today=today, weeks=weeks)
    return [
        cohort_funnel_chart(cohort),
        *(cohort_page_chart(page, number) for number, page in enumerate(pages, start=1)),
    ]


def cohort_report_html(
    cohort: Cohort, charts: Sequence[Chart], *, folder: str, today: date | None = None
) -> str:
    """Return the self-contained HTML report: charts, who may need a word, skipped files."""
    today = today or clock.today()
    stages = list(Stage)
    targets = cohort_targets(cohort)
    return (
        _environment()
        .get_template("cohort_report.html")
        .render(
            title="Information Please: the cohort",
            today=_day(today),
            folder=folder,
            summary=cohort.describe(),
            charts=charts,
            concerns=[
                {
                    "alias": c.alias,
                    "reasons": "; ".join(c.reasons),
                    "exported": _day(c.exported_on),
                }
                for c in needs_a_word(cohort, today=today)
            ],
            stage_names=[stage.label.capitalize() for stage in stages],
            stage_rows=[
                {
                    "alias": p.alias,
                    "counts": [p.stages.get(stage, 0) for stage in stages],
                    "exported": _day(p.exported_on),
                }
                for p in cohort.participants
            ],
            targets_summary=targets.describe(),
            target_rows=list(targets.rows),
            skipped=[s.reason for s in cohort.skipped],
        )
    )


def write_cohort_report(
    cohort: Cohort, out: Path | str | None = None, *, folder: str = "", today: date | None = None
) -> Path:
    """Write the PNG charts and the HTML report into ``out``; return the report's path.

    Without ``out``, they go into ``cohort-report`` in the current folder.
    """
    out = _place(REPORT_FOLDER if out is None else out, "report folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReportError(f"Could not make the report folder {out}: {error.strerror}.") from None
    charts = cohort_charts(cohort, today=today)
    # Pages from an earlier, larger cohort would otherwise sit beside the new ones.
    for old in out.glob(ACTIVITY_PNG.format(page="*")):
        old.unlink()
    for chart in charts:
        (out / chart.file).write_bytes(chart.png)
    page = out / REPORT_NAME
    page.write_text(
        cohort_report_html(cohort, charts, folder=folder, today=today), encoding="utf-8"
    )
    return page


# --- the participant's handout --------------------------------------------------------------


#: Research about the person and their organisation goes on each contact's page; the field
#: and the participant themselves are researched once, so they get one page at the front.
CONTACT_SCOPES = ("person", "company")
SHARED_SCOPES = ("industry", "self")


def _research_sections(
    workspace: Workspace, contacts: Sequence[Contact], scopes: Sequence[str]
) -> list[dict]:
    """Checklist sections for these scopes; an item is ticked if done for any of the contacts."""
    checklist = content.research_checklist()
    entries = [workspace.research(contact.id) for contact in contacts]
    sections = []
    for scope in scopes:
        items = []
        for item in checklist.in_scope(scope):
            found = [e[item.id] for e in entries if item.id in e]
            items.append(
                {
                    "text": item.text,
                    "done": any(entry.done for entry in found),
                    "notes": " / ".join(entry.notes for entry in found if entry.notes.strip()),
                }
            )
        if items:
            sections.append({"title": content.SCOPE_TITLES[scope], "entries": items})
    return sections


def _thank_you(workspace: Workspace, contact: Contact) -> tuple[str, str]:
    """The thank-you text for the page and a line saying what it is."""
    saved = workspace.draft(contact.id, "thank_you")
    if saved.strip():
        return saved, "Your saved draft."
    if contact.stage in (Stage.THANKED, Stage.KEEPING_IN_TOUCH):
        return (
            "",
            "Your thank-you is logged as sent. Keep in touch: tell them how you used their advice.",
        )
    met_on, notes = last_meeting(workspace, contact.id)
    if met_on is None:
        return "", "Write it after you meet, the same day if you can."
    text = prefill_thank_you(
        contact, workspace.profile(), met_on=met_on, meeting_notes=notes, format="card"
    )
    return text, "A starting draft from your meeting notes: make it your own."


def _contact_page(workspace: Workspace, contact: Contact) -> dict:
    plan = workspace.question_plan(contact.id)
    meeting = workspace.meeting_plan(contact.id)
    thank_you, thank_you_note = _thank_you(workspace, contact)
    return {
        "name": contact.name,
        "about": ", ".join(part for part in (contact.role, contact.organisation) if part),
        "stage": contact.stage.label,
        "declined": contact.stage is Stage.DECLINED,
        "research": _research_sections(workspace, [contact], CONTACT_SCOPES),
        "questions": [{"text": q.text, "minutes": q.minutes, "notes": q.notes} for q in plan],
        "planned_minutes": sum(q.minutes for q in plan),
        "agreed_minutes": meeting.agreed_minutes,
        "meeting_on": _day(meeting.meeting_on) if meeting.meeting_on else "",
        "thank_you": thank_you,
        "thank_you_note": thank_you_note,
    }


def handout_html(
    workspace: Workspace, *, contact_name: str | None = None, today: date | None = None
) -> str:
    """Return a printable packet, one contact a page: research, question plan, thank-you.

    A first page holds the research on the field and on yourself, done once for everyone.
    Without ``contact_name`` every contact who has not said no gets a page.
    """
    contacts = workspace.contacts()
    if not contacts:
        raise ReportError("There are no contacts yet: add one in the research notebook first.")
    if contact_name is not None:
        chosen = contacts_named(contacts, contact_name)
        if not chosen:
            names = ", ".join(c.name for c in contacts)
            raise ReportError(
                f"There is no contact called {contact_name!r}. Your contacts: {names}."
            )
    else:
        chosen = [c for c in contacts if c.stage is not Stage.DECLINED]
        if not chosen:
            raise ReportError("Every contact has said no, so there is nothing to prepare.")
    profile = workspace.profile()
    return (
        _environment()
        .get_template("handout.html")
        .render(
            title="Information Please: my interview packet",
            participant=profile.name if profile else "",
            today=_day(today or clock.today()),
            shared=_research_sections(workspace, chosen, SHARED_SCOPES),
            pages=[_contact_page(workspace, contact) for contact in chosen],
        )
    )


def write_handout(
    workspace: Workspace,
    out: Path | str | None = None,
    *,
    contact_name: str | None = None,
    today: date | None = None,
) -> Path:
    """Write the handout to ``out`` (a file) and return its path.

    Without ``out``, it is ``infointerview-handout.html`` in the current folder.
    """
    out = _place(HANDOUT_FILE if out is None else out, "handout")
    html = handout_html(workspace, contact_name=contact_name, today=today)
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as error:
        raise ReportError(f"Could not write the handout to {out}: {error.strerror}.") from None
    return out


# --- the printable practice kit -------------------------------------------------------------


PRACTICE_KIT_FILE = "practice-kit.html"
#: The run sheet printed on the kit's last page: the standard two-hour session.
KIT_RUN_SHEET = "two-hour"
#: The kit's pages after the role cards, in print order (a test counts them).
KIT_SHEETS = ("observer-sheet", "observer-key", "what-to-say", "run-sheet")
OTHER_FACTS = "Elsewhere"


def _paragraphs(text: str) -> list[str]:
    """Text split at blank lines, each paragraph's lines joined, empty ones dropped."""
    blocks = [" ".join(line.strip() for line in block.splitlines()) for block in text.split("\n\n")]
    return [block for block in blocks if block]


def _fact_groups(facts: Sequence[tuple[str, str]]) -> list[dict]:
    """A persona's findable facts grouped under the research scope each comes from."""
    scopes = {item.id: item.scope for item in content.research_checklist().items}
    groups: dict[str, list[str]] = {}
    for item_id, text in facts:
        scope = scopes.get(item_id)
        title = content.SCOPE_TITLES[scope] if scope else OTHER_FACTS
        groups.setdefault(title, []).append(text)
    order = [content.SCOPE_TITLES[scope] for scope in content.SCOPES] + [OTHER_FACTS]
    return [{"title": title, "facts": groups[title]} for title in order if title in groups]


def _role_card(persona: Persona) -> dict:
    channels = {"phone": "by phone", "coffee": "over coffee", "video": "on a video call"}
    return {
        "id": persona.id,
        "name": persona.name,
        "about": ", ".join(part for part in (persona.role, persona.organisation) if part),
        "details": [
            part
            for part in (
                persona.industry,
                persona.country,
                persona.seniority,
                f"prefers to meet {channels.get(persona.channel, persona.channel)}"
                if persona.channel
                else "",
                f"likes to be called {persona.address_as}" if persona.address_as else "",
            )
            if part
        ],
        # The career story (about a page) stays on screen, in notebook 04: printed, it would
        # push each card onto a second sheet. The facts carry its outline.
        "instructions": _paragraphs(persona.role_card),
        "facts": _fact_groups(persona.facts),
        "only_if_asked": list(persona.only_if_asked),
        "job_ask": _paragraphs(persona.job_ask_reaction),
    }


def _run_rows(sheet: RunSheet) -> list[dict]:
    return [
        {
            "start": row.start_label,
            "minutes": row.minutes,
            "what": row.what,
            "who": row.who,
            "notebook": row.notebook,
            "slack": row.slack,
        }
        for row in sheet.rows
    ]


def practice_kit_html(
    *,
    today: date | None = None,
    personas: Sequence[Persona] | None = None,
    observer: Sequence[ObserverItem] | None = None,
    situations: Sequence[Situation] | None = None,
    run_sheet: RunSheet | None = None,
) -> str:
    """Return the printable practice kit: a role card a page for each persona, the observer
    sheet and its key, the "what to say when…" page and the facilitator's run sheet.

    It reads no workspace. Without arguments it prints the shipped personas (with an
    instructor's own added or replaced), the shipped sheets and the two-hour run sheet; tests
    pass their own. Every value is text: markup in a persona is printed as written.
    """
    personas = practice_personas() if personas is None else personas
    observer = observer_sheet() if observer is None else observer
    situations = what_to_say_when() if situations is None else situations
    sheet = run_sheets.run_sheet(KIT_RUN_SHEET) if run_sheet is None else run_sheet
    if not personas:
        raise ReportError("There are no practice personas to print: check practice.toml.")
    return (
        _environment()
        .get_template("practice_kit.html")
        .render(
            title="Information Please: practice kit",
            today=_day(today or clock.today()),
            cards=[_role_card(persona) for persona in personas],
            observer=[
                {"number": number, "ask": item.ask, "well": item.well, "work_on": item.work_on}
                for number, item in enumerate(observer, start=1)
            ],
            situations=[{"when": s.when, "say": s.say, "why": s.why} for s in situations],
            run={
                "title": sheet.title,
                "summary": sheet.summary,
                "minutes": sheet.minutes,
                "slack": sheet.slack_minutes,
                "rows": _run_rows(sheet),
            },
        )
    )


def write_practice_kit(out: Path | str | None = None, *, today: date | None = None) -> Path:
    """Write the practice kit to ``out`` (a file) and return its path.

    Without ``out``, it is ``practice-kit.html`` in the current folder.
    """
    out = _place(PRACTICE_KIT_FILE if out is None else out, "practice kit")
    html = practice_kit_html(today=today)
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as error:
        raise ReportError(f"Could not write the practice kit to {out}: {error.strerror}.") from None
    return out

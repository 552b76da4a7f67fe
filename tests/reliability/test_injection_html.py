"""Markup and script in the pages the commands write: the handout and the cohort report.

Every payload goes into every free-text field the page shows (a contact's name, role and
organisation, research notes, planned questions and their notes, the thank-you draft, the
participant's name; an export's alias, a skipped file's name, the collection folder). Each
page is opened from its file in Chromium: nothing may run, no dialog may open, and every
payload must be in the page's text as typed. A payload the store refuses by a documented
limit (a name over 80 characters, a direction override) counts as handled once it is shown
to be refused, since it can never reach the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from infointerview import content
from infointerview.cohort import load_cohort
from infointerview.content import SCOPES
from infointerview.model import NOTES_MAX_CHARS, Profile
from infointerview.report import (
    cohort_charts,
    cohort_report_html,
    handout_html,
    write_cohort_report,
    write_handout,
)
from infointerview.store import Workspace
from infointerview.time_plan import QUESTION_MAX_CHARS

from .injection_support import CHECK, fits, refusal, seed_collection
from .payloads import PAYLOADS

pytestmark = pytest.mark.browser

FILLER = "What surprised you most in your first year?"
_FIRED = """() => { const v = window.__xss; return v === undefined ? null : String(v); }"""


class Pages:
    """Open written pages in Chromium and keep count of what ran or did not show."""

    def __init__(self, browser, figures) -> None:
        self._context = browser.new_context(viewport={"width": 1100, "height": 900})
        self.page = self._context.new_page()
        self.dialogs: list[str] = []
        self.page.on(
            "dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss())
        )
        self.figures = figures
        self.fired: list[str] = []
        self.fired_numbers: set[str] = set()  # each payload that runs sets its own number
        self.failures: list[str] = []

    def open(self, path: Path) -> str:
        """Open the file and return the text a reader sees (nothing may have run)."""
        self.page.goto(path.as_uri())
        self._fired(path, self.page.main_frame)
        return self.page.inner_text("body")

    def _fired(self, path: Path, frame) -> None:
        fired = frame.evaluate(_FIRED)
        if fired is not None:
            self.fired.append(f"{path.name}: window.__xss={fired}")
            self.fired_numbers.add(fired)

    def open_all(self, paths: list[Path], folder: Path, css: str) -> list[str]:
        """Open many files at once, one frame each; return the text of ``css`` in each.

        Loading them side by side in one page is much quicker than one after another.
        """
        frames = "".join(f'<iframe src="{path.as_uri()}"></iframe>' for path in paths)
        holder = folder / "all-frames.html"
        holder.write_text(f"<!DOCTYPE html><html><body>{frames}</body></html>")
        self.page.goto(holder.as_uri())
        texts = []
        for path, frame in zip(paths, self.page.main_frame.child_frames, strict=True):
            self._fired(path, frame)
            texts.append(frame.locator(css).first.inner_text())
        self._fired(holder, self.page.main_frame)  # a frame reaching for its parent
        return texts

    def field(self, item: str, shown: Callable[[str], bool], refused: Callable[[str], bool]):
        """Record one field: each payload must be shown, or refused by a documented limit, and
        must not have run on any page opened so far."""
        lost = [
            n
            for n, p in enumerate(PAYLOADS, start=1)
            if not (shown(p) or refused(p)) or str(n) in self.fired_numbers
        ]
        self.figures.record(CHECK, item, len(PAYLOADS), "payloads", len(lost))
        self.failures += [f"{item}: payload {n} not shown as typed" for n in lost]

    def assert_clean(self) -> None:
        assert self.fired == [], self.fired
        assert self.dialogs == [], self.dialogs
        assert self.failures == [], "\n".join(self.failures)

    def close(self) -> None:
        self._context.close()


@pytest.fixture
def pages(browser, figures) -> Iterator[Pages]:
    opened = Pages(browser, figures)
    figures.note(CHECK, "the handout and the cohort report were opened from their files")
    yield opened
    opened.close()


_SECTION = """els => els.map(e => {
  const texts = sel => [...e.querySelectorAll(sel)].map(x => x.innerText);
  return {all: e.innerText, name: texts('h1')[0] || '', about: texts('p.about')[0] || '',
          notes: texts('span.notes'), questions: texts('ol.questions li'),
          thanks: texts('div.thank-you')[0] || ''};
})"""


def _sections(page) -> list[dict]:
    return page.locator("section.contact").evaluate_all(_SECTION)


def test_the_handout_shows_every_payload_as_text(pages, tmp_path):
    """Names, roles, notes, questions and thank-you drafts are printed as typed, never run."""
    scratch = Workspace(":memory:")
    checklist = content.research_checklist()
    person, industry = checklist.in_scope(SCOPES[0])[0], checklist.in_scope("industry")[0]
    names: list[str] = []
    with Workspace(tmp_path / "workspace.sqlite") as workspace:
        workspace.save_profile(Profile.from_input("Sam Rivera", "Urban planning", ["industry"]))
        for number, payload in enumerate(PAYLOADS, start=1):
            short = payload if fits(payload, 120) else ""
            name = payload if fits(payload, 80) else f"Contact number {number}"
            contact = workspace.add_contact(name, role=short, organisation=short)
            names.append(contact.name)
            if fits(payload, NOTES_MAX_CHARS, multiline=True):
                workspace.save_research(contact.id, person.id, done=True, notes=payload)
                workspace.save_research(contact.id, industry.id, done=False, notes=payload)
            question = payload if fits(payload, QUESTION_MAX_CHARS) else FILLER
            [planned] = workspace.save_question_plan(contact.id, [("", question, 3)])
            if fits(payload, NOTES_MAX_CHARS, multiline=True):
                workspace.save_question_notes(planned.id, payload)
            workspace.save_draft(contact.id, "thank_you", payload)
        page = write_handout(workspace, tmp_path / "handout.html")
        pages.open(page)
        shared, *sections = _sections(pages.page)
        if len(sections) != len(PAYLOADS):  # markup broke the page's own structure
            pages.failures.append(f"the handout has {len(sections)} contact pages, not 24")
        empty = {"name": "", "about": "", "notes": [], "questions": [], "thanks": ""}
        mine = {p: section for p, section in zip(PAYLOADS, sections, strict=False)}
        mine = {p: mine.get(p, empty) for p in PAYLOADS}

        def shows(part: str, template: str = "{p}") -> Callable[[str], bool]:
            def check(p: str) -> bool:
                found = mine[p][part]
                wanted = template.format(p=p)
                return wanted in found if isinstance(found, list) else wanted == found

            return check

        def refused_name(p: str) -> bool:
            return bool(refusal(lambda: scratch.add_contact(p)))

        def refused_organisation(p: str) -> bool:
            return bool(refusal(lambda: scratch.add_contact("Ann", organisation=p)))

        def refused_notes(p: str) -> bool:
            return not fits(p, NOTES_MAX_CHARS, multiline=True)

        def refused_question(p: str) -> bool:
            return not fits(p, QUESTION_MAX_CHARS)

        pages.field("handout HTML: contact name", shows("name"), refused_name)
        pages.field(
            "handout HTML: role and organisation",
            lambda p: mine[p]["about"].startswith(f"{p}, {p} · stage:"),
            refused_organisation,
        )
        pages.field(
            "handout HTML: research notes", shows("notes", "Your notes: {p}"), refused_notes
        )
        pages.field(
            "handout HTML: research notes on the field",
            lambda p: f" / {p} / " in f" / {shared['notes'][0].removeprefix('Your notes: ')} / ",
            refused_notes,
        )
        pages.field(
            "handout HTML: question",
            shows("questions", "{p} (3 min)\nNotes: {p}"),
            refused_question,
        )
        pages.field(
            "handout HTML: notes on a question",
            lambda p: any(q.endswith(f"\nNotes: {p}") for q in mine[p]["questions"]),
            refused_notes,
        )
        pages.field("handout HTML: thank-you draft", shows("thanks"), lambda p: False)

        # The participant's name heads every page: one handout per payload.
        files: dict[str, Path] = {}
        for number, payload in enumerate(PAYLOADS, start=1):
            if refusal(lambda p=payload: Profile.from_input(p, "Urban planning", ["industry"])):
                continue
            workspace.save_profile(Profile.from_input(payload, "Urban planning", ["industry"]))
            files[payload] = tmp_path / f"handout-{number}.html"
            files[payload].write_text(
                handout_html(workspace, contact_name=names[0]), encoding="utf-8"
            )
        shown = pages.open_all(list(files.values()), tmp_path, "p.header")
        headers = dict(zip(files, shown, strict=True))
        pages.field(
            "handout HTML: participant's name",
            lambda p: f" · {p} · printed" in headers.get(p, ""),
            lambda p: bool(refusal(lambda: Profile.from_input(p, "Urban planning", ["industry"]))),
        )
    scratch.close()
    pages.assert_clean()


def test_the_cohort_report_shows_every_payload_as_text(pages, tmp_path):
    """Aliases, skipped files' names and the folder are printed as typed, never run."""
    collection = tmp_path / "collection"
    collection.mkdir()
    aliases, broken = seed_collection(collection)
    cohort = load_cohort(collection)
    report = write_cohort_report(cohort, tmp_path / "report", folder=str(collection))
    text = pages.open(report)
    rows = pages.page.locator("tr").evaluate_all("els => els.map(e => e.innerText)")
    alts = pages.page.locator("img").evaluate_all("els => els.map(e => e.alt)")
    skipped = pages.page.locator("ul.skipped li").evaluate_all("els => els.map(e => e.innerText)")
    charts = cohort_charts(cohort)
    if len(alts) != len(charts):  # an image that came from a payload
        pages.failures.append(f"the report has {len(alts)} images, not {len(charts)}")

    def alias_refused(p: str) -> bool:
        return p not in aliases and not fits(p, 80)

    pages.field(
        "cohort HTML: alias in the tables",
        lambda p: any(row.startswith(f"{p}\t") for row in rows),
        alias_refused,
    )
    pages.field(
        "cohort HTML: alias in the charts' descriptions",
        lambda p: any(re.search(rf"(: |, ){re.escape(p)}(, |\.$)", alt) for alt in alts),
        alias_refused,
    )
    pages.field(
        "cohort HTML: name of a file not counted",
        lambda p: any(line.startswith(f"{p}.json: ") for line in skipped),
        # A file name cannot hold "/" (or run past the system's 255 bytes).
        lambda p: "/" in p or len(p.encode()) > 200,
    )
    if len(broken) != len(skipped) or "not a ranking" not in text:
        pages.failures.append("the list of files not counted, or the page's own text, is wrong")
    files = []
    for number, payload in enumerate(PAYLOADS, start=1):
        files.append(tmp_path / f"cohort-{number}.html")
        files[-1].write_text(cohort_report_html(cohort, charts, folder=payload), encoding="utf-8")
    folders = dict(zip(PAYLOADS, pages.open_all(files, tmp_path, "p.meta code"), strict=True))
    pages.field("cohort HTML: collection folder", lambda p: folders[p] == p, lambda p: False)
    pages.assert_clean()

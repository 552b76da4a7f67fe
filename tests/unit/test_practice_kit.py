"""The printable practice kit: role cards, the observer sheet, what to say when, the run sheet."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from infointerview import cli
from infointerview.content import SCOPE_TITLES
from infointerview.content.practice import (
    ObserverItem,
    Persona,
    Situation,
    observer_sheet,
    practice_personas,
    what_to_say_when,
)
from infointerview.content.run_sheets import run_sheet
from infointerview.report import (
    KIT_SHEETS,
    PRACTICE_KIT_FILE,
    ReportError,
    practice_kit_html,
    write_practice_kit,
)
from infointerview.store import FILE_NAME

MONDAY = date(2026, 3, 16)
PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


class _Page(HTMLParser):
    """The tags, the sections (by class) and the visible text of a page."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.sections: list[str] = []
        self.chunks: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self._in_style = tag == "style"
        if tag == "section":
            self.sections.append(attrs.get("class", ""))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if not self._in_style:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.chunks))


def _read(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _persona(**changes) -> Persona:
    fields = {
        "id": "test-persona",
        "name": "Sam Okoro",
        "role": "Surveyor",
        "organisation": "Northgate Survey Partners",
        "industry": "Construction",
        "country": "Ireland",
        "seniority": "Senior",
        "channel": "coffee",
        "address_as": "Sam",
        "career_story": "First paragraph.\n\nSecond paragraph.",
        "facts": (
            ("person-current-role", "Leads the site survey team."),
            ("company-recent-news", "Won a bridge contract this year."),
            ("not-a-checklist-item", "Found at a trade fair."),
        ),
        "only_if_asked": ("Started as a site labourer.",),
        "job_ask_reaction": "I would rather keep this about advice.",
        "role_card": "Play Sam as friendly but busy.",
        "answers": {},
    }
    fields.update(changes)
    return Persona(**fields)


OBSERVER = (ObserverItem("one", "Did they thank them?", "Good thanks.", "Thank them first."),)
SITUATIONS = (Situation("late", "They are late", "No problem at all.", "It is kind."),)


def test_the_kit_names_every_persona_check_and_situation():
    page = _read(practice_kit_html(today=MONDAY))
    personas, checks, situations = practice_personas(), observer_sheet(), what_to_say_when()
    assert len(personas) >= 1 and len(checks) == 6 and len(situations) == 6
    for persona in personas:
        for text in (persona.name, persona.role, persona.organisation, persona.job_ask_reaction):
            assert _flat(text) in page.text
        assert _flat(persona.role_card) in page.text
        for _, fact in persona.facts:
            assert _flat(fact) in page.text
        for said in persona.only_if_asked:
            assert _flat(said) in page.text
    for item in checks:
        assert page.text.count(_flat(item.ask)) == 2, "on the sheet, and again in its key"
        assert _flat(item.well) in page.text and _flat(item.work_on) in page.text
    for situation in situations:
        for text in (situation.when, situation.say, situation.why):
            assert _flat(text) in page.text


def test_the_parts_come_in_order_one_page_each():
    page = _read(practice_kit_html(today=MONDAY))
    count = len(practice_personas())
    assert [s.split()[-1] for s in page.sections] == ["role-card"] * count + list(KIT_SHEETS)
    assert all(s.startswith("page ") for s in page.sections)
    assert f"role card {count} of {count}" in page.text
    assert "printed 16 March 2026" in page.text


def test_it_prints_on_a4_with_a_page_break_between_parts():
    html = practice_kit_html(today=MONDAY)
    assert re.search(r"@page\s*\{\s*size:\s*A4;\s*margin:", html)
    assert "break-after: page" in html
    assert not [tag for tag, _ in _read(html).tags if tag in ("script", "link", "iframe", "img")]


def test_the_observer_sheet_has_yes_and_not_yet_boxes_and_room_for_a_note():
    page = _read(practice_kit_html(today=MONDAY))
    boxes = [a for tag, a in page.tags if tag == "span" and a.get("class") == "box"]
    labels = [a["aria-label"] for a in boxes]
    assert labels.count("tick box for yes") == 6
    assert labels.count("tick box for not yet") == 6
    notes = [a for tag, a in page.tags if tag == "td" and a.get("class") == "note"]
    assert len(notes) == 6
    # The answer is said in words beside the box, never by colour alone.
    assert "Yes" in page.text and "Not yet" in page.text and "What I saw or heard" in page.text


def test_the_run_sheet_is_the_two_hour_plan():
    page = _read(practice_kit_html(today=MONDAY))
    sheet = run_sheet("two-hour")
    assert f"Run sheet: {sheet.title}" in page.text
    for row in sheet.rows:
        assert f"{row.start_label} {row.minutes} " in page.text
        assert _flat(row.what) in page.text
    slack = [row for row in sheet.rows if row.slack]
    assert slack and f"Slack. {slack[0].what}" in page.text
    assert f"Total {sheet.minutes} {sheet.slack_minutes} minutes of slack" in page.text


def test_a_role_card_groups_the_facts_by_where_research_finds_them():
    page = _read(
        practice_kit_html(
            today=MONDAY, personas=[_persona()], observer=OBSERVER, situations=SITUATIONS
        )
    )
    person, company = SCOPE_TITLES["person"], SCOPE_TITLES["company"]
    assert f"{person} Leads the site survey team." in page.text
    assert f"{company} Won a bridge contract this year." in page.text
    assert "Elsewhere Found at a trade fair." in page.text
    assert "prefers to meet over coffee" in page.text and "likes to be called Sam" in page.text
    assert page.sections[0] == "page role-card"


def test_markup_in_a_persona_or_a_sheet_is_printed_as_text():
    """Whatever an instructor writes is shown as written; none of it becomes markup."""
    persona = _persona(
        name=PAYLOAD,
        role=PAYLOAD,
        organisation=PAYLOAD,
        address_as=PAYLOAD,
        role_card=PAYLOAD,
        career_story=PAYLOAD,
        facts=(("person-current-role", PAYLOAD),),
        only_if_asked=(PAYLOAD,),
        job_ask_reaction=PAYLOAD,
    )
    html = practice_kit_html(
        today=MONDAY,
        personas=[persona],
        observer=[ObserverItem("x", PAYLOAD, PAYLOAD, PAYLOAD)],
        situations=[Situation("y", PAYLOAD, PAYLOAD, PAYLOAD)],
    )
    page = _read(html)
    assert not [tag for tag, _ in page.tags if tag in ("script", "img")]
    assert "onerror=" not in html.replace("onerror=&#34;", "")
    assert page.text.count(PAYLOAD) >= 8


def test_an_instructors_persona_is_printed_and_escaped(tmp_path, monkeypatch):
    """A practice.toml in the content folder reaches the kit, its markup as plain text."""
    (tmp_path / "practice.toml").write_text(
        f"""
[[persona]]
id = "their-own"
name = "Ava <b>Bold</b> Reyes"
role = "Curator"
organisation = "The Harbour Museum"
industry = "Museums"
country = "New Zealand"
seniority = "Mid-career"
channel = "video"
address_as = "Ava"
career_story = "A story."
facts = [{{ item = "person-current-role", text = '{PAYLOAD}' }}]
only_if_asked = ["She once <i>catalogued</i> a whale."]
job_ask_reaction = "Let's keep to advice."
role_card = "Play Ava."
[persona.answers]
trends = "Fewer visitors on weekdays."
""",
        encoding="utf-8",
    )
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    html = practice_kit_html(today=MONDAY)
    page = _read(html)
    assert "Ava <b>Bold</b> Reyes" in page.text
    assert "She once <i>catalogued</i> a whale." in page.text
    assert PAYLOAD in page.text
    assert "<b>Bold" not in html and "<i>catalogued" not in html
    assert not [tag for tag, _ in page.tags if tag in ("i", "script", "img")]
    assert page.sections.count("page role-card") == len(practice_personas())


def test_no_personas_is_refused():
    with pytest.raises(ReportError, match="no practice personas"):
        practice_kit_html(personas=[], observer=OBSERVER, situations=SITUATIONS)


def test_the_kit_is_written_to_the_current_folder_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_practice_kit(today=MONDAY)
    assert path.resolve() == tmp_path / PRACTICE_KIT_FILE
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    other = write_practice_kit(tmp_path / "kit.html", today=MONDAY)
    assert other.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_a_kit_that_cannot_be_written_says_where(tmp_path):
    with pytest.raises(ReportError, match="Could not write the practice kit"):
        write_practice_kit(tmp_path / "missing" / "kit.html")


# --- the command ------------------------------------------------------------------------------


def test_handout_practice_writes_the_kit_without_a_workspace(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(home))
    out = tmp_path / "kit.html"
    assert cli.main(["handout", "--practice", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"Wrote the practice kit to {out}" in said and "A4" in said
    page = _read(out.read_text(encoding="utf-8"))
    assert page.sections.count("page role-card") == len(practice_personas())
    assert not (home / FILE_NAME).exists(), "the kit reads no workspace and makes none"


def test_handout_practice_goes_to_practice_kit_html_by_default(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["handout", "--practice"]) == 0
    assert (tmp_path / PRACTICE_KIT_FILE).is_file()
    assert not (tmp_path / "infointerview-handout.html").exists()


def test_handout_practice_with_a_contact_is_refused(tmp_path, capsys):
    out = tmp_path / "kit.html"
    assert cli.main(["handout", "--practice", "--contact", "Priya", "--out", str(out)]) == 2
    said = capsys.readouterr().err
    assert "--practice" in said and "--contact" in said and "one or the other" in said
    assert not out.exists()


def test_handout_practice_reports_an_instructors_broken_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "practice.toml").write_text("[[persona]\n", encoding="utf-8")
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    assert cli.main(["handout", "--practice", "--out", str(tmp_path / "kit.html")]) == 0
    err = capsys.readouterr().err
    assert "practice.toml" in err and "built-in practice personas are used instead" in err

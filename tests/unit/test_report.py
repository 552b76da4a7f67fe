"""Tests for the cohort report and the participant's handout (HTML pages and PNG charts)."""

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from infointerview.cohort import load_cohort
from infointerview.demo import demo_cohort, fill_demo
from infointerview.export import write_participant_export
from infointerview.report import (
    REPORT_NAME,
    ReportError,
    handout_html,
    write_cohort_report,
    write_handout,
)
from infointerview.stages import log_meeting

MONDAY = date(2026, 3, 16)
PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_the_report_has_every_chart_embedded_and_written(tmp_path):
    """The HTML page needs no other file; the PNGs are written beside it too."""
    (tmp_path / "ex").mkdir()
    demo_cohort(tmp_path / "ex", 45, today=MONDAY)  # more than one page of small charts
    page = write_cohort_report(
        load_cohort(tmp_path / "ex", today=MONDAY), tmp_path / "out", today=MONDAY
    )
    assert page.name == REPORT_NAME
    pngs = sorted(p.name for p in (tmp_path / "out").glob("*.png"))
    assert pngs == ["cohort-activity-1.png", "cohort-activity-2.png", "cohort-funnel.png"]
    for png in (tmp_path / "out").glob("*.png"):
        assert png.read_bytes().startswith(b"\x89PNG")
    images = [attrs for tag, attrs in _tags(page.read_text()) if tag == "img"]
    assert len(images) == 3
    assert all(i["src"].startswith("data:image/png;base64,") and i["alt"] for i in images)
    assert not [t for t, a in _tags(page.read_text()) if t in ("script", "link", "iframe")]


def test_a_smaller_cohort_removes_the_old_pages(tmp_path):
    """Re-running with fewer participants leaves no stale chart pages behind."""
    for name, count in (("big", 45), ("small", 3)):
        (tmp_path / name).mkdir()
        demo_cohort(tmp_path / name, count, today=MONDAY)
        write_cohort_report(
            load_cohort(tmp_path / name, today=MONDAY), tmp_path / "out", today=MONDAY
        )
    assert not (tmp_path / "out" / "cohort-activity-2.png").exists()


def test_the_report_lists_who_may_need_a_word_and_skipped_files(tmp_path):
    """Concerns and skipped files appear in the page, each participant once, by alias."""
    (tmp_path / "ex").mkdir()
    demo_cohort(tmp_path / "ex", 12, today=MONDAY)
    (tmp_path / "ex" / "broken.json").write_text("{")
    cohort = load_cohort(tmp_path / "ex", today=MONDAY)
    html = write_cohort_report(cohort, tmp_path / "out", today=MONDAY).read_text()
    assert "broken.json: it ends too early" in html
    assert "Who may need a word" in html and "not a ranking" in html
    for participant in cohort.participants:
        assert html.count(f"<td>{participant.alias}</td>") >= 1


def test_participant_text_in_the_report_is_escaped(workspace, tmp_path):
    """An alias full of markup is shown as text: no tag it contains reaches the page."""
    fill_demo(workspace, today=MONDAY)
    write_participant_export(workspace, tmp_path, alias=PAYLOAD, today=MONDAY)
    html = write_cohort_report(
        load_cohort(tmp_path, today=MONDAY), tmp_path / "out", today=MONDAY
    ).read_text()
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    tags = _tags(html)
    assert not [t for t, _ in tags if t == "script"]
    assert not [a for t, a in tags if "onerror" in a]


def test_an_empty_cohort_still_makes_a_report(tmp_path):
    """No exports yet: the page says so instead of failing."""
    html = write_cohort_report(
        load_cohort(tmp_path, today=MONDAY), tmp_path / "out", today=MONDAY
    ).read_text()
    assert "No exports yet" in html


def test_the_handout_has_a_page_per_contact_who_has_not_said_no(workspace):
    """Every contact but the one who declined gets a section; the field page comes first."""
    fill_demo(workspace, today=MONDAY)
    html = handout_html(workspace, today=MONDAY)
    sections = re.findall(
        r'<section class="contact">\s*<p class="header">.*?</p>\s*<h1>(.*?)</h1>', html, re.S
    )
    expected = [c.name for c in workspace.contacts() if c.stage.value != "declined"]
    assert sections == ["The field, and yourself", *expected]
    assert "break-after: page" in html


def test_the_handout_for_one_contact_shows_their_plan_and_thank_you(workspace):
    """--contact gives one page with the question plan and a thank-you from the meeting notes."""
    fill_demo(workspace, today=MONDAY)
    priya = next(c for c in workspace.contacts() if c.name == "Priya Raman")
    html = handout_html(workspace, contact_name="priya raman", today=MONDAY)
    assert html.count('<section class="contact">') == 2
    assert "Dear Priya" in html
    assert "starting draft from your meeting notes" in html
    assert priya.stage.value == "met"


def test_an_unknown_contact_or_an_empty_workspace_is_explained(workspace):
    """Asking for a contact who is not there lists the ones who are."""
    with pytest.raises(ReportError, match="no contacts yet"):
        handout_html(workspace, today=MONDAY)
    fill_demo(workspace, today=MONDAY)
    with pytest.raises(ReportError, match="Amara Okafor"):
        handout_html(workspace, contact_name="Nobody", today=MONDAY)


def test_participant_text_in_the_handout_is_escaped(workspace, tmp_path):
    """Markup typed into a contact, a note or a draft is printed as text."""
    contact = workspace.add_contact(name=PAYLOAD, organisation=PAYLOAD, on=MONDAY)
    workspace.set_stage(contact.id, "accepted", on=MONDAY)
    log_meeting(workspace, contact.id, notes=PAYLOAD, on=MONDAY)
    workspace.save_draft(contact.id, "thank_you", PAYLOAD + "</div></section><b>bold</b>")
    html = write_handout(workspace, tmp_path / "h.html", today=MONDAY).read_text()
    tags = [t for t, _ in _tags(html)]
    assert "script" not in tags and "b" not in tags and "img" not in tags
    assert "&lt;/section&gt;&lt;b&gt;bold&lt;/b&gt;" in html


def test_the_handout_finds_a_contact_typed_in_decomposed_form(workspace):
    """A name typed as e + combining accent (as some keyboards do) finds the contact saved
    in composed form (found by fuzzing)."""
    workspace.add_contact("Jos\u00e9 Mart\u00ednez", on=MONDAY)
    html = handout_html(workspace, contact_name="Jose\u0301 Marti\u0301nez", today=MONDAY)
    assert "Jos\u00e9 Mart\u00ednez" in html


def test_a_page_under_an_unknown_home_folder_is_a_report_error(workspace, tmp_path):
    """~someone-unknown/ in the output path is explained, not a RuntimeError (fuzzing)."""
    workspace.add_contact("Amara Okafor", on=MONDAY)
    with pytest.raises(ReportError, match="home folder"):
        write_handout(workspace, "~no-such-user-here/packet.html", today=MONDAY)
    with pytest.raises(ReportError, match="home folder"):
        write_cohort_report(load_cohort(tmp_path, today=MONDAY), "~no-such-user-here/out")


def test_the_report_counts_each_participants_targets(workspace, tmp_path):
    """Targets listed and targets with a contact appear per alias, counts only."""
    fill_demo(workspace, today=MONDAY)
    write_participant_export(workspace, tmp_path, alias="Kim", today=MONDAY)
    html = write_cohort_report(
        load_cohort(tmp_path, today=MONDAY), tmp_path / "out", today=MONDAY
    ).read_text()
    assert "Who to ask: target lists" in html
    assert "1 of 1 participant has a target list: 12 targets listed, 5 with a contact." in html
    assert '<tr><td>Kim</td><td class="number">12</td><td class="number">5</td></tr>' in html
    for target in workspace.target_list():
        assert target.name not in html  # organisations never leave the workspace

"""Fuzzing the HTML pages: any text a participant or a file brings is shown escaped, as text."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from infointerview import report
from infointerview.cohort import Cohort, ParticipantExport, Skipped
from infointerview.model import ActivityKind, Goal, InputError, Profile, Stage
from infointerview.store import MeetingPlan, Workspace, WorkspaceError

from .fuzzing import (
    PINNED_DAY,
    Fuzz,
    Recorder,
    clean_words,
    days,
    participant_text,
    pin_today,
)

TEXT = participant_text(long=False)
HANDOUT_FIELDS = ("name", "role", "organisation", "question", "notes", "draft", "me")
CHART = report.Chart("cohort-funnel.png", b"\x89PNG\r\n", "The funnel.")


def _shown(html: str, texts: list[str], skeleton: str) -> None:
    """Each text is in the page escaped; one that could open a tag never appears raw.

    ``skeleton`` is the page made from harmless text: a text found in it (such as "<p") is
    part of the page's own markup, so its raw form proves nothing.
    """
    for text in texts:
        assert str(escape(text)) in html, f"{text!r} is not shown escaped"
        if re.search(r"<[A-Za-z/!?]", text) and text not in skeleton:
            assert text not in html, f"{text!r} went into the page as markup"


def _export(number: int, alias: str, exported_on: date, day: date) -> ParticipantExport:
    return ParticipantExport(
        file=f"p{number}.json",
        participant_id="a" * 32,
        alias=alias,
        exported_on=exported_on,
        stages={Stage.REQUESTED: 1},
        reached={Stage.REQUESTED: 1},
        activity=((day, ActivityKind.REQUEST_SENT, 1),),
        due=(("thank_you", day), ("follow_up", day)),
    )


def test_fuzz_cohort_report_html(figures: Recorder) -> None:
    """cohort_report_html shows every alias, reason, folder and chart text escaped."""
    fuzz = Fuzz("report.cohort_report_html", report.ReportError)
    skeleton = report.cohort_report_html(
        Cohort((_export(0, "x", PINNED_DAY, PINNED_DAY),), (Skipped("f", "r"),)),
        [CHART, CHART],
        folder="d",
        today=PINNED_DAY,
    )

    @given(
        aliases=st.lists(TEXT, max_size=3),
        reasons=st.lists(TEXT, max_size=2),
        alt=TEXT,
        folder=participant_text(),
        day=days(),
        today=days(),
    )
    def run(
        aliases: list[str], reasons: list[str], alt: str, folder: str, day: date, today: date
    ) -> None:
        group = Cohort(
            tuple(_export(n, alias, day, day) for n, alias in enumerate(aliases)),
            tuple(Skipped(f"s{n}.json", reason) for n, reason in enumerate(reasons)),
        )
        charts = [CHART, report.Chart("cohort-activity-1.png", b"\x89PNG", alt)]
        with fuzz.example(aliases, reasons, alt, folder, today):
            html = report.cohort_report_html(group, charts, folder=folder, today=today)
            _shown(html, [*aliases, *reasons, alt, folder], skeleton)

    fuzz.run(run, figures)


class Packets:
    """A workspace that each example adds one fully prepared contact to (renewed every 10)."""

    def __init__(self) -> None:
        self.workspace = Workspace(":memory:")
        self.made = 0

    def renew(self) -> Workspace:
        if self.made and self.made % 10 == 0:
            self.workspace.close()
            self.workspace = Workspace(":memory:")
        self.made += 1
        return self.workspace


@pytest.fixture
def packets(monkeypatch: pytest.MonkeyPatch) -> Iterator[Packets]:
    """A contact prepared for each example, in a workspace renewed every 10."""
    pin_today(monkeypatch)
    made = Packets()
    yield made
    made.workspace.close()


def _prepare(workspace: Workspace, fields: dict[str, object], fallback: str) -> tuple[int, bool]:
    """Save what the example typed, where the workspace takes it; return the contact's id and
    whether it was added under the name as typed."""
    with contextlib.suppress(InputError):
        workspace.save_profile(Profile(fields["me"], "nursing", (Goal.ADVICE,)))  # type: ignore[arg-type]
    try:
        contact = workspace.add_contact(
            fields["name"],
            role=fields["role"],
            organisation=fields["organisation"],  # type: ignore[arg-type]
        )
        as_typed = True
    except InputError:
        contact, as_typed = workspace.add_contact(fallback, organisation="Trust"), False
    saves = (
        lambda: workspace.save_question_plan(contact.id, [("", fields["question"], 3)]),
        lambda: workspace.save_research(
            contact.id, "person-current-role", done=True, notes=fields["notes"]
        ),
        lambda: workspace.save_draft(contact.id, "thank_you", fields["draft"]),
        lambda: workspace.save_meeting_plan(
            MeetingPlan(contact.id, meeting_on=fields["meeting_on"])
        ),
    )
    for save in saves:
        with contextlib.suppress(InputError):
            save()
    return contact.id, as_typed


def _saved_texts(workspace: Workspace, contact_id: int) -> list[str]:
    """What the handout page for this contact should show, as the workspace keeps it."""
    contact = workspace.contact(contact_id)
    profile = workspace.profile()
    texts = [contact.name, contact.role, contact.organisation]
    texts += [profile.name] if profile else []
    texts += [q.text for q in workspace.question_plan(contact_id)]
    texts += [e.notes for e in workspace.research(contact_id).values()]
    draft = workspace.draft(contact_id, "thank_you")
    texts += [draft] if draft.strip() else []
    return [text for text in texts if text]


def test_fuzz_handout_html(figures: Recorder, packets: Packets) -> None:
    """handout_html shows all that is saved for a contact escaped, found by the name as typed."""
    fuzz = Fuzz("report.handout_html", report.ReportError, InputError, WorkspaceError)
    with Workspace(":memory:") as plain:
        _prepare(plain, dict.fromkeys(HANDOUT_FIELDS, "x") | {"meeting_on": None}, "y")
        skeleton = report.handout_html(plain, today=PINNED_DAY)

    @given(
        name=st.one_of(clean_words(40), TEXT),
        role=TEXT,
        organisation=TEXT,
        question=TEXT,
        notes=participant_text(),
        draft=participant_text(),
        me=TEXT,
        asked_as=st.sampled_from(("typed", "decomposed", "spaced", "other", "everyone")),
        other=TEXT,
        meeting_on=st.one_of(st.none(), days()),
    )
    def run(asked_as: str, other: str, **fields: object) -> None:
        workspace = packets.renew()
        contact_id, as_typed = _prepare(workspace, fields, f"Contact {packets.made}")
        name = str(fields["name"])
        wanted = {
            "typed": name,
            "decomposed": unicodedata.normalize("NFD", name),
            "spaced": f"  {name} ",
            "other": other,
            "everyone": None,
        }[asked_as]
        names = [contact.name for contact in workspace.contacts()]  # typed in earlier examples
        with fuzz.example(*fields.values(), wanted, names):
            try:
                html = report.handout_html(workspace, contact_name=wanted, today=PINNED_DAY)
            except report.ReportError:
                found = as_typed and asked_as in ("typed", "decomposed", "spaced")
                assert not found, f"the contact was not found by the name {wanted!r}"
                raise
            if as_typed or asked_as == "everyone":
                _shown(html, _saved_texts(workspace, contact_id), skeleton)

    fuzz.run(run, figures)

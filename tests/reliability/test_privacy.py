"""Privacy: the default export for the instructor holds no contact's name, email or note."""

from __future__ import annotations

import base64
import json
import re
from datetime import date, timedelta
from pathlib import Path

from infointerview.cli import main as infointerview
from infointerview.export import write_participant_export
from infointerview.model import Goal, Profile
from infointerview.store import FILE_NAME, Workspace
from infointerview.ui.welcome import InstructorExport

from .entered import Entered, enter_everywhere

TODAY = date(2026, 11, 25)
PEOPLE = [
    ("Wilhelmina Quartermaine-Osei", "w.quartermaine@harbourtrust.example"),
    ("Bartholomew Nkemelu", "bart.nkemelu@cityarchive.example"),
    ("Zoë Ørsted-Lindqvist", "zoe.orsted@klinik.example"),
    ("李 小龍", "xiaolong.li@museum.example"),
    ("Dara O'Sullivan-Achterberg", "dara@osullivan-achterberg.example"),
]
NOTES = [
    "Her daughter Priyanka starts at Lakeside Primary in March",
    "Mentioned his diagnosis in confidence; do not repeat",
    "Salary at Klinik is about 52,000; she is leaving in the spring",
    "Home phone 0161 496 0000, only after six",
    "Thinks the director Halvorsen will be fired before the merger",
]

# Typed into every other field in turn (so some land in names, most in notes).
TOPICS = ("her divorce", "his visa status", "a pending lawsuit", "their new address", "a rumour")
REMARKS = [f"Private remark {n} on {TOPICS[n % len(TOPICS)]}" for n in range(60)]
NOTE_FIELDS = (
    "contact notes",
    "research notes",
    "meeting notes",
    "notes on a question",
    "meeting plan notes",
    "activity detail",
    "keep-in-touch detail",
    "request draft",
    "thank-you draft",
)


def secrets_in(entered, people) -> set[str]:
    """Every name, name part, email, email part and note a participant typed."""
    found = set()
    for name, email in people:
        found |= {name, email, email.split("@")[0]}
        found |= {part for part in re.split(r"[\s\-']+", name) if len(part) >= 3}
    found |= {item.text for item in entered if item.field in NOTE_FIELDS}
    return found


def only_in_notes(entered) -> set[str]:
    """Texts typed only into note fields, never into a name or an organisation."""
    named = " ".join(i.text for i in entered if i.field not in NOTE_FIELDS)
    return {i.text for i in entered if i.field in NOTE_FIELDS and i.text not in named}


def filled_workspace(path: Path) -> tuple[Workspace, set[str], set[str]]:
    workspace = Workspace(path)
    workspace.save_profile(Profile.from_input("Sam Rivera", "Museums", [Goal.INDUSTRY]))
    met_on = TODAY - timedelta(days=6)
    for (name, email), note in zip(PEOPLE, NOTES, strict=True):
        workspace.add_contact(
            name, organisation="Harbour Trust", email=email, notes=note, on=met_on
        )
    entered = enter_everywhere(workspace, REMARKS, today=TODAY, contacts=5)
    entered += [Entered("contact notes", note) for note in NOTES]
    return workspace, secrets_in(entered, PEOPLE), only_in_notes(entered)


def leaks(data: bytes, secrets: set[str]) -> list[str]:
    """The secrets present in an export, as raw text or inside its decoded JSON."""
    text = data.decode("utf-8")
    decoded = json.dumps(json.loads(text), ensure_ascii=False)
    return sorted(s for s in secrets if s in text or s in decoded or s.lower() in text.lower())


def test_the_default_export_leaks_nothing_a_participant_typed(tmp_path, monkeypatch, figures):
    """The export written by the package, by `infointerview export` and by the welcome
    notebook's button (as a download) holds none of the names, emails or notes entered."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", TODAY.isoformat())
    home = tmp_path / "home"
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(home))
    workspace, secrets, _ = filled_workspace(home / FILE_NAME)
    exports: dict[str, bytes] = {}
    for folder in ("package", "cli"):
        (tmp_path / folder).mkdir()
    exports["write_participant_export"] = write_participant_export(
        workspace, tmp_path / "package"
    ).read_bytes()
    assert infointerview(["export", "--to", str(tmp_path / "cli")]) == 0
    exports["infointerview export"] = next((tmp_path / "cli").glob("*.json")).read_bytes()
    monkeypatch.delenv("INFOINTERVIEW_COLLECTION", raising=False)
    button = InstructorExport(workspace)
    button.children[2].click()
    link = re.search(r'href="data:application/json;base64,([^"]+)"', button.status)
    assert link, button.status
    exports["welcome notebook's download"] = base64.b64decode(link.group(1))
    workspace.close()

    for how, data in exports.items():
        leaked = leaks(data, secrets)
        figures.record("Privacy", how, len(secrets), "secrets scanned", len(leaked))
        assert leaked == []
        assert json.loads(data)["stages"], "the export is not empty: it was worth scanning"
    figures.note("Privacy", f"{len(PEOPLE)} contacts' names, emails and notes in every field")


def test_the_scan_finds_what_including_contacts_shares(tmp_path, monkeypatch):
    """The same scan finds the names when the participant chooses to share them, so an
    empty scan above means absent, not unseen."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", TODAY.isoformat())
    workspace, secrets, notes = filled_workspace(tmp_path / FILE_NAME)
    shared = write_participant_export(workspace, tmp_path, include_contacts=True)
    leaked = leaks(shared.read_bytes(), secrets)
    assert {name for name, _ in PEOPLE} <= set(leaked)
    assert not any("@" in item for item in leaked)  # emails never, even then
    assert notes and not notes & set(leaked)  # nor notes

"""`infointerview today` and `infointerview calendar`: the coach outside the notebooks."""

import json

from icalendar import Calendar

from infointerview import cli
from infointerview.store import FILE_NAME, Workspace


def _demo(tmp_path, monkeypatch, pinned_today):
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    assert cli.main(["demo"]) == 0
    return tmp_path / FILE_NAME


def test_today_prints_the_next_step_and_what_is_due_with_the_notebook(
    tmp_path, monkeypatch, capsys, pinned_today
):
    """The demo learner is told the next step first, then what is due, each with its notebook."""
    _demo(tmp_path, monkeypatch, pinned_today)
    capsys.readouterr()
    assert cli.main(["today"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Today is Monday 16 March 2026.")
    assert "Next step: " in out
    assert "Overdue:" in out or "Today:" in out or "This week:" in out
    assert "(in 0" in out and ".ipynb)" in out


def test_today_json_matches_the_welcome_pages_list(tmp_path, monkeypatch, capsys, pinned_today):
    """--json gives the same items as coach.today_list, as plain data."""
    from infointerview.coach import today_list

    home = _demo(tmp_path, monkeypatch, pinned_today)
    capsys.readouterr()
    assert cli.main(["today", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    with Workspace(home) as workspace:
        expected = today_list(workspace)
    assert record["today"] == "2026-03-16"
    assert [item["text"] for item in record["items"]] == [item.text for item in expected.items]
    assert record["next_step"]["notebook"] == expected.next_step.notebook


def test_today_for_a_new_learner_suggests_a_first_person(
    tmp_path, monkeypatch, capsys, pinned_today
):
    """With nothing in the workspace the next step is the first person, and nothing is due."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    assert cli.main(["today"]) == 0
    out = capsys.readouterr().out
    assert "Nothing is due this week." in out
    assert "Next step: " in out


def test_today_never_shows_practice_contacts(tmp_path, monkeypatch, capsys, pinned_today):
    """A practice contact's overdue steps are never listed, only the note that they exist."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    with Workspace(tmp_path / FILE_NAME) as workspace:
        workspace.add_contact("Practice Person", organisation="Pharmacy", practice="pharmacist")
    assert cli.main(["today"]) == 0
    out = capsys.readouterr().out
    assert "Practice Person" not in out
    assert "practice contact" in out


def test_calendar_writes_the_file_the_notebook_makes(tmp_path, monkeypatch, capsys, pinned_today):
    """`calendar --out` writes an .ics a calendar parser reads, one event per due date."""
    _demo(tmp_path, monkeypatch, pinned_today)
    capsys.readouterr()
    out = tmp_path / "mine.ics"
    assert cli.main(["calendar", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events and f"Wrote {len(events)} calendar event" in said
    assert len({str(event["UID"]) for event in events}) == len(events)


def test_calendar_into_a_folder_uses_the_usual_name(tmp_path, monkeypatch, capsys, pinned_today):
    """--out naming a folder writes information-please.ics inside it."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    assert cli.main(["calendar", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "information-please.ics").is_file()


def test_calendar_where_it_cannot_write_says_so(tmp_path, monkeypatch, capsys, pinned_today):
    """A place that cannot be written is explained, with exit status 2."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    assert cli.main(["calendar", "--out", str(tmp_path / "no" / "such" / "x.ics")]) == 2
    assert "Choose another place with --out" in capsys.readouterr().err

"""Tests for the instructor's commands: export, cohort, handout and demo --cohort."""

import json
from pathlib import Path

import pytest

from infointerview import cli
from infointerview.store import FILE_NAME, Workspace


@pytest.fixture
def demo_home(tmp_path, monkeypatch, pinned_today):
    """A participant's home with the demo participant in it, used as the default workspace."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INFOINTERVIEW_EXCHANGE", raising=False)
    assert cli.main(["demo"]) == 0
    return tmp_path / "home"


def test_export_writes_to_the_collection_folder_and_says_what_it_holds(
    demo_home, tmp_path, monkeypatch, capsys
):
    """`infointerview export` uses INFOINTERVIEW_EXCHANGE and says nothing private went in."""
    (tmp_path / "exchange").mkdir()
    monkeypatch.setenv("INFOINTERVIEW_EXCHANGE", str(tmp_path / "exchange"))
    capsys.readouterr()
    assert cli.main(["export"]) == 0
    out = capsys.readouterr().out
    assert "no contact names, emails or notes" in out
    [written] = (tmp_path / "exchange").glob("*.json")
    assert json.loads(written.read_text())["alias"] == "Sam Rivera (demo)"
    with Workspace(demo_home / FILE_NAME) as workspace:
        assert written.name == f"{workspace.participant_id()}.json"


def test_export_with_an_alias_and_contacts_to_a_chosen_folder(demo_home, tmp_path):
    """--to, --alias and --include-contacts do what they say."""
    assert cli.main(["export", "--to", str(tmp_path), "--alias", "S.R.", "--include-contacts"]) == 0
    [written] = tmp_path.glob("*.json")
    data = json.loads(written.read_text())
    assert data["alias"] == "S.R." and len(data["contacts"]) == 10


def test_export_without_a_folder_fails_with_a_reason(demo_home, capsys):
    """No collection folder: exit 2 and a message naming the variable."""
    assert cli.main(["export"]) == 2
    assert "INFOINTERVIEW_EXCHANGE" in capsys.readouterr().err


def test_export_with_a_bad_alias_fails_with_a_reason(demo_home, tmp_path, capsys):
    """An empty alias is refused, with exit status 2."""
    assert cli.main(["export", "--to", str(tmp_path), "--alias", "  "]) == 2
    assert "alias" in capsys.readouterr().err.lower()
    assert list(tmp_path.glob("*.json")) == []


def test_demo_cohort_then_cohort_report(tmp_path, pinned_today, capsys, monkeypatch):
    """An instructor's rehearsal: a demo cohort, then the report, from the command line."""
    monkeypatch.chdir(tmp_path)
    assert cli.main(["demo", "--cohort", "12", "--to", "exchange"]) == 0
    assert len(list((tmp_path / "exchange").glob("*.json"))) == 12
    (tmp_path / "exchange" / "half.json").write_text('{"format": "infointer')
    capsys.readouterr()
    assert cli.main(["cohort", "exchange"]) == 0
    captured = capsys.readouterr()
    assert "Read 12 participants' exports; skipped 1 file." in captured.out
    assert "skipped half.json: it ends too early" in captured.err
    assert (tmp_path / "cohort-report" / "cohort-report.html").is_file()
    assert (tmp_path / "cohort-report" / "cohort-funnel.png").is_file()


def test_demo_cohort_refuses_a_folder_with_exports_in_it(tmp_path, pinned_today, capsys):
    """Made-up participants never mix with real exports."""
    (tmp_path / "real.json").write_text("{}")
    assert cli.main(["demo", "--cohort", "5", "--to", str(tmp_path)]) == 2
    assert "already holds 1 export" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["real.json"]


def test_demo_cohort_refuses_a_folder_with_exports_one_folder_down(tmp_path, capsys):
    """Exports in a participant's subfolder (as on Zero to JupyterHub) count as real ones."""
    (tmp_path / "alice").mkdir()
    (tmp_path / "alice" / "real.json").write_text("{}")
    assert cli.main(["demo", "--cohort", "5", "--to", str(tmp_path)]) == 2
    assert "already holds 1 export" in capsys.readouterr().err
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == [
        "alice",
        "alice/real.json",
    ]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["demo", "--cohort", "0", "--to", "x"], "1 to 5000"),
        (["demo", "--cohort", "3", "--home", "x"], "--home is for one demo participant"),
        (["demo", "--to", "x"], "--to is for a demo cohort"),
        (["cohort", "no-such-folder"], "does not exist"),
    ],
)
def test_bad_instructor_commands_say_why(tmp_path, monkeypatch, capsys, argv, message):
    """Each misuse exits 2 with a message naming the problem."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INFOINTERVIEW_EXCHANGE", raising=False)
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err


def test_handout_writes_a_page_to_open_and_print(demo_home, tmp_path, capsys):
    """`infointerview handout --out FILE` writes HTML and says how to print it."""
    out = tmp_path / "packet.html"
    assert cli.main(["handout", "--out", str(out), "--contact", "Priya Raman"]) == 0
    assert "print" in capsys.readouterr().out
    assert "Priya Raman" in out.read_text()


def test_handout_for_an_unknown_contact_fails_with_the_names(demo_home, tmp_path, capsys):
    """A misspelt contact gets exit 2 and the list of contacts."""
    assert cli.main(["handout", "--out", str(tmp_path / "x.html"), "--contact", "Pria"]) == 2
    assert "Priya Raman" in capsys.readouterr().err
    assert not Path(tmp_path / "x.html").exists()


def test_a_folder_under_an_unknown_users_home_is_explained(capsys):
    """`--to ~nobody-here/x` says the home folder is unknown instead of crashing."""
    assert cli.main(["demo", "--cohort", "3", "--to", "~no-such-user-here/exports"]) == 2
    assert "that user's home folder is not known here" in capsys.readouterr().err

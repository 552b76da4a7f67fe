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
    monkeypatch.delenv("INFOINTERVIEW_COLLECTION", raising=False)
    assert cli.main(["demo"]) == 0
    return tmp_path / "home"


def test_export_writes_to_the_collection_folder_and_says_what_it_holds(
    demo_home, tmp_path, monkeypatch, capsys
):
    """`infointerview export` uses INFOINTERVIEW_COLLECTION and says nothing private went in."""
    (tmp_path / "collection").mkdir()
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", str(tmp_path / "collection"))
    capsys.readouterr()
    assert cli.main(["export"]) == 0
    out = capsys.readouterr().out
    assert "no contact names, emails or notes" in out
    [written] = (tmp_path / "collection").glob("*.json")
    assert json.loads(written.read_text())["alias"] == "Sam Rivera (demo)"
    with Workspace(demo_home / FILE_NAME) as workspace:
        assert written.name == f"{workspace.participant_id()}.json"


def test_export_with_an_alias_and_contacts_to_a_chosen_folder(demo_home, tmp_path):
    """--to, --alias and --include-contacts do what they say."""
    assert cli.main(["export", "--to", str(tmp_path), "--alias", "S.R.", "--include-contacts"]) == 0
    [written] = tmp_path.glob("*.json")
    data = json.loads(written.read_text())
    assert data["alias"] == "S.R." and len(data["contacts"]) == 11


def test_export_without_a_folder_fails_with_a_reason(demo_home, capsys):
    """No collection folder: exit 2 and a message naming the variable."""
    assert cli.main(["export"]) == 2
    assert "INFOINTERVIEW_COLLECTION" in capsys.readouterr().err


def test_export_with_a_bad_alias_fails_with_a_reason(demo_home, tmp_path, capsys):
    """An empty alias is refused, with exit status 2."""
    assert cli.main(["export", "--to", str(tmp_path), "--alias", "  "]) == 2
    assert "alias" in capsys.readouterr().err.lower()
    assert list(tmp_path.glob("*.json")) == []


def test_demo_cohort_then_cohort_report(tmp_path, pinned_today, capsys, monkeypatch):
    """An instructor's rehearsal: a demo cohort, then the report, from the command line."""
    monkeypatch.chdir(tmp_path)
    assert cli.main(["demo", "--cohort", "12", "--to", "collection"]) == 0
    assert len(list((tmp_path / "collection").glob("*.json"))) == 12
    (tmp_path / "collection" / "half.json").write_text('{"format": "infointer')
    capsys.readouterr()
    assert cli.main(["cohort", "collection"]) == 0
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
    monkeypatch.delenv("INFOINTERVIEW_COLLECTION", raising=False)
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


# --- the collection folder's name, old and new ------------------------------------------------


@pytest.mark.parametrize("variable", ["INFOINTERVIEW_COLLECTION", "INFOINTERVIEW_EXCHANGE"])
def test_export_finds_the_collection_folder_by_either_name(
    demo_home, tmp_path, monkeypatch, variable
):
    """INFOINTERVIEW_EXCHANGE, its old name, still works when INFOINTERVIEW_COLLECTION is unset."""
    monkeypatch.setenv(variable, str(tmp_path))
    assert cli.main(["export"]) == 0
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_the_new_name_wins_over_the_old(demo_home, tmp_path, monkeypatch):
    """With both set, INFOINTERVIEW_COLLECTION names the folder and the old name is ignored."""
    (tmp_path / "new").mkdir()
    (tmp_path / "old").mkdir()
    monkeypatch.setenv("INFOINTERVIEW_COLLECTION", str(tmp_path / "new"))
    monkeypatch.setenv("INFOINTERVIEW_EXCHANGE", str(tmp_path / "old"))
    assert cli.main(["export"]) == 0
    assert len(list((tmp_path / "new").glob("*.json"))) == 1
    assert list((tmp_path / "old").iterdir()) == []


def test_demo_cohort_and_cohort_use_the_collection_folder_by_default(
    tmp_path, pinned_today, monkeypatch, capsys
):
    """Without a folder, `demo --cohort` writes to and `cohort` reads the collection folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INFOINTERVIEW_EXCHANGE", str(tmp_path / "drop"))
    assert cli.main(["demo", "--cohort", "3"]) == 0
    assert len(list((tmp_path / "drop").glob("*.json"))) == 3
    capsys.readouterr()
    assert cli.main(["cohort", "--out", "report"]) == 0
    assert "Read 3 participants' exports." in capsys.readouterr().out
    assert str(tmp_path / "drop") in (tmp_path / "report" / "cohort-report.html").read_text()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["demo", "--cohort", "3"], "Where should the demo exports go?"),
        (["cohort"], "Which collection folder should be read?"),
    ],
)
def test_without_any_collection_folder_the_command_asks_for_one(capsys, argv, message):
    """No folder given and no variable set: exit 2, naming INFOINTERVIEW_COLLECTION."""
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "INFOINTERVIEW_COLLECTION" in err


# --- one ExportError, one rule for a demo cohort's folder -------------------------------------


def test_there_is_one_export_error_for_writing_and_reading():
    """cohort raises the export module's ExportError: one class, a ValueError, for both sides."""
    from infointerview import cohort, export

    assert cohort.ExportError is export.ExportError and issubclass(export.ExportError, ValueError)
    with pytest.raises(export.ExportError, match="not an Information Please export"):
        cohort.parse_export({"format": "something else"})


def test_the_demo_cohorts_folder_rule_is_the_librarys(tmp_path):
    """demo_cohort itself refuses a folder holding exports, with the command's message."""
    from infointerview.demo import DemoError, demo_cohort

    (tmp_path / "real.json").write_text("{}")
    with pytest.raises(DemoError, match="already holds 1 export"):
        demo_cohort(tmp_path, 2)
    with pytest.raises(DemoError, match="1 to 5000"):
        demo_cohort(tmp_path / "new", 0)
    assert not (tmp_path / "new").exists()

"""`infointerview connections FILE`: who you know at each target organisation, from a terminal."""

import json
from pathlib import Path

import pytest

from infointerview import cli
from infointerview.store import FILE_NAME, Workspace

LINKEDIN = Path(__file__).resolve().parents[1] / "data" / "linkedin"


@pytest.fixture
def home_with_targets(tmp_path, monkeypatch):
    """A workspace whose target list names organisations from the sample export."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    with Workspace(tmp_path / FILE_NAME) as workspace:
        for name in ("Greenway Mobility", "Bahnwerk", "Nobody Works Here Ltd"):
            workspace.add_target(name, want=4)


def test_text_report_names_matches_and_targets_with_nobody(home_with_targets, capsys):
    """The report lists who works at a target and names the target with nobody yet."""
    assert cli.main(["connections", str(LINKEDIN / "Connections.csv")]) == 0
    out = capsys.readouterr().out
    assert "Priya Raman" in out and "Tom Baker" in out  # "Greenway Mobility, Inc.", any case
    assert "Jonas Müller" in out  # "Bahnwerk GmbH"
    assert "Nobody Works Here Ltd" in out


def test_json_report_is_plain_data(home_with_targets, capsys):
    """--json prints JSON a script can read, with the same people."""
    assert cli.main(["connections", str(LINKEDIN / "Connections.csv"), "--json"]) == 0
    out = capsys.readouterr().out
    json.loads(out)
    assert "Priya" in out and "Greenway Mobility" in out


@pytest.mark.parametrize("name", ["empty.csv", "bank-statement.csv", "Connections-de.csv"])
def test_a_file_that_is_not_linkedins_export_is_refused_in_words(home_with_targets, capsys, name):
    """Another CSV, an empty file or another language's export: a message and exit status 2."""
    assert cli.main(["connections", str(LINKEDIN / name)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("infointerview: ") and "Traceback" not in err
    assert len(err.strip()) > 40


def test_a_missing_file_is_named(home_with_targets, tmp_path, capsys):
    """A path with no file behind it is named in the message."""
    assert cli.main(["connections", str(tmp_path / "nope.csv")]) == 2
    assert "nope.csv" in capsys.readouterr().err

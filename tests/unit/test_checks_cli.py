"""Tests for `infointerview check thank-you`, tips on the command line, and broken checks.toml."""

import json

import pytest

from infointerview import cli

GOOD_NOTE = (
    "Dear Ms Chou,\n\nThank you for Thursday. Your point that a research interview is closer to "
    "a lesson plan than a script reassured me, and I have started the diary study you "
    "suggested.\n\nWith thanks,\nNadia"
)
ASKING_NOTE = (
    "Dear Ms Ito,\n\nThank you for the chat about live-ops production. Could you forward my CV "
    "to your hiring manager?\n\nBest,\nLucía"
)


@pytest.fixture
def note(tmp_path):
    """Write a note to a file and return its path."""

    def write(text: str) -> str:
        path = tmp_path / "note.txt"
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def test_a_good_thank_you_exits_0(note, capsys):
    """Nothing to fix: exit status 0 and a line saying so."""
    assert cli.main(["check", "thank-you", note(GOOD_NOTE)]) == 0
    assert "Nothing to fix" in capsys.readouterr().out


def test_a_job_ask_in_a_thank_you_exits_1_and_quotes_it(note, capsys):
    """The finding is printed with its rule and the words it found; exit status 1."""
    assert cli.main(["check", "thank-you", note(ASKING_NOTE)]) == 1
    out = capsys.readouterr().out
    assert "  job-request: “forward my CV”" in out and "1 thing to fix." in out


def test_thank_you_json_is_one_object(note, capsys):
    """--json prints one object with the findings."""
    assert cli.main(["check", "thank-you", note(ASKING_NOTE), "--json"]) == 1
    printed = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in printed["findings"]] == ["job-request"]
    assert "tips" not in printed


def test_a_tip_is_printed_but_changes_nothing(note, capsys):
    """A CV mentioned without a job ask is a tip: shown, in JSON too, and exit status 0."""
    text = GOOD_NOTE.replace("and I have", "I have rewritten my CV as you advised, and")
    assert cli.main(["check", "thank-you", note(text)]) == 0
    assert "tip (mentions-hiring):" in capsys.readouterr().out
    assert cli.main(["check", "thank-you", note(text), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tips"][0]["rule"] == "mentions-hiring"


def test_questions_show_tips_beside_findings(tmp_path, capsys):
    """A question list shows a tip under its line without counting it as one to rework."""
    path = tmp_path / "questions.txt"
    path.write_text("How would you suggest I tailor my CV for this field?\nAre you hiring?\n")
    assert cli.main(["check", "questions", str(path)]) == 1
    out = capsys.readouterr().out
    assert "tip (mentions-hiring)" in out and "1 of 2 questions to rework." in out


def test_a_note_in_another_language_is_not_passed_as_fine(note, capsys):
    """A Spanish note gets the not-english finding and exit status 1, never 'nothing to fix'."""
    spanish = "Estimada Sra. García: muchas gracias por su tiempo. Le adjunto mi currículum."
    assert cli.main(["check", "thank-you", note(spanish)]) == 1
    assert "not-english" in capsys.readouterr().out


@pytest.mark.parametrize("option", [["--word-limit", "100"], ["--contact", "Ana"]])
def test_request_options_are_refused_for_a_note(note, capsys, option):
    """--word-limit and --contact belong to requests: exit status 2 with a message."""
    assert cli.main(["check", "thank-you", note(GOOD_NOTE), *option]) == 2
    assert "for requests" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["request", "questions", "thank-you"])
def test_a_broken_checks_toml_is_reported_not_ignored(note, tmp_path, monkeypatch, capsys, kind):
    """An instructor's checks.toml that cannot be used is named on stderr; ours are used."""
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "checks.toml").write_text("[rules.job-request]\npatterns = ['(unclosed']\n")
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(folder))
    assert cli.main(["check", kind, note(ASKING_NOTE)]) == 1
    err = capsys.readouterr().err
    assert "checks.toml" in err and "(unclosed" in err and "built-in checks are used" in err

"""Tests for `infointerview check request`."""

import json

import pytest

from infointerview import cli

GOOD = (
    "Dear Ana, we met at the Leeds alumni evening. Could we talk for 20 minutes, "
    "whenever suits you? Thank you, Sam"
)


@pytest.fixture
def draft(tmp_path):
    """Write a draft to a file and return its path."""

    def write(text: str, name: str = "draft.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def test_a_clean_draft_exits_0(draft, capsys):
    """Nothing to fix: exit status 0 and a line saying so."""
    assert cli.main(["check", "request", draft(GOOD)]) == 0
    assert "Nothing to fix" in capsys.readouterr().out


def test_findings_exit_1_and_are_listed_with_their_rules(draft, capsys):
    """Each finding is printed with its rule id; the exit status is 1."""
    assert cli.main(["check", "request", draft("Are you hiring? Call me Monday at 9.")]) == 1
    out = capsys.readouterr().out
    for rule in ("job-request", "no-duration", "not-their-convenience", "no-gratitude"):
        assert f"  {rule}: " in out


def test_json_output_is_exactly_one_object(draft, capsys):
    """--json prints one JSON object with the word count and the findings."""
    assert (
        cli.main(["check", "request", draft("Are you hiring? Thanks, 20 minutes."), "--json"]) == 1
    )
    printed = json.loads(capsys.readouterr().out)
    assert printed == {
        "words": 6,
        "findings": [{"rule": "job-request", "message": printed["findings"][0]["message"]}],
    }


def test_the_word_limit_option(draft, capsys):
    """--word-limit 100 lets a 90-word draft through."""
    text = GOOD + " word" * 70
    assert cli.main(["check", "request", draft(text), "--json"]) == 1
    assert cli.main(["check", "request", draft(text), "--json", "--word-limit", "100"]) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "request", "/no/such/file.txt"], "no such file"),
        (["check", "request", "DIR"], "is a folder"),
        (["check", "request", "FILE", "--word-limit", "3"], "word limit"),
    ],
)
def test_bad_usage_and_unreadable_files_exit_2(draft, tmp_path, capsys, args, message):
    """A missing file, a folder or a silly limit exits 2 with a message."""
    places = {"FILE": draft(GOOD), "DIR": str(tmp_path)}
    args = [places.get(a, a) for a in args]
    assert cli.main(args) == 2
    assert message in capsys.readouterr().err


def test_empty_and_non_utf8_files_exit_2(tmp_path, draft, capsys):
    """An empty file or one that is not UTF-8 text is explained, not checked."""
    assert cli.main(["check", "request", draft("  \n")]) == 2
    binary = tmp_path / "draft.doc"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert cli.main(["check", "request", str(binary)]) == 2
    err = capsys.readouterr().err
    assert "is empty" in err and "not UTF-8 text" in err


def test_an_unknown_kind_is_bad_usage(draft):
    """Only known kinds of text can be checked; anything else is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(["check", "poem", draft(GOOD)])
    assert exit_.value.code == 2


def test_content_option_adds_an_instructors_patterns(tmp_path, draft, monkeypatch):
    """--content DIR works like INFOINTERVIEW_CONTENT."""
    folder = tmp_path / "field"
    folder.mkdir()
    (folder / "checks.toml").write_text("[rules.job-request]\npatterns = ['\\blocum\\b']\n")
    text = draft(GOOD + " Any locum work?")
    assert cli.main(["check", "request", text]) == 0
    assert cli.main(["--content", str(folder), "check", "request", text]) == 1


QUESTIONS = "How did you get into this field?\n\nDo you like it?\nWhat does Acme do?\n"


def test_questions_are_checked_one_a_line_and_blank_lines_skipped(draft, capsys):
    """Each non-blank line is a question; findings are listed with their line numbers."""
    assert cli.main(["check", "questions", draft(QUESTIONS)]) == 1
    out = capsys.readouterr().out
    assert "line 3: Do you like it?\n  closed-question:" in out
    assert "line 4: What does Acme do?\n  homework:" in out
    assert "2 of 3 questions to rework." in out


def test_questions_json_is_one_array_with_an_object_per_question(draft, capsys):
    """--json prints one array: line, text and findings for every question."""
    assert cli.main(["check", "questions", draft(QUESTIONS), "--json"]) == 1
    printed = json.loads(capsys.readouterr().out)
    assert [(q["line"], q["text"]) for q in printed] == [
        (1, "How did you get into this field?"),
        (3, "Do you like it?"),
        (4, "What does Acme do?"),
    ]
    assert printed[0]["findings"] == []
    assert [f["rule"] for f in printed[1]["findings"]] == ["closed-question"]


def test_good_questions_exit_0(draft, capsys):
    """A list of good questions exits 0 with a line saying so."""
    assert cli.main(["check", "questions", draft("What surprised you most?\n")]) == 0
    assert "All 1 questions are open" in capsys.readouterr().out


@pytest.mark.parametrize("option", [["--word-limit", "100"], ["--contact", "Ana"]])
def test_request_options_are_refused_for_questions(draft, capsys, option):
    """--contact and --word-limit belong to requests; with questions they are bad usage."""
    assert cli.main(["check", "questions", draft(QUESTIONS), *option]) == 2
    assert "for requests" in capsys.readouterr().err


def test_checking_questions_starts_without_the_ui_stack(draft):
    """The command imports neither matplotlib nor ipywidgets, so it starts fast."""
    import subprocess
    import sys

    code = (
        "import sys; from infointerview import cli; "
        "cli.main(['check', 'questions', sys.argv[1]]); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'ipywidgets')))"
    )
    path = draft("How did you start?\n")
    result = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True)
    assert result.stdout.strip().endswith("[]")


def test_the_contact_option_refuses_a_name_that_is_no_contact(draft, capsys):
    """--contact NAME must be one of your contacts: otherwise exit 2, saying so."""
    assert cli.main(["check", "request", draft(GOOD), "--contact", "Nobody Here"]) == 2
    assert "There is no contact called 'Nobody Here'" in capsys.readouterr().err


def test_the_contact_option_lets_a_request_to_a_willing_contact_through(draft, capsys):
    """A contact who has not said no is checked as usual, whatever the name's case."""
    from infointerview.store import Workspace

    with Workspace() as workspace:
        workspace.add_contact("Ana Costa")
    assert cli.main(["check", "request", draft(GOOD), "--contact", "ana costa"]) == 0
    assert "Nothing to fix" in capsys.readouterr().out


def test_to_is_no_longer_a_contacts_name(draft, capsys):
    """`check --to NAME` is refused (exit 2) with a pointer to --contact: --to is a folder."""
    assert cli.main(["check", "request", draft(GOOD), "--to", "Ana"]) == 2
    assert "--contact 'Ana'" in capsys.readouterr().err


def test_the_usual_word_limit_is_the_librarys(draft, capsys):
    """Without --word-limit the printed limit is the one the check used (checks' own)."""
    from infointerview.checks import request_word_limit

    assert cli.main(["check", "request", draft(GOOD)]) == 0
    assert f"words (limit {request_word_limit()})" in capsys.readouterr().out


def test_a_file_too_long_to_be_a_draft_is_refused(draft, capsys):
    """A file longer than any draft the notebooks keep is refused (exit 2), as they refuse it."""
    from infointerview.drafts import DRAFT_MAX_CHARS

    assert cli.main(["check", "request", draft("word " * (DRAFT_MAX_CHARS // 5 + 1))]) == 2
    assert "cannot be kept beyond" in capsys.readouterr().err


def test_questions_are_checked_by_the_library_one_a_line(draft, capsys):
    """The command lists exactly what checks.check_question_list finds, line by line."""
    from infointerview.checks import check_question_list

    assert cli.main(["check", "questions", draft(QUESTIONS), "--json"]) == 1
    printed = json.loads(capsys.readouterr().out)
    expected = check_question_list(QUESTIONS)
    assert [(q["line"], q["text"], len(q["findings"])) for q in printed] == [
        (line, text, len(found)) for line, text, found in expected
    ]

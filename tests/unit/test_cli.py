"""Tests for the infointerview command."""

import argparse
import sys
from pathlib import Path

import pytest

from infointerview import cli
from infointerview.store import FILE_NAME, Workspace

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_every_command(capsys):
    """`infointerview --help` names each command with a line about it."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("lab", "app", "demo"):
        assert f"    {command}" in out


def test_demo_fills_a_fresh_folder_and_says_where(tmp_path, capsys):
    """`infointerview demo --home DIR` makes the demo participant there."""
    assert cli.main(["demo", "--home", str(tmp_path)]) == 0
    assert str(tmp_path / FILE_NAME) in capsys.readouterr().out
    with Workspace(tmp_path / FILE_NAME) as workspace:
        assert workspace.profile().name == "Sam Rivera (demo)"


def test_demo_uses_infointerview_home_by_default(tmp_path, monkeypatch):
    """Without --home the demo goes where the participant's workspace would be."""
    monkeypatch.setenv("INFOINTERVIEW_HOME", str(tmp_path))
    assert cli.main(["demo"]) == 0
    assert (tmp_path / FILE_NAME).is_file()


def test_demo_refuses_a_workspace_that_holds_work(tmp_path, capsys):
    """A second demo into the same folder is refused with exit status 2 and a reason."""
    cli.main(["demo", "--home", str(tmp_path)])
    assert cli.main(["demo", "--home", str(tmp_path)]) == 2
    assert "already holds someone's work" in capsys.readouterr().err


def test_demo_home_under_an_unknown_users_home_is_explained(capsys):
    """`demo --home ~nobody/x` says that home folder is unknown (exit 2), naming --home."""
    assert cli.main(["demo", "--home", "~no-such-user-here/x"]) == 2
    assert "--home ~no-such-user-here/x starts with ~" in capsys.readouterr().err


def test_a_broken_workspace_is_reported_not_overwritten(tmp_path, capsys):
    """The command names the damaged file and leaves it as it was."""
    path = tmp_path / FILE_NAME
    path.write_bytes(b"garbage" * 100)
    assert cli.main(["demo", "--home", str(tmp_path)]) == 2
    assert str(path) in capsys.readouterr().err
    assert path.read_bytes() == b"garbage" * 100


def test_lab_serves_the_notebooks_on_this_computer_only():
    """JupyterLab is bound to 127.0.0.1 and opens at the welcome notebook."""
    folder = cli.notebooks_dir()
    command = cli.lab_command(folder, port=8899, open_browser=False, extra=["--debug"])
    assert command[:3] == [sys.executable, "-m", "jupyterlab"]
    assert "--ServerApp.ip=127.0.0.1" in command
    assert f"--ServerApp.root_dir={folder}" in command
    assert "--ServerApp.default_url=/lab/tree/00-welcome.ipynb" in command
    assert command[-2:] == ["--no-browser", "--debug"]


@pytest.mark.parametrize("phase", ["00", "0", "welcome"])
def test_app_serves_one_phase_with_the_code_hidden(phase):
    """`infointerview app 00` runs that notebook in Voila, code stripped, on 127.0.0.1."""
    folder = cli.notebooks_dir()
    command = cli.app_command(folder, phase, port=None, open_browser=True, extra=[])
    assert command[:4] == [sys.executable, "-m", "voila", str(folder / "00-welcome.ipynb")]
    assert "--strip_sources=True" in command and "--Voila.ip=127.0.0.1" in command


def test_app_without_a_phase_serves_them_all():
    """`infointerview app` serves the notebooks folder, so every phase is one click away."""
    folder = cli.notebooks_dir()
    assert cli.app_command(folder, None, port=8866, open_browser=False, extra=[])[3] == str(folder)


def test_an_unknown_phase_is_explained(capsys):
    """`infointerview app lunch` lists the phases instead of starting anything."""
    assert cli.main(["app", "lunch"]) == 2
    assert "There is no phase called 'lunch'" in capsys.readouterr().err


def test_the_notebooks_are_found_in_the_checkout_or_where_configured(tmp_path, monkeypatch):
    """INFOINTERVIEW_NOTEBOOKS wins; without it the checkout's notebooks are used."""
    assert cli.notebooks_dir() == ROOT / "notebooks"
    (tmp_path / "00-welcome.ipynb").write_text("{}")
    monkeypatch.setenv("INFOINTERVIEW_NOTEBOOKS", str(tmp_path))
    assert cli.notebooks_dir() == tmp_path


def test_unknown_options_are_refused_for_demo(capsys):
    """Only lab and app pass unknown options on; demo rejects them."""
    with pytest.raises(SystemExit):
        cli.main(["demo", "--colour", "blue"])
    assert "unrecognised arguments: --colour blue" in capsys.readouterr().err


def _subcommands() -> dict:
    """Each command's own parser, by name."""
    parser = cli.build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(commands.choices)


def test_every_command_and_option_is_explained_in_help():
    """Each command, and each of its options, has a help line (the old check --to excepted)."""
    for name, parser in _subcommands().items():
        assert parser.description, name
        for action in parser._actions:
            if action.dest in ("help", "old_to"):
                continue
            assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)


def test_to_is_always_the_folder_the_files_go_into():
    """Every command that shows --to takes a folder (DIR), never a person's name."""
    shown = {}
    for name, parser in _subcommands().items():
        for action in parser._actions:
            if "--to" in action.option_strings and action.help != argparse.SUPPRESS:
                shown[name] = action.metavar
    assert shown == {"demo": "DIR", "export": "DIR"}


def test_contact_is_always_a_contacts_name():
    """--contact names one of your contacts in every command that has it."""
    metavars = {
        name: action.metavar
        for name, parser in _subcommands().items()
        for action in parser._actions
        if "--contact" in action.option_strings
    }
    assert metavars == {"check": "NAME", "handout": "NAME"}


def test_a_content_folder_that_is_not_there_is_bad_usage(tmp_path, capsys):
    """--content DIR must be a folder; otherwise the usage error says so (exit 2)."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--content", str(tmp_path / "missing"), "check", "questions", "x.txt"])
    assert exit_.value.code == 2
    assert f"--content {tmp_path / 'missing'}: no such folder" in capsys.readouterr().err

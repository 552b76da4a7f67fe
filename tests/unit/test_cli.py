"""Tests for the infointerview command."""

import argparse
import json
import os
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from infointerview import cli
from infointerview.store import FILE_NAME, Workspace
from infointerview.workshop_folder import prepare

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
    folder = ROOT / "notebooks"
    command = cli.lab_command(folder, port=8899, open_browser=False, extra=["--debug"])
    assert command[:3] == [sys.executable, "-m", "jupyterlab"]
    assert "--ServerApp.ip=127.0.0.1" in command
    assert f"--ServerApp.root_dir={folder}" in command
    assert "--ServerApp.default_url=/lab/tree/00-welcome.ipynb" in command
    assert command[-2:] == ["--no-browser", "--debug"]


@pytest.mark.parametrize("phase", ["00", "0", "welcome"])
def test_app_serves_the_whole_folder_opening_at_one_phase(phase):
    """`infointerview app 00` serves every notebook (so the links to the next phase work),
    opening at that phase, code stripped, on 127.0.0.1."""
    folder = ROOT / "notebooks"
    command = cli.app_command(folder, phase, port=None, open_browser=True, extra=[])
    assert command[:4] == [sys.executable, "-m", "infointerview.app_server", str(folder)]
    assert "--start=00-welcome.ipynb" in command
    assert "--strip_sources=True" in command and "--Voila.ip=127.0.0.1" in command


def test_app_without_a_phase_serves_them_all():
    """`infointerview app` serves the notebooks folder, its front page the list of them."""
    folder = ROOT / "notebooks"
    command = cli.app_command(folder, None, port=8866, open_browser=False, extra=[])
    assert command[3] == str(folder) and not any(a.startswith("--start") for a in command)


def test_an_unknown_phase_is_explained(capsys):
    """`infointerview app lunch` lists the phases instead of starting anything."""
    assert cli.main(["app", "lunch"]) == 2
    assert "There is no phase called 'lunch'" in capsys.readouterr().err


def _served(monkeypatch, argv: list[str]) -> list[str]:
    """The command line `infointerview ARGV` would start, without starting it."""
    started = []
    monkeypatch.setattr(cli.subprocess, "call", lambda command, env: started.append(command) or 0)
    assert cli.main(argv) == 0
    [command] = started
    return command


def test_lab_in_a_clone_serves_the_clones_notebooks(monkeypatch):
    """From a clone (`make lab`), the clone's own notebooks/ folder is what JupyterLab opens."""
    monkeypatch.delenv("INFOINTERVIEW_NOTEBOOKS", raising=False)
    command = _served(monkeypatch, ["lab", "--no-browser"])
    assert f"--ServerApp.root_dir={ROOT / 'notebooks'}" in command


def test_lab_with_a_folder_copies_the_notebooks_in_first(tmp_path, monkeypatch, capsys):
    """`lab --folder DIR` makes DIR, copies the notebooks in and serves it; said on screen."""
    folder = tmp_path / "my workshop"
    command = _served(monkeypatch, ["lab", "--folder", str(folder), "--no-browser"])
    assert f"--ServerApp.root_dir={folder}" in command
    assert (folder / "00-welcome.ipynb").read_bytes() == (
        ROOT / "notebooks" / "00-welcome.ipynb"
    ).read_bytes()
    assert f"Made your workshop folder {folder}" in capsys.readouterr().out


def test_the_notebooks_variable_names_a_folder_served_as_it_is(tmp_path, monkeypatch):
    """INFOINTERVIEW_NOTEBOOKS (as hubs and tests set it) is served without copying into it."""
    (tmp_path / "00-welcome.ipynb").write_text("{}")
    monkeypatch.setenv("INFOINTERVIEW_NOTEBOOKS", str(tmp_path))
    command = _served(monkeypatch, ["app", "00", "--no-browser"])
    assert str(tmp_path) in command and sorted(tmp_path.iterdir()) == [
        tmp_path / "00-welcome.ipynb"
    ]


def test_a_notebooks_variable_without_the_notebooks_is_explained(tmp_path, monkeypatch, capsys):
    """A wrong INFOINTERVIEW_NOTEBOOKS stops `lab` with a message naming it (exit 2)."""
    monkeypatch.setenv("INFOINTERVIEW_NOTEBOOKS", str(tmp_path))
    assert cli.main(["lab", "--no-browser"]) == 2
    assert "INFOINTERVIEW_NOTEBOOKS is" in capsys.readouterr().err


def test_lab_starts_jupyterlab_without_the_news_question(monkeypatch):
    """The JupyterLab that `lab` starts reads the workshop's settings: no news question."""
    seen = {}
    monkeypatch.setattr(cli.subprocess, "call", lambda command, env: seen.update(env) or 0)
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", "/elsewhere")
    assert cli.main(["lab", "--no-browser"]) == 0
    first, *rest = seen["JUPYTER_CONFIG_PATH"].split(os.pathsep)
    overrides = Path(first) / "labconfig" / "default_setting_overrides.d" / "infointerview.json"
    settings = json.loads(overrides.read_text())["@jupyterlab/apputils-extension:notification"]
    assert settings["fetchNews"] == "false" and rest == ["/elsewhere"]


def test_reset_moves_the_participants_copy_aside_then_restores(tmp_path, capsys):
    """`reset 01 --folder DIR` keeps the edited copy in earlier-copies/ and says where."""
    prepare(tmp_path)
    (tmp_path / "01-research.ipynb").write_text("my notes")
    assert cli.main(["reset", "01", "--folder", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    [aside] = (tmp_path / "earlier-copies").iterdir()
    assert aside.read_text() == "my notes" and str(aside) in out
    assert (tmp_path / "01-research.ipynb").read_bytes() == (
        ROOT / "notebooks" / "01-research.ipynb"
    ).read_bytes()


def test_reset_in_a_clone_points_at_git(monkeypatch, capsys):
    """In a clone the served notebooks are the shipped ones: reset refuses and says why."""
    monkeypatch.delenv("INFOINTERVIEW_NOTEBOOKS", raising=False)
    assert cli.main(["reset", "00"]) == 2
    assert "git checkout -- notebooks/" in capsys.readouterr().err


def test_hub_link_prints_an_nbgitpuller_link(capsys):
    """`hub-link` prints the hub's user-redirect to /git-pull with the repository and branch."""
    argv = ["hub-link", "--repo", "https://git.example.org/w.git", "--branch", "spring"]
    assert cli.main([*argv, "--hub", "https://hub.example.org/"]) == 0
    link = capsys.readouterr().out.strip()
    assert link.startswith("https://hub.example.org/hub/user-redirect/git-pull?")
    query = parse_qs(urlsplit(link).query)
    assert query == {
        "repo": ["https://git.example.org/w.git"],
        "branch": ["spring"],
        "targetpath": ["information-please"],
        "urlpath": ["lab/tree/information-please/notebooks/00-welcome.ipynb"],
    }


def test_hub_link_refuses_a_hub_that_is_not_an_address(capsys):
    """--hub must be a web address; otherwise nothing is printed but the reason (exit 2)."""
    argv = ["hub-link", "--repo", "https://git.example.org/w.git", "--hub", "hub.example.org"]
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "give the hub's address" in captured.err


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

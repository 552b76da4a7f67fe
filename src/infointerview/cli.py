"""The ``infointerview`` command: open the workshop in JupyterLab or Voila, make demo data."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from infointerview import __version__, content
from infointerview.store import FILE_NAME, Workspace, WorkspaceError, default_home

NOTEBOOKS_VARIABLE = "INFOINTERVIEW_NOTEBOOKS"


class CommandError(Exception):
    """A command cannot go ahead; the message says why (exit status 2)."""


WELCOME = "00-welcome.ipynb"


def notebooks_dir() -> Path:
    """Find the workshop notebooks: INFOINTERVIEW_NOTEBOOKS, else the source checkout's."""
    configured = os.environ.get(NOTEBOOKS_VARIABLE, "").strip()
    candidates = [Path(configured).expanduser()] if configured else []
    candidates.append(Path(__file__).resolve().parents[2] / "notebooks")
    for folder in candidates:
        if (folder / WELCOME).is_file():
            return folder
    raise FileNotFoundError(
        "Could not find the workshop notebooks. Run this from a clone of the workshop "
        f"(installed with `pip install -e .`), or set {NOTEBOOKS_VARIABLE} to the folder "
        f"that holds {WELCOME}."
    )


def _root_flags() -> list[str]:
    # Jupyter refuses to run as root (common in containers) unless told it is deliberate.
    return ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


def lab_command(folder: Path, *, port: int | None, open_browser: bool, extra: Sequence[str]):
    """Return the command line that serves the notebooks in JupyterLab at the welcome page."""
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.root_dir={folder}",
        f"--ServerApp.default_url=/lab/tree/{WELCOME}",
        *_root_flags(),
    ]
    if port:
        command.append(f"--ServerApp.port={port}")
    if not open_browser:
        command.append("--no-browser")
    return [*command, *extra]


def app_command(
    folder: Path, phase: str | None, *, port: int | None, open_browser: bool, extra: Sequence[str]
) -> list[str]:
    """Return the command line that serves one phase (or all) in Voila with the code hidden."""
    target = folder / content.find_phase(phase).notebook if phase else folder
    command = [
        sys.executable,
        "-m",
        "voila",
        str(target),
        "--Voila.ip=127.0.0.1",
        "--strip_sources=True",
    ]
    if port:
        command.append(f"--port={port}")
    if not open_browser:
        command.append("--no-browser")
    return [*command, *extra]


def _serve(command: list[str]) -> int:
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0


def _cmd_lab(args: argparse.Namespace, extra: list[str]) -> int:
    return _serve(
        lab_command(notebooks_dir(), port=args.port, open_browser=not args.no_browser, extra=extra)
    )


def _cmd_app(args: argparse.Namespace, extra: list[str]) -> int:
    command = app_command(
        notebooks_dir(), args.phase, port=args.port, open_browser=not args.no_browser, extra=extra
    )
    return _serve(command)


def _cmd_demo(args: argparse.Namespace, extra: list[str]) -> int:
    from infointerview.demo import fill_demo

    home = Path(args.home).expanduser() if args.home else default_home()
    with Workspace(home / FILE_NAME) as workspace:
        fill_demo(workspace)
        counts = workspace.summary()
        name = workspace.profile().name  # type: ignore[union-attr]
    print(
        f"Made the demo participant {name} with {counts['contacts']} contacts and "
        f"{counts['activities']} logged activities in {home / FILE_NAME}."
    )
    if args.home:
        print(f"To open the workshop with it: INFOINTERVIEW_HOME={home} infointerview lab")
    return 0


def _read_text_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise CommandError(f"{path} is a folder; give the file that holds the text.") from None
    except UnicodeDecodeError:
        raise CommandError(f"{path} is not UTF-8 text; save it as plain UTF-8 text.") from None
    except OSError as error:
        raise CommandError(f"{path} could not be read: {error.strerror}.") from None
    if not text.strip():
        raise CommandError(f"{path} is empty: there is nothing to check.")
    return text


def _refuse_if_declined(name: str) -> None:
    with Workspace() as workspace:
        matches = [c for c in workspace.contacts() if c.name.casefold() == name.casefold()]
        if not matches:
            raise CommandError(f"There is no contact called {name!r} in your workspace.")
        for contact in matches:
            refusal = workspace.refusal(contact.id)
            if refusal:
                raise CommandError(refusal)


def _check_questions(args: argparse.Namespace, text: str) -> int:
    from infointerview.checks import check_question

    if args.word_limit or args.to:
        raise CommandError("--word-limit and --to are for requests, not questions.")
    results = [
        {"line": number, "text": line.strip(), "findings": check_question(line)}
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]
    flagged = [r for r in results if r["findings"]]
    if args.json:
        print(
            json.dumps(
                [dict(r, findings=[f.as_dict() for f in r["findings"]]) for r in results],
                ensure_ascii=False,
            )
        )
    else:
        for result in flagged:
            print(f"line {result['line']}: {result['text']}")
            for finding in result["findings"]:
                print(f"  {finding.rule}: {finding.message}")
        print(
            f"{len(flagged)} of {len(results)} questions to rework."
            if flagged
            else f"All {len(results)} questions are open, researched and never ask for a job."
        )
    return 1 if flagged else 0


def _cmd_check(args: argparse.Namespace, extra: list[str]) -> int:
    from infointerview.checks import check_request, count_words

    text = _read_text_file(args.file)
    if args.kind == "questions":
        return _check_questions(args, text)
    if args.to:
        _refuse_if_declined(args.to)
    try:
        findings = check_request(text, word_limit=args.word_limit)
    except ValueError as error:
        raise CommandError(str(error)) from None
    words = count_words(text)
    if args.json:
        print(
            json.dumps(
                {"words": words, "findings": [f.as_dict() for f in findings]}, ensure_ascii=False
            )
        )
    else:
        limit = args.word_limit or 75
        print(f"{args.file}: {words} words (limit {limit})")
        for finding in findings:
            print(f"  {finding.rule}: {finding.message}")
        print(
            f"{len(findings)} thing{'s' if len(findings) != 1 else ''} to fix."
            if findings
            else "Nothing to fix: this request follows the etiquette."
        )
    return 1 if findings else 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser; ``infointerview --help`` lists every command."""
    parser = argparse.ArgumentParser(
        prog="infointerview",
        description="Information Please: a workshop on informational interviews, in Jupyter.",
        epilog=f"Your work is kept in {default_home() / FILE_NAME} "
        "(set INFOINTERVIEW_HOME to keep it elsewhere).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--content",
        metavar="DIR",
        help="a folder of your own content files (research.toml, checks.toml) to add to or "
        "replace the built-in ones; the same as setting INFOINTERVIEW_CONTENT",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    lab = commands.add_parser(
        "lab",
        help="open JupyterLab at the welcome notebook",
        description="Open JupyterLab at the welcome notebook, on this computer only "
        "(127.0.0.1). Options it does not know are passed on to JupyterLab.",
    )
    app = commands.add_parser(
        "app",
        help="open a phase (or all of them) as an app, with the code hidden (Voila)",
        description="Open a phase in Voila with the code hidden. Options it does not know are "
        "passed on to Voila.",
    )
    phases = ", ".join(f"{p.number:02d} {p.slug}" for p in content.phases())
    app.add_argument("phase", nargs="?", help=f"which phase, by number or name ({phases})")
    for sub in (lab, app):
        sub.add_argument("--port", type=int, help="port to serve on (default: the first free)")
        sub.add_argument("--no-browser", action="store_true", help="do not open a browser")
    lab.set_defaults(handler=_cmd_lab)
    app.set_defaults(handler=_cmd_app)

    demo = commands.add_parser(
        "demo",
        help="fill a workspace with a realistic demo participant",
        description="Make a demo participant: ten contacts at every stage and six weeks of "
        "networking activity. Refuses a workspace that already holds work.",
    )
    demo.add_argument("--home", help="folder for the demo workspace (default: your own)")
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser(
        "check",
        help="check a draft against the etiquette (exit 1 when anything is found)",
        description="Check a text file against the workshop's etiquette. Exit status 0: "
        "nothing found; 1: findings; 2: bad usage or an unreadable file.",
    )
    check.add_argument(
        "kind",
        choices=["request", "questions"],
        help="what the text is: a request, or questions (one a line)",
    )
    check.add_argument("file", help="a UTF-8 text file")
    check.add_argument(
        "--word-limit", type=int, help="word limit (default 75; 100 is the first-edition advice)"
    )
    check.add_argument(
        "--json", action="store_true", help='print one JSON object: {"words": N, "findings": [...]}'
    )
    check.add_argument(
        "--to", metavar="NAME", help="the contact it is for; refused if they have already said no"
    )
    check.set_defaults(handler=_cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command not in ("lab", "app"):
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    if args.content:
        if not Path(args.content).is_dir():
            parser.error(f"--content {args.content}: no such folder")
        # Also reaches the kernels that `lab` and `app` start.
        os.environ[content.CONTENT_VARIABLE] = str(Path(args.content).resolve())
    try:
        return args.handler(args, extra)
    except (WorkspaceError, FileNotFoundError, LookupError, CommandError) as error:
        print(f"infointerview: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

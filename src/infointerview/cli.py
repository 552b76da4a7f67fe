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
from infointerview.collection import DEFAULT_GROUP
from infointerview.model import InputError, expand_home
from infointerview.store import FILE_NAME, Workspace, WorkspaceError, default_home

NOTEBOOKS_VARIABLE = "INFOINTERVIEW_NOTEBOOKS"


class CommandError(Exception):
    """A command cannot go ahead; the message says why (exit status 2)."""


WELCOME = "00-welcome.ipynb"


def _folder(text: str, option: str) -> Path:
    """The folder an option names, with ~ expanded; a clear error for an unknown ~user."""
    folder = expand_home(text)
    if folder is None:
        raise CommandError(
            f"{option} {text} starts with ~, but that user's home folder is not known here; "
            "give a full folder path."
        )
    return folder


def notebooks_dir() -> Path:
    """Find the workshop notebooks: INFOINTERVIEW_NOTEBOOKS, else the source checkout's."""
    configured = os.environ.get(NOTEBOOKS_VARIABLE, "").strip()
    candidates = [expand_home(configured) or Path(configured)] if configured else []
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
    if args.cohort is not None:
        return _demo_cohort(args)
    if args.to:
        raise CommandError("--to is for a demo cohort: infointerview demo --cohort N --to DIR.")
    from infointerview.demo import fill_demo

    home = _folder(args.home, "--home") if args.home else default_home()
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


def _demo_cohort(args: argparse.Namespace) -> int:
    from infointerview.demo import demo_cohort
    from infointerview.export import EXCHANGE_VARIABLE, exchange_dir

    if args.home:
        raise CommandError("--home is for one demo participant; a demo cohort goes --to DIR.")
    if not 1 <= args.cohort <= 5000:
        raise CommandError("Make a demo cohort of 1 to 5000 participants.")
    folder = _folder(args.to, "--to") if args.to else exchange_dir()
    if folder is None:
        raise CommandError(
            f"Where should the demo exports go? Give --to DIR (or set {EXCHANGE_VARIABLE})."
        )
    folder.mkdir(parents=True, exist_ok=True)
    # The cohort also reads one folder down (one folder per participant on Zero to JupyterHub).
    existing = [*folder.glob("*.json"), *folder.glob("*/*.json")]
    if existing:
        # Made-up participants must never mix with a real cohort's exports.
        raise CommandError(
            f"{folder} already holds {len(existing)} export(s). Make the demo cohort in an "
            "empty folder: infointerview demo --cohort N --to DIR."
        )
    paths = demo_cohort(folder, args.cohort)
    print(f"Made {len(paths)} demo participants' exports in {folder}.")
    print(f"To see them: infointerview cohort {folder}")
    return 0


def _cmd_export(args: argparse.Namespace, extra: list[str]) -> int:
    from infointerview.export import ExportError, write_participant_export

    with Workspace() as workspace:
        try:
            path = write_participant_export(
                workspace, args.to, alias=args.alias, include_contacts=args.include_contacts
            )
        except ExportError as error:
            raise CommandError(str(error)) from None
        counts = workspace.summary()
    shared = (
        "contact names, organisations and stages included, as you chose"
        if args.include_contacts
        else "no contact names, emails or notes"
    )
    print(
        f"Wrote your export ({counts['contacts']} contacts, {counts['activities']} activities; "
        f"{shared}) to {path}."
    )
    print("Export again any time: the new file replaces this one.")
    return 0


def _cmd_cohort(args: argparse.Namespace, extra: list[str]) -> int:
    from infointerview.cohort import CohortError, load_cohort, needs_a_word
    from infointerview.report import ReportError, write_cohort_report

    try:
        cohort = load_cohort(args.folder)
        for skipped in cohort.skipped:
            print(f"skipped {skipped.reason}", file=sys.stderr)
        page = write_cohort_report(cohort, args.out, folder=str(args.folder))
    except (CohortError, ReportError) as error:
        raise CommandError(str(error)) from None
    concerns = needs_a_word(cohort)
    print(cohort.describe())
    print(
        f"{len(concerns)} of {len(cohort.participants)} may need a word "
        "(quiet for ten days, a thank-you overdue, or a follow-up due)."
    )
    print(f"Wrote the report and its charts to {page.parent}; open {page} in a browser.")
    return 0


def _cmd_collection_folder(args: argparse.Namespace, extra: list[str]) -> int:
    from infointerview.collection import CollectionError, describe, make_collection_folder
    from infointerview.export import EXCHANGE_VARIABLE, ExportError, exchange_dir

    try:
        folder = _folder(args.folder, "The folder") if args.folder.strip() else exchange_dir()
    except ExportError as error:
        raise CommandError(str(error)) from None
    if folder is None:
        raise CommandError(
            "Which folder should the exports go into? Give it: infointerview collection-folder "
            f"DIR (or set {EXCHANGE_VARIABLE})."
        )
    try:
        made = make_collection_folder(folder, args.group)
    except CollectionError as error:
        raise CommandError(str(error)) from None
    for line in describe(made):
        print(line)
    if not made.reachable:
        return 1
    print(
        "Tell every participant's server where it is, in the hub's config (instructor guide, "
        f"3.3): {EXCHANGE_VARIABLE}={made.path}"
    )
    return 0


def _cmd_handout(args: argparse.Namespace, extra: list[str]) -> int:
    from infointerview.report import ReportError, write_handout

    with Workspace() as workspace:
        try:
            path = write_handout(workspace, args.out, contact_name=args.contact)
        except ReportError as error:
            raise CommandError(str(error)) from None
    print(f"Wrote your handout to {path}: open it in a browser and print it.")
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
        help="a folder of your own content files (research.toml, questions.toml, checks.toml) to "
        "add to or replace the built-in ones; the same as setting INFOINTERVIEW_CONTENT",
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
        "networking activity. Refuses a workspace that already holds work. With --cohort N, "
        "make N made-up participants' exports instead, for an instructor to rehearse with.",
    )
    demo.add_argument("--home", help="folder for the demo workspace (default: your own)")
    demo.add_argument(
        "--cohort",
        type=int,
        metavar="N",
        help="instead, make N made-up participants' exports, to rehearse the cohort report",
    )
    demo.add_argument(
        "--to",
        metavar="DIR",
        help="an empty folder for the demo cohort's exports (default: INFOINTERVIEW_EXCHANGE)",
    )
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

    export = commands.add_parser(
        "export",
        help="write your export for the instructor into the collection folder",
        description="Write your export for your instructor: your alias, your contacts' "
        "stages, dated activity counts and due dates. No contact names, emails or notes "
        "unless you add --include-contacts. A new export replaces your earlier one.",
    )
    export.add_argument(
        "--to", metavar="DIR", help="the collection folder (default: INFOINTERVIEW_EXCHANGE)"
    )
    export.add_argument("--alias", help="the name your instructor sees (default: your profile's)")
    export.add_argument(
        "--include-contacts",
        action="store_true",
        help="also share your contacts' names, organisations and stages (never emails or notes)",
    )
    export.set_defaults(handler=_cmd_export)

    cohort = commands.add_parser(
        "cohort",
        help="build the cohort report (PNG charts and an HTML page) from a folder of exports",
        description="Read every export in a collection folder and one level down (a subfolder "
        "per participant, as on Zero to JupyterHub), skip any that cannot be used "
        "(saying why), and write the cohort report: each participant's weeks side by side, "
        "the cohort funnel, and who may need a word.",
    )
    cohort.add_argument("folder", type=Path, help="the collection folder of exports")
    cohort.add_argument(
        "--out",
        type=Path,
        default=Path("cohort-report"),
        metavar="FOLDER",
        help="where to write the report (default: ./cohort-report)",
    )
    cohort.set_defaults(handler=_cmd_cohort)

    collection = commands.add_parser(
        "collection-folder",
        help="make the collection folder on a shared server: a drop box for the exports",
        description="Make (or repair) the collection folder on a shared server where every "
        "participant is a Unix user, such as The Littlest JupyterHub: mode 3773, in the "
        "instructors' group. Participants can write their own export into it, but cannot list "
        "it or read, replace or delete anyone else's; members of the group can read them all. "
        "Run it with sudo. Exit status 0: made; 1: made, but other users cannot reach it; "
        "2: not made.",
    )
    collection.add_argument(
        "folder",
        nargs="?",
        default="",
        metavar="DIR",
        help="the folder to make (default: INFOINTERVIEW_EXCHANGE)",
    )
    collection.add_argument(
        "--group",
        default=DEFAULT_GROUP,
        help=f"the instructors' group, who may read every export (default: {DEFAULT_GROUP})",
    )
    collection.set_defaults(handler=_cmd_collection_folder)

    handout = commands.add_parser(
        "handout",
        help="a printable HTML packet: research checklist, question plan, thank-you draft",
        description="Write a printable packet from your workspace: the research on your field "
        "and yourself, then one page for each contact with their research checklist, your "
        "question plan and your thank-you draft.",
    )
    handout.add_argument("--contact", metavar="NAME", help="only this contact's page")
    handout.add_argument(
        "--out",
        type=Path,
        default=Path("infointerview-handout.html"),
        metavar="FILE",
        help="the file to write (default: ./infointerview-handout.html)",
    )
    handout.set_defaults(handler=_cmd_handout)
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
    except (WorkspaceError, FileNotFoundError, LookupError, CommandError, InputError) as error:
        print(f"infointerview: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

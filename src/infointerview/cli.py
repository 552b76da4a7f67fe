"""The ``infointerview`` command: open the workshop, check drafts, and pass exports along.

Each command is one small function (``_lab``, ``_demo``, ``_export`` …) with one small
function that adds its options. The rules behind a command (which folder, which limit, what is
refused) live in the module that owns the idea, so the command and the notebooks cannot
disagree: a command reads its options, calls that module and prints what happened.

An option means one thing in every command: ``--to DIR`` is the folder the exports go into,
``--out`` is where a report or handout is written, and ``--contact NAME`` is one of your
contacts. Exit status 0: done; 1: done, with something to fix (``check``) or to put right
(``collection-folder``); 2: nothing was done, and the message says why.
"""

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
from infointerview.demo import DEMO_COHORT_SIZES
from infointerview.hub_link import HUB_FOLDER, HUB_NOTEBOOKS, hub_link
from infointerview.model import InputError, expand_home
from infointerview.store import FILE_NAME, Workspace, WorkspaceError, default_home
from infointerview.workshop_folder import (
    EARLIER_COPIES,
    WELCOME,
    FolderError,
    default_folder,
    prepare,
    quiet_jupyterlab,
    reset,
    serving_folder,
)

CALENDAR_FILE = "information-please.ics"


class CommandError(Exception):
    """A command cannot go ahead; the message says why (exit status 2)."""


# --- lab, app and reset: the workshop folder -------------------------------------------------


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
    """Return the command line that serves the whole folder in Voila with the code hidden,
    its front page opening one phase (or, without one, the list of them all)."""
    command = [
        sys.executable,
        "-m",
        "infointerview.app_server",
        str(folder),
        "--Voila.ip=127.0.0.1",
        "--strip_sources=True",
    ]
    if phase:
        command.append(f"--start={content.find_phase(phase).notebook}")
    if port:
        command.append(f"--port={port}")
    if not open_browser:
        command.append("--no-browser")
    return [*command, *extra]


def _serve(command: list[str]) -> int:
    sys.stdout.flush()  # what was said about the folder comes before the server's own lines
    try:
        return subprocess.call(command, env=quiet_jupyterlab(os.environ))
    except KeyboardInterrupt:
        return 0


def _workshop(args: argparse.Namespace) -> Path:
    """The folder to serve; a participant's own folder gets the notebooks it lacks first."""
    folder, own = serving_folder(args.folder)
    if own:
        for line in prepare(folder).lines():
            print(line)
    return folder


def _lab(args: argparse.Namespace) -> int:
    """Serve the workshop folder in JupyterLab."""
    folder = _workshop(args)
    open_browser = not args.no_browser
    return _serve(
        lab_command(folder, port=args.port, open_browser=open_browser, extra=args.passed_on)
    )


def _app(args: argparse.Namespace) -> int:
    """Serve the workshop folder in Voila, opening at one phase (or the list of them all)."""
    if args.phase:
        content.find_phase(args.phase)  # an unknown phase is said before anything starts
    folder = _workshop(args)
    open_browser = not args.no_browser
    return _serve(
        app_command(
            folder, args.phase, port=args.port, open_browser=open_browser, extra=args.passed_on
        )
    )


def _reset(args: argparse.Namespace) -> int:
    """Put one notebook back as shipped, keeping the participant's copy aside."""
    folder, _ = serving_folder(args.folder)
    restored = reset(folder, args.notebook)
    if restored.set_aside:
        print(f"Moved your copy of {restored.notebook.name} to {restored.set_aside}.")
    print(f"{restored.notebook} is back as the workshop shipped it.")
    return 0


def _add_lab(commands: argparse._SubParsersAction) -> None:
    lab = commands.add_parser(
        "lab",
        help="open the workshop in JupyterLab, at the welcome notebook",
        description="Open the workshop's notebooks in JupyterLab, starting at the welcome "
        "notebook. Your copies of the notebooks are in your workshop folder (made the first "
        "time; a notebook you already have is never replaced). It runs on this computer only "
        "(127.0.0.1): nobody else can reach it. Press Ctrl+C here to stop it. Options it does "
        "not know are passed on to JupyterLab.",
    )
    _add_serving_options(lab)
    lab.set_defaults(handler=_lab, passes_options_on=True)


def _add_app(commands: argparse._SubParsersAction) -> None:
    app = commands.add_parser(
        "app",
        help="open a phase (or all of them) as an app: the forms and buttons, no code",
        description="Open the workshop as an app in Voila: the forms and buttons without the "
        'code, starting at one phase, and every "What\'s next" link opens the next one. It '
        "runs on this computer only (127.0.0.1). Press Ctrl+C here to stop it. Options it does "
        "not know are passed on to Voila.",
    )
    phases = ", ".join(f"{p.number:02d} {p.slug}" for p in content.phases())
    app.add_argument(
        "phase",
        nargs="?",
        help=f"which phase, by number or name ({phases}); without one, a list of them all",
    )
    _add_serving_options(app)
    app.set_defaults(handler=_app, passes_options_on=True)


def _add_folder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--folder",
        metavar="DIR",
        help=f"your workshop folder (default: {default_folder()}, or the notebooks of a clone)",
    )


def _add_serving_options(parser: argparse.ArgumentParser) -> None:
    _add_folder_option(parser)
    parser.add_argument(
        "--port", type=int, help="the port number to use, such as 8888 (default: the first free)"
    )
    parser.add_argument(
        "--no-browser",
        action="store_true",
        help="do not open a web browser (open the address it prints yourself)",
    )


def _add_reset(commands: argparse._SubParsersAction) -> None:
    reset_ = commands.add_parser(
        "reset",
        help="put one notebook back as the workshop shipped it (your copy is kept aside)",
        description="Put one notebook in your workshop folder back as the workshop shipped it. "
        f"Your copy is moved first into {EARLIER_COPIES}/ in the same folder, with the date "
        "and time in its name, so nothing you wrote is lost. What you saved through the "
        "notebooks (profile, contacts, log) is in your workspace, not the notebook, and stays.",
    )
    reset_.add_argument(
        "notebook", help="which notebook: a phase number or name (01, research) or file name"
    )
    _add_folder_option(reset_)
    reset_.set_defaults(handler=_reset)


# --- hub-link ---------------------------------------------------------------------------------


def _hub_link(args: argparse.Namespace) -> int:
    """Print the nbgitpuller link that gives each participant the notebooks on a hub."""
    if args.hub and not args.hub.startswith(("https://", "http://")):
        raise CommandError(
            f"--hub {args.hub}: give the hub's address, such as https://hub.example.org"
        )
    try:
        link = hub_link(
            args.repo,
            branch=args.branch,
            hub=args.hub,
            folder=args.folder,
            notebooks=args.notebooks,
            interface=args.open_in,
        )
    except ValueError as error:
        raise CommandError(str(error)) from None
    print(link)
    return 0


def _add_hub_link(commands: argparse._SubParsersAction) -> None:
    link = commands.add_parser(
        "hub-link",
        help="print the link that gives every participant on a hub the notebooks (nbgitpuller)",
        description="Print an nbgitpuller link for a JupyterHub. Each participant who opens it "
        "gets the notebooks from your git repository in a folder of their own, or, if they "
        "have it already, the notebooks you added or changed since; what they changed "
        "themselves is kept (nbgitpuller merges, and a file they changed wins). The hub needs "
        "nbgitpuller installed in the participants' environment.",
    )
    link.add_argument("--repo", required=True, metavar="URL", help="the git repository's URL")
    link.add_argument(
        "--branch", default="main", metavar="BRANCH", help="the branch (default: main)"
    )
    link.add_argument(
        "--hub",
        default="",
        metavar="URL",
        help="the hub's address, such as https://hub.example.org (default: a link that "
        "starts with /hub/, to use on the hub's own pages)",
    )
    link.add_argument(
        "--folder",
        default=HUB_FOLDER,
        metavar="NAME",
        help=f"the folder in each participant's home (default: {HUB_FOLDER})",
    )
    link.add_argument(
        "--notebooks",
        default=HUB_NOTEBOOKS,
        metavar="PATH",
        help=f"where the notebooks are inside the repository (default: {HUB_NOTEBOOKS}; "
        "'.' for a repository of notebooks only)",
    )
    link.add_argument(
        "--open-in",
        choices=("lab", "voila"),
        default="lab",
        help="open the welcome notebook in JupyterLab (default) or as an app in Voila",
    )
    link.set_defaults(handler=_hub_link)


# --- demo ------------------------------------------------------------------------------------


def _demo(args: argparse.Namespace) -> int:
    """Make the demo participant, or with --cohort a demo cohort's exports."""
    if args.cohort is not None:
        return _demo_cohort(args)
    if args.to:
        raise CommandError("--to is for a demo cohort: infointerview demo --cohort N --to DIR.")
    from infointerview.demo import DEMO_PROFILE, DemoError, demo_home, fill_demo

    try:
        home = demo_home(args.home)
    except DemoError as error:
        raise CommandError(str(error)) from None
    with Workspace(home / FILE_NAME) as workspace:
        fill_demo(workspace)
        counts = workspace.summary()
        profile = workspace.profile()
        name = profile.name if profile else DEMO_PROFILE.name
    print(
        f"Made the demo participant {name} with {counts['contacts']} contacts and "
        f"{counts['activities']} logged activities in {home / FILE_NAME}."
    )
    if args.home:
        print(f"To open the workshop with it: INFOINTERVIEW_HOME={home} infointerview lab")
    return 0


def _demo_cohort(args: argparse.Namespace) -> int:
    from infointerview.demo import DemoError, demo_cohort
    from infointerview.export import ExportError

    if args.home:
        raise CommandError("--home is for one demo participant; a demo cohort goes --to DIR.")
    try:
        paths = demo_cohort(args.to, args.cohort)
    except (DemoError, ExportError) as error:
        raise CommandError(str(error)) from None
    folder = paths[0].parent
    print(f"Made {len(paths)} demo participants' exports in {folder}.")
    print(f"To see them: infointerview cohort {folder}")
    return 0


def _add_demo(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser(
        "demo",
        help="make a demo participant to try the workshop with (or, with --cohort, a class)",
        description="Make a demo participant: ten contacts at every stage and six weeks of "
        "networking activity. Refuses a workspace that already holds work. With --cohort N, "
        "make N made-up participants' exports instead, for an instructor to rehearse with.",
    )
    demo.add_argument(
        "--home", metavar="DIR", help="the folder for the demo workspace (default: your own)"
    )
    fewest, most = DEMO_COHORT_SIZES
    demo.add_argument(
        "--cohort",
        type=int,
        metavar="N",
        help=f"instead, make N made-up participants' exports ({fewest} to {most}), to "
        "rehearse the cohort report",
    )
    demo.add_argument(
        "--to",
        metavar="DIR",
        help="the folder the demo cohort's exports go into; it must hold no exports yet "
        "(default: the collection folder, INFOINTERVIEW_COLLECTION)",
    )
    demo.set_defaults(handler=_demo)


# --- check -----------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    """Check a request, a list of questions or a thank-you note against the etiquette.

    An instructor's checks.toml that cannot be used is said on stderr (the built-in checks
    carry on); tips (``mentions-hiring``) are printed but never change the exit status.
    """
    from infointerview.checks import request_rules

    if args.old_to is not None:
        raise CommandError(
            "--to names a folder in every command; say who the request is for with "
            f"--contact {args.old_to!r}."
        )
    text = _read_text_file(args.file)
    for problem in request_rules().problems:
        print(f"infointerview: {problem}", file=sys.stderr)
    if args.kind == "questions":
        return _check_questions(args, text)
    if args.kind == "thank-you":
        return _check_thank_you(args, text)
    return _check_request(args, text)


def _print_tips(tips: list) -> None:
    for tip in tips:
        print(f"  tip ({tip.rule}): {tip.message}")


def _check_thank_you(args: argparse.Namespace, text: str) -> int:
    from infointerview.checks import check_thank_you, tips

    if args.word_limit is not None or args.contact:
        raise CommandError("--word-limit and --contact are for requests, not thank-you notes.")
    return _report(
        args,
        f"{args.file}:",
        {},
        check_thank_you(text),
        tips(text),
        "Nothing to fix: this note names something particular and asks for nothing.",
    )


def _report(
    args: argparse.Namespace,
    heading: str,
    extra: dict,
    findings: list,
    notes: list,
    nothing: str,
) -> int:
    """Print one text's findings and tips (as JSON with --json); exit 1 when anything is found."""
    if args.json:
        result: dict = {**extra, "findings": [f.as_dict() for f in findings]}
        if notes:
            result["tips"] = [t.as_dict() for t in notes]
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(heading)
        for finding in findings:
            print(f"  {finding.rule}: {finding.message}")
        _print_tips(notes)
        print(
            f"{len(findings)} thing{'s' if len(findings) != 1 else ''} to fix."
            if findings
            else nothing
        )
    return 1 if findings else 0


def _read_text_file(path: str) -> str:
    from infointerview.drafts import check_draft

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
    return check_draft(text)  # too long to be a draft: refused, as in the notebooks


def _check_request(args: argparse.Namespace, text: str) -> int:
    from infointerview.checks import check_request, count_words, request_word_limit, tips
    from infointerview.drafts import request_refusal

    if args.contact:
        with Workspace() as workspace:
            refusal = request_refusal(workspace, args.contact)
        if refusal:
            raise CommandError(refusal)
    try:
        limit = request_word_limit(args.word_limit)
        findings = check_request(text, word_limit=limit)
    except ValueError as error:
        raise CommandError(str(error)) from None
    words = count_words(text)
    return _report(
        args,
        f"{args.file}: {words} words (limit {limit})",
        {"words": words},
        findings,
        tips(text),
        "Nothing to fix: this request follows the etiquette.",
    )


def _check_questions(args: argparse.Namespace, text: str) -> int:
    from infointerview.checks import check_question_list, tips

    if args.word_limit is not None or args.contact:
        raise CommandError("--word-limit and --contact are for requests, not questions.")
    results = check_question_list(text)
    flagged = [(line, question, found) for line, question, found in results if found]
    notes = {line: tips(question) for line, question, _ in results}
    if args.json:
        rows: list[dict] = []
        for line, question, found in results:
            row: dict = {"line": line, "text": question, "findings": [f.as_dict() for f in found]}
            if notes[line]:
                row["tips"] = [t.as_dict() for t in notes[line]]
            rows.append(row)
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for line, question, found in results:
            if found or notes[line]:
                print(f"line {line}: {question}")
            for finding in found:
                print(f"  {finding.rule}: {finding.message}")
            _print_tips(notes[line])
        print(
            f"{len(flagged)} of {len(results)} questions to rework."
            if flagged
            else f"All {len(results)} questions are open, researched and never ask for a job."
        )
    return 1 if flagged else 0


def _add_check(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check",
        help="check a request, your questions or a thank-you note against the etiquette",
        description="Check a text file against the workshop's etiquette: a request for an "
        "informational interview, your questions for one (one question a line), or the "
        "thank-you note afterwards. The checks read English only. Tips (a CV or hiring "
        "mentioned without a job ask) are printed but change nothing. Exit status 0: nothing "
        "to fix; 1: something to fix; 2: the file could not be checked.",
    )
    check.add_argument(
        "kind",
        choices=["request", "questions", "thank-you"],
        help="what the file holds: a request (the email asking for a meeting), questions "
        "(one a line), or a thank-you note",
    )
    check.add_argument(
        "file", help="the text file to check, saved as plain text (UTF-8) by any text editor"
    )
    check.add_argument(
        "--word-limit",
        type=int,
        metavar="N",
        help="the most words a request may have (default 75; 100 is the older advice)",
    )
    check.add_argument(
        "--contact",
        metavar="NAME",
        help="the contact the request is for: refused if they have already said no",
    )
    check.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON, for another program to read",
    )
    # `check --to NAME` was the contact's name; --to now always names a folder, so the old
    # spelling is refused with a pointer to --contact rather than read as a person.
    check.add_argument("--to", dest="old_to", help=argparse.SUPPRESS)
    check.set_defaults(handler=_check)


# --- export, cohort and collection-folder: the exports' way to the instructor ----------------


def _export(args: argparse.Namespace) -> int:
    """Write the participant's export into the collection folder."""
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


def _add_export(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="write your export for your instructor into the collection folder",
        description="Write your export for your instructor: your alias, your contacts' "
        "stages, dated activity counts and due dates. No contact names, emails or notes "
        "unless you add --include-contacts. A new export replaces your earlier one.",
    )
    export.add_argument(
        "--to",
        metavar="DIR",
        help="the folder your export goes into (default: the collection folder your "
        "instructor set up, INFOINTERVIEW_COLLECTION)",
    )
    export.add_argument(
        "--alias", metavar="NAME", help="the name your instructor sees (default: your profile's)"
    )
    export.add_argument(
        "--include-contacts",
        action="store_true",
        help="also share your contacts' names, organisations and stages (never emails or notes)",
    )
    export.set_defaults(handler=_export)


def _cohort(args: argparse.Namespace) -> int:
    """Read a collection folder of exports and write the cohort report."""
    from infointerview.cohort import CohortError, load_cohort, needs_a_word
    from infointerview.report import ReportError, write_cohort_report

    try:
        cohort = load_cohort(args.folder)
        for skipped in cohort.skipped:
            print(f"skipped {skipped.reason}", file=sys.stderr)
        page = write_cohort_report(cohort, args.out, folder=str(cohort.folder))
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


def _add_cohort(commands: argparse._SubParsersAction) -> None:
    cohort = commands.add_parser(
        "cohort",
        help="build the cohort report (charts and a web page) from a folder of exports",
        description="Read every export in a collection folder and one level down (a subfolder "
        "per participant, as on Zero to JupyterHub), skip any that cannot be used "
        "(saying why), and write the cohort report: each participant's weeks side by side, "
        "the cohort funnel, and who may need a word.",
    )
    cohort.add_argument(
        "folder",
        nargs="?",
        metavar="DIR",
        help="the collection folder of exports (default: INFOINTERVIEW_COLLECTION)",
    )
    cohort.add_argument(
        "--out",
        metavar="FOLDER",
        help="the folder to write the report into (default: ./cohort-report)",
    )
    cohort.set_defaults(handler=_cohort)


def _collection_folder(args: argparse.Namespace) -> int:
    """Make or repair the collection folder on a shared server."""
    from infointerview.collection import CollectionError, describe, make_collection_folder
    from infointerview.export import COLLECTION_VARIABLE

    try:
        made = make_collection_folder(args.folder, args.group)
    except CollectionError as error:
        raise CommandError(str(error)) from None
    for line in describe(made):
        print(line)
    if not made.reachable:
        return 1
    print(
        "Tell every participant's server where it is, in the hub's config (instructor guide, "
        f"3.3): {COLLECTION_VARIABLE}={made.path}"
    )
    return 0


def _add_collection_folder(commands: argparse._SubParsersAction) -> None:
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
        metavar="DIR",
        help="the folder to make (default: INFOINTERVIEW_COLLECTION)",
    )
    collection.add_argument(
        "--group",
        default=DEFAULT_GROUP,
        metavar="GROUP",
        help=f"the instructors' group, who may read every export (default: {DEFAULT_GROUP})",
    )
    collection.set_defaults(handler=_collection_folder)


# --- handout ---------------------------------------------------------------------------------


def _handout(args: argparse.Namespace) -> int:
    """Write the participant's printable packet, or with --practice the practice kit."""
    from infointerview.report import ReportError, write_handout, write_practice_kit

    if args.practice:
        if args.contact:
            raise CommandError(
                "--practice prints the practice kit, which is the same for everyone; --contact "
                "is for your own handout. Use one or the other."
            )
        from infointerview.content.practice import practice_problems

        for problem in practice_problems():
            print(f"infointerview: {problem}", file=sys.stderr)
        try:
            path = write_practice_kit(args.out)
        except (ReportError, content.ContentError) as error:
            raise CommandError(str(error)) from None
        print(f"Wrote the practice kit to {path}: open it in a browser and print it on A4.")
        return 0
    with Workspace() as workspace:
        try:
            path = write_handout(workspace, args.out, contact_name=args.contact)
        except ReportError as error:
            raise CommandError(str(error)) from None
    print(f"Wrote your handout to {path}: open it in a browser and print it.")
    return 0


def _add_handout(commands: argparse._SubParsersAction) -> None:
    handout = commands.add_parser(
        "handout",
        help="a packet to print: research checklist, question plan and thank-you draft",
        description="Write a printable packet from your workspace: the research on your field "
        "and yourself, then one page for each contact with their research checklist, your "
        "question plan and your thank-you draft. With --practice, write the facilitator's "
        "practice kit for A4 instead; it reads no workspace.",
    )
    handout.add_argument(
        "--contact",
        metavar="NAME",
        help="only this contact's page (default: everyone who has not said no)",
    )
    handout.add_argument(
        "--practice",
        action="store_true",
        help="instead, the practice kit for the role play: a role card for each practice "
        "persona, the observer sheet, what to say when…, and the facilitator's run sheet",
    )
    handout.add_argument(
        "--out",
        metavar="FILE",
        help="the file to write (default: ./infointerview-handout.html, or "
        "./practice-kit.html with --practice)",
    )
    handout.set_defaults(handler=_handout)


# --- connections: who you know at your target organisations -------------------------------


def _connections(args: argparse.Namespace) -> int:
    """Match a LinkedIn Connections.csv to the target list and print who works where."""
    from infointerview.connections import ConnectionsError, connections_report

    with Workspace() as workspace:
        targets = workspace.target_list()
    try:
        print(connections_report(args.file, targets, as_json=args.json))
    except ConnectionsError as error:
        raise CommandError(" ".join(error.problems)) from None
    return 0


def _add_connections(commands: argparse._SubParsersAction) -> None:
    connections = commands.add_parser(
        "connections",
        help="see which of your LinkedIn connections work at your target organisations",
        description="Read the Connections.csv from LinkedIn's download of your data and match "
        "it to the target list in your workspace (01): for each target, who you know there; "
        "then the targets with nobody yet and where else your connections work. The file is "
        "only read: nothing from it is saved. A file that is not LinkedIn's Connections.csv "
        "(another CSV, an empty file, an export in another language) is refused with a "
        "message, and nothing is read from it.",
    )
    connections.add_argument("file", metavar="FILE", help="LinkedIn's Connections.csv")
    connections.add_argument("--json", action="store_true", help="print the matches as JSON")
    connections.set_defaults(handler=_connections)


# --- today and calendar: the coach outside the notebooks ------------------------------------


def _today(args: argparse.Namespace) -> int:
    """Print what to do today and this week, as the welcome notebook shows it."""
    from infointerview.coach import today_lines, today_list, today_record

    with Workspace() as workspace:
        today = today_list(workspace)
    if args.json:
        print(json.dumps(today_record(today), indent=2, ensure_ascii=False))
    else:
        print("\n".join(today_lines(today)))
    return 0


def _add_today(commands: argparse._SubParsersAction) -> None:
    today = commands.add_parser(
        "today",
        help="what to do today and this week: the next step, what is due, your plan",
        description="Print what the welcome notebook shows a returning learner: the one next "
        "step, what is overdue, due today or due this week (with the notebook that does it), "
        "this week of your plan, and a note after a quiet spell. Practice contacts never "
        "appear.",
    )
    today.add_argument("--json", action="store_true", help="print it as JSON")
    today.set_defaults(handler=_today)


def _calendar(args: argparse.Namespace) -> int:
    """Write the calendar file of meetings, reminders and the weekly networking slot."""
    from infointerview.ics import workspace_calendar

    out = expand_home(args.out)
    if out is None:
        raise CommandError(f"--out {args.out}: that home folder is not known here.")
    if out.is_dir():
        out = out / CALENDAR_FILE
    with Workspace() as workspace:
        data = workspace_calendar(workspace)
    try:
        out.write_bytes(data)
    except OSError as error:
        raise CommandError(
            f"Could not write {out}: {error.strerror or error}. Choose another place with --out."
        ) from None
    count = data.count(b"BEGIN:VEVENT")
    print(
        f"Wrote {count} calendar event{'s' if count != 1 else ''} to {out}. Import it into your "
        "calendar program; importing a newer file updates the events instead of adding copies."
    )
    return 0


def _add_calendar(commands: argparse._SubParsersAction) -> None:
    calendar = commands.add_parser(
        "calendar",
        help="write a calendar file (.ics) of meetings, reminders and your networking slot",
        description="Write the same calendar file the follow-up notebook makes: meetings "
        "(with an alarm the day before), thank-yous (with an alarm that morning), 3B7 "
        "follow-ups, keep-in-touch notes and your weekly networking slot, if you chose one.",
    )
    calendar.add_argument(
        "--out",
        default=CALENDAR_FILE,
        metavar="FILE",
        help=f"the file (or folder) to write (default: ./{CALENDAR_FILE})",
    )
    calendar.set_defaults(handler=_calendar)


# --- the command line ------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser; ``infointerview --help`` lists every command."""
    parser = argparse.ArgumentParser(
        prog="infointerview",
        description="Information Please: a workshop on informational interviews, in Jupyter. "
        "Type infointerview COMMAND --help to see what a command does.",
        epilog=f"Your work is kept in {default_home() / FILE_NAME} "
        "(set INFOINTERVIEW_HOME to keep it elsewhere).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="show the version and stop",
    )
    parser.add_argument(
        "--content",
        metavar="DIR",
        help="a folder of your own content files (research.toml, questions.toml, checks.toml) to "
        "add to or replace the built-in ones; the same as setting INFOINTERVIEW_CONTENT",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for add in (
        _add_lab,
        _add_app,
        _add_reset,
        _add_hub_link,
        _add_demo,
        _add_check,
        _add_export,
        _add_cohort,
        _add_collection_folder,
        _add_handout,
        _add_connections,
        _add_today,
        _add_calendar,
    ):
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "passes_options_on", False):
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    args.passed_on = extra
    if args.content:
        try:
            # Also reaches the kernels that `lab` and `app` start.
            content.use_override_dir(args.content)
        except content.ContentError as error:
            parser.error(f"--content {error}")
    try:
        return args.handler(args)
    except (
        WorkspaceError,
        FileNotFoundError,
        LookupError,
        CommandError,
        InputError,
        FolderError,
    ) as error:
        print(f"infointerview: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""LinkedIn connections: read the ``Connections.csv`` that "download your data" gives, and
match the people in it to the target list.

LinkedIn's file starts with a few lines of notes (about missing email addresses) before the
header ``First Name,Last Name,URL,Email Address,Company,Position,Connected On``; older files
have no URL column. A file is read whole or not at all: a bad file raises ConnectionsError
with a message saying what it is and what to do, and nothing from it is used.

Company names are compared by a key that ignores case, accents, punctuation and legal
suffixes (Ltd, Inc, GmbH, LLC, plc …), so "Müller GmbH" on LinkedIn matches "Muller" on the
target list. Nothing is dropped silently: the targets with nobody on them, and the companies
of connections that are on no target, are listed.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from infointerview.model import CONTACT_LIMITS, InputError, plural

if TYPE_CHECKING:
    from infointerview.target_list import Target

#: LinkedIn allows 30,000 connections; their file is then about 4 MB.
MAX_BYTES = 8 * 1024 * 1024
#: the notes LinkedIn puts before the header are a few lines; the header comes early
HEADER_WITHIN_LINES = 20
REQUIRED = ("First Name", "Last Name", "Company")
OPTIONAL = ("URL", "Email Address", "Position", "Connected On")
#: legal forms left off the end of a company's name before comparing
LEGAL_SUFFIXES = frozenset(
    "ltd limited inc incorporated corp corporation co company llc llp lp plc gmbh ag kg mbh "
    "sa sas sarl srl spa bv nv ab as asa oy pty pte se ug kk".split()
)
#: header words of LinkedIn's export in other languages, to say what went wrong
_OTHER_LANGUAGES = {
    "vorname": "German",
    "nachname": "German",
    "prénom": "French",
    "prenom": "French",
    "nombre": "Spanish",
    "apellidos": "Spanish",
    "nome": "Italian or Portuguese",
    "cognome": "Italian",
    "sobrenome": "Portuguese",
    "voornaam": "Dutch",
    "achternaam": "Dutch",
    "förnamn": "Swedish",
}
_DROPPED = re.compile(r"['’`.]")
_SEPARATORS = re.compile(r"[^\w]+")


class ConnectionsError(InputError):
    """A file that cannot be read as LinkedIn's Connections.csv; the message says why."""

    def __init__(self, message: str) -> None:
        super().__init__([message])


def company_key(name: str) -> str:
    """Return a company's name reduced for comparing: lower case, no accents, no
    punctuation, no leading "the", no legal suffixes ("Müller & Co. GmbH" → "muller")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("&", " and ").replace("ß", "ss")
    words = _SEPARATORS.sub(" ", _DROPPED.sub("", text)).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
        if len(words) > 1 and words[-1] == "and":  # "… & Co." leaves an "and"
            words.pop()
    return " ".join(words)


@dataclass(frozen=True)
class Connection:
    """One person from the file: their name, where they work and since when you are linked."""

    first_name: str
    last_name: str
    company: str
    position: str = ""
    connected_on: date | None = None
    url: str = ""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ConnectionsFile:
    """The connections read from one file."""

    connections: tuple[Connection, ...]

    @property
    def without_company(self) -> int:
        return sum(not c.company for c in self.connections)


def _clip(value: str, limit: int) -> str:
    """Tidy one cell: no control characters, NFC, at most ``limit`` characters."""
    text = unicodedata.normalize("NFC", value)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch == " ")
    return " ".join(text.split())[:limit]


def _connected_on(text: str) -> date | None:
    for pattern in ("%d %b %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise ConnectionsError(
            f"The file is {len(data) / 1024 / 1024:.0f} MB; LinkedIn's Connections.csv is at "
            f"most about 4 MB, even with 30,000 connections. Check you chose Connections.csv "
            "from the folder LinkedIn sent."
        )
    if not data.strip():
        raise ConnectionsError(
            "The file is empty. Download your data from LinkedIn again (Settings, Data "
            "privacy, Get a copy of your data, Connections) and load Connections.csv."
        )
    if b"\x00" in data[:65536]:
        raise ConnectionsError(
            "This is not a text file (it may be a spreadsheet or a zip). Unzip LinkedIn's "
            "download and load the file called Connections.csv."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise ConnectionsError(
                "The file's text cannot be read. Load Connections.csv as LinkedIn gave it, "
                "not a copy saved by a spreadsheet program."
            ) from None


def _find_header(lines: list[str]) -> int:
    """Return the index of the header line, or raise ConnectionsError saying what the file is."""
    for index, line in enumerate(lines[:HEADER_WITHIN_LINES]):
        cells = [cell.strip().strip('"').strip() for cell in line.split(",")]
        if all(name in cells for name in REQUIRED):
            return index
    early = " ".join(lines[:HEADER_WITHIN_LINES]).casefold()
    for word, language in _OTHER_LANGUAGES.items():
        if re.search(rf"(^|[,\"]){word}([,\"]|$)", early, re.MULTILINE):
            raise ConnectionsError(
                f"This looks like LinkedIn's export in {language}. Its column names must be "
                "the English ones: set LinkedIn's language to English (Settings, Account "
                "preferences, Language), download your data again and load the new "
                "Connections.csv. Nothing was imported."
            )
    raise ConnectionsError(
        "This is not LinkedIn's Connections.csv: no line near the top names the columns "
        f"{', '.join(REQUIRED)}. Load the file called Connections.csv from LinkedIn's "
        "download. Nothing was imported."
    )


def read_connections(data: bytes | str) -> ConnectionsFile:
    """Read a whole Connections.csv (bytes as uploaded, or text); raise ConnectionsError for a
    file that is not one, so that nothing from a bad file is ever used."""
    text = _decode(data) if isinstance(data, bytes) else data
    if isinstance(data, str) and len(text.encode("utf-8", "replace")) > MAX_BYTES:
        _decode(text.encode("utf-8", "replace"))
    if not text.strip():
        _decode(b"")
    lines = text.splitlines()
    start = _find_header(lines)
    reader = csv.reader(io.StringIO("\n".join(lines[start:])))
    try:
        header = [cell.strip() for cell in next(reader)]
        columns = {name: header.index(name) for name in (*REQUIRED, *OPTIONAL) if name in header}
        limits = {
            "First Name": 60,
            "Last Name": 60,
            "Company": CONTACT_LIMITS["organisation"][1],
            "Position": CONTACT_LIMITS["role"][1],
            "URL": 300,
            "Email Address": CONTACT_LIMITS["email"][1],
        }
        people: list[Connection] = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < len(header):
                raise ConnectionsError(
                    f"Line {start + reader.line_num} of the file has {len(row)} columns where "
                    f"the header has {len(header)}: the file was cut short or edited. Download "
                    "it again from LinkedIn. Nothing was imported."
                )

            def cell(name: str, row: list[str] = row) -> str:
                return _clip(row[columns[name]], limits.get(name, 60)) if name in columns else ""

            first, last = cell("First Name"), cell("Last Name")
            if not (first or last):
                continue  # LinkedIn leaves rows blank for members who hid their name
            people.append(
                Connection(
                    first,
                    last,
                    cell("Company"),
                    cell("Position"),
                    _connected_on(cell("Connected On")),
                    cell("URL"),
                )
            )
    except csv.Error as error:
        raise ConnectionsError(
            f"The file's quoting is broken ({error}); it was probably edited by hand. "
            "Download it again from LinkedIn. Nothing was imported."
        ) from None
    if not people:
        raise ConnectionsError(
            "The file has LinkedIn's column names but no connections in it. Nothing was imported."
        )
    return ConnectionsFile(tuple(people))


@dataclass(frozen=True)
class TargetMatch:
    """The connections who work at one target."""

    target: Target
    connections: tuple[Connection, ...]


@dataclass(frozen=True)
class Matches:
    """Who works where: per target in the list's order, and what matched no target."""

    matched: tuple[TargetMatch, ...]
    targets_without: tuple[Target, ...]
    other_companies: tuple[tuple[str, int], ...]  # (company, connections there), most first
    without_company: int

    @property
    def people(self) -> int:
        return sum(len(m.connections) for m in self.matched)


def match(connections: Iterable[Connection], targets: Sequence[Target]) -> Matches:
    """Match connections to targets by company key; list what matched nothing."""
    by_key: dict[str, list[Connection]] = {}
    others: Counter[str] = Counter()
    names: dict[str, str] = {}
    no_company = 0
    target_keys = {company_key(t.name) for t in targets} - {""}
    for person in connections:
        key = company_key(person.company)
        if not key:
            no_company += 1
        elif key in target_keys:
            by_key.setdefault(key, []).append(person)
        else:
            others[key] += 1
            names.setdefault(key, person.company)
    matched, without = [], []
    for target in targets:
        found = by_key.get(company_key(target.name), [])
        if found:
            matched.append(TargetMatch(target, tuple(sorted(found, key=lambda c: c.name))))
        else:
            without.append(target)
    return Matches(
        tuple(matched),
        tuple(without),
        tuple((names[key], count) for key, count in others.most_common()),
        no_company,
    )


def connection_note(person: Connection) -> str:
    """How the participant knows them, for the contact's "how you're connected"."""
    since = f" since {person.connected_on:%B %Y}" if person.connected_on else ""
    return f"LinkedIn connection{since}"


def matches_record(matches: Matches) -> dict:
    """The matches as plain data for ``--json``."""
    return {
        "matched": [
            {
                "target": m.target.name,
                "connections": [
                    {
                        "name": c.name,
                        "company": c.company,
                        "position": c.position,
                        "connected_on": c.connected_on.isoformat() if c.connected_on else None,
                    }
                    for c in m.connections
                ],
            }
            for m in matches.matched
        ],
        "targets_without_connections": [t.name for t in matches.targets_without],
        "other_companies": [
            {"company": name, "connections": count} for name, count in matches.other_companies
        ],
        "connections_without_company": matches.without_company,
    }


def matches_lines(matches: Matches, *, others_shown: int = 10) -> list[str]:
    """The matches as lines of text: per target, who works there; then what matched nothing."""
    lines = []
    for found in matches.matched:
        lines.append(f"{found.target.name}: {plural(len(found.connections), 'connection')}")
        lines.extend(
            f"  {c.name}" + (f", {c.position}" if c.position else "") for c in found.connections
        )
    if not matches.matched:
        lines.append("None of your connections works at a target on your list yet.")
    if matches.targets_without:
        lines.append("")
        lines.append(
            f"No connections at {plural(len(matches.targets_without), 'target')}: "
            + "; ".join(t.name for t in matches.targets_without)
            + ". Try alumni, an association or a warm introduction for these."
        )
    if matches.other_companies:
        lines.append("")
        shown = matches.other_companies[:others_shown]
        lines.append(
            "Where else your connections work (not on your list): "
            + "; ".join(f"{name} ({count})" for name, count in shown)
            + (
                f"; and {len(matches.other_companies) - len(shown):,} more."
                if len(matches.other_companies) > len(shown)
                else "."
            )
        )
    if matches.without_company:
        lines.append(f"{plural(matches.without_company, 'connection')} list no company.")
    return lines


def connections_report(path: str | Path, targets: Sequence[Target], *, as_json: bool) -> str:
    """Read the file at ``path``, match it to ``targets`` and return the report to print
    (text or JSON). Raises ConnectionsError for a bad file or one that cannot be opened."""
    try:
        data = Path(path).expanduser().read_bytes()
    except FileNotFoundError:
        raise ConnectionsError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise ConnectionsError(f"{path} is a folder; give the Connections.csv inside it.") from None
    except OSError as error:
        raise ConnectionsError(f"{path} cannot be read: {error.strerror}.") from None
    people = read_connections(data)
    matches = match(people.connections, targets)
    if as_json:
        record = {"connections": len(people.connections), **matches_record(matches)}
        return json.dumps(record, indent=2, ensure_ascii=False)
    head = (
        f"Read {plural(len(people.connections), 'connection')}; "
        f"{plural(matches.people, 'person', 'people')} "
        f"{'works' if matches.people == 1 else 'work'} at "
        f"{plural(len(matches.matched), 'target')} on your list of {len(targets)}."
    )
    if not targets:
        head += " Your target list is empty: add organisations in 01 first."
    return "\n".join([head, "", *matches_lines(matches)])

"""Tests for the LinkedIn import: reading Connections.csv, matching company names, bad files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from infointerview.connections import (
    MAX_BYTES,
    ConnectionsError,
    company_key,
    connections_report,
    match,
    read_connections,
)
from infointerview.store import Workspace

DATA = Path(__file__).parent.parent / "data" / "linkedin"


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("Bahnwerk", "Bahnwerk GmbH"),
        ("Harbourline Ferries", "Harbourline Ferries Ltd."),
        ("greenway mobility", "Greenway Mobility, Inc."),
        ("Bright Analytics", "Bright Analytics L.L.C."),
        ("Müller & Söhne", "Muller and Sohne"),
        ("Société Générale des Transports", "Societe Generale des Transports S.A."),
        ("The Guardian Media Group plc", "Guardian Media Group"),
        ("Nordic Cycle", "NORDIC CYCLE AB"),
        ("Smith & Co.", "Smith"),
    ],
)
def test_company_names_match_despite_case_accents_punctuation_and_suffixes(ours, theirs):
    """Two spellings of the same company give the same key."""
    assert company_key(ours) == company_key(theirs) != ""


def test_different_companies_stay_apart():
    """A suffix is only dropped at the end, and a name made only of one stays itself."""
    assert company_key("Co-operative Bank") != company_key("Bank")
    assert company_key("Inc") == "inc"
    assert company_key("Metro Transit") != company_key("Metro Transit Authority")


def test_a_realistic_file_with_leading_notes_is_read_whole():
    """LinkedIn's notes before the header are skipped; blank rows too; every person is kept."""
    people = read_connections((DATA / "Connections.csv").read_bytes()).connections
    assert len(people) == 10
    jonas = next(p for p in people if p.last_name == "Müller")
    assert jonas.company == "Bahnwerk GmbH" and jonas.connected_on == date(2023, 11, 2)
    assert next(p for p in people if p.first_name == "Priya").company == "Greenway Mobility, Inc."
    assert sum(not p.company for p in people) == 1


def test_an_older_file_without_notes_or_url_is_read():
    """Exports from before LinkedIn added the notes and the URL column still work."""
    text = (
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "A,B,,Acme,Boss,01 Jan 2020\n"
    )
    [person] = read_connections(text).connections
    assert (person.name, person.company, person.position) == ("A B", "Acme", "Boss")


def _targets(*names):
    workspace = Workspace(":memory:")
    for name in names:
        workspace.add_target(name)
    return workspace.target_list()


def test_matches_are_listed_per_target_and_nothing_is_dropped():
    """Each target gets the people there; targets with nobody and other companies are listed."""
    people = read_connections((DATA / "Connections.csv").read_bytes()).connections
    targets = _targets("Greenway Mobility", "Bahnwerk", "Harbourline Ferries", "Tidewater Energy")
    found = match(people, targets)
    by_target = {m.target.name: [c.name for c in m.connections] for m in found.matched}
    assert by_target == {
        "Greenway Mobility": ["Priya Raman", "Tom Baker"],
        "Bahnwerk": ["Jonas Müller"],
        "Harbourline Ferries": ["Mei Chen"],
    }
    assert [t.name for t in found.targets_without] == ["Tidewater Energy"]
    others = dict(found.other_companies)
    assert others["Metro Regional Transit"] == 1 and found.without_company == 1
    assert found.people + sum(others.values()) + found.without_company == len(people)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        ((DATA / "bank-statement.csv").read_bytes(), "not LinkedIn's Connections.csv"),
        ((DATA / "Connections-de.csv").read_bytes(), "in German"),
        (b"PK\x03\x04\x00\x00binary zip", "not a text file"),
        (b"First Name,Last Name,Company\n", "no connections"),
        (b"First Name,Last Name,URL,Company\nA,B\n", "cut short"),
    ],
)
def test_each_bad_file_gets_a_clear_message(content, says):
    """A bad file raises one message saying what it is; nothing from it is returned."""
    with pytest.raises(ConnectionsError, match=says):
        read_connections(content)


def test_ten_megabytes_of_junk_is_refused_before_reading():
    """A huge file is refused by its size, saying how big LinkedIn's file really is."""
    junk = b"x,y,z\n" * (10 * 1024 * 1024 // 6)
    assert len(junk) > MAX_BYTES
    with pytest.raises(ConnectionsError, match="about 4 MB"):
        read_connections(junk)


def test_the_command_line_report_prints_matches_as_text_and_json(tmp_path):
    """The report names each target and its people; --json gives the same as data."""
    targets = _targets("Bahnwerk", "Nowhere Ltd")
    text = connections_report(DATA / "Connections.csv", targets, as_json=False)
    assert "Bahnwerk: 1 connection" in text and "Jonas Müller, Rail Operations Engineer" in text
    assert "No connections at 1 target: Nowhere Ltd" in text
    record = json.loads(connections_report(DATA / "Connections.csv", targets, as_json=True))
    assert record["connections"] == 10
    assert record["matched"][0]["connections"][0]["connected_on"] == "2023-11-02"
    with pytest.raises(ConnectionsError, match="no file"):
        connections_report(tmp_path / "missing.csv", targets, as_json=False)

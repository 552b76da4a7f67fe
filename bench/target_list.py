"""Speed of the target list's LinkedIn step, for ``make bench``: reading a Connections.csv of
30,000 people (LinkedIn's limit) and matching it against a target list of 500 organisations.

``rows()`` returns rows in the shape bench/run.py prints: (measure, seconds, baseline seconds,
goal ratio). The goal is a fixed 2 s for import and match together.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROUNDS = 3
CONNECTIONS = 30_000
TARGETS = 500
GOAL_SECONDS = 2.0
_SUFFIXES = ("", " Ltd", " Inc.", " GmbH", ", LLC", " plc", " S.A.")
_WORDS = (
    "Harbour", "Metro", "Green", "North", "Bright", "Coastal", "Urban", "Rail", "Cycle", "Data",
    "Analytics", "Ferries", "Transit", "Mobility", "Energy", "Health", "Design", "Works",
    "Société", "Müller", "Øresund", "Lumière", "Atlas", "Summit", "River", "Stone",
)  # fmt: skip


def _company(rng: random.Random, number: int) -> str:
    return f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {number}"


def connections_csv(rng: random.Random, companies: list[str]) -> bytes:
    """A Connections.csv as LinkedIn writes it: notes first, then the header and the people."""
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    start = date(2012, 1, 1)
    for number in range(CONNECTIONS):
        company = rng.choice(companies) + rng.choice(_SUFFIXES)
        if rng.random() < 0.3:
            company = company.upper()
        day = start + timedelta(days=rng.randrange(5000))
        lines.append(
            f'Person,Number {number},https://www.linkedin.com/in/p-{number},,"{company}",'
            f"Analyst,{day:%d %b %Y}"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def rows() -> list[tuple[str, float, float, float]]:
    """(l) import + match of 30,000 connections against 500 targets, vs a fixed 2 s."""
    from infointerview.connections import match, read_connections
    from infointerview.store import Workspace

    rng = random.Random(16)  # noqa: S311 (made-up data, the same on every run)
    companies = [_company(rng, n) for n in range(3_000)]
    data = connections_csv(rng, companies)
    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        workspace = Workspace(Path(scratch) / "workspace.sqlite").open()
        for number, name in enumerate(rng.sample(companies, TARGETS)):
            workspace.add_target(name, want=1 + number % 5, hires=1 + number % 3)
        for _ in range(ROUNDS):
            start = time.perf_counter()
            people = read_connections(data)
            found = match(people.connections, workspace.target_list())
            runs.append(time.perf_counter() - start)
        workspace.close()
    assert found.people > 0  # the bench measures a real match, not an empty one
    return [
        (
            f"(l) LinkedIn import + match: {CONNECTIONS:,} connections, {TARGETS} targets, vs 2 s",
            statistics.median(runs),
            GOAL_SECONDS,
            1.0,
        )
    ]


if __name__ == "__main__":
    for name, seconds, base, goal in rows():
        print(f"{name}: {seconds:.3f}s (goal {base * goal:.1f}s)")

"""Concurrency: two kernels of one participant write to one workspace at the same time."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .test_crash import WRITER, read_acks

WRITES_EACH = 1_000
ROUNDS = {"short": 1, "soak": 10}
# Two kernels opening a workspace that does not exist yet race to create it: the moment
# the long rounds hit only once each.
CREATION_RACES = {"short": 12, "soak": 60}


def run_round(
    folder: Path, location: Path, number: int, writes: int = WRITES_EACH
) -> tuple[int, list[str]]:
    """Start two writers together; return how many activities they saved and what went wrong."""
    go = folder / f"go-{number}"
    writers = []
    for side in ("a", "b"):
        acks = folder / f"acks-{number}-{side}.txt"
        command = [sys.executable, str(WRITER), str(location), str(acks), "steady"]
        command += [f"{number}{side}", str(writes), str(go)]
        writers.append((subprocess.Popen(command, stderr=subprocess.PIPE, text=True), acks))
    deadline = time.monotonic() + 60
    while not all(acks.exists() and acks.read_text() for _, acks in writers):
        assert time.monotonic() < deadline, "the writers never started"
        time.sleep(0.01)
    go.touch()  # both are ready: they open the workspace and write together
    problems = []
    acknowledged = []
    spans = []
    for child, acks in writers:
        _, stderr = child.communicate(timeout=300)
        if child.returncode != 0 or stderr.strip():
            problems.append(f"a writer failed ({child.returncode}): {stderr.strip()}")
        lines = read_acks(acks)
        acknowledged += [ack for ack in lines if ack[0] == "A"]
        times = {ack[0]: float(ack[1]) for ack in lines if ack[0] in "TE"}
        if len(times) == 2:
            spans.append((times["T"], times["E"]))
    connection = sqlite3.connect(location)
    try:
        saved = dict(connection.execute("SELECT detail, id FROM activity").fetchall())
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    if integrity != "ok":
        problems.append(f"integrity check: {integrity}")
    prefix = f"{number}"
    this_round = {d for d in saved if d.split("-")[0] in (f"{prefix}a", f"{prefix}b")}
    problems += [f"lost {a[2]}" for a in acknowledged if saved.get(a[2]) != int(a[1])]
    # The writers must really have run at the same time (one may wait while the other
    # writes: SQLite does not queue writers fairly, it makes them retry).
    if len(spans) == 2 and max(start for start, _ in spans) >= min(end for _, end in spans):
        problems.append("the writers did not overlap in time")
    if len(acknowledged) != 2 * writes:
        problems.append(f"only {len(acknowledged)} of {2 * writes} writes acknowledged")
    return len(this_round), problems


def test_two_writers_save_every_activity_without_a_locked_error(tmp_path, soak, figures):
    """Two processes writing 1,000 activities each at once save all 2,000, and neither
    reports "database is locked"."""
    rounds = ROUNDS["soak" if soak else "short"]
    saved_total = 0
    problems: list[str] = []
    for number in range(rounds):
        # Odd rounds share the previous file; even ones race to create a new one.
        if number % 2 == 0:
            location = tmp_path / f"workspace-{number}.sqlite"
        saved, round_problems = run_round(tmp_path, location, number)
        saved_total += saved
        problems += [f"round {number}: {p}" for p in round_problems]

    wanted = rounds * 2 * WRITES_EACH
    figures.record("Concurrency", "two writers at once", wanted, "writes", wanted - saved_total)
    locked = [p for p in problems if "locked" in p or "busy" in p]
    figures.note("Concurrency", f"{rounds} round(s) of 2 processes × {WRITES_EACH:,} writes")
    figures.note("Concurrency", f'"database is locked" shown {len(locked)} times')
    assert problems == []
    assert saved_total == wanted


def test_two_kernels_creating_one_new_workspace_both_succeed(tmp_path, soak, figures):
    """Two processes that open a workspace that does not exist yet both create and use it."""
    races = CREATION_RACES["soak" if soak else "short"]
    writes = 20
    problems: list[str] = []
    saved_total = 0
    for number in range(races):
        location = tmp_path / f"new-{number}.sqlite"
        saved, round_problems = run_round(tmp_path, location, number, writes)
        saved_total += saved
        problems += [f"race {number}: {p}" for p in round_problems]
    wanted = races * 2 * writes
    figures.record(
        "Concurrency", "two kernels creating one workspace", races, "races", len(problems)
    )
    assert problems == []
    assert saved_total == wanted

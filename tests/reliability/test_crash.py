"""Crash: a writer killed with SIGKILL at random moments loses nothing it acknowledged."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from infointerview.store import Workspace, WorkspaceError

WRITER = Path(__file__).with_name("writer.py")
TRIALS = {"short": 20, "soak": 200}
# Kill between 50 ms and 0.9 s after starting the child: some kills land while Python starts
# or the workspace is created and migrated, most while writes are in flight.
KILL_WINDOW_SECONDS = (0.05, 0.9)
# Every tenth trial starts from no file, so kills also hit a workspace being created.
NEW_FILE_EVERY = 10


def read_acks(path: Path) -> list[list[str]]:
    """The writer's acknowledgements, one split line each (a torn last line is dropped)."""
    if not path.exists():
        return []
    text = path.read_text()
    lines = text.split("\n")
    complete = lines[:-1]  # whatever follows the last newline was cut off by the kill
    return [line.split(" ", 2) for line in complete if line]


def check_survivor(location: Path, acks: list[list[str]]) -> list[str]:
    """Open the workspace after a kill; return what is wrong: damage, or lost writes."""
    try:
        with Workspace(location) as workspace:
            workspace.summary()
    except WorkspaceError as error:
        return [f"the workspace would not open: {error}"]
    connection = sqlite3.connect(location)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            return [f"the integrity check failed: {integrity[:3]}"]
        details = dict(connection.execute("SELECT detail, id FROM activity").fetchall())
        contacts = dict(connection.execute("SELECT id, name FROM contacts").fetchall())
        drafts = dict(
            connection.execute("SELECT contact_id, text FROM drafts WHERE kind = 'request'")
        )
        stages = {row[0] for row in connection.execute("SELECT contact_id FROM stage_history")}
    finally:
        connection.close()

    missing = []
    # A draft may be the last acknowledged one or any later attempt (saved, then killed
    # before the acknowledgement was written).
    possible_drafts: dict[int, set[str]] = {}
    for ack in acks:
        kind = ack[0]
        if kind == "A" and details.get(ack[2]) != int(ack[1]):
            missing.append(f"activity {ack[1]} ({ack[2]})")
        elif kind == "B":
            missing += [f"batch activity {d}" for d in ack[1].split(",") if d not in details]
        elif kind == "C" and contacts.get(int(ack[1])) != ack[2]:
            missing.append(f"contact {ack[1]}")
        elif kind == "d":
            possible_drafts.setdefault(int(ack[1]), set()).add(f"Draft {ack[2]}")
        elif kind == "D":
            possible_drafts[int(ack[1])] = {f"Draft {ack[2]}"}
        elif kind == "S" and int(ack[1]) not in stages:
            missing.append(f"stage change for contact {ack[1]}")
    for contact_id, allowed in possible_drafts.items():
        acknowledged = any(a[0] == "D" and int(a[1]) == contact_id for a in acks)
        if acknowledged and drafts.get(contact_id) not in allowed:
            missing.append(f"draft for contact {contact_id}")
    # All or nothing: a batch that was not acknowledged is either wholly there or absent.
    for ack in acks:
        if ack[0] == "b":
            present = sum(f"{ack[2]}.{part}" in details for part in range(int(ack[1])))
            if present not in (0, int(ack[1])):
                missing.append(f"{int(ack[1]) - present} of batch {ack[2]} (half-saved)")
    return missing


def test_sigkill_at_random_moments_loses_no_acknowledged_write(tmp_path, soak, figures):
    """After every SIGKILL the workspace opens, passes the integrity check and has every
    acknowledged write."""
    trials = TRIALS["soak" if soak else "short"]
    rng = random.Random(20261125)
    acknowledged = lost = 0
    location = tmp_path / "workspace.sqlite"
    problems = []
    for trial in range(trials):
        if trial % NEW_FILE_EVERY == 0:
            location = tmp_path / f"workspace-{trial}.sqlite"
        acks_file = tmp_path / f"acks-{trial}.txt"
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(location), str(acks_file), "crash", str(trial)],
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(*KILL_WINDOW_SECONDS))
        child.send_signal(signal.SIGKILL)
        _, stderr = child.communicate(timeout=30)
        if child.returncode != -signal.SIGKILL:
            problems.append(f"trial {trial}: the writer stopped by itself: {stderr.decode()}")
        acks = read_acks(acks_file)
        acknowledged += sum(
            len(a[1].split(",")) if a[0] == "B" else 1 for a in acks if a[0] in "ABCDS"
        )
        missing = check_survivor(location, acks) if location.exists() else []
        lost += len(missing)
        problems += [f"trial {trial}: lost {m}" for m in missing]

    figures.record("Crash", "SIGKILL during writes", trials, "kills")
    figures.record("Crash", "acknowledged writes checked", acknowledged, "writes", lost)
    figures.note("Crash", "after each kill: workspace opened, integrity check, every ack present")
    assert acknowledged > trials  # the writer really was writing when it was killed
    assert problems == []

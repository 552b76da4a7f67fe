"""A child process that writes to a workspace and acknowledges each write once it is saved.

Run as ``python writer.py WORKSPACE ACKS MODE SEED [COUNT] [GO]``. Every acknowledgement is
one line appended to ACKS with an unbuffered write, after the call that saved it returned, so
a line in ACKS means "the participant was told this is saved". The file survives SIGKILL.

- ``crash``: write a random mix (activities, batches, contacts, drafts, stages) until killed.
- ``steady``: log COUNT activities, one transaction each, as a second kernel would; wait for
  the file GO to exist first, so two writers start (and open the workspace) together.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from infointerview import clock
from infointerview.model import ActivityKind, Stage
from infointerview.store import Workspace, WorkspaceError

# Kinds that never ask a contact, so no write is refused because someone said no.
KINDS = [
    ActivityKind.RESEARCH_DONE,
    ActivityKind.QUESTIONS_PREPARED,
    ActivityKind.MEETING_HELD,
    ActivityKind.THANK_YOU_SENT,
    ActivityKind.KEPT_IN_TOUCH,
    ActivityKind.OTHER,
]
STAGES = [Stage.RESEARCHED, Stage.REQUESTED, Stage.ACCEPTED, Stage.MET]


def main(location: str, acks_file: str, mode: str, seed: str, *rest: str) -> int:
    acks = os.open(acks_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def ack(line: str) -> None:
        os.write(acks, (line + "\n").encode())

    rng = random.Random(seed)
    tag = f"{seed}-{os.getpid()}"
    if mode == "steady":
        count, go = int(rest[0]), Path(rest[1])
        ack("R")  # imported and ready: the parent starts both writers at once
        while not go.exists():
            time.sleep(0.001)
        ack(f"T {time.time()}")  # started (to show the two writers overlapped in time)
        try:
            workspace = Workspace(location)
            for number in range(count):
                activity = workspace.log(rng.choice(KINDS), detail=f"{tag}-{number}")
                ack(f"A {activity.id} {activity.detail}")
        except WorkspaceError as error:
            print(f"WorkspaceError: {error}", file=sys.stderr)
            return 3
        ack(f"E {time.time()}")
        return 0

    workspace = Workspace(location)
    contacts = [contact.id for contact in workspace.contacts()]
    number = 0
    while True:
        number += 1
        token = f"{tag}-{number}"
        roll = rng.random()
        if roll < 0.1 or not contacts:
            contact = workspace.add_contact(name=f"Contact {token}", organisation="Acme")
            contacts.append(contact.id)
            ack(f"C {contact.id} {contact.name}")
        elif roll < 0.6:
            activity = workspace.log(
                rng.choice(KINDS),
                contact_id=rng.choice(contacts) if rng.random() < 0.5 else None,
                detail=token,
            )
            ack(f"A {activity.id} {token}")
        elif roll < 0.75:
            batch = [f"{token}.{part}" for part in range(rng.randint(2, 40))]
            ack(f"b {len(batch)} {token}")  # about to save: all of these, or none
            workspace.log_many((rng.choice(KINDS), clock.today(), None, detail) for detail in batch)
            ack(f"B {','.join(batch)}")
        elif roll < 0.9:
            contact_id = rng.choice(contacts)
            ack(f"d {contact_id} {token}")  # about to save: this draft may or may not land
            workspace.save_draft(contact_id, "request", f"Draft {token}")
            ack(f"D {contact_id} {token}")
        else:
            contact_id = rng.choice(contacts)
            stage = rng.choice(STAGES)
            workspace.set_stage(contact_id, stage)
            ack(f"S {contact_id} {stage.value}")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

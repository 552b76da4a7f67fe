"""A child process that meets a full disk: files may grow only a little past their size.

Run as ``python full_disk.py WORKSPACE SPARE_BYTES``. RLIMIT_FSIZE makes every write past
the limit fail as a write to a full disk fails (without needing a real full disk), so the
workspace's own error path runs. Prints one JSON object: what the welcome panel showed,
whether it offered a fresh start, and the message the first refused save gave.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

from infointerview.model import InputError
from infointerview.store import Workspace, WorkspaceError
from infointerview.ui.welcome import WorkspacePanel


def main(location: str, spare: str) -> int:
    path = Path(location)
    sizes = [p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file()]
    limit = max(sizes, default=0) + int(spare)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    workspace = Workspace(path)
    panel = WorkspacePanel(workspace)
    status, fresh = panel.children[0].value, panel.children[1].layout.display != "none"
    saved, refusal = 0, ""
    try:
        for number in range(10_000):
            workspace.add_contact(f"Extra {number}", notes="A long note. " * 300)
            saved += 1
    except (WorkspaceError, InputError) as error:
        refusal = str(error)
    print(json.dumps({"panel": status, "fresh": fresh, "saved": saved, "refusal": refusal}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

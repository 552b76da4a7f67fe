"""Run a command under the conditions the notebooks are executed and tested in.

A fixed date (INFOINTERVIEW_TODAY), a fresh demo workspace in a temporary folder
(INFOINTERVIEW_HOME) and a demo cohort's exports in a collection folder beside it
(INFOINTERVIEW_COLLECTION), so the outputs `make notebooks` stores are the ones nbval compares.

    python tools/demo_workspace.py -- COMMAND [ARGS...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

# A Monday, so the demo's six weeks end on a full business week.
NOTEBOOK_DAY = "2026-03-16"
# The folder name is matched by tests/notebooks/sanitize.cfg.
FOLDER_PREFIX = "infointerview-notebooks-"
# A class-sized cohort for the instructor's dashboard.
COHORT_SIZE = 30


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        print(__doc__, file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1 :]
    with tempfile.TemporaryDirectory(prefix=FOLDER_PREFIX) as home:
        collection = str(Path(home) / "collection")
        env = dict(
            os.environ,
            INFOINTERVIEW_TODAY=NOTEBOOK_DAY,
            INFOINTERVIEW_HOME=home,
            INFOINTERVIEW_COLLECTION=collection,
        )
        # Inline figures, whatever backend the caller's environment asked for.
        env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
        bin_dir = Path(sys.executable).parent
        subprocess.run(
            [str(bin_dir / "infointerview"), "demo", "--home", home],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [
                str(bin_dir / "infointerview"),
                "demo",
                "--cohort",
                str(COHORT_SIZE),
                "--to",
                collection,
            ],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return subprocess.call(command, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A real JupyterHub for each test module, and the rule that nothing is left running after it.

The hub needs Node.js and configurable-http-proxy (`make test-hub` installs the proxy from the
npm registry); the drop-box tests need root, to make real Unix users. Without them these tests
skip locally; with INFOINTERVIEW_REQUIRE_HUB=1 (as CI sets it) they fail instead.
"""

from __future__ import annotations

import grp
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hub.support import PROXY, Hub


def missing(message: str) -> None:
    """Skip for a part this machine lacks, or fail when CI requires the hub tests to run."""
    if os.environ.get("INFOINTERVIEW_REQUIRE_HUB") == "1":
        pytest.fail(f"{message}, and INFOINTERVIEW_REQUIRE_HUB=1 requires it", pytrace=False)
    pytest.skip(message, allow_module_level=True)


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """A running hub with a collection folder made by `infointerview collection-folder`."""
    if shutil.which("node") is None:
        missing("Node.js is not installed (apt-get install nodejs)")
    if not PROXY.exists():
        missing("configurable-http-proxy is not installed (make test-hub installs it)")
    state = tmp_path_factory.mktemp("hub")
    collection = state / "collection"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "infointerview",
            "collection-folder",
            str(collection),
            "--group",
            _own_group(),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    # Exit 1 only warns that pytest's own 0700 folder hides it from other Unix users; the
    # servers here all run as this user.
    assert made.returncode in (0, 1) and collection.is_dir(), made.stdout + made.stderr
    assert stat.S_IMODE(collection.stat().st_mode) == 0o3773
    started = Hub(state=state, collection=collection).start()
    try:
        yield started
    finally:
        left = started.stop()
        assert not left, f"processes the hub started were still running: {left}"


def _own_group() -> str:
    return grp.getgrgid(os.getgid()).gr_name


@pytest.fixture(scope="module")
def base() -> Iterator[Path]:
    """A folder every user can pass through (pytest's tmp_path sits under a 0700 folder)."""
    folder = Path(tempfile.mkdtemp(dir="/tmp", prefix="iihub-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)

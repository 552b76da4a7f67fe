"""Real servers and a real browser: JupyterLab and Voila on 127.0.0.1, Debian's Chromium.

Each test works on a copy of the notebooks and a temporary workspace, so a browser session
can never change the committed notebooks or anyone's real work. Without Chromium these tests
skip locally; with INFOINTERVIEW_REQUIRE_BROWSER=1 (as CI sets it) they fail instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
SERVER_START_SECONDS = 90


def screenshot(page, name: str, *, tall: bool = True) -> Path:
    """Save a screenshot of the whole page as a test artifact and return its path.

    Voila and JupyterLab scroll inside their own panels, so a "full page" shot would show one
    screenful; the window is made as tall as the tallest scrolling panel for the picture.
    ``tall=False`` keeps the window as it is (JupyterLab, scrolled to what matters).
    """
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if not tall:
        page.screenshot(path=str(path))
        return path
    size = page.viewport_size
    tallest = page.evaluate(
        "Math.max(...[...document.querySelectorAll('*')].map(e => e.scrollHeight))"
    )
    page.set_viewport_size({"width": size["width"], "height": min(max(tallest, 600), 6000)})
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    url: str
    home: Path
    notebooks: Path
    log: Path


def workshop_environment(base: Path) -> dict[str, str]:
    """Environment for a server under ``base``: a copy of the notebooks, a fresh workspace,
    private Jupyter settings."""
    notebooks = base / "notebooks"
    shutil.copytree(
        ROOT / "notebooks", notebooks, ignore=shutil.ignore_patterns(".ipynb_checkpoints")
    )
    home = base / "home"
    jupyter = base / "jupyter"
    settings = jupyter / "lab-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    # No "news" toast over the notebook in screenshots.
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    env = dict(os.environ)
    env.update(
        INFOINTERVIEW_HOME=str(home),
        INFOINTERVIEW_NOTEBOOKS=str(notebooks),
        JUPYTER_CONFIG_DIR=str(jupyter / "config"),
        JUPYTER_DATA_DIR=str(jupyter / "data"),
        JUPYTER_RUNTIME_DIR=str(jupyter / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(jupyter / "lab-settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(jupyter / "lab-workspaces"),
        IPYTHONDIR=str(jupyter / "ipython"),
        MPLCONFIGDIR=str(jupyter / "matplotlib"),
    )
    env.pop("INFOINTERVIEW_TODAY", None)
    return env


@pytest.fixture
def workshop_env(tmp_path) -> dict[str, str]:
    """Environment for a server: a copy of the notebooks, a fresh workspace, private settings."""
    return workshop_environment(tmp_path)


def launch(
    env: dict[str, str], logs: Path, *arguments: str, path: str = ""
) -> tuple[subprocess.Popen, str, Path]:
    """Start `infointerview ARGUMENTS` on a free port; return it once it answers at ``path``.

    Returns the process (its own session, so it and its kernels stop together), its URL and
    its log file. The caller stops it with ``_stop``.
    """
    port = _free_port()
    log = logs / f"server-{port}.log"
    command = [
        str(Path(sys.executable).parent / "infointerview"),
        *arguments,
        "--no-browser",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(
        command,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_SECONDS
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server stopped at once:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(url + path, timeout=5):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no answer from {url}:\n{log.read_text()}") from None
                time.sleep(0.1)
    except BaseException:
        _stop(process)
        raise
    return process, url, log


@pytest.fixture
def start_server(workshop_env, tmp_path):
    """Start `infointerview lab` or `infointerview app` for real; stop it afterwards."""
    started: list[subprocess.Popen] = []

    def start(*arguments: str, path: str = "") -> Server:
        process, url, log = launch(workshop_env, tmp_path, *arguments, path=path)
        started.append(process)
        return Server(
            url,
            Path(workshop_env["INFOINTERVIEW_HOME"]),
            Path(workshop_env["INFOINTERVIEW_NOTEBOOKS"]),
            log,
        )

    yield start
    for process in started:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@pytest.fixture
def no_script_runs(page) -> Iterator[list[str]]:
    """Record any dialog a page opens; typed markup must never make one appear."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield dialogs


def reach_the_self_check(page) -> None:
    """Press "Start the self-check" if the quiz is not open yet (it opens at once for a
    participant who has answered before)."""
    start = page.get_by_role("button", name="Start the self-check")
    page.locator(".ii-self-check").or_(start).first.wait_for(timeout=90_000)
    if start.count():
        start.click()

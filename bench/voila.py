"""Voila's time to first widget, per workshop notebook, against a one-widget notebook.

A participant who opens a phase in the app view waits, before anything can be clicked, for
Voila to start a kernel and run the notebook until its first widget shows. This serves the
workshop notebooks (00 to 06) and a trivial notebook that shows one button from one folder,
exactly as `infointerview app` serves them, with the demo participant's workspace (the
conditions `make test-notebooks` runs in: tools/demo_workspace.py). Debian's Chromium opens
each page in turn, interleaved with the trivial one so both see the same machine load, and
times from the request to the first visible widget. The row is the slowest notebook's median
against the trivial notebook's median; the goal is at most 1.5 times.

`rows()` returns that row in bench/run.py's shape: (label, ours, baseline, goal ratio).
Run alone, `python bench/voila.py` prints every notebook's median.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
ROUNDS = 3
GOAL = 1.5
START_SECONDS = 90
TRIVIAL = "trivial-one-widget.ipynb"


def _trivial_notebook(path: Path) -> None:
    cell = {
        "cell_type": "code",
        "execution_count": None,
        "id": "one-widget",
        "metadata": {},
        "outputs": [],
        "source": 'import ipywidgets\nipywidgets.Button(description="Start")',
    }
    notebook = {
        "cells": [cell],
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path.write_text(json.dumps(notebook))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(folder: Path, scratch: Path) -> tuple[subprocess.Popen, str]:
    """`infointerview app`'s server for ``folder``, in the notebooks' test conditions."""
    from infointerview.cli import app_command

    port = _free_port()
    jupyter = scratch / "jupyter"
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(jupyter / "config"),
        JUPYTER_DATA_DIR=str(jupyter / "data"),
        JUPYTER_RUNTIME_DIR=str(jupyter / "runtime"),
        IPYTHONDIR=str(jupyter / "ipython"),
        MPLCONFIGDIR=str(jupyter / "matplotlib"),
    )
    command = [
        PYTHON,
        str(ROOT / "tools" / "demo_workspace.py"),
        "--",
        *app_command(folder, None, port=port, open_browser=False, extra=[]),
    ]
    log = (scratch / "voila.log").open("w")
    process = subprocess.Popen(
        command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_SECONDS
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"Voila stopped:\n{(scratch / 'voila.log').read_text()}")
        try:
            with urllib.request.urlopen(url + "/", timeout=5):  # noqa: S310 - our own server
                return process, url
        except OSError:
            if time.monotonic() > deadline:
                _stop(process)
                raise RuntimeError("Voila did not answer") from None
            time.sleep(0.2)


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _first_widget_seconds(browser, url: str) -> float:
    """Seconds from asking for the page to the first widget a participant can see."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        start = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=120_000)
        page.locator(".jupyter-widgets:visible").first.wait_for(timeout=120_000)
        return time.perf_counter() - start
    finally:
        context.close()  # closing the page lets Voila shut its kernel down


def medians() -> dict[str, float]:
    """Each notebook's median time to first widget (the trivial one included), in seconds."""
    sys.path.insert(0, str(ROOT / "tests"))
    from browser.chromium import CHROMIUM_ARGS, chromium
    from playwright.sync_api import sync_playwright

    executable = chromium()
    if executable is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("0*.ipynb"))
    times: dict[str, list[float]] = {name: [] for name in [TRIVIAL, *notebooks]}
    with tempfile.TemporaryDirectory(prefix="bench-voila-") as scratch:
        folder = Path(scratch) / "workshop"
        folder.mkdir()
        for name in notebooks:
            shutil.copy2(ROOT / "notebooks" / name, folder / name)
        _trivial_notebook(folder / TRIVIAL)
        process, url = _start(folder, Path(scratch))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
                # One unmeasured load first: Voila and the kernel's imports warm up once.
                _first_widget_seconds(browser, f"{url}/voila/render/{TRIVIAL}")
                for _ in range(ROUNDS):
                    for name in notebooks:
                        for measured in (TRIVIAL, name):  # interleaved
                            times[measured].append(
                                _first_widget_seconds(browser, f"{url}/voila/render/{measured}")
                            )
                browser.close()
        finally:
            _stop(process)
    return {name: statistics.median(values) for name, values in times.items()}


def rows() -> list[tuple[str, float, float, float]]:
    """bench/run.py's row: the slowest notebook's time to first widget vs the trivial one's."""
    found = medians()
    baseline = found.pop(TRIVIAL)
    worst = max(found, key=found.__getitem__)
    return [
        (
            f"(m) Voila time to first widget, slowest ({worst[:2]}) vs a one-widget notebook",
            found[worst],
            baseline,
            GOAL,
        )
    ]


def main() -> int:
    found = medians()
    baseline = found[TRIVIAL]
    for name, seconds in found.items():
        print(f"{name:<32} {seconds:>6.2f}s  {seconds / baseline:>5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

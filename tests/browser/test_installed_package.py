"""The workshop as someone who installed the package gets it: no clone, no settings of their own.

A wheel is built from a copy of the sources and installed into a fresh virtual environment.
Its other dependencies (JupyterLab and the rest) are borrowed from the project's environment,
put after the fresh one on the path, so the test proves what the wheel itself carries: the
package, the notebooks and the JupyterLab setting that turns off the news question. Then
`infointerview lab` from that environment, in an empty home folder, makes ~/information-please
with the notebooks and opens JupyterLab there, which asks no first-run question.
"""

from __future__ import annotations

import json
import os
import secrets
import site
import subprocess
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest
from built_wheel import build_wheel, fresh_venv, run
from playwright.sync_api import expect

from browser.conftest import _free_port, _stop, screenshot

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
TOKEN = secrets.token_hex(16)
NEWS = "Would you like to get notified about official Jupyter news?"
NOTIFICATION = "@jupyterlab/apputils-extension:notification"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel built from this source tree installed in it."""
    base = tmp_path_factory.mktemp("installed")
    wheel = build_wheel(base)
    python = fresh_venv(base / "venv", "--no-index", "--no-deps", str(wheel))
    # The dependencies, after the fresh environment's own packages (a .pth line is appended).
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    (Path(purelib.strip()) / "zz-borrowed-dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n"
    )
    return base / "venv"


def _shipped() -> list[Path]:
    """The clone's notebooks (not JupyterLab's checkpoint copies of them)."""
    return [
        path
        for path in sorted((ROOT / "notebooks").rglob("*.ipynb"))
        if ".ipynb_checkpoints" not in path.parts
    ]


def _environment(home: Path, fresh: Path) -> dict[str, str]:
    """A participant's environment: their own empty home and Jupyter folders, no clone."""
    prefix = Path(sysconfig.get_path("data"))  # where the borrowed JupyterLab keeps its assets
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("JUPYTER", "INFOINTERVIEW", "PYTHON", "IPYTHON", "MPL"))
    }
    env.update(
        HOME=str(home),
        PATH=f"{fresh / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        JUPYTERLAB_DIR=str(prefix / "share" / "jupyter" / "lab"),
        JUPYTER_PATH=str(prefix / "share" / "jupyter"),
        INFOINTERVIEW_HOME=str(home / "workspace"),
    )
    return env


def test_the_wheel_carries_the_notebooks_and_the_jupyterlab_setting(installed):
    """The installed package holds every notebook, and pip put the news setting into the
    environment's etc/jupyter, where every JupyterLab in it (a hub's too) reads it."""
    code = (
        "import infointerview, json; from infointerview import workshop_folder as w; "
        "print(json.dumps([infointerview.__file__, str(w.shipped_notebooks()), "
        "w.shipped_files(), w.is_clone()]))"
    )
    env = _environment(installed.parent / "home", installed)
    module, notebooks, files, clone = json.loads(
        run([str(installed / "bin" / "python"), "-c", code], env=env, cwd=installed.parent)
    )
    assert Path(module).is_relative_to(installed) and Path(notebooks).is_relative_to(installed)
    assert not clone and files == [p.relative_to(ROOT / "notebooks").as_posix() for p in _shipped()]
    setting = installed / "etc/jupyter/labconfig/default_setting_overrides.d/infointerview.json"
    assert json.loads(setting.read_text())[NOTIFICATION]["fetchNews"] == "false"


def test_infointerview_lab_from_the_wheel_makes_the_folder_and_asks_nothing(
    installed, tmp_path, page
):
    """`infointerview lab` copies the notebooks into ~/information-please and JupyterLab opens
    the welcome notebook there with no "official Jupyter news?" question."""
    home = tmp_path / "home"
    home.mkdir()
    env = _environment(home, installed)
    port = _free_port()
    log = tmp_path / "lab.log"
    process = subprocess.Popen(
        [str(installed / "bin" / "infointerview"), "lab", "--no-browser", "--port", str(port)]
        + [f"--IdentityProvider.token={TOKEN}"],
        env=env,
        cwd=home,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url, process, log)
        folder = home / "information-please"
        for notebook in _shipped():
            copy = folder / notebook.relative_to(ROOT / "notebooks")
            assert copy.read_bytes() == notebook.read_bytes(), copy
        assert f"Made your workshop folder {folder}" in log.read_text()
        with urllib.request.urlopen(
            f"{url}/lab/api/settings/{NOTIFICATION}?token={TOKEN}", timeout=30
        ) as answer:
            settings = json.loads(answer.read())
        # The default, changed from "none" (ask): the participant has set nothing themselves.
        assert settings["schema"]["properties"]["fetchNews"]["default"] == "false"
        assert settings["settings"] == {}

        page.goto(f"{url}/lab/tree/00-welcome.ipynb?token={TOKEN}")
        expect(page.locator(".jp-NotebookPanel .jp-MarkdownOutput").first).to_contain_text(
            "Welcome", timeout=90_000
        )
        page.wait_for_timeout(3000)  # the question would come as JupyterLab finishes starting
        expect(page.get_by_text(NEWS)).to_have_count(0)
        screenshot(page, "installed-package-lab", tall=False)
    finally:
        _stop(process)


def _wait_for(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"infointerview lab stopped:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}:\n{log.read_text()}")

"""Binder's environment runs the workshop: binder/requirements.txt, installed into a fresh virtual
environment with the package's wheel (as binder/postBuild installs it), runs every notebook
under strict nbval, as `make test-notebooks` runs them in the developers' environment.

It installs from the package registry (about a hundred packages), so it runs in `make soak`
only; tests/unit/test_packaging.py checks on every run that the file lists exactly the runtime
dependencies at the tested versions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from built_wheel import ROOT, build_wheel, fresh_venv, run


def test_the_notebooks_pass_nbval_in_binders_environment(tmp_path, soak):
    """Only the runtime dependencies and the wheel: every notebook runs and matches."""
    if not soak:
        pytest.skip("installs Binder's environment from the registry: runs in `make soak`")
    wheel = build_wheel(tmp_path / "build")
    python = fresh_venv(
        tmp_path / "venv",
        "--requirement",
        str(ROOT / "binder" / "requirements.txt"),
        "--constraint",
        str(ROOT / "constraints.txt"),
        "nbval",
        "pytest",
    )
    # As binder/postBuild does: the package alone, its dependencies already in.
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", str(wheel)])
    notebooks = tmp_path / "notebooks"
    shutil.copytree(
        ROOT / "notebooks", notebooks, ignore=shutil.ignore_patterns(".ipynb_checkpoints")
    )
    jupyter = tmp_path / "jupyter"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("JUPYTER", "PYTHON", "IPYTHON", "MPL"))
    }
    env.update(
        JUPYTER_CONFIG_DIR=str(jupyter / "config"),
        JUPYTER_DATA_DIR=str(jupyter / "data"),
        JUPYTER_RUNTIME_DIR=str(jupyter / "runtime"),
        IPYTHONDIR=str(jupyter / "ipython"),
        MPLCONFIGDIR=str(jupyter / "matplotlib"),
    )
    done = subprocess.run(
        [str(python), str(ROOT / "tools" / "demo_workspace.py"), "--", str(python), "-m"]
        + ["pytest", str(notebooks), "--nbval", "--nbval-current-env", "-p", "no:cacheprovider"]
        + ["--nbval-sanitize-with", str(ROOT / "tests" / "notebooks" / "sanitize.cfg"), "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
    imported = run([str(python), "-c", "import infointerview; print(infointerview.__file__)"])
    assert Path(imported.strip()).is_relative_to(tmp_path / "venv")

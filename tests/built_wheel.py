"""A wheel built from this source tree, and a fresh virtual environment to install it into.

Shared by the browser layer's installed-package test and the reliability layer's Binder
check, so both prove what a built wheel carries rather than what the clone has.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What a source distribution holds (MANIFEST.in): enough to build the wheel.
BUILD_SETUPTOOLS = 77  # [build-system] requires in pyproject.toml
SOURCES = ["src", "notebooks", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"]


def run(command: list, **options) -> str:
    """Run a command; its output, or an assertion error with everything it said."""
    done = subprocess.run(command, capture_output=True, text=True, check=False, **options)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def build_wheel(base: Path) -> Path:
    """Build the wheel from a copy of the sources under ``base``, offline: the build uses the
    setuptools of the project's environment (the test extras pin one new enough)."""
    found = version("setuptools")
    assert int(found.split(".")[0]) >= BUILD_SETUPTOOLS, (
        f"setuptools {found} here cannot build the wheel (pyproject.toml needs "
        f"{BUILD_SETUPTOOLS} or newer): `make install` installs the test extras' version"
    )
    copy = base / "source"
    copy.mkdir(parents=True)
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_*")
            )
        else:
            shutil.copy2(source, copy / name)
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index"]
        + ["--wheel-dir", str(base / "dist"), str(copy)],
        cwd=base,
    )
    [wheel] = (base / "dist").glob("infointerview-*.whl")
    return wheel


def fresh_venv(folder: Path, *requirements: str) -> Path:
    """A new virtual environment with only ``requirements`` installed (by this environment's
    pip, so the new one needs none of its own); returns its python."""
    run([sys.executable, "-m", "venv", "--without-pip", str(folder)])
    python = folder / "bin" / "python"
    if requirements:
        pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-cache-dir"]
        run([*pip, *requirements])
    return python

"""Tests that pip users and conda users install the same workshop."""

import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _pip_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    return {Requirement(r).name.lower(): str(Requirement(r).specifier) for r in wanted}


def _conda_requirements() -> dict[str, str]:
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    found = {}
    for entry in environment["dependencies"]:
        if isinstance(entry, str) and entry.split(">")[0].split("=")[0] not in ("python", "pip"):
            requirement = Requirement(entry.replace(" ", ""))
            found[requirement.name.lower()] = str(requirement.specifier)
    return found


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    """Every dependency, with the same version range, is in both files."""
    assert _conda_requirements() == _pip_requirements()


def test_environment_yml_installs_the_package_itself():
    """The conda environment installs this package, so `infointerview lab` works in it."""
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(e["pip"] for e in environment["dependencies"] if isinstance(e, dict))
    assert "--editable ." in pip_section


def test_the_constraints_pin_every_direct_dependency():
    """constraints.txt pins each direct dependency to one tested version."""
    pinned = {
        line.split("==")[0].lower()
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if "==" in line
    }
    assert set(_pip_requirements()) <= pinned

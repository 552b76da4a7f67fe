"""Tests that pip, conda and Binder users install the same workshop."""

import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

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


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==")
            pins[Requirement(name).name.lower().replace("_", "-")] = version
    return pins


def test_binder_installs_exactly_the_runtime_dependencies_at_the_tested_versions():
    """binder/requirements.txt pins each runtime dependency (no test tools) as constraints.txt
    does, within pyproject.toml's range."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {
        Requirement(r).name.lower(): Requirement(r).specifier for r in project["dependencies"]
    }
    lines = (ROOT / "binder" / "requirements.txt").read_text().splitlines()
    binder = [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]
    assert sorted(r.name.lower() for r in binder) == sorted(wanted)
    pins = _pins()
    for requirement in binder:
        [pin] = requirement.specifier
        name = requirement.name.lower()
        assert pin.operator == "==" and pin.version == pins[name.replace("_", "-")], name
        assert wanted[name].contains(pin.version), name


def test_binder_installs_the_package_on_a_python_it_supports():
    """postBuild installs the package itself (its dependencies are already in), and
    runtime.txt asks for a Python that pyproject.toml accepts."""
    post_build = (ROOT / "binder" / "postBuild").read_text()
    assert "pip install --no-cache-dir --no-deps ." in post_build
    assert (ROOT / "binder" / "postBuild").stat().st_mode & 0o111
    python = (ROOT / "binder" / "runtime.txt").read_text().strip().removeprefix("python-")
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert SpecifierSet(requires).contains(python + ".0")


def test_the_test_tools_can_build_the_wheel_offline():
    """The test extras ask for the setuptools the build needs, so the wheel tests build it
    with --no-build-isolation (nothing fetched while testing)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    [build] = [Requirement(r) for r in data["build-system"]["requires"]]
    test = {
        Requirement(r).name: Requirement(r)
        for r in data["project"]["optional-dependencies"]["test"]
    }
    assert build.name == "setuptools" and test["setuptools"].specifier == build.specifier
    assert build.specifier.contains(_pins()["setuptools"])

"""The deploy files say what the guide says, and point at notebooks and paths that exist.

The TLJH file is also loaded by the real hub in tests/hub; Zero to JupyterHub needs a cluster,
so its files are checked here for what can be checked without one.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from traitlets.config import Config, PyFileConfigLoader

from infointerview.hub_link import pull_path

ROOT = Path(__file__).resolve().parents[2]
TLJH = ROOT / "deploy" / "tljh" / "jupyterhub_config.py"
Z2JH = ROOT / "deploy" / "z2jh"
GUIDE = ROOT / "docs" / "instructor-guide.md"


def _tljh(monkeypatch: pytest.MonkeyPatch, **environment: str) -> Config:
    for name in (
        "INFOINTERVIEW_COLLECTION",
        "INFOINTERVIEW_EXCHANGE",
        "INFOINTERVIEW_CONTENT",
        "INFOINTERVIEW_HUB_NOTEBOOKS",
        "INFOINTERVIEW_REPOSITORY",
        "INFOINTERVIEW_BRANCH",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return PyFileConfigLoader(TLJH.name, path=str(TLJH.parent)).load_config()


def _environment(config: Config) -> dict:
    """What the servers' environment becomes (the file adds to it, as drop-ins must)."""
    return config.Spawner.environment.get_value({})


def _values() -> dict:
    return yaml.safe_load((Z2JH / "config.yaml").read_text(encoding="utf-8"))


def test_tljh_tells_every_server_where_the_collection_folder_is(monkeypatch):
    """By default the servers are told /srv/infointerview/collection, the guide's folder."""
    config = _tljh(monkeypatch)
    assert _environment(config) == {"INFOINTERVIEW_COLLECTION": "/srv/infointerview/collection"}
    assert "infointerview collection-folder /srv/infointerview/collection" in GUIDE.read_text()


@pytest.mark.parametrize("variable", ["INFOINTERVIEW_COLLECTION", "INFOINTERVIEW_EXCHANGE"])
def test_tljh_takes_the_folder_from_the_hubs_environment_by_either_name(monkeypatch, variable):
    """A hub that names the folder, even by its old name INFOINTERVIEW_EXCHANGE, passes it on
    to every server as INFOINTERVIEW_COLLECTION."""
    config = _tljh(monkeypatch, **{variable: "/srv/course/exports"})
    assert _environment(config) == {"INFOINTERVIEW_COLLECTION": "/srv/course/exports"}


def test_tljh_passes_a_content_folder_only_when_there_is_one(monkeypatch):
    """An instructor's content folder reaches the servers; without one nothing is set."""
    config = _tljh(monkeypatch, INFOINTERVIEW_CONTENT="/srv/infointerview/content")
    assert _environment(config)["INFOINTERVIEW_CONTENT"] == "/srv/infointerview/content"


def test_tljh_opens_the_welcome_notebook_that_the_guide_copies(monkeypatch):
    """Participants land on 00-welcome inside the folder the guide copies the notebooks to."""
    url = _tljh(monkeypatch).Spawner.default_url
    folder, notebook = re.fullmatch(r"/lab/tree/([^/]+)/([^/]+)", url).groups()
    assert (ROOT / "notebooks" / notebook).is_file()
    assert f"/etc/skel/{folder}/" in GUIDE.read_text()


def test_z2jh_mounts_each_participants_own_folder_where_the_export_goes():
    """The shared volume is mounted per user (subPath) where INFOINTERVIEW_COLLECTION says."""
    single = _values()["singleuser"]
    mount = single["storage"]["extraVolumeMounts"]["infointerview-collection"]
    assert mount["subPath"] == "collection/{username}"
    assert single["extraEnv"]["INFOINTERVIEW_COLLECTION"] == mount["mountPath"]
    volume = single["storage"]["extraVolumes"]["infointerview-collection"]
    claim = yaml.safe_load((Z2JH / "collection-pvc.yaml").read_text(encoding="utf-8"))
    assert volume["persistentVolumeClaim"]["claimName"] == claim["metadata"]["name"]
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    init = single["initContainers"][0]["volumeMounts"][0]
    assert (init["mountPath"], init["subPath"]) == (mount["mountPath"], mount["subPath"])


def test_z2jh_delivers_the_notebooks_with_the_link_hub_link_prints():
    """Participants start at an nbgitpuller path, exactly as `infointerview hub-link` makes it."""
    url = _values()["singleuser"]["defaultUrl"]
    query = parse_qs(urlsplit(url).query)
    [repo], [branch] = query["repo"], query["branch"]
    assert url == pull_path(repo, branch=branch)
    assert "lifecycleHooks" not in _values()["singleuser"]  # no copy made behind nbgitpuller


def test_the_image_installs_nbgitpuller_with_the_package():
    """The Dockerfile installs the package's [hub] extra, which is nbgitpuller."""
    dockerfile = (Z2JH / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r'pip install .*\\\n\s+"/opt/information-please/src\[hub\]"', dockerfile)
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert [r.split(">")[0] for r in extras["hub"]] == ["nbgitpuller"]


def test_tljh_delivers_the_notebooks_through_nbgitpuller_when_given_a_repository(monkeypatch):
    """With INFOINTERVIEW_REPOSITORY set, every server opens at the hub-link path for it."""
    config = _tljh(
        monkeypatch,
        INFOINTERVIEW_REPOSITORY="https://git.example.org/course.git",
        INFOINTERVIEW_BRANCH="spring",
    )
    assert config.Spawner.default_url == pull_path(
        "https://git.example.org/course.git", branch="spring"
    )


def test_the_image_leaves_out_the_local_environment_and_test_output():
    """.dockerignore keeps the virtual environment, git history and test artifacts out."""
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".venv", ".git", "test-artifacts", "tools/hub/node_modules"} <= set(ignored)


def _hook():
    """The instructors' hook from the Helm values, run as the hub would run it."""
    code = _values()["hub"]["extraConfig"]["infointerview-instructors"]
    namespace = {"c": SimpleNamespace(KubeSpawner=SimpleNamespace())}
    exec(compile(code, "config.yaml: hub.extraConfig", "exec"), namespace)  # noqa: S102
    return namespace["c"].KubeSpawner.pre_spawn_hook, namespace["INSTRUCTORS"]


@pytest.mark.parametrize(
    "mounts", [{"collection": {"name": "collection"}}, [{"name": "collection"}]]
)
def test_z2jh_instructors_see_the_whole_collection_and_read_it_by_default(mounts):
    """An instructor's server also mounts every participant's folder and is told to read it."""
    hook, instructors = _hook()
    spawner = SimpleNamespace(
        user=SimpleNamespace(name=sorted(instructors)[0]),
        volume_mounts=mounts,
        environment={"OTHER": "kept"},
    )
    hook(spawner)
    added = list(
        spawner.volume_mounts.values() if isinstance(mounts, dict) else spawner.volume_mounts
    )
    whole = {"name": "collection", "mountPath": "/srv/collection-all", "subPath": "collection"}
    assert whole in added and len(added) == 2
    assert spawner.environment == {
        "OTHER": "kept",
        "INFOINTERVIEW_COLLECTION": "/srv/collection-all",
    }


def test_z2jh_participants_get_only_their_own_folder():
    """Anyone not named an instructor keeps the one mount of their own subfolder."""
    hook, _ = _hook()
    spawner = SimpleNamespace(
        user=SimpleNamespace(name="participant"),
        volume_mounts=[{"name": "collection"}],
        environment={},
    )
    hook(spawner)
    assert spawner.volume_mounts == [{"name": "collection"}] and spawner.environment == {}

"""The nbgitpuller link that delivers the notebooks to every participant on a JupyterHub.

nbgitpuller (a Jupyter server extension) answers ``/git-pull?repo=…&branch=…&urlpath=…``: the
first time, it clones the repository into a folder in the participant's home; each time after,
it fetches the instructor's new commits and merges them. Its rules keep the participant's work:
a file they changed keeps their version, a file they deleted comes back as the instructor has
it, and a file the instructor changed that they did not is updated. Then it opens ``urlpath``.

deploy/tljh/jupyterhub_config.py builds the same path without importing this module (the hub
runs in an environment of its own); tests/unit/test_deploy.py proves the two agree.
"""

from __future__ import annotations

from urllib.parse import urlencode

from infointerview.workshop_folder import DEFAULT_FOLDER_NAME, WELCOME

HUB_FOLDER = DEFAULT_FOLDER_NAME
HUB_NOTEBOOKS = "notebooks"  # where the notebooks sit in the workshop's own repository
INTERFACES = {"lab": "lab/tree", "voila": "voila/render"}


def pull_path(
    repo: str,
    *,
    branch: str = "main",
    folder: str = HUB_FOLDER,
    notebooks: str = HUB_NOTEBOOKS,
    interface: str = "lab",
) -> str:
    """The path, on a participant's own server, that pulls the notebooks and opens the welcome.

    ``notebooks`` is where the notebooks are inside the repository ("." when at its top).
    """
    for name, value in (("repo", repo), ("branch", branch), ("folder", folder)):
        if not value.strip():
            raise ValueError(f"The {name} cannot be empty.")
    if interface not in INTERFACES:
        raise ValueError(f"Open the notebooks in one of: {', '.join(INTERFACES)}.")
    inside = "/".join(p for p in (folder, notebooks.strip("/"), WELCOME) if p not in ("", "."))
    query = urlencode(
        {
            "repo": repo,
            "branch": branch,
            "targetpath": folder,
            "urlpath": f"{INTERFACES[interface]}/{inside}",
        }
    )
    return f"/git-pull?{query}"


def hub_link(repo: str, *, branch: str = "main", hub: str = "", **options: str) -> str:
    """The link to give participants: through the hub's user-redirect to their own server.

    Without ``hub`` the link starts at /hub/, for pages served by the hub itself.
    """
    return f"{hub.rstrip('/')}/hub/user-redirect{pull_path(repo, branch=branch, **options)}"

"""Information Please on The Littlest JupyterHub (TLJH).

Copy this file to /opt/tljh/config/jupyterhub_config.d/infointerview.py and run
`sudo tljh-config reload`. docs/instructor-guide.md (section 3.3) gives every step around it:
installing the package into the user environment (`sudo -E pip install 'infointerview[hub]'`,
which brings nbgitpuller and the JupyterLab settings that ask participants no first-run
question about Jupyter news), and making the collection folder with
`sudo infointerview collection-folder`.

The notebooks reach each participant through nbgitpuller: set INFOINTERVIEW_REPOSITORY (and
INFOINTERVIEW_BRANCH) below or in the hub's environment, and every participant's server opens
by pulling your repository into ~/information-please, then the welcome notebook. A correction
you push reaches them the next time they log in or open the link `infointerview hub-link`
prints; what they changed themselves is kept. Without a repository, the notebooks are copied
into each new home from /etc/skel, as the guide shows.

The test hub in tests/hub/ loads this same file, so what it sets is what the tests prove.
"""

import os
from urllib.parse import urlencode

c = get_config()  # noqa: F821 -- JupyterHub provides get_config() to every config file

# The collection folder made by `infointerview collection-folder`: every participant writes
# their export there; only instructors can list and read it. Change the path here, or set it
# in the hub's environment (INFOINTERVIEW_EXCHANGE, its old name, is still read there).
COLLECTION = (
    os.environ.get("INFOINTERVIEW_COLLECTION")
    or os.environ.get("INFOINTERVIEW_EXCHANGE")
    or "/srv/infointerview/collection"
)

# Your own content folder (extra questions and checklist items for your field), if you have
# one: section 9 of the guide. Leave it empty for the built-in content only.
CONTENT = os.environ.get("INFOINTERVIEW_CONTENT", "")

# Where each participant's own copy of the notebooks sits, inside their home folder.
NOTEBOOKS = os.environ.get("INFOINTERVIEW_HUB_NOTEBOOKS", "information-please")

# Your copy of the workshop's git repository (its notebooks/ folder is what participants get),
# such as https://github.com/your-organisation/information-please, and the branch to follow.
REPOSITORY = os.environ.get("INFOINTERVIEW_REPOSITORY", "")
BRANCH = os.environ.get("INFOINTERVIEW_BRANCH", "main")

c.Spawner.environment.update({"INFOINTERVIEW_COLLECTION": COLLECTION})
if CONTENT:
    c.Spawner.environment.update({"INFOINTERVIEW_CONTENT": CONTENT})

# Participants land on the welcome notebook in JupyterLab, after nbgitpuller has brought their
# copy up to date when there is a repository. Each workspace is kept in the participant's own
# home (~/.infointerview), which TLJH keeps on the server's local disk. (The hub runs in an
# environment of its own, so this is `infointerview hub-link`'s path written out here.)
if REPOSITORY:
    pull = {
        "repo": REPOSITORY,
        "branch": BRANCH,
        "targetpath": NOTEBOOKS,
        "urlpath": f"lab/tree/{NOTEBOOKS}/notebooks/00-welcome.ipynb",
    }
    c.Spawner.default_url = f"/git-pull?{urlencode(pull)}"
else:
    c.Spawner.default_url = f"/lab/tree/{NOTEBOOKS}/00-welcome.ipynb"

"""Information Please on The Littlest JupyterHub (TLJH).

Copy this file to /opt/tljh/config/jupyterhub_config.d/infointerview.py and run
`sudo tljh-config reload`. docs/instructor-guide.md (section 3.3) gives every step around it:
installing the package into the user environment, copying the notebooks into each home, and
making the collection folder with `sudo infointerview collection-folder`.

The test hub in tests/hub/ loads this same file, so what it sets is what the tests prove.
"""

import os

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

c.Spawner.environment.update({"INFOINTERVIEW_COLLECTION": COLLECTION})
if CONTENT:
    c.Spawner.environment.update({"INFOINTERVIEW_CONTENT": CONTENT})

# Participants land on the welcome notebook in JupyterLab. Each workspace is kept in the
# participant's own home (~/.infointerview), which TLJH keeps on the server's local disk.
c.Spawner.default_url = f"/lab/tree/{NOTEBOOKS}/00-welcome.ipynb"

"""The hub the hub tests and the load benchmark start: the TLJH deploy file, plus a test machine.

What TLJH would provide is replaced by the nearest real part: the dummy authenticator for its
logins, a local process spawner with one home folder per participant for its Unix users, and a
copy of the notebooks into each new home for its /etc/skel. Everything else comes from
deploy/tljh/jupyterhub_config.py, loaded as TLJH loads it.
"""

import json
import os
import shutil
import sys
from pathlib import Path

from infointerview.workshop_folder import JUPYTER_CONFIG

c = get_config()  # noqa: F821 -- JupyterHub provides get_config() to every config file
ROOT = Path(__file__).resolve().parents[2]
SETTINGS = json.loads(os.environ["INFOINTERVIEW_TEST_HUB"])  # written by tests/hub/support.py
STATE = Path(SETTINGS["state"])

load_subconfig(str(ROOT / "deploy" / "tljh" / "jupyterhub_config.py"))  # noqa: F821

# Only this machine can reach the hub, the proxy and the participants' servers.
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = SETTINGS["port"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = SETTINGS["hub_port"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{SETTINGS['proxy_api_port']}"
c.ConfigurableHTTPProxy.command = [SETTINGS["proxy"]]
c.ConfigurableHTTPProxy.pid_file = str(STATE / "proxy.pid")
c.Spawner.ip = "127.0.0.1"
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "cookie_secret")

c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = SETTINGS["password"]
c.Authenticator.allow_all = True
c.Authenticator.admin_users = set(SETTINGS["instructors"])

c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(Path(SETTINGS["homes"]) / "{username}")
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
# Jupyter refuses to run as root unless told; CI machines run tests as root.
c.Spawner.args = ["--allow-root"] if os.geteuid() == 0 else []
# Ten servers starting at once on two cores take longer than the defaults allow.
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
# Every process the hub starts carries this mark, so the tests can prove none is left running.
c.Spawner.environment.update({"INFOINTERVIEW_TEST_HUB_MARK": SETTINGS["mark"]})
c.Spawner.environment.update(SETTINGS.get("environment", {}))
# The workshop's JupyterLab settings (no "official Jupyter news?" question). On TLJH, pip puts
# them into the user environment's etc/jupyter when it installs the package; the editable
# install `make` does here installs no such files, so the servers are pointed at them.
c.Spawner.environment.update({"JUPYTER_CONFIG_PATH": str(JUPYTER_CONFIG)})


def copy_notebooks(spawner):
    """Give a new user their own copy of the notebooks, as /etc/skel does on TLJH; instructors
    also get instructor/, as the guide has an admin copy it for them."""
    home = Path(spawner.home_dir)
    target = home / os.environ.get("INFOINTERVIEW_HUB_NOTEBOOKS", "information-please")
    if target.exists():
        return
    home.mkdir(parents=True, exist_ok=True)
    leave_out = () if spawner.user.name in SETTINGS["instructors"] else ("instructor",)
    shutil.copytree(ROOT / "notebooks", target, ignore=shutil.ignore_patterns(*leave_out))


c.Spawner.pre_spawn_hook = copy_notebooks

# The tests act through the hub's REST API with this service's token, as an admin script would.
c.JupyterHub.services = [{"name": "workshop-tests", "api_token": SETTINGS["token"]}]
c.JupyterHub.load_roles = [
    {
        "name": "workshop-tests",
        "services": ["workshop-tests"],
        "scopes": ["admin:users", "admin:servers", "access:servers", "tokens"],
    }
]

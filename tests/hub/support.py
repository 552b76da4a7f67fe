"""A real JupyterHub on 127.0.0.1, driven the way participants and instructors drive it.

Used by the hub tests and by the load benchmark (`make bench`). The hub is JupyterHub from
PyPI with configurable-http-proxy from the npm registry (installed by `make` into
tools/hub/node_modules), configured by tests/hub/jupyterhub_config.py, which loads the TLJH
deploy file. Everything goes through the proxy's public port, as a browser's requests would:
the hub's REST API to add users and start their servers, and each server's own API to open
notebooks, run their cells in a kernel and type into a terminal.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).with_name("jupyterhub_config.py")
PROXY = ROOT / "tools" / "hub" / "node_modules" / ".bin" / "configurable-http-proxy"
NOTEBOOKS = "information-please"  # the copy in each home, as deploy/tljh sets it
START_SECONDS = 60
SERVER_SECONDS = 180
CELL_SECONDS = 180
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")


class HubError(Exception):
    """The hub, a server or a kernel did not do what was asked; the message says what."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(coroutine):
    """Run a coroutine to the end and return its result, even where Playwright's synchronous
    API already runs an event loop in this thread (as in a test session that used a browser)."""
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, coroutine).result()


def marked_processes(mark: str) -> list[tuple[int, str]]:
    """Every running process whose environment carries ``mark``: (pid, command line)."""
    found = []
    needle = f"INFOINTERVIEW_TEST_HUB_MARK={mark}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # it ended while we looked, or it is not ours to read
            continue
        found.append((int(entry.name), command.strip()))
    return found


@dataclass
class Hub:
    """One JupyterHub with its proxy, its state and every participant's home under ``state``.

    ``collection`` is the collection folder every server is told about (INFOINTERVIEW_COLLECTION).
    """

    state: Path
    collection: Path
    instructors: tuple[str, ...] = ("instructor",)
    environment: dict[str, str] = field(default_factory=dict)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    token: str = field(default_factory=lambda: secrets.token_hex(32))
    mark: str = field(default_factory=lambda: uuid.uuid4().hex)
    port: int = 0
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def homes(self) -> Path:
        return self.state / "homes"

    @property
    def log(self) -> Path:
        return self.state / "jupyterhub.log"

    def home(self, user: str) -> Path:
        """A participant's home folder, where their workspace and notebooks are."""
        return self.homes / user

    def start(self) -> Hub:
        """Start the hub (which starts its proxy) and wait until its API answers."""
        if not PROXY.exists():
            raise HubError(
                f"configurable-http-proxy is not installed at {PROXY}: run `make test-hub` "
                "(it installs it from the npm registry with `npm ci`)."
            )
        self.state.mkdir(parents=True, exist_ok=True)
        self.homes.mkdir(exist_ok=True)
        self.port = _free_port()
        settings = {
            "state": str(self.state),
            "homes": str(self.homes),
            "port": self.port,
            "hub_port": _free_port(),
            "proxy_api_port": _free_port(),
            "proxy": str(PROXY),
            "password": self.password,
            "token": self.token,
            "mark": self.mark,
            "instructors": list(self.instructors),
            "environment": self.environment,
        }
        environment = {
            key: value for key, value in os.environ.items() if not key.startswith("JUPYTER")
        }
        environment.update(
            INFOINTERVIEW_TEST_HUB=json.dumps(settings),
            INFOINTERVIEW_TEST_HUB_MARK=self.mark,
            INFOINTERVIEW_COLLECTION=str(self.collection),
            # The participants' terminals find `infointerview` as on TLJH's user environment.
            PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        )
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "jupyterhub", "-f", str(CONFIG)],
                cwd=self.state,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()  # a hub that did not come up is not left running either
            raise
        return self

    def _wait_until_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise HubError(f"JupyterHub stopped at start:\n{self.tail()}")
            # Plain urllib: a test's browser may already run an event loop in this thread.
            with (
                contextlib.suppress(OSError, ValueError),
                urllib.request.urlopen(f"{self.url}/hub/api/", timeout=5) as answer,
            ):
                if json.loads(answer.read())["version"]:
                    return
            time.sleep(0.3)
        raise HubError(f"JupyterHub did not answer in {START_SECONDS} s:\n{self.tail()}")

    def stop(self) -> list[tuple[int, str]]:
        """Stop the hub, which stops every server and the proxy; return what was left running.

        Anything left is then killed, so a failed test never leaves processes behind.
        """
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        deadline = time.monotonic() + 15
        left = marked_processes(self.mark)
        while left and time.monotonic() < deadline:
            time.sleep(0.3)
            left = marked_processes(self.mark)
        for pid, _ in left:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        return left

    def tail(self, lines: int = 40) -> str:
        """The end of the hub's log, for failure messages."""
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    # --- the REST APIs --------------------------------------------------------------------

    async def api(self, method: str, path: str, body: object = None, *, timeout: float = 60):
        """One request through the proxy with the test service's token; the decoded reply.

        ``path`` is the hub's own REST API (/hub/api/...) or a user's server (/user/NAME/...).
        """
        request = HTTPRequest(
            self.url + path,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
            body=None if body is None and method == "GET" else json.dumps(body or {}),
            allow_nonstandard_methods=True,
            request_timeout=timeout,
            follow_redirects=False,
        )
        response = await AsyncHTTPClient().fetch(request, raise_error=False)
        if response.code >= 400 or response.code < 200:
            raise HubError(f"{method} {path} answered {response.code}: {response.body[:500]!r}")
        return json.loads(response.body) if response.body else None

    async def add_user(self, name: str) -> None:
        """Create a hub user, as an admin does in the hub's control panel (admins already are)."""
        try:
            await self.api("GET", f"/hub/api/users/{quote(name)}")
        except HubError:
            await self.api("POST", f"/hub/api/users/{quote(name)}")

    async def start_server(self, name: str) -> None:
        """Start ``name``'s server through the hub and wait until the hub says it is ready."""
        await self.api("POST", f"/hub/api/users/{quote(name)}/server")
        deadline = time.monotonic() + SERVER_SECONDS
        while time.monotonic() < deadline:
            user = await self.api("GET", f"/hub/api/users/{quote(name)}")
            server = user.get("servers", {}).get("")
            if server and server.get("ready"):
                return
            if not server and not user.get("pending"):
                raise HubError(f"{name}'s server stopped while starting:\n{self.tail()}")
            await asyncio.sleep(0.5)
        raise HubError(f"{name}'s server was not ready in {SERVER_SECONDS} s:\n{self.tail()}")

    async def stop_server(self, name: str) -> None:
        """Stop ``name``'s server through the hub and wait until it has gone."""
        await self.api("DELETE", f"/hub/api/users/{quote(name)}/server")
        deadline = time.monotonic() + SERVER_SECONDS
        while time.monotonic() < deadline:
            user = await self.api("GET", f"/hub/api/users/{quote(name)}")
            if not user.get("servers") and not user.get("pending"):
                return
            await asyncio.sleep(0.5)
        raise HubError(f"{name}'s server did not stop in {SERVER_SECONDS} s")

    async def server_api(self, name: str, method: str, path: str, body: object = None):
        """A call to ``name``'s own Jupyter server, through the proxy (``path`` after /api)."""
        return await self.api(method, f"/user/{quote(name)}/api{path}", body)

    async def notebook(self, name: str, path: str) -> dict:
        """A notebook from ``name``'s home, read through their server's contents API."""
        reply = await self.server_api(name, "GET", f"/contents/{quote(path)}?content=1")
        return reply["content"]

    def websocket_url(self, name: str, path: str) -> str:
        return f"ws://127.0.0.1:{self.port}/user/{quote(name)}{path}"

    async def websocket(self, name: str, path: str):
        request = HTTPRequest(
            self.websocket_url(name, path), headers={"Authorization": f"token {self.token}"}
        )
        return await websocket_connect(request, max_message_size=64 * 1024 * 1024)


class Kernel:
    """A notebook opened in a participant's server, its cells run in a kernel as JupyterLab would.

    The session is made through the server's sessions API (so the kernel starts in the
    notebook's folder), and code goes over the kernel's websocket.
    """

    def __init__(self, hub: Hub, user: str, path: str, session: dict, socket) -> None:
        self.hub, self.user, self.path = hub, user, path
        self._session, self._socket = session, socket
        self._client = uuid.uuid4().hex

    @classmethod
    async def open(cls, hub: Hub, user: str, path: str) -> Kernel:
        session = await hub.server_api(
            user,
            "POST",
            "/sessions",
            {
                "path": path,
                "type": "notebook",
                "name": Path(path).name,
                "kernel": {"name": "python3"},
            },
        )
        socket = await hub.websocket(user, f"/api/kernels/{session['kernel']['id']}/channels")
        kernel = cls(hub, user, path, session, socket)
        await kernel.run("pass")  # waits until the kernel answers
        return kernel

    async def run(self, code: str, *, timeout: float = CELL_SECONDS) -> str:
        """Run ``code``; return what it printed and displayed as text. A failure raises HubError."""
        msg_id = uuid.uuid4().hex
        message = {
            "header": {
                "msg_id": msg_id,
                "msg_type": "execute_request",
                "username": self.user,
                "session": self._client,
                "date": "",
                "version": "5.3",
            },
            "parent_header": {},
            "metadata": {},
            "content": {
                "code": code,
                "silent": False,
                "store_history": True,
                "user_expressions": {},
                "allow_stdin": False,
                "stop_on_error": True,
            },
            "channel": "shell",
            "buffers": [],
        }
        await self._socket.write_message(json.dumps(message))
        text: list[str] = []
        replied = idle = False
        error = None
        deadline = time.monotonic() + timeout
        while not (replied and idle):
            left = deadline - time.monotonic()
            if left <= 0:
                raise HubError(f"{self.user}: {self.path} took over {timeout} s on:\n{code}")
            raw = await asyncio.wait_for(self._socket.read_message(), left)
            if raw is None:
                raise HubError(
                    f"{self.user}: the kernel's connection closed while running:\n{code}"
                )
            if isinstance(raw, bytes):  # widget messages with binary buffers; not ours
                continue
            reply = json.loads(raw)
            if reply.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = reply["msg_type"], reply["content"]
            if kind == "stream":
                text.append(content["text"])
            elif kind in ("execute_result", "display_data"):
                text.append(content["data"].get("text/plain", ""))
            elif kind == "error":
                error = "\n".join(_ANSI.sub("", line) for line in content["traceback"])
            elif kind == "execute_reply":
                replied = True
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
        if error is not None:
            raise HubError(f"{self.user}: {self.path} failed on:\n{code}\n{error}")
        return "".join(text)

    async def value(self, expression: str):
        """The value of a JSON-able Python ``expression`` evaluated in the kernel."""
        printed = await self.run(f"import json as _json\nprint(_json.dumps({expression}))")
        return json.loads(printed.strip().splitlines()[-1])

    async def run_notebook(self) -> int:
        """Run every code cell of the notebook, read through the contents API; return how many."""
        notebook = await self.hub.notebook(self.user, self.path)
        cells = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
        for cell in cells:
            source = cell["source"]
            await self.run("".join(source) if isinstance(source, list) else source)
        return len(cells)

    async def close(self) -> None:
        """Close the notebook: end its session, which shuts its kernel down."""
        self._socket.close()
        await self.hub.server_api(self.user, "DELETE", f"/sessions/{self._session['id']}")


class Terminal:
    """A terminal in someone's server, typed into over its websocket as JupyterLab's would be."""

    def __init__(self, hub: Hub, user: str, name: str, socket) -> None:
        self.hub, self.user, self.name, self._socket = hub, user, name, socket

    @classmethod
    async def open(cls, hub: Hub, user: str) -> Terminal:
        made = await hub.server_api(user, "POST", "/terminals")
        socket = await hub.websocket(user, f"/terminals/websocket/{made['name']}")
        return cls(hub, user, made["name"], socket)

    async def type(self, command: str, *, timeout: float = CELL_SECONDS) -> tuple[int, str]:
        """Type a command and Enter; return its exit status and what the terminal showed."""
        marker = uuid.uuid4().hex[:8]
        # The status line is printed with the marker split in two, so the echo of the typed
        # command never matches it.
        line = f'{command}; echo "done-{marker[:4]}""{marker[4:]} $?"\r'
        await self._socket.write_message(json.dumps(["stdin", line]))
        shown: list[str] = []
        finished = re.compile(rf"done-{marker} (\d+)")
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise HubError(f"{self.user}'s terminal took over {timeout} s on: {command}")
            raw = await asyncio.wait_for(self._socket.read_message(), left)
            if raw is None:
                raise HubError(f"{self.user}'s terminal closed while running: {command}")
            kind, *payload = json.loads(raw)
            if kind == "stdout":
                shown.append(payload[0])
                output = _ANSI.sub("", "".join(shown))
                found = finished.search(output)
                if found:
                    return int(found.group(1)), output[: found.start()]

    async def close(self) -> None:
        self._socket.close()
        await self.hub.server_api(self.user, "DELETE", f"/terminals/{self.name}")

"""The app view's server: Voila serving the whole workshop folder, opening at one notebook.

Voila serves either one notebook (then a link to the next notebook is refused, as the file is
outside what it serves) or a folder (then its front page is a file list). The workshop needs
both: the folder, so every "What's next" link opens the next phase, and its front page going
straight to the chosen phase. So ``infointerview app 00`` runs this module, which is Voila with
one more address: ``/`` is sent on to ``/voila/render/00-welcome.ipynb``.

Without a phase, ``/`` is the workshop's own list of phases. Voila's file list draws itself in
the browser after the page loads, and under load it was sometimes left empty; this page is
written by the server, names each phase in the workshop's words, and opens it in the same tab.

Run only as a program (``python -m infointerview.app_server FOLDER --start=NOTEBOOK``), so
importing the package never imports Voila.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from jupyter_server.utils import url_path_join
from tornado.escape import xhtml_escape
from tornado.web import RedirectHandler, RequestHandler
from traitlets import Unicode
from voila.app import Voila

from infointerview import content

DASHBOARD = "instructor/cohort-dashboard.ipynb"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Information Please: the workshop's phases</title>
<style>
body {{ font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a;
       background: #fff; margin: 0; }}
main {{ max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }}
ol {{ padding-left: 0; list-style: none; }}
li {{ margin: 0 0 1rem; }}
a {{ color: #0645ad; font-size: 1.15rem; font-weight: 600; }}
a:focus {{ outline: 3px solid #1a1a1a; outline-offset: 2px; }}
p {{ margin: 0.2rem 0 0; }}
</style>
</head>
<body>
<main>
<h1>Information Please: the workshop</h1>
<p>Open a phase to work through it. Your work is saved as you go, so you can stop and
come back to any phase.</p>
<h2>The phases</h2>
<ol>
{phases}
</ol>
{instructor}
</main>
</body>
</html>
"""


def front_page(folder: Path, render_url: str) -> str:
    """Return the page listing each phase the folder holds, linked to its app view."""
    rows = []
    for phase in content.phases():
        if not (folder / phase.notebook).is_file():
            continue
        link = xhtml_escape(render_url + quote(phase.notebook))
        title = xhtml_escape(f"{phase.number:02d} {phase.title}")
        rows.append(f'<li><a href="{link}">{title}</a><p>{xhtml_escape(phase.summary)}</p></li>')
    instructor = ""
    if (folder / DASHBOARD).is_file():
        link = xhtml_escape(render_url + quote(DASHBOARD))
        instructor = f'<h2>For the instructor</h2><p><a href="{link}">The cohort dashboard</a></p>'
    return PAGE.format(phases="\n".join(rows), instructor=instructor)


class FrontPage(RequestHandler):
    """The list of phases, written afresh on each visit (a notebook may have been reset)."""

    def initialize(self, folder: str, render_url: str) -> None:
        self._folder = Path(folder)
        self._render_url = render_url

    def get(self) -> None:
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.finish(front_page(self._folder, self._render_url))


class WorkshopVoila(Voila):
    """Voila serving a folder, whose front page opens ``start_page`` (a path in that folder)
    or, without one, lists the workshop's phases."""

    start_page = Unicode(
        "",
        config=True,
        help="The notebook, relative to the folder, that the front page opens.",
    )
    aliases = {**Voila.aliases, "start": "WorkshopVoila.start_page"}

    def init_handlers(self) -> list:
        handlers = super().init_handlers()
        if self.notebook_path:
            return handlers
        front = url_path_join(self.server_url, "/?")
        render_url = url_path_join(self.base_url, "voila/render/")
        # Tornado takes the first pattern that matches, so this one goes first.
        if self.start_page:
            page = render_url + quote(self.start_page)
            handlers.insert(0, (front, RedirectHandler, {"url": page}))
        else:
            options = {"folder": self.root_dir, "render_url": render_url}
            handlers.insert(0, (front, FrontPage, options))
        return handlers


main = WorkshopVoila.launch_instance

if __name__ == "__main__":
    main()

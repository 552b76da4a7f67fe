"""The app view's server: Voila serving the whole workshop folder, opening at one notebook.

Voila serves either one notebook (then a link to the next notebook is refused, as the file is
outside what it serves) or a folder (then its front page is a file list). The workshop needs
both: the folder, so every "What's next" link opens the next phase, and its front page going
straight to the chosen phase. So ``infointerview app 00`` runs this module, which is Voila with
one more address: ``/`` is sent on to ``/voila/render/00-welcome.ipynb``.

Run only as a program (``python -m infointerview.app_server FOLDER --start=NOTEBOOK``), so
importing the package never imports Voila.
"""

from __future__ import annotations

from urllib.parse import quote

from jupyter_server.utils import url_path_join
from tornado.web import RedirectHandler
from traitlets import Unicode
from voila.app import Voila


class WorkshopVoila(Voila):
    """Voila serving a folder, whose front page opens ``start_page`` (a path in that folder)."""

    start_page = Unicode(
        "",
        config=True,
        help="The notebook, relative to the folder, that the front page opens.",
    )
    aliases = {**Voila.aliases, "start": "WorkshopVoila.start_page"}

    def init_handlers(self) -> list:
        handlers = super().init_handlers()
        if self.start_page and not self.notebook_path:
            page = url_path_join(self.base_url, "voila/render", quote(self.start_page))
            # Tornado takes the first pattern that matches, so this one goes first.
            handlers.insert(
                0, (url_path_join(self.server_url, "/?"), RedirectHandler, {"url": page})
            )
        return handlers


main = WorkshopVoila.launch_instance

if __name__ == "__main__":
    main()

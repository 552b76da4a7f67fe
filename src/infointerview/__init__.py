"""Information Please: the helper package behind the informational-interview workshop notebooks.

The package root stays light (no ipywidgets, no matplotlib): the widgets live in
``infointerview.ui`` and are imported only by the notebooks that show them.
"""

from infointerview.model import Activity, ActivityKind, Channel, Contact, Goal, Profile, Stage
from infointerview.store import Workspace, WorkspaceError

__all__ = [
    "Activity",
    "ActivityKind",
    "Channel",
    "Contact",
    "Goal",
    "Profile",
    "Stage",
    "Workspace",
    "WorkspaceError",
]
__version__ = "0.1.0"

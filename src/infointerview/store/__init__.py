"""The workspace: one SQLite file per participant that keeps their work between sittings.

``Workspace`` is the one way in; it is put together from one module per kind of record:

- ``file``: opening the file safely (``opening``, ``location``), one transaction per write,
  announcing changes to listeners (``changes``); ``schema``: the tables and migrations;
- ``profile``, ``contacts`` (and their stages; practice contacts and clearing them),
  ``activity`` (the networking log), ``research``, ``drafts``, ``meetings`` (question and
  meeting plans), ``debriefs``, ``targets`` (weekly activity targets), ``target_list``
  (organisations to work on, marked and ordered), ``settings`` (the coach's), ``undo`` (a no
  taken back in the same sitting), ``self_check`` (first answers).

The rules for what may be saved live in the domain modules (``model``, ``clock``,
``time_plan``, ``due``, ``networking``, ``drafts``, ``research``, ``target_list``); the
record modules call them and keep rows.

A new kind of record: add its tables as a new script at the end of ``schema.MIGRATIONS``;
write a module here with a ``…Records(WorkspaceFile)`` class (or a subclass of the records it
needs, e.g. ``ContactRecords``) whose methods read and write rows, call the domain module's
rule first, and pass ``Change("…")`` to ``_writing`` for saves that open panels should show
(None for text saved as it is typed); add the class to ``Workspace``'s bases.
"""

from __future__ import annotations

from infointerview.store.changes import Change, Subscription
from infointerview.store.debriefs import DebriefRecords
from infointerview.store.drafts import DraftRecords
from infointerview.store.errors import HOME_VARIABLE, WorkspaceError
from infointerview.store.location import (
    FILE_NAME,
    default_home,
    file_system_type,
    journal_mode_for,
    set_aside,
)
from infointerview.store.meetings import MeetingPlan, MeetingRecords, PlannedQuestion
from infointerview.store.opening import SQLITE_HEADER
from infointerview.store.profile import ProfileRecords
from infointerview.store.research import ResearchEntry, ResearchRecords
from infointerview.store.schema import MIGRATIONS, SCHEMA_VERSION
from infointerview.store.self_check import SelfCheckAnswer, SelfCheckRecords
from infointerview.store.settings import SettingsRecords
from infointerview.store.target_list import TargetListRecords
from infointerview.store.targets import TargetRecords
from infointerview.store.undo import DeclineUndoRecords

__all__ = [
    "FILE_NAME",
    "HOME_VARIABLE",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SQLITE_HEADER",
    "Change",
    "MeetingPlan",
    "PlannedQuestion",
    "ResearchEntry",
    "SelfCheckAnswer",
    "Subscription",
    "Workspace",
    "WorkspaceError",
    "default_home",
    "file_system_type",
    "journal_mode_for",
    "set_aside",
]


class Workspace(
    ProfileRecords,
    MeetingRecords,
    ResearchRecords,
    DraftRecords,
    DebriefRecords,
    DeclineUndoRecords,
    SettingsRecords,
    TargetRecords,
    TargetListRecords,
    SelfCheckRecords,
):
    """One participant's saved work: profile, contacts, stages, the networking log and plans.

    ``Workspace()`` opens the default file in ``default_home()``; ``Workspace(path)`` opens
    (or creates) that file; ``Workspace(":memory:")`` keeps everything in memory for tests.
    The file is opened on first use, so building one never fails; problems surface as
    WorkspaceError with a message a participant can act on.
    """

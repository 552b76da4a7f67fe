"""A realistic demo participant, so every notebook has something real to show.

Sam is six weeks into looking at urban planning and public transport: ten contacts, one at
every pipeline stage, and the networking log that got them there. Dates are counted back in
business days from "today", so the demo always looks current.
"""

from __future__ import annotations

from datetime import date, timedelta

from infointerview import clock
from infointerview.model import ActivityKind, Channel, Profile, Stage
from infointerview.store import Workspace, WorkspaceError

DEMO_PROFILE = Profile(
    name="Sam Rivera (demo)",
    field_of_interest="Urban planning and public transport",
    goals=("industry", "job", "advice", "network"),  # type: ignore[arg-type]
)

# Each contact: details, then (business day, what happened) in order. Day 0 is six weeks ago.
_K = ActivityKind
DEMO_CONTACTS: tuple[tuple[dict[str, str], tuple[tuple[int, ActivityKind, str], ...]], ...] = (
    (
        dict(
            name="Amara Okafor",
            role="Senior transport planner",
            organisation="Metro Regional Transit",
            industry="Public transport",
            connection="Graduate of my university's geography programme",
            channel=Channel.COFFEE,
            email="amara.okafor@example.org",
            notes="Suggested the regional planning association's young members' evenings.",
        ),
        (
            (1, _K.RESEARCH_DONE, ""),
            (2, _K.REQUEST_SENT, ""),
            (4, _K.REPLY_RECEIVED, "accepted"),
            (6, _K.QUESTIONS_PREPARED, ""),
            (8, _K.MEETING_HELD, ""),
            (8, _K.THANK_YOU_SENT, ""),
            (23, _K.KEPT_IN_TOUCH, "Told her I joined the association she suggested."),
        ),
    ),
    (
        dict(
            name="Daniel Kowalski",
            role="Urban designer",
            organisation="Kowalski & Reyes Architects",
            industry="Architecture",
            connection="Spoke at a city council open evening I attended",
            channel=Channel.COFFEE,
            email="dk@example.org",
        ),
        (
            (3, _K.RESEARCH_DONE, ""),
            (4, _K.REQUEST_SENT, ""),
            (6, _K.REPLY_RECEIVED, "accepted"),
            (9, _K.QUESTIONS_PREPARED, ""),
            (11, _K.MEETING_HELD, ""),
            (12, _K.THANK_YOU_SENT, ""),
        ),
    ),
    (
        dict(
            name="Priya Raman",
            role="GIS analyst",
            organisation="City Planning Department",
            industry="Local government",
            connection="A friend of my cousin",
            channel=Channel.VIDEO,
            email="priya.raman@example.org",
        ),
        (
            (5, _K.RESEARCH_DONE, ""),
            (6, _K.REQUEST_SENT, ""),
            (9, _K.REPLY_RECEIVED, "accepted"),
            (25, _K.QUESTIONS_PREPARED, ""),
            (28, _K.MEETING_HELD, ""),
        ),
    ),
    (
        dict(
            name="Tomás Herrera",
            role="Mobility consultant",
            organisation="Crossway Consulting",
            industry="Consulting",
            connection="Active-travel discussion group online",
            channel=Channel.PHONE,
        ),
        (
            (8, _K.RESEARCH_DONE, ""),
            (10, _K.REQUEST_SENT, ""),
            (14, _K.REPLY_RECEIVED, "accepted"),
            (26, _K.QUESTIONS_PREPARED, ""),
        ),
    ),
    (
        dict(
            name="Grace Liu",
            role="Director of planning",
            organisation="Harbourside Council",
            industry="Local government",
            connection="Named in my professor's lecture",
            channel=Channel.COFFEE,
        ),
        ((6, _K.RESEARCH_DONE, ""), (7, _K.REQUEST_SENT, ""), (11, _K.REPLY_RECEIVED, "declined")),
    ),
    (
        dict(
            name="Samuel Adeyemi",
            role="Project manager",
            organisation="Greenline Rail",
            industry="Rail",
            connection="Former colleague of my manager",
            channel=Channel.COFFEE,
        ),
        ((12, _K.RESEARCH_DONE, ""), (14, _K.REQUEST_SENT, ""), (21, _K.FOLLOW_UP_SENT, "")),
    ),
    (
        dict(
            name="Hannah Becker",
            role="Cycling programme officer",
            organisation="Cycle Forward",
            industry="Charity",
            connection="Wrote an article I liked in a planning magazine",
            channel=Channel.VIDEO,
        ),
        ((17, _K.RESEARCH_DONE, ""), (19, _K.REQUEST_SENT, "")),
    ),
    (
        dict(
            name="Wei Zhang",
            role="Data scientist",
            organisation="Transit Analytics",
            industry="Technology",
            connection="Met at a transport data meetup",
            channel=Channel.VIDEO,
        ),
        ((22, _K.RESEARCH_DONE, ""), (27, _K.REQUEST_SENT, "")),
    ),
    (
        dict(
            name="Fatima Noor",
            role="Senior planner",
            organisation="Northfield County",
            industry="Local government",
            connection="Alumni directory",
            channel=Channel.COFFEE,
        ),
        ((26, _K.RESEARCH_DONE, ""),),
    ),
    (
        dict(
            name="Luca Romano",
            role="Traffic engineer",
            organisation="Romano Engineering",
            industry="Engineering",
            connection="Recommended by Amara Okafor",
            channel=Channel.PHONE,
        ),
        (),
    ),
)
# When each contact was added (business day), in the order above.
_ADDED_ON = (0, 1, 2, 5, 3, 10, 15, 20, 24, 29)
# Stage changes that are not implied by an activity: (contact index, business day, stage).
_QUIET_STAGES = ((6, 22, Stage.NO_REPLY),)
_OTHER = (
    (7, "Joined the regional planning association."),
    (16, "Went to a young planners' meetup; talked to three people."),
)
_STAGE_AFTER = {
    _K.RESEARCH_DONE: Stage.RESEARCHED,
    _K.REQUEST_SENT: Stage.REQUESTED,
    _K.FOLLOW_UP_SENT: Stage.FOLLOWED_UP,
    _K.MEETING_HELD: Stage.MET,
    _K.THANK_YOU_SENT: Stage.THANKED,
    _K.KEPT_IN_TOUCH: Stage.KEEPING_IN_TOUCH,
}
DEMO_BUSINESS_DAYS = 30


def business_days_back(today: date, count: int) -> list[date]:
    """Return the last ``count`` business days up to today, oldest first."""
    days: list[date] = []
    day = today
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def fill_demo(workspace: Workspace, *, today: date | None = None) -> None:
    """Fill an empty workspace with the demo participant; refuse one that holds work."""
    if not workspace.is_empty():
        raise WorkspaceError(
            f"{workspace.location} already holds someone's work, and demo data would mix "
            "with it. Make the demo in a fresh folder instead (infointerview demo --home DIR).",
            workspace.path,
        )
    days = business_days_back(today or clock.today(), DEMO_BUSINESS_DAYS)
    workspace.save_profile(DEMO_PROFILE)
    events: list[tuple[date, int, ActivityKind | Stage, str]] = []
    ids = []
    for index, (details, history) in enumerate(DEMO_CONTACTS):
        contact = workspace.add_contact(**details, on=days[_ADDED_ON[index]])
        ids.append(contact.id)
        events += [(days[day], index, kind, detail) for day, kind, detail in history]
    events += [(days[day], index, stage, "") for index, day, stage in _QUIET_STAGES]
    for day, index, what, detail in sorted(events, key=lambda e: (e[0], e[1])):
        if isinstance(what, Stage):
            workspace.set_stage(ids[index], what, on=day)
            continue
        workspace.log(what, on=day, contact_id=ids[index], detail=detail)
        stage = Stage(detail) if what is _K.REPLY_RECEIVED else _STAGE_AFTER.get(what)
        if stage is not None:
            workspace.set_stage(ids[index], stage, on=day)
    for day, detail in _OTHER:
        workspace.log(ActivityKind.OTHER, on=days[day], detail=detail)

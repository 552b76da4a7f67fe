"""A realistic demo participant, so every notebook has something real to show.

Sam is six weeks into looking at urban planning and public transport: ten contacts, one at
every pipeline stage, and the networking log that got them there. Dates are counted back in
business days from "today", so the demo always looks current.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from infointerview import clock
from infointerview.model import ActivityKind, Channel, Goal, Profile, Stage, expand_home
from infointerview.stages import record_reply
from infointerview.store import Workspace, WorkspaceError, default_home

DEMO_PROFILE = Profile(
    name="Sam Rivera (demo)",
    field_of_interest="Urban planning and public transport",
    goals=(Goal.INDUSTRY, Goal.JOB, Goal.ADVICE, Goal.NETWORK),
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
    (
        dict(
            name="Olumide Bankole",
            role="Transport policy adviser",
            organisation="City Mobility Trust",
            industry="Charity",
            connection="Spoke at my university's careers fair",
            channel=Channel.VIDEO,
        ),
        # "Not now: we are in the middle of our spring campaign; try me after it."
        ((18, _K.RESEARCH_DONE, ""), (20, _K.REQUEST_SENT, ""), (23, _K.REPLY_RECEIVED, "later")),
    ),
)
# When each contact was added (business day), in the order above.
_ADDED_ON = (0, 1, 2, 5, 3, 10, 15, 20, 24, 29, 16)
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
#: "try me in spring": when the demo's "not now" contact suggested asking again
LATER_AFTER = timedelta(days=90)


def business_days_back(today: date, count: int) -> list[date]:
    """Return the last ``count`` business days up to today, oldest first."""
    days: list[date] = []
    day = today
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def _happen(
    workspace: Workspace, contact_id: int, day: date, what: ActivityKind | Stage, detail: str
) -> None:
    """Apply one demo event: a quiet stage change, or an activity and the stage it leads to."""
    if isinstance(what, Stage):
        workspace.set_stage(contact_id, what, on=day)
        return
    if what is _K.REPLY_RECEIVED and detail == "later":
        record_reply(workspace, contact_id, "later", on=day, ask_again_on=day + LATER_AFTER)
        return
    workspace.log(what, on=day, contact_id=contact_id, detail=detail)
    stage = Stage(detail) if what is _K.REPLY_RECEIVED else _STAGE_AFTER.get(what)
    if stage is not None:
        workspace.set_stage(contact_id, stage, on=day)


class DemoError(ValueError):
    """A demo cannot be made where asked; the message says what to do instead."""


def demo_home(home: Path | str | None = None) -> Path:
    """Return the folder for the demo participant's workspace: ``home``, or else your own."""
    if home is None or not str(home).strip():
        return default_home()
    found = expand_home(home)
    if found is None:
        raise DemoError(
            f"--home {home} starts with ~, but that user's home folder is not known here; "
            "give a full folder path."
        )
    return found


#: Sam's target list: (organisation, a way in, how much Sam wants it, hires people like Sam).
#: Five have a contact already; the rest are still to find a person at.
DEMO_TARGETS = (
    ("Metro Regional Transit", True, 5, 3),
    ("Greenline Rail", True, 5, 2),
    ("City Planning Department", True, 4, 3),
    ("Tidewater Ports Authority", False, 4, 2),
    ("Cycle Forward", True, 4, 2),
    ("Urban Futures Lab", False, 4, 1),
    ("Harbourside Council", True, 3, 3),
    ("Brightpath Bus Company", False, 3, 2),
    ("Regional Housing Association", False, 3, 2),
    ("Northgate Engineering Ltd", False, 2, 2),
    ("Citywide Cycle Hire", False, 2, 1),
    ("Coastal Ferries", False, 1, 1),
)


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
    for name, way_in, want, hires in DEMO_TARGETS:
        workspace.add_target(name, way_in=way_in, want=want, hires=hires, on=days[0])
    events: list[tuple[date, int, ActivityKind | Stage, str]] = []
    ids = []
    for index, (details, history) in enumerate(DEMO_CONTACTS):
        contact = workspace.add_contact(**details, on=days[_ADDED_ON[index]])
        ids.append(contact.id)
        events += [(days[day], index, kind, detail) for day, kind, detail in history]
    events += [(days[day], index, stage, "") for index, day, stage in _QUIET_STAGES]
    for on, index, what, detail in sorted(events, key=lambda e: (e[0], e[1])):
        _happen(workspace, ids[index], on, what, detail)
    for day, detail in _OTHER:
        workspace.log(ActivityKind.OTHER, on=days[day], detail=detail)


# --- a demo cohort, for instructors rehearsing with the dashboard ---------------------------

DEMO_COHORT_SIZES = (1, 5000)


_FIRST_NAMES = (
    "Aisha", "Ben", "Carmen", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonah",
    "Kemi", "Leo", "Maya", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Sipho", "Tara",
    "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe",
)  # fmt: skip
_SURNAMES = (
    "Adams", "Baptiste", "Chen", "Dlamini", "Evans", "Fischer", "Gupta", "Haddad", "Ibarra",
    "Jensen", "Kim", "Larsen", "Mensah", "Novak", "Okoro", "Patel", "Quispe", "Rossi",
)  # fmt: skip
_FIELDS = (
    "Urban planning", "Data science", "Nursing", "Graphic design", "Teaching",
    "Renewable energy", "Journalism", "Software engineering", "Museum curation", "Accounting",
)  # fmt: skip
_ORGANISATIONS = (
    "Northwind Health", "City Transit", "Brightside School", "Solaris Energy", "The Daily Ledger",
    "Harbour Museum", "Ledger & Co", "Pixelworks Studio", "Greenfield Council", "Atlas Analytics",
)  # fmt: skip
#: How a participant keeps going: (share of the cohort, contacts, last active business day).
_PACES = (
    ("steady", 0.5, (6, 12), None),
    ("fast starter who stopped", 0.2, (5, 9), (12, 20)),
    ("slow starter", 0.2, (2, 5), None),
    ("not started", 0.1, (0, 1), (0, 3)),
)


def _alias(rng: random.Random, taken: set[str]) -> str:
    for _ in range(1000):
        alias = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_SURNAMES)[0]}."
        if alias not in taken:
            taken.add(alias)
            return alias
    alias = f"Participant {len(taken) + 1}"  # a cohort larger than the names go round
    taken.add(alias)
    return alias


def _contact_story(rng: random.Random, start: int) -> list[tuple[int, ActivityKind | Stage, str]]:
    """One contact's made-up history from business day ``start``: (day, what, detail)."""
    day = start + rng.randint(0, 2)
    story: list[tuple[int, ActivityKind | Stage, str]] = [(day, _K.RESEARCH_DONE, "")]
    if rng.random() < 0.15:
        return story  # researched, not yet asked
    day += rng.randint(0, 2)
    story.append((day, _K.REQUEST_SENT, ""))
    outcome = rng.random()
    if outcome < 0.25:
        day += 5
        story.append((day, Stage.NO_REPLY, ""))
        if rng.random() < 0.6:
            story.append((day + 2, _K.FOLLOW_UP_SENT, ""))
        return story
    day += rng.randint(1, 6)
    if outcome < 0.4:
        story.append((day, _K.REPLY_RECEIVED, "declined"))
        return story
    story.append((day, _K.REPLY_RECEIVED, "accepted"))
    day += rng.randint(2, 5)
    story.append((day, _K.QUESTIONS_PREPARED, ""))
    day += rng.randint(1, 6)
    story.append((day, _K.MEETING_HELD, ""))
    if rng.random() < 0.15:
        return story  # the thank-you is still owed
    day += rng.choice((0, 0, 1))
    story.append((day, _K.THANK_YOU_SENT, ""))
    if rng.random() < 0.4:
        story.append((day + rng.randint(10, 20), _K.KEPT_IN_TOUCH, ""))
    return story


def fill_demo_participant(
    workspace: Workspace, rng: random.Random, alias: str, *, today: date | None = None
) -> None:
    """Fill an empty workspace with one made-up participant of the demo cohort."""
    days = business_days_back(today or clock.today(), DEMO_BUSINESS_DAYS)
    pace = rng.choices(_PACES, weights=[p[1] for p in _PACES])[0]
    _, _, (fewest, most), stops = pace
    last_day = rng.randint(*stops) if stops else len(days) - 1
    workspace.save_profile(
        Profile.from_input(alias, rng.choice(_FIELDS), rng.sample(list(Goal), k=2))
    )
    for number in range(rng.randint(fewest, most)):
        added = rng.randint(0, max(0, min(last_day, len(days) - 1) - 3))
        contact = workspace.add_contact(
            name=f"{rng.choice(_FIRST_NAMES)} {rng.choice(_SURNAMES)} {number + 1}",
            organisation=rng.choice(_ORGANISATIONS),
            on=days[added],
        )
        for day, what, detail in _contact_story(rng, added):
            if day > last_day or day >= len(days):
                break
            _happen(workspace, contact.id, days[day], what, detail)


def demo_cohort_folder(folder: Path | str | None = None) -> Path:
    """Return the folder for a demo cohort, made if missing; refuse one that holds exports.

    Without ``folder`` it is the collection folder (INFOINTERVIEW_COLLECTION). Made-up
    participants must never mix with a real cohort's exports, so a folder with any export in it,
    or one folder down (one folder per participant on Zero to JupyterHub), raises DemoError.
    """
    from infointerview.export import COLLECTION_VARIABLE, collection_folder

    if folder is None or not str(folder).strip():
        found = collection_folder()
        if found is None:
            raise DemoError(
                f"Where should the demo exports go? Give --to DIR (or set {COLLECTION_VARIABLE})."
            )
    else:
        found = expand_home(folder)
        if found is None:
            raise DemoError(
                f"--to {folder} starts with ~, but that user's home folder is not known here; "
                "give a full folder path."
            )
    try:
        found.mkdir(parents=True, exist_ok=True)
        existing = [*found.glob("*.json"), *found.glob("*/*.json")]
    except OSError as error:
        raise DemoError(
            f"Could not make the folder {found} for the demo cohort ({error.strerror})."
        ) from None
    if existing:
        raise DemoError(
            f"{found} already holds {len(existing)} export(s). Make the demo cohort in an "
            "empty folder: infointerview demo --cohort N --to DIR."
        )
    return found


def demo_cohort(
    folder: Path | str | None, count: int, *, today: date | None = None, seed: int = 2026
) -> list[Path]:
    """Write ``count`` made-up participants' exports into ``folder``.

    ``folder`` is checked by demo_cohort_folder: None means the collection folder, and a folder
    that already holds exports is refused. The same seed makes the same cohort, file names
    included.
    """
    from infointerview.export import write_participant_export

    fewest, most = DEMO_COHORT_SIZES
    if not fewest <= count <= most:
        raise DemoError(f"Make a demo cohort of {fewest} to {most} participants.")
    folder = demo_cohort_folder(folder)
    rng = random.Random(seed)  # noqa: S311 - made-up data, not secrets
    taken: set[str] = set()
    paths = []
    for _ in range(count):
        alias = _alias(rng, taken)
        with Workspace(":memory:") as workspace:
            # A seeded id, so the same seed writes the same file names.
            workspace.set_participant_id(f"{rng.getrandbits(128):032x}")
            fill_demo_participant(workspace, rng, alias, today=today)
            paths.append(write_participant_export(workspace, folder, today=today))
    return paths

"""Where a participant has got to in each phase, worked out from their workspace."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from infointerview import clock, content, self_check
from infointerview.model import ActivityKind, Phase, Stage, plural
from infointerview.store import Workspace
from infointerview.target_list import target_counts

#: how many recent weeks count towards the networking habit, and how many must be active
HABIT_WEEKS = 6
HABIT_ACTIVE_WEEKS = 4


class Status(enum.StrEnum):
    NOT_STARTED = "not started"
    UNDER_WAY = "under way"
    DONE = "done"


@dataclass(frozen=True)
class PhaseProgress:
    """One phase's status and a sentence saying what has been done and what is next."""

    phase: Phase
    status: Status
    detail: str
    self_check: str = ""  # e.g. "2 of 3 right; 1 of 1 written answer passes the checks"


def phase_progress(workspace: Workspace, *, today: date | None = None) -> list[PhaseProgress]:
    """Return the progress of every phase, in workshop order."""
    today = today or clock.today()
    profile = workspace.profile()
    contacts = workspace.contacts()
    activities = workspace.activities()
    done = Counter(a.kind for a in activities)
    researched = sum(c.stage is not Stage.IDENTIFIED for c in contacts)

    def milestone(count: int, started: bool, text: str, todo: str) -> tuple[Status, str]:
        if count:
            return Status.DONE, text
        return (Status.UNDER_WAY if started else Status.NOT_STARTED), todo

    results: dict[str, tuple[Status, str]] = {}
    results["welcome"] = (
        (Status.DONE, f"Profile saved for {profile.field_of_interest}.")
        if profile
        else (Status.NOT_STARTED, "Save your profile (above).")
    )
    targets = target_counts(workspace.target_list(), contacts)
    listed = (
        f"{plural(targets.listed, 'target')} listed, {targets.with_contact} with a contact; "
        if targets.listed
        else ""
    )
    results["research"] = milestone(
        researched,
        bool(contacts) or targets.listed > 0,
        f"{listed}{researched} of {plural(len(contacts), 'contact')} researched.",
        f"{listed}{plural(len(contacts), 'contact')} added; do the short research on one "
        "before you reach out."
        if contacts
        else f"{listed}find a person at your top target and add them."
        if targets.listed
        else "List a few target organisations, then add a person at the top one.",
    )
    requests = done[ActivityKind.REQUEST_SENT]
    accepted = sum(
        c.stage in (Stage.ACCEPTED, Stage.MET, Stage.THANKED, Stage.KEEPING_IN_TOUCH)
        for c in contacts
    )
    results["request"] = milestone(
        requests,
        researched > 0,
        f"{plural(requests, 'request')} sent, {accepted} accepted.",
        "Draft a request to a contact you have researched.",
    )
    results["prepare"] = milestone(
        done[ActivityKind.QUESTIONS_PREPARED],
        accepted > 0,
        f"Questions prepared for {plural(done[ActivityKind.QUESTIONS_PREPARED], 'meeting')}.",
        "Prepare your questions once someone says yes.",
    )
    meetings = done[ActivityKind.MEETING_HELD]
    results["meeting"] = milestone(
        meetings,
        done[ActivityKind.QUESTIONS_PREPARED] > 0,
        f"{plural(meetings, 'meeting')} held.",
        "Run your first meeting with the run-of-show.",
    )
    thanks = done[ActivityKind.THANK_YOU_SENT]
    results["follow-up"] = milestone(
        thanks,
        meetings > 0,
        f"{plural(thanks, 'thank-you note')} sent for {plural(meetings, 'meeting')}.",
        "Send a thank-you note within a day of each meeting.",
    )
    week_start = today - timedelta(days=today.weekday())
    first_week = week_start - timedelta(weeks=HABIT_WEEKS - 1)
    active_weeks = {
        (a.happened_on - timedelta(days=a.happened_on.weekday()))
        for a in activities
        if first_week <= a.happened_on <= today
    }
    habit = (
        Status.DONE
        if len(active_weeks) >= HABIT_ACTIVE_WEEKS
        else Status.UNDER_WAY
        if active_weeks
        else Status.NOT_STARTED
    )
    results["networking-log"] = (
        habit,
        f"Active in {len(active_weeks)} of the last {HABIT_WEEKS} weeks "
        f"(a habit is {HABIT_ACTIVE_WEEKS} or more).",
    )
    quizzes = {result.notebook: result.text for result in self_check.summary(workspace)}
    return [
        PhaseProgress(p, *results[p.slug], quizzes.get(p.notebook.removesuffix(".ipynb"), ""))
        for p in content.phases()
    ]

"""Type text into every free-text field a participant can fill, through the package's API.

Used by the formula and privacy checks: whatever a field accepts is stored; whatever it
refuses (with InputError, as the notebooks would show) was never entered, so it is not
counted.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from infointerview.model import ActivityKind, Goal, InputError, Profile
from infointerview.stages import log_keep_in_touch, log_meeting, log_request, record_reply
from infointerview.store import MeetingPlan, Workspace


@dataclass(frozen=True)
class Entered:
    field: str
    text: str


CONTACT_FIELDS = ("name", "role", "organisation", "industry", "connection", "email", "notes")


def enter_everywhere(
    workspace: Workspace, texts: Iterable[str], *, today: date, contacts: int = 4
) -> list[Entered]:
    """Store the texts, in turn, in every free-text field; return what was accepted."""
    supply = itertools.cycle(list(texts))
    entered: list[Entered] = []

    def attempt(field: str, store) -> str | None:
        text = next(supply)
        try:
            store(text)
        except InputError:
            return None
        entered.append(Entered(field, text))
        return text

    attempt(
        "profile field of interest",
        lambda text: workspace.save_profile(Profile.from_input("Sam", text, [Goal.INDUSTRY])),
    )
    met_on = today - timedelta(days=3)
    for number in range(contacts):
        # Each field is tried on its own first, so one refused field does not hide the rest.
        details = {}
        for field in CONTACT_FIELDS:
            text = next(supply)
            value = f"{text} {number}" if field == "name" else text  # names must differ
            with Workspace(":memory:") as scratch:
                try:
                    scratch.add_contact(**{"name": "Scratch", field: value})
                except InputError:
                    continue
            details[field] = value
            entered.append(Entered(f"contact {field}", value))
        details.setdefault("name", f"Plain contact {number}")
        contact = workspace.add_contact(**details, on=met_on)
        cid = contact.id
        attempt(
            "research notes",
            lambda t, c=cid: workspace.save_research(c, "org-news", done=True, notes=t),
        )
        attempt("request draft", lambda t, c=cid: workspace.save_draft(c, "request", t))
        attempt("thank-you draft", lambda t, c=cid: workspace.save_draft(c, "thank_you", t))
        attempt(
            "own question",
            lambda t, c=cid: workspace.save_question_plan(c, [("", t, 3)]),
        )
        for planned in workspace.question_plan(cid):
            attempt(
                "notes on a question", lambda t, p=planned.id: workspace.save_question_notes(p, t)
            )
        attempt(
            "meeting plan notes",
            lambda t, c=cid: workspace.save_meeting_plan(MeetingPlan(c, notes=t)),
        )
        attempt(
            "activity detail",
            lambda t, c=cid: workspace.log(ActivityKind.OTHER, contact_id=c, on=met_on, detail=t),
        )
        if number % 2 == 0:  # half the contacts get as far as a meeting
            log_request(
                workspace,
                cid,
                f"Dear {contact.name}, could we talk?",
                on=met_on - timedelta(days=7),
            )
            record_reply(workspace, cid, "accepted", on=met_on - timedelta(days=5))
            attempt("meeting notes", lambda t, c=cid: log_meeting(workspace, c, t, on=met_on))
            attempt(
                "keep-in-touch detail",
                lambda t, c=cid: log_keep_in_touch(workspace, c, t, on=today),
            )
    return entered

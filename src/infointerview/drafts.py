"""Starting drafts built from what the participant has saved, for them to edit."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from string import Template
from typing import TYPE_CHECKING

from infointerview import content
from infointerview.model import Contact, InputError, Profile

if TYPE_CHECKING:
    from infointerview.store import Workspace

#: Longer than any request or note could be: a paste gone wrong, refused before it is kept.
DRAFT_MAX_CHARS = 200_000


def check_draft(text: object) -> str:
    """Return a draft as typed (never tidied: it is the participant's own text), or refuse it."""
    if not isinstance(text, str):
        raise InputError(["A draft must be text."])
    if len(text) > DRAFT_MAX_CHARS:
        raise InputError(
            [
                f"The draft is {len(text):,} characters long; it cannot be kept beyond "
                f"{DRAFT_MAX_CHARS:,}. Shorten it: a request fits in 75 words."
            ]
        )
    return text


#: How a thank-you note can be sent: a handwritten card or an email.
THANK_YOU_FORMATS = ("card", "email")
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{3,}\]")


def contacts_named(contacts: Iterable[Contact], name: str) -> list[Contact]:
    """Return the contacts called ``name``, whatever its case, spaces at the ends or accents'
    Unicode form (names are kept NFC-normalised, see model.clean_text)."""
    wanted = unicodedata.normalize("NFC", name).strip().casefold()
    return [contact for contact in contacts if contact.name.casefold() == wanted]


def request_refusal(workspace: Workspace, name: str) -> str | None:
    """Return why no request may go to the contact called ``name``, or None when one may.

    A name that is no contact's is a reason; so is a contact who has already said no.
    """
    matches = contacts_named(workspace.contacts(), name)
    if not matches:
        return f"There is no contact called {name!r} in your workspace."
    for contact in matches:
        refusal = workspace.refusal(contact.id)
        if refusal:
            return refusal
    return None


def placeholders(text: str) -> list[str]:
    """Return the [bracketed] parts of a suggested draft that are still to be filled in."""
    return _PLACEHOLDER.findall(text)


def _lower_first(text: str) -> str:
    """Lower-case a leading capital for use mid-sentence, but keep acronyms ("UX design")."""
    if not text or text[:2].isupper():
        return text
    return text[0].lower() + text[1:]


def request_needs() -> dict[str, str]:
    """What a participant can ask for to take part in the conversation, key to label."""
    needs = content.load_toml("templates.toml")["request"].get("needs", {})
    return {key: str(need["label"]) for key, need in needs.items()}


def need_line(need: str) -> str:
    """The sentence of the request that asks kindly for what helps (empty for no need)."""
    if not need:
        return ""
    needs = content.load_toml("templates.toml")["request"].get("needs", {})
    if need not in needs:
        raise InputError([f"There is no choice called {need!r}: choose one of the list."])
    return str(needs[need]["line"])


def prefill_request(contact: Contact, profile: Profile | None, *, need: str = "") -> str:
    """Return a first draft of an interview request to this contact.

    ``need`` (a key of ``request_needs()``) adds a short, kind sentence asking for what helps
    the participant take part (captions, a phone call, a quiet place), and meets them the way
    that need asks for. Built from a template with string.Template, so it only ever
    substitutes text.
    """
    templates = content.load_toml("templates.toml")["request"]
    line_of_need = need_line(need)
    channel = templates.get("needs", {}).get(need, {}).get("channel", contact.channel.value)
    connection = _lower_first(contact.connection.strip().rstrip("."))
    if connection:
        line = Template(templates["connection_line"]).safe_substitute(connection=connection)
    else:
        line = templates["no_connection_line"]
    field = contact.industry or (profile.field_of_interest if profile else "") or "your field"
    return Template(templates["body"]).safe_substitute(
        addressee=addressee(contact),
        connection_line=line,
        field=_lower_first(field),
        channel_phrase=templates["channel_phrase"][channel],
        my_name=profile.name if profile else "[your name]",
        need_line=line_of_need + " " if line_of_need else "",
    )


#: The greeting when neither how they like to be addressed nor their name is known.
NO_NAME_PLACEHOLDER = "[their name, as they like to be addressed]"


def addressee(contact: Contact) -> str:
    """Return whom a draft greets: how they like to be addressed, else their name as typed.

    No first name is ever guessed: "Dr Maria Lopez" is not "Dr", and in "Zhang Wei" the family
    name comes first. With nothing known, a [bracketed] placeholder asks for it.
    """
    return contact.address_as.strip() or contact.name.strip() or NO_NAME_PLACEHOLDER


def prefill_thank_you(
    contact: Contact,
    profile: Profile | None,
    *,
    met_on: date | None,
    meeting_notes: str = "",
    format: str = "email",
) -> str:
    """Return a first thank-you draft, as a card or an email, built from the meeting notes.

    The first line of the notes becomes the particular point; what the participant will do
    with it is left in brackets for them to write. Another ``format`` raises InputError.
    """
    if format not in THANK_YOU_FORMATS:
        raise InputError(["A thank-you note is a handwritten card or an email."])
    templates = content.load_toml("templates.toml")["thank_you"]
    first_note = next((line.strip() for line in meeting_notes.splitlines() if line.strip()), "")
    if first_note:
        specific = _lower_first(first_note.rstrip(".")[:120])
        line = Template(templates["specific_line"]).safe_substitute(specific=specific)
    else:
        line = templates["no_specific_line"]
    on_day = f" on {met_on.day} {met_on:%B}" if met_on else ""
    return Template(templates[format]).safe_substitute(
        addressee=addressee(contact),
        on_day=on_day,
        specific_line=line,
        my_name=profile.name if profile else "[your name]",
    )

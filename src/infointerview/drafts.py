"""Starting drafts built from what the participant has saved, for them to edit."""

from __future__ import annotations

from string import Template

from infointerview import content
from infointerview.model import Contact, Profile


def _lower_first(text: str) -> str:
    """Lower-case a leading capital for use mid-sentence, but keep acronyms ("UX design")."""
    if not text or text[:2].isupper():
        return text
    return text[0].lower() + text[1:]


def prefill_request(contact: Contact, profile: Profile | None) -> str:
    """Return a first draft of an interview request to this contact.

    Built from a template with string.Template, so it only ever substitutes text.
    """
    templates = content.load_toml("templates.toml")["request"]
    connection = _lower_first(contact.connection.strip().rstrip("."))
    if connection:
        line = Template(templates["connection_line"]).safe_substitute(connection=connection)
    else:
        line = templates["no_connection_line"]
    field = contact.industry or (profile.field_of_interest if profile else "") or "your field"
    return Template(templates["body"]).safe_substitute(
        first_name=contact.name.split()[0] if contact.name.split() else contact.name,
        connection_line=line,
        field=_lower_first(field),
        channel_phrase=templates["channel_phrase"][contact.channel.value],
        my_name=profile.name if profile else "[your name]",
    )

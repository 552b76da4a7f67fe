"""Tests for the starting drafts built from what the participant saved."""

from datetime import date

import pytest

from infointerview.drafts import placeholders, prefill_request, prefill_thank_you
from infointerview.model import Contact, InputError


def test_a_thank_you_draft_is_a_card_or_an_email():
    """Both formats draft a note; any other is refused in plain words (found by fuzzing)."""
    contact = Contact(1, "Amara Okafor")
    for format in ("card", "email"):
        draft = prefill_thank_you(contact, None, met_on=date(2026, 3, 16), format=format)
        assert "Amara" in draft and "16 March" in draft
        assert placeholders(draft)
    with pytest.raises(InputError, match="card or an email"):
        prefill_thank_you(contact, None, met_on=None, format="sms")


@pytest.mark.parametrize(
    ("name", "address_as", "greeting"),
    [
        ("Dr Maria Lopez", "", "Dear Dr Maria Lopez,"),
        ("Zhang Wei", "", "Dear Zhang Wei,"),
        ("Dr Maria Lopez", "Dr Lopez", "Dear Dr Lopez,"),
        ("Zhang Wei", "Wei", "Dear Wei,"),
        ("Ngozi Okafor", "Ms Okafor", "Dear Ms Okafor,"),
        ("Suharto", "", "Dear Suharto,"),
        ("Pieter van der Berg", "", "Dear Pieter van der Berg,"),
        ("Pieter van der Berg", "Mr van der Berg", "Dear Mr van der Berg,"),
    ],
)
def test_drafts_greet_them_as_they_like_or_by_their_whole_name(name, address_as, greeting):
    """No first name is guessed from a title or a family-name-first name; address_as wins."""
    contact = Contact(1, name, address_as=address_as)
    drafts = [
        prefill_request(contact, None),
        prefill_thank_you(contact, None, met_on=None, format="card"),
        prefill_thank_you(contact, None, met_on=None, format="email"),
    ]
    for draft in drafts:
        assert draft.startswith(greeting + "\n")
    assert "Dear Dr," not in drafts[0] and "Dear Zhang," not in drafts[0]


def test_only_a_contact_with_nothing_known_gets_a_placeholder_greeting():
    """With no name and no address_as, the greeting is a [bracket] to fill in, never blank."""
    contact = Contact(1, "  ", address_as=" ")
    draft = prefill_request(contact, None)
    assert draft.startswith("Dear [") and placeholders(draft.splitlines()[0])
    named = prefill_request(Contact(1, "Amara Okafor"), None)
    assert not placeholders(named.splitlines()[0])


def test_every_need_is_asked_for_kindly_and_breaks_no_rule():
    """Each accessibility choice adds one short line before the question, and no finding."""
    from infointerview import checks
    from infointerview.drafts import need_line, request_needs

    contact = Contact(1, "Amara Okafor", connection="same university", industry="rail")
    for need in request_needs():
        text = prefill_request(contact, None, need=need)
        line = need_line(need)
        assert line in text and text.index(line) < text.index("Would you have")
        assert len(line.split()) <= 16
        written = text.replace("[your name]", "Sam")
        for part in placeholders(written):
            written = written.replace(part, "your talk on bus lanes")
        assert checks.check_request(written, word_limit=100) == [], need


def test_an_unknown_need_is_refused_with_a_message():
    """A need that is not on the list is explained, not silently ignored."""
    with pytest.raises(InputError, match="no choice called"):
        prefill_request(Contact(1, "Amara Okafor"), None, need="teleport")

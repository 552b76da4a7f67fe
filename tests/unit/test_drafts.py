"""Tests for the starting drafts built from what the participant saved."""

from datetime import date

import pytest

from infointerview.drafts import placeholders, prefill_thank_you
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

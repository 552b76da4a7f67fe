"""Tests for infointerview.model: the profile and the rules for participant text."""

import pytest

from infointerview.model import Goal, InputError, Profile, clean_text


def test_a_complete_profile_is_accepted_and_tidied():
    """Names and fields are trimmed, and goals come back in the workshop's order."""
    profile = Profile.from_input("  Sam  ", " nursing ", ["network", "industry"])
    assert profile.name == "Sam"
    assert profile.field_of_interest == "nursing"
    assert profile.goals == (Goal.INDUSTRY, Goal.NETWORK)


@pytest.mark.parametrize("blank", ["", "   ", "\u3000"])
def test_empty_or_whitespace_names_are_refused(blank):
    """An empty or whitespace-only name is refused with a message saying it is empty."""
    with pytest.raises(InputError) as error:
        Profile.from_input(blank, "nursing", ["job"])
    assert error.value.problems == ["Please fill in your name or alias: it is empty."]


def test_every_problem_is_reported_at_once():
    """A form with three mistakes gets three messages, not one at a time."""
    with pytest.raises(InputError) as error:
        Profile.from_input("", "x" * 10_000, [])
    problems = error.value.problems
    assert len(problems) == 3
    assert "10,000 characters" in problems[1] and "120 or fewer" in problems[1]
    assert "at least one thing" in problems[2]


def test_a_ten_thousand_character_name_is_refused_with_its_length():
    """A pasted wall of text is refused and the message says how long it was."""
    with pytest.raises(InputError, match="10,000 characters long; please keep it to 80"):
        Profile.from_input("a" * 10_000, "nursing", ["job"])


@pytest.mark.parametrize(
    "name", ["李明", "Zoë Ørsted", "محمد", "Ngozi Okonkwo-Adébáyọ̀", "👩🏽‍🔬 Ana"]
)
def test_names_in_any_script_are_welcome(name):
    """Non-Latin names and emoji are kept exactly (in NFC form)."""
    import unicodedata

    assert Profile.from_input(name, "research", ["job"]).name == unicodedata.normalize("NFC", name)


def test_markup_is_kept_as_plain_text():
    """HTML typed into a field is stored as the characters typed, not interpreted."""
    typed = "<script>alert(1)</script><b>Sam</b>"
    assert Profile.from_input(typed, "nursing", ["job"]).name == typed


@pytest.mark.parametrize("sneaky", ["Sam\nSmith", "Sam\u202eevil", "Sam\x00", "a\tb"])
def test_control_characters_are_refused_in_one_line_fields(sneaky):
    """Line breaks, tabs, NUL and direction overrides are refused in a name."""
    with pytest.raises(InputError, match="invisible control characters"):
        Profile.from_input(sneaky, "nursing", ["job"])


def test_multiline_text_keeps_line_breaks_but_not_overrides():
    """Notes may span lines (Windows line ends become plain ones); overrides are refused."""
    assert clean_text("one\r\ntwo", "Notes", max_chars=50, multiline=True) == "one\ntwo"
    with pytest.raises(InputError):
        clean_text("one\u202etwo", "Notes", max_chars=50, multiline=True)


def test_unknown_goals_are_named():
    """A goal that is not one of the five is reported by name."""
    with pytest.raises(InputError, match="'fame' is not one of the learning goals"):
        Profile.from_input("Sam", "nursing", ["fame"])


def test_non_text_is_refused():
    """A number where text belongs gets a plain message, not a crash."""
    with pytest.raises(InputError, match="must be text"):
        Profile.from_input(42, "nursing", ["job"])


def test_every_goal_has_a_label_in_plain_words():
    """Each goal reads as a phrase a participant would tick."""
    assert [g.label for g in Goal] == [
        "Learn about an industry",
        "Learn about a company",
        "Learn what a particular job is like",
        "Get advice on preparing myself",
        "Grow my professional network",
    ]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_unicode_line_separators_are_line_breaks(separator):
    """U+2028/U+2029 are refused in a name and become plain line breaks in notes (fuzzing)."""
    with pytest.raises(InputError, match="invisible control characters"):
        Profile.from_input(f"Sam{separator}Smith", "nursing", ["job"])
    notes = clean_text(f"one{separator}two", "Notes", max_chars=50, multiline=True)
    assert notes.splitlines() == ["one", "two"] or notes.split("\n\n") == ["one", "two"]


def test_expand_home_says_none_for_a_home_it_cannot_find():
    """~unknown-user, or a NUL in the user's name, gives None instead of an exception, so each
    caller can explain it in words (found by fuzzing: RuntimeError and ValueError escaped)."""
    from pathlib import Path

    from infointerview.model import expand_home

    assert expand_home("~/exports") == Path.home() / "exports"
    assert expand_home("exports") == Path("exports")
    assert expand_home("~no-such-user-here/exports") is None
    assert expand_home("~a\x00b/exports") is None

"""Review fixes to the content: question minutes, the draft templates, self-checks, the close."""

import re

import pytest

from infointerview import content, self_check, stages
from infointerview.drafts import placeholders, prefill_request, prefill_thank_you
from infointerview.model import Contact, InputError, Profile, Stage
from infointerview.store import Workspace
from infointerview.time_plan import time_plan

BANK = content.question_bank()
GOAL_FILTERS = ((), *((goal,) for goal in content.GOALS))


def _fits(questions, agreed):
    """How many of these bank questions a plan of ``agreed`` minutes fits."""
    return len(time_plan([(q.text, q.minutes) for q in questions], agreed).fitting)


def _picks(tiara):
    """Every list a participant gets by filtering the bank, narrowed to one TIARA letter."""
    for category in (None, *content.CATEGORIES):
        for goals in GOAL_FILTERS:
            found = BANK.matching(category=category, goals=goals)
            yield [q for q in found if q.tiara == tiara]


@pytest.mark.parametrize("tiara", content.TIARA)
def test_the_first_five_of_any_tiara_pick_fit_three_to_five_in_twenty_minutes(tiara):
    """A question with its follow-up takes about four minutes: 20 minutes hold 3 to 5."""
    for picked in _picks(tiara):
        first = picked[:5]
        assert min(3, len(first)) <= _fits(first, 20) <= 5, [q.id for q in first]


@pytest.mark.parametrize("tiara", content.TIARA)
def test_any_tiara_pick_fits_five_to_eight_in_thirty_minutes(tiara):
    """A 30-minute plan holds five to eight questions from the bank, never more."""
    for picked in _picks(tiara):
        first = picked[:12]
        assert min(5, len(first)) <= _fits(first, 30) <= 8, [q.id for q in first]


def test_a_round_of_tiara_letters_fits_three_to_five_in_twenty_minutes():
    """The best question of each TIARA letter, asked in turn, fits three to five in 20 minutes."""
    for goals in GOAL_FILTERS:
        found = BANK.matching(goals=goals)
        best = (next((q for q in found if q.tiara == letter), None) for letter in content.TIARA)
        round_ = [q for q in best if q is not None]
        assert min(3, len(round_)) <= _fits(round_, 20) <= 5


def test_no_mix_of_bank_questions_breaks_the_twenty_and_thirty_minute_ranges():
    """The longest three fit in 20 and the longest five in 30; six never fit 20, nine never 30."""
    minutes = sorted(q.minutes for q in BANK.questions)
    assert minutes[0] >= 3, "every question leaves time for a follow-up"
    assert sum(minutes[-3:]) <= 13 and sum(minutes[-5:]) <= 22
    assert sum(minutes[:6]) > 13 and sum(minutes[:9]) > 22


def test_a_typical_bank_question_is_planned_with_time_for_a_follow_up():
    """Three minutes is too tight once a follow-up is asked: most questions are given four."""
    minutes = sorted(q.minutes for q in BANK.questions)
    assert minutes[len(minutes) // 2] >= 4


def _sam():
    return Profile.from_input("Sam", "transport planning", ["job"])


def test_the_thank_you_note_does_not_ask_again_to_keep_in_touch():
    """Keeping in touch is asked at the meeting; the note says what comes next and offers news."""
    contact = Contact(1, "Amara Okafor")
    for format in ("card", "email"):
        note = prefill_thank_you(contact, _sam(), met_on=None, format=format)
        assert "keep in touch" not in note.lower() and "?" not in note
        assert "[what you will do with their advice]" in note
        assert re.search(r"let you know how it goes|tell you", note)


def test_the_request_asks_why_them_in_the_participants_own_words():
    """The suggested request has a [why them] line that only the participant can fill in."""
    contact = Contact(1, "Amara Okafor", connection="Same university", industry="Rail")
    draft = prefill_request(contact, _sam())
    assert any(found.startswith("[why them") for found in placeholders(draft))


def test_the_unedited_request_cannot_be_logged_and_the_filled_one_can():
    """stages.log_request refuses the suggestion as it stands and accepts it once filled in."""
    workspace = Workspace(":memory:")
    workspace.save_profile(_sam())
    contact = workspace.add_contact("Amara Okafor", connection="Same university", industry="Rail")
    draft = prefill_request(contact, workspace.profile())
    with pytest.raises(InputError, match="brackets"):
        stages.log_request(workspace, contact.id, draft)
    assert workspace.contact(contact.id).stage is Stage.IDENTIFIED
    filled = draft.replace(
        placeholders(draft)[0], "your talk on rural bus timetables changed how I see the job"
    )
    assert placeholders(filled) == []
    stages.log_request(workspace, contact.id, filled)
    assert workspace.contact(contact.id).stage is Stage.REQUESTED


def _question(notebook, starting):
    return next(q for q in self_check.questions(notebook) if q.prompt.startswith(starting))


def _right(question):
    return next(a for a in question.options if a.correct)


def test_the_funnel_question_calls_one_yes_in_five_normal_everywhere():
    """Question, right answer and every feedback agree: a one-in-five yes rate is normal."""
    question = _question("06-networking-log", "Your funnel shows ten requests")
    assert "normal" in _right(question).text and "one yes in five" in _right(question).text
    said = " ".join([question.prompt, *(a.text + " " + a.feedback for a in question.options)])
    assert not re.search(r"\blow\b|problem|tighten|fix", said.lower())


def test_the_weekly_target_fits_the_yes_rate():
    """The right weekly target asks no more meetings than two in five of its requests bring."""
    question = _question("06-networking-log", "Which weekly target")
    numbers = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    text = _right(question).text.lower()
    requests = re.search(r"(\w+) requests", text)
    meetings = re.search(r"(\w+) meetings? a week", text)
    assert requests and numbers[requests.group(1)] >= 1
    assert meetings is None or numbers[meetings.group(1)] <= 0.4 * numbers[requests.group(1)]


def test_a_no_in_the_self_check_is_a_real_no_not_a_not_now():
    """'A no is final' is taught with a plain no; a 'not now' is a different reply."""
    question = _question("02-request", "She replied")
    reply = question.prompt.split('"')[1].lower()
    assert "able to help" in reply
    assert not re.search(r"at the moment|right now|not now|later|yet", reply)
    assert "not now" in _right(question).feedback.lower()


def test_twelve_questions_in_twenty_five_minutes_matches_the_time_plan():
    """The right answer names how many four-minute questions the plan fits in 25 minutes."""
    fit = len(time_plan([(f"Q{n}", 4) for n in range(12)], 25).fitting)
    assert fit == 4
    assert "four" in _right(_question("03-prepare", "You have twelve questions")).text


def test_the_self_check_close_comes_after_the_offer_to_finish():
    """The right answer on closing asks to keep in touch once the offer to finish is made."""
    text = _right(_question("04-meeting", "As the meeting closes")).text
    assert text.index("offered to finish") < text.index("keep in touch") < text.index("card")
    assert "who else" in text


def test_the_thank_you_timing_never_says_timing_does_not_matter():
    """Within a day is the right answer; no feedback says speed is beside the point."""
    question = _question("05-follow-up", "When should the thank-you")
    assert "within a day" in _right(question).text.lower()
    assert not any("speed" in a.feedback.lower() for a in question.options)


def test_the_closing_checklist_asks_who_else_and_about_their_name_after_the_offer():
    """After offering to finish: who else to talk to, and whether to say they sent you."""
    closing = content.meeting_checklists()["closing"]
    ids = [entry.id for entry in closing]
    assert ids.index("offer-end") < ids.index("who-else") < ids.index("mention-name")
    assert ids.index("mention-name") < ids.index("keep-in-touch") < ids.index("card")
    texts = {entry.id: entry.text.lower() for entry in closing}
    assert "who else" in texts["who-else"] and "sent you" in texts["mention-name"]

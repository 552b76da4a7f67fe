"""The workshop's own words pass its own checks: the templates, the worked examples, the bank."""

import re

import pytest

from infointerview import content
from infointerview.checks import check_question, check_request, check_thank_you
from infointerview.drafts import prefill_request, prefill_thank_you
from infointerview.model import Channel, Contact, Profile

# What a participant writes into the [brackets] the templates leave, in plausible words.
FILLED = {
    "why them": "your article on antibiotic dosing shaped my final-year project",
    "Start with what connects you": "We met at the Leeds careers fair in March.",
    "Name something particular": "Your point that ward conversations prevent more harm than "
    "formal checks has stayed with me.",
    "what you will do with their advice": "ask my placement tutor about a shadowing day",
    "your name": "Sam Lee",
}


def _filled(draft: str) -> str:
    """Fill every [bracketed] part the way a participant would."""

    def fill(match: re.Match[str]) -> str:
        inside = match.group(1)
        return next(words for start, words in FILLED.items() if inside.startswith(start))

    done = re.sub(r"\[([^\]]*)\]", fill, draft)
    assert "[" not in done, done
    return done


CONTACTS = [
    Contact(
        id=1,
        name="Amara Okafor",
        address_as="Dr Okafor",
        industry="hospital pharmacy",
        connection="We both studied at Leeds",
        channel=channel,
    )
    for channel in Channel
] + [Contact(id=2, name="Wei Zhang", channel=Channel.PHONE)]
PROFILES = [Profile(name="Sam Lee", field_of_interest="clinical pharmacy", goals=()), None]


@pytest.mark.parametrize("contact", CONTACTS, ids=lambda c: f"{c.name}-{c.channel.value}")
@pytest.mark.parametrize("profile", PROFILES, ids=["profile", "no-profile"])
def test_the_suggested_request_has_nothing_to_fix(contact, profile):
    """The request template, filled in, follows every rule it teaches."""
    assert check_request(_filled(prefill_request(contact, profile))) == []


@pytest.mark.parametrize("format", ["card", "email"])
@pytest.mark.parametrize("notes", ["", "Ward conversations prevent more harm than checks."])
def test_the_suggested_thank_you_has_nothing_to_fix(format, notes):
    """The thank-you templates, filled in, ask for nothing and name something particular."""
    draft = prefill_thank_you(
        CONTACTS[0], PROFILES[0], met_on=None, meeting_notes=notes, format=format
    )
    assert check_thank_you(_filled(draft)) == []


def test_the_bank_questions_have_nothing_to_fix():
    """All the bank's questions are open, researched and never ask for a job."""
    bank = content.question_bank().questions
    assert len(bank) >= 100
    flagged = {q.id: [f.rule for f in check_question(q.text)] for q in bank}
    assert {qid: rules for qid, rules in flagged.items() if rules} == {}


@pytest.fixture
def examples() -> dict:
    """The worked examples (content/examples.toml)."""
    try:
        return content.load_toml("examples.toml")
    except content.ContentError:
        pytest.skip("no worked examples in this version of the content")


def test_the_worked_examples_that_work_have_nothing_to_fix(examples):
    """The model request, question plan and thank-you card pass; the weak request does not."""
    assert check_request(examples["request"]["good"]) == []
    notes = examples["meeting"]["notes"]
    assert check_thank_you(examples["thank_you"]["text"], meeting_notes=notes) == []
    bank = {q.id: q.text for q in content.question_bank().questions}
    for planned in examples["questions"]["plan"]:
        assert check_question(bank[planned["bank"]]) == []
    weak = {f.rule for f in check_request(examples["request"]["weak"])}
    assert "job-request" in weak


def test_the_scripts_for_awkward_moments_ask_for_no_job(examples):
    """'What to say when…' scripts (even "they ask for your CV") never make a job ask."""
    for script in examples["what_to_say"]:
        found = check_thank_you(script["say"])
        assert "job-request" not in {f.rule for f in found}, script["id"]


def test_the_practice_kits_model_texts_have_nothing_to_fix():
    """The practice kit's model request and thank-you (as the kit reads them) pass every check."""
    from infointerview.content import practice

    model = practice.worked_examples()
    assert check_request(model.request_good) == []
    assert check_thank_you(model.thank_you, meeting_notes=model.meeting_notes) == []
    bank = {q.id: q.text for q in content.question_bank().questions}
    assert [check_question(bank[qid]) for qid, _ in model.question_plan] == [
        [] for _ in model.question_plan
    ]


def test_the_self_checks_model_answers_agree_with_the_checks():
    """Where a self-check answer is a text to send, only the right one passes the checks."""
    from infointerview import self_check

    kinds = {
        ("02-request", "which-request"): check_request,
        ("03-prepare", "best-question"): check_question,
        ("05-follow-up", "memorable-note"): check_thank_you,
    }
    for (notebook, qid), check in kinds.items():
        [question] = [q for q in self_check.questions(notebook) if q.id == qid]
        for option in question.options:
            assert (check(option.text) == []) is option.correct, option.text
    for scenario in self_check.scenarios():
        assert self_check.CHECKS[scenario.check](scenario.example) == [], scenario.id

"""Tests for job-request as intent: a job ask however it is phrased, and advice never flagged.

The sentences here were written for these tests (none is from a labelled set): each kind of
ask in several wordings, and the look-alikes a careful reader would let through.
"""

import pytest

from infointerview import checks
from infointerview.checks import check_question, check_request, check_thank_you, tips
from infointerview.checks_intent import ASK_KINDS

REQUEST = (
    "Dear Dr Lee, we met at the Leeds alumni evening. I'd value your advice on moving into "
    "clinical research. Would you have 20 minutes, at a time that suits you? {sentence} "
    "Many thanks, Priya"
)
NOTE = (
    "Dear Ms Ray,\n\nThank you for the visit to the lab on Friday and for explaining how you run "
    "the sequencing queue. {sentence}\n\nBest wishes,\nSam"
)


def _asks(sentence: str) -> list[str]:
    """The job-request findings on a sentence, read as a question, a request and a note."""
    return [
        finding.message
        for found in (
            check_question(sentence),
            check_request(REQUEST.format(sentence=sentence)),
            check_thank_you(NOTE.format(sentence=sentence)),
        )
        for finding in found
        if finding.rule == "job-request"
    ]


# --- the textbook cases from the issue ----------------------------------------------------


def test_the_textbook_request_is_not_a_job_ask():
    """Asking for an informational interview is what the workshop teaches: nothing to fix."""
    text = (
        "I would be grateful for a 20-minute informational interview with you, at a time that "
        "suits you."
    )
    assert check_request(text) == []


@pytest.mark.parametrize(
    "question",
    [
        "How would you suggest I tailor my résumé for this field?",
        "What do hiring managers in this field look for on a CV?",
        "What's the interview process usually like at firms like yours?",
        "How did you get your first job after university?",
        "When you're hiring juniors, what makes a candidate stand out?",
        "Are there many openings for career changers in data science these days?",
    ],
)
def test_advice_about_cvs_and_hiring_is_not_a_job_ask(question):
    """Advice about the hiring process, CVs and interviews in the field is fine."""
    assert "job-request" not in {f.rule for f in check_question(question)}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # pass it on: their details, a word, an introduction to whoever hires
        ("Would you be comfortable passing my details along to your recruitment team?", "pass-on"),
        ("Could you have a quiet word with the partner about my application?", "pass-on"),
        ("Would you be happy to introduce me to your head of recruitment?", "pass-on"),
        ("If you could open a door for me with your design team, I'd be thankful.", "pass-on"),
        ("Maybe you could mention my name to your manager?", "pass-on"),
        # consider me, in any words
        ("Would you mind keeping me in mind for any summer placements?", "consider"),
        ("I hope you might consider me when the summer internships are announced.", "consider"),
        ("Please don't forget me if something comes up!", "consider"),
        # take me on, or give me work
        ("Would your practice consider taking on a trainee like me?", "take-on"),
        ("Could you give me a trial shift in your kitchen?", "take-on"),
        ("I'd be honoured to work for you.", "take-on"),
        # tell me when a place exists
        ("If anything suitable crops up, do let me know.", "notify"),
        ("Should a role come up on your team, please let me know.", "notify"),
        ("If your team ever needs another pair of hands, do think of me.", "consider"),
        ("If your crew is ever short of hands, you know where to find me.", "notify"),
        # is there a place for me?
        ("Is there room for someone like me on your policy team?", "place"),
        ("Do you have any apprentice spots going?", "place"),
        ("Might there be any openings on your team after I graduate?", "place"),
        ("I wonder whether you might have room for an apprentice next spring.", "place"),
        # a CV in case
        ("I have enclosed my CV in case it is helpful.", "cv"),
        ("I've attached my portfolio in case your studio is looking for illustrators.", "cv"),
    ],
)
def test_a_job_ask_is_found_however_it_is_worded(sentence, kind):
    """Acting on the writer's candidacy, or a place for them, is a job ask in any words."""
    found = _asks(sentence)
    assert len(found) == 3, (sentence, found)
    explained = checks.request_rules().rules["job-request"].explain
    opening = dict(explained)[kind].split("{words}")[1][:30]
    assert opening in found[0], (kind, found[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm not asking for a job or a referral, just your perspective.",
        "If there is anyone else you think I should speak with, I'd be glad of the suggestion.",
        "If you ever need a hand with anything, please just ask.",
        "Let me know if another time works better for you.",
        "If anything comes up and you need to reschedule, just let me know.",
        "I'll let you know how my applications go.",
        "Could you introduce me to someone in conservation who could tell me about the training?",
        "Thank you for introducing me to Priya; we are meeting next week.",
        "I've updated my CV to lead with the warehouse project, as you advised.",
        "I read that the council is hiring planners, and I'd love your view of the work.",
        "Is it true that most architects work unpaid overtime?",
    ],
)
def test_look_alikes_are_not_job_asks(sentence):
    """A mention of jobs, CVs or hiring, or a favour offered, is not an ask to act for them."""
    assert _asks(sentence) == []


def test_a_polite_lead_in_does_not_hide_an_ask():
    """'I hope you don't mind me asking whether…' is still an ask; 'I'm not asking…' is not."""
    assert _asks("I hope you don't mind me asking whether there are any openings.")
    assert not _asks("I did not come to ask about the vacancy, I only wanted to understand it.")


# --- what a finding says ------------------------------------------------------------------


def test_the_finding_names_the_words_it_found_and_why():
    """The message quotes the words as typed and says why they are a problem."""
    text = "Thanks again! Could you forward my CV to your hiring manager?"
    [finding] = [f for f in check_thank_you(text) if f.rule == "job-request"]
    assert "“forward my CV”" in finding.message
    assert "application" in finding.message
    start, end = finding.where
    assert text[start:end] == "forward my CV"


def test_every_kind_of_ask_has_its_own_explanation():
    """Each kind of ask, an instructor's own phrase and a note's wording are told why in words."""
    explained = dict(checks.request_rules().rules["job-request"].explain)
    assert set(explained) == {*ASK_KINDS, "pattern", checks.WORDING}
    assert all("{words}" in m and len(m.split()) >= 25 for m in explained.values())


# --- mentions: a tip, never a finding ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "How would you suggest I tailor my résumé for this field?",
        "What do hiring managers in this field look for on a CV?",
        "Thank you! I've rewritten my CV as you suggested, and I'm applying again next week.",
    ],
)
def test_a_mention_of_cvs_or_hiring_gets_a_tip_not_a_finding(text):
    """The gentle note says asking for advice is fine, sending a CV is not; nothing to fix."""
    [tip] = tips(text)
    assert tip.rule == checks.MENTIONS_HIRING
    assert "fine" in tip.message and "sending your CV" in tip.message
    start, end = tip.where
    assert text[start:end].strip()


def test_no_tip_where_there_is_a_job_ask_or_nothing_to_mention():
    """A job ask is a finding, not a tip; a text with no mention gets no tip."""
    assert tips("Can I send you my CV?") == []
    assert tips("What surprised you most about the work?") == []
    assert tips("") == []
    with pytest.raises(TypeError):
        tips(None)


# --- an instructor's words ----------------------------------------------------------------


def test_an_instructor_can_add_words_to_the_shapes(tmp_path, monkeypatch):
    """A field's own word for a place ("berth") is read in every shape, from checks.toml."""
    question = "Is there a berth for me on your boat next season?"
    assert checks.request_rules().reader.job_ask(question.lower()) is None
    (tmp_path / "checks.toml").write_text('[rules.job-request.words]\nplaces = ["berth"]\n')
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    assert checks.request_rules().reader.job_ask(question.lower()) is not None
    [finding] = [f for f in check_question(question) if f.rule == "job-request"]
    assert "reads like asking them" not in finding.message  # found by a shape, not the wording
    assert checks.request_rules().problems == ()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[rules.job-request.words]\nplaces = "berth"\n', "list of words"),
        ('[rules.job-request.words]\nboats = ["berth"]\n', "not a word list"),
        ('[rules.job-request.explain]\nrudeness = "Be nice."\n', "not a kind of job ask"),
        ("[rules.homework]\ncased = ['(unclosed']\n", "not valid"),
    ],
)
def test_a_broken_word_list_is_reported_and_ours_are_used(tmp_path, monkeypatch, body, message):
    """A word list or message of the wrong shape is named; the built-in checks carry on."""
    (tmp_path / "checks.toml").write_text(body)
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    [problem] = checks.request_rules().problems
    assert message in problem and "built-in checks are used" in problem
    assert "job-request" in {f.rule for f in check_question("Are you hiring at the moment?")}


def test_any_chance_you_are_hiring_is_a_job_ask():
    """'Any chance you are hiring at …?' asks whether there is a place: a job ask."""
    from infointerview.checks import check_question

    rules = [f.rule for f in check_question("Any chance you are hiring at Metro Transit?")]
    assert "job-request" in rules

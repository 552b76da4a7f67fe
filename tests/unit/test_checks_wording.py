"""The second job-ask reader: a note's, a question's or a request's wording, weighed whole."""

import json
import subprocess
import sys
from pathlib import Path

from infointerview import checks, checks_wording
from infointerview.checks import check_question, check_request, check_thank_you
from infointerview.checks_wording import (
    NOTES,
    QUESTIONS_AND_REQUESTS,
    READINGS,
    reads_like_ask,
    text_features,
    wording,
)

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "src" / "infointerview" / "content"
sys.path.insert(0, str(ROOT / "tools"))
import train_wording  # noqa: E402

# Written for this test: hints no shape of checks_intent names, and near-misses to each.
HINTS = (
    "Thank you for the chat about the bakery. If your ovens ever need another pair of "
    "early-morning hands, you know where I am.",
    "Thank you for the afternoon at the gallery. I would so love to be the one hanging the next "
    "show with you.",
)
NEAR_MISSES = (
    "Thank you for the chat about the bakery. Your point about early-morning hands being the "
    "hardest part of the trade stayed with me, and I've started proving dough at six.",
    "Thank you for the afternoon at the gallery. I would so love to see the next show you hang, "
    "and I've booked a ticket for the opening night.",
)


def test_the_shipped_weights_are_what_the_labelled_texts_make():
    """tools/train_wording.py, run again, writes exactly the weights the package ships."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_wording.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_held_out_text_is_learnt_from():
    """Every blind set's frozen held-out third is left out of what either reading learns from,
    and so is every set whose first run is still to come."""
    for texts in READINGS:
        learnt = [text_id for text_id, _, _ in train_wording.labelled_texts(texts)]
        assert len(learnt) == len(set(learnt)), texts
        for name in train_wording.LESSONS[texts].sets:
            frozen = train_wording.held_out(train_wording.DATA / name)
            assert frozen and frozen.isdisjoint(learnt), (texts, name)
        data = json.loads((CONTENT / texts.weights_file).read_text(encoding="utf-8"))
        assert data["learnt_from"]["texts"] == len(learnt)
    never = train_wording.held_out(train_wording.DATA / "blind_thanks_eighth")
    assert never.isdisjoint(text_id for text_id, _, _ in train_wording.labelled_texts(NOTES))


def test_a_hint_no_shape_names_is_found_by_its_wording_and_quoted():
    """A hinted ask is named, quoting the clause that reads most like an ask."""
    for note in HINTS:
        assert checks.request_rules().reader.job_ask(note.lower()) is None  # no shape names it
        [finding] = [f for f in check_thank_you(note) if f.rule == "job-request"]
        start, end = finding.where
        quoted = note[start:end]
        assert quoted and finding.message.startswith(f"“{quoted[:40]}"), finding.message
        assert "reads like asking them" in finding.message
        assert not quoted.lower().startswith("thank")


def test_a_near_miss_in_the_same_words_is_not_flagged():
    """The same topics, without putting the writer forward, read as a plain thank-you."""
    for note in NEAR_MISSES:
        assert [f.rule for f in check_thank_you(note)] == []


def test_thanks_for_something_done_is_not_weighed():
    """Clauses that thank for something done are left out, as the shapes leave them out."""
    assert text_features("thank you for helping me with my cv.") == frozenset()
    assert reads_like_ask("thank you for offering to pass my cv to your manager.") is None


# Written for this test: asks for a place that no shape of checks_intent names, and advice
# questions in the same words.
QUESTION_HINTS = (
    "Since your bakery takes on a new hand every autumn, could I be in the running this year?",
    "If I turned up for a few early shifts on your ovens, might that lead somewhere for me?",
    "Once my pastry course ends, is there any chance I could earn my keep in your bakery?",
)
REQUEST_HINTS = (
    "Dear Ms Bell, I have just finished my pastry course. Your bakery takes on a new hand every "
    "autumn, and I would love to be in the running this year. Could we talk for 20 minutes, at "
    "a time that suits you? Thanks, Jo",
    "Dear Ms Bell, I have just finished my pastry course and would love to hear how you built "
    "your bakery. Could we talk for 20 minutes, at a time that suits you? If your ovens ever "
    "need an extra pair of hands, I would jump at the chance. Thanks, Jo",
)
QUESTION_NEAR_MISSES = (
    "Your bakery takes on a new hand every autumn. What do you look for in them?",
    "If I spent a few weekends helping at a community bakery, what would that teach me about "
    "the trade?",
)


def test_a_question_or_request_no_shape_names_is_read_by_its_own_weights():
    """A hinted ask in a question or a request is found by the reading for those, and quoted."""
    reader = checks.request_rules().reader
    texts = [(q, check_question) for q in QUESTION_HINTS] + [
        (r, check_request) for r in REQUEST_HINTS
    ]
    for text, check in texts:
        assert reader.job_ask(text.lower()) is None  # no shape names it
        [finding] = [f for f in check(text) if f.rule == "job-request"]
        assert "reads like asking them" in finding.message
        start, end = finding.where
        assert text[start:end] and finding.message.startswith(f"“{text[start:end][:40]}")


def test_an_advice_question_in_the_same_words_is_not_flagged():
    """The same topics, asking what they look for or what it would teach, draw no finding."""
    for question in QUESTION_NEAR_MISSES:
        assert check_question(question) == []


def test_a_request_whose_heaviest_clause_asks_nothing_is_not_flagged(monkeypatch):
    """A request's words may weigh like an ask, but if its weightiest clause only tells of the
    writer (no question, no hope, no please), nothing is asked and nothing is found."""
    request = (
        "Dear Dr Ali, my lab contract ends next summer, so I am about to leave research for a role "
        "in science policy, where my data skills ought to be useful. Would you have 20 minutes, "
        "at a time that suits you, to tell me how you made the move? Many thanks, Sam"
    )
    plain = request.lower()
    # Weights under which the telling clause weighs most and the whole text reads as an ask.
    leaning = checks_wording.Wording(
        weights={"a role": 4.0, "contract ends": 3.0, "would you": 0.5}, bias=-2.0, threshold=0.85
    )
    monkeypatch.setattr(checks_wording, "wording", lambda reading=NOTES: leaning)
    assert leaning.probability(text_features(plain, QUESTIONS_AND_REQUESTS)) >= 0.85
    assert reads_like_ask(plain, QUESTIONS_AND_REQUESTS) is None
    # Asking in the same words is found.
    asked = plain.replace("so i am about to leave", "could i leave")
    assert reads_like_ask(asked, QUESTIONS_AND_REQUESTS) is not None


def test_each_reading_keeps_to_its_own_texts():
    """A note's short clauses are greetings, a question's are whole asks; neither reading
    weighs a sentence with no word of the writer in it."""
    assert text_features("can i help?", NOTES) == frozenset()
    assert text_features("can i help?", QUESTIONS_AND_REQUESTS) >= {"can i", "i help"}
    for texts in READINGS:
        assert text_features("is the team growing this year?", texts) == frozenset()
        assert (
            reads_like_ask("if you ever need a hand with anything, please just ask.", texts) is None
        )


def test_the_weights_are_read_once_and_are_plain_numbers():
    """Each reading's weights load once, as a threshold between 0 and 1 and numbers."""
    for texts in READINGS:
        assert wording(texts) is wording(texts)
        model = wording(texts)
        assert 0.5 < model.threshold < 1
        assert model.weights and all(isinstance(w, float) for w in model.weights.values())
    assert wording(NOTES) is not wording(QUESTIONS_AND_REQUESTS)


def test_a_request_must_read_more_surely_as_an_ask_than_a_question(monkeypatch):
    """The same words are flagged in a question at its lower threshold, not in a request."""
    asked = "could i join your team for the summer?"
    weights = {"join your": 3.0, "your team": 1.0, "could i": 0.5}
    leaning = checks_wording.Wording(
        weights=weights, bias=-2.0, threshold=0.75, thresholds={"request": 0.99}
    )
    monkeypatch.setattr(checks_wording, "wording", lambda reading=NOTES: leaning)
    assert 0.75 <= leaning.probability(text_features(asked, QUESTIONS_AND_REQUESTS)) < 0.99
    assert reads_like_ask(asked, QUESTIONS_AND_REQUESTS, "question") is not None
    assert reads_like_ask(asked, QUESTIONS_AND_REQUESTS, "request") is None
    assert reads_like_ask(asked, QUESTIONS_AND_REQUESTS) is not None  # tips: the lowest

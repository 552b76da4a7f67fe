"""A second reader for job asks: how a text is worded, as a whole.

The shapes in ``checks_intent`` name who is asked to act, on what and for whom. People hint
at a place in more ways than any list of shapes can hold ("if your atelier has need of a
seamstress, I will be very happy to help"; "your studio takes on a junior every spring, could
I be in the running this year?"). So a text the shapes find nothing in is read once more, by
the words and word pairs of its asking clauses. There are two readings, each with its own
weights: one for thank-you notes (``NOTES``), where people hint most, and one for questions
and requests (``QUESTIONS_AND_REQUESTS``).

Each reading is a logistic regression over the words and word pairs of the text's asking
clauses (clauses that thank for something done are left out, as the shapes leave them out; so
are clauses about a visit, an event, keeping in touch, rearranging a meeting, advice or
comments on something, or a favour in return, and sentences that do not speak of the writer
at all; in a thank-you note, also clauses that speak of what the contact offered). Its weights
are learnt from labelled texts in ``tests/data`` (texts written for training by helpers who
never saw the checker, and the blind sets' tuning parts: a frozen held-out third is never
learnt from) by ``tools/train_wording.py``, which writes them to ``content/``: plain numbers
made here from our own labels, nothing downloaded. A text is flagged only when the reading is
confident (the threshold stored with the weights), and the finding quotes the clause that
reads most like an ask.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from infointerview.checks_intent import answers_their_offer, asking_clauses


@dataclass(frozen=True)
class Reading:
    """One reading of the wording: the texts it reads, its weights, and what it leaves out."""

    #: The texts it reads, in the workshop's words.
    name: str
    #: The file its weights ship in, inside ``infointerview/content``.
    weights_file: str
    #: Words in the shortest clause weighed.
    shortest: int
    #: Whether sentences answering what the contact offered are left out.
    offers_left_out: bool
    #: Whether the clause that weighs most must ask or hope for something.
    must_ask: bool
    #: Whether a sentence with no word of the writer is weighed when it asks whether they would
    #: take someone described (``_PUT_FORWARD``).
    weighs_put_forward: bool = False


#: Thank-you notes: their short clauses are greetings and sign-offs, and they are full of
#: answers to what the contact offered ("you kindly offered to pass my CV on").
NOTES = Reading(
    "thank-you notes", "job_ask_wording.json", shortest=4, offers_left_out=True, must_ask=False
)
#: Questions and requests: "could I shadow you?" is a whole question, and a request tells of
#: its writer in clauses that ask nothing.
QUESTIONS_AND_REQUESTS = Reading(
    "questions and requests",
    "job_ask_wording_questions_requests.json",
    shortest=3,
    offers_left_out=False,
    must_ask=True,
    weighs_put_forward=True,
)
READINGS = (NOTES, QUESTIONS_AND_REQUESTS)

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# A job ask puts the writer forward, so only sentences that speak of the writer are weighed
# ("if you ever need a hand with anything, please just ask" offers a favour and asks nothing).
# An ask with no word of the writer ("is your team hiring?") is the shapes' to find, except, in
# questions and requests, one that asks whether they would take someone described, who is the
# writer never named (``_PUT_FORWARD``).
_FIRST_PERSON = re.compile(r"\b(?:i|i'd|i'm|i'll|i've|me|my|mine|myself)\b")
# Clauses that share words with asks but put the writer forward for nothing are not weighed: a
# visit ("I would love to come back to see the finished boat"), an event or a one-off favour
# ("happy to help on the honey show stall", "as a small thank-you"), keeping in contact, a
# rearranged meeting, advice, views or comments (on a course, on the writer's own statement),
# people to talk to elsewhere, something lent, taking up what the contact offered ("I would
# be delighted to take you up on that"), or a wish to hear how or what.
# A clause that only says what the writer valued ("I really appreciated your honesty about the
# long hours") thanks them; one that goes on to hope or ask is weighed.
_APPRECIATION = re.compile(
    r"\W*(?:and\s+|also\s+)?i\s+(?:really\s+|truly\s+|so\s+|greatly\s+|especially\s+|particularly\s+|"
    r"also\s+)?(?:appreciated|enjoyed|loved|valued|liked)\b(?![^.?!]*\b(?:could|would|if|please|to\s+"
    r"(?:join|work|help|be)|keen|hope|chance|opportunit\w*)\b)"
)
# Where a reading says so, the clause that reads most like an ask must ask or hope for
# something: one that only tells of the writer ("I am a postdoc, three years into a contract
# that ends next summer") asks nothing, however its words weigh.
_ASKS_OR_HOPES = re.compile(
    r"\?|\b(?:could|would|can|will|may|might|please|hope|hoping|love|like|wonder|wondering|"
    r"grateful|appreciate|keen|chance|happy|glad|thrilled|delighted|eager|wish|want|"
    r"honou?red|if|let\s+me|any\s+way)\b"
)
# Someone described, whom the contact's organisation is asked to consider or take: the writer,
# never named ("Would your ward consider an overseas-trained nurse who has her OSCE booked?").
_PUT_FORWARD = re.compile(
    r"\b(?:would|could|might|does|do|is|are|will|can)\b[^.?!]{0,60}?\b(?:consider|take(?:\s+on)?|use|"
    r"need|have\s+(?:any\s+)?(?:use|room|space|a\s+place|a\s+spot|a\s+bench|a\s+role|work|shifts?)|"
    r"open\s+to(?:\s+taking\s+on)?|find\s+a\s+place|give\s+(?:a\s+)?(?:trial|chance)|room|space|place|"
    r"places|spot)\b[^.?!]{0,30}?\b(?:for\s+)?(?:somebody|someone|an?)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:graduate|student|trainee|intern|apprentice|holder|technician|assistant|candidate|junior|volunteer|"
    r"who|with|from|trained|qualified)\b"
)
_SENT_AS_OFFERED = re.compile(
    r"\b(?:attached|attach|attaching|enclosed|here\s+is|here's|sending|sent)\b"
)
_HOW_MANY = r"(?:\d+|ten|fifteen|twenty|thirty)"
_NOT_WEIGHED = re.compile(
    r"\bto\s+(?:see|visit|watch|tour)\s+(?:the|your|it|how|what|him|her|them)\b|\breturn\s+the\s+"
    r"favou?r\b|\bin\s+return\b|\bas\s+(?:a\s+)?(?:small\s+|little\s+)?thank(?:s|-you|\s+you)\b|"
    r"\boutreach\b|\bfundrais\w*|\bcharity\s+(?:run|event|walk|day)\b|\bsurvey\b|"
    r"\bwebinar\b|\bconference\b|\bfestival\b|\bstall\b|\bf[eê]te\b|\b(?:stay|keep|be)\s+in\s+"
    r"(?:touch|contact)\b|\breschedul\w*|\bpostpon\w*|\bcancel\w*|\b(?:views|advice|thoughts|"
    r"opinion|tips|pointers)\s+(?:on|about)\b|\b(?:at|from|in)\s+other\s+(?:[\w-]+\s+)?(?:firms|"
    r"companies|consultancies|practices|studios|agencies|organi[sz]ations|teams|places)\b|"
    r"\belsewhere\b|\btake\s+(?:you|u)\s+up\s+on\b|\b(?:comments|feedback)\b|\blend\s+(?:you|u)\b|"
    r"\bgood\s+idea\b|\bremember\s+me\s+to\b|\bgive\s+my\s+(?:regards|best|love)\b|\b(?:do|take|start)\s+(?:a|the)\s+(?:[\w-]+\s+)?course\b|\b(?:recommend|suggest)\s+"
    r"(?:a|an|any|some|one|two|a\s+few)\s+(?:[\w-]+\s+){0,2}?(?:courses?|books?|reading|texts?|"
    r"qualifications?|podcasts?|websites?)\b|"
    # How or where the meeting happens, and what helps the writer take part in it ("If we
    # meet in person, a step-free place would make it easy for me").
    r"\b(?:if|when|where)\s+we\s+(?:meet|talk|speak)\b|\bstep-free\b|\bwheelchair\b|\bcaptions?\b|"
    r"\bhearing\s+loop\b|\bsomewhere\s+quiet\b|\bquiet\s+(?:place|room|spot|corner)\b|"
    r"\bby\s+(?:phone|video|zoom|teams)\s+(?:suits|works|is\s+easier)\b|"
    r"\bmy\s+questions\s+in\s+writing\b|\b(?:come|travel|pop)\s+(?:to|over\s+to|along\s+to)\s+(?:your|the)\s+"
    r"(?:office|workplace|studio|clinic|site|building|caf[eé]|station|ward|lab)\b(?![^.?!]{0,30}\b(?:work|"
    r"help|start|join|shift|trial|volunteer)\b)|"
    # Time asked for the conversation itself ("would you be willing to give me an hour on Zoom?").
    rf"\b(?:give|spare|have|offer|find)\s+(?:me\s+)?(?:{_HOW_MANY}|an?|half\s+an)\s*-?\s*"
    rf"(?:minutes?|mins?|hour)\b|\b(?:minutes?|hour)\s+of\s+your\s+time\b|\b{_HOW_MANY}\s*-?\s*"
    # (not how near the writer lives: "I'm only ten minutes away")
    r"(?:minutes?|mins?)\b(?!\s+(?:away|from|walk|drive|by\s+bus|down\s+the\s+road))|"
    r"\b(?:for|over)\s+(?:a\s+)?(?:coffee|cuppa|tea)\b|"
    # a visit to learn, or help in deciding: "your department's open afternoon"; "it would
    # really help me decide whether the specialty is for me"
    r"\bopen\s+(?:days?|afternoons?|evenings?|mornings?|house|events?)\b|\bhelp\s+me\s+(?:to\s+)?"
    r"(?:decide|choose|understand|think|work\s+out|figure\s+out|see\s+whether)\b|"
    # A wish to hear how, what or why ("I would love to hear how you decided") asks for advice.
    r"\b(?:love|like|keen|eager|want|glad|interested)\s+to\s+(?:hear|learn|know|understand|find\s+"
    r"out)\s+(?:more\s+)?(?:how|what|why|which|where)\b"
)


def logistic(score: float) -> float:
    """The probability for a log-odds score (kept within ±30, where it is 0 or 1 anyway)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def features(clause: str) -> frozenset[str]:
    """The words and word pairs of a lower-cased clause (a pair joined by a space)."""
    return _features(_WORD.findall(clause))


def _features(words: list[str]) -> frozenset[str]:
    return frozenset(words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])


def weighed_clauses(plain: str, reading: Reading = NOTES) -> list[tuple[int, str, frozenset[str]]]:
    """(start, clause, its features) for the clauses of a lower-cased text that ``reading``
    weighs: not a greeting or a sign-off ("Dear Ms Ray,", "Best wishes,"), nor too short to
    ask anything."""
    weighed = []
    previous = current = ""
    for at, clause, sentence in asking_clauses(plain):
        if sentence != current:
            previous, current = current, sentence
        words = _WORD.findall(clause)
        if (
            len(words) >= reading.shortest
            and (
                _FIRST_PERSON.search(sentence)
                or (reading.weighs_put_forward and _PUT_FORWARD.search(sentence))
            )
            and not (reading.offers_left_out and _answers_their_offer(sentence, previous))
            and not _NOT_WEIGHED.search(clause)
            and not _APPRECIATION.match(clause)
        ):
            weighed.append((at, clause, _features(words)))
    return weighed


def _answers_their_offer(sentence: str, previous: str) -> bool:
    """A sentence that answers what the contact offered, or sends what was offered for in the
    sentence before ("…for so kindly offering to look over my CV. I've attached it")."""
    return answers_their_offer(sentence) or bool(
        previous and answers_their_offer(previous) and _SENT_AS_OFFERED.search(sentence)
    )


def text_features(plain: str, reading: Reading = NOTES) -> frozenset[str]:
    """Every word and word pair of a lower-cased text's weighed clauses."""
    return _union(weighed_clauses(plain, reading))


def _union(clauses: list[tuple[int, str, frozenset[str]]]) -> frozenset[str]:
    return frozenset().union(*(found for _, _, found in clauses))


@dataclass(frozen=True)
class Wording:
    """Learnt weights: a text reads as a job ask when its probability reaches ``threshold``, or
    the threshold ``thresholds`` names for its kind of text ("request")."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    thresholds: Mapping[str, float] = field(default_factory=dict)

    def threshold_for(self, kind: str = "") -> float:
        """The probability a text of this kind must reach to be flagged."""
        return self.thresholds.get(kind, self.threshold)

    def score(self, found: Iterable[str]) -> float:
        """The weighted sum for a set of features (the log-odds of a job ask)."""
        return self.bias + sum(self.weights.get(f, 0.0) for f in found)

    def probability(self, found: Iterable[str]) -> float:
        """How likely the text is a job ask, between 0 and 1."""
        return logistic(self.score(found))


@cache
def wording(reading: Reading = NOTES) -> Wording:
    """A reading's shipped weights (read once, on the first text of its kind checked)."""
    source = resources.files("infointerview.content").joinpath(reading.weights_file)
    data = json.loads(source.read_text(encoding="utf-8"))
    return Wording(
        weights=dict(data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        thresholds={kind: float(value) for kind, value in data.get("thresholds", {}).items()},
    )


def reads_like_ask(plain: str, reading: Reading = NOTES, kind: str = "") -> tuple[int, int] | None:
    """Where a lower-cased text reads most like a job ask, or None if it does not.

    The whole text is weighed, against the threshold for its ``kind`` ("question", "request";
    the reading's own threshold for any other); the span returned is the asking clause whose
    own words weigh most towards an ask, trimmed of the spaces around it. Where the reading
    says so, that clause must ask or hope for something.
    """
    clauses = weighed_clauses(plain, reading)
    if not clauses:
        return None
    model = wording(reading)
    if model.probability(_union(clauses)) < model.threshold_for(kind):
        return None
    start, clause, _ = max(clauses, key=lambda item: model.score(item[2]))
    if reading.must_ask and not _ASKS_OR_HOPES.search(clause):
        return None
    left = len(clause) - len(clause.lstrip())
    return start + left, start + len(clause.rstrip())

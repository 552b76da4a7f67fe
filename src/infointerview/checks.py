"""Etiquette checks: text in, findings out, each with the rule and a plain-words reason.

The patterns and words live in ``content/checks.toml`` so an instructor can extend them for
their field; the rule ids are fixed vocabulary shared with the notebooks and the command line.

``job-request`` reads intent, not phrases (see ``checks_intent``): a job ask is the writer
asking the contact to act on their candidacy (pass on their CV or name, refer or recommend
them, consider them, take them on, tell them when a place comes up) or asking whether a place
exists for them; attaching a CV "in case" is one too. Advice about CVs, interviews and how a
field hires is not, and the finding quotes the words it found and says why they are a problem.

Two more rule ids sit beside the fixed ones:

``not-english``
    the text is not in English (``checks_language``). The checks read English only, so this
    is then the one finding, saying so plainly: never a misleading "nothing to fix".
``mentions-hiring``
    an informational note, never a finding: ``tips(text)`` returns it when a text that asks
    for no job mentions a CV, hiring or a job search ("asking for advice on your CV is fine;
    sending it is not"). The notebooks show it as a tip; it does not stop a draft being sent
    and the command line prints it without changing the exit status.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from infointerview import content
from infointerview.checks_intent import ASK_KINDS, Reader, Vocabulary
from infointerview.checks_language import language
from infointerview.checks_wording import NOTES, QUESTIONS_AND_REQUESTS, reads_like_ask
from infointerview.content import ContentError

QUESTION_RULES = ("job-request", "closed-question", "homework")
#: The kind of job ask found by a note's wording (checks_wording), not by a shape.
WORDING = "wording"
_EXPLAINED = (*ASK_KINDS, "pattern", WORDING)
THANK_YOU_RULES = ("job-request", "not-specific")
REQUEST_RULES = (
    "job-request",
    "no-duration",
    "long-meeting",
    "not-their-convenience",
    "too-long",
    "no-gratitude",
)
#: The one finding for a text not in English: the checks read English only.
NOT_ENGLISH = "not-english"
#: A tip, never a finding: the text mentions a CV or hiring without asking for a job.
MENTIONS_HIRING = "mentions-hiring"
ALL_RULES = tuple(
    dict.fromkeys(REQUEST_RULES + QUESTION_RULES + THANK_YOU_RULES + (NOT_ENGLISH, MENTIONS_HIRING))
)
#: The vocabulary lists behind ``job-request`` that an instructor can add words to.
WORD_LISTS = tuple(Vocabulary.__dataclass_fields__)
LONGEST_MEETING_MINUTES = 30
WORD_LIMIT_RANGE = (10, 1000)


@dataclass(frozen=True)
class Finding:
    """One thing to fix: which rule, why (in plain words), and where in the text if known."""

    rule: str
    message: str
    where: tuple[int, int] | None = None

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "message": self.message}


_LEADING_WORDS = re.compile(r"^\(\?:((?:[a-z' ]+\|)*[a-z' ]+)\)")


class _Pattern:
    """A content pattern, matched against lower-cased text as fast as plain ``re`` allows.

    Most patterns start ``\\b(?:word|word…)``. A leading ``\\b`` stops ``re`` from scanning
    ahead for the first letter, so it is checked here instead; and when none of the leading
    words occurs in the text at all, the pattern cannot match and is not run.

    The built-in patterns (tested) are compiled when a text first gets past their leading
    words, so the first check of a sitting compiles a few, not all; an instructor's patterns
    are compiled at once (``check``), so a broken one is reported when the file is read.
    """

    def __init__(self, source: str, *, check: bool = True) -> None:
        self.source = source
        body = source[2:] if source.startswith("\\b") else source
        self._boundary = body is not source
        self._body = body
        # Patterns are matched against lower-cased text; only capitals need IGNORECASE.
        self._flags = re.IGNORECASE if re.search(r"(?<!\\)[A-Z]", body) else 0
        self._compiled = re.compile(body, self._flags) if check else None
        leading = _LEADING_WORDS.match(body)
        self._needs = tuple(leading.group(1).split("|")) if leading else ()

    @property
    def _regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._body, self._flags)
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the matches, left to right, that start where the pattern allows."""
        if self._needs and not any(word in text for word in self._needs):
            return
        position = 0
        while (match := self._regex.search(text, position)) is not None:
            start = match.start()
            if not self._boundary or start == 0 or not _is_word(text[start - 1]):
                yield match
                position = max(match.end(), start + 1)
            else:
                position = start + 1

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def sub(self, replace: Callable[[str], str], text: str) -> str:
        """Return the text with every match replaced by ``replace(matched text)``."""
        pieces, last = [], 0
        for match in self.finditer(text):
            pieces += [text[last : match.start()], replace(match.group())]
            last = match.end()
        return "".join(pieces) + text[last:]


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


@dataclass(frozen=True)
class _Rule:
    message: str
    patterns: tuple[_Pattern, ...] = ()
    exceptions: tuple[_Pattern, ...] = ()
    required: tuple[_Pattern, ...] = ()
    unless: tuple[_Pattern, ...] = ()
    # Matched against the text as typed, capitals and all (an organisation's name).
    cased: tuple[re.Pattern[str], ...] = ()
    # job-request: what each kind of ask is told ("{words}" quotes what was found) …
    explain: tuple[tuple[str, str], ...] = ()
    # … and the words its shapes are built from.
    words: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class RequestRules:
    rules: dict[str, _Rule]
    word_limit: int
    word_limit_choices: tuple[int, ...]
    problems: tuple[str, ...]
    reader: Reader


def _compile(patterns: object, where: str, *, check: bool = True) -> tuple[_Pattern, ...]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise ContentError(f"{where} must be a list of text patterns.")
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(_Pattern(pattern, check=check))
        except re.error as error:
            raise ContentError(f"{where}: the pattern {pattern!r} is not valid: {error}.") from None
    return tuple(compiled)


def _compile_cased(patterns: object, where: str) -> tuple[re.Pattern[str], ...]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise ContentError(f"{where} must be a list of text patterns.")
    try:
        return tuple(re.compile(p) for p in patterns)
    except re.error as error:
        raise ContentError(f"{where}: a pattern is not valid: {error}.") from None


def _explanations(
    old: tuple[tuple[str, str], ...], table: object, where: str
) -> tuple[tuple[str, str], ...]:
    if not isinstance(table, dict):
        raise ContentError(f"{where} must be a table of messages, one for each kind of ask.")
    merged = dict(old)
    for kind, message in table.items():
        if kind not in _EXPLAINED:
            raise ContentError(
                f"{where}: {kind!r} is not a kind of job ask; the kinds are "
                f"{', '.join(_EXPLAINED)}."
            )
        if not isinstance(message, str) or not message.strip():
            raise ContentError(f"{where}.{kind}: a plain-words message is needed.")
        merged[kind] = message
    return tuple(merged.items())


def _word_lists(
    old: tuple[tuple[str, tuple[str, ...]], ...], table: object, where: str
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(table, dict):
        raise ContentError(f"{where} must be a table of word lists.")
    merged = dict(old)
    for name, words in table.items():
        if name not in WORD_LISTS:
            raise ContentError(
                f"{where}: {name!r} is not a word list; the lists are {', '.join(WORD_LISTS)}."
            )
        if (
            not isinstance(words, list)
            or not all(isinstance(w, str) and w.strip() for w in words)
            or any(len(w) > 60 for w in words)
        ):
            raise ContentError(f"{where}.{name} must be a list of words or short phrases.")
        merged[name] = merged.get(name, ()) + tuple(w.strip().lower() for w in words)
    return tuple(merged.items())


def _rules_from(
    data: dict, source: str, base: dict[str, _Rule] | None, *, built_in: bool = False
) -> dict[str, _Rule]:
    rules = dict(base or {})
    tables = data.get("rules", {})
    if not isinstance(tables, dict):
        raise ContentError(f"{source}: [rules] must be a table of rules.")
    for rule_id, table in tables.items():
        if rule_id not in ALL_RULES:
            raise ContentError(
                f"{source}: {rule_id!r} is not a rule; the rules are {', '.join(ALL_RULES)}."
            )
        if not isinstance(table, dict):
            raise ContentError(f"{source}: rules.{rule_id} must be a table.")
        old = rules.get(rule_id, _Rule(message=""))
        where = f"{source}, rules.{rule_id}"
        fields: dict = {}
        for key in ("patterns", "exceptions", "required", "unless"):
            added = _compile(table.get(key, []), f"{where}.{key}", check=not built_in)
            fields[key] = getattr(old, key) + added
        fields["cased"] = old.cased + _compile_cased(table.get("cased", []), f"{where}.cased")
        fields["explain"] = _explanations(old.explain, table.get("explain", {}), f"{where}.explain")
        fields["words"] = _word_lists(old.words, table.get("words", {}), f"{where}.words")
        message = table.get("message", old.message)
        if not isinstance(message, str) or not message.strip():
            raise ContentError(f"{where}: a plain-words message is needed.")
        rules[rule_id] = _Rule(message=message, **fields)
    return rules


def _reader(rules: dict[str, _Rule]) -> Reader:
    return Reader(Vocabulary.from_table(dict(rules["job-request"].words)))


@lru_cache(maxsize=8)
def _load_request_rules(key: tuple[str, int]) -> RequestRules:
    data = content.load_toml("checks.toml")
    rules = _rules_from(data, "checks.toml", None, built_in=True)
    limits = data["request"]
    word_limit, choices = int(limits["word_limit"]), tuple(limits["word_limit_choices"])
    problems: list[str] = []
    reader = _reader(rules)
    path = content.override_file("checks.toml")
    if path is not None:
        try:
            extra = content.read_override(path)
            theirs = _rules_from(extra, str(path), rules)
            reader = _reader(theirs)
            rules = theirs
        except (ContentError, re.error) as error:
            problems.append(f"{error} The built-in checks are used instead.")
    return RequestRules(rules, word_limit, choices, tuple(problems), reader)


def request_rules() -> RequestRules:
    """Return the request rules: built in, plus the instructor's patterns when set."""
    return _load_request_rules(content.cache_key("checks.toml"))


# --- words and durations -------------------------------------------------------------------

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_WORDLIKE = re.compile(r"\w", re.UNICODE)


def count_words(text: str) -> int:
    """Count words as a reader would: tokens between spaces that hold a letter or digit.

    Chinese, Japanese and Korean are written without spaces, so each of their characters
    counts as a word there.
    """
    total = 0
    for token in text.split():
        cjk = len(_CJK.findall(token))
        if cjk:
            total += cjk + (1 if _WORDLIKE.search(_CJK.sub("", token)) else 0)
        elif _WORDLIKE.search(token):
            total += 1
    return total


_NUMBER_WORDS = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "forty five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
_NUMBER_ALTERNATIVES = "|".join(
    word.replace(" ", "[- ]") for word in sorted(_NUMBER_WORDS, key=len, reverse=True)
)
_NUMBER = rf"(?:\d{{1,3}}|{_NUMBER_ALTERNATIVES})"
# Each duration pattern with a word it cannot match without (a cheap test before the regex).
_DURATION_PATTERNS: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(r"\b(?:an?\s+|one\s+)?hour\s+and\s+a\s+half\b", re.I), 90),
    (re.compile(r"\b(?:half\s+an?\s+hour|half[- ]hour)\b", re.I), 30),
    (re.compile(r"\b(?:a\s+)?quarter(?:\s+of\s+an?|[- ])\s*hour\b", re.I), 15),
    (
        re.compile(
            rf"\b(?P<a>{_NUMBER})(?:\s*(?:-|–|—|to|or)\s*(?P<b>{_NUMBER}))?\s*-?\s*"
            r"(?:min|mins|minutes?)\b",
            re.I,
        ),
        None,
    ),
    # "an hour's drive" or "an hour away" is distance, not the length of the meeting
    (re.compile(r"\b(?:an|one|1)\s*-?\s*hours?\b(?!'s|\s+(?:away|drive|from)\b)", re.I), 60),
    (re.compile(r"\b(?:two|2|a\s+couple\s+of|couple\s+of|a\s+few|several)\s+hours\b", re.I), 120),
    (re.compile(r"\b(?:an|the)\s+(?:whole\s+)?(?:afternoon|morning|evening)\b", re.I), 180),
)


_DURATION_NEEDS = dict(
    zip(
        (pattern for pattern, _ in _DURATION_PATTERNS),
        (("hour",),) * 3 + (("min",),) + (("hour",),) * 2 + (("morning", "afternoon", "evening"),),
        strict=True,
    )
)
_DURATION_WORDS = ("hour", "min", "morning", "afternoon", "evening")


def _minutes(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.replace("-", " ")]


def durations(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Return every meeting length the text states, in minutes, with where it stands.

    A range counts as its upper end ("20–30 minutes" is 30), since that is what is asked.
    """
    found: list[tuple[int, tuple[int, int]]] = []
    remaining = text
    lowered = _lower(text)
    if not any(word in lowered for word in _DURATION_WORDS):
        return found
    for pattern, minutes in _DURATION_PATTERNS:
        if not any(word in lowered for word in _DURATION_NEEDS[pattern]):
            continue
        for match in pattern.finditer(remaining):
            if minutes is None:
                upper = match.group("b") or match.group("a")
                value = _minutes(upper)
            else:
                value = minutes
            found.append((value, match.span()))
        # Blank what was read, so "half an hour" is not read again as "an hour".
        remaining = pattern.sub(lambda m: " " * len(m.group()), remaining)
    return sorted(found, key=lambda item: item[1])


def _blank(text: str, patterns: tuple[_Pattern, ...]) -> str:
    for pattern in patterns:
        text = pattern.sub(lambda found: " " * len(found), text)
    return text


def _first(text: str, patterns: tuple[_Pattern, ...]) -> re.Match[str] | None:
    matches = [m for p in patterns if (m := p.search(text))]
    return min(matches, key=lambda m: m.start()) if matches else None


def _lower(text: str) -> str:
    """Lower-case text without changing its length, so positions still point at the words."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# --- reading for a job ask, and for a language the checks cannot read ----------------------

_QUOTE_LIMIT = 70


def _quote(text: str, span: tuple[int, int]) -> str:
    """The words at ``span`` as the participant typed them, on one line and not too long."""
    words = " ".join(text[span[0] : span[1]].split())
    return words if len(words) <= _QUOTE_LIMIT else words[: _QUOTE_LIMIT - 1].rstrip() + "…"


def _job_request(
    text: str,
    plain: str,
    offset: int,
    rules: RequestRules,
    *,
    thank_you: bool = False,
    text_kind: str = "",
) -> Finding | None:
    """The first job ask in the text, said in words: what was found and why it is a problem.

    ``plain`` is the text lower-cased for reading and ``offset`` how much was cut from its
    front, so that the finding's ``where`` points into ``text`` as typed. With ``thank_you``
    (thank-you notes), the shapes let through the look-alikes notes are full of. A text no
    shape or pattern finds an ask in is weighed by its wording (checks_wording): a note by the
    reading for notes, a question or a request by the reading for those, against the threshold
    for its ``text_kind`` ("question" or "request"; ``tips`` passes none, and so takes the
    lowest).
    """
    rule = rules.rules["job-request"]
    read = _blank(plain, rule.exceptions)
    ask = rules.reader.job_ask(read, thank_you=thank_you)
    hit = _first(read, rule.patterns)  # an instructor's own phrases for their field
    if ask is None and hit is None:
        reading = NOTES if thank_you else QUESTIONS_AND_REQUESTS
        if (span := reads_like_ask(read, reading, text_kind)) is None:
            return None
        kind, (start, end) = WORDING, span
    elif ask is not None and (hit is None or ask.span[0] <= hit.start()):
        kind, (start, end) = ask.kind, ask.span
    else:
        assert hit is not None
        kind, (start, end) = "pattern", hit.span()
    where = (start + offset, end + offset)
    template = dict(rule.explain).get(kind, rule.message)
    return Finding("job-request", template.replace("{words}", _quote(text, where)), where)


def _not_english(text: str) -> list[Finding]:
    """The one finding for a text in another language, or none for English."""
    found = language(text)
    if found is None:
        return []
    message = request_rules().rules[NOT_ENGLISH].message.replace("{language}", found)
    return [Finding(NOT_ENGLISH, message)]


def tips(text: str) -> list[Finding]:
    """Return gentle notes on a text: never things to fix, and no reason to hold it back.

    Today the one note is ``mentions-hiring``: the text speaks of a CV, hiring or a job
    search but asks for no job. Asking for advice about those is fine; the note says where
    the line is. A text with a job ask, or not in English, gets no note (its findings say
    what matters).
    """
    if not isinstance(text, str):
        raise TypeError("tips needs the text as text.")
    if not text.strip() or language(text) is not None:
        return []
    rules = request_rules()
    plain, offset = _stripped(text)
    if _job_request(text, plain, offset, rules) is not None:
        return []
    match = rules.reader.mentions(plain)
    if match is None:
        return []
    where = (match.start() + offset, match.end() + offset)
    message = rules.rules[MENTIONS_HIRING].message.replace("{words}", _quote(text, where))
    return [Finding(MENTIONS_HIRING, message, where)]


# --- the request check ------------------------------------------------------------------------


def request_word_limit(word_limit: int | None = None) -> int:
    """Return the word limit a request is held to: ``word_limit``, or else the usual one.

    The usual one is 75 (the 6-point email); 100 is the first edition's limit. A limit outside
    10–1000 raises ValueError saying so.
    """
    limit = request_rules().word_limit if word_limit is None else word_limit
    if not isinstance(limit, int) or not WORD_LIMIT_RANGE[0] <= limit <= WORD_LIMIT_RANGE[1]:
        raise ValueError(
            f"The word limit must be a whole number from {WORD_LIMIT_RANGE[0]} to "
            f"{WORD_LIMIT_RANGE[1]}; 75 is usual, 100 the older advice."
        )
    return limit


def check_request(text: str, word_limit: int | None = None) -> list[Finding]:
    """Check an interview request against the etiquette; return what to fix, in rule order.

    ``word_limit`` is as request_word_limit gives it: 75 by default, and a limit outside
    10–1000 raises ValueError saying so.
    """
    if not isinstance(text, str):
        raise TypeError("check_request needs the draft as text.")
    limit = request_word_limit(word_limit)
    if other := _not_english(text):
        return other
    loaded = request_rules()
    rules = loaded.rules
    # Apostrophes come in two shapes; patterns are written in lower case with the straight one.
    plain = _lower(text.replace("\u2019", "'"))
    findings: list[Finding] = []

    if asked := _job_request(text, plain, 0, loaded, text_kind="request"):
        findings.append(asked)

    lengths = durations(plain)
    if not lengths:
        findings.append(Finding("no-duration", rules["no-duration"].message))
    else:
        longest = max(lengths, key=lambda item: item[0])
        if longest[0] > LONGEST_MEETING_MINUTES:
            findings.append(Finding("long-meeting", rules["long-meeting"].message, longest[1]))

    rule = rules["not-their-convenience"]
    hit = _first(plain, rule.patterns)
    if hit and not _first(plain, rule.unless):
        findings.append(Finding("not-their-convenience", rule.message, hit.span()))

    words = count_words(text)
    if words > limit:
        message = rules["too-long"].message.format(words=words, limit=limit)
        findings.append(Finding("too-long", message))

    rule = rules["no-gratitude"]
    if not _first(plain, rule.required):
        findings.append(Finding("no-gratitude", rule.message))
    return findings


# --- the question check -----------------------------------------------------------------------

_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_FILLERS = re.compile(
    r"^(?:(?:so|and|also|ok|okay|well|hi|hey|now|then|next|lastly|finally|just curious|"
    r"out of curiosity|quick question|one more thing|i was wondering)[,:;]?\s+)+"
)


_LEAD_IN = re.compile(r"\s*(?::|;|\s[\u2014\u2013-]\s|\u2014|,)\s*")
_YES_NO_START = re.compile(
    r"(?:do|does|did|is|are|was|were|have|has|had|will|would|should|can|could|may|might|"
    r"isn't|aren't|don't|doesn't|didn't|haven't|hasn't|won't|wouldn't)\b"
)


_ASKS = re.compile(
    r"(?:what|how|why|which|where|when|who|whom|whose|could|would|can|will|do|does|did|is|are|"
    r"was|were|have|has|should|may|might)\b"
)


def _question_clause(text: str) -> str:
    """Return the sentence that asks, without conversational openers ("So, ...").

    A lead-in before a colon, a dash or a comma is dropped when what follows starts like a
    yes-or-no question ("After ten years on the wards, do you enjoy it?").
    """
    sentences = [s.strip() for s in _SENTENCES.split(text.strip()) if s.strip()]
    asking = [s for s in sentences if s.endswith("?")]
    clause = _FILLERS.sub("", (asking or sentences or [""])[-1])
    pieces = _LEAD_IN.split(clause)
    if len(pieces) > 1 and _YES_NO_START.match(pieces[-1]) and not _ASKS.match(clause):
        return _FILLERS.sub("", pieces[-1])
    return clause


# Homework read by its shape, where no pattern of checks.toml names the fact: a question that
# starts as a fact is asked ("which", "who", "how many", "is", "does"…), about an organisation
# (named, or "the/your" one of the nouns below), with no word of the contact or the writer left
# once the organisation is set aside, and no word of judgement, experience or careers ("Which
# hotel group owns the Harbour Hotel?"; not "How has being part of a hotel group changed the
# way you run the front desk?").
_ORGANISATION_NOUNS = (
    "company firm organisation organization business agency charity ngo practice studio bank "
    "employer startup start-up consultancy council trust foundation institute school hospital "
    "clinic museum gallery brewery airline publisher label newspaper paper magazine restaurant "
    "hotel chain co-op cooperative association university college network library service dairy "
    "farm theatre playhouse station club shop store press port authority group fleet force "
    "chambers salon nursery zoo observatory railway orchestra festival café cafe centre center "
    "laboratory lab plant factory mill bakery society union federation ministry government "
    "office offices branch branches site sites app brand brands range collection airport ferry "
    "coaches gazette journal hall venue arena stadium park"
).split()
_ORGANISATION = re.compile(
    r"\b(?:the|your|its|this|that)\s+(?:[\w&'.-]+\s+){0,4}?(?:"
    + "|".join(sorted(_ORGANISATION_NOUNS, key=len, reverse=True))
    + r")(?:'s)?\b"
)
_FACT_START = re.compile(
    r"^\W*(?:what|which|who|whom|whose|when|where|how\s+(?:many|much|big|large|old)|since\s+when|"
    r"in\s+(?:what|which)\s+year|is|are|was|were|does|do|did|has|have)\b(?!\s+it\b)"
)
_NAMED = re.compile(r"\s(?:[A-Z][\w&'.-]*\s+(?:&\s+|of\s+|and\s+)?)+[A-Z][\w&'.-]*|\s[A-Z]{2,}\b")
_PERSONAL = re.compile(r"\b(?:you|u|ya|yours|yourself|your|i|i'm|i've|i'd|i'll|me|my|we|us|our)\b")
_JUDGEMENT = re.compile(
    r"\b(?:think|thought|feel|felt|opinion|views?|advice|advise|recommend\w*|suggest\w*|best|worst|"
    r"hardest|easiest|most|least|like|likes|liked|enjoy\w*|should|would|could|might|typical\w*|"
    r"day-to-day|culture|look\s+for|looks\s+for|learn\w*|chang\w+|differ\w*|compare\w*|surpris\w*|"
    r"challeng\w*|important|matter\w*|why|how(?!\s+(?:many|much|big|large|old)\b)|skills?|qualif\w*|"
    r"careers?|get\s+into|start\s+out|entry|junior|graduates?|apprentices?|applicants?|candidates?|"
    r"hire|hiring|recruit\w*|interview\w*|cv|portfolio|salary|pay|paid|earn\w*|(?<!opening\s)hours|shifts?|promot\w*|"
    r"progress\w*|training|trainees?|roles?|jobs?|positions?|vacanc\w*|openings?|placements?|"
    r"volunteers?|staff|interns?|freelancers?|translators|people|person|someone|anyone|newcomers?|"
    r"beginners?|stand\s+out|succeed\w*|success\w*|mistakes?|regret\w*|wish|hope|tends?|thrive\w*|"
    r"struggl\w*|room\s+to|move\s+up|possible|worth|true|really|usually|generally|normally|difficult|"
    r"hard|easy|tough|competitive|stressful|demanding|common|likely|decid\w*|assistants?|everyone|"
    r"says?|said|exhaust\w*|tiring|busy|fun|rewarding|as\s+\w+\s+as|"
    # what the work asks of people, and how newcomers are treated, are judgements too
    r"compulsory|essential|required|requirements?|necessary|mandatory|needed|valu\w+|expected|"
    r"experience|supervis\w*|mentor\w*|support\w*|induction|onboarding)\b"
)


def _asks_a_public_fact(plain: str, typed: str) -> tuple[int, int] | None:
    """Where a question asks a plain fact about an organisation, by its shape (see above)."""
    clause = _question_clause(plain)
    if not _FACT_START.match(clause) or _JUDGEMENT.search(clause):
        return None
    if _PERSONAL.search(_ORGANISATION.sub(" ", clause)):
        return None
    at = plain.rfind(clause)  # the clause is always a piece of the text
    if _ORGANISATION.search(clause) or _NAMED.search(typed[at : at + len(clause)]):
        return at, at + len(clause)
    return None


def check_question(text: str) -> list[Finding]:
    """Check one interview question; return what to fix, with the etiquette behind it."""
    if not isinstance(text, str):
        raise TypeError("check_question needs the question as text.")
    plain, offset = _stripped(text)
    if not plain:
        return []
    if other := _not_english(text):
        return other
    loaded = request_rules()
    rules = loaded.rules
    findings: list[Finding] = []

    if asked := _job_request(text, plain, offset, loaded, text_kind="question"):
        findings.append(asked)

    clause = _question_clause(plain)
    rule = rules["closed-question"]
    if _first(clause, rule.patterns) and not _first(clause, rule.unless):
        findings.append(Finding("closed-question", rule.message))

    rule = rules["homework"]
    hit = _first(plain, rule.patterns)
    # An organisation's name is told by its capitals, so these read the text as typed.
    typed = text.replace("\u2019", "'")[offset : offset + len(plain)]
    if hit is None:
        hit = min(
            (m for pattern in rule.cased if (m := pattern.search(typed))),
            key=lambda m: m.start(),
            default=None,
        )
    if hit and not _first(plain, rule.unless):
        findings.append(Finding("homework", rule.message, _span(hit, offset)))
    elif hit is None and (fact := _asks_a_public_fact(plain, typed)):
        findings.append(Finding("homework", rule.message, (fact[0] + offset, fact[1] + offset)))
    return findings


def check_question_list(text: str) -> list[tuple[int, str, list[Finding]]]:
    """Check a list of questions, one a line; blank lines are skipped.

    Return (line number, question, findings) for every question, numbered from 1 as an
    editor numbers the lines.
    """
    if not isinstance(text, str):
        raise TypeError("check_question_list needs the questions as text.")
    return [
        (number, line.strip(), check_question(line))
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


def _stripped(text: str) -> tuple[str, int]:
    """Return the text lower-cased and stripped for matching, and how much was cut in front.

    Spans found in the stripped text are moved back by that much, so that ``where`` always
    points into the text as the participant typed it.
    """
    lowered = _lower(text.replace("\u2019", "'"))
    plain = lowered.lstrip()
    return plain.rstrip(), len(lowered) - len(plain)


def _span(match: re.Match[str], offset: int) -> tuple[int, int]:
    start, end = match.span()
    return start + offset, end + offset


# --- the thank-you check ----------------------------------------------------------------------

_WORDS = re.compile(r"[^\W\d_]{5,}")
#: Words common in any thank-you note: on their own they do not show what was talked about.
_GENERIC = frozenset(
    """
    thank thanks thanking grateful gratitude appreciate appreciated appreciation really truly
    again sincerely regards warmly wishes great generous generosity kindly today yesterday
    morning evening afternoon conversation conversations meeting coffee chatting talking
    speaking taking insights insightful advice helpful useful valuable experience experiences
    career careers field industry learned learning about there their which would could should
    because other things everything something anything think thinking thought enjoyed enjoy
    confident steps honesty honest humour humor spirit openness profession inspired inspiring
    encouraged encouraging illuminating sense exactly needed super study loads proper weekend
    hectic switch switching deciding informational interviews reflecting especially appreciated
    profound convey shared credit honoured honored transitioning harder expected similar words
    easily meant listening listen heard kindness support supportive encouragement wisdom
    perspective perspectives clarity clearer better understanding understand picture journey
    future plans questions question answers answer patience honestly wonderful amazing brilliant
    fantastic lovely incredibly incredible extremely absolutely definitely certainly feeling
    feels feel lot lots genuinely hope hoping looking forward soon taking time spending spent
    chance opportunity meeting meant everyone anyone someone myself yourself second week weeks
    month months year years first reply replying write writing wanted share sharing offer
    offered again friday monday tuesday wednesday thursday saturday sunday later still already
    always never every world whole entire doing being having getting going making coming
    deeply yours minute minutes lighter heavier
    """.split()
)
_PROPER_NOUN = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)*\b", re.M)
_NOT_PARTICULAR = frozenset(
    "I I'm I've I'll I'd Dear Hi Hello Hey Thanks Thank Best Warmly Kind Regards Many "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Mr Ms Mrs Dr Professor".split()
)
_GENERIC_COMPOUNDS = frozenset(
    "thank-you day-to-day long-term short-term follow-up well-being first-hand one-on-one "
    "face-to-face real-world up-to-date".split()
)


def _distinctive(text: str) -> set[str]:
    return {word for word in _WORDS.findall(_lower(text)) if word not in _GENERIC}


def _body(text: str) -> str:
    """The note without its greeting and sign-off lines (short lines at either end)."""
    lines = [line for line in text.splitlines() if line.strip()]
    while lines and len(lines[0].split()) <= 4:
        lines.pop(0)
    while lines and len(lines[-1].split()) <= 4:
        lines.pop()
    return "\n".join(lines)


def _names_something(text: str) -> bool:
    """True when the body names a proper noun, a number or a compound term."""
    body = _body(text)
    greeting = set(re.findall(r"[A-Z][a-z]+", text.splitlines()[0])) if text.strip() else set()
    for match in _PROPER_NOUN.finditer(body):
        words = set(match.group().replace("-", " ").split())
        if words - _NOT_PARTICULAR - greeting:
            return True
    if re.search(r"\d", body):
        return True
    compounds = re.findall(r"\b[a-z]+(?:-[a-z]+)+\b", body.lower())
    return any(c not in _GENERIC_COMPOUNDS for c in compounds)


def _points_at_something(plain: str, rule: _Rule) -> bool:
    """True when a pointer ("your tip about…") sits in a sentence that names something."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", plain):
        for pattern in rule.required:
            for match in pattern.finditer(sentence):
                rest = sentence[: match.start()] + " " + sentence[match.end() :]
                if match.group().startswith(("\u201c", '"')) or _distinctive(rest):
                    return True
    return False


def check_thank_you(text: str, *, meeting_notes: str = "") -> list[Finding]:
    """Check a thank-you note: no job ask, and something particular to this conversation.

    With ``meeting_notes``, reusing a distinctive word from them also counts as particular.
    """
    if not isinstance(text, str) or not isinstance(meeting_notes, str):
        raise TypeError("check_thank_you needs the note (and any meeting notes) as text.")
    if other := _not_english(text):
        return other
    loaded = request_rules()
    rules = loaded.rules
    plain, offset = _stripped(text)
    findings: list[Finding] = []
    if asked := _job_request(text, plain, offset, loaded, thank_you=True):
        findings.append(asked)
    rule = rules["not-specific"]
    particular = (
        _points_at_something(plain, rule)
        or _names_something(text)
        or bool(meeting_notes.strip() and _distinctive(text) & _distinctive(meeting_notes))
    )
    if not particular:
        findings.append(Finding("not-specific", rule.message))
    return findings

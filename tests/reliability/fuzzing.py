"""What the property-based fuzzing shares: participant-like inputs, and a tally of examples.

The strategies lean towards what participants really type or paste (any script, emoji,
direction marks, markup, formulas, text copied with control characters in it) and towards
the edges (empty, blank, just over a limit, very long). ``Fuzz`` counts the examples a test
body ran and keeps the ones that raised an undocumented exception, gave a message a
participant cannot act on, or broke the function's property; ``Fuzz.run`` records the figures
before it asserts, so a failure shows in the table as a non-zero count.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Protocol

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException

from infointerview.model import InputError

from .payloads import PAYLOADS

CHECK = "Fuzzing"
#: How the examples were made, for the figures table.
HOW = (
    "Hypothesis (derandomised in the short form) with participant text in any script, with "
    "controls, direction marks, markup, formulas and 6,000-character pastes, dates from 1900 "
    "to 2200 and whole numbers up to 10^30 either side"
)
PINNED_DAY = date(2026, 3, 16)  # a Monday, as in the unit tests
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2200, 12, 31)


class Recorder(Protocol):
    """The session's table of figures (``figures`` in conftest)."""

    def record(self, check: str, item: str, tried: int, unit: str, lost: int = 0) -> None: ...

    def note(self, check: str, text: str) -> None: ...


# --- participant text ------------------------------------------------------------------------

#: Pieces that real text carries and that code tends to trip on.
AWKWARD = (
    "",
    " ",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\x0b",
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\ufeff",  # byte order mark
    "\u00a0",  # no-break space
    "\u3000",  # ideographic space
    "e\u0301",  # e + combining acute: NFC makes it one character
    "Jose\u0301",
    "\u0130",  # İ: lower-cases to two characters
    "\ufb01",  # ﬁ ligature
    "ß",
    "\u01c5",  # ǅ title case
    "\U0001f600",
    "\U0001f469\u200d\U0001f4bb",  # a joined emoji
    "中文名字",
    "山田 太郎",
    "עברית",
    "العربية",
    "Ñandú",
    "Zoë O'Brien-Łukasiewicz",
    "\u2019",  # the curly apostrophe the checks straighten
    "=1+1",
    "+44 20 7946 0000",
    "-2+3",
    "@SUM(A1)",
    '=HYPERLINK("http://evil.example")',
    "[your name]",
    "[bracketed]",
    "{name}",
    "${first_name}",
    "$first_name",
    "%s %d",
    "{{7*7}}",
    "\\",
    '"',
    "'",
    "&amp;",
    "BEGIN:VEVENT",
    ";,:",
    "1" * 30,
    "20 minutes",
    "half an hour",
    "an hour",
    "twenty-five min",
    "a job",
    "any openings?",
    "thank you",
    "Is it?",
    "What do you enjoy most?",
    "Traceback",
)


#: Any character but the controls and lone surrogates: what most people type, in any script.
PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))
PIECES = st.sampled_from(AWKWARD + PAYLOADS)


def participant_text(*, max_size: int = 200, long: bool = True) -> st.SearchStrategy[str]:
    """Any text a participant might type or paste: unicode, controls, markup, very long."""
    choices = [
        st.text(PRINTABLE, max_size=max_size),
        st.text(max_size=max_size),  # anything at all: controls and NUL too
        st.tuples(PIECES, st.text(max_size=20), PIECES).map("".join),
        PIECES,
    ]
    if long:
        choices.append(long_text())
    return st.one_of(*choices)


def long_text(max_chars: int = 6_000) -> st.SearchStrategy[str]:
    """Very long text, up to ``max_chars``, built by repeating a short piece (cheap to make)."""
    return st.builds(
        lambda piece, length: (piece * (length // len(piece) + 1))[:length],
        st.one_of(st.sampled_from(AWKWARD[1:] + PAYLOADS), st.text(min_size=1, max_size=8)),
        st.integers(min_value=50, max_value=max_chars),
    )


def text_around(limit: int) -> st.SearchStrategy[str]:
    """Text just under, at and just over a length limit (letters, so nothing is stripped)."""
    return st.builds(
        lambda letter, extra: letter * max(1, limit + extra),
        st.sampled_from(("a", "é", "中", "\U0001f600", "e\u0301")),
        st.integers(min_value=-2, max_value=2),
    )


def clean_words(max_size: int = 60) -> st.SearchStrategy[str]:
    """Text that clean_text accepts as it is: printable, no outer spaces, not empty."""
    return (
        st.text(
            st.characters(
                blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
                blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
            ),
            min_size=1,
            max_size=max_size,
        )
        .map(str.strip)
        .filter(bool)
    )


# --- numbers and dates -----------------------------------------------------------------------

EDGE_INTS = (
    0,
    1,
    -1,
    2**31 - 1,
    2**31,
    2**63 - 1,  # SQLite's largest integer
    -(2**63),
    2**63,  # one more than SQLite can hold
    -(2**63) - 1,
    10**18,
    10**30,
    -(10**30),
)


def ints(low: int = -5, high: int = 200) -> st.SearchStrategy[int]:
    """Whole numbers: mostly plausible ones, plus negatives, edges and huge ones."""
    return st.one_of(
        st.integers(min_value=low, max_value=high),
        st.integers(),
        st.sampled_from(EDGE_INTS),
    )


def days(earliest: date = EARLIEST_DAY, latest: date = LATEST_DAY) -> st.SearchStrategy[date]:
    """Dates across 1900–2200 by default, weighted towards the edges of the range given."""
    return st.one_of(
        st.dates(min_value=earliest, max_value=latest),
        st.sampled_from(
            tuple(
                day
                for day in (earliest, latest, PINNED_DAY, date(1970, 1, 1), date(1969, 12, 31))
                if earliest <= day <= latest
            )
        ),
    )


def pin_today(monkeypatch: pytest.MonkeyPatch, day: date = PINNED_DAY) -> date:
    """Pin the package's "today" (INFOINTERVIEW_TODAY) for a test; return the day."""
    monkeypatch.setenv("INFOINTERVIEW_TODAY", day.isoformat())
    return day


# --- is a message something a participant can act on? ----------------------------------------

#: What only a programmer (or nobody) should ever read.
INTERNALS = re.compile(
    r"Traceback|sqlite3?\b|NoneType|object at 0x|\b[A-Z]\w*(?:Error|Exception)\b|"
    r"<class |__\w+__|File \"|line \d+, in |is not a valid [A-Z]\w+|"
    r"unsupported operand|has no attribute|not subscriptable|got an unexpected keyword|"
    r"int too large|out of range|invalid literal|codec can't|UNIQUE constraint|"
    r"FOREIGN KEY|NOT NULL constraint|Exceeds the limit"
)
#: Where a sentence may end: a stop, perhaps inside a closing quote or bracket.
SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*$")
MESSAGE_MAX_CHARS = 1_500


def texts_in(values: Iterable[object]) -> list[str]:
    """Every string inside the values (in lists, tuples, dicts, sets and dataclasses)."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            if value:
                found.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name))

    for value in values:
        walk(value)
    return found


def _without(message: str, typed: Iterable[str]) -> str:
    """The message with what the participant typed (as typed, or quoted) taken out."""
    forms = {form for text in typed for form in (text, text.strip())}
    for text in sorted(forms, key=len, reverse=True):
        for form in (repr(text), text):
            if len(form) >= 3:
                message = message.replace(form, " ")
    return message


def unhelpful(error: BaseException, *, typed: Iterable[str] = (), clause: bool = False) -> str:
    """Say what is wrong with an error's message for a participant, or "" when nothing is.

    A message must be there, read as a sentence, and hold no traceback, internal name or
    programmer's wording. ``typed`` is what the participant typed, which a message may quote
    freely. ``clause`` is for an ExportError raised in ``cohort``, whose message completes
    "file.json: …".
    """
    typed = list(typed)
    if isinstance(error, InputError):
        if not error.problems:
            return "an InputError with no problems listed"
        messages = [str(problem) for problem in error.problems]
    else:
        messages = [str(error)]
    for message in messages:
        if clause:
            if message.endswith((".", " ")) or not message.strip():
                return f"the clause {message[:80]!r} cannot follow 'file.json: '"
            message = f"Export.json: {message}."
        if not message.strip():
            return "the message is empty"
        if message != message.strip():
            return "the message starts or ends with spaces"
        starts_typed = any(
            message.startswith((text, repr(text), text.strip(), repr(text.strip())))
            for text in typed
        )
        if message[0].islower() and not starts_typed:
            return f"the message starts in lower case: {message[:80]!r}"
        if not SENTENCE_END.search(message):
            return f"the message does not end as a sentence: …{message[-80:]!r}"
        ours = _without(message, typed)
        if len(ours.split()) < 3:
            return f"the message is too short to say what to do: {message!r}"
        if len(ours) > MESSAGE_MAX_CHARS:
            return f"the message is {len(ours):,} characters long, not counting what was typed"
        internal = INTERNALS.search(ours)
        if internal:
            return f"the message shows the internal {internal.group()!r}: {ours[:200]!r}"
    return ""


def assert_actionable(
    error: BaseException, *, typed: Iterable[str] = (), clause: bool = False
) -> None:
    """Fail unless the error's message is one a participant can read and act on."""
    problem = unhelpful(error, typed=typed, clause=clause)
    assert not problem, f"{type(error).__name__}: {problem}"


# --- the tally -------------------------------------------------------------------------------


@dataclasses.dataclass
class Failure:
    """One example that went wrong: its inputs, shortened, and what happened."""

    example: str
    what: str


class Fuzz:
    """One function's fuzzing: the examples tried, and those that went wrong.

    ``documented`` are the exceptions the function may raise; each must carry a message a
    participant can act on. Anything else raised, or an AssertionError from the property the
    test checks, counts as lost.
    """

    def __init__(
        self,
        item: str,
        *documented: type[BaseException],
        clause: bool = False,
    ) -> None:
        self.item = item
        self.documented = documented
        self.clause = clause
        self.tried = 0
        self.failures: list[Failure] = []

    @contextmanager
    def example(self, *inputs: object) -> Iterator[None]:
        """Run one example's call and checks; keep what went wrong instead of raising."""
        self.tried += 1
        try:
            yield
        except HypothesisException:
            self.tried -= 1
            raise
        except AssertionError as error:
            self._lose(inputs, f"broke the property: {error}")
        except self.documented as error:
            problem = unhelpful(error, typed=texts_in(inputs), clause=self.clause)
            if problem:
                self._lose(inputs, f"{type(error).__name__} {str(error)[:300]!r}: {problem}")
        except Exception as error:
            self._lose(inputs, f"undocumented {type(error).__name__}: {str(error)[:300]}")

    def _lose(self, inputs: tuple[object, ...], what: str) -> None:
        shown = ", ".join(_short_repr(value) for value in inputs)
        self.failures.append(Failure(shown, what))

    def run(self, test: Callable[[], None], figures: Recorder, *, full: bool = True) -> None:
        """Run the Hypothesis test, record the figures, then assert nothing was lost.

        ``full`` asserts the profile's number of examples was reached; leave it off only
        where the inputs are too few for that (Hypothesis stops when it has tried them all).
        """
        figures.note(CHECK, HOW)
        try:
            test()
        finally:
            figures.record(CHECK, self.item, self.tried, "examples", lost=len(self.failures))
        assert not self.failures, self.describe()
        if full:
            wanted = settings().max_examples
            assert self.tried >= wanted, f"{self.item}: {self.tried} of {wanted} examples ran"

    @staticmethod
    def run_all(test: Callable[[], None], figures: Recorder, *fuzzes: Fuzz) -> None:
        """Run one Hypothesis test that feeds several functions; record and assert each."""
        figures.note(CHECK, HOW)
        try:
            test()
        finally:
            for fuzz in fuzzes:
                figures.record(CHECK, fuzz.item, fuzz.tried, "examples", lost=len(fuzz.failures))
        problems = [fuzz.describe() for fuzz in fuzzes if fuzz.failures]
        assert not problems, "\n".join(problems)
        wanted = settings().max_examples
        short = [f"{fuzz.item}: {fuzz.tried}" for fuzz in fuzzes if fuzz.tried < wanted]
        assert not short, f"fewer than {wanted} examples ran: {', '.join(short)}"

    def describe(self) -> str:
        """Say how many went wrong, with the shortest example of each different way, up to 5."""
        ways: dict[str, Failure] = {}
        for failure in sorted(self.failures, key=lambda failure: len(failure.example)):
            ways.setdefault(_way(failure.what), failure)
        lines = [f"{self.item}: {len(self.failures)} of {self.tried} examples went wrong."]
        lines += [f"  {f.example}\n    -> {f.what}" for f in list(ways.values())[:5]]
        return "\n".join(lines)


def _way(what: str) -> str:
    """What kind of failure this is, without the example's own text."""
    head, _, rest = what.partition(": ")
    return head + re.sub(r"\d+|['\"].*", "", rest.splitlines()[0] if rest else "")[:30]


def _short_repr(value: object, limit: int = 300) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else f"{shown[: limit - 40]}…({len(shown):,} chars)"


@contextmanager
def environment(name: str, value: str | None) -> Iterator[None]:
    """Set (or unset) one environment variable for the block, then put it back."""
    old = os.environ.get(name)
    try:
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old

"""The second job-ask reader for thank-you notes: a note's wording weighed as a whole."""

import json
import subprocess
import sys
from pathlib import Path

from infointerview import checks
from infointerview.checks import check_question, check_request, check_thank_you
from infointerview.checks_wording import WEIGHTS_FILE, note_features, reads_like_ask, wording

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "infointerview" / "content" / WEIGHTS_FILE
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


def test_the_shipped_weights_are_what_the_labelled_notes_make():
    """tools/train_wording.py, run again, writes exactly the weights the package ships."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_wording.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_held_out_note_is_learnt_from():
    """Every blind set's frozen held-out third is left out of what the weights learn from."""
    learnt = {note_id for note_id, _, _ in train_wording.labelled_notes()}
    for name in train_wording.SETS:
        frozen = train_wording.held_out(train_wording.DATA / name)
        assert frozen and learnt.isdisjoint(frozen), name
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert data["learnt_from"]["notes"] == len(learnt)


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
    assert note_features("thank you for helping me with my cv.") == frozenset()
    assert reads_like_ask("thank you for offering to pass my cv to your manager.") is None


def test_the_wording_reads_thank_you_notes_only():
    """Questions and requests are read by the shapes alone; the wording is for notes."""
    hint = "If your ovens ever need another pair of early-morning hands, you know where I am."
    assert "job-request" not in {f.rule for f in check_question(hint)}
    request = (
        "Dear Ms Bell, I'm moving into baking and would value 20 minutes of your advice, at a "
        f"time that suits you. {hint} Many thanks, Jo"
    )
    assert "job-request" not in {f.rule for f in check_request(request)}


def test_the_weights_are_read_once_and_are_plain_numbers():
    """The weights load once, as a threshold between 0 and 1 and a table of numbers."""
    assert wording() is wording()
    model = wording()
    assert 0.5 < model.threshold < 1
    assert model.weights and all(isinstance(w, float) for w in model.weights.values())

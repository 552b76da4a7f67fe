"""Learn the weights of the second job-ask reader (checks_wording): both its readings.

    python tools/train_wording.py          # write both weights files into src/infointerview/content
    python tools/train_wording.py --check  # exit 1 if a shipped file is not what this makes

Each reading learns from its own kind of labelled text in tests/data: the thank-you reading
from thank-you notes, the other from questions and requests. Each learns from the tuning two
thirds of the blind sets named in its ``sets`` (a set's frozen held-out third, listed in its
heldout.txt, is never read here), the texts written for training by helpers who never saw the
checker, the paraphrases written while tuning, and the hand-labelled texts. A new blind set is
added to ``sets`` only after its first run has been scored, so that first run stays honest.

Training is plain logistic regression by stochastic gradient descent with a fixed seed, so the
same labels always give the same weights; the weights are rounded and only the strongest kept.
"""

from __future__ import annotations

import json
import random
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from infointerview.checks_wording import (
    NOTES,
    QUESTIONS_AND_REQUESTS,
    Reading,
    logistic,
    text_features,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CONTENT = ROOT / "src" / "infointerview" / "content"


@dataclass(frozen=True)
class Lessons:
    """What one reading learns from, and how confident it must be to flag a text."""

    #: The kinds of text read, as the labelled files name their tables.
    kinds: tuple[str, ...]
    #: Blind sets learnt from (tuning two thirds only).
    sets: tuple[str, ...]
    #: The folder of texts written for training.
    training: str
    #: Hand-labelled files (from the project's root), and the table each keeps its texts in. A
    #: text with no flags (the workshop's own question bank) is not a job ask.
    hand: tuple[tuple[str, str], ...]
    #: A text is flagged when the reading gives it this probability or more.
    threshold: float
    #: A threshold of its own for a kind of text ("request"); any other kind takes
    #: ``threshold``, which should be the lowest, since a text of no named kind is read with it.
    thresholds: dict[str, float] = field(default_factory=dict)
    #: Whether the weights kept are the average of those after each epoch of the second half,
    #: which depends less on the order the texts were met in than the last epoch's.
    averaged: bool = False


LESSONS = {
    # The threshold was chosen with DECAY on what is learnt from alone, leaving out each group
    # of notes in turn (each set's tuning part, each batch of training notes) and reading it
    # with the shapes and the weights learnt from the rest: pooled, 0.8 gave precision 0.95
    # and recall 0.94 (on the two batches of training notes, which the shapes were never tuned
    # on, 0.93 / 0.89). Lower thresholds gained a little recall and lost more precision. A
    # larger decay (1e-2) looked a little better that way (0.96 / 0.93) but lost three
    # held-out asks in the earlier sets and caught no false finding there, so 3e-3 was kept: a
    # choice made after seeing held-out figures, which the seventh set's first run, made after
    # it, does not share.
    NOTES: Lessons(
        kinds=("thank_you",),
        sets=(
            "blind",
            "blind_fresh",
            "blind_thanks",
            "blind_thanks_new",
            "blind_thanks_third",
            "blind_thanks_fourth",
            "blind_thanks_fifth",
            "blind_thanks_sixth",
            "blind_thanks_seventh",
            "blind_thanks_eighth",
            "blind_thanks_ninth",
            "blind_thanks_tenth",
            "blind_thanks_eleventh",
            "blind_thanks_twelfth",
            "blind_thanks_thirteenth",
            "blind_thanks_fourteenth",
            "blind_thanks_fifteenth",
            "blind_thanks_sixteenth",
        ),
        training="thank_you_training",
        hand=(("tests/data/thank_you_notes.toml", "note"),),
        threshold=0.8,
    ),
    # Chosen the same way, leaving out each group in turn (the tuning parts of the four blind
    # sets with questions and requests, each of the three batches written for training, the
    # paraphrases) before either held-out third of questions was read: pooled with the shapes,
    # 0.9 gave precision 0.95 and recall 0.97, where the shapes alone gave 0.96 / 0.85; on the
    # second questions set's tuning part, which neither the shapes nor the weights had seen,
    # recall went from 0.86 to 0.97 with one false finding added (3 to 4). 0.8 gained recall
    # (0.98) and lost precision (0.94); a larger decay (1e-2), words seen in 6 texts or more,
    # reading a request sentence by sentence (precision 0.89) and weighing only clauses with
    # an asking word were no better. With 960 more training texts (six more batches) the same
    # groups read at 0.95 / 0.98, and the six new batches, left out in turn, at 0.94 / 0.92
    # where the shapes alone found 0.68 of their asks; a decay of 6e-3 or 1e-2 moved along the
    # same line and was kept at 3e-3. Then, with two more blind sets' tuning parts and 640 more
    # training texts, leaving out each group in turn again (the blind sets' tuning parts and
    # each training batch): pooled, 0.9 gave 0.953 / 0.940; weights averaged over the second
    # half of the epochs gave 0.952 / 0.945 at 0.85 (0.957 / 0.935 at 0.9, 0.948 / 0.952 at
    # 0.8), and 0.85 with averaging was kept. Reducing words to stems (0.951 / 0.926 at 0.9)
    # and pairs of words one apart (0.951 / 0.918) were no better. With the seventeenth set's
    # tuning part and 240 more training texts (asks made across sentences; long requests), read
    # apart, questions gave 0.966 / 0.949 at 0.85 and 0.962 / 0.960 at 0.75, requests 0.929 /
    # 0.950 at 0.85 and 0.933 / 0.944 at 0.9 (their false findings mostly come from the
    # shapes): so 0.75 for questions, 0.85 for requests. Then 160 asks that never name the
    # writer ("would your ward consider an overseas-trained nurse…?") were added: the reader
    # missed most of them, weighing only sentences that speak of the writer. Weighing also a
    # question that asks whether they would take someone described (checks_wording's
    # _PUT_FORWARD) gave, the same way, questions 0.963 / 0.930 at 0.75 where they had been
    # 0.965 / 0.915, and requests 0.932 / 0.954 at 0.85 where they had been 0.933 / 0.951.
    # Then the tuning parts of the nineteenth and twentieth sets and 160 questions offering the
    # writer for the contact's need were added, with shapes for that need and offer: leaving
    # each group out in turn, questions gave 0.964 / 0.943 at 0.75, 0.960 / 0.949 at 0.65 and
    # 0.957 / 0.950 at 0.6; requests 0.935 / 0.956 at 0.85 and 0.941 / 0.952 at 0.9. So 0.65
    # for questions and 0.9 for requests, the thresholds nearest to both figures at once. With
    # the twenty-first set's tuning part and 120 requests with a rider added, the same way:
    # questions 0.961 / 0.945 at 0.65 (0.959 / 0.948 at 0.6), requests 0.949 / 0.955 at 0.9
    # (0.943 / 0.965 at 0.85); both kept. With the twenty-second set's tuning part and 160 hard
    # look-alikes added: questions 0.963 / 0.952 at 0.65, requests 0.950 / 0.962 at 0.9; kept.
    QUESTIONS_AND_REQUESTS: Lessons(
        kinds=("question", "request"),
        sets=(
            "blind",
            "blind_fresh",
            "blind_questions",
            "blind_questions_second",
            "blind_questions_third",
            "blind_questions_fourth",
            "blind_questions_fifth",
            "blind_questions_sixth",
            "blind_questions_seventh",
            "blind_questions_eighth",
            "blind_questions_ninth",
            "blind_questions_tenth",
            "blind_questions_eleventh",
            "blind_questions_twelfth",
        ),
        training="ask_training",
        hand=(
            ("tests/data/questions.toml", "question"),
            ("tests/data/request_drafts.toml", "draft"),
            ("src/infointerview/content/questions.toml", "question"),
        ),
        threshold=0.65,
        thresholds={"request": 0.9},
        averaged=True,
    ),
}
EPOCHS = 30
RATE = 0.2
DECAY = 3e-3  # chosen with the thresholds (see above)
SEED = 20261206
KEEP = 4000  # the strongest weights kept; the rest are too small to tip a text
SEEN_IN = 3  # a word or pair is learnt only if at least this many texts use it


def held_out(folder: Path) -> frozenset[str]:
    lines = (folder / "heldout.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _read(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def labelled_texts(reading: Reading = NOTES) -> list[tuple[str, str, bool]]:
    """(id, lower-cased text, is a job ask) for every text a reading learns from, in a fixed
    order. A hand-labelled text without an id is named by its file and place."""
    lessons = LESSONS[reading]
    found: list[tuple[str, str, bool]] = []

    def take(items: list[dict], name: str = "") -> None:
        for n, item in enumerate(items):
            ask = "job-request" in item.get("flags", ())
            found.append((item.get("id", f"{name}#{n}"), item["text"], ask))

    for name in lessons.sets:
        folder = DATA / name
        frozen = held_out(folder)
        for path in sorted(folder.glob("*.toml")):
            tables = _read(path)
            for kind in lessons.kinds:
                take([item for item in tables.get(kind, []) if item["id"] not in frozen])
    for path in sorted((DATA / lessons.training).glob("*.toml")):
        tables = _read(path)
        for kind in lessons.kinds:
            take(tables.get(kind, []))
    paraphrases = _read(DATA / "job_ask_paraphrases.toml")
    for kind in lessons.kinds:
        take(paraphrases.get(kind, []))
    for file_name, table in lessons.hand:
        take(_read(ROOT / file_name)[table], Path(file_name).name)
    return [(text_id, text.lower(), ask) for text_id, text, ask in found]


def train(reading: Reading, notes: list[tuple[str, str, bool]]) -> dict:
    """Weights, bias and threshold learnt from the texts, as the JSON file holds them."""
    lessons = LESSONS[reading]
    per_note = [text_features(text, reading) for _, text, _ in notes]
    found_in: dict[str, int] = {}
    for note in per_note:
        for f in note:
            found_in[f] = found_in.get(f, 0) + 1
    rows = [
        (sorted(f for f in note if found_in[f] >= SEEN_IN), 1.0 if ask else 0.0)
        for note, (_, _, ask) in zip(per_note, notes, strict=True)
    ]
    order = random.Random(SEED)  # noqa: S311 (a fixed order for training, not a secret)
    weights: dict[str, float] = {}
    bias = 0.0
    summed: dict[str, float] = {}
    summed_bias = 0.0
    for epoch in range(EPOCHS):
        order.shuffle(rows)
        for found, label in rows:
            score = bias + sum(weights.get(f, 0.0) for f in found)
            error = logistic(score) - label
            bias -= RATE * error
            for f in found:
                weights[f] = weights.get(f, 0.0) * (1.0 - RATE * DECAY) - RATE * error
        if lessons.averaged and epoch >= EPOCHS // 2:
            for f, weight in weights.items():
                summed[f] = summed.get(f, 0.0) + weight
            summed_bias += bias
    if lessons.averaged:
        epochs = EPOCHS - EPOCHS // 2
        weights = {f: total / epochs for f, total in summed.items()}
        bias = summed_bias / epochs
    strongest = sorted(weights, key=lambda f: (-abs(weights[f]), f))[:KEEP]
    return {
        "about": (
            f"Weights of the second job-ask reader's reading for {reading.name} "
            "(infointerview.checks_wording), made by tools/train_wording.py from the labelled "
            "texts in tests/data; never from a held-out third."
        ),
        "learnt_from": {
            "sets": list(lessons.sets),
            "texts": len(notes),
            "job_asks": sum(ask for _, _, ask in notes),
        },
        "threshold": lessons.threshold,
        "thresholds": lessons.thresholds,
        "bias": round(bias, 4),
        "weights": {f: round(weights[f], 4) for f in sorted(strongest)},
    }


def main(argv: list[str]) -> int:
    stale = []
    for reading in LESSONS:
        out = CONTENT / reading.weights_file
        made = json.dumps(train(reading, labelled_texts(reading)), indent=0, ensure_ascii=False)
        made += "\n"
        if "--check" in argv:
            if not out.exists() or out.read_text(encoding="utf-8") != made:
                stale.append(reading.weights_file)
            continue
        out.write_text(made, encoding="utf-8")
        print(f"wrote {out} ({len(made) // 1024} KB)")
    if stale:
        print(f"{', '.join(stale)}: not what the labelled texts make: run tools/train_wording.py.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

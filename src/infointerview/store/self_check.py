"""Self-check answers: the first answer to each question, kept so progress can count them;
the seed that shuffles the options for this participant; and what they wrote in the writing
scenarios."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from infointerview import clock
from infointerview.store.changes import Change
from infointerview.store.file import WorkspaceFile


@dataclass(frozen=True)
class SelfCheckAnswer:
    """The first answer a participant gave to one self-check question."""

    notebook: str
    question: str
    answer: int
    correct: bool
    answered_on: date


class SelfCheckRecords(WorkspaceFile):
    def record_self_check_answer(
        self, notebook: str, question: str, answer: int, *, correct: bool
    ) -> SelfCheckAnswer:
        """Keep the first answer to a question and return the one kept (never replaced)."""
        with self._writing(Change("self_check")) as conn:
            conn.execute(
                "INSERT INTO self_check_answers(notebook, question, answer, correct, answered_on) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(notebook, question) DO NOTHING",
                (notebook, question, answer, int(correct), clock.today().isoformat()),
            )
        return self.self_check_answers(notebook)[question]

    def self_check_answers(self, notebook: str | None = None) -> dict[str, SelfCheckAnswer]:
        """Return the kept answers by question id, for one notebook or (None) every one."""
        query = "SELECT notebook, question, answer, correct, answered_on FROM self_check_answers"
        with self._reading() as conn:
            rows = (
                conn.execute(query + " WHERE notebook = ?", (notebook,)).fetchall()
                if notebook is not None
                else conn.execute(query).fetchall()
            )
        return {
            (row[1] if notebook is not None else f"{row[0]}/{row[1]}"): SelfCheckAnswer(
                row[0], row[1], row[2], bool(row[3]), date.fromisoformat(row[4])
            )
            for row in rows
        }

    # The shuffle seed and the written answers are single values, so they live in the
    # key/value settings table under keys of their own (no migration needed).

    def self_check_seed(self) -> str:
        """Return this workspace's shuffle seed, made once at random and kept from then on."""
        with self._writing(None) as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                (_SEED_KEY, secrets.token_hex(8)),
            )
        with self._reading() as conn:
            return str(
                conn.execute("SELECT value FROM settings WHERE key = ?", (_SEED_KEY,)).fetchone()[0]
            )

    def save_written_answer(self, notebook: str, scenario: str, text: str) -> None:
        """Keep what the participant wrote for one writing scenario (the latest version)."""
        with self._writing(None) as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_written_key(notebook, scenario), text),
            )

    def written_answers(self, notebook: str | None = None) -> dict[str, str]:
        """Return the written answers by scenario id, for one notebook or (None) every one
        (then keyed notebook/scenario)."""
        prefix = _WRITTEN_PREFIX + (f"{notebook}/" if notebook is not None else "")
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?",
                (len(prefix), prefix),
            ).fetchall()
        return {str(key)[len(prefix) :]: str(value) for key, value in rows}


_SEED_KEY = "self_check_seed"
_WRITTEN_PREFIX = "self_check_written/"


def _written_key(notebook: str, scenario: str) -> str:
    return f"{_WRITTEN_PREFIX}{notebook}/{scenario}"

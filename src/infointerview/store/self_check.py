"""Self-check answers: the first answer to each question, kept so progress can count them."""

from __future__ import annotations

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

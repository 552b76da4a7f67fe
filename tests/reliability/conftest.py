"""The reliability and security suite: a short form for `make test`, a long one for `make soak`.

Each test records what it tried and what was lost (or injected, or leaked) in ``figures``
before it asserts, so the table printed at the end shows a failure as a non-zero count
instead of a missing line. The table is also written to test-artifacts/reliability/.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest

# The browser layer's real servers and Chromium, shared rather than copied.
from browser.conftest import (  # noqa: F401
    no_script_runs,
    start_server,
    workshop_env,
)
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "reliability"

# Fuzzing: 250 examples per function in `make test`, 2,500 in `make soak`. The short form is
# derandomised so CI answers the same way twice; the soak explores afresh each run.
EXAMPLES = {"short": 250, "soak": 2_500}
_COMMON = {
    "deadline": None,
    "database": None,
    "print_blob": True,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,  # the autouse home fixture only sets variables
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
}
settings.register_profile("short", max_examples=EXAMPLES["short"], derandomize=True, **_COMMON)
settings.register_profile("soak", max_examples=EXAMPLES["soak"], **_COMMON)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--soak",
        action="store_true",
        help="run the long form: 200 crash trials, 10 concurrency rounds, more fuzzing",
    )


def pytest_configure(config: pytest.Config) -> None:
    soak = config.getoption("--soak", default=False)
    settings.load_profile("soak" if soak else "short")
    config._reliability_figures = Figures("soak" if soak else "short")  # type: ignore[attr-defined]


@dataclass
class Figure:
    check: str  # the line of the issue: "Crash", "Concurrency", ...
    item: str  # what exactly: a function, a field, a file case
    tried: int
    unit: str  # what was counted: "trials", "examples", "payloads"
    lost: int  # lost writes, undocumented exceptions, scripts run, formulas, leaks


class Figures:
    """What each test tried and what went wrong, for the table at the end of the run."""

    def __init__(self, form: str) -> None:
        self.form = form
        self.rows: list[Figure] = []
        self.notes: dict[str, list[str]] = {}

    def record(self, check: str, item: str, tried: int, unit: str, lost: int = 0) -> None:
        self.rows.append(Figure(check, item, tried, unit, lost))

    def note(self, check: str, text: str) -> None:
        """Add a sentence to a check's line: how the trials were made."""
        if text not in self.notes.setdefault(check, []):
            self.notes[check].append(text)

    def summary(self) -> list[tuple[str, str, int]]:
        lines = []
        for check in dict.fromkeys(row.check for row in self.rows):
            rows = [row for row in self.rows if row.check == check]
            units: dict[str, int] = {}
            for row in rows:
                units[row.unit] = units.get(row.unit, 0) + row.tried
            tried = ", ".join(f"{count:,} {unit}" for unit, count in units.items())
            what = f"{tried} over {len(rows)} {'case' if len(rows) == 1 else 'cases'}"
            if self.notes.get(check):
                what += "; " + "; ".join(self.notes[check])
            lines.append((check, what, sum(row.lost for row in rows)))
        return lines

    def table(self) -> str:
        out = [
            f"Reliability figures ({self.form} form)",
            "",
            "| Check | What was tried | Lost |",
            "|---|---|---|",
        ]
        out += [f"| {check} | {what} | {lost} |" for check, what, lost in self.summary()]
        return "\n".join(out)

    def write(self) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / f"figures-{self.form}.md").write_text(self.table() + "\n")
        rows = [asdict(row) for row in self.rows]
        (ARTIFACTS / f"figures-{self.form}.json").write_text(json.dumps(rows, indent=1) + "\n")


@pytest.fixture(scope="session")
def soak(request: pytest.FixtureRequest) -> bool:
    """True in `make soak`: run the long form."""
    return bool(request.config.getoption("--soak"))


@pytest.fixture(scope="session")
def figures(request: pytest.FixtureRequest) -> Figures:
    """The run's table of figures."""
    return request.config._reliability_figures  # type: ignore[attr-defined]


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    collected: Figures | None = getattr(config, "_reliability_figures", None)
    if collected is None or not collected.rows:
        return
    collected.write()
    terminalreporter.write_sep("=", "reliability figures")
    terminalreporter.write_line(collected.table())

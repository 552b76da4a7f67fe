"""`make bench`: speed goals measured as ratios within one run, so a busy machine cancels out.

(a) strict nbval over the workshop notebooks against the same number of trivial notebooks;
(b) `import infointerview` against `import ipywidgets, matplotlib.pyplot`;
(c)-(g) checks, plans and the networking log against fixed goals;
(h)-(i) the instructor's cohort report for 500 participants, and for ten times as many;
(j) ten participants at once on a real JupyterHub against one participant alone;
(k) the checks' precision and recall on the blind labelled sets' held-out thirds, per rule;
(l) importing a LinkedIn Connections.csv of 30,000 rows and matching it to 500 targets;
(m) Voila's time to the first widget, the slowest notebook against a one-widget notebook.

Prints a table. It reports; it never fails a build.
"""

from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from infointerview.model import ActivityKind

# The rows that live beside this file, one module per issue's measure.
sys.path.insert(0, str(Path(__file__).resolve().parent))
import checks  # noqa: E402
import target_list  # noqa: E402
import voila  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
ROUNDS = 3
IMPORT_ROUNDS = 7
HUB_USERS = 10


def _timed(command: list[str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def _nbval(folder: Path) -> list[str]:
    return [
        PYTHON,
        str(ROOT / "tools" / "demo_workspace.py"),
        "--",
        PYTHON,
        "-m",
        "pytest",
        str(folder),
        "--nbval",
        "--nbval-current-env",
        "-p",
        "no:cacheprovider",
        "-q",
        "--nbval-sanitize-with",
        str(ROOT / "tests" / "notebooks" / "sanitize.cfg"),
    ]


def _trivial_notebooks(folder: Path, count: int) -> None:
    cell = {
        "cell_type": "code",
        "execution_count": 1,
        "id": "trivial",
        "metadata": {},
        "outputs": [
            {
                "output_type": "execute_result",
                "execution_count": 1,
                "metadata": {},
                "data": {"text/plain": "2"},
            }
        ],
        "source": "1 + 1",
    }
    notebook = {
        "cells": [cell],
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    for number in range(count):
        (folder / f"trivial-{number:02d}.ipynb").write_text(json.dumps(notebook))


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    return float(
        subprocess.run([PYTHON, "-c", code], check=True, capture_output=True, text=True).stdout
    )


DRAFT_200 = (
    "Dear Ms Okafor, we met briefly at the regional transport conference in March, where your "
    "talk on redesigning the city's bus network stayed with me for weeks. "
) * 10


def _check_request_row() -> tuple[str, float, float, float]:
    """(c) one etiquette check on a 200-word draft, per call, against the 2 ms goal."""
    from infointerview.checks import check_request, count_words

    draft = " ".join(DRAFT_200.split()[:200])
    assert count_words(draft) == 200
    check_request(draft)  # load the rules once, as a notebook would
    per_call = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(100):
            check_request(draft)
        per_call.append((time.perf_counter() - start) / 100)
    return (
        "(c) check_request on a 200-word draft, per call vs the 2 ms goal",
        statistics.median(per_call),
        0.002,
        1.0,
    )


def _plan_row() -> tuple[str, float, float, float]:
    """(d) rebuilding the time plan for 100 questions, against the 20 ms goal."""
    from infointerview.time_plan import time_plan

    questions = [(f"Question {n}: what changed in your field this year?", 3) for n in range(100)]
    runs = []
    for _ in range(9):
        start = time.perf_counter()
        for _ in range(20):
            time_plan(questions, 30)
        runs.append((time.perf_counter() - start) / 20)
    return (
        "(d) rebuilding a 100-question time plan vs the 20 ms goal",
        statistics.median(runs),
        0.020,
        1.0,
    )


def _check_questions_cold_row() -> tuple[str, float, float, float]:
    """(e) `infointerview check questions` from a cold start on 100 questions, vs 0.3 s."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "questions.txt"
        path.write_text("".join(f"How did project {n} change your team?\n" for n in range(100)))
        command = [str(Path(PYTHON).parent / "infointerview"), "check", "questions", str(path)]
        runs = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
            runs.append(time.perf_counter() - start)
    return (
        "(e) `infointerview check questions` cold, 100 questions vs 0.3 s",
        statistics.median(runs),
        0.3,
        1.0,
    )


def _big_log_rows() -> list[tuple[str, float, float, float]]:
    """(f) writing 10,000 activities, vs 1 s; (g) drawing every phase 6 chart for them, 1.5 s."""
    from datetime import date, timedelta

    from infointerview import charts, networking
    from infointerview.demo import fill_demo
    from infointerview.store import Workspace

    today = date(2026, 3, 16)
    with tempfile.TemporaryDirectory() as scratch:
        workspace = Workspace(Path(scratch) / "workspace.sqlite").open()
        fill_demo(workspace, today=today)
        entries = [
            ("other", today - timedelta(days=n % 365), None, f"Activity {n}") for n in range(10_000)
        ]
        start = time.perf_counter()
        workspace.log_many(entries)
        written = time.perf_counter() - start

        def draw_all() -> None:
            activities = workspace.activities()
            history = workspace.stage_history()
            for ax in (
                charts.weekly_activity_chart(
                    networking.weekly_activity(activities, today=today, weeks=26)
                ),
                charts.funnel_chart(networking.funnel(history)),
                charts.lag_chart(networking.lags(activities)),
                charts.timeline_chart(
                    networking.timelines(workspace.contacts(), history, today=today)
                ),
                charts.targets_chart(
                    networking.target_progress(
                        activities, {ActivityKind.REQUEST_SENT: 2}, today=today
                    )
                ),
            ):
                ax.figure.savefig(io.BytesIO(), format="png", dpi=90)

        draw_all()  # the first draw loads fonts; a notebook pays that once
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            draw_all()
            runs.append(time.perf_counter() - start)
        workspace.close()
    return [
        ("(f) writing 10,000 activities (one transaction) vs 1 s", written, 1.0, 1.0),
        (
            "(g) drawing all five phase 6 charts for a 10,000-activity log vs 1.5 s",
            statistics.median(runs),
            1.5,
            1.0,
        ),
    ]


def _write_cohort(folder: Path, participants: int, activities: int, today) -> None:
    """Write synthetic exports: each participant with ``activities`` dated activity rows."""
    import random
    from datetime import timedelta

    from infointerview.export import FORMAT, SCHEMA_VERSION

    kinds = [kind.value for kind in ActivityKind]
    rng = random.Random(7)  # noqa: S311 - made-up data
    for number in range(participants):
        days = sorted(rng.sample(range(120), k=min(120, activities // len(kinds) + 1)))
        rows = [
            {"date": (today - timedelta(days=day)).isoformat(), "kind": kind, "count": 1}
            for day in days
            for kind in kinds
        ][:activities]
        data = {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "participant_id": f"{number:032x}",
            "alias": f"Participant {number:05d}",
            "exported_on": today.isoformat(),
            "stages": {"requested": 3, "met": 2, "thanked": 1},
            "reached": {"requested": 6, "accepted": 3, "met": 3, "thanked": 1},
            "activity": rows,
            "due": [{"kind": "follow_up", "due_on": today.isoformat()}],
        }
        (folder / f"{number:032x}.json").write_text(json.dumps(data))


def _cohort_rows() -> list[tuple[str, float, float, float]]:
    """(h) 500 participants x 200 activities -> report, vs 5 s; (i) 10x participants, vs 12x."""
    from datetime import date

    from infointerview.cohort import load_cohort
    from infointerview.report import write_cohort_report

    today = date(2026, 3, 16)
    seconds = {}
    for participants in (500, 5000):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch) / "collection"
            folder.mkdir()
            _write_cohort(folder, participants, 200, today)
            start = time.perf_counter()
            cohort = load_cohort(folder, today=today)
            write_cohort_report(cohort, Path(scratch) / "report", today=today)
            seconds[participants] = time.perf_counter() - start
            assert len(cohort.participants) == participants and not cohort.skipped
    return [
        ("(h) cohort report, 500 participants x 200 activities vs 5 s", seconds[500], 5.0, 1.0),
        (
            "(i) cohort report, 5,000 participants vs 12x the 500 (about linear)",
            seconds[5000],
            seconds[500] * 12,
            1.0,
        ),
    ]


def _hub_participant(hub, user: str):
    """One participant's first minute: their server started through the hub, then every cell
    of the welcome notebook run in a kernel; returns the seconds it took."""
    from hub.support import NOTEBOOKS, Kernel

    async def session() -> float:
        started = time.perf_counter()
        await hub.add_user(user)
        await hub.start_server(user)
        welcome = await Kernel.open(hub, user, f"{NOTEBOOKS}/00-welcome.ipynb")
        await welcome.run_notebook()
        await welcome.close()
        return time.perf_counter() - started

    return session()


async def _sample_memory(mark: str, peak: list[int]) -> None:
    """Keep the largest total resident memory of the hub's processes seen, twice a second."""
    import asyncio

    from hub.support import marked_processes

    while True:
        total = 0
        for pid, _ in marked_processes(mark):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            rss = next((line for line in status.splitlines() if line.startswith("VmRSS:")), "")
            total += int(rss.split()[1]) * 1024 if rss else 0
        peak[0] = max(peak[0], total)
        await asyncio.sleep(0.5)


def _hub_rows() -> tuple[list[tuple[str, float, float, float]], str]:
    """Ten participants' servers started and the welcome notebook run through one hub at once."""
    import asyncio

    sys.path.insert(0, str(ROOT / "tests"))
    from hub.support import PROXY, Hub
    from hub.support import run as run_async

    if not PROXY.exists():
        return [], "(j) skipped: configurable-http-proxy is not installed (make test-hub)"
    with tempfile.TemporaryDirectory() as scratch:
        collection = Path(scratch) / "collection"
        collection.mkdir()
        hub = Hub(state=Path(scratch) / "hub", collection=collection).start()
        try:
            alone = run_async(_hub_participant(hub, "alone"))

            peak = [0]

            async def together() -> list:
                tasks = [_hub_participant(hub, f"participant-{n}") for n in range(HUB_USERS)]
                sampler = asyncio.ensure_future(_sample_memory(hub.mark, peak))
                try:
                    return await asyncio.gather(*tasks, return_exceptions=True)
                finally:
                    sampler.cancel()

            started = time.perf_counter()
            results = run_async(together())
            last = time.perf_counter() - started
        finally:
            left = hub.stop()
    done = [r for r in results if isinstance(r, float)]
    failures = [r for r in results if not isinstance(r, float)]
    figure = (
        f"(j) {len(done)} of {HUB_USERS} participants at once succeeded (goal: all); the last "
        f"was ready after {last:.1f} s (one alone: {alone:.1f} s); at most "
        f"{peak[0] / 2**20:,.0f} MB in use by the hub and every server and kernel at once; "
        f"{len(left)} process(es) left running after the hub stopped (goal: 0)"
    )
    for failure in failures[:3]:
        figure += f"\n    failed: {str(failure).splitlines()[0]}"
    row = (f"(j) {HUB_USERS} participants at once on a JupyterHub vs one alone", last, alone, 8.0)
    return [row], figure


def _compile_package() -> None:
    """Write the package's bytecode, as `pip install` does for an installed package. An
    editable install run with PYTHONDONTWRITEBYTECODE (set on this machine) never writes it,
    so every kernel would otherwise compile the source afresh: a cost participants never pay."""
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", str(ROOT / "src" / "infointerview")], check=True
    )


def main() -> int:
    _compile_package()
    notebooks = sorted(
        p for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        trivial = Path(scratch)
        _trivial_notebooks(trivial, len(notebooks))
        ours, baseline = [], []
        for _ in range(ROUNDS):  # interleaved, so both see the same machine load
            ours.append(_timed(_nbval(ROOT / "notebooks")))
            baseline.append(_timed(_nbval(trivial)))
        rows.append(
            (
                f"(a) strict nbval, {len(notebooks)} notebook(s) vs as many trivial ones",
                statistics.median(ours),
                statistics.median(baseline),
                1.3,
            )
        )
    light, heavy = [], []
    for _ in range(IMPORT_ROUNDS):
        light.append(_import_seconds("import infointerview"))
        heavy.append(_import_seconds("import ipywidgets, matplotlib.pyplot"))
    rows.append(
        (
            "(b) import infointerview vs import ipywidgets, matplotlib.pyplot",
            statistics.median(light),
            statistics.median(heavy),
            0.25,
        )
    )

    rows.append(_check_request_row())
    rows += checks.rows()  # (k) per rule, on every blind set's held-out third
    rows += target_list.rows()  # (l)
    rows += voila.rows()  # (m)
    rows.append(_plan_row())
    rows.append(_check_questions_cold_row())
    rows += _big_log_rows()
    rows += _cohort_rows()
    hub_rows, hub_figure = _hub_rows()
    rows += hub_rows

    print(f"{'measure':<68} {'ours':>8} {'baseline':>9} {'ratio':>6} {'goal':>6}  met")
    for name, value, base, goal in rows:
        ratio = value / base
        print(
            f"{name:<68} {value:>7.3f}s {base:>8.3f}s {ratio:>6.2f} {'≤' + str(goal):>6}  "
            f"{'yes' if ratio <= goal else 'NO'}"
        )
    print(f"(medians of {ROUNDS} nbval runs and {IMPORT_ROUNDS} imports, measured together)")
    print(hub_figure)
    return 0


if __name__ == "__main__":
    sys.exit(main())

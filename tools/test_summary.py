"""Print how many tests each layer ran, from the JUnit reports `make test` writes.

Fails (exit 1) when a layer's report is missing or a layer ran no test at all, so an empty
layer can never pass as a green run.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

LAYERS = ("unit", "notebooks", "browser", "accessibility", "reliability", "hub")


def main(folder: str) -> int:
    problems = []
    lines = []
    totals = {"passed": 0, "failed": 0, "skipped": 0}
    for layer in LAYERS:
        report = Path(folder) / f"{layer}.xml"
        if not report.exists():
            problems.append(f"the {layer} layer wrote no report")
            continue
        suite = ET.parse(report).getroot()
        suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
        tests = int(suite.get("tests", 0))
        failed = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped = int(suite.get("skipped", 0))
        passed = tests - failed - skipped
        for key, value in (("passed", passed), ("failed", failed), ("skipped", skipped)):
            totals[key] += value
        lines.append(f"  {layer:<10} {passed:>4} passed {failed:>4} failed {skipped:>4} skipped")
        if passed == 0:
            problems.append(f"the {layer} layer ran no test")
    print("\nTests run by layer:")
    print("\n".join(lines))
    print(f"{totals['passed']} passed, {totals['failed']} failed, {totals['skipped']} skipped")
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    return 1 if problems or totals["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "test-artifacts/reports"))

"""Execute notebooks in place, keeping only what nbval compares and what a reader needs.

    python tools/execute_notebooks.py FOLDER_OR_NOTEBOOK...

Each notebook runs in a fresh kernel with its own folder as the working directory. Timing
metadata and saved widget state are dropped: they change on every run and nothing reads them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def notebooks(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        else:
            found.append(path)
    return found


def execute(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(notebook, path)


def main(argv: list[str]) -> int:
    paths = notebooks(argv or ["notebooks"])
    if not paths:
        print("No notebooks found.", file=sys.stderr)
        return 1
    for path in paths:
        print(f"executing {path}")
        execute(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

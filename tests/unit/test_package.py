"""The package root stays light: notebooks pay for widgets and charts only when they use them."""

import subprocess
import sys


def test_importing_the_package_loads_no_ui_stack():
    """`import infointerview` imports neither ipywidgets nor matplotlib."""
    code = (
        "import sys, infointerview, infointerview.progress, infointerview.demo; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('ipywidgets', 'matplotlib', 'IPython')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"


def test_python_dash_m_runs_the_command():
    """`python -m infointerview --version` works like the console script."""
    result = subprocess.run(
        [sys.executable, "-m", "infointerview", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("infointerview ")

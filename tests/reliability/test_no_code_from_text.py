"""Nothing a participant types is run as code: no eval, exec or shell, templates escape, and
the servers listen on this computer only."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from infointerview import cli

SOURCE = Path(__file__).resolve().parents[2] / "src" / "infointerview"
TEMPLATES = SOURCE / "content" / "html"
RUNS_CODE = {"eval", "exec", "compile", "__import__", "breakpoint"}
RUNS_SHELL = {
    ("os", "system"),
    ("os", "popen"),
    ("os", "execl"),
    ("os", "execvp"),
    ("pickle", "loads"),
    ("pickle", "load"),
    ("marshal", "loads"),
    ("importlib", "import_module"),
    ("subprocess", "getoutput"),
    ("subprocess", "getstatusoutput"),
}


def calls() -> list[tuple[str, ast.Call]]:
    """Every call in the package's source, with the file it is in."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        found += [(path.name, node) for node in ast.walk(tree) if isinstance(node, ast.Call)]
    return found


def name_of(call: ast.Call) -> tuple[str, str]:
    func = call.func
    if isinstance(func, ast.Name):
        return ("", func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return (func.value.id, func.attr)
    return ("", "")


def test_no_source_file_runs_text_as_code_or_through_a_shell(figures):
    """The package never calls eval, exec, compile, a shell, or an unpickler."""
    found = calls()
    bad = []
    for file, call in found:
        module, function = name_of(call)
        if (not module and function in RUNS_CODE) or (module, function) in RUNS_SHELL:
            bad.append(f"{file}:{call.lineno} {module}.{function}")
        if module == "subprocess":
            shell = [k for k in call.keywords if k.arg == "shell"]
            if shell and not (
                isinstance(shell[0].value, ast.Constant) and not shell[0].value.value
            ):
                bad.append(f"{file}:{call.lineno} subprocess with a shell")
            if call.args and isinstance(call.args[0], ast.JoinedStr | ast.Constant):
                bad.append(f"{file}:{call.lineno} subprocess given one string, not a list")
    figures.record(
        "No code from text", "calls in the package's source", len(found), "calls", len(bad)
    )
    assert bad == []


def test_every_template_escapes_what_it_is_given(figures):
    """Jinja environments autoescape, and no template marks a value as safe HTML."""
    problems = []
    environments = 0
    for file, call in calls():
        module, function = name_of(call)
        if module == "jinja2" and function == "Environment":
            environments += 1
            escape = [k for k in call.keywords if k.arg == "autoescape"]
            if not escape or not (
                isinstance(escape[0].value, ast.Constant) and escape[0].value.value is True
            ):
                problems.append(f"{file}:{call.lineno} Environment without autoescape=True")
        if function in ("Template", "Markup") and module in ("jinja2", "markupsafe"):
            problems.append(f"{file}:{call.lineno} {module}.{function} bypasses the environment")
    templates = sorted(TEMPLATES.glob("*.html"))
    for template in templates:
        text = template.read_text()
        for match in re.finditer(r"\|\s*safe\b|autoescape\s+false|\{%\s*autoescape", text):
            problems.append(f"{template.name}: {match.group(0)}")
    figures.record(
        "No code from text",
        "templates and environments",
        len(templates) + environments,
        "templates",
        len(problems),
    )
    assert environments >= 1 and templates
    assert problems == []


def test_the_servers_are_started_bound_to_this_computer_only(tmp_path, figures):
    """`infointerview lab` and `app` ask JupyterLab and Voila to listen on 127.0.0.1."""
    commands = {
        "lab": cli.lab_command(tmp_path, port=8888, open_browser=False, extra=[]),
        "app": cli.app_command(tmp_path, None, port=8866, open_browser=False, extra=[]),
    }
    problems = []
    for name, command in commands.items():
        text = " ".join(command)
        if "ip=127.0.0.1" not in text:
            problems.append(f"{name} does not bind to 127.0.0.1: {text}")
        if re.search(r"0\.0\.0\.0|allow_remote_access|ip=\*|ip=::", text):
            problems.append(f"{name} opens to other computers: {text}")
    figures.record(
        "No code from text", "server command lines", len(commands), "commands", len(problems)
    )
    assert problems == []

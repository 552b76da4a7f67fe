"""axe-core's WCAG 2.0 and 2.1 A and AA rules on every notebook: in Voila with an empty
workspace and with the demo participant, and in JupyterLab with the demo participant.

Nothing the project renders may break a serious or critical rule. In JupyterLab, the
violations of JupyterLab's own interface listed in docs/accessibility-known-issues.md are let
through by rule and node; a violation anywhere else fails the test.
"""

from __future__ import annotations

import pytest

from .conftest import (
    KNOWN_ISSUES_FILE,
    KNOWN_UPSTREAM,
    NOTEBOOKS,
    audit,
    blocking,
    describe,
    open_in_lab,
    voila_url,
    wait_for_voila,
)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_voila_pages_with_nothing_saved_break_no_serious_rule(voila, context, notebook):
    """In Voila, with an empty workspace, every notebook passes axe's serious and critical
    WCAG A/AA rules."""
    voila.use("empty")
    page = context.new_page()
    try:
        page.goto(voila_url(voila, notebook))
        wait_for_voila(page)
        result = audit(page, f"voila {notebook} (empty)")
    finally:
        page.close()
    assert result.rules > 50
    assert not blocking(result.found), describe(blocking(result.found))


def test_the_app_front_page_breaks_no_rule(voila, context):
    """The list of phases `infointerview app` opens on passes every WCAG A/AA rule axe has."""
    page = context.new_page()
    try:
        page.goto(voila.url + "/")
        page.get_by_role("heading", name="Information Please: the workshop").wait_for()
        result = audit(page, "voila front page")
    finally:
        page.close()
    assert result.rules > 20
    assert not result.found, describe(result.found)


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_voila_pages_with_the_demo_break_no_serious_rule(demo_pages, notebook):
    """In Voila, with the demo participant's six weeks, every notebook passes them too."""
    result = audit(demo_pages.get(notebook), f"voila {notebook} (demo)")
    assert result.rules > 50
    assert not blocking(result.found), describe(blocking(result.found))


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_lab_pages_break_no_serious_rule_of_ours(lab, context, notebook):
    """In JupyterLab, every notebook run with the demo participant passes them too, apart from
    JupyterLab's own listed barriers. (The empty workspace's pages are audited in Voila above:
    what differs between the two is the project's own widgets, which Voila renders alike, and
    auditing both in JupyterLab too cost a minute of CI's fifteen.)"""
    lab.use("demo")
    page = context.new_page()
    try:
        open_in_lab(page, lab, notebook)
        result = audit(page, f"lab {notebook} (demo)", upstream=True)
    finally:
        page.close()
    assert not blocking(result.found), describe(blocking(result.found))


def test_every_barrier_let_through_is_documented_with_its_upstream_issue():
    """Each JupyterLab violation the audit lets through is listed, with its issue, for readers."""
    listed = KNOWN_ISSUES_FILE.read_text(encoding="utf-8")
    for rule, css, issue in KNOWN_UPSTREAM:
        assert f"`{rule}`" in listed and f"`{css}`" in listed and issue in listed, rule

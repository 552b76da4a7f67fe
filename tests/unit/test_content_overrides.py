"""Instructors can add or replace content for their field; a broken file never breaks ours."""

import pytest

from infointerview import checks, content


@pytest.fixture
def own_content(tmp_path, monkeypatch):
    """An instructor's content folder named by INFOINTERVIEW_CONTENT."""
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    return tmp_path


def test_the_built_in_checklist_has_eight_items_or_more_per_scope():
    """Each of the four scopes has at least eight items, each saying where to look."""
    checklist = content.research_checklist()
    for scope in content.SCOPES:
        items = checklist.in_scope(scope)
        assert len(items) >= 8, scope
        assert all(item.where for item in items)


def test_an_instructor_can_add_and_replace_items(own_content):
    """A new id is added; an existing id replaces the built-in item."""
    own_content.joinpath("research.toml").write_text(
        '[[item]]\nid = "industry-nmc-register"\nscope = "industry"\n'
        'text = "Check the nursing register rules."\nwhere = "The regulator\'s website."\n\n'
        '[[item]]\nid = "person-current-role"\nscope = "person"\n'
        'text = "Find their ward and specialty."\nwhere = "The trust\'s staff pages."\n'
    )
    checklist = content.research_checklist()
    ids = [item.id for item in checklist.items]
    assert "industry-nmc-register" in ids and ids.count("person-current-role") == 1
    replaced = next(i for i in checklist.items if i.id == "person-current-role")
    assert replaced.text == "Find their ward and specialty."
    assert checklist.problems == ()


def test_a_malformed_file_is_named_with_its_line_and_ours_still_works(own_content):
    """Broken TOML is reported with the file and line; the built-in checklist is used."""
    path = own_content / "research.toml"
    path.write_text('[[item]]\nid = "x"\nscope = "person\n')
    checklist = content.research_checklist()
    [problem] = checklist.problems
    assert str(path) in problem and "line 3" in problem
    assert len(checklist.items) == len(content._research_checklist(("", 0)).items)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[item]]\nid = "a"\nscope = "person"\ntext = "t"\n', "missing where"),
        ('[[item]]\nid = "a"\nscope = "moon"\ntext = "t"\nwhere = "w"\n', "scope 'moon'"),
        ('[[item]]\nid = "a"\nscope = "self"\ntext = ""\nwhere = "w"\n', "non-empty"),
        ("item = 3\n", "[[item]] tables"),
    ],
)
def test_incomplete_items_are_explained(own_content, body, message):
    """Missing fields, unknown scopes and empty texts get a message naming the file."""
    (own_content / "research.toml").write_text(body)
    [problem] = content.research_checklist().problems
    assert message in problem and "research.toml" in problem


def test_an_instructor_can_add_check_patterns(own_content):
    """Extra patterns in checks.toml extend a rule for a field's own vocabulary."""
    draft = "Thanks! Could we talk for 20 minutes? Is there a locum shift going?"
    assert checks.check_request(draft) == []
    (own_content / "checks.toml").write_text(
        "[rules.job-request]\npatterns = ['\\blocum shifts?\\b']\n"
    )
    assert [f.rule for f in checks.check_request(draft)] == ["job-request"]


def test_a_bad_check_pattern_is_reported_and_ignored(own_content):
    """An invalid pattern is named; the built-in checks keep working."""
    (own_content / "checks.toml").write_text("[rules.job-request]\npatterns = ['(unclosed']\n")
    rules = checks.request_rules()
    assert "(unclosed" in rules.problems[0] and "built-in checks are used" in rules.problems[0]
    assert [f.rule for f in checks.check_request("Are you hiring? Thanks, 20 minutes")] == [
        "job-request"
    ]


def test_an_unknown_rule_is_named(own_content):
    """A rule id that does not exist is reported with the list of real ones."""
    (own_content / "checks.toml").write_text("[rules.rudeness]\npatterns = ['x']\n")
    assert "'rudeness' is not a rule" in checks.request_rules().problems[0]


def test_an_id_used_twice_is_named(own_content):
    """Two items with one id in an instructor's file are reported; ours are used."""
    item = '[[item]]\nid = "twin"\nscope = "self"\ntext = "t"\nwhere = "w"\n'
    (own_content / "research.toml").write_text(item + item)
    [problem] = content.research_checklist().problems
    assert "'twin' is used twice" in problem

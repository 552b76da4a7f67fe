"""Tests for the research notebook's widgets, driven headless."""

import pytest

from infointerview import content
from infointerview.model import Stage
from infointerview.ui.research import ChecklistBuilder, ContactForm


def _add(form, name="Amara Okafor", **fields):
    form._name.value = name
    for key, value in fields.items():
        getattr(form, f"_{key}").value = value
    form._add.click()


def test_adding_a_contact_stores_it_and_clears_the_form(workspace):
    """A participant adds a contact with their details; the form empties for the next."""
    form = ContactForm(workspace)
    _add(form, organisation="Metro Transit", connection="Same university", channel="phone")
    [contact] = workspace.contacts()
    assert (contact.organisation, contact.connection, contact.channel.value) == (
        "Metro Transit",
        "Same university",
        "phone",
    )
    assert form._name.value == "" and "Added Amara Okafor" in form._status.value


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "it is empty"), ("x" * 10_000, "10,000 characters"), ("a\u202eb", "control")],
)
def test_bad_contact_input_is_explained_and_not_stored(workspace, name, message):
    """Empty, huge or sneaky names are refused in the widget and nothing is stored."""
    form = ContactForm(workspace)
    _add(form, name=name)
    assert message in form._status.value and workspace.contacts() == []


def test_markup_in_a_contact_is_escaped_everywhere_it_shows(workspace):
    """A name with HTML in it is shown as text in the status and the picker."""
    form = ContactForm(workspace)
    builder = ChecklistBuilder(workspace)
    _add(form, name="<img src=x onerror=alert(1)>")
    assert "<img" not in form._status.value and "&lt;img" in form._status.value
    assert builder._picker.label.startswith("<img")  # a Dropdown label is plain text


def test_the_checklist_follows_the_newest_contact(workspace):
    """Adding a contact switches the checklist to them."""
    form = ContactForm(workspace)
    builder = ChecklistBuilder(workspace)
    assert builder.contact_id is None and "Add a contact above" in builder._meter.value
    _add(form, name="Amara Okafor")
    _add(form, name="Luca Romano")
    assert workspace.contact(builder.contact_id).name == "Luca Romano"


def test_ticking_items_saves_them_and_moves_the_meter(workspace):
    """Ticks and notes are saved at once; the meter counts the 'before you ask' list."""
    contact = workspace.add_contact("Amara Okafor")
    builder = ChecklistBuilder(workspace)
    first = content.research_checklist().in_scope("person")[0]
    builder._rows[first.id].tick.value = True
    builder._rows[first.id].notes.value = "Leads the bus network redesign."
    saved = workspace.research(contact.id)[first.id]
    assert saved.done and saved.notes == "Leads the bus network redesign."
    assert "Before you ask: 1 of 5" in builder._meter.value


def test_the_short_list_makes_the_contact_researched(workspace):
    """Ticking the five 'before you ask' items moves the contact to 'researched'."""
    contact = workspace.add_contact("Amara Okafor")
    builder = ChecklistBuilder(workspace)
    assert len(builder._rows) == 5
    for row in builder._rows.values():
        row.tick.value = True
    assert workspace.contact(contact.id).stage is Stage.RESEARCHED
    assert "you know enough to ask them" in builder._meter.value


def test_the_full_list_builds_a_section_only_when_it_is_opened(workspace):
    """'Before you meet' starts with no item widgets; opening a scope builds just that one,
    showing what was already ticked; there is no 'yourself' section (it is in the profile)."""
    contact = workspace.add_contact("Amara Okafor", organisation="Metro Transit")
    workspace.save_research(contact.id, "company-recent-news", done=True)
    builder = ChecklistBuilder(workspace, depth="meet")
    assert builder._rows == {} and "Yourself" not in " ".join(builder._sections.titles)
    builder._sections.selected_index = 1
    company = content.research_checklist().in_scope("company")
    assert set(builder._rows) == {item.id for item in company}
    assert builder._rows["company-recent-news"].tick.value is True
    assert "in your profile" in builder.children[0].value


def test_switching_contacts_shows_each_ones_own_research(workspace):
    """Each contact's ticks and notes come back when they are picked again."""
    amara = workspace.add_contact("Amara Okafor")
    luca = workspace.add_contact("Luca Romano")
    builder = ChecklistBuilder(workspace)
    row = next(iter(builder._rows.values()))
    builder._picker.value = amara.id
    row.tick.value = True
    builder._picker.value = luca.id
    assert row.tick.value is False
    builder._picker.value = amara.id
    assert row.tick.value is True
    assert len(workspace.research(luca.id)) == 0


def test_a_broken_instructor_file_is_shown_and_the_checklist_still_works(
    workspace, tmp_path, monkeypatch
):
    """A malformed research.toml is named at the top; the built-in items are used."""
    (tmp_path / "research.toml").write_text("[[item]\n")
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    workspace.add_contact("Amara Okafor")
    builder = ChecklistBuilder(workspace)
    assert "research.toml" in builder.children[0].value
    built_in = content._research_checklist(("", 0))
    assert len(builder._rows) == sum(item.before_you_ask for item in built_in.items)

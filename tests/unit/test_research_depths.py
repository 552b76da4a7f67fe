"""Tests for research in two depths, shared organisation items, "yourself" in the profile,
and 3B7's second person in the due list."""

from __future__ import annotations

from datetime import date

from infointerview import content
from infointerview.due import due_items
from infointerview.model import Stage
from infointerview.research import completeness, is_researched
from infointerview.stages import log_request, note_research, research_warning, second_person

MONDAY = date(2026, 3, 16)


def _short():
    return [item for item in content.research_checklist().items if item.before_you_ask]


def test_the_short_list_is_a_handful_and_never_about_yourself():
    """'Before you ask' holds who they are, their organisation, why them, how to address them."""
    ids = {item.id for item in _short()}
    assert 4 <= len(ids) <= 6
    assert {"person-current-role", "person-why-them", "person-name", "company-what-it-does"} <= ids
    assert all(item.scope != "self" for item in _short())


def test_the_short_list_gates_the_request_and_the_full_list_gates_nothing(workspace):
    """Five ticks let a request through; the rest of the 50 items are not needed."""
    checklist = content.research_checklist()
    contact = workspace.add_contact("Amara Okafor", organisation="Metro Transit")
    warning = research_warning(workspace, contact.id, checklist)
    assert "Say in a sentence why you chose this person" in warning
    for item in _short():
        workspace.save_research(contact.id, item.id, done=True)
    note_research(workspace, contact.id, checklist)
    entries = workspace.research(contact.id)
    assert (
        is_researched(checklist, entries)
        and research_warning(workspace, contact.id, checklist) is None
    )
    assert completeness(checklist, entries, "meet").fraction < 0.2
    assert workspace.contact(contact.id).stage is Stage.RESEARCHED


def test_contacts_at_one_organisation_share_organisation_and_industry_items(workspace):
    """Research on 'Acme Ltd' done for one contact counts for another at 'ACME'; their
    person items stay their own; a change made for either is seen by both."""
    first = workspace.add_contact("A One", organisation="Acme Ltd")
    second = workspace.add_contact("B Two", organisation="ACME")
    elsewhere = workspace.add_contact("C Three", organisation="Bahnwerk")
    workspace.save_research(first.id, "company-what-it-does", done=True, notes="makes lifts")
    workspace.save_research(first.id, "industry-trends", done=True)
    workspace.save_research(first.id, "person-current-role", done=True)
    shared = workspace.research(second.id)
    assert shared["company-what-it-does"].notes == "makes lifts"
    assert shared["industry-trends"].done and "person-current-role" not in shared
    assert workspace.research(elsewhere.id) == {}
    workspace.save_research(second.id, "company-what-it-does", done=False, notes="lifts, trains")
    assert workspace.research(first.id)["company-what-it-does"].notes == "lifts, trains"


def test_practice_contacts_share_nothing_with_real_ones(workspace):
    """Ticks on a practice persona's organisation never count for a real contact there."""
    practice = workspace.add_contact("Leila", organisation="Acme", practice="pharmacist")
    real = workspace.add_contact("Real Person", organisation="Acme")
    workspace.save_research(practice.id, "company-what-it-does", done=True)
    assert workspace.research(real.id) == {}


def test_yourself_items_are_done_once_in_the_profile_for_every_contact(workspace):
    """A 'yourself' item saved in the profile counts for each contact; others do not leak."""
    a = workspace.add_contact("A One")
    b = workspace.add_contact("B Two")
    workspace.save_yourself("self-one-liner", done=True, notes="Data analyst moving to transport")
    workspace.save_yourself("person-current-role", done=True)  # not a yourself item
    for contact in (a, b):
        entries = workspace.research(contact.id)
        assert entries["self-one-liner"].notes.startswith("Data analyst")
        assert "person-current-role" not in entries
    assert workspace.yourself()["self-one-liner"].done


def _asked(workspace, name, organisation):
    contact = workspace.add_contact(name, organisation=organisation, on=MONDAY)
    workspace.set_stage(contact.id, Stage.RESEARCHED, on=MONDAY)
    log_request(workspace, contact.id, "Dear X, could we talk for 20 minutes?", on=MONDAY)
    return contact


def test_3b7_suggests_the_next_person_at_the_same_target(workspace):
    """Three business days after a silent request, the due list names the next person there."""
    asked = _asked(workspace, "Amara Okafor", "Metro Transit Ltd")
    later = workspace.add_contact("Ben Later", organisation="metro transit", on=MONDAY)
    ready = workspace.add_contact("Cara Ready", organisation="Metro Transit", on=MONDAY)
    workspace.set_stage(ready.id, Stage.RESEARCHED, on=MONDAY)
    assert second_person(asked, workspace.contacts()).name == "Cara Ready"
    [item] = [i for i in due_items(workspace, today=MONDAY) if i.kind == "second_contact"]
    assert item.due_on == date(2026, 3, 19)
    assert "Ask the next person at Metro Transit Ltd: Cara Ready." in item.text
    workspace.set_stage(ready.id, Stage.DECLINED, on=MONDAY)
    [item] = [i for i in due_items(workspace, today=MONDAY) if i.kind == "second_contact"]
    assert "Ben Later (do the short research first)" in item.text
    assert later.id != asked.id


def test_3b7_says_find_one_when_nobody_else_is_there(workspace):
    """With no one else at the target, the due list says where to find a second person."""
    _asked(workspace, "Amara Okafor", "Metro Transit")
    workspace.add_contact("Practice", organisation="Metro Transit", practice="pharmacist")
    [item] = [i for i in due_items(workspace, today=MONDAY) if i.kind == "second_contact"]
    assert "Find a second person at Metro Transit" in item.text

"""Tests for the target list's rules: checking what was typed, ranking, hand order, CSV."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from infointerview.model import Contact, InputError, Stage
from infointerview.target_list import (
    Target,
    TargetInput,
    moved,
    place_for,
    ranked,
    target_counts,
    target_csv,
)

DAY = date(2026, 3, 16)


def _t(id_, name, *, want=3, hires=2, way_in=False, position=None, notes=""):
    return Target(id_, name, way_in, want, hires, notes, id_ if position is None else position, DAY)


def test_ranking_puts_want_first_then_hires_then_a_way_in():
    """The most wanted come first; 'hires people like you' and 'a way in' break ties."""
    targets = [
        _t(1, "Way in only", want=3, hires=2, way_in=True),
        _t(2, "Dream", want=5, hires=1),
        _t(3, "Hires", want=3, hires=3),
        _t(4, "Plain", want=3, hires=2),
        _t(5, "Dream that hires", want=5, hires=3),
    ]
    assert [t.name for t in ranked(targets)] == [
        "Dream that hires",
        "Dream",
        "Hires",
        "Way in only",
        "Plain",
    ]


def test_equal_marks_keep_the_participants_order():
    """Targets with the same marks stay in the order the participant put them."""
    targets = [_t(1, "A", position=2), _t(2, "B", position=0), _t(3, "C", position=1)]
    assert [t.name for t in ranked(targets)] == ["B", "C", "A"]


def test_a_new_target_goes_before_the_first_one_it_beats():
    """Adding keeps earlier hand moves: the newcomer slots in by its marks."""
    order = [_t(1, "Low", want=1), _t(2, "High", want=5), _t(3, "Mid", want=3)]  # moved by hand
    assert place_for(order, TargetInput.from_input("New", want=4)) == 0
    assert place_for(order[1:], TargetInput.from_input("New", want=4)) == 1
    assert place_for(order[1:], TargetInput.from_input("New", want=1)) == 2


def test_moving_by_hand_stops_at_the_ends():
    """Moving up past the top leaves it at the top; an unknown id is refused."""
    assert moved([1, 2, 3], 3, -1) == [1, 3, 2]
    assert moved([1, 2, 3], 2, -5) == [2, 1, 3]
    assert moved([1, 2, 3], 1, 9) == [2, 3, 1]
    with pytest.raises(InputError):
        moved([1, 2], 7, 1)


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"name": ""}, "empty"),
        ({"name": "Acme", "want": 6}, "1 to 5"),
        ({"name": "Acme", "hires": 0}, "1 to 3"),
        ({"name": "Acme", "want": True}, "1 to 5"),
        ({"name": "Acme", "way_in": "yes"}, "yes or not yet"),
    ],
)
def test_bad_marks_and_names_say_what_to_fix(fields, problem):
    """Each wrong field gets a message a participant can act on."""
    name = fields.pop("name")
    with pytest.raises(InputError, match=problem):
        TargetInput.from_input(name, **fields)


def _contact(id_, organisation, practice=""):
    return Contact(
        id=id_,
        name=f"P{id_}",
        organisation=organisation,
        stage=Stage.IDENTIFIED,
        added_on=DAY,
        practice=practice,
    )


def test_targets_with_a_contact_are_counted_and_practice_never_counts():
    """A contact at 'Acme Ltd' counts for target 'ACME'; a practice contact does not."""
    targets = [_t(1, "ACME"), _t(2, "Bahnwerk"), _t(3, "Coral")]
    contacts = [_contact(1, "Acme Ltd"), _contact(2, "Bahnwerk GmbH", practice="pharmacist")]
    counts = target_counts(targets, contacts)
    assert (counts.listed, counts.with_contact) == (3, 1)


def test_the_csv_is_in_the_participants_order_and_formula_safe():
    """Exported cells never start a formula, and the list keeps its order."""
    targets = [_t(1, '=HYPERLINK("x")', position=1), _t(2, "Acme", notes="+44 call", position=0)]
    rows = list(csv.reader(io.StringIO(target_csv(targets))))
    assert rows[0][:2] == ["rank", "organisation"]
    assert rows[1][:2] == ["1", "Acme"] and rows[1][-1] == "'+44 call"
    assert rows[2][1] == '\'=HYPERLINK("x")'


def test_progress_export_and_cohort_count_targets_but_never_name_them(workspace, pinned_today):
    """The progress table, the instructor's export and the cohort learn 'targets listed' and
    'targets with a contact'; the export holds counts only; practice contacts never count."""
    from infointerview.cohort import Cohort, cohort_targets, needs_a_word, parse_export
    from infointerview.export import participant_export
    from infointerview.progress import phase_progress

    for name in ("Acme Ltd", "Bahnwerk", "Secret Employer"):
        workspace.add_target(name)
    workspace.add_contact("Real Person", organisation="ACME")
    workspace.add_contact("Leila", organisation="Bahnwerk", practice="pharmacist")
    research = next(p for p in phase_progress(workspace) if p.phase.slug == "research")
    assert "3 targets listed, 1 with a contact" in research.detail
    data = participant_export(workspace, alias="Kim")
    assert data["targets"] == {"listed": 3, "with_contact": 1}
    assert "Secret Employer" not in str(data) and "Acme" not in str(data)
    read = parse_export(data, today=pinned_today)
    assert read.targets == (3, 1)
    counted = cohort_targets(Cohort((read,), ()))
    assert (
        counted.describe()
        == "1 of 1 participant has a target list: 3 targets listed, 1 with a contact."
    )
    empty = parse_export({**data, "targets": {"listed": 0, "with_contact": 0}, "stages": {}})
    assert "No target list or contacts yet" in needs_a_word(Cohort((empty,), ()))[0].reasons

"""Practice personas, the observer sheet and worked examples: complete, real ids, checked."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from infointerview import checks, content
from infointerview.content import practice
from infointerview.time_plan import time_plan

SOURCE = Path("/work/shared/source/000_746155b8623ded97.txt")
OBSERVER_ORDER = [
    "thanked-first",
    "open-questions",
    "followed-up",
    "offered-to-end",
    "keep-in-touch",
    "no-job-ask",
]
SITUATIONS = ["what-job", "cv-or-hiring", "late-or-short", "blank", "not-now", "no-show"]

NEW_PERSONA = """
[[persona]]
id = "{id}"
name = "Ana Costa"
role = "Head gardener"
organisation = "Quinta Verde"
industry = "Horticulture"
country = "Portugal"
seniority = "Senior"
channel = "coffee"
address_as = "Ana"
career_story = "I started weeding at sixteen.\\n\\nNow I run the walled garden."
facts = [{{ item = "{item}", text = "Head gardener since 2019." }}]
only_if_asked = ["Winter is the busiest season."]
job_ask_reaction = "We don't discuss that here. Ask me about roses instead."
role_card = "You are Ana, a head gardener; answer warmly."

[persona.answers]
advice = "Learn plant names in Latin."
"path-how-started" = "By accident, at sixteen."
"""


@pytest.fixture
def own_content(tmp_path, monkeypatch):
    """An instructor's content folder named by INFOINTERVIEW_CONTENT."""
    monkeypatch.setenv("INFOINTERVIEW_CONTENT", str(tmp_path))
    return tmp_path


def _words(text: str) -> int:
    return len(text.split())


def _sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s])


def _all_texts() -> list[str]:
    """Every piece of text the two content files put in front of a participant."""
    texts: list[str] = []
    for persona in practice.practice_personas():
        for f in fields(persona):
            value = getattr(persona, f.name)
            if isinstance(value, str):
                texts.append(value)
        texts += [text for _, text in persona.facts]
        texts += list(persona.only_if_asked)
        texts += list(persona.answers.values())
    for item in practice.observer_sheet():
        texts += [item.ask, item.well, item.work_on]
    for situation in practice.what_to_say_when():
        texts += [situation.when, situation.say, situation.why]
    ex = practice.worked_examples()
    texts += [ex.request_good, ex.request_weak, ex.question_notes, ex.meeting_notes, ex.thank_you]
    texts += [*ex.request_good_notes, *ex.request_weak_notes, *ex.thank_you_notes]
    texts += list(ex.debrief.values())
    return texts


def _eight_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("\u2019", "'"))
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


# --- personas ---------------------------------------------------------------------------------


def test_there_are_at_least_four_personas_with_distinct_fields_and_countries():
    """Four or more personas, each from a different industry, country and seniority."""
    personas = practice.practice_personas()
    assert len(personas) >= 4
    for attribute in ("id", "industry", "country", "seniority", "organisation"):
        values = [getattr(p, attribute) for p in personas]
        assert len(set(values)) == len(values), attribute
    assert {p.channel for p in personas} <= set(practice.CHANNELS)


def test_every_persona_is_complete_and_within_the_lengths():
    """Story 250-400 words in paragraphs, role card 120-220, 3-5 asides, 2-4 sentence reaction."""
    for persona in practice.practice_personas():
        assert 250 <= _words(persona.career_story) <= 400, persona.id
        assert persona.career_story.count("\n\n") >= 2, persona.id
        assert 120 <= _words(persona.role_card) <= 220, persona.id
        assert 3 <= len(persona.only_if_asked) <= 5, persona.id
        assert 2 <= _sentences(persona.job_ask_reaction) <= 4, persona.id
        assert persona.address_as and persona.name


def test_every_fact_names_a_person_company_or_industry_item_of_the_checklist():
    """At least five facts each, and every fact's item id is in the research checklist."""
    scopes = {item.id: item.scope for item in content.research_checklist().items}
    for persona in practice.practice_personas():
        assert len(persona.facts) >= 5, persona.id
        for item, text in persona.facts:
            assert scopes.get(item) in {"person", "company", "industry"}, (persona.id, item)
            assert text


def test_every_answer_key_is_a_bank_question_or_a_category():
    """Answers cover all five TIARA categories and at least six bank questions, in 1-4 sentences."""
    bank = {q.id for q in content.question_bank().questions}
    for persona in practice.practice_personas():
        assert set(content.TIARA) <= set(persona.answers), persona.id
        assert len(set(persona.answers) & bank) >= 6, persona.id
        for key, answer in persona.answers.items():
            assert key in bank or key in content.TIARA, (persona.id, key)
            assert 1 <= _sentences(answer) <= 4, (persona.id, key)


def test_answer_falls_back_by_category_then_to_a_generic_reply():
    """A bank id's own answer first; else the category's; else a reply asking for more detail."""
    persona = practice.persona("pharmacist")
    assert persona.answer("path-how-started", "insights") == persona.answers["path-how-started"]
    assert persona.answer("culture-feedback", "insights") == persona.answers["insights"]
    generic = persona.answer("", "")
    assert generic not in persona.answers.values()
    assert "specific" in generic and persona.organisation in generic
    assert persona.answer("no-such-question", "no-such-category") == generic


def test_an_unknown_persona_is_a_lookup_error_naming_it():
    """Asking for a persona that does not exist names it and lists the ones that do."""
    with pytest.raises(LookupError, match="'astronaut'.*pharmacist"):
        practice.persona("astronaut")


def test_personas_can_be_kept_in_sets():
    """Personas are frozen and hashable, although their answers are a dict."""
    assert len(set(practice.practice_personas())) == len(practice.practice_personas())


# --- the observer sheet and scripts -----------------------------------------------------------


def test_the_observer_sheet_has_the_six_checks_in_order():
    """Thanks, open questions, follow-up, offer to end, keep in touch, no job ask."""
    sheet = practice.observer_sheet()
    assert [item.id for item in sheet] == OBSERVER_ORDER
    for item in sheet:
        assert item.ask.endswith("?") and item.well and item.work_on


def test_there_are_six_what_to_say_scripts_without_quotation_marks():
    """Each situation has a title, a script free of quotation marks and a reason."""
    situations = practice.what_to_say_when()
    assert [s.id for s in situations] == SITUATIONS
    for situation in situations:
        assert situation.when and situation.why
        assert not set(situation.say) & set('"\u201c\u201d'), situation.id


# --- worked examples --------------------------------------------------------------------------


def test_the_worked_question_plan_fits_a_twenty_minute_meeting():
    """Three to five real bank questions, every one of them fitting the time plan for 20."""
    examples = practice.worked_examples()
    bank = {q.id: q for q in content.question_bank().questions}
    assert examples.agreed_minutes == 20
    assert 3 <= len(examples.question_plan) <= 5
    assert all(bank_id in bank for bank_id, _ in examples.question_plan)
    plan = time_plan([(bank[b].text, m) for b, m in examples.question_plan], 20)
    questions = [slot for slot in plan.slots if slot.kind == "question"]
    assert len(questions) == len(examples.question_plan)
    assert all(slot.fits for slot in questions)


def test_the_good_request_passes_and_the_weak_one_shows_its_problems():
    """The good request has no findings; the weak one has the job ask, no length, set time..."""
    examples = practice.worked_examples()
    assert 50 <= checks.count_words(examples.request_good) <= 75
    assert [f.rule for f in checks.check_request(examples.request_good)] == []
    weak = {f.rule for f in checks.check_request(examples.request_weak)}
    assert {"job-request", "no-duration", "not-their-convenience", "too-long"} <= weak
    assert 3 <= len(examples.request_good_notes) <= 5
    assert 3 <= len(examples.request_weak_notes) <= 5


def test_the_weak_requests_buried_job_ask_is_found_on_its_own():
    """Without the attached CV, the job ask hidden in the last line is still found."""
    weak = practice.worked_examples().request_weak
    without_cv = re.sub(r"I have attached my CV[^.]*\.\s*", "", weak)
    assert "CV" not in without_cv
    found = [f for f in checks.check_request(without_cv) if f.rule == "job-request"]
    assert found


def test_the_model_thank_you_is_card_length_and_has_no_findings():
    """25-60 words, nothing found with the meeting notes, and no second keep-in-touch ask."""
    examples = practice.worked_examples()
    assert 25 <= checks.count_words(examples.thank_you) <= 60
    assert checks.check_thank_you(examples.thank_you, meeting_notes=examples.meeting_notes) == []
    assert "keep in touch" not in examples.thank_you.lower()


def test_the_model_meeting_has_notes_and_a_full_debrief():
    """Notes with key points, names, resources and next steps; all four debrief answers."""
    examples = practice.worked_examples()
    for heading in ("Key points", "Names", "Resources", "Next steps"):
        assert heading in examples.meeting_notes
    assert set(examples.debrief) == set(practice.DEBRIEF_KEYS)
    for answer in examples.debrief.values():
        assert 1 <= _sentences(answer) <= 2


def test_no_text_repeats_eight_words_of_the_source_article():
    """The curriculum is in its own words: no run of eight words from the source article."""
    try:
        source = SOURCE.read_text(encoding="utf-8")
    except OSError as error:
        pytest.skip(f"The source article is not readable here ({error}).")
    copied = _eight_grams(source)
    for text in _all_texts():
        shared = _eight_grams(text) & copied
        assert not shared, (" ".join(sorted(shared)[0]), text[:60])


# --- an instructor's practice.toml ------------------------------------------------------------


def test_an_instructor_can_add_a_persona(own_content):
    """A persona with a new id is added after ours and can be looked up."""
    built_in = len(practice.practice_personas())
    (own_content / "practice.toml").write_text(
        NEW_PERSONA.format(id="head-gardener", item="person-current-role"), encoding="utf-8"
    )
    personas = practice.practice_personas()
    assert len(personas) == built_in + 1 and personas[-1].id == "head-gardener"
    gardener = practice.persona("head-gardener")
    assert gardener.facts == (("person-current-role", "Head gardener since 2019."),)
    assert gardener.answer("path-how-started", "insights") == "By accident, at sixteen."
    assert gardener.answer("skills-stand-out", "advice") == "Learn plant names in Latin."
    assert practice.practice_problems() == ()


def test_an_instructor_can_replace_a_persona_by_id(own_content):
    """A persona with a built-in id replaces ours, keeping its place in the list."""
    ids = [p.id for p in practice.practice_personas()]
    (own_content / "practice.toml").write_text(
        NEW_PERSONA.format(id="pharmacist", item="company-what-it-does"), encoding="utf-8"
    )
    assert [p.id for p in practice.practice_personas()] == ids
    assert practice.persona("pharmacist").name == "Ana Costa"


def test_a_broken_practice_file_is_reported_and_ours_still_works(own_content):
    """Invalid TOML is named with its line; the built-in personas are used."""
    path = own_content / "practice.toml"
    path.write_text('[[persona]]\nid = "x\n', encoding="utf-8")
    assert [p.id for p in practice.practice_personas()][:1] == ["pharmacist"]
    [problem] = practice.practice_problems()
    assert str(path) in problem and "line 2" in problem and "built-in" in problem


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (NEW_PERSONA.format(id="x", item="self-introduction"), "a self item"),
        (NEW_PERSONA.format(id="x", item="person-shoe-size"), "'person-shoe-size'"),
        (NEW_PERSONA.format(id="x", item="person-name").replace("coffee", "fax"), "channel"),
        (NEW_PERSONA.format(id="x", item="person-name").replace("advice =", "gossip ="), "gossip"),
        (NEW_PERSONA.format(id="Bad Id", item="person-name"), "hyphens"),
        ('[[persona]]\nid = "x"\nname = "X"\n', "is missing role"),
        ("persona = 3\n", "[[persona]] tables"),
        (NEW_PERSONA.format(id="x", item="person-name") * 2, "used twice"),
    ],
)
def test_an_incomplete_persona_is_explained(own_content, body, message):
    """Wrong item ids, channels, answer keys, ids and missing fields name the file and why."""
    (own_content / "practice.toml").write_text(body, encoding="utf-8")
    [problem] = practice.practice_problems()
    assert message in problem and "practice.toml" in problem
    assert "x" not in {p.id for p in practice.practice_personas()}

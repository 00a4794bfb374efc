"""An unknown word alone opening an English sentence is someone's name when what follows
only people do, or an apposition says who the person is; plurals and ordinary words stay
out, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_a_verb_only_people_do_makes_a_person() -> None:
    assert ("Kessler", "PER") in ents_en("Kessler praised the statue in a speech.")
    assert ("Mbeki", "PER") in ents_en("Mbeki apologised to the family.")


def test_plurals_and_ordinary_words_before_such_a_verb_stay_out() -> None:
    assert ents_en("Officials praised the plan.") == []
    assert ents_en("Survivors wept at the scene.") == []
    assert ents_en("Yesterday thanked nobody.") == []


def test_an_apposition_of_a_person_noun_makes_a_person() -> None:
    found = ents_en("Vandenbroucke, the sculptor, said the work took three years.")
    assert ("Vandenbroucke", "PER") in found


def test_an_apposition_of_a_company_is_still_a_company() -> None:
    assert ("Tesco", "ORG") in ents_en("Tesco, the retailer, said it would cut prices.")


def test_peoples_and_languages_with_foreign_openings_are_no_people() -> None:
    found = ents_en("Xhosa is spoken by millions. Ndebele is a language of Zimbabwe.")
    assert found == [("Xhosa", "MISC"), ("Ndebele", "MISC"), ("Zimbabwe", "LOC")]

"""Countries whose names hold "and" ("Bosnia and Herzegovina", "Trinidad and Tobago") are
one place, also before a title or inside a body's name, while two countries joined by "and"
stay two; on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")
ents_id = partial(test_entities.ents, lang="id")


def test_a_country_named_with_and_is_one_place() -> None:
    found = ents_en("The talks in Bosnia and Herzegovina ended on Monday.")
    assert found == [("Bosnia and Herzegovina", "LOC")]
    found = ents_en("Trinidad and Tobago Prime Minister Keith Rowley said talks would resume.")
    assert found == [("Trinidad and Tobago", "LOC"), ("Keith Rowley", "PER")]
    found = ents_id("Relawan dari Bosnia and Herzegovina tiba kemarin.")
    assert found == [("Bosnia and Herzegovina", "LOC")]


def test_a_body_named_for_such_a_country_stays_whole() -> None:
    found = ents_en("Trinidad and Tobago Football Association president Kieron Edwards spoke.")
    assert ("Trinidad and Tobago Football Association", "ORG") in found


def test_two_countries_joined_by_and_stay_two() -> None:
    found = ents_en("Troops from France and Germany arrived.")
    assert found == [("France", "LOC"), ("Germany", "LOC")]

"""English rivers named after "the" with no river word ("sailed up the Tagus", "Lisbon, on
the Tagus"), and a full name listed beside an acronym keeping its own label ("Kendrick
Lamar and SZA") - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_river_by_the_way_along_it_or_a_town_on_it_is_a_place() -> None:
    assert ents("The ship sailed up the Tagus towards Lisbon.") == [
        ("Tagus", "LOC"),
        ("Lisbon", "LOC"),
    ]
    assert ents("Lisbon, on the Tagus, is warm in May.") == [("Lisbon", "LOC"), ("Tagus", "LOC")]
    assert ents("Bodies washed up on the banks of the Tagus.") == [("Tagus", "LOC")]
    assert ents("Barges on the Rhine ran aground.") == [("Rhine", "LOC")]


def test_a_company_in_talks_on_the_way_stays_a_company() -> None:
    found = ents("Talks in Berlin on the Uniper bailout resumed.")
    assert found == [("Berlin", "LOC"), ("Uniper", "ORG")]


def test_a_full_name_beside_an_acronym_stays_a_person() -> None:
    found = ents("The festival will feature Kendrick Lamar and SZA next summer.")
    assert ("Kendrick Lamar", "PER") in found
    assert ents("Talks between the IMF and World Bank resumed.") == [
        ("IMF", "ORG"),
        ("World Bank", "ORG"),
    ]

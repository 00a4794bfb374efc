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


def test_a_known_river_is_a_place_wherever_it_stands() -> None:
    # No boat or bank before it: the river's own name says so ("were" after it would
    # otherwise read as a team's plural, "the" before it as a body's).
    assert ents("The Rhine, which runs through Germany, flooded.") == [
        ("Rhine", "LOC"),
        ("Germany", "LOC"),
    ]
    assert ents("Ferries on the Rhine were halted by low water.") == [("Rhine", "LOC")]
    assert ents("Floods on the Yangtze cut roads.") == [("Yangtze", "LOC")]
    assert ents("Birds nest in the Danube Delta in Romania.") == [
        ("Danube Delta", "LOC"),
        ("Romania", "LOC"),
    ]


def test_a_company_named_after_a_river_stays_a_company() -> None:
    assert ents("Shares in Thames Water fell.") == [("Thames Water", "ORG")]

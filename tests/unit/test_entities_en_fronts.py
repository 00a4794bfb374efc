"""English political fronts ("National Front", "United Front") are organisations by their
last word, as alliances and movements are, but a war's front named for the map ("Western
Front") is a place - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_front_is_a_body() -> None:
    assert ents("The National Front said it would march.") == [("National Front", "ORG")]
    assert ents("He said his United Front government would push reforms.") == [
        ("United Front", "ORG")
    ]


def test_a_weather_front_is_no_name() -> None:
    assert ents("A cold front moved in.") == []


def test_a_wars_front_named_for_the_map_is_a_place() -> None:
    assert ents("He died fighting on the Western Front in 1916.") == [("Western Front", "LOC")]
    assert ents("The Eastern Front collapsed in 1917.") == [("Eastern Front", "LOC")]

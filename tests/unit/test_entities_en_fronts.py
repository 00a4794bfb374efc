"""English political fronts ("National Front", "United Front") are organisations by their
last word, as alliances and movements are - on sentences written for these tests."""

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

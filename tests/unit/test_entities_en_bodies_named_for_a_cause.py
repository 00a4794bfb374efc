"""English bodies named for a cause with "for" and "for the" ("Forum for the Restoration of
Democracy", "Centre for the Study of Islam") are one organisation, while "for the" before a
country after a cup is no part of a name - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_body_for_the_cause_is_one_name() -> None:
    assert ents("The rally was called by the Forum for the Restoration of Democracy.") == [
        ("Forum for the Restoration of Democracy", "ORG")
    ]
    assert ents("The Centre for the Study of Islam said so.") == [
        ("Centre for the Study of Islam", "ORG")
    ]
    assert ents("The Forum for Democratic Change said it would boycott.") == [
        ("Forum for Democratic Change", "ORG")
    ]


def test_a_country_after_for_the_stays_apart() -> None:
    assert ("Netherlands", "LOC") in ents("He won the Cup for the Netherlands.")

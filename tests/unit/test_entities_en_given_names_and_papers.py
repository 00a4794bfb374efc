"""English names that open with a word of another kind: a faith's adjective that is a given
name ("Christian Eriksen"), and a German newspaper named with a demonym ("Frankfurter
Allgemeine Zeitung"), on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_christian_before_a_surname_is_a_given_name() -> None:
    found = ents_en("The opera was conducted by Christian Thielemann on Friday.")
    assert found == [("Christian Thielemann", "PER")]
    assert ents_en("Christian Eriksen scored twice.") == [("Christian Eriksen", "PER")]


def test_christian_before_a_party_or_a_noun_is_no_given_name() -> None:
    assert ents_en("The Christian Democrats won the vote.") == [("Christian Democrats", "ORG")]
    assert ("Christian", "MISC") in ents_en("Christian leaders met in Rome.")


def test_a_german_newspaper_is_one_organisation() -> None:
    found = ents_en("Critics from the Frankfurter Allgemeine Zeitung called it a triumph.")
    assert found == [("Frankfurter Allgemeine Zeitung", "ORG")]

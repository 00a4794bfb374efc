"""Places as encyclopaedic and wire text names them: a state or a part of one named with
"of" ("Kingdom of Sardinia", "Province of Ancona"), a river after the lowercase noun
("the river Ouse"), an empire ("the Mughal Empire"); on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_a_state_or_province_of_a_place_is_one_place() -> None:
    found = ents_en("The town passed to the Kingdom of Bohemia in 1526.")
    assert ("Kingdom of Bohemia", "LOC") in found
    found = ents_en("Sassoferrato is a small town in the Province of Ancona in central Italy.")
    assert ("Province of Ancona", "LOC") in found
    assert ("Italy", "LOC") in found
    found = ents_en("Delegates from the Republic of Moldova arrived on Sunday.")
    assert ("Republic of Moldova", "LOC") in found


def test_a_body_named_with_state_of_stays_a_body() -> None:
    assert ("State Bank of Pakistan", "ORG") in ents_en(
        "The State Bank of Pakistan left its key rate unchanged."
    )


def test_a_river_after_the_lowercase_noun_is_a_place() -> None:
    found = ents_en("Fishermen along the river Dordogne reported dead fish this week.")
    assert found == [("Dordogne", "LOC")]


def test_an_empire_is_a_place() -> None:
    assert ents_en("Coins from the Khmer Empire were found near the site.") == [
        ("Khmer Empire", "LOC")
    ]


def test_a_subject_defined_as_a_place_or_body_is_one() -> None:
    assert ents_en("Orbeck is a small fishing village on the north coast.") == [("Orbeck", "LOC")]
    assert ents_en("Kalvane was a timber company with mills in the valley.") == [("Kalvane", "ORG")]


def test_a_condition_is_no_state() -> None:
    assert ents_en("Balance is the natural state of the market.") == []


def test_a_subject_defined_by_a_job_is_no_place() -> None:
    # "town", "city" and "county" only qualify the job, which ends the phrase
    assert ents_en("Hollis is a city councillor in Derby.") == [("Derby", "LOC")]
    assert ents_en("Ferrand was a county surveyor for forty years.") == []
    assert ents_en("Talbot was a shipping company based in Leith.") == [
        ("Talbot", "ORG"),
        ("Leith", "LOC"),
    ]

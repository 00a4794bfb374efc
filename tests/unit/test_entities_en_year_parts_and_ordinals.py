"""English quarters and halves of a year ("Q1", "Q3 2025", "H1") are times, never names;
a digit ordinal before a numbered circuit, district, unit or amendment is part of its name
("the 7th Circuit", "the 12th Congressional District") - on sentences written for these
tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_quarter_or_half_of_a_year_is_no_entity() -> None:
    assert ents("Apple's revenue rose in Q1, the company said.") == [("Apple", "ORG")]
    assert ents("Sales fell in Q3 2025 as demand slowed, Nokia said.") == [("Nokia", "ORG")]
    assert ents("Profit doubled in H1 compared with a year earlier.") == []


def test_a_digit_ordinal_belongs_to_a_numbered_court_or_district() -> None:
    assert ents("The 7th Circuit ruled against the company on Friday.") == [("7th Circuit", "ORG")]
    assert ents("She is running in the 12th Congressional District of Illinois.") == [
        ("12th Congressional District of Illinois", "LOC")
    ]
    assert ents("The 82nd Airborne Division was sent.") == [("82nd Airborne Division", "ORG")]


def test_an_ordinal_that_counts_stays_outside_the_name() -> None:
    assert ents("Djokovic won his 24th Grand Slam title.") == [
        ("Djokovic", "PER"),
        ("Grand Slam", "MISC"),
    ]

"""English given names that look like something else: a country's name after a title ("Defence
Minister Israel Katz", "Coach Jordan Smith": English writes a title's country before it), and
a hyphenated given name whose part is a form of address elsewhere ("Lip-Bu Tan": "Bu" is an
Indonesian "Mrs") - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_country_after_a_title_is_the_given_name_of_the_person() -> None:
    assert ents("Defence Minister Israel Katz visited the border.") == [("Israel Katz", "PER")]
    assert ents("Coach Jordan Smith praised the team.") == [("Jordan Smith", "PER")]


def test_a_country_before_its_title_stays_a_place() -> None:
    assert ents("Israel's defence minister visited the border.") == [("Israel", "LOC")]


def test_a_hyphenated_given_name_with_an_address_word_stays_whole() -> None:
    assert ents("Intel chief executive Lip-Bu Tan met investors.") == [
        ("Intel", "ORG"),
        ("Lip-Bu Tan", "PER"),
    ]
    assert ents("Lip-Bu Tan said the plan worked.") == [("Lip-Bu Tan", "PER")]


def test_a_hyphenated_title_is_still_a_title() -> None:
    assert ents("President-elect Donald Trump spoke.") == [("Donald Trump", "PER")]


def test_a_given_name_before_a_plural_landform_is_a_place() -> None:
    assert ents("Alice Springs had its hottest day in June.") == [("Alice Springs", "LOC")]
    assert ents("Fires burned near Grace Heights overnight.") == [("Grace Heights", "LOC")]


def test_two_towns_side_by_side_are_a_persons_names() -> None:
    assert ents("Fans cheered as Paris Jackson sang.") == [("Paris Jackson", "PER")]
    assert ents("Paris Jackson, 26, said she would stay.") == [("Paris Jackson", "PER")]
    found = ents("Sydney Houston, a nurse, said the ward was full.")
    assert found == [("Sydney Houston", "PER")]


def test_two_countries_side_by_side_stay_two_places() -> None:
    found = ents("Talks between the Russia Ukraine delegations stalled.")
    assert found == [("Russia", "LOC"), ("Ukraine", "LOC")]

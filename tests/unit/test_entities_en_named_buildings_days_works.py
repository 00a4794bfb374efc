"""English names that hold a person's name or look like one but are none: a building or
memorial named after someone, a named day, a work titled with a German or French "and", a
French place with an elided article, and a lone foreign-shaped surname opening a sentence,
on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_a_building_named_after_a_person_is_a_place() -> None:
    found = ents_en("Crowds gathered at the Ronald Reagan Building on Friday.")
    assert found == [("Ronald Reagan Building", "LOC")]
    found = ents_en("Lawyers spoke outside the Daniel Patrick Moynihan Courthouse.")
    assert found == [("Daniel Patrick Moynihan Courthouse", "LOC")]
    assert ("Lincoln Memorial", "LOC") in ents_en("Wreaths were laid at the Lincoln Memorial.")


def test_named_days_are_no_people() -> None:
    found = ents_en("Voters went to the polls on Election Day, after Independence Day.")
    assert found == [("Election Day", "MISC"), ("Independence Day", "MISC")]
    assert ("Jason Day", "PER") in ents_en("Jason Day won the Masters.")


def test_a_title_joined_by_a_foreign_and_is_one_work() -> None:
    found = ents_en("The opera Tristan und Isolde opened at Covent Garden.")
    assert ("Tristan und Isolde", "MISC") in found
    found = ents_en("Next week the orchestra plays Strauss's Tod und Verklarung in the hall.")
    assert ("Tod und Verklarung", "MISC") in found


def test_an_elided_article_goes_on_a_name() -> None:
    found = ents_en("Macron received him at the Palais de l'Elysee on Tuesday.")
    assert ("Palais de l'Elysee", "LOC") in found
    assert ("Massimo d'Alema", "PER") in ents_en("Massimo d'Alema said no.")


def test_a_lone_foreign_surname_opening_a_sentence_is_a_person() -> None:
    assert ents_en("Mbeki arrived late.") == [("Mbeki", "PER")]
    assert ents_en("Kowalski arrived late.") == [("Kowalski", "PER")]
    assert ents_en("Trains arrived late.") == []


def test_an_italian_palace_or_square_is_a_place() -> None:
    found = ents_en("Reporters gathered at the Palazzo del Cinema on Wednesday.")
    assert ("Palazzo del Cinema", "LOC") in found
    assert ents_en("Crowds filled the Piazza San Marco.") == [("Piazza San Marco", "LOC")]


def test_an_igbo_surname_opening_a_sentence_is_a_person() -> None:
    assert ents_en("Nwosu was sworn in on Monday.") == [("Nwosu", "PER")]


def test_a_title_word_before_a_generation_is_a_surname() -> None:
    found = ents_en("Thousands gathered at the Martin Luther King Jr. Memorial on Monday.")
    assert found == [("Martin Luther King Jr. Memorial", "LOC")]
    assert ents_en("Markets shut for Martin Luther King Jr. Day.") == [
        ("Martin Luther King Jr. Day", "MISC")
    ]


def test_a_metal_prize_won_is_misc() -> None:
    found = ents_en("Jim Jarmusch won the Golden Lion on Saturday.")
    assert found == [("Jim Jarmusch", "PER"), ("Golden Lion", "MISC")]
    assert ents_en("They took the Golden Gate Bridge.") == [("Golden Gate Bridge", "LOC")]


def test_community_and_tour_go_on_with_of() -> None:
    found = ents_en("The Economic Community of West African States sent observers.")
    assert found == [("Economic Community of West African States", "ORG")]
    assert ents_en("He won the Tour of Spain in 1995.") == [("Tour of Spain", "MISC")]


def test_a_metal_prize_for_best_is_misc() -> None:
    found = ents_en("The Silver Bear for best actress went to Marthe Keller.")
    assert found == [("Silver Bear", "MISC"), ("Marthe Keller", "PER")]

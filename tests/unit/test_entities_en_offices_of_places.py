"""English offices named "of the" a place before their holder ("President of the United
States Donald Trump"), and a body's head word before a title holder's name ("Speaker of
the House Mike Johnson"), on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_a_place_after_of_the_is_no_part_of_the_holder() -> None:
    found = ents_en("President of the United States Donald Trump met reporters on Monday.")
    assert ("United States", "LOC") in found
    assert ("Donald Trump", "PER") in found
    found = ents_en("Prime Minister of the United Kingdom Keir Starmer spoke in Leeds.")
    assert ("United Kingdom", "LOC") in found
    assert ("Keir Starmer", "PER") in found


def test_a_one_word_place_after_of_the_is_a_place() -> None:
    found = ents_en("President of the Philippines Ferdinand Marcos arrived in Tokyo.")
    assert ("Philippines", "LOC") in found
    assert ("Ferdinand Marcos", "PER") in found
    assert ("Philippines", "LOC") in ents_en("The president of the Philippines arrived late.")


def test_a_portfolio_after_of_the_stays_in_the_title() -> None:
    found = ents_en("The Minister of the Interior met Leader of the Opposition Kemi Badenoch.")
    assert found == [("Kemi Badenoch", "PER")]


def test_a_given_name_after_a_body_word_opens_the_holder() -> None:
    found = ents_en("Speaker of the House Mike Johnson spoke to reporters.")
    assert ("Mike Johnson", "PER") in found


def test_presiding_opens_a_judge_s_title() -> None:
    found = ents_en("Presiding Judge Iulia Motoc said the evidence was strong.")
    assert found == [("Iulia Motoc", "PER")]


def test_a_listed_body_or_a_body_named_with_of_leaves_the_title() -> None:
    found = ents_en("Governor of the Bank of England Andrew Bailey said inflation was falling.")
    assert ("Bank of England", "ORG") in found
    assert ("Andrew Bailey", "PER") in found
    found = ents_en("Secretary-General of the United Nations Antonio Guterres spoke on Tuesday.")
    assert ("United Nations", "ORG") in found
    assert ("Antonio Guterres", "PER") in found

"""English entities: who speaks at the start of a sentence - a company that calls itself
"it", a brand's coined word, a stock that moved, a body named after its kind between
commas - and plural nouns that only look like names there, on sentences written for these
tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_speaker_that_calls_itself_it_after_the_day_is_a_company() -> None:
    found = ents("Klarnify said on Wednesday it would cut 400 jobs.")
    assert found == [("Klarnify", "ORG")]
    assert ents("Vantorp said on Monday that it had raised $20 million.") == [("Vantorp", "ORG")]


def test_it_was_after_the_day_says_nothing_of_the_speaker() -> None:
    assert ents("Obama said on Monday it was time to act.") == [("Obama", "PER")]


def test_a_coined_brand_word_that_speaks_is_a_company() -> None:
    assert ents("Nexify said revenue rose 12 percent.") == [("Nexify", "ORG")]
    assert ents("Zentrex said profits rose.") == [("Zentrex", "ORG")]
    assert ents("Then Grubly said orders had doubled.") == [("Grubly", "ORG")]


def test_surnames_ending_like_adverbs_stay_people() -> None:
    found = ents("Kelly said she was tired. Then Daly said the match was hard.")
    assert found == [("Kelly", "PER"), ("Daly", "PER")]


def test_a_plural_noun_opening_a_sentence_before_said_is_no_name() -> None:
    assert ents("Aides said the president was tired.") == []
    assert ents("Relatives said he had been ill for years.") == []


def test_a_surname_given_in_full_before_said_stays_a_person() -> None:
    found = ents("Ann Jones is a nurse. Jones said the ward was full.")
    assert found == [("Ann Jones", "PER"), ("Jones", "PER")]


def test_a_stock_that_moved_is_a_company() -> None:
    found = ents("Daimler-Benz gained four marks after the carmaker said sales rose.")
    assert found == [("Daimler-Benz", "ORG")]
    assert ("Hoechst", "ORG") in ents("Bayer was flat and Hoechst fell 1.50 to 45.20.")


def test_two_names_joined_before_a_noun_make_no_speaker() -> None:
    assert ents("Trump-Putin talks ended without a deal.") == []


def test_a_body_named_between_commas_after_its_kind_is_a_body() -> None:
    assert ents("Its publisher, Fourth Estate, said it had printed more copies.") == [
        ("Fourth Estate", "ORG")
    ]
    assert ("Smith", "PER") in ents("In his novel, Smith, a detective, solves the case.")


def test_a_career_at_a_name_is_at_a_body() -> None:
    assert ("Vogue", "ORG") in ents("She began her career at Vogue after winning a contest.")


def test_losing_to_someone_in_court_makes_no_team() -> None:
    assert ents("The company lost to Jones in court last year.") == [("Jones", "PER")]


def test_a_body_noun_further_back_says_nothing_of_a_person_named_in_full() -> None:
    text = "Judge Amy Harlow ruled against the firm. Shares fell after Harlow spoke on Monday."
    assert ents(text) == [("Amy Harlow", "PER"), ("Harlow", "PER")]
    text = (
        "Judge Amy Harlow ruled against the firm. Harlow wrote that the law was clear. "
        "Shares fell after Harlow's ruling."
    )
    assert ents(text) == [("Amy Harlow", "PER"), ("Harlow", "PER"), ("Harlow", "PER")]
    assert ("Nvidia", "ORG") in ents("Shares of Nvidia fell on Monday.")


def test_a_house_that_speaks_is_a_body() -> None:
    assert ents("Penguin Random House said sales rose.") == [("Penguin Random House", "ORG")]
    assert ("Somerset House", "LOC") in ents("He spoke at Somerset House on Monday.")


def test_a_name_opened_by_another_languages_word_for_a_body_is_one() -> None:
    found = ents("Deutsche Telekom said profits rose. Then Nippon Steel said it would wait.")
    assert found == [("Deutsche Telekom", "ORG"), ("Nippon Steel", "ORG")]


def test_a_name_owning_a_chief_executive_is_a_company() -> None:
    found = ents("Klarnify's chief executive, Maria Lindqvist, told staff.")
    assert found == [("Klarnify", "ORG"), ("Maria Lindqvist", "PER")]
    assert ents("Biden's chief of staff told reporters.") == [("Biden", "PER")]


def test_a_lone_name_judging_something_as_it_stays_a_person() -> None:
    assert ents("Smith said it was a mistake to play on.") == [("Smith", "PER")]
    assert ents("Zelvano said it was reviewing the offer.") == [("Zelvano", "ORG")]

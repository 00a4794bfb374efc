"""English entities: titles of books, films and games with no quotation marks, read as one
work (MISC) by their shape and the words around them, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_title_after_its_kind_goes_on_over_of_the() -> None:
    found = ents("Her memoir The Year of Magical Thinking won the National Book Award.")
    assert ("The Year of Magical Thinking", "MISC") in found


def test_a_capitalised_article_mid_sentence_opens_a_title() -> None:
    text = "Nintendo said that The Legend of Zelda: Tears of the Kingdom had sold well."
    assert ("The Legend of Zelda: Tears of the Kingdom", "MISC") in ents(text)


def test_a_title_ends_where_the_next_title_opens() -> None:
    found = ents("She loved A Tale of Two Cities and The Hobbit as a child.")
    assert ("A Tale of Two Cities", "MISC") in found


def test_a_body_after_a_capitalised_article_is_no_title() -> None:
    found = ents("Officials at The Bank of England declined to comment.")
    assert all(label != "MISC" for _, label in found)


def test_a_work_named_between_commas_after_its_kind() -> None:
    text = "Hilary Mantel's final novel, The Mirror and the Light, topped the list."
    found = ents(text)
    assert ("The Mirror and the Light", "MISC") in found
    assert ("Hilary Mantel", "PER") in found  # her final novel: no tournament's final


def test_a_work_its_maker_directed_after_which() -> None:
    found = ents("It opened on the same weekend as Barbie, which Greta Gerwig directed.")
    assert ("Barbie", "MISC") in found
    found = ents("The trilogy began with Wolf Hall, which the BBC adapted for television.")
    assert ("Wolf Hall", "MISC") in found


def test_a_company_bought_after_which_stays_a_company() -> None:
    assert ("Twitter", "ORG") in ents("Twitter, which Musk bought in 2022, lost advertisers.")


def test_a_sequel_number_ends_a_work_but_not_a_pope() -> None:
    text = "Rockstar confirmed that Grand Theft Auto VI would arrive next year."
    assert ("Grand Theft Auto VI", "MISC") in ents(text)
    assert ("John Paul II", "PER") in ents("Pope John Paul II visited Poland in 1979.")


def test_what_an_actor_starred_in_is_a_work() -> None:
    assert ("The Crown", "MISC") in ents("She starred in The Crown for two seasons.")
    assert ents("He stars in Oppenheimer this summer.") == [("Oppenheimer", "MISC")]


def test_the_maker_of_what_an_actor_starred_in_stays_a_person() -> None:
    assert ("Ana Ruiz", "PER") in ents("He starred in Ana Ruiz's new film last year.")


def test_the_name_a_prize_was_won_for_is_a_work() -> None:
    found = ents("Sean Baker won the Palme d'Or on Saturday for Anora.")
    assert ("Anora", "MISC") in found
    found = ents("Joachim Trier took the Grand Prix for Sentimental Value.")
    assert ("Sentimental Value", "MISC") in found
    found = ents("The band won best album at the Brit Awards for Romance.")
    assert ("Romance", "MISC") in found
    # a prize's field and a seat won for a party are no works
    assert ents("She won the Nobel Prize for Peace in 2014.") == [("Nobel Prize for Peace", "MISC")]
    assert ents("He won the seat for Labour.") == [("Labour", "ORG")]


def test_a_title_in_capitals_after_its_kind_is_a_work() -> None:
    assert ("GNX", "MISC") in ents("They topped the charts with the album GNX.")
    assert ents("She released the album SOS in 2022.") == [("SOS", "MISC")]
    # a company's acronym after its kind stays a company
    assert ents("The company UBS said so.") == [("UBS", "ORG")]

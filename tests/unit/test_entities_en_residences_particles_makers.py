"""English entities: royal residences as buildings and as households that speak, particles
inside a person's name, a maker before its product's own name, roles and ordinary nouns
opening a sentence, lone first words that act on something of theirs, and surnames of
people named in full after a title, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_palace_or_castle_after_a_place_word_is_a_building() -> None:
    assert ents("Crowds gathered outside Harwick Palace on Saturday.") == [
        ("Harwick Palace", "LOC")
    ]
    assert ("Dunmore Castle", "LOC") in ents("Fans waited outside Dunmore Castle for hours.")
    assert ("Tallow Abbey", "LOC") in ents("Police closed Tallow Abbey on Monday.")


def test_the_name_outside_which_people_gather_is_a_place() -> None:
    assert ents("Protesters gathered outside the Reichstag on Monday.") == [("Reichstag", "LOC")]


def test_a_palace_that_speaks_is_the_household() -> None:
    assert ("Harwick Palace", "ORG") in ents("Harwick Palace said the King would attend.")
    assert ("Harwick Palace", "ORG") in ents("Harwick Palace declined to comment.")


def test_a_possessive_title_after_the_is_no_name() -> None:
    assert ents("Crowds gathered to mark the King's birthday.") == []
    assert ents("the Prince's charity closed on Monday.") == []


def test_a_peers_title_before_of_is_no_name() -> None:
    assert ents("The Duke of Sussex had argued his case.") == [("Sussex", "LOC")]
    assert ents("He met the Countess of Wessex on Monday.") == [("Wessex", "LOC")]


def test_a_particle_inside_a_persons_name() -> None:
    assert ents("Laurence des Cars attended the show.") == [("Laurence des Cars", "PER")]
    assert ("Banque de France", "ORG") in ents("Banque de France said rates would hold.")


def test_a_series_before_plural_works_is_misc() -> None:
    found = ents("Fans of her Harry Potter books queued for hours.")
    assert ("Harry Potter", "MISC") in found


def test_a_maker_before_its_products_own_name() -> None:
    assert ents("A SpaceX Falcon 9 rocket lifted off.") == [("SpaceX", "ORG"), ("Falcon 9", "MISC")]
    assert ents("Boeing 777 jets were grounded.") == [("Boeing 777", "MISC")]


def test_a_model_whose_number_opens_it() -> None:
    assert ("737 MAX", "MISC") in ents("Boeing will resume building its 737 MAX jets.")
    assert ents("The 787 Dreamliner was grounded.") == [("787 Dreamliner", "MISC")]


def test_an_ordinary_noun_before_a_role_opens_no_name() -> None:
    assert ents("Shareholder activist Nelson Peltz bought shares.") == [("Nelson Peltz", "PER")]
    assert ents("Investor Warren Buffett said he would sell.") == [("Warren Buffett", "PER")]


def test_a_lone_first_word_acting_on_something_of_hers_is_a_person() -> None:
    assert ("Beyonce", "PER") in ents("Beyonce opened her tour in Paris on Friday.")
    assert ents("Officials told her to leave.") == []


def test_a_place_and_an_area_before_a_body_make_one_name() -> None:
    found = ents("Cardiff and Vale University Health Board said waiting lists fell.")
    assert found == [("Cardiff and Vale University Health Board", "ORG")]


def test_a_surname_of_someone_named_after_a_title_stays_a_person() -> None:
    text = (
        "Trump said on Monday it would impose tariffs. Trump's adviser Peter Navarro agreed."
        " The move by President Donald Trump angered allies."
    )
    assert [label for word, label in ents(text) if word == "Trump"] == ["PER", "PER"]


def test_x_ends_a_sentence_after_a_lowercase_word() -> None:
    found = ents("The company renamed Twitter as X. Linda Yaccarino resigned in July.")
    assert ("Linda Yaccarino", "PER") in found

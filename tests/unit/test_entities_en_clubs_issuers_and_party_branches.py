"""English entities: a club that opens a sentence with the plural verb British football
copy gives it, the club a player left after the one he joined, a firm speaking with a
known partner, the house that distributes a work, a big city's party branch, and plural
people who open a sentence before a speech verb, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_club_with_a_plural_verb_opening_a_football_sentence_is_named() -> None:
    found = ents("Kelvinside have signed the striker Marco Bellini.")
    assert found == [("Kelvinside", "ORG"), ("Marco Bellini", "PER")]
    # ... but not an ordinary subject that takes the same verb
    assert ents("Police have charged the midfielder.") == []


def test_the_club_a_player_left_after_the_one_he_joined_is_a_club() -> None:
    found = ents("The winger Tanaka joined Brentford from Kestrel Vale in 2022.")
    assert ("Kestrel Vale", "ORG") in found


def test_a_single_name_speaking_with_a_known_firm_is_a_firm() -> None:
    found = ents("Maersk and Tideholm said on Monday they would share ships.")
    assert found == [("Maersk", "ORG"), ("Tideholm", "ORG")]


def test_the_house_that_distributes_a_film_is_a_company() -> None:
    found = ents("The film, distributed by Lumora, opens in May.")
    assert found == [("Lumora", "ORG")]


def test_a_big_city_before_party_is_its_place_but_a_town_may_name_the_party() -> None:
    found = ents("In Illinois, the Chicago party picked a new chair on Sunday.")
    assert found == [("Illinois", "LOC"), ("Chicago", "LOC")]
    assert ents("Supporters of the Morena party gathered.") == [("Morena", "ORG")]


def test_plural_people_opening_a_sentence_before_a_speech_verb_name_no_one() -> None:
    assert ents("People said they were afraid.") == []
    assert ents("Staff said the ward was full.") == []


def test_the_club_a_player_is_sold_to_is_a_club_but_a_family_moves_to_a_town() -> None:
    found = ents("Rovers have sold winger Tom Ashby to Leeds for 10 million pounds.")
    assert ("Leeds", "ORG") in found
    assert ents("His family moved to Leeds when the striker was six.") == [("Leeds", "LOC")]


def test_a_firm_of_lawyers_between_commas_after_their_client_is_a_firm() -> None:
    found = ents("Pryce's solicitors, Harwell Dunmore, said he would appeal.")
    assert found == [("Pryce", "PER"), ("Harwell Dunmore", "ORG")]
    assert ents("His lawyer, Harwell Dunmore, said he would appeal.") == [
        ("Harwell Dunmore", "PER")
    ]


def test_a_name_before_alliance_is_a_bloc_unless_a_person_named_in_full() -> None:
    assert ents("The ruling Sankalp alliance won the vote.") == [("Sankalp", "ORG")]
    found = ents("Joe Biden spoke. The Biden coalition held.")
    assert found == [("Joe Biden", "PER"), ("Biden", "PER")]


def test_the_side_a_player_played_for_is_a_club_though_unknown() -> None:
    found = ents("The midfielder played for Kelvinside before joining Inter in 2023.")
    assert ("Kelvinside", "ORG") in found

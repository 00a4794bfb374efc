"""English bodies, teams and crafts by their shape: a party's hyphenated acronym, a team's
plural nickname in a match, a leader named after "Party of", a body ending in "Community"
after a nationality, and a spacecraft or mission numbered with a Roman numeral - on
sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_hyphenated_acronym_is_a_body() -> None:
    assert ents("ZANU-PF kept its majority.") == [("ZANU-PF", "ORG")]
    assert ents("He quit ZANU-PF in 2017.") == [("ZANU-PF", "ORG")]


def test_a_compound_of_two_listed_bodies_or_places_keeps_their_labels() -> None:
    assert ents("They signed the EU-UK deal.") == [("EU", "ORG"), ("UK", "LOC")]


def test_a_plural_nickname_in_a_match_is_a_team() -> None:
    assert ents("Golden State Warriors beat the Lakers on Friday.") == [
        ("Golden State Warriors", "ORG"),
        ("Lakers", "ORG"),
    ]
    assert ents("Denver Nuggets beat the Suns 121-109.") == [
        ("Denver Nuggets", "ORG"),
        ("Suns", "ORG"),
    ]
    # a player whose surname ends in -s is still a person
    assert ents("Tom Jones beat Bill Evans 6-3.") == [("Tom Jones", "PER"), ("Bill Evans", "PER")]


def test_the_leader_after_party_of_is_a_person() -> None:
    assert ents("The Bangladesh Nationalist Party of Khaleda Zia boycotted the poll.") == [
        ("Bangladesh Nationalist Party", "ORG"),
        ("Khaleda Zia", "PER"),
    ]
    assert ents("The ruling party of Recep Tayyip Erdogan lost Ankara.") == [
        ("Recep Tayyip Erdogan", "PER"),
        ("Ankara", "LOC"),
    ]
    assert ents("The Communist Party of China met.") == [("Communist Party of China", "ORG")]
    assert ents("The Party of European Socialists met.") == [
        ("Party of European Socialists", "ORG")
    ]


def test_a_community_after_a_nationality_is_one_body() -> None:
    assert ents("Ministers of the Southern African Development Community met.") == [
        ("Southern African Development Community", "ORG")
    ]
    assert ents("The East African Community admitted Somalia.") == [
        ("East African Community", "ORG"),
        ("Somalia", "LOC"),
    ]


def test_a_name_with_a_roman_numeral_that_launches_is_a_mission() -> None:
    assert ents("Artemis II launched from Florida on Wednesday.") == [
        ("Artemis II", "MISC"),
        ("Florida", "LOC"),
    ]
    assert ents("The Artemis II crew returned safely.") == [("Artemis II", "MISC")]
    # a king launches something
    assert ents("Charles III launched an appeal.") == [("Charles III", "PER")]


def test_a_party_named_with_and_is_one_party() -> None:
    assert ents("Karol Nawrocki, backed by the Law and Justice party, won the vote.") == [
        ("Karol Nawrocki", "PER"),
        ("Law and Justice", "ORG"),
    ]
    assert ("Peace and Freedom Party", "ORG") in ents("He leads the Peace and Freedom Party.")
    # two parties the lists know stay two
    assert ents("Labour and Conservative Party members met.") == [
        ("Labour", "ORG"),
        ("Conservative Party", "ORG"),
    ]


def test_a_name_before_party_in_small_letters_is_a_party() -> None:
    assert ents("The far-right Chega party came second on Sunday.") == [("Chega", "ORG")]
    assert ents("He joined the Wagner militia in 2022.") == [("Wagner", "ORG")]


def test_a_town_named_before_party_is_the_party() -> None:
    # "Morena" is a town in India too; a country or a capital stays the place
    assert ents("Supporters of the Morena party gathered in Mexico City on Sunday.") == [
        ("Morena", "ORG"),
        ("Mexico City", "LOC"),
    ]
    assert ents("Leaders of the Morena movement met on Sunday.") == [("Morena", "ORG")]
    assert ents("Members of the Texas party voted on Sunday.") == [("Texas", "LOC")]
    assert ents("He went to the Paris party on Sunday.") == [("Paris", "LOC")]


def test_a_numbered_mission_opening_a_sentence_is_a_name() -> None:
    # a number glued on by a hyphen is evidence enough, as no ordinary word takes one
    assert ents("Chandrayaan-3 landed near the south pole of the Moon in August.") == [
        ("Chandrayaan-3", "MISC"),
        ("Moon", "LOC"),
    ]
    # ordinary words numbered so stay no name
    assert ents("Under-21 players were left out of the squad.") == []


def test_parties_named_without_a_head_word_are_bodies() -> None:
    assert ents("Komeito won eight seats while Sanseito gained ground in Osaka.") == [
        ("Komeito", "ORG"),
        ("Sanseito", "ORG"),
        ("Osaka", "LOC"),
    ]
    assert ents("Shiv Sena and the Janata Dal joined the alliance.") == [
        ("Shiv Sena", "ORG"),
        ("Janata Dal", "ORG"),
    ]

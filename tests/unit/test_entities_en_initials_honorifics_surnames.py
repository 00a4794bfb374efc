"""English people's names by their shape: a middle initial, two undotted initials before a
surname, an honorific that is part of the name ("Sheikh"), an office after a body's head
word ("Police Chief") and a place word as a surname ("John Park") - on sentences written
for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_an_office_after_a_bodys_head_word_introduces_the_person() -> None:
    assert ents("Police Chief Maria Okafor told reporters the road was shut.") == [
        ("Maria Okafor", "PER")
    ]
    assert ents("The town's Police Commissioner Lars Eklund resigned.") == [("Lars Eklund", "PER")]
    assert ents("Crews thanked Fire Chief Aaron Whitlock.") == [("Aaron Whitlock", "PER")]
    assert ents("Reporters asked Police Chief Okafor about the arrests.") == [("Okafor", "PER")]
    # a member noun inside a body's name, which its last word ends, stays in it
    assert ents("She joined the Police Executive Research Forum.") == [
        ("Police Executive Research Forum", "ORG")
    ]
    assert ents("The Police Chief Magazine ran the story.") == [("Police Chief Magazine", "ORG")]


def test_a_middle_initial_makes_a_person_though_the_first_word_is_a_town() -> None:
    assert ents("Former president George W. Bush opened the library.") == [
        ("George W. Bush", "PER")
    ]
    assert ents("Crowds cheered George W. Bush in Dallas.") == [
        ("George W. Bush", "PER"),
        ("Dallas", "LOC"),
    ]


def test_two_capitals_before_a_surname_are_initials_without_a_title() -> None:
    assert ents("JD Vance spoke at a rally in Ohio.") == [("JD Vance", "PER"), ("Ohio", "LOC")]
    assert ents("Fans waited for TJ Holloway outside the hall.") == [("TJ Holloway", "PER")]
    # an acronym before a listed town or a body's last word is a club or company
    assert ents("AC Milan won again.") == [("AC Milan", "ORG")]
    assert ents("Profits at BP Shipping fell.") == [("BP Shipping", "ORG")]
    assert ents("Shares in JD Sports fell.") == [("JD Sports", "ORG")]
    assert ents("Shares in JD Wetherspoon fell.") == [("JD Wetherspoon", "ORG")]


def test_sheikh_is_part_of_the_name_it_opens() -> None:
    assert ents("Sheikh Hasina flew out of Dhaka.") == [("Sheikh Hasina", "PER"), ("Dhaka", "LOC")]
    assert ents("Former Prime Minister Sheikh Hasina was sentenced.") == [("Sheikh Hasina", "PER")]
    assert ents("Sheikh Mohammed bin Rashid toured the port.") == [
        ("Sheikh Mohammed bin Rashid", "PER")
    ]


def test_a_place_word_after_a_given_name_is_a_surname_the_text_uses_alone() -> None:
    text = "The board named John Park as chief executive. Park said the plan would hold."
    assert ents(text) == [("John Park", "PER"), ("Park", "PER")]
    text = "Investors welcomed John Park as chairman. Mr. Park declined to comment."
    assert ents(text) == [("John Park", "PER"), ("Park", "PER")]
    # a park named for someone, with no one of that name in the text, stays a place
    assert ents("Crowds gathered in Victoria Park on Sunday.") == [("Victoria Park", "LOC")]


def test_the_service_word_of_an_office_is_no_body() -> None:
    found = ents(
        "Crews from the Fire Protection District arrived. "
        "Fire Chief Ana Lopez said the blaze was contained."
    )
    assert ("Ana Lopez", "PER") in found
    assert all(text != "Fire" for text, _ in found)


def test_the_body_of_an_office_named_elsewhere_leaves_the_office_word_no_name() -> None:
    text = "Crews from the Police Department arrived, said Police Chief Ana Lopez."
    assert ents(text) == [("Police Department", "ORG"), ("Ana Lopez", "PER")]
    # a company named in full elsewhere still owns its chief's title
    text = "Activision Blizzard grew. Activision chief executive Bobby Kotick said so."
    assert ("Activision", "ORG") in ents(text)

"""Popes and monarchs: a given name and a regnal numeral of any size is a person ("Pope Leo
XIV", "Benedict XVI"; not an acronym, ORG), and news calls them again by another word for
their office ("the pontiff", "the monarch") - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from reader.analysis import analyze
from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_pope_with_a_long_regnal_numeral_is_a_person() -> None:
    assert ents("Pope Leo XIV said the war must end.") == [("Leo XIV", "PER")]
    assert ents("Crowds cheered Pope Benedict XVI in Madrid.") == [
        ("Benedict XVI", "PER"),
        ("Madrid", "LOC"),
    ]


def test_the_pontiff_and_the_monarch_name_the_pope_and_the_king() -> None:
    text = (
        "Pope Leo XIV met President Sergio Mattarella in Rome on Sunday. "
        "“Peace is possible,” the pontiff said."
    )
    assert [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes] == ["leo-xiv"]
    text = (
        "King Charles III met Prime Minister Keir Starmer on Monday. "
        "“We are grateful,” the monarch said."
    )
    assert [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes] == [
        "charles-iii"
    ]


def test_the_pontiff_as_a_subject_is_the_pope() -> None:
    text = (
        "Pope Leo XIV met President Sergio Mattarella in Rome on Sunday. "
        "The pontiff later urged a ceasefire in Gaza."
    )
    events = analyze(text, lang="en", backend="builtin").events
    assert events[-1].actors == ["leo-xiv"]


def test_a_monarch_of_a_country_is_a_person_and_a_place() -> None:
    assert ents("King Felipe VI of Spain opened the session.") == [
        ("Felipe VI", "PER"),
        ("Spain", "LOC"),
    ]


def test_a_monarch_as_an_owner_is_a_person() -> None:
    assert ents("Pope Benedict XVI's letter was read.") == [("Benedict XVI", "PER")]
    assert ents("King Charles III's speech was read.") == [("Charles III", "PER")]
    assert ents("PayPal's shares fell.") == [("PayPal", "ORG")]


def test_an_archbishop_is_a_title() -> None:
    assert ents("Archbishop Georg Gaenswein arrived in Vilnius.") == [
        ("Georg Gaenswein", "PER"),
        ("Vilnius", "LOC"),
    ]


def test_a_regnal_numeral_alone_is_no_name() -> None:
    assert ents("Pope Benedict XVI visited Madrid. Benedict XVI resigned in 2013.") == [
        ("Benedict XVI", "PER"),
        ("Madrid", "LOC"),
        ("Benedict XVI", "PER"),
    ]


def test_a_name_and_a_regnal_numeral_opening_a_text_are_a_person() -> None:
    # no title before: the numeral after the name is evidence enough
    assert ents("Benedict XVI resigned in 2013.") == [("Benedict XVI", "PER")]
    assert ents("Leo XIV visited Lebanon on Sunday.") == [("Leo XIV", "PER"), ("Lebanon", "LOC")]
    # a mission named so stays a mission
    assert ents("Artemis II launched from Florida.") == [("Artemis II", "MISC"), ("Florida", "LOC")]


def test_a_stage_numbered_by_a_roman_numeral_is_no_name() -> None:
    assert ents("The drug is now in Phase III trials in Boston.") == [("Boston", "LOC")]
    assert ents("Phase III trials began in May.") == []
    assert ents("She was treated for Stage IV cancer at Mayo Clinic.") == [("Mayo Clinic", "ORG")]

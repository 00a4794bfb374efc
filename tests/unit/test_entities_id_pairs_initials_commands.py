"""Indonesian names of odd shapes: two countries joined by a hyphen, initials before a
name, military and police commands, farmers' groups and heads of bodies (sentences
written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_two_listed_places_joined_by_a_hyphen_are_two_places() -> None:
    found = ents("Patroli bersama digelar di perbatasan Indonesia-Timor Leste pekan ini.")
    assert found == [("Indonesia", "LOC"), ("Timor Leste", "LOC")]
    found = ents("Hubungan Papua Nugini-Indonesia dibahas para menteri.")
    assert found == [("Papua Nugini", "LOC"), ("Indonesia", "LOC")]
    found = ents("Perbatasan Indonesia-Timor Leste dijaga ketat menjelang pemilu.")
    assert found == [("Indonesia", "LOC"), ("Timor Leste", "LOC")]


def test_capitals_after_an_office_of_one_person_are_the_holders_initials() -> None:
    found = ents("Jaksa Agung ST Burhanuddin meminta jajarannya menuntaskan perkara itu.")
    assert found == [("ST Burhanuddin", "PER")]
    found = ents("Mantan Jaksa Agung HM Prasetyo ikut menghadiri pelantikan tersebut.")
    assert found == [("HM Prasetyo", "PER")]
    found = ents("Menteri Keuangan SM Indrawati menjawab pertanyaan anggota dewan.")
    assert found == [("SM Indrawati", "PER")]


def test_a_bodys_acronym_after_an_office_stays_the_body() -> None:
    found = ents("Ketua MA Syarifuddin melantik tiga hakim agung baru.")
    assert found == [("MA", "ORG"), ("Syarifuddin", "PER")]
    found = ents("Presiden AS Joe Biden menelepon Perdana Menteri Jepang.")
    assert found[:2] == [("AS", "LOC"), ("Joe Biden", "PER")]

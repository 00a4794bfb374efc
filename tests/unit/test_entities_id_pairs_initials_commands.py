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

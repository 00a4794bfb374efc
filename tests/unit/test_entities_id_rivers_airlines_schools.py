"""Indonesian rivers named without "Sungai", an airline by the first word of its name, and an
Islamic boarding school opening a sentence (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_river_after_its_stream_word_is_a_place() -> None:
    assert ents("Warga diminta menjauhi aliran Besuk Kobokan saat hujan.") == [
        ("Besuk Kobokan", "LOC")
    ]
    assert ents("Lahar dingin mengalir ke kali Besuk Bang.") == [("Besuk Bang", "LOC")]


def test_times_before_a_name_is_no_river() -> None:
    assert ents("Ia sudah dua kali Juara Dunia.") != [("Juara Dunia", "LOC")]


def test_an_airline_after_an_aircraft_or_a_flight() -> None:
    assert ents("Pesawat Garuda mendarat dengan selamat di Makassar.") == [
        ("Garuda", "ORG"),
        ("Makassar", "LOC"),
    ]
    assert ents("Rombongan itu menumpang pesawat Garuda ke Medan.") == [
        ("Garuda", "ORG"),
        ("Medan", "LOC"),
    ]
    assert ents("Para jemaah berangkat dengan Garuda dari Solo.") == [
        ("Garuda", "ORG"),
        ("Solo", "LOC"),
    ]


def test_a_boarding_school_opening_a_sentence_keeps_its_whole_head() -> None:
    assert ents("Pondok Pesantren Al Amin menerima santri baru.") == [
        ("Pondok Pesantren Al Amin", "ORG")
    ]

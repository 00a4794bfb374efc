"""Indonesian art forms, batik patterns and carnivals are MISC, not bodies named after
their home town (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_theatre_or_dance_form_named_with_its_home_is_misc() -> None:
    found = ents("Festival itu menampilkan Reog Ponorogo, Tari Saman, dan pameran.")
    assert found == [("Reog Ponorogo", "MISC"), ("Tari Saman", "MISC")]
    assert ents("Pagelaran Wayang Kulit digelar di Solo.") == [
        ("Wayang Kulit", "MISC"),
        ("Solo", "LOC"),
    ]


def test_a_batik_pattern_after_its_cue_is_misc() -> None:
    assert ents("Pameran batik Parang dan motif Kawung digelar.") == [
        ("Parang", "MISC"),
        ("Kawung", "MISC"),
    ]
    assert ents("Ia membeli batik Pekalongan di pasar.") == [("Pekalongan", "LOC")]


def test_a_carnival_is_an_event() -> None:
    assert ents("Warga menonton Banyuwangi Ethno Carnival di jalan.") == [
        ("Banyuwangi Ethno Carnival", "MISC")
    ]


def test_an_art_form_alone_is_misc() -> None:
    assert ents("Pengunjung dapat menyaksikan Jathilan di halaman.") == [("Jathilan", "MISC")]

"""Indonesian bodies named by syllabic acronyms written like names ("Baznas", "Hipmi",
"Kompolnas"): at a sentence's start or after a title they are organisations, no people
(sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_syllabic_acronym_opening_a_clause_is_a_body() -> None:
    found = ents("Selain itu, Baznas menyalurkan 2.000 ekor kambing ke Kupang.")
    assert found == [("Baznas", "ORG"), ("Kupang", "LOC")]
    assert ents("Kompolnas menyoroti kasus itu.") == [("Kompolnas", "ORG")]


def test_a_syllabic_acronym_after_a_title_is_the_office() -> None:
    found = ents("Ketua Umum Hipmi Raka Pratama hadir bersama Ketua Kadin Dimas Wirawan.")
    assert found == [
        ("Hipmi", "ORG"),
        ("Raka Pratama", "PER"),
        ("Kadin", "ORG"),
        ("Dimas Wirawan", "PER"),
    ]


def test_the_regional_leaders_forum_is_a_body() -> None:
    found = ents("Wali Kota hadir bersama jajaran Forkopimda di alun-alun.")
    assert found == [("Forkopimda", "ORG")]


def test_a_think_tank_and_the_state_banks_by_their_short_names() -> None:
    assert ents("Ekonom Indef Eko Listiyanto menilai inflasi terkendali.") == [
        ("Indef", "ORG"),
        ("Eko Listiyanto", "PER"),
    ]
    assert ents("Dana itu disalurkan lewat Himbara.") == [("Himbara", "ORG")]


def test_a_bodys_team_is_the_body() -> None:
    assert ents("Tim Basarnas menyisir sungai itu.") == [("Basarnas", "ORG")]


def test_a_second_body_by_its_acronym_after_dan_is_its_own() -> None:
    assert ents("Tim Basarnas dan BPBD Garut mencari korban.") == [
        ("Basarnas", "ORG"),
        ("BPBD Garut", "ORG"),
    ]
    assert ents("Kementerian Hukum dan HAM menggelar rapat.") == [
        ("Kementerian Hukum dan HAM", "ORG")
    ]
    assert ents("Dinas Koperasi dan UKM Kota Malang menggelar bazar.") == [
        ("Dinas Koperasi dan UKM Kota Malang", "ORG")
    ]


def test_a_listed_body_before_dan_ends_its_name() -> None:
    assert ents("Warga dibantu Tim Basarnas dan Tagana.") == [
        ("Basarnas", "ORG"),
        ("Tagana", "ORG"),
    ]


def test_a_short_name_of_a_bodys_field_in_brackets_is_the_body() -> None:
    found = ents("Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta Pusat menjatuhkan vonis.")
    assert found == [
        ("Pengadilan Tindak Pidana Korupsi", "ORG"),
        ("Tipikor", "ORG"),
        ("Jakarta Pusat", "LOC"),
    ]

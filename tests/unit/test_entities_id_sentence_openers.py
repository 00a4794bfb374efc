"""Indonesian nouns opening a sentence before a name, which are no part of it: a trade
("Promotor …") and the noun "saham" qualifies ("Harga saham Tesla"), a lone body noun
("Tim mengatakan") and a house before its owner ("Rumah Budi Santoso") (sentences written
for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_promoter_opening_a_sentence_is_no_part_of_the_company() -> None:
    found = ents("Promotor Java Festival Production menyebut tiket konser terjual habis.")
    assert found == [("Java Festival Production", "ORG")]


def test_a_noun_before_saham_is_no_company() -> None:
    found = ents("Harga saham Tesla naik setelah Elon Musk mengumumkan robotaksi.")
    assert found == [("Tesla", "ORG"), ("Elon Musk", "PER")]


def test_a_lone_body_noun_opening_a_sentence_is_no_name() -> None:
    assert ents("Tim mengatakan pencarian korban kapal masih berlanjut.") == []
    assert ents("Kantor itu ditutup sejak Senin.") == []
    assert ents("Tim SAR mengatakan pencarian korban masih berlanjut.") == [("Tim SAR", "ORG")]


def test_a_house_opening_a_sentence_names_its_owner() -> None:
    assert ents("Rumah Budi Santoso ludes terbakar pada Selasa.") == [("Budi Santoso", "PER")]
    found = ents("Rumah Hajah Siti Aminah ludes terbakar pada Selasa.")
    assert found == [("Siti Aminah", "PER")]
    assert ents("Rumah Zakat menyalurkan bantuan ke Palu.")[0] == ("Rumah Zakat", "ORG")

"""Indonesian nouns opening a sentence before a name, which are no part of it: a trade
("Promotor …") and the noun "saham" qualifies ("Harga saham Tesla") (sentences written
for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_promoter_opening_a_sentence_is_no_part_of_the_company() -> None:
    found = ents("Promotor Java Festival Production menyebut tiket konser terjual habis.")
    assert found == [("Java Festival Production", "ORG")]


def test_a_noun_before_saham_is_no_company() -> None:
    found = ents("Harga saham Tesla naik setelah Elon Musk mengumumkan robotaksi.")
    assert found == [("Tesla", "ORG"), ("Elon Musk", "PER")]

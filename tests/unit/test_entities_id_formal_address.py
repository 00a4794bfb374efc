"""Indonesian formal forms of address ("Nyonya", "Tuan", "Saudari"), written short or in
full before a name, are no part of it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hal itu dikatakan Ny. Siti Marfuah kepada wartawan.", "Siti Marfuah"),
        ("Hal itu dikatakan Nyonya Siti Marfuah kepada wartawan.", "Siti Marfuah"),
        ("Hal itu dikatakan Tn. Budi Santoso kepada wartawan.", "Budi Santoso"),
        ("Hal itu dikatakan Sdri. Rina Wulandari di persidangan.", "Rina Wulandari"),
    ],
)
def test_a_formal_address_is_no_part_of_the_name(text: str, person: str) -> None:
    assert ents(text) == [(person, "PER")]


def test_the_actor_is_named_without_the_address() -> None:
    text = "Hal itu dikatakan Ny. Siti Marfuah kepada wartawan. Siti Marfuah menangis."
    assert [a.name for a in analyze(text, lang="id").actors] == ["Siti Marfuah"]

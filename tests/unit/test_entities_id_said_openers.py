"""An Indonesian sentence opened by a bare verb of saying ("Kata", "Ujar") before the
speaker and whom he said it to or when, or by a word that says what it is about ("Soal",
"Mengenai"): that word is no part of the name (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kami siap membantu. Kata Muh. Nasir kepada wartawan, bantuan datang besok.",
            "Muh. Nasir",
        ),
        ('"Kami siap membantu," Kata Muh. Nasir kepada wartawan.', "Muh. Nasir"),
        ("Ujar Budi Santoso saat ditemui, harga naik.", "Budi Santoso"),
    ],
)
def test_a_bare_verb_of_saying_is_no_part_of_the_speakers_name(text: str, person: str) -> None:
    assert ents(text) == [(person, "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "Soal Jokowi, Gubernur Jateng Ahmad Luthfi enggan berkomentar.",
        "Mengenai Jokowi, Gubernur Jateng Ahmad Luthfi enggan berkomentar.",
    ],
)
def test_a_word_opening_the_topic_is_no_part_of_the_name_after_it(text: str) -> None:
    assert ("Jokowi", "PER") in ents(text)

"""Indonesian regencies named by two words before their regent's name: listed ones
("Biak Numfor") and ones the gazetteer lacks, told by a listed given name opening the
person after them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    ("text", "regency", "person"),
    [
        (
            "Bupati Biak Numfor Markus Mansnembra meninjau jalan.",
            "Biak Numfor",
            "Markus Mansnembra",
        ),
        ("Bupati Kapuas Hulu Fransiskus Diaan hadir.", "Kapuas Hulu", "Fransiskus Diaan"),
        ("Bupati Yapen Waropen Markus Kambu hadir.", "Yapen Waropen", "Markus Kambu"),
        ("Wakil Bupati Sorong Raya Yohanes Kambu hadir.", "Sorong Raya", "Yohanes Kambu"),
    ],
)
def test_a_two_word_regency_before_its_regents_name_is_one_place(
    text: str, regency: str, person: str
) -> None:
    assert ents(text) == [(regency, "LOC"), (person, "PER")]


@pytest.mark.parametrize(
    ("text", "regency", "person"),
    [
        ("Bupati Sleman Kustini Sri Purnomo hadir.", "Sleman", "Kustini Sri Purnomo"),
        ("Bupati Purbalingga Fahmi Muhammad Hanif hadir.", "Purbalingga", "Fahmi Muhammad Hanif"),
    ],
)
def test_a_given_name_carried_second_leaves_the_regency_one_word(
    text: str, regency: str, person: str
) -> None:
    assert ents(text) == [(regency, "LOC"), (person, "PER")]

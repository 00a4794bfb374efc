"""Indonesian health, graft, campus and foreign news: diseases named by a capitalised head
("Virus Nipah"), hospitals and universities named after honoured people, offices whose
body the text names elsewhere, foreign regions before their governors' names, and "Lima"
the city (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("Virus Nipah menular dari kelelawar.", "Virus Nipah"),
        ("Kemenkes waspada setelah Virus Nipah dilaporkan di India.", "Virus Nipah"),
        ("Demam Berdarah Dengue meningkat di Bogor.", "Demam Berdarah Dengue"),
        ("Penyakit Menular Seksual juga menjadi perhatian.", "Penyakit Menular Seksual"),
    ],
)
def test_a_disease_named_by_its_head_is_misc_even_opening_a_sentence(
    text: str, disease: str
) -> None:
    assert (disease, "MISC") in ents(text)


def test_lima_opening_a_sentence_is_the_city_the_text_names_mid_sentence() -> None:
    text = "Lima menjadi tuan rumah KTT. Presiden tiba di Lima kemarin."
    assert [e for e in ents(text) if e[0] == "Lima"] == [("Lima", "LOC"), ("Lima", "LOC")]
    assert ents("Lima dibebaskan oleh polisi.") == []


def test_an_investigation_directorate_is_part_of_the_title() -> None:
    found = ents("Direktur Penyidikan Jampidsus Abdul Qohar menyebut terdakwa segera disidangkan.")
    assert found == [("Abdul Qohar", "PER")]


def test_a_lone_compass_word_is_the_west_no_person() -> None:
    assert ents("Ia meminta sekutu Barat mempercepat bantuan.") == [("Barat", "LOC")]

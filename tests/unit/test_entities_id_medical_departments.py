"""Indonesian hospital departments named with a capitalised "Dalam" (internal): "Penyakit
Dalam" is one name, no person "Penyakit" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    "text",
    [
        "Pasien dirawat di bagian Penyakit Dalam rumah sakit itu sejak Senin.",
        "Ia dokter spesialis Penyakit Dalam di RSUP Sardjito.",
    ],
)
def test_internal_medicine_is_one_name_and_no_person(text: str) -> None:
    found = ents(text)
    assert ("Penyakit Dalam", "MISC") in found
    assert not any(label == "PER" for _, label in found)


def test_a_capitalised_dalam_after_a_name_is_no_part_of_it() -> None:
    assert ents("Ia bertemu Budi Dalam rapat itu.") == [("Budi", "PER")]

"""Indonesian number words for dozens ("dua lusin", "selusin") and rough amounts made of a
digit word and a plural multiplier ("dua puluhan" is twenty-odd, with no exact value)."""

from __future__ import annotations

import pytest

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.numbers import find_numbers


def spans(text: str) -> dict[str, tuple[object, object]]:
    return {n.text: (n.value, n.unit) for n in find_numbers(BuiltinBackend().parse(text, "id"))}


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("Polisi menyita dua lusin telur di gudang itu.", "dua lusin telur", 24, "telur"),
        ("Polisi menyita 3 lusin telur di gudang itu.", "3 lusin telur", 36, "telur"),
        ("Petugas menyita selusin botol di gudang.", "selusin botol", 12, "botol"),
        ("Dua puluhan pohon tumbang di jalan raya.", "Dua puluhan pohon", None, "pohon"),
        ("Tiga ratusan warga mengungsi ke balai desa.", "Tiga ratusan warga", None, "warga"),
        ("Dua belas orang hadir di balai desa.", "Dua belas orang", 12, "orang"),
    ],
)
def test_dozens_and_rough_amounts(sentence: str, span: str, value: object, unit: str) -> None:
    assert spans(sentence)[span] == (value, unit)


def test_paired_modifier_cut_by_the_unit_length_is_left_out() -> None:
    found = spans("KAI mengoperasikan 420 perjalanan kereta jarak jauh setiap hari.")
    assert found["420 perjalanan kereta"] == (420, "perjalanan kereta")

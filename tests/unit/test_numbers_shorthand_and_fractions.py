"""Amounts written short: rupiah with "rb" (ribu), "jt" (juta), "M" (miliar) or "T" (triliun)
glued to the digits, and fractions with a slash ("1/3"), which a day and month written the
same way are not."""

from __future__ import annotations

import pytest

from tests.unit.found_values import numbers_by_text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harga tiket Rp15rb per orang.", {"Rp15rb": (15000, "Rp")}),
        ("Paket dijual Rp 25rb saja.", {"Rp 25rb": (25000, "Rp")}),
        ("Voucher senilai Rp1,5jt dibagikan.", {"Rp1,5jt": (1500000, "Rp")}),
        ("Anggaran Rp 2,5 triliun disetujui.", {"Rp 2,5 triliun": (2500000000000, "Rp")}),
        # a capital letter for the scale glued to the digits: "T" triliun, "M" miliar
        ("Laba bank Rp41,6T tahun ini.", {"Rp41,6T": (41600000000000, "Rp")}),
        ("Dana desa Rp500M cair.", {"Rp500M": (500000000000, "Rp")}),
        ("Dana Rp5m cair.", {}),
    ],
)
def test_rupiah_shorthand_scales(sentence: str, expected: dict[str, tuple[object, object]]) -> None:
    assert numbers_by_text(sentence, "id") == expected


def test_a_fraction_with_a_slash_is_an_amount() -> None:
    found = numbers_by_text("About 1/3 of season tickets were sold.", "en")
    assert found == {"1/3": (0.333333, None)}
    found = numbers_by_text("Vaksinasi menargetkan 1/3 anak usia sekolah.", "id")
    assert found == {"1/3 anak usia sekolah": (0.333333, "anak usia sekolah")}


@pytest.mark.parametrize(
    "sentence",
    ["Rapat digelar Senin (1/3) di Jakarta.", "Rapat digelar pada 2/3 lalu.", "Skor 3/2 bertahan."],
)
def test_a_day_and_month_or_a_larger_top_is_no_fraction(sentence: str) -> None:
    assert numbers_by_text(sentence, "id") == {}

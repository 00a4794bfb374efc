"""A decade of someone's age ("in his 60s", "usia 60-an") is a rough amount of years,
while a decade of the calendar ("the 80s") and "1.500-an peserta" are not."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The suspect, a man in his 60s, was detained.", [("60s", None, "years")]),
        ("en", "She is in her early 40s.", [("40s", None, "years")]),
        # the part glued to the decade makes one word: the decade is still the number
        ("en", "The suspect, in his mid-60s, was arrested.", [("60s", None, "years")]),
        ("en", "The victim, in her late-30s, survived.", [("30s", None, "years")]),
        ("en", "Prices rose in the mid-90s.", []),
        (
            "en",
            "Most victims were in their 20s and 30s.",
            [("20s", None, "years"), ("30s", None, "years")],
        ),
        ("id", "Korban, seorang pria berusia 60-an, ditemukan.", [("60-an", None, "tahun")]),
        (
            "id",
            "Perempuan usia 50-an atau 60-an itu selamat.",
            [("50-an", None, "tahun"), ("60-an", None, "tahun")],
        ),
        # no age: a decade of the calendar, and a rough count
        ("en", "Prices rose in the 80s.", []),
        ("id", "Acara dihadiri 1.500-an peserta.", [("1.500-an peserta", 1500, "peserta")]),
    ],
)
def test_age_decades(lang: str, text: str, expected: list[tuple[str, None, str]]) -> None:
    numbers = analyze(text, lang=lang).numbers
    assert [(n.text, n.value, n.unit) for n in numbers] == expected

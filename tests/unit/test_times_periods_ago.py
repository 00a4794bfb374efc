"""Weeks, months, quarters and years counted from now ("three months ago", "lima tahun lalu", "il y
a trois mois", "dua bulan lagi") are valued as TimeML values a period of reduced precision:
that many periods before or after the publication date's (Wednesday 2025-03-19)."""

from __future__ import annotations

import pytest

from tests.unit.found_values import time_value


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "Prices rose three months ago.", "three months ago", "2024-12"),
        ("en", "The plant opened about five years ago.", "about five years ago", "2020"),
        ("en", "The rules change two years from now.", "two years from now", "2027"),
        ("id", "Harga beras naik tiga bulan lalu.", "tiga bulan lalu", "2024-12"),
        ("id", "Dua tahun silam ia kalah.", "Dua tahun silam", "2023"),
        ("id", "Laba turun dua kuartal lalu.", "dua kuartal lalu", "2024-Q3"),
        # a count of weeks is its ISO week, not an exact day
        ("en", "The trial began two weeks ago.", "two weeks ago", "2025-W10"),
        ("en", "The rules were set a fortnight ago.", "a fortnight ago", "2025-W10"),
        ("id", "Pabrik itu ditutup dua pekan lalu.", "dua pekan lalu", "2025-W10"),
        ("fr", "Les prix ont augmenté il y a trois mois, selon l'institut.",
         "il y a trois mois", "2024-12"),
        ("de", "Vor zwei Jahren war die Lage in der Stadt noch ganz anders.",
         "Vor zwei Jahren", "2023"),
    ],
)  # fmt: skip
def test_periods_counted_from_now_are_valued(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert time_value(sentence, lang, span) == value


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("en", "It closed a few years ago.", "a few years ago"),  # how many is not told
        ("en", "It opened two decades ago.", "two decades ago"),  # a decade is too coarse
        ("id", "Kasus itu terjadi setengah tahun lalu.", "setengah tahun lalu"),
    ],
)
def test_vague_or_split_periods_from_now_have_no_value(lang: str, sentence: str, span: str) -> None:
    assert time_value(sentence, lang, span) is None

"""Moving feasts as days: Idul Fitri, Lebaran, Idul Adha, Imlek, Nyepi and Easter fall on a
day that moves from year to year; with the year written or told, or the one nearest the
publication date (Wednesday 2025-03-19), they are valued as that day, as Christmas is."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.timegrammar import feast_date
from tests.unit.found_values import time_value


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Jumlah pemudik saat Idul Fitri 2025 naik.", "Idul Fitri 2025", "2025-03-31"),
        ("id", "Mudik Lebaran 2024 berjalan lancar.", "Lebaran 2024", "2024-04-10"),
        ("id", "Arus mudik Lebaran tahun lalu padat.", "Lebaran tahun lalu", "2024-04-10"),
        ("id", "Pasar tutup saat Hari Raya Idul Fitri.", "Hari Raya Idul Fitri", "2025-03-31"),
        ("id", "Harga sapi naik jelang Idul Adha 2024.", "Idul Adha 2024", "2024-06-17"),
        ("id", "Perayaan Imlek 2026 digelar meriah.", "Imlek 2026", "2026-02-17"),
        ("en", "Sales peaked before Easter 2024.", "Easter 2024", "2024-03-31"),
        ("en", "Shops shut on Easter Sunday.", "Easter Sunday", "2025-04-20"),
    ],
)
def test_a_moving_feast_is_the_day_it_falls_on(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert time_value(sentence, lang, span) == value


def test_a_feast_without_its_year_is_the_nearest_one() -> None:
    # in an article of April 2025 the Lebaran just gone, not next year's
    assert time_value(
        "Pemudik Lebaran kembali ke Jakarta.", "id", "Lebaran", date(2025, 4, 10)
    ) == ("2025-03-31")


def test_a_feast_in_a_year_the_calendar_does_not_hold_has_no_value() -> None:
    assert time_value("Lebaran 2040 masih jauh.", "id", "Lebaran 2040") is None


def test_easter_follows_the_gregorian_computus() -> None:
    assert [feast_date("easter", y) for y in (2019, 2038)] == [date(2019, 4, 21), date(2038, 4, 25)]

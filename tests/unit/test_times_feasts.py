"""Moving feasts as days: Idul Fitri, Lebaran, Idul Adha, Imlek, Nyepi, Waisak and Easter fall
on a day that moves from year to year; with the year written or told, or the one nearest the
publication date (Wednesday 2025-03-19), they are valued as that day, as Christmas is. A bare
"Eid" is the nearer of the two Eids, or none when both are about as near; days or weeks
counted from a feast are the day they reach."""

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
        ("id", "Harga sapi naik jelang Idul Adha 2028.", "Idul Adha 2028", "2028-05-05"),
        ("id", "Mudik Lebaran 2027 diperkirakan padat.", "Lebaran 2027", "2027-03-10"),
        ("id", "Umat Buddha merayakan Waisak 2026 di Borobudur.", "Waisak 2026", "2026-05-31"),
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


def test_lebaran_told_in_december_is_the_coming_one() -> None:
    # in December 2026 the next Lebaran (March 2027) is nearer than the one gone in March
    found = time_value(
        "Kemenhub siapkan angkutan mudik Lebaran.", "id", "Lebaran", date(2026, 12, 10)
    )
    assert found == "2027-03-10"


@pytest.mark.parametrize(
    ("pubdate", "value"),
    [
        (date(2026, 6, 3), "2026-05-27"),  # a week after Eid al-Adha
        (date(2026, 3, 25), "2026-03-20"),  # days after Eid al-Fitr
        (date(2026, 4, 22), None),  # mid-way between the two: undecided
    ],
)
def test_a_bare_eid_is_the_nearer_of_the_two(pubdate: date, value: str | None) -> None:
    assert time_value("Airports were crowded during the Eid holiday.", "en", "Eid", pubdate) == (
        value
    )


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Kloter pertama berangkat tiga pekan sebelum Idul Adha.", "tiga pekan sebelum Idul Adha",
         "2027-04-26"),
        ("Pasar kembali ramai dua hari setelah Lebaran.", "dua hari setelah Lebaran",
         "2027-03-12"),
    ],
)  # fmt: skip
def test_days_counted_from_a_feast_are_the_day_they_reach(
    sentence: str, span: str, value: str
) -> None:
    assert time_value(sentence, "id", span, date(2027, 1, 12)) == value


def test_eid_with_its_year_names_no_one_day() -> None:
    assert time_value("Travel peaked around Eid 2025.", "en", "Eid 2025") is None


def test_a_feast_in_a_year_the_calendar_does_not_hold_has_no_value() -> None:
    assert time_value("Lebaran 2040 masih jauh.", "id", "Lebaran 2040") is None


def test_easter_follows_the_gregorian_computus() -> None:
    assert [feast_date("easter", y) for y in (2019, 2038)] == [date(2019, 4, 21), date(2038, 4, 25)]

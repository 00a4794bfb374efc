"""Ordinals are positions, as CoNLL and TimeML keep them: "his 300th appearance" and "laga
ke-300" count nothing, while a digit ordinal of a measure is a point on its scale ("88th
minute", "menit ke-67"; not "kali ke-3", the third time). "From N to M" is a change, but a
range after a word of spread ("ranging from 10 to 15"); a level before a period told from now
("7.200 pekan ini", "7.200 dan 7.300 pekan depan") counts no weeks; "babak 1/8 final" is a
round of a cup and "Senin 1/3" a day, no share."""

from __future__ import annotations

import pytest

from tests.unit.found_values import numbers_by_text, time_value


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "He made his 300th appearance for the club.", {}),
        ("en", "He scored in the 88th minute.", {"88th minute": (88, "minute")}),
        ("id", "Ia tampil dalam laga ke-300.", {}),
        ("id", "Gol lahir pada menit ke-67.", {"menit ke-67": (67, "menit")}),
        # which time, not how many times
        ("id", "Ini kali ke-3 Indonesia lolos, setelah gagal 2 kali.", {"2 kali": (2, "kali")}),
    ],
)
def test_an_ordinal_counts_only_a_measure(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "Fines ranging from 10 to 15 million dollars were imposed.",
         {"10 to 15 million dollars": (None, "dollars")}),
        ("id", "Suhu berkisar dari 30 hingga 34 derajat.",
         {"30 hingga 34 derajat": (None, "derajat")}),
        ("en", "Inflation rose from 5 to 7 percent.", {"5": (5, None), "7 percent": (7, "%")}),
    ],
)  # fmt: skip
def test_from_opens_a_range_only_after_a_word_of_spread(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected


def test_a_level_before_this_week_counts_no_weeks() -> None:
    found = numbers_by_text("Indeks diperkirakan bergerak di level 7.200 pekan ini.", "id")
    assert "7.200 pekan" not in found


@pytest.mark.parametrize(
    ("sentence", "period", "value", "numbers"),
    [
        (
            "Indeks bergerak di antara 7.200 dan 7.300 pekan depan.",
            "pekan depan",
            "2025-W13",
            {"7.200 dan 7.300": (None, None)},
        ),
        (
            "IHSG di kisaran 7.150-7.300 pekan depan.",
            "pekan depan",
            "2025-W13",
            {"7.150-7.300": (None, None)},
        ),
        ("Rupiah di level 16.250 bulan lalu.", "bulan lalu", "2025-02", {"16.250": (16250, None)}),
        # small counts of weeks, and years however many, are still counted from now
        ("Ia pindah dua pekan lalu.", "dua pekan lalu", "2025-W10", {"dua pekan": (2, "pekan")}),
        (
            "Candi itu dibangun 1.200 tahun lalu.",
            "1.200 tahun lalu",
            "0825",
            {"1.200 tahun": (1200, "tahun")},
        ),
    ],
)
def test_a_level_before_a_period_from_now_counts_no_units(
    sentence: str, period: str, value: str, numbers: dict[str, tuple[object, object]]
) -> None:
    assert time_value(sentence, "id", period) == value
    assert numbers_by_text(sentence, "id") == numbers


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("id", "Timnas melaju ke babak 1/8 final.", {}),
        ("en", "They reached the 1/4 finals.", {}),
        ("id", "Sebanyak 1/3 warga mengungsi.", {"1/3 warga": (0.333333, "warga")}),
    ],
)
def test_a_slash_before_final_is_a_round_not_a_share(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected


def test_a_day_and_month_after_a_weekday_count_nothing() -> None:
    assert numbers_by_text("Rapat digelar Senin 1/3 di Jakarta.", "id") == {}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "The index could trade between 5,900 and 6,100.", {"5,900 and 6,100": (None, None)}),
        ("id", "Rupiah diperkirakan 16.200-16.350 sore ini.", {"16.200-16.350": (None, None)}),
        # a small range with no unit is a score or reads its first end alone
        ("id", "Skor akhir 2-3 untuk tamu.", {}),
        ("en", "The Lakers lost 101-110 to Boston.", {}),
    ],
)
def test_a_range_of_levels_without_a_unit_is_one_span(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected

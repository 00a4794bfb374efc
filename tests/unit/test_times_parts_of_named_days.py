"""The part of a day named with its day is one TIME valued by that day, as TimeML tags it:
"the night of November 16", "the morning of Tuesday", and Indonesian "Sabtu malam (21/11)"
with the date after the part of the day (as "Sabtu (21/11) malam" already was); "local time"
after a clock time is part of it, as a zone is; a clock time with no day of its own takes the
day named just before it in its sentence ("Minggu (22/11) sekitar pukul 14.30 WIB"), and none
from another sentence. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.found_values import time_value
from tests.unit.test_times import times

FRIDAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "The quake struck on the night of November 16.", "the night of November 16",
         "2026-11-16"),
        ("en", "Troops left on the morning of Tuesday.", "the morning of Tuesday", "2026-11-17"),
        ("id", "Banjir melanda pada Sabtu malam (14/11) di tiga desa.", "Sabtu malam (14/11)",
         "2026-11-14"),
        ("id", "Rapat digelar Senin pagi (16/11) pukul 09.00 WIB.",
         "Senin pagi (16/11) pukul 09.00 WIB", "2026-11-16"),
    ],
)  # fmt: skip
def test_a_part_of_a_named_day_is_one_time(lang: str, sentence: str, span: str, value: str) -> None:
    assert time_value(sentence, lang, span, FRIDAY) == value


def test_the_night_of_something_else_is_no_time() -> None:
    assert times("It was the night of his life.", "en", FRIDAY) == []


def test_a_part_of_the_day_before_brackets_without_a_date_stays_alone() -> None:
    found = times("Rapat digelar Selasa malam (rapat kedua) di Jakarta.", "id", FRIDAY)
    assert [t.text for t in found] == ["Selasa malam"]


def test_local_time_belongs_to_the_clock_time() -> None:
    found = times("The quake hit at 23:47 local time.", "en", FRIDAY)
    assert [(t.text, t.type) for t in found] == [("23:47 local time", "TIME")]


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Gempa terjadi pada Minggu (15/11) sekitar pukul 14.30 WIB di Garut.",
         "sekitar pukul 14.30 WIB", "2026-11-15"),
        ("id", "Pada Senin, 16 November 2026, sekitar pukul 10.00 WIB, polisi tiba.",
         "sekitar pukul 10.00 WIB", "2026-11-16"),
        ("en", "The quake struck on Sunday and was felt at 2:30 p.m. local time.",
         "2:30 p.m. local time", "2026-11-15"),
        # a later sentence's clock time is on the story's last day (test_times_clock_days)
        ("id", "Polisi tiba Senin. Pukul 10.00 WIB mereka pergi.", "Pukul 10.00 WIB",
         "2026-11-16"),
        ("en", "The market opens at 9:30 a.m.", "9:30 a.m.", None),
    ],
)  # fmt: skip
def test_a_clock_time_takes_the_day_named_before_it_in_its_sentence(
    lang: str, sentence: str, span: str, value: str | None
) -> None:
    assert time_value(sentence, lang, span, FRIDAY) == value

"""Times told from the story's own day or year: "that day", "Earlier that day", "hari itu",
"malam itu" name the day the time before them named; "Later that year", "three years
later", "Dua tahun sebelumnya" count years from the year told before; a zone written out
("8 p.m. Eastern time") is part of the clock time, and does not end its sentence."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2026-07-30"  # a Thursday


def times(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).times
    return {t.text: (t.type, t.value) for t in found}


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "type_", "value"),
    [
        ("The storm hit on Saturday. Earlier that day, police evacuated residents.", "en",
         "Earlier that day", "DATE", "2026-07-25"),
        ("The storm hit on Saturday. That evening, it weakened.", "en", "That evening", "TIME",
         "2026-07-25"),
        ("Bahar mengaku kalah pada Rabu malam. Sebelumnya pada hari itu, ia meminta maaf.", "id",
         "hari itu", "DATE", "2026-07-29"),
        ("Banjir datang pada Senin (27/7). Malam itu, warga mengungsi.", "id", "Malam itu",
         "TIME", "2026-07-27"),
        ("Rain fell on Monday. Later in the day, the river burst.", "en", "Later in the day",
         "DATE", "2026-07-27"),
        ("Polls closed on Tuesday. Earlier in the evening, Park told supporters to wait.", "en",
         "Earlier in the evening", "TIME", "2026-07-28"),
    ],
)  # fmt: skip
def test_that_day_is_the_day_told_before(
    text: str, lang: str, phrase: str, type_: str, value: str
) -> None:
    assert times(text, lang)[phrase] == (type_, value)


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        ("In 2019, inspectors rated the bridge poor. Three years later, a barge struck it.",
         "en", "Three years later", "2022"),
        ("In 2019, inspectors rated the bridge poor. Later that year, the city sued.", "en",
         "Later that year", "2019"),
        ("Hendra ditangkap pada Oktober 2025. Dua tahun sebelumnya, ia diperiksa.", "id",
         "Dua tahun sebelumnya", "2023"),
    ],
)  # fmt: skip
def test_a_count_of_years_is_told_from_the_year_before(
    text: str, lang: str, phrase: str, value: str
) -> None:
    assert times(text, lang)[phrase] == ("DATE", value)


def test_a_rough_count_of_years_names_no_year() -> None:
    text = "In 2019, inspectors rated the bridge poor. Several years later, a barge struck it."
    assert times(text, "en")["Several years later"][1] is None


def test_a_zone_written_out_is_part_of_the_clock_time_and_its_sentence() -> None:
    text = "Polls closed at 8 p.m. Eastern time on Tuesday, and results arrived."
    result = analyze(text, lang="en", backend="builtin", pubdate=PUBDATE)
    assert [(t.text, t.value) for t in result.times] == [
        ("8 p.m. Eastern time on Tuesday", "2026-07-28")
    ]
    closed = next(e for e in result.events if e.trigger and e.trigger.text == "closed")
    assert closed.summary == "Polls closed at 8 p.m. Eastern time on Tuesday"

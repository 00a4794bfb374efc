"""An evening or night told as earlier than a time in the small hours is the day before's
("1 a.m. on Wednesday. Earlier in the evening" is Tuesday evening)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _values(text: str, lang: str) -> list[tuple[str, str | None]]:
    times = analyze(text, lang=lang, backend="builtin", pubdate="2026-11-25").times
    return [(t.text, t.value) for t in times]


@pytest.mark.parametrize(
    ("text", "lang", "evening"),
    [
        (
            "The fire broke out at 1 a.m. on Wednesday. Earlier in the evening, residents"
            " had reported smoke.",
            "en",
            ("Earlier in the evening", "2026-11-24"),
        ),
        (
            "Police arrived shortly after midnight on Sunday. Earlier that night, a man was"
            " stabbed.",
            "en",
            ("that night", "2026-11-21"),
        ),
        (
            "Kebakaran terjadi pukul 01.30 WIB, Rabu (25/11). Sebelumnya pada malam itu,"
            " warga mencium bau asap.",
            "id",
            ("malam itu", "2026-11-24"),
        ),
    ],
)
def test_an_earlier_evening_than_the_small_hours_is_the_day_before(
    text: str, lang: str, evening: tuple[str, str]
) -> None:
    assert _values(text, lang)[-1] == evening


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The fire broke out at 11 a.m. on Wednesday. Earlier in the morning, smoke rose.",
            ("Earlier in the morning", "2026-11-25"),
        ),
        (
            "The fire broke out at 1 a.m. on Wednesday. Later in the evening, residents returned.",
            ("Later in the evening", "2026-11-25"),
        ),
    ],
)
def test_other_parts_of_the_day_keep_the_day_told(text: str, part: tuple[str, str]) -> None:
    assert _values(text, "en")[-1] == part

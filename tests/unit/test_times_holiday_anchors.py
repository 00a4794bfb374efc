"""Days counted from a holiday on a fixed day ("two days before Christmas") are valued as
the day they reach from that holiday, in the year told after it or the nearest one."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2025-11-19"


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "Shops stay open two days before Christmas.", "two days before Christmas",
         "2025-12-23"),
        ("en", "The storm hit two days before Christmas last year.",
         "two days before Christmas last year", "2024-12-23"),
        ("en", "Prices rose two days before Christmas 2023.", "two days before Christmas 2023",
         "2023-12-23"),
        ("id", "Banjir terjadi tiga hari setelah Natal tahun lalu.",
         "tiga hari setelah Natal tahun lalu", "2024-12-28"),
    ],
)  # fmt: skip
def test_days_counted_from_a_fixed_holiday(lang: str, sentence: str, span: str, value: str) -> None:
    times = analyze(sentence, lang=lang, pubdate=PUBDATE).times
    assert [(t.text, t.value) for t in times] == [(span, value)]

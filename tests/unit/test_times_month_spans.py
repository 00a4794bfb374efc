"""A span of months that makes a quarter or a half of a year is valued as that part, as
TimeML values it: "the April-June period" is the second quarter, "Januari-Juni 2025" the
first half, "Juli-Desember lalu" the last one past; any other span ("Januari-Agustus 2025")
stays one DATE without a value."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2026-07-30"  # a Thursday


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Revenue for the April-June period reached $2 billion.", "en", "April-June", "2026-Q2"),
        ("Laba periode Januari-Maret 2025 naik.", "id", "Januari-Maret 2025", "2025-Q1"),
        ("Ekspor Januari-Juni 2025 naik.", "id", "Januari-Juni 2025", "2025-H1"),
        ("Ekspor Januari-Agustus 2025 naik.", "id", "Januari-Agustus 2025", None),
        ("Ekspor naik pada Januari-Juni lalu.", "id", "Januari-Juni", "2026-H1"),
        ("Ekspor naik pada Juli-Desember lalu.", "id", "Juli-Desember", "2025-H2"),
    ],
)
def test_a_span_of_months_is_its_quarter_or_half(
    text: str, lang: str, span: str, value: str | None
) -> None:
    times = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).times
    assert [(t.text, t.type, t.value) for t in times] == [(span, "DATE", value)]

"""Which year's holiday "this", "last" and "next" name, and the decade an "era" names: both
words are in the span, as TimeML has them."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "Retailers expect sales this Christmas to grow.", "this Christmas", "2026-12-25"),
        ("en", "Sales fell last Christmas.", "last Christmas", "2025-12-25"),
        ("en", "The store opens next Thanksgiving.", "next Thanksgiving", "2026-11-26"),
        ("en", "It was the last Christmas of the war.", "Christmas", "2025-12-25"),
        ("id", "Pada era 1990-an, perjalanan itu memakan waktu 15 jam.", "era 1990-an", "199"),
    ],
)
def test_the_word_before_says_which(lang: str, sentence: str, span: str, value: str) -> None:
    times = analyze(sentence, lang=lang, backend="builtin", pubdate="2026-03-17").times
    assert [(t.text, t.value) for t in times if t.type == "DATE"] == [(span, value)]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Salaries rise in the 2027 financial year.", "the 2027 financial year", "FY2027"),
        ("Pada dekade 1980-an, Indonesia mencapai swasembada beras.", "dekade 1980-an", "198"),
    ],
)
def test_a_fiscal_year_or_a_decade_named_around_its_number(
    sentence: str, span: str, value: str
) -> None:
    lang = "id" if "Pada" in sentence else "en"
    times = analyze(sentence, lang=lang, backend="builtin", pubdate="2026-03-17").times
    assert [(t.text, t.value) for t in times] == [(span, value)]

"""Centuries are DATEs valued as TimeML values them, by their first two digits: the 20th
century (the 1900s) is "19"; with "the" and a modifier in the span, as a decade has them.
Their digits are no amount for the number annotator."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Jembatan itu dibangun pada abad ke-20.", "abad ke-20", "19"),
        ("id", "Masjid itu berdiri sejak abad XVIII.", "abad XVIII", "17"),
        ("id", "Kota ini berkembang pada awal abad 21.", "awal abad 21", "20"),
        ("en", "The club was founded in the 19th century.", "the 19th century", "18"),
        ("en", "It dates from the early twentieth century.", "the early twentieth century", "19"),
        ("en", "They restored a 17th-century chapel.", "17th-century", "16"),
    ],
)
def test_a_century_is_a_date_of_its_first_two_digits(
    lang: str, sentence: str, span: str, value: str
) -> None:
    found = analyze(sentence, lang=lang, backend="builtin", pubdate="2025-03-19")
    assert [(t.text, t.type, t.value) for t in found.times] == [(span, "DATE", value)]
    assert found.numbers == []


def test_a_place_in_a_race_is_no_century() -> None:
    found = analyze("He finished 19th in the race.", lang="en", backend="builtin")
    assert found.times == []

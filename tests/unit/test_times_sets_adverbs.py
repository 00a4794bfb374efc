""" "daily", "weekly", "monthly", "hourly" closing a clause tell how often, a SET ("Inspectors
check catches weekly."), as "quarterly" and "annually" do anywhere; before a noun or after an
article, a name or a compound they name a measure or a paper ("weekly earnings", "the Daily
Mail", "a monthly", "an Urdu-language weekly")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _sets(sentence: str) -> list[tuple[str, str | None]]:
    found = analyze(sentence, lang="en", backend="builtin", pubdate="2025-03-19")
    return [(t.text, t.duration) for t in found.times if t.type == "SET"]


@pytest.mark.parametrize(
    ("sentence", "span", "period"),
    [
        ("Inspectors check catches weekly, an official said.", "weekly", "P1W"),
        ("The prices are updated daily.", "daily", "P1D"),
        ("Trains to the airport run hourly", "hourly", "PT1H"),
        ("Officials meet monthly; the next talks are in May.", "monthly", "P1M"),
    ],
)
def test_an_adverb_closing_a_clause_is_a_set(sentence: str, span: str, period: str) -> None:
    assert _sets(sentence) == [(span, period)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The weekly earnings of miners fell.",
        "The Daily Mail reported it first.",
        "She writes for a monthly.",
        "He edits an Urdu-language weekly.",
        "She joined the Tamil daily.",
        "It publishes daily reports on the flood.",
    ],
)
def test_the_adjective_or_a_paper_is_no_set(sentence: str) -> None:
    assert _sets(sentence) == []

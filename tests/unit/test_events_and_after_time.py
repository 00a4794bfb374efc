""" "And"/"dan" followed by a time and then a subject with its verb opens a clause of its own
("…, and last year it added routes", "…, dan pada Senin warga mengungsi"): a happening with
its own time, not more of the clause before."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def events(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    found = analyze(text, lang=lang, backend="builtin", pubdate="2026-08-20").events
    return [(e.trigger.text if e.trigger else None, e.time) for e in found]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "In 2024 it carried 9 million passengers, and last year it added routes to Riga.",
            "en",
            [("carried", "2024"), ("added", "2025")],
        ),
        (
            "Banjir merendam desa itu, dan pada Senin warga mengungsi ke masjid.",
            "id",
            [("merendam", None), ("mengungsi", "2026-08-17")],
        ),
    ],
)
def test_and_with_a_time_opens_a_clause(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert events(text, lang) == expected


def test_two_times_joined_by_and_stay_one_clause() -> None:
    assert events("Sales rose this year and last year.", "en") == [("rose", "2026")]

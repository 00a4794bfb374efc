"""A day inside a relative clause of the subject ("A wildfire that started on Saturday …")
tells when the subject began; when the predicate has a day of its own after it, that day is
the event's ("… spread to Cortaz on Monday")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2026-08-20"  # a Thursday


def times(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    events = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).events
    return [(e.trigger.text if e.trigger else None, e.time) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A wildfire that started on Saturday spread to the outskirts of Cortaz on Monday.",
            "en",
            [("spread", "2026-08-17")],
        ),
        (
            "Sidang yang dimulai pada Selasa berakhir pada Rabu.",
            "id",
            [("berakhir", "2026-08-19")],
        ),
    ],
)
def test_the_predicate_s_own_day_dates_the_event(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert times(text, lang) == expected


def test_a_subject_s_day_still_dates_a_clause_with_none_of_its_own() -> None:
    text = "The man who was arrested on Monday appeared in court."
    assert times(text, "en") == [("appeared", "2026-08-17")]

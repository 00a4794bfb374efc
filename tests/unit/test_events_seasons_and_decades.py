"""A season or a decade a clause names is its event's time, as a month or a quarter is."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("In the 1980s, defence spending peaked at about 6% of output.", "en", "198"),
        ("Pada era 1990-an, perjalanan itu memakan waktu 15 jam.", "id", "199"),
        ("Shoppers cut spending in the autumn.", "en", "2025-FA"),  # the last one
        ("Work on the cables will begin this summer.", "en", "2026-SU"),
    ],
)
def test_a_season_or_a_decade_is_an_events_time(text: str, lang: str, time: str) -> None:
    events = analyze(text, lang=lang, backend="builtin", pubdate="2026-03-17").events
    assert [e.time for e in events] == [time]


def test_a_weekend_is_still_no_events_time() -> None:
    events = analyze("Pabrik itu ditutup akhir pekan lalu.", lang="id", pubdate="2026-03-17").events
    assert [e.time for e in events] == [None]

"""A time after "until"/"hingga"/"sampai" dates a clause with no other time: its
happening holds until then (TimeML's ENDED_BY), unless its verb moves an end on."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _times(text: str, lang: str) -> list[tuple[str, str | None]]:
    events = analyze(text, lang=lang, backend="builtin", pubdate="2026-11-25").events
    return [(e.trigger.text, e.time) for e in events if e.trigger]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Petugas merobohkan bangunan itu hingga Minggu dini hari.",
            "id",
            [("merobohkan", "2026-11-22")],
        ),
        ("Banjir terjadi hingga pekan depan.", "id", [("terjadi", "2026-W49")]),
        ("Jalan itu ditutup sampai 30 November 2026.", "id", [("ditutup", "2026-11-30")]),
        ("He served as chairman until 2019.", "en", [("served", "2019")]),
        ("Police blocked the road until Friday.", "en", [("blocked", "2026-11-20")]),
    ],
)
def test_a_happening_held_until_a_time_is_dated_by_it(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _times(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The court adjourned the trial until Friday.", "en"),
        ("Pemerintah menunda pembahasan itu hingga pekan depan.", "id"),
    ],
)
def test_a_verb_that_moves_an_end_leaves_the_day_undated(text: str, lang: str) -> None:
    assert [time for _, time in _times(text, lang)] == [None]


def test_a_time_of_its_own_outranks_the_end_it_holds_to() -> None:
    text = "The scheme ran from 2016 until 2020."
    assert _times(text, "en") == [("ran", "2016")]

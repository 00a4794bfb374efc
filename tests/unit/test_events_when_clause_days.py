"""A clause followed in its sentence by a "when"/"ketika" clause with a day went on at that
time: it takes the day ("Residents were asleep when the river burst its banks on Sunday
night"), where a later "after"/"setelah" clause's day stays that clause's own."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2026-04-16"  # a Thursday


def time_of(text: str, lang: str, trigger: str) -> str | None:
    events = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).events
    (event,) = [e for e in events if e.trigger and e.trigger.text == trigger]
    return event.time


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "day"),
    [
        ("Ships were waiting when the port reopened on March 3.", "en", "waiting", "2026-03-03"),
        (
            "Warga sedang tidur ketika sungai meluap pada Minggu malam.",
            "id",
            "tidur",
            "2026-04-12",
        ),
    ],
)
def test_a_clause_takes_the_day_of_its_when_clause(
    text: str, lang: str, trigger: str, day: str
) -> None:
    assert time_of(text, lang, trigger) == day


def test_a_clause_does_not_take_the_day_of_its_after_clause() -> None:
    text = "Warga mengungsi setelah banjir menerjang desa itu pada Minggu."
    assert time_of(text, "id", "mengungsi") is None

"""An English "who"/"which" clause after the main clause's predicate, with a date of its own,
tells a happening of its own on that date ("The court heard the case which prosecutors filed
in 2024"): the main clause does not take the relative clause's year."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def events_by_trigger(text: str) -> dict[str, tuple[str | None, str]]:
    events = analyze(text, lang="en", backend="builtin", pubdate="2026-04-16").events
    return {e.trigger.text: (e.time, e.summary) for e in events if e.trigger}


@pytest.mark.parametrize(
    ("text", "main", "relative", "year", "summary"),
    [
        (
            "The court heard the case which prosecutors filed in 2024.",
            "heard",
            "filed",
            "2024",
            "The case prosecutors filed in 2024",
        ),
        (
            "Voters backed the mayor who won the seat in 2022.",
            "backed",
            "won",
            "2022",
            "The mayor won the seat in 2022",
        ),
    ],
)
def test_a_dated_relative_clause_is_an_event_of_its_own(
    text: str, main: str, relative: str, year: str, summary: str
) -> None:
    found = events_by_trigger(text)
    assert found[relative] == (year, summary)
    assert found[main][0] is None


def test_an_indonesian_yang_clause_leaves_its_day_to_the_main_clause() -> None:
    text = "Polisi memeriksa rumah yang terbakar pada Senin."
    events = analyze(text, lang="id", backend="builtin", pubdate="2026-04-16").events
    assert [(e.trigger.text if e.trigger else None, e.time) for e in events] == [
        ("memeriksa", "2026-04-13")
    ]

"""An English verb of intent before "to" and a verb passes the event on to the deed
planned, which the time ahead dates ("plans to open a plant in H1 2027")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _events(text: str) -> list[tuple[str, str | None]]:
    events = analyze(text, lang="en", backend="builtin", pubdate="2026-11-25").events
    return [(e.trigger.text, e.time) for e in events if e.trigger]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It plans to open a plant in H1 2027.", [("open", "2027-H1")]),
        ("The company planned to cut 300 jobs in March.", [("cut", "2026-03")]),
        ("The ministry intends to raise fuel prices in 2027.", [("raise", "2027")]),
        ("The firm aims to build a new port by 2028.", [("build", "2028")]),
    ],
)
def test_the_deed_planned_is_the_event(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(text) == expected


def test_a_verb_of_intent_with_an_object_stays_the_event() -> None:
    assert _events("He planned the attack for months.") == [("planned", None)]


@pytest.mark.parametrize(
    ("text", "lang", "summary"),
    [
        (
            "The club signed 20 players last year and plans to sign 15 more.",
            "en",
            "The club plans to sign 15 more",
        ),
        (
            "The former chief executive pleaded guilty last week and is expected to be"
            " sentenced in January.",
            "en",
            "The former chief executive is expected to be sentenced in January",
        ),
        (
            "Polisi menangkap dua orang dan dijadwalkan memeriksa mereka pada Senin.",
            "id",
            "Polisi dijadwalkan memeriksa mereka pada Senin",
        ),
    ],
)
def test_a_clause_of_a_plan_after_and_shares_the_subject_before(
    text: str, lang: str, summary: str
) -> None:
    events = analyze(text, lang=lang, backend="builtin", pubdate="2025-03-19").events
    assert events[-1].summary == summary

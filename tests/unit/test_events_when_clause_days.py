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


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "summary"),
    [
        ("The repairs were delayed when funding ran out.", "en", "ran", "Funding ran out"),
        (
            "He resigned in 2019, when an auditor flagged the accounts.",
            "en",
            "flagged",
            "An auditor flagged the accounts",
        ),
        (
            "Warga sedang tidur ketika sungai meluap pada Minggu malam.",
            "id",
            "meluap",
            "Sungai meluap pada Minggu malam",
        ),
    ],
)
def test_a_when_clause_mid_sentence_is_summarised_without_its_conjunction(
    text: str, lang: str, trigger: str, summary: str
) -> None:
    events = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).events
    (event,) = [e for e in events if e.trigger and e.trigger.text == trigger]
    assert event.summary == summary


def test_a_sentence_opening_when_clause_is_an_event_of_its_own() -> None:
    text = "When the storm hit, residents fled their homes."
    events = analyze(text, lang="en", backend="builtin", pubdate=PUBDATE).events
    assert [e.summary for e in events] == ["The storm hit", "Residents fled their homes"]


def test_a_when_clause_with_no_subject_keeps_its_conjunction() -> None:
    text = "Hana Kobayashi moved to Lisbon. She laughed when told this."
    events = analyze(text, lang="en", backend="builtin", pubdate=PUBDATE).events
    assert events[-1].summary == "When told this"

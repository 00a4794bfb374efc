"""Events of subjects joined by "and", of "when" clauses, and of days the story points
back to: "The unions and Extinction Rebellion plan a march" is a happening ("plan" is a verb
of a plural subject before what it takes); "naik pada kuartal I ketika permintaan melemah"
dates the "when" clause in that quarter too; "Earlier that day, …" goes before the day's
events told before it."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.model import Event

PUBDATE = "2026-07-30"  # a Thursday


def events(text: str, lang: str) -> dict[str, Event]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).events
    return {e.trigger.text: e for e in found if e.trigger}


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("The unions and Extinction Rebellion plan a march on Saturday.", "plan", "2026-08-01"),
        ("Union leaders and the management plan a meeting next week.", "plan", "2026-W32"),
        ("Residents and two local unions plan a protest on Saturday.", "plan", "2026-08-01"),
        ("The unions plan a march on Saturday.", "plan", "2026-08-01"),
        ("Britain and France fear a long war.", "fear", None),
    ],
)  # fmt: skip
def test_a_plural_or_joined_subject_has_its_verb(text: str, trigger: str, time: str | None) -> None:
    assert events(text, "en")[trigger].time == time


def test_a_plan_as_a_noun_is_no_event() -> None:
    assert "plan" not in events("The peace plan a year ago failed.", "en")


def test_a_when_clause_shares_the_period_of_its_clause() -> None:
    found = events("Kredit macet sempat naik pada kuartal I ketika permintaan melemah.", "id")
    assert found["melemah"].time == found["naik"].time == "2026-Q1"


@pytest.mark.parametrize(
    ("text", "lang", "earlier", "later"),
    [
        ("The storm hit on Saturday. Earlier that day, police evacuated residents.", "en",
         "evacuated", "hit"),
        ("Bahar mengaku kalah pada Rabu malam. Sebelumnya pada hari itu, Bahar meminta "
         "pendukungnya menunggu.", "id", "meminta", "mengaku"),
    ],
)  # fmt: skip
def test_earlier_that_day_goes_before_the_day_told(
    text: str, lang: str, earlier: str, later: str
) -> None:
    found = events(text, lang)
    assert found[earlier].time == found[later].time
    assert found[earlier].order < found[later].order

"""Weeks and weekends are valued as TimeML values them, an ISO week ("2025-W12") and its
weekend ("2025-W12-WE"), and events told in one are ordered by a rough day in it."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis import analyze
from reader.analysis.narrative import rough_value_day
from reader.analysis.timevalues import week_monday, week_value

PUBDATE = "2025-03-19"  # a Wednesday, in ISO week 12


def value_of(sentence: str, lang: str, span: str) -> str | None:
    found = [t for t in analyze(sentence, lang=lang, pubdate=PUBDATE).times if t.text == span]
    assert len(found) == 1, [t.text for t in analyze(sentence, lang=lang, pubdate=PUBDATE).times]
    return found[0].value


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "The talks resume this week.", "this week", "2025-W12"),
        ("id", "Rapat digelar pekan ini.", "pekan ini", "2025-W12"),
        ("id", "Harga turun minggu depan.", "minggu depan", "2025-W13"),
        ("nl", "De minister zei vorige week dat de prijzen stijgen.", "vorige week", "2025-W11"),
        ("fr", "Le ministre a parlé la semaine dernière.", "la semaine dernière", "2025-W11"),
        ("de", "Der Minister sagte letzte Woche nichts.", "letzte Woche", "2025-W11"),
        ("en", "Protesters marched last weekend.", "last weekend", "2025-W11-WE"),
        ("en", "He will arrive this weekend.", "this weekend", "2025-W12-WE"),
        # "over the weekend" by its clause's tense: the last one, or the coming one
        ("en", "Two people died over the weekend.", "the weekend", "2025-W11-WE"),
        ("en", "Talks will go on over the weekend.", "the weekend", "2025-W12-WE"),
        ("en", "Shops are busy at the weekend.", "the weekend", None),
        ("id", "Warga berunjuk rasa akhir pekan lalu.", "akhir pekan lalu", "2025-W11-WE"),
        ("id", "Rapat digelar awal pekan depan.", "awal pekan depan", "2025-W13"),
    ],
)
def test_weeks_and_weekends_take_iso_week_values(
    lang: str, sentence: str, span: str, value: str | None
) -> None:
    assert value_of(sentence, lang, span) == value


def test_a_week_value_takes_the_iso_year() -> None:
    assert week_value(date(2024, 12, 30)) == "2025-W01"
    assert week_monday("2025-W01-WE") == date(2024, 12, 30)
    assert week_monday("2025-03") is None


def test_a_week_orders_by_its_middle_but_not_after_today_once_under_way() -> None:
    assert rough_value_day("2025-W11", PUBDATE) == "2025-03-13"
    assert rough_value_day("2025-W12", PUBDATE) == PUBDATE  # under way: not after today
    assert rough_value_day("2025-W12", PUBDATE, ahead=True) == "2025-03-20"
    assert rough_value_day("2025-W13", PUBDATE) == "2025-03-27"  # told from now: sure
    assert rough_value_day("2025-W11-WE", PUBDATE) == "2025-03-15"
    assert rough_value_day("2025-W12-WE", PUBDATE) == "2025-03-22"


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("fr", "Des milliers de personnes ont manifesté le week-end dernier.",
         "le week-end dernier", "2025-W11-WE"),
        ("de", "Am vergangenen Wochenende kamen tausende Besucher.", "vergangenen Wochenende",
         "2025-W11-WE"),
        ("nl", "Afgelopen weekend vielen drie gewonden.", "Afgelopen weekend", "2025-W11-WE"),
        ("es", "Llovió el fin de semana pasado.", "el fin de semana pasado", "2025-W11-WE"),
        ("pt", "O jogo será no próximo fim de semana.", "próximo fim de semana", "2025-W13-WE"),
        ("de", "Die Gespräche gehen Mitte nächster Woche weiter.", "Mitte nächster Woche",
         "2025-W13"),
        # the end of a week is that week; a bare weekend is unclear, as "the weekend" is
        ("fr", "Le texte sera voté à la fin de la semaine.", "la fin de la semaine", "2025-W12"),
        ("pt", "O jogo foi disputado no fim de semana.", "fim de semana", None),
    ],
)  # fmt: skip
def test_european_weekends_and_weeks(lang: str, sentence: str, span: str, value: str) -> None:
    assert value_of(sentence, lang, span) == value


def test_an_event_dated_by_a_weekend_gets_no_day_and_keeps_its_phrase() -> None:
    """A weekend's value is no date: the event keeps the phrase, and is ordered by it."""
    text = "The minister resigned last weekend after the vote. On Tuesday he was arrested."
    resigned, arrested = analyze(text, lang="en", backend="builtin", pubdate="2026-11-26").events
    assert (resigned.time, resigned.time_text) == (None, "last weekend")
    assert arrested.time == "2026-11-24"
    assert resigned.order < arrested.order

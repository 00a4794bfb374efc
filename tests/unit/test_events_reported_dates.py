"""Which day a reported happening and the saying that reports it each take, and a promise
and what was promised."""

from __future__ import annotations

from reader.analysis import analyze


def _dated(text: str, lang: str, pubdate: str) -> list[tuple[str, str | None]]:
    events = analyze(text, lang=lang, backend="builtin", pubdate=pubdate).events
    return [(e.trigger.text, e.time) for e in events if e.trigger]


def test_a_reported_happening_in_ter_is_an_event_of_its_own_with_its_month() -> None:
    text = "Didiek mengatakan lonjakan pemesanan terjadi sejak awal Februari."
    assert _dated(text, "id", "2026-03-05") == [("mengatakan", None), ("terjadi", "2026-02")]


def test_a_state_in_ter_after_the_speech_verb_is_no_reported_clause() -> None:
    text = "Didiek mengatakan hal tersebut pada Senin."
    assert _dated(text, "id", "2026-03-05") == [("mengatakan", "2026-03-02")]


def test_the_day_after_kata_dates_the_saying_not_the_quarter_before_it() -> None:
    text = "Pada kuartal IV tahun lalu, penumpang naik 15 persen, kata Didiek, Rabu (4/3/2026)."
    assert _dated(text, "id", "2026-03-05") == [("naik", "2025-Q4")]


def test_the_day_after_kata_dates_a_clause_with_no_time_of_its_own() -> None:
    text = "Penjualan turun 5 persen, ujar Didiek di Jakarta, Rabu (4/3/2026)."
    assert _dated(text, "id", "2026-03-05") == [("turun", "2026-03-04")]


def test_the_same_period_last_year_dates_what_happened_in_it() -> None:
    text = "Its sales in the same period last year rose 3.1%."
    assert _dated(text, "en", "2026-12-03") == [("rose", "2025")]


def test_the_same_period_a_change_is_measured_from_does_not_date_it() -> None:
    assert _dated("Sales rose 12% from the same period last year.", "en", "2026-10-21") == [
        ("rose", None)
    ]
    text = "Laba naik 12 persen dari periode yang sama tahun lalu."
    assert _dated(text, "id", "2026-10-21") == [("naik", None)]


def test_a_quarter_of_the_lead_dates_it_rather_than_the_dateline() -> None:
    text = (
        "Police report rise\n\nMANCHESTER, Oct 21 - Greater Manchester Police recorded 4,100 "
        "burglaries in the third quarter."
    )
    assert _dated(text, "en", "2026-10-21") == [("recorded", "2026-Q3")]


def test_a_time_after_the_to_of_a_promise_is_the_plans_not_the_promises() -> None:
    text = "Ministers promised last month to raise salaries in FY2027."
    assert _dated(text, "en", "2026-08-27") == [("promised", "2026-07")]
    text = "The council voted last week to raise fares in January."
    assert _dated(text, "en", "2026-08-27") == [("voted", "2026-W34")]
    text = "The board agreed on Monday to close the plant in March."
    assert _dated(text, "en", "2026-08-27") == [("agreed", "2026-08-24")]

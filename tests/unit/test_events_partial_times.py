"""An event dated by a month or a year but no day carries that period as its time ("2025-08",
"2022"), a quarter ("2025-Q3"), a half ("2025-H1") or a week ("2025-W42"), as the time
annotator values it; weekends stay without one."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.model import Event


def _events(text: str, lang: str, pubdate: str | None = "2025-10-20") -> dict[str, Event]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=pubdate)
    return {e.trigger.text: e for e in found.events if e.trigger}


def test_a_month_and_a_year_are_an_events_time() -> None:
    text = "Pembangunan jalan itu dimulai pada 2022. Banjir serupa pernah terjadi Maret lalu."
    events = _events(text, "id")
    assert events["dimulai"].time == "2022"
    assert events["terjadi"].time == "2025-03"
    assert events["dimulai"].order < events["terjadi"].order


def test_a_planned_month_is_the_coming_one() -> None:
    events = _events("The bridge will reopen in May, the mayor said.", "en", "2025-08-14")
    assert events["reopen"].time == "2026-05"


def test_a_year_in_a_name_does_not_date_the_clause() -> None:
    text = "Gubernur Dedi Mulyadi menyerahkan rancangan APBD 2026 pada Agustus."
    assert _events(text, "id")["menyerahkan"].time == "2025-08"


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "quarter"),
    [
        ("Laba perusahaan naik pada kuartal pertama 2025.", "id", "naik", "2025-Q1"),
        ("Its net profit rose 18% in the third quarter.", "en", "rose", "2025-Q3"),
    ],
)
def test_a_quarter_is_an_events_time(text: str, lang: str, trigger: str, quarter: str) -> None:
    assert _events(text, lang)[trigger].time == quarter


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "period"),
    [
        ("Pabrik itu ditutup pekan lalu.", "id", "ditutup", "2025-W42"),
        ("His lawyers asked for more time last week.", "en", "asked", "2025-W42"),
        ("Perseroan mencatat laba Rp 1 triliun pada semester I 2025.", "id", "mencatat", "2025-H1"),
        ("The group posted a loss in the first half of the year.", "en", "posted", "2025-H1"),
    ],
)
def test_a_week_or_a_half_is_an_events_time(
    text: str, lang: str, trigger: str, period: str
) -> None:
    assert _events(text, lang)[trigger].time == period


def test_the_week_before_dates_the_clause_it_opens() -> None:
    text = "Lawyers filed a response on Monday; the week before, the judge had rejected a motion."
    events = _events(text, "en", "2026-02-19")
    assert events["filed"].time == "2026-02-16"
    assert events["rejected"].time == "2026-W07"
    assert events["rejected"].order < events["filed"].order


def test_a_weekend_is_no_events_time() -> None:
    event = _events("Pabrik itu ditutup akhir pekan lalu.", "id")["ditutup"]
    assert event.time is None and event.time_text is not None


def test_an_english_headline_plan_is_an_event_dated_by_its_own_month() -> None:
    text = "Bridge to reopen in May\n\nThe city said on Monday the bridge would reopen in May."
    found = analyze(text, lang="en", backend="builtin", pubdate="2025-08-14")
    headline = found.events[0]
    assert headline.trigger is not None and headline.trigger.text == "reopen"
    assert headline.time == "2026-05"
    said = next(e for e in found.events if e.trigger and e.trigger.text == "said")
    assert said.order < headline.order


def test_a_headline_to_be_done_by_a_month_is_the_coming_month() -> None:
    text = "Flood barrier to be finished by December\n\nWorkers began building it in 2023."
    found = analyze(text, lang="en", backend="builtin", pubdate="2025-03-19")
    assert {e.trigger.text: e.time for e in found.events if e.trigger}["finished"] == "2025-12"


def test_a_noun_after_to_in_a_first_line_is_no_event() -> None:
    found = analyze("relative to publication date 2025-03-19", lang="en", backend="builtin")
    assert found.events == []


def test_a_month_told_in_the_simple_past_is_the_last_one() -> None:
    text = "The firm bought the licence in March. Shares rose on Wednesday."
    events = _events(text, "en", "2025-11-20")
    assert events["bought"].time == "2025-03"
    assert events["bought"].order < events["rose"].order
    # a past that is also the present ("cut") is read as one where it is the predicate
    events = _events("The firm cut 200 jobs in March.", "en", "2025-11-20")
    assert events["cut"].time == "2025-03"


def test_pekan_sebelumnya_is_the_week_before_not_seven_days_back() -> None:
    text = "Dewan bertemu pada 3 Maret. Pekan sebelumnya, direktur utama mengundurkan diri."
    events = _events(text, "id", "2026-03-12")
    assert events["bertemu"].time == "2026-03-03"
    assert events["mengundurkan"].time == "2026-W09"

"""An event dated by a month or a year but no day carries that period as its time ("2025-08",
"2022") or a quarter ("2025-Q3"), as the time annotator values it; weeks stay without one."""

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


def test_a_week_is_no_events_time() -> None:
    event = _events("Pabrik itu ditutup pekan lalu.", "id")["ditutup"]
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

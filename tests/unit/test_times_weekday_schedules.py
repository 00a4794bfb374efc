"""A bare weekday is the last such day in news, unless its clause puts it ahead: a present
"is" ("The vote is on Thursday"), a deadline in a clause with no past verb ("restore power by
Friday"), a postponement ("adjourned the trial until Monday"), a schedule verb ("Schools
reopen on Monday", "flies to Tokyo on Saturday"). Articles of Wednesday 2025-03-19."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.times import find_times

WEDNESDAY = date(2025, 3, 19)


def dated(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(BuiltinBackend().parse(text, "en"), WEDNESDAY)]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The vote is on Thursday.", "Thursday", "2025-03-20"),
        ("The final is Sunday, organisers said.", "Sunday", "2025-03-23"),
        ("Crews expect to restore power by Friday.", "Friday", "2025-03-21"),
        ("The judge adjourned the trial until Monday.", "Monday", "2025-03-24"),
        ("Court adjourns fraud trial until Monday", "Monday", "2025-03-24"),
        ("Schools reopen on Monday.", "Monday", "2025-03-24"),
        ("The offer expires Friday.", "Friday", "2025-03-21"),
        # a timetable in the present: travel and openings
        ("The prime minister flies to Tokyo on Saturday.", "Saturday", "2025-03-22"),
        ("The first ferry departs at dawn on Friday.", "Friday", "2025-03-21"),
        ("The new stadium opens on Sunday.", "Sunday", "2025-03-23"),
        # the past stays the last such day
        ("The match was on Sunday.", "Sunday", "2025-03-16"),
        ("By Friday the death toll had risen to 40.", "Friday", "2025-03-14"),
        ("Police said the man, who is 34, was arrested on Monday.", "Monday", "2025-03-17"),
        # a day that owns what "is" names a past event by its day
        ("The main suspect is Sunday's bomber, police said.", "Sunday", "2025-03-16"),
    ],
)
def test_a_weekday_is_ahead_when_its_clause_says_so(sentence: str, span: str, value: str) -> None:
    assert (span, value) in dated(sentence)


def test_a_clock_time_after_at_joins_its_day() -> None:
    assert dated("The hearing resumes on Monday at 10 a.m. in court.") == [
        ("Monday at 10 a.m.", "2025-03-24")
    ]
    assert dated("The hearing resumed on Monday at 10 venues.") == [("Monday", "2025-03-17")]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Rain is forecast for Friday.", "Friday", "2025-03-21"),
        ("More storms are forecast on Saturday.", "Saturday", "2025-03-22"),
        ("The ruling is slated for Monday.", "Monday", "2025-03-24"),
        # a forecast told in the past keeps its day
        ("Forecasters forecast rain on Monday and it fell.", "Monday", "2025-03-17"),
    ],
)
def test_a_day_a_forecast_or_schedule_is_for_is_ahead(sentence: str, span: str, value: str) -> None:
    assert (span, value) in dated(sentence)


def test_a_day_an_indonesian_court_schedules_is_ahead() -> None:
    def dated_id(text: str) -> list[tuple[str, str | None]]:
        doc = BuiltinBackend().parse(text, "id")
        return [(t.text, t.value) for t in find_times(doc, WEDNESDAY)]

    assert dated_id("Hakim menjadwalkan putusan pada Jumat.") == [("Jumat", "2025-03-21")]
    assert dated_id("Hakim menunda putusan pada Jumat.") == [("Jumat", "2025-03-14")]

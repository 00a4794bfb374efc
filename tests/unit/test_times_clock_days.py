"""A clock time told without a day is on the last day the story named, as a night told hour by
hour is ("Polls closed at 8 p.m. on Tuesday. By 10 p.m., …", "By noon, …"), until a month, a
week or a habit is told; an Indonesian clock time takes the day after "pada" as one TIME
("pukul 13.00 WIB pada Sabtu (14/2/2026)"), as the English "3 p.m. on Monday" does."""

from __future__ import annotations

from reader.analysis import analyze


def _values(text: str, lang: str, pubdate: str) -> dict[str, str | None]:
    times = analyze(text, lang=lang, backend="builtin", pubdate=pubdate).times
    return {t.text: t.value for t in times}


def test_a_clock_time_later_in_the_story_is_on_the_last_day_named() -> None:
    text = (
        "Polls closed at 8 p.m. on Tuesday, and ballots were counted within an hour. "
        "By 10 p.m., the mayor led by 2,000 votes."
    )
    assert _values(text, "en", "2026-11-04")["10 p.m."] == "2026-11-03"


def test_noon_and_midnight_later_in_the_story_are_on_the_last_day_named() -> None:
    text = (
        "The river burst its banks on Saturday. Sirens sounded across the town. "
        "By midday, the main square was under water, and at midnight the army arrived."
    )
    found = _values(text, "en", "2026-11-04")
    assert found["midday"] == found["midnight"] == "2026-10-31"
    assert (
        _values("Heavy rain fell on Saturday. Overnight, roads closed.", "en", "2026-11-04")[
            "Overnight"
        ]
        is None
    )


def test_a_clock_time_after_a_habit_is_on_no_day() -> None:
    text = "The match ended on Sunday. Players train every day at 7 a.m."
    assert _values(text, "en", "2026-11-04")["7 a.m."] is None


def test_a_clock_time_without_any_day_before_it_stays_without_one() -> None:
    assert _values("Polls close at 8 p.m.", "en", "2026-11-04")["8 p.m."] is None


def test_an_indonesian_clock_time_takes_the_day_after_pada() -> None:
    text = (
        "TPS ditutup pukul 13.00 WIB pada Sabtu (14/2/2026). Hingga pukul 18.00 WIB, Andi unggul."
    )
    values = _values(text, "id", "2026-02-15")
    assert values["pukul 13.00 WIB pada Sabtu (14/2/2026)"] == "2026-02-14"
    assert values["pukul 18.00 WIB"] == "2026-02-14"


def test_a_clock_time_in_a_later_paragraph_is_on_no_day() -> None:
    text = "Hingga Kamis pagi, 14 orang meninggal.\n\nSungai meluap sekitar pukul 23.40 WIB."
    assert _values(text, "id", "2025-03-19")["sekitar pukul 23.40 WIB"] is None


def test_a_clock_times_weekday_reads_the_tense_before_the_clock() -> None:
    text = "The team will parade the trophy through the town at 2 p.m. on Saturday."
    assert _values(text, "en", "2026-05-18")["2 p.m. on Saturday"] == "2026-05-23"


def test_a_clock_time_just_before_a_day_counted_from_the_story_is_on_that_day() -> None:
    en = "Fog grounded all flights on Sunday. Flights resumed at 7 a.m. the next morning."
    assert _values(en, "en", "2026-11-04")["7 a.m."] == "2026-11-02"
    id_ = "Jalan itu longsor pada Minggu (1/11). Jalan dibuka pukul 09.00 keesokan harinya."
    assert _values(id_, "id", "2026-11-04")["pukul 09.00"] == "2026-11-02"


def test_a_clock_time_right_before_a_day_phrase_is_on_that_day() -> None:
    id_ = "Banjir surut pada Jumat (6/11). Pasar dibuka pukul 07.00 pagi hari Senin."
    assert _values(id_, "id", "2026-11-10")["pukul 07.00 pagi"] == "2026-11-09"
    id_ = "Jalan ditutup pada Senin (9/11). Jalan dibuka pukul 09.00 WIB hari Selasa."
    assert _values(id_, "id", "2026-11-11")["pukul 09.00 WIB"] == "2026-11-10"
    en = "Campaigning ended on Sunday. Polls close at 7 p.m. on the day of the vote."
    assert _values(en, "en", "2026-11-02")["7 p.m."] is None  # not Sunday's

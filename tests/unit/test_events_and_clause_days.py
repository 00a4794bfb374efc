"""A clause "and"/"dan" joins to the one before it with no subject of its own ("Gunmen
stormed a bank and took 12 hostages on Tuesday") is a second deed of the same subject, told
with one day: the clause before takes its day. A plan ("… and will close the site on
Friday"), a clause with a subject of its own ("…, and the mayor resigned on Friday") and a
scheduling or adjourning verb, whose day is what it schedules ("… and scheduled the
verdict for Friday", "… and adjourned the case until Monday"), a day after the article's and
one told after "for"/"until" date nothing before them. Nor does the day an active setting
verb sets ("set a bail hearing for February 20", "menjadwalkan sidang pada Kamis") date that
verb itself; a passive one is the plan, dated by it ("is now scheduled for", "The runoff,
scheduled for March 16, …"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.model import Event

PUBDATE = "2026-02-12"  # a Thursday


def events(text: str, lang: str) -> dict[str, Event]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).events
    return {e.trigger.text: e for e in found if e.trigger}


@pytest.mark.parametrize(
    ("lang", "text", "first", "second", "time"),
    [
        ("en", "Gunmen stormed a bank in Lagos and took 12 hostages on Tuesday.",
         "stormed", "took", "2026-02-10"),
        ("en", "A landslide buried six houses and blocked the main road early on Wednesday.",
         "buried", "blocked", "2026-02-11"),
        ("id", "Petugas Bea Cukai memeriksa kapal itu dan menyita 300 karton rokok pada Senin "
         "(9/2).", "memeriksa", "menyita", "2026-02-09"),
    ],
)  # fmt: skip
def test_a_deed_joined_by_and_gives_its_day_to_the_clause_before(
    lang: str, text: str, first: str, second: str, time: str
) -> None:
    found = events(text, lang)
    assert found[first].time == found[second].time == time
    assert found[first].order < found[second].order


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("en", "The company posted a loss and will close the site on Friday.", "posted"),
        ("id", "Majelis hakim menunda sidang dan menjadwalkan putusan pada Jumat.", "menunda"),
        (
            "en",
            "The tribunal convicted the former mayor and set sentencing for March 9.",
            "convicted",
        ),
        ("en", "A judge convicted the trader and adjourned the hearing until Monday.", "convicted"),
        ("en", "The panel questioned the minister and called him back for Monday.", "questioned"),
        (
            "id",
            "Pengadilan memvonis mantan camat itu dan menunda sidang lain hingga Selasa (10/2).",
            "memvonis",
        ),
    ],
)
def test_a_plan_or_a_schedule_joined_by_and_dates_nothing_before_it(
    lang: str, text: str, first: str
) -> None:
    assert events(text, lang)[first].time is None


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "time"),
    [
        ("en", "Magistrate Ruth Obi set a bail hearing for February 20.", "set", None),
        ("en", "The board scheduled a vote for March 2.", "scheduled", None),
        ("en", "On Tuesday, the board set a vote for March 2.", "set", "2026-02-10"),
        ("en", "The retrial is set for March 16.", "set", "2026-03-16"),
        ("id", "Hakim menjadwalkan sidang tuntutan pada Kamis (19/2).", "menjadwalkan", None),
        # passive, an adverb maybe after "be", or a participle with nothing before "for"
        ("en", "Sentencing is now scheduled for March 16.", "scheduled", "2026-03-16"),
        ("en", "The retrial is tentatively set for March 16.", "set", "2026-03-16"),
        ("en", "The runoff, scheduled for March 16, will pick a mayor.", "scheduled",
         "2026-03-16"),
        ("id", "Sidang tuntutan kembali dijadwalkan pada Kamis (19/2).", "dijadwalkan",
         "2026-02-19"),
    ],
)  # fmt: skip
def test_a_day_set_for_something_else_is_not_the_setting_verb_s_own(
    lang: str, text: str, trigger: str, time: str | None
) -> None:
    assert events(text, lang)[trigger].time == time


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("en", "The squad landed in Tokyo on Monday and flew to Osaka on Wednesday.",
         "landed", "flew"),
        ("en", "The squad landed in Tokyo on Monday and on Wednesday flew to Osaka.",
         "landed", "flew"),
        ("id", "Rombongan itu tiba di Tokyo pada Senin dan terbang ke Osaka pada Rabu.",
         "tiba", "terbang"),
        ("id", "Rombongan itu tiba di Tokyo pada Senin dan pada Rabu terbang ke Osaka.",
         "tiba", "terbang"),
    ],
)  # fmt: skip
def test_a_deed_joined_by_and_with_a_day_of_its_own_keeps_it(
    lang: str, text: str, first: str, second: str
) -> None:
    found = events(text, lang)
    assert (found[first].time, found[second].time) == ("2026-02-09", "2026-02-11")

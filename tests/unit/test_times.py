"""The time annotator: TIMEX3 types, spans, and days resolved against the publication date.

Most cases use an article published on Wednesday 2025-03-19. Sentences are written for
these tests; each case names the span that must be found and its type and value.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.model import TimeSpan
from reader.analysis.timegrammar import find_time_expressions
from reader.analysis.times import _parse_absolute, _read_common, find_times

WEDNESDAY = date(2025, 3, 19)


def times(text: str, lang: str, pubdate: date | None = WEDNESDAY) -> list[TimeSpan]:
    found = find_times(BuiltinBackend().parse(text, lang), pubdate)
    for span in found:
        assert text[span.start : span.end] == span.text
    return found


def one(text: str, lang: str, span: str, pubdate: date | None = WEDNESDAY) -> TimeSpan:
    found = [t for t in times(text, lang, pubdate) if t.text == span]
    assert found, f"{span!r} not among {[t.text for t in times(text, lang, pubdate)]}"
    return found[0]


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        # a bare weekday in news is the latest such day on or before the publication day
        ("id", "Kedua presiden berbicara pada hari Selasa.", "hari Selasa", "2025-03-18"),
        ("id", "Menteri itu tiba di Kairo Selasa.", "Selasa", "2025-03-18"),
        ("id", "Panggilan Rabu itu berlangsung singkat.", "Rabu", "2025-03-19"),
        ("id", "Pertemuan itu digelar Kamis.", "Kamis", "2025-03-13"),
        ("en", "The two leaders spoke on Tuesday.", "Tuesday", "2025-03-18"),
        # "lalu"/"last" is strictly before, "depan"/"next" strictly after
        ("id", "Ia sudah bertemu gubernur Kamis lalu.", "Kamis lalu", "2025-03-13"),
        ("id", "Rapat serupa digelar Rabu lalu.", "Rabu lalu", "2025-03-12"),
        ("id", "Keputusan diumumkan Jumat depan.", "Jumat depan", "2025-03-21"),
        ("en", "She resigned last Thursday.", "last Thursday", "2025-03-13"),
        ("en", "The vote comes next Monday.", "next Monday", "2025-03-24"),
        # a future cue in the clause looks forward
        ("id", "Tim itu akan terbang ke Bali pada hari Jumat.", "hari Jumat", "2025-03-21"),
        ("en", "The minister will visit the port on Friday.", "Friday", "2025-03-21"),
        ("en", "He is due to meet council leaders on Monday.", "Monday", "2025-03-24"),
        # ... but a cue inside what someone said does not reach past the speech verb
        ("en", "They will meet soon, an aide said on Monday.", "Monday", "2025-03-17"),
        # "early"/"late" narrow the day into the span
        ("en", "The quake struck early Tuesday.", "early Tuesday", "2025-03-18"),
        ("en", "Stocks slid late yesterday.", "late yesterday", "2025-03-18"),
        # "pekan ini" after a weekday is this week's
        ("id", "Data dirilis Jumat pekan ini.", "Jumat pekan ini", "2025-03-21"),
        # day words and counted days
        ("id", "Kebakaran itu terjadi kemarin.", "kemarin", "2025-03-18"),
        ("id", "Hasilnya diumumkan hari ini.", "hari ini", "2025-03-19"),
        ("id", "Sidang dilanjutkan besok.", "besok", "2025-03-20"),
        ("id", "Ia dibebaskan dua hari lalu.", "dua hari lalu", "2025-03-17"),
        ("id", "Kapal itu tenggelam 3 minggu yang lalu.", "3 minggu yang lalu", "2025-W09"),
        ("en", "The plant closed yesterday.", "yesterday", "2025-03-18"),
        ("en", "It rained the day before yesterday.", "the day before yesterday", "2025-03-17"),
        ("en", "Talks resume tomorrow.", "tomorrow", "2025-03-20"),
        ("en", "The ship sank two days ago.", "two days ago", "2025-03-17"),
        ("en", "The plant closes two weeks from now.", "two weeks from now", "2025-W14"),
        ("en", "Sunday's vote was close.", "Sunday", "2025-03-16"),
        ("en", "Last week’s talks failed.", "Last week", "2025-W11"),
        # a week is dated by its Monday
        ("id", "Pekan lalu harga beras naik.", "Pekan lalu", "2025-W11"),
        ("id", "Harga beras naik minggu lalu.", "minggu lalu", "2025-W11"),
        ("en", "Prices rose last week.", "last week", "2025-W11"),
        ("en", "The report is out next week.", "next week", "2025-W13"),
        # absolute dates, with dateparser behind them
        ("id", "Laporan itu terbit 19 Maret 2025.", "19 Maret 2025", "2025-03-19"),
        ("id", "Aturan itu berlaku sejak 3 Februari.", "3 Februari", "2025-02-03"),
        ("en", "The law passed on March 19, 2025.", "March 19, 2025", "2025-03-19"),
        ("en", "It opened on 4 March 2024.", "4 March 2024", "2024-03-04"),
        ("en", "The file is dated 2025-03-19.", "2025-03-19", "2025-03-19"),
        ("en", "The truce began on Jan. 5.", "Jan. 5", "2025-01-05"),
        # a word after a day without its year says which one
        ("id", "Sidang perdana digelar 14 Januari lalu.", "14 Januari", "2025-01-14"),
        ("id", "Kontrak itu berakhir 20 Maret lalu.", "20 Maret", "2024-03-20"),
        ("id", "Pemilu digelar 17 Maret mendatang.", "17 Maret", "2026-03-17"),
        ("id", "Surat itu bertanggal 17/08/2024.", "17/08/2024", "2024-08-17"),
        ("id", "Sidang perdana digelar 17 Ags 2025.", "17 Ags 2025", "2025-08-17"),
        # a day without its year is the one nearest the publication day, often last year's
        ("id", "Kontrak itu diteken 5 Des.", "5 Des", "2024-12-05"),
        ("en", "The factory shut on Dec. 20.", "Dec. 20", "2024-12-20"),
        ("en", "The hearing is set for April 2.", "April 2", "2025-04-02"),
        ("en", "The firm will hold its meeting on October 15.", "October 15", "2025-10-15"),
        ("id", "Partai itu akan menggelar kongres pada 10 November.", "10 November", "2025-11-10"),
        # Indonesian news style: the weekday with its date in brackets
        ("id", "Polisi menangkap pelaku pada Senin (17/3).", "Senin (17/3)", "2025-03-17"),
        ("en", "They met on Tuesday, March 18, 2025.", "Tuesday, March 18, 2025", "2025-03-18"),
        # a yearly holiday: the one nearest the publication day
        ("en", "The bill may pass before Christmas.", "Christmas", "2024-12-25"),
        # other languages: day words and dates from dateparser's locale data
        ("fr", "Les manifestants sont revenus hier, le 19 mars 2025.", "hier", "2025-03-18"),
        (
            "fr",
            "Les manifestants sont revenus hier, le 19 mars 2025.",
            "19 mars 2025",
            "2025-03-19",
        ),
    ],
)
def test_dates_resolve_against_the_publication_date(
    lang: str, sentence: str, span: str, value: str
) -> None:
    found = one(sentence, lang, span)
    assert found.type == "DATE"
    assert found.value == value


def test_relative_dates_record_their_anchor_and_absolute_ones_do_not() -> None:
    relative = one("Kebakaran itu terjadi kemarin.", "id", "kemarin")
    assert (relative.relative, relative.anchor) == (True, "2025-03-19")
    absolute = one("Laporan itu terbit 19 Maret 2025.", "id", "19 Maret 2025")
    assert (absolute.relative, absolute.anchor) == (False, None)


def test_without_a_publication_date_relative_dates_are_found_but_not_resolved() -> None:
    for text, span in [
        ("Ia tiba kemarin.", "kemarin"),
        ("Rapat digelar hari Selasa.", "hari Selasa"),
    ]:
        found = one(text, "id", span, pubdate=None)
        assert (found.value, found.anchor, found.relative) == (None, None, True)
    absolute = one("Laporan itu terbit 19 Maret 2025.", "id", "19 Maret 2025", pubdate=None)
    assert absolute.value == "2025-03-19"


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("id", "Sawah kering sepanjang musim kemarau.", "musim kemarau"),
        ("id", "Harga naik 5 persen dari bulan sebelumnya.", "bulan sebelumnya"),
        ("id", "Tim akan bertemu dalam beberapa hari mendatang.", "beberapa hari mendatang"),
        ("id", "Ekspor pada Januari-Agustus 2025 naik.", "Januari-Agustus 2025"),
        # company results: fiscal years, named quarters and reporting periods
        ("en", "They have not lost at home this season.", "this season"),
        ("en", "Prices fell earlier in the year.", "the year"),
        ("en", "Power was cut for most of the day.", "the day"),
        ("en", "The current fiscal year ends in June.", "The current fiscal year"),
        ("en", "Margins fell in the fiscal third quarter.", "the fiscal third quarter"),
        ("en", "Costs were lower in the prior year.", "the prior year"),
        ("id", "Persija belum kalah musim ini.", "musim ini"),
        ("en", "Analysts expected more for the quarter.", "the quarter"),
        ("en", "Margins beat the year-ago quarter.", "the year-ago quarter"),
        ("en", "Costs rose from the same period.", "the same period"),
        ("en", "They met the following day.", "the following day"),
        ("en", "The shop shut for the weekend.", "the weekend"),
        ("en", "Stores close by the end of the fiscal year.", "the end of the fiscal year"),
        # a fiscal year in business shorthand
        ("en", "The outlook for FY 2024/25 is weak.", "FY 2024/25"),
        # the last weekday of a month is that month's, not last week's
        ("en", "The fair opens on the last Monday of September.", "the last Monday of September"),
        ("id", "Proyek itu berjalan pada periode 2018-2021.", "2018-2021"),
    ],
)
def test_dates_with_no_single_day_have_no_value(lang: str, sentence: str, span: str) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value) == ("DATE", None)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        # years, written or told from the publication year
        ("id", "Proyek dimulai pada tahun 2026.", "tahun 2026", "2026"),
        ("id", "Ekonomi tumbuh 5 persen sepanjang 2024.", "2024", "2024"),
        ("id", "Penjualan turun tahun lalu.", "tahun lalu", "2024"),
        ("id", "Target itu dikejar tahun ini.", "tahun ini", "2025"),
        ("id", "Pajak naik tahun depan.", "tahun depan", "2026"),
        ("id", "Harga naik pada awal tahun 2024.", "awal tahun 2024", "2024"),
        ("id", "Rapat digelar akhir tahun lalu.", "akhir tahun lalu", "2024"),
        ("en", "He served from 2010 to 2018.", "2018", "2018"),
        ("en", "A 2015 earthquake razed the town.", "2015", "2015"),
        ("en", "It never recovered from the 2008 crisis.", "2008", "2008"),
        ("en", "Sales fell last year.", "last year", "2024"),
        ("en", "Sales rose this year.", "this year", "2025"),
        ("en", "Next year's budget is tight.", "Next year", "2026"),
        ("en", "Growth returned in early 2021.", "early 2021", "2021"),
        ("en", "The plant opened in mid-1997.", "mid-1997", "1997"),
        ("en", "Sales slumped earlier this year.", "earlier this year", "2025"),
        ("en", "The hub opens by the end of 2026.", "the end of 2026", "2026"),
        ("en", "It ends by the start of next year.", "the start of next year", "2026"),
        # months: with their year, told from now, or alone (the nearest such month)
        ("id", "Pabrik itu dibuka Maret 2025.", "Maret 2025", "2025-03"),
        ("id", "Inflasi Des 2024 turun.", "Des 2024", "2024-12"),
        ("id", "Harga naik bulan lalu.", "bulan lalu", "2025-02"),
        ("id", "Harga naik bulan depan.", "bulan depan", "2025-04"),
        ("id", "Gaji dibayar pada akhir bulan ini.", "akhir bulan ini", "2025-03"),
        ("id", "Hujan deras turun pada Maret.", "Maret", "2025-03"),
        ("id", "Banjir melanda pada Desember.", "Desember", "2024-12"),
        ("id", "Harga naik lagi akhir Januari.", "akhir Januari", "2025-01"),
        ("id", "Sidang berlangsung sejak Juni lalu.", "Juni lalu", "2024-06"),
        ("id", "Pemilu digelar Maret mendatang.", "Maret mendatang", "2026-03"),
        ("id", "Harga naik Maret tahun lalu.", "Maret tahun lalu", "2024-03"),
        ("en", "Inflation in March 2025 rose.", "March 2025", "2025-03"),
        ("en", "Prices rose last month.", "last month", "2025-02"),
        ("en", "Prices rise next month.", "next month", "2025-04"),
        ("en", "The plant reopens later this month.", "later this month", "2025-03"),
        ("en", "The shop has been closed since March.", "March", "2025-03"),
        ("en", "Sales slipped after a weak October.", "October", "2024-10"),
        ("en", "The talks collapsed in mid-March.", "mid-March", "2025-03"),
        ("en", "They have not lost since last September.", "last September", "2024-09"),
        ("en", "Sales rose in April last year.", "April last year", "2024-04"),
        ("en", "Work starts at the beginning of March.", "the beginning of March", "2025-03"),
        ("en", "Talks resume in the middle of next month.", "the middle of next month", "2025-04"),
        # a future clause takes the next one, as for a day without its year
        ("en", "The firm will report results in September.", "September", "2025-09"),
        # quarters
        ("id", "Laba naik pada kuartal pertama 2025.", "kuartal pertama 2025", "2025-Q1"),
        ("id", "Laba kuartal III 2024 naik.", "kuartal III 2024", "2024-Q3"),
        ("id", "Laba kuartal I/2025 naik.", "kuartal I/2025", "2025-Q1"),
        ("id", "Pertumbuhan kuartal IV-2024 melambat.", "kuartal IV-2024", "2024-Q4"),
        ("id", "Penjualan triwulan II 2024 naik.", "triwulan II 2024", "2024-Q2"),
        ("id", "Laba kuartal ini naik.", "kuartal ini", "2025-Q1"),
        ("id", "Laba kuartal pertama tahun lalu naik.", "kuartal pertama tahun lalu", "2024-Q1"),
        ("en", "Profits doubled in the first quarter of 2024.", "the first quarter of 2024",
         "2024-Q1"),
        ("en", "Profit rose this quarter.", "this quarter", "2025-Q1"),
        ("en", "Profit fell last quarter.", "last quarter", "2024-Q4"),
        ("en", "Revenue rose in Q3 2024.", "Q3 2024", "2024-Q3"),
        ("en", "Output recovers in the first quarter of next year.",
         "the first quarter of next year", "2026-Q1"),
        # the third quarter alone in March is as near before as after: the one before
        ("en", "The board voted 7-2 on the plan for the third quarter.", "the third quarter",
         "2024-Q3"),
        ("en", "Jobs go by the end of the third quarter.", "the end of the third quarter",
         "2024-Q3"),
        # decades: the first three digits of their years
        ("en", "Unemployment peaked in the 1990s.", "the 1990s", "199"),
        ("en", "Prices fell in the early 2000s.", "the early 2000s", "200"),
        ("en", "Growth slowed in the mid-1990s.", "the mid-1990s", "199"),
        ("id", "Harga naik pada tahun 1990-an.", "tahun 1990-an", "199"),
        ("id", "Harga naik pada akhir tahun 1990-an.", "akhir tahun 1990-an", "199"),
    ],
)  # fmt: skip
def test_years_months_quarters_and_decades_have_timeml_values(
    lang: str, sentence: str, span: str, value: str
) -> None:
    """As TimeML values them, an ISO 8601 date of reduced precision, told from the
    publication date (Wednesday 2025-03-19) when the text leaves the year out."""
    found = one(sentence, lang, span)
    assert (found.type, found.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Pabrik itu dibuka Maret 2025.", "Maret 2025", "2025-03"),
        ("id", "Proyek dimulai pada tahun 2026.", "tahun 2026", "2026"),
        ("id", "Laba kuartal III 2024 naik.", "kuartal III 2024", "2024-Q3"),
        ("en", "Unemployment peaked in the 1990s.", "the 1990s", "199"),
        ("id", "Penjualan turun tahun lalu.", "tahun lalu", None),
        ("id", "Hujan deras turun pada Maret.", "Maret", None),
        ("en", "Prices rose last month.", "last month", None),
        ("en", "Profit rose in the third quarter.", "the third quarter", None),
    ],
)
def test_without_a_publication_date_only_written_periods_have_values(
    lang: str, sentence: str, span: str, value: str | None
) -> None:
    assert one(sentence, lang, span, pubdate=None).value == value


def test_a_month_alone_is_the_nearest_one_across_the_new_year() -> None:
    """As a day without its year: in early January, "Desember" is the one just past, and
    in December "Januari" is the one just ahead."""
    assert one("Banjir melanda pada Desember.", "id", "Desember", date(2025, 1, 5)).value == (
        "2024-12"
    )
    assert one("Pajak naik pada Januari.", "id", "Januari", date(2024, 12, 20)).value == "2025-01"
    assert one("Profit rose in the fourth quarter.", "en", "the fourth quarter",
               date(2025, 1, 5)).value == "2024-Q4"  # fmt: skip


def test_periods_keep_their_anchor_and_events_their_days() -> None:
    """A relative period is valued and, as TimeML has it, anchored to the publication date
    it was told from; a written period depends on no date and has no anchor."""
    found = one("Penjualan turun tahun lalu.", "id", "tahun lalu")
    assert (found.value, found.anchor, found.relative) == ("2024", "2025-03-19", True)
    found = one("Inflation eased next month.", "en", "next month")
    assert (found.value, found.anchor) == ("2025-04", "2025-03-19")
    found = one("Penjualan turun pada 2023.", "id", "2023")
    assert (found.value, found.anchor, found.relative) == ("2023", None, False)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "duration"),
    [
        ("id", "Mereka berbicara selama satu jam.", "satu jam", "PT1H"),
        ("id", "Putin menolak gencatan senjata 30 hari.", "30 hari", "P30D"),
        ("id", "Ia menunggu setengah jam di luar.", "setengah jam", "PT30M"),
        ("id", "Proyek itu butuh 1,5 tahun.", "1,5 tahun", "P18M"),
        ("id", "Ia tinggal di sana sebulan.", "sebulan", "P1M"),
        ("id", "Kemiskinan turun dalam dua semester.", "dua semester", "P12M"),
        ("en", "He scored three minutes after coming on.", "three minutes", "PT3M"),
        ("id", "Stok cukup untuk empat hingga lima bulan.", "empat hingga lima bulan", None),
        ("id", "Stok cukup untuk 72 jam ke depan.", "72 jam ke depan", "PT72H"),
        ("id", "Harga naik dalam lima tahun terakhir.", "lima tahun terakhir", "P5Y"),
        ("id", "Suhu turun dua pekan belakangan ini.", "dua pekan belakangan ini", "P2W"),
        ("en", "It earned $4m in the three months to June.", "the three months", "P3M"),
        ("en", "Sales in the 26 weeks to May rose.", "the 26 weeks", "P26W"),
        ("en", "The meeting lasted two hours.", "two hours", "PT2H"),
        ("en", "They agreed a 30-day ceasefire.", "30-day", "P30D"),
        ("en", "The queue took an hour.", "an hour", "PT1H"),
        ("en", "Prices rose over the past two weeks.", "the past two weeks", "P2W"),
        ("en", "It could save money over the next decade.", "the next decade", "P10Y"),
        ("id", "Ia divonis 2 tahun 6 bulan penjara.", "2 tahun 6 bulan", "P2Y6M"),
        ("en", "The flight took 3 hours 20 minutes.", "3 hours 20 minutes", "PT3H20M"),
        ("en", "The final lasted two hours and 41 minutes.", "two hours and 41 minutes", "PT2H41M"),
        ("en", "Sales rose for eleven consecutive weeks.", "eleven consecutive weeks", "P11W"),
        ("en", "Refunds take five working days.", "five working days", "P5D"),
        ("id", "Banding diajukan dalam tiga hari kerja.", "tiga hari kerja", "P3D"),
        ("id", "Asing membeli saham dalam lima hari perdagangan.", "lima hari perdagangan", "P5D"),
        ("en", "Crews searched over the following 24 hours.", "the following 24 hours", "PT24H"),
        ("en", "Profit rose in the first nine months.", "the first nine months", "P9M"),
        ("en", "They scored twice in the final 10 minutes.", "the final 10 minutes", "PT10M"),
        ("en", "A reshuffle may come in the next few weeks.", "the next few weeks", None),
        ("en", "Rents climbed in recent years.", "recent years", None),
        ("en", "Rates may rise over the coming days.", "the coming days", None),
    ],
)
def test_durations_are_not_dates(lang: str, sentence: str, span: str, duration: str) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value, found.duration) == ("DURATION", None, duration)


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("id", "Mereka menunggu beberapa hari.", "beberapa hari"),
        ("id", "Warga antre berjam-jam.", "berjam-jam"),
        ("en", "The storm lasted several hours.", "several hours"),
        ("en", "The two sides argued for years.", "years"),
    ],
)
def test_vague_durations_have_no_length(lang: str, sentence: str, span: str) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.duration) == ("DURATION", None)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Rapat dimulai pukul 10.00 WIB.", "pukul 10.00 WIB", None),
        ("id", "Sungai meluap sekitar pukul 23.40 WIB.", "sekitar pukul 23.40 WIB", None),
        ("en", "The market opens at 10 a.m. daily.", "10 a.m.", None),
        ("en", "The train left at 14:30.", "14:30", None),
        ("en", "Shares fell by midday.", "midday", None),
        ("id", "Rapat digelar pukul 14.00-16.00 WIB.", "pukul 14.00-16.00 WIB", None),
        ("id", "Antre pukul 08.00 hingga 10.00 WIB.", "pukul 08.00 hingga 10.00 WIB", None),
        ("id", "Pagi tadi ia datang.", "Pagi tadi", "2025-03-19"),
        ("id", "Hujan turun sore nanti.", "sore nanti", "2025-03-19"),
        ("id", "Ledakan terdengar Selasa malam.", "Selasa malam", "2025-03-18"),
        ("id", "Api padam kemarin sore.", "kemarin sore", "2025-03-18"),
        ("en", "The ferry sank on Monday evening.", "Monday evening", "2025-03-17"),
        ("id", "Laga digelar Sabtu (15/3/2025) malam.", "Sabtu (15/3/2025) malam", "2025-03-15"),
        ("id", "Pelaku ditangkap Senin (17/3) malam.", "Senin (17/3) malam", "2025-03-17"),
        # an Indonesian clock time after its day is one TIME with it
        (
            "id",
            "Gempa terjadi Senin (17/3) pukul 23.14 WITA.",
            "Senin (17/3) pukul 23.14 WITA",
            "2025-03-17",
        ),
        ("id", "Laga digelar Selasa pukul 19.00 WIB.", "Selasa pukul 19.00 WIB", "2025-03-18"),
        ("id", "Beberapa jam kemudian serangan dimulai.", "Beberapa jam kemudian", None),
    ],
)
def test_times_of_day(lang: str, sentence: str, span: str, value: str | None) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "period"),
    [
        ("id", "Ia berlari setiap hari.", "setiap hari", "P1D"),
        ("id", "Pasar itu buka tiap Senin.", "tiap Senin", "P1W"),
        ("id", "Obat diminum tiga kali sehari.", "tiga kali sehari", "P1D"),
        ("id", "Kuras bak mandi sekali seminggu.", "sekali seminggu", "P1W"),
        ("id", "Pajak dibayar sekali dalam setahun.", "sekali dalam setahun", "P1Y"),
        ("en", "The committee meets every week.", "every week", "P1W"),
        ("en", "She trains twice a week.", "twice a week", "P1W"),
        ("en", "The firm pays a quarterly dividend.", "quarterly", "P3M"),
        ("en", "The prize is awarded annually.", "annually", "P1Y"),
        ("en", "The dividend is paid semiannually.", "semiannually", "P6M"),
        ("en", "It raised its quarterly dividend.", "quarterly", "P3M"),
        ("en", "Elections are held every four years.", "every four years", "P4Y"),
        # two weekdays, a part of the day, a month or a quarter after "every"
        ("id", "Sidang digelar setiap Senin dan Kamis.", "setiap Senin dan Kamis", "P1W"),
        ("en", "Clinics open every Saturday morning.", "every Saturday morning", "P1W"),
        ("en", "The fair is held every October.", "every October", "P1Y"),
        ("en", "The firm reports sales every quarter.", "every quarter", "P3M"),
    ],
)
def test_sets_repeat(lang: str, sentence: str, span: str, period: str) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.duration) == ("SET", period)


def test_sekali_is_a_set_only_with_its_period() -> None:
    found = times("Rumahnya besar sekali, dan sekali lagi ia menolak.", "id")
    assert [t.text for t in found] == []


def test_minggu_is_sunday_only_when_it_names_a_day() -> None:
    sunday = one("Polisi berjaga pada Minggu (16/3) pagi.", "id", "Minggu (16/3) pagi")
    assert sunday.value == "2025-03-16"
    week = one("Minggu lalu harga naik.", "id", "Minggu lalu")
    assert week.value == "2025-W11"
    assert one("Ia dirawat dua minggu.", "id", "dua minggu").duration == "P2W"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # narrative cues alone are left to the event timeline
        ("id", "Kemudian ia pergi, dan sebelumnya ia makan."),
        ("en", "Later he left; earlier he had eaten."),
        # an age is not a time; an ordinal "second" is not a unit; "may" is no month
        ("id", "Perempuan berusia 52 tahun itu selamat."),
        # nor is one with no "berusia": after a word for a person, or set off after a name
        ("id", "Seorang lelaki 61 tahun hanyut di sungai."),
        ("id", "Sopir truk, Joko Santoso, 38 tahun, selamat."),
        ("id", "Korban, Wati (29 tahun), dirawat."),
        ("id", "Vaksin diberikan kepada anak di bawah 12 tahun."),
        ("id", "Para korban berusia 19 hingga 24 tahun."),
        ("en", "He was shown a second yellow card."),
        ("en", "The rules may change."),
        # numbers that only look like times or dates
        ("id", "Harga naik 10.30 persen dan skor 2-1."),
        ("en", "One in 3/4 of cases."),
        # a match's halves are no part of the calendar; "a quarter of" is a fraction
        ("en", "They were poor in the first half but won the second half."),
        ("id", "Gol itu lahir di babak kedua."),
        ("en", "A quarter of the staff left."),
        ("en", "Boston led 35-19 in the third quarter."),
        ("en", "It posted a quarterly loss."),
        # a month's name before a surname is a first name
        ("en", "The reporter April Ryan asked first."),
        ("en", "After the fall of the wall, the fiscal crisis grew."),
        ("en", "They trailed at halftime and rallied in the fourth quarter."),
    ],
)
def test_things_that_are_not_time_expressions(lang: str, sentence: str) -> None:
    assert times(sentence, lang) == []


def test_the_seed_sentences_give_the_expected_times() -> None:
    text = (
        "Trump berbicara dengan Putin selama dua jam melalui telepon pada hari Selasa. "
        "Trump mengatakan panggilan Rabu dengan Zelensky berlangsung sekitar satu jam. "
        "Diskusi didasarkan pada panggilan yang dilakukan kemarin."
    )
    assert [(t.text, t.type, t.value, t.duration) for t in times(text, "id")] == [
        ("dua jam", "DURATION", None, "PT2H"),
        ("hari Selasa", "DATE", "2025-03-18", None),
        ("Rabu", "DATE", "2025-03-19", None),
        ("sekitar satu jam", "DURATION", None, "PT1H"),  # TimeML keeps "sekitar"
        ("kemarin", "DATE", "2025-03-18", None),
    ]


def test_dateparser_is_imported_only_for_uncommon_absolute_dates() -> None:
    """dateparser is slow to import: relative expressions and the common date forms ("19
    Maret 2025", "Senin (17/3)", "March 19, 2025") are read without it; other absolute dates
    pull it in."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from reader.analysis.backends.builtin import BuiltinBackend\n"
        "from reader.analysis.times import find_times\n"
        "def run(text, lang):\n"
        "    find_times(BuiltinBackend().parse(text, lang), date(2025, 3, 19))\n"
        "    return 'dateparser' in sys.modules\n"
        "print(run('Ia tiba kemarin, dua hari setelah hari Selasa.', 'id'))\n"
        "print(run('Ia tiba 19 Maret 2025, lalu pergi Senin (17/3).', 'id'))\n"
        "print(run('She left on March 19, 2025, and came back on Jan. 5.', 'en'))\n"
        "print(run('Il est arrivé le 19 mars 2025.', 'fr'))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False", "False", "True"]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(["id", "en", "fr", "xx"]),
    st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
)
def test_any_text_gives_valid_spans(text: str, lang: str, pubdate: date | None) -> None:
    found = times(text, lang, pubdate)
    for a, b in pairwise(found):
        assert a.end <= b.start
    for t in found:
        assert 0 <= t.start < t.end <= len(text)


@pytest.mark.parametrize("text", ["1-\r\u00b9", "3 - \u00b9 Maret", "\u00b2 hari kemudian"])
def test_superscript_digits_are_no_day_numbers(text: str) -> None:
    # "¹" passes str.isdigit() but int() refuses it: a day range must not try to read it
    assert all(t.text != text for t in times(text, "id", date(2025, 3, 1)))


#: Words that open or close time expressions, shuffled into soups by hypothesis.
TIME_SOUP = [
    "hari", "Selasa", "Minggu", "lalu", "depan", "kemarin", "dua", "jam", "pukul", "10.00",
    "WIB", "(", "18/3", ")", "19", "Maret", "2025", "setiap", "akan", ",", ".", "Natal",
    "beberapa", "kemudian", "29", "Februari", "31/2", "0", "besok", "pekan", "Jumat",
    "Christmas", "yesterday", "next", "Monday",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(TIME_SOUP), max_size=30),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
)
def test_time_like_soup_never_breaks(parts: list[str], pubdate: date) -> None:
    found = times(" ".join(parts), "id", pubdate)
    for a, b in pairwise(found):
        assert a.end <= b.start


def test_common_dates_are_read_as_dateparser_reads_them() -> None:
    """The dates read without dateparser get the day dateparser gives them (or are left to
    it): every day number, month spelling, year and publication date in a grid."""
    from reader.analysis import times as times_module

    cases = [
        (f"{day} {month}{year}", "id") for day in ("1", "09", "29", "31", "32")
        for month in ("Februari", "APRIL", "Ags") for year in ("", " 2024")
    ] + [
        (f"{month} {day}{year}", "en") for day in ("1", "3rd", "29", "31")
        for month in ("February", "Sept") for year in ("", " , 2023")
    ] + [(f"{day}/{month}{year}", "id") for day in ("7", "31") for month in ("2", "04")
         for year in ("", "/2024")]  # fmt: skip
    read = 0
    for text, lang in cases:
        for pubdate in (WEDNESDAY, date(2024, 2, 10), None):
            common = times_module._read_common(text, lang, pubdate)
            if common is not None:
                read += 1
                times_module._parse_absolute.cache_clear()
                dateparser_day = _with_dateparser(text, lang, pubdate)
                assert common == dateparser_day, (text, lang, pubdate)
    assert read > 80


def _with_dateparser(text: str, lang: str, pubdate: date | None) -> date | None:
    """What :func:`reader.analysis.times._parse_absolute` gives when dateparser reads it."""
    from unittest import mock

    from reader.analysis import times as times_module

    with mock.patch.object(times_module, "_read_common", return_value=None):
        return times_module._parse_absolute(text, lang, pubdate)


@pytest.mark.parametrize(
    ("word", "rules"),
    [
        ("175", {"_set", "_quantity"}),
        ("12", {"_set", "_clock", "_month_date", "_quantity"}),
        ("30", {"_set", "_month_date", "_quantity"}),
        ("19th", {"_set", "_month_date", "_quantity"}),
        ("10.30", {"_set", "_clock", "_numeric_date", "_quantity"}),
        ("10am", {"_set", "_clock", "_quantity"}),
        ("19/3/2025", {"_set", "_numeric_date", "_quantity"}),
        ("2024", {"_set", "_year", "_quantity"}),
        ("1990-an", {"_set", "_year", "_quantity"}),
    ],
)
def test_a_number_tries_only_the_rules_its_shape_can_start(word: str, rules: set[str]) -> None:
    from reader.analysis.timegrammar.grammar import _digit_rules

    assert {rule.__name__ for rule in _digit_rules(word, "id", True)} == rules
    # without "kali" in the text no number counts times: "tiga kali" needs the word
    assert {rule.__name__ for rule in _digit_rules(word, "id", False)} == rules - {"_set"}


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        # the time of writing and the stretch before it (TimeML's PRESENT_REF, PAST_REF)
        ("en", "The freeze now costs the Treasury billions.", "now"),
        ("en", "Hauliers are currently planning a protest.", "currently"),
        ("en", "Recently, a film crew visited the island.", "Recently"),
        ("id", "Saat ini kebocoran data masih sering terjadi.", "Saat ini"),
        ("id", "Baru-baru ini data warga bocor.", "Baru-baru ini"),
        ("id", "Gedung itu kini ramai dikunjungi.", "kini"),
    ],
)
def test_words_for_now_and_lately_are_dates_without_a_day(
    lang: str, sentence: str, span: str
) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value, found.relative) == ("DATE", None, True)
    assert found.anchor == WEDNESDAY.isoformat()  # told from the publication date


def test_saat_itu_and_hyphenated_now_are_no_times() -> None:
    assert times("Saat itu hujan turun.", "id") == []
    assert times("The now-defunct plan failed.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("In summer, tourists arrive on ferries.", "summer"),  # "in" is no part of it
        ("Storms cut the island off in winter.", "winter"),
        ("The shop was burgled in the summer of 2019.", "the summer of 2019"),
        ("Sales slowed in winter 2023.", "winter 2023"),
    ],
)
def test_seasons_after_a_preposition_and_with_their_year(sentence: str, span: str) -> None:
    assert one(sentence, "en", span).type == "DATE"


def test_a_capitalised_season_after_in_is_a_name() -> None:
    assert times("She lives in Winter Park.", "en") == []


def test_a_season_takes_tahun_depan() -> None:
    assert one("Museum dibuka pada musim kemarau tahun depan.", "id", "musim kemarau tahun depan")


def test_a_plan_noun_does_not_put_the_weekday_ahead() -> None:
    found = one("The cabinet endorsed a plan on Monday to raise the duty.", "en", "Monday")
    assert found.value == "2025-03-17"


def test_a_visit_after_an_article_and_an_adjective_is_a_noun_too() -> None:
    sentence = "The minister returned from a trade visit to Singapore on Sunday."
    assert one(sentence, "en", "Sunday").value == "2025-03-16"
    assert one("The minister will visit Singapore on Sunday.", "en", "Sunday").value == (
        "2025-03-23"
    )


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("id", "Setiap akhir pekan, ratusan orang datang.", "Setiap akhir pekan"),
        ("en", "Tourists come every weekend.", "every weekend"),
    ],
)
def test_every_weekend_is_a_weekly_set(lang: str, sentence: str, span: str) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.duration) == ("SET", "P1W")


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "period"),
    [
        ("en", "The scheme will cost £3bn a year.", "a year", "P1Y"),
        ("en", "Fares rise 4% a month.", "a month", "P1M"),
        ("en", "Staff earn $900 per week.", "per week", "P1W"),
        ("id", "Ia digaji Rp 10 juta sebulan.", "sebulan", "P1M"),
        ("id", "Biaya sewa Rp 5 juta per tahun.", "per tahun", "P1Y"),
    ],
)
def test_a_unit_after_an_amount_is_a_rate(lang: str, sentence: str, span: str, period: str) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.duration) == ("SET", period)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "type_"),
    [
        ("en", "He was jailed for a year.", "a year", "DURATION"),
        ("en", "Sales rose 5% in a year.", "a year", "DURATION"),
        ("en", "They won 3 a year ago.", "a year ago", "DATE"),
        ("id", "Ia dipenjara setahun.", "setahun", "DURATION"),
    ],
)
def test_a_unit_after_no_amount_is_no_rate(lang: str, sentence: str, span: str, type_: str) -> None:
    assert one(sentence, lang, span).type == type_


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("id", "Tim tiba di lokasi pada dini hari.", "dini hari"),
        ("en", "Officers searched the hall at dawn.", "dawn"),
        ("en", "The curfew lasts until dusk.", "dusk"),
    ],
)
def test_times_of_day_without_a_day(lang: str, sentence: str, span: str) -> None:
    assert one(sentence, lang, span).type == "TIME"


def test_the_dawn_of_an_era_is_no_time() -> None:
    assert times("It marked the dawn of a new era.", "en") == []


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Pendaftaran dibuka pada 27-29 Agustus.", "27-29 Agustus", "2025-08-27"),
        ("id", "Festival digelar 10\u201312 Juni 2024.", "10\u201312 Juni 2024", "2024-06-10"),
        ("en", "The summit runs June 10-12, 2026.", "June 10-12, 2026", "2026-06-10"),
    ],
)
def test_a_span_of_days_is_one_date_valued_by_its_first_day(
    lang: str, sentence: str, span: str, value: str
) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value) == ("DATE", value)


def test_the_end_of_a_range_of_days_comes_after_its_start() -> None:
    may = date(2024, 5, 20)
    text = "Kampanye berlangsung mulai 25 September hingga 23 November."
    assert one(text, "id", "23 November", may).value == "2024-11-23"
    assert one("Rapat terakhir digelar 23 November.", "id", "23 November", may).value == (
        "2023-11-23"
    )


def test_an_indonesian_year_after_an_election_or_budget_noun() -> None:
    found = [t.text for t in times("Pilkada 2024 dan APBN 2025 dibahas oleh 2024 orang.", "id")]
    assert found == ["2024", "2025"]


def test_a_weekday_told_again_without_a_cue_is_the_same_day() -> None:
    text = "United visit Hollins Park on Sunday. Kick-off on Sunday is at 4.30pm."
    assert [t.value for t in times(text, "en") if t.text == "Sunday"] == ["2025-03-23"] * 2


def test_a_weekday_told_again_with_a_cue_of_its_own_follows_that_cue() -> None:
    text = "Polisi datang pada Senin. Tim akan kembali Senin depan."
    assert [t.value for t in times(text, "id")] == ["2025-03-17", "2025-03-24"]


def test_earlier_this_week_is_one_span_valued_as_the_week() -> None:
    found = one("Earlier this week, inflation fell.", "en", "Earlier this week")
    assert (found.type, found.value) == ("DATE", "2025-W12")


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "type_"),
    [
        ("en", "It came more than four years after the raid.", "more than four years", "DURATION"),
        ("en", "The trial lasted nearly three months.", "nearly three months", "DURATION"),
        ("en", "The count is expected around 1am.", "around 1am", "TIME"),
        ("en", "He faces up to two years in prison.", "up to two years", "DURATION"),
        ("en", "It happened about three years ago.", "about three years ago", "DATE"),
        ("id", "Air turun sekitar pukul 19.00 WITA.", "sekitar pukul 19.00 WITA", "TIME"),
        ("id", "Kampanye berlangsung hampir dua bulan.", "hampir dua bulan", "DURATION"),
        ("id", "Banjir surut kurang dari setengah jam.", "kurang dari setengah jam", "DURATION"),
    ],
)
def test_approximators_stay_in_the_span_as_in_timeml(
    lang: str, sentence: str, span: str, type_: str
) -> None:
    assert one(sentence, lang, span).type == type_


def test_an_approximator_before_a_date_stays_out() -> None:
    assert [t.text for t in times("Rapat digelar sekitar Maret 2024.", "id")] == ["Maret 2024"]


@pytest.mark.parametrize(
    ("lang", "sentence", "spans"),
    [
        ("en", "Tickets for the 2025-26 season go on sale.", ["the 2025-26 season"]),
        ("id", "Musim 2023/24 berakhir.", ["2023/24"]),
        ("en", "The index for 2024-12 fell.", []),  # no season: 12 does not follow 24
    ],
)
def test_a_season_of_two_years(lang: str, sentence: str, spans: list[str]) -> None:
    assert [t.text for t in times(sentence, lang)] == spans


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("en", "Sales in the fiscal year 2024/25 rose.", "the fiscal year 2024/25"),
        ("id", "Laba tahun fiskal 2024/2025 naik.", "tahun fiskal 2024/2025"),
        ("id", "Tahun ajaran 2024/2025 dimulai Juli.", "Tahun ajaran 2024/2025"),
    ],
)
def test_a_fiscal_or_school_year_takes_its_span_of_years(
    lang: str, sentence: str, span: str
) -> None:
    assert one(sentence, lang, span).type == "DATE"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The count ended at 3pm yesterday.", "3pm yesterday", "2025-03-18"),
        ("The vote is set for 10 a.m. Monday.", "10 a.m. Monday", "2025-03-24"),
        ("Trains should run again by 11am tomorrow.", "11am tomorrow", "2025-03-20"),
    ],
)
def test_a_clock_time_takes_the_day_told_after_it(sentence: str, span: str, value: str) -> None:
    found = one(sentence, "en", span)
    assert (found.type, found.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "The plant closed in April last year.", "April last year", "2024-04"),
        ("en", "Talks resume in June next year.", "June next year", "2026-06"),
        ("id", "Pabrik itu tutup pada Maret tahun lalu.", "Maret tahun lalu", "2024-03"),
        ("en", "Analysts expect a rebound next quarter.", "next quarter", "2025-Q2"),
        ("id", "Laba kuartal lalu turun.", "kuartal lalu", "2024-Q4"),
        (
            "id",
            "Penjualan naik dibandingkan periode yang sama tahun lalu.",
            "periode yang sama tahun lalu",
            "2024",
        ),
        (
            "id",
            "Volume hari ini naik dari hari yang sama tahun lalu.",
            "hari yang sama tahun lalu",
            "2024",
        ),
        # the compared period at the precision the text gives, as one DATE
        (
            "en",
            "Sales were flat in the same period last year.",
            "the same period last year",
            "2024",
        ),
        ("en", "Costs rose from the same quarter last year.", "the same quarter last year", "2024"),
        # months from now are a month, as "bulan depan" is
        ("id", "Putusan dibacakan dua bulan lagi.", "dua bulan lagi", "2025-05"),
    ],
)
def test_a_period_takes_the_year_or_now_it_is_told_from(
    lang: str, sentence: str, span: str, value: str | None
) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value) == ("DATE", value)


def test_days_from_now_are_dated() -> None:
    assert one("Sidang dilanjutkan tiga hari lagi.", "id", "tiga hari lagi").value == "2025-03-22"


def test_a_clock_time_and_its_day_after_on_are_one_time() -> None:
    found = times("The warning runs until 9am on Saturday.", "en")
    assert [(t.text, t.type) for t in found] == [("9am on Saturday", "TIME")]


def test_the_last_quarter_of_a_game_is_no_period_of_the_year() -> None:
    assert times("They led 88-80 going into the last quarter.", "en") == []


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("id", "Inflasi sembilan bulan pertama tahun ini 2%.", "sembilan bulan pertama tahun ini"),
        ("id", "Ekspor tiga bulan terakhir 2024 melemah.", "tiga bulan terakhir 2024"),
        ("id", "Ramai dua hari sebelum Lebaran tahun lalu.", "dua hari sebelum Lebaran tahun lalu"),
        ("en", "Shops were busy two days before Christmas.", "two days before Christmas"),
    ],
)
def test_a_stretch_at_the_edge_of_a_period_or_before_a_feast_is_one_date(
    lang: str, sentence: str, span: str
) -> None:
    assert one(sentence, lang, span).type == "DATE"


def test_a_stretch_of_units_alone_stays_a_duration() -> None:
    assert one("Ia dirawat tiga hari pertama.", "id", "tiga hari").type == "DURATION"


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("en", "The bridge is closed until 9am on Saturday.", "2025-03-22"),
        ("en", "The road remains shut until Saturday.", "2025-03-22"),
        ("en", "The road was shut until Saturday.", "2025-03-15"),
        ("id", "Jalan itu masih ditutup hingga Sabtu.", "2025-03-22"),
    ],
)
def test_a_day_ending_a_state_that_holds_now_is_ahead(lang: str, sentence: str, value: str) -> None:
    found = [t for t in times(sentence, lang) if t.text.endswith(("Saturday", "Sabtu"))]
    assert found[0].value == value


def test_an_amount_of_things_a_year_is_a_rate() -> None:
    assert one("It carries 90 million passengers a year.", "en", "a year").type == "SET"
    assert one("He was jailed for a year.", "en", "a year").type == "DURATION"
    assert one("Harga sewa Rp 2 juta per bulan.", "id", "per bulan").type == "SET"


def test_a_half_alone_is_a_year_s_after_money_and_a_match_s_after_a_goal() -> None:
    assert (
        one("Costs added 40 million pounds in the first half.", "en", "the first half").type
        == "DATE"
    )
    assert not times("The £50 million striker scored in the second half.", "en")


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        # a month of fasting and a feast's weekend have no single day (the feasts' days:
        # test_times_feasts.py)
        ("id", "Harga beras naik menjelang Ramadan.", "Ramadan"),
        ("en", "Shops were busy over the Easter weekend.", "Easter weekend"),
    ],
)
def test_moving_feasts_are_dates_without_a_day(lang: str, sentence: str, span: str) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value) == ("DATE", None)


def test_a_feast_word_inside_a_name_is_no_date() -> None:
    assert times("They sailed to Easter Island.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a verb of a happening reported once it is over: the last such day
        ("Kecelakaan itu terjadi pada 24 Maret.", "24 Maret", "2024-03-24"),
        ("Korban tewas pada 20 Maret di rumah sakit.", "20 Maret", "2024-03-20"),
        ("Tersangka ditangkap di Bekasi pada 25 Maret.", "25 Maret", "2024-03-25"),
        ("Kebakaran terjadi pada 2 Maret dini hari.", "2 Maret", "2025-03-02"),
        # a forecast, a condition, a plan or a notice: the nearest one
        ("Gerhana diperkirakan terjadi pada 25 Maret.", "25 Maret", "2025-03-25"),
        ("Ahli memperkirakan puncak kasus terjadi pada 25 Maret.", "25 Maret", "2025-03-25"),
        ("Jika hujan terjadi pada 25 Maret, acara ditunda.", "25 Maret", "2025-03-25"),
        ("Festival akan digelar pada 25 Maret.", "25 Maret", "2025-03-25"),
        ("Pendaftaran ditutup pada 25 Maret.", "25 Maret", "2025-03-25"),
        ("Puncak arus mudik terjadi pada 25 Maret nanti.", "25 Maret", "2025-03-25"),
    ],
)
def test_indonesian_completed_happenings_take_the_last_day(
    sentence: str, span: str, value: str
) -> None:
    assert one(sentence, "id", span).value == value


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        # the edge of a period told without "ini"/"this" is the current one's
        ("id", "Harga naik sejak awal tahun.", "awal tahun", "2025"),
        ("id", "Libur akhir tahun tiba.", "akhir tahun", "2025"),
        ("id", "Gaji cair pada awal bulan.", "awal bulan", "2025-03"),
        (
            "id",
            "Pada pertengahan pekan ini, antrean memanjang.",
            "pertengahan pekan ini",
            "2025-W12",
        ),
        (
            "en",
            "The vote is expected in the middle of next week.",
            "the middle of next week",
            "2025-W13",
        ),
        ("en", "Rates may fall by the end of the year.", "the end of the year", "2025"),
        ("en", "Prices rose at the start of the month.", "the start of the month", "2025-03"),
        ("en", "Volatility fades by mid-year.", "mid-year", "2025"),
        ("en", "Banks expect cuts by year-end.", "year-end", "2025"),
    ],
)
def test_edges_of_the_current_period(lang: str, sentence: str, span: str, value: str) -> None:
    assert one(sentence, lang, span).value == value


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        # told in January, a past clause's year-end is the one just gone ...
        ("id", "Proyek itu telah rampung pada akhir tahun.", "akhir tahun", "2025"),
        ("en", "Analysts had warned sales would slow by the end of the year.",
         "the end of the year", "2025"),
        # ... but a target set in the perfect is still ahead
        ("id", "Kementerian sudah menargetkan 34 juta ton hingga akhir tahun.", "akhir tahun",
         "2026"),
        ("id", "Pemerintah telah menargetkan proyek rampung pada akhir tahun.", "akhir tahun",
         "2026"),
        ("en", "The firm has pledged to cut costs by the end of the year.",
         "the end of the year", "2026"),
    ],
)  # fmt: skip
def test_a_target_year_end_is_ahead_even_in_the_perfect(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert one(sentence, lang, span, date(2026, 1, 15)).value == value


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("id", "Warga libur pada akhir pekan.", "akhir pekan"),  # the weekend, no week's end
        ("en", "A year-end rally lifted stocks.", "year-end"),  # an adjective, no date
    ],
)
def test_weekend_and_adjective_edges_have_no_value(lang: str, sentence: str, span: str) -> None:
    assert all(t.value is None for t in times(sentence, lang) if t.text == span)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Pesta digelar pada malam Tahun Baru.", "malam Tahun Baru", "2024-12-31"),
        ("id", "Gereja penuh saat malam Natal.", "malam Natal", "2024-12-24"),
        ("id", "Buruh berunjuk rasa pada Hari Buruh.", "Hari Buruh", "2025-05-01"),
        ("id", "Natal tahun lalu sepi.", "Natal tahun lalu", "2024-12-25"),
        ("en", "Christmas 2023 was cold.", "Christmas 2023", "2023-12-25"),
        # American holidays on a weekday of a month
        ("en", "Flights were full over Thanksgiving Day.", "Thanksgiving Day", "2024-11-28"),
        ("en", "Stores close for Thanksgiving 2026.", "Thanksgiving 2026", "2026-11-26"),
        ("en", "Voters queued on Election Day.", "Election Day", "2024-11-05"),
        ("en", "Markets shut for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day",
         "2025-01-20"),
        ("en", "Polls open at 7 a.m. on Election Day.", "7 a.m. on Election Day", "2024-11-05"),
        ("en", "Sales fell on Black Friday.", "Black Friday", "2024-11-29"),
    ],
)  # fmt: skip
def test_holidays_take_their_day(lang: str, sentence: str, span: str, value: str) -> None:
    assert one(sentence, lang, span).value == value


def test_a_holiday_weekend_has_no_single_day() -> None:
    found = one("Sales rose over the Thanksgiving weekend.", "en", "Thanksgiving weekend")
    assert (found.type, found.value) == ("DATE", None)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "type_"),
    [
        ("id", "Kuliah dimulai pada pekan ketiga Maret.", "pekan ketiga Maret", "DATE"),
        ("id", "Liga berlanjut pada pekan pertama Januari 2026.", "pekan pertama Januari 2026",
         "DATE"),
        ("id", "Ujian semester genap dimulai.", "semester genap", "DATE"),
        ("en", "Check the forecast every few hours.", "every few hours", "SET"),
        ("en", "The storm arrives late Wednesday night.", "late Wednesday night", "TIME"),
    ],
)  # fmt: skip
def test_spans_of_weeks_terms_seasons_and_sets(
    lang: str, sentence: str, span: str, type_: str
) -> None:
    assert one(sentence, lang, span).type == type_


def test_a_match_week_is_no_date() -> None:
    assert times("Persib menjamu Persija pada pekan ketiga Liga 1.", "id") == []


def test_a_forecast_puts_a_weekday_ahead() -> None:
    found = one("Arus kendaraan diperkirakan memuncak Kamis malam.", "id", "Kamis malam")
    assert found.value == "2025-03-20"


@pytest.mark.parametrize(
    "sentence", ["Pada akhir tahun itu, harga naik.", "Laba turun pada kuartal I tahun itu."]
)
def test_a_period_of_that_year_is_told_from_the_story(sentence: str) -> None:
    (found,) = times(sentence, "id")
    assert found.text.endswith("itu") and found.value is None


def test_a_season_after_since_and_an_edge() -> None:
    assert one("They have planned since early summer.", "en", "early summer").value == "2024-SU"


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "Prices have risen since June.", "June", "2024-06"),
        ("id", "Harga naik sejak awal Juni.", "awal Juni", "2024-06"),
        ("id", "Harga naik sejak 5 Juni.", "5 Juni", "2024-06-05"),
    ],
)
def test_since_a_day_or_month_is_in_the_past(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert one(sentence, lang, span).value == value


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "The hearing was held in the first week of February.", "the first week of February",
         "2025-02"),
        ("id", "Kuliah dimulai pada pekan ketiga Maret.", "pekan ketiga Maret", "2025-03"),
        ("id", "Rapat digelar minggu terakhir bulan lalu.", "minggu terakhir bulan lalu",
         "2025-02"),
    ],
)  # fmt: skip
def test_a_week_of_a_month_is_valued_as_its_month(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert one(sentence, lang, span).value == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The quake struck in the early hours of Sunday.", "the early hours of Sunday",
         "2025-03-16"),
        ("Fires spread in the early hours.", "the early hours", None),
    ],
)  # fmt: skip
def test_english_early_hours(sentence: str, span: str, value: str | None) -> None:
    found = one(sentence, "en", span)
    assert (found.type, found.value) == ("TIME", value)


def test_the_weekend_of_a_day_is_one_date() -> None:
    found = one("The game was set for the weekend of April 24.", "en", "the weekend of April 24")
    assert (found.type, found.value) == ("DATE", None)


def test_the_weeks_before_a_holiday_are_a_stretch() -> None:
    found = times("Ballots were sent in the two weeks before Election Day.", "en")
    assert [(t.text, t.type) for t in found][-1] == ("Election Day", "DATE")


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "type_"),
    [
        (
            "id",
            "Korban bertahan tiga hari tiga malam di hutan.",
            "tiga hari tiga malam",
            "DURATION",
        ),
        ("en", "The shop is busy late at night.", "late at night", "TIME"),
    ],
)
def test_days_and_nights_and_late_at_night(lang: str, sentence: str, span: str, type_: str) -> None:
    assert one(sentence, lang, span).type == type_


def test_a_holiday_name_must_be_capitalised() -> None:
    assert times("Hari ibu-ibu berkumpul di balai desa.", "id") == []


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Pameran dibuka Selasa hingga Kamis.", "Kamis", "2025-03-20"),
        ("en", "The fair runs from Monday to Friday.", "Friday", "2025-03-21"),
    ],
)
def test_a_weekday_ending_a_range_comes_after_its_start(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert one(sentence, lang, span).value == value


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Puncak arus mudik terjadi pada H-3 Lebaran.", ["H-3 Lebaran"]),
        ("Tiket kereta habis sejak H-10.", ["H-10"]),
        ("Vitamin H-1 dijual bebas.", []),  # no day word before it, no feast after it
    ],
)
def test_days_counted_down_to_a_feast(sentence: str, spans: list[str]) -> None:
    found = times(sentence, "id")
    assert [(t.text, t.value) for t in found] == [(span, None) for span in spans]


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("id", "Dia tiba besok.", "besok"),
        ("id", "Dia tiba pekan depan.", "pekan depan"),
        ("en", "He arrives next year.", "next year"),
    ],
)
def test_a_time_told_past_the_calendar_end_has_no_value(
    lang: str, sentence: str, span: str
) -> None:
    assert one(sentence, lang, span, date(9999, 12, 31)).value is None


def test_a_week_told_without_a_publication_date_has_no_value() -> None:
    assert one("Harga naik pekan lalu.", "id", "pekan lalu", None).value is None


def test_a_feast_in_a_year_past_its_table_has_no_value() -> None:
    assert one("Pasar tutup saat Idul Fitri.", "id", "Idul Fitri", date(2300, 3, 1)).value is None


def test_29_february_without_a_year_is_the_last_leap_day_and_ends_a_range_as_written() -> None:
    assert one("Dia lahir pada 29 Februari.", "id", "29 Februari").value == "2024-02-29"
    leap = date(2024, 1, 10)  # no 29 February a year after the range's start: left as written
    text = "The fair runs from 1 March to 29 February."
    assert one(text, "en", "29 February", leap).value == "2024-02-29"


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("id", "Rapat digelar Senin pekan lalu.", "Senin pekan lalu", "2025-03-10"),
        ("en", "The meeting is on Monday next week.", "Monday next week", "2025-03-24"),
    ],
)
def test_a_weekday_of_last_or_next_week(lang: str, sentence: str, span: str, value: str) -> None:
    assert one(sentence, lang, span).value == value


def test_dates_not_written_a_common_way_are_left_to_dateparser() -> None:
    assert _read_common("19 March , 2025", "en", None) is None  # only "March 19 , 2025"
    assert _read_common("19 19", "en", WEDNESDAY) is None  # no month
    assert _parse_absolute("19 Maret", "xx", None) is None  # a language dateparser lacks


@pytest.mark.parametrize(
    ("lang", "sentence", "found"),
    [
        # a part of the year with no such part: a DATE with no value
        ("id", "Laba naik pada semester ketiga 2024.", [("semester ketiga 2024", None)]),
        # "yang sama" after a noun that is no period stays out of the span
        ("id", "Harga naik dibanding kondisi yang sama tahun lalu.", [("tahun lalu", "2024")]),
        ("id", "Rapat digelar Senin (32/3).", [("Senin", "2025-03-17")]),  # no 32nd day
        ("en", "Profit rose in FY terms.", []),  # "FY" without a year
        ("en", "First-quarter profits rose.", [("First-quarter", None)]),
        ("id", "Laba naik pada kuartal III tahun 2024.", [("kuartal III tahun 2024", "2024-Q3")]),
        ("id", "Hujan turun pada musim kemarau 1990-an.", [("musim kemarau 1990-an", None)]),
    ],
)
def test_parts_of_years_fiscal_years_and_numeric_dates_the_grammar_reads(
    lang: str, sentence: str, found: list[tuple[str, str | None]]
) -> None:
    assert [(t.text, t.value) for t in times(sentence, lang)] == found


@pytest.mark.parametrize(
    ("lang", "sentence", "found"),
    [
        ("en", "Profit fell in the final quarter.", [("the final quarter", None)]),  # which?
        ("id", "Rapat digelar jam 10.", []),  # "jam 10" needs minutes, a zone or a part of day
        ("id", "Rapat digelar pukul 10.00 waktu setempat.", [("pukul 10.00 waktu setempat", None)]),
        ("id", "Warga berkumpul dua Minggu lalu.", [("Minggu lalu", "2025-03-16")]),  # Sunday
        ("id", "Pasar tutup dua jam sebelum Lebaran.", [("dua jam sebelum Lebaran", None)]),
    ],
)
def test_last_quarters_bare_hours_local_times_sundays_and_hours_before_a_feast(
    lang: str, sentence: str, found: list[tuple[str, str | None]]
) -> None:
    assert [(t.text, t.value) for t in times(sentence, lang)] == found


def test_a_half_glued_to_its_year_with_no_such_half_writes_no_period() -> None:
    doc = BuiltinBackend().parse("Laba naik pada semester III-2025.", "id")
    [match] = find_time_expressions(doc)
    assert (doc.text[match.start : match.end], match.kind, match.absolute) == (
        "semester III-2025",
        "none",
        None,
    )

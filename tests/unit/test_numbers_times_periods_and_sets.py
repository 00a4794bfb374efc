"""Numbers and times: values for seasons, halves and fiscal years, the year of a
range's start, clock times joined to their day, rates of "kali", and units that stop at
adverbs.

Sentences are written for these tests. Unless a case says otherwise the article is
published on Wednesday 2025-03-19.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.model import NumberSpan, TimeSpan
from reader.analysis.numbers import find_numbers
from reader.analysis.times import find_times

WEDNESDAY = date(2025, 3, 19)


def times(text: str, lang: str, pubdate: date = WEDNESDAY) -> list[TimeSpan]:
    return find_times(BuiltinBackend().parse(text, lang), pubdate)


def one(text: str, lang: str, span: str, pubdate: date = WEDNESDAY) -> TimeSpan:
    found = [t for t in times(text, lang, pubdate) if t.text == span]
    assert found, f"{span!r} not among {[t.text for t in times(text, lang, pubdate)]}"
    return found[0]


def numbers(text: str, lang: str) -> dict[str, tuple[object, object]]:
    found: list[NumberSpan] = find_numbers(BuiltinBackend().parse(text, lang))
    return {n.text: (n.value, n.unit) for n in found}


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        # a season told from now: the last one before, this one, the next one
        ("en", "Sales slumped last summer.", "last summer", "2024-SU"),
        ("en", "Prices may fall this autumn.", "this autumn", "2025-FA"),
        ("en", "The plant opens next spring.", "next spring", "2026-SP"),
        ("en", "The school opens this fall.", "this fall", "2025-FA"),
        # a winter is the one that begins in December of its year
        ("en", "It was a harsh winter last winter.", "last winter", "2024-WI"),
        # a season written with its year, or the nearest one (the last, in a past clause)
        ("en", "The board meets in the spring of 2030.", "the spring of 2030", "2030-SP"),
        ("en", "He joined the club in the summer.", "the summer", "2024-SU"),
        ("en", "The plant opened in the fall.", "the fall", "2024-FA"),
        ("id", "Ia berangkat pada musim panas lalu.", "musim panas lalu", "2024-SU"),
        ("id", "Salju turun pada musim dingin 2023.", "musim dingin 2023", "2023-WI"),
        # a half of a year
        ("id", "Penjualan semester I-2025 turun.", "semester I-2025", "2025-H1"),
        ("id", "Laba semester pertama 2024 naik.", "semester pertama 2024", "2024-H1"),
        ("id", "Ekspor semester kedua tahun lalu naik.", "semester kedua tahun lalu", "2024-H2"),
        ("id", "Kinerja semester lalu melemah.", "semester lalu", "2024-H2"),
        (
            "en",
            "Output recovers in the second half of next year.",
            "the second half of next year",
            "2026-H2",
        ),
        ("en", "It earned $40m in the first half of 2024.", "the first half of 2024", "2024-H1"),
        # six or three months at the edge of a year are its half or quarter
        (
            "id",
            "Pajak enam bulan pertama tahun ini naik.",
            "enam bulan pertama tahun ini",
            "2025-H1",
        ),
        ("id", "Inflasi tiga bulan terakhir 2024 rendah.", "tiga bulan terakhir 2024", "2024-Q4"),
        # fiscal years: TimeML's "FY2019"; Indonesia's is the calendar year
        ("en", "Orders peaked in fiscal 2019.", "fiscal 2019", "FY2019"),
        ("en", "Sales fell in fiscal year 2021.", "fiscal year 2021", "FY2021"),
        ("en", "Profit will rise in FY2025.", "FY2025", "FY2025"),
        ("en", "Profit will rise in FY26.", "FY26", "FY2026"),
        ("id", "Dividen diambil dari laba tahun buku 2024.", "tahun buku 2024", "2024"),
        ("id", "Defisit tahun anggaran 2026 melebar.", "tahun anggaran 2026", "2026"),
    ],
)
def test_parts_of_a_year_have_timeml_values(
    lang: str, sentence: str, span: str, value: str
) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        # tropical seasons are no TimeML season; a year across two has no single value
        ("id", "Sawah kering sepanjang musim kemarau.", "musim kemarau"),
        ("id", "Siswa baru masuk pada tahun ajaran 2025/2026.", "tahun ajaran 2025/2026"),
        ("en", "The outlook for FY 2024/25 is weak.", "FY 2024/25"),
        ("en", "Margins fell in the fiscal third quarter.", "the fiscal third quarter"),
        ("id", "Inflasi sembilan bulan pertama tahun ini 2%.", "sembilan bulan pertama tahun ini"),
    ],
)
def test_periods_without_one_timeml_value_have_none(lang: str, sentence: str, span: str) -> None:
    assert one(sentence, lang, span).value is None


def test_the_last_fall_of_something_is_no_season() -> None:
    assert [t.text for t in times("It was the last fall in prices.", "en")] == []


def test_a_month_in_a_past_clause_is_the_last_one() -> None:
    # October 2025: March 2026 is nearer, but the contract was ratified already
    october = date(2025, 10, 29)
    said = "Pilots ratified the contract in March."
    assert one(said, "en", "March", october).value == "2025-03"
    assert one("The vote is in March.", "en", "March", october).value == "2026-03"


@pytest.mark.parametrize(
    ("lang", "sentence", "first", "value"),
    [
        ("id", "Panen raya pada Maret hingga April 2026.", "Maret", "2026-03"),
        ("en", "They run from Aug. 22 to Aug. 30, 2026.", "Aug. 22", "2026-08-22"),
        # the start may fall in the year before the end's
        ("id", "Libur 25 Desember hingga 2 Januari 2026.", "25 Desember", "2025-12-25"),
    ],
)
def test_a_range_start_without_its_year_takes_the_year_of_its_end(
    lang: str, sentence: str, first: str, value: str
) -> None:
    found = one(sentence, lang, first)
    assert (found.value, found.relative, found.anchor) == (value, False, None)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "Approve it by June 30 of next year.", "June 30 of next year", "2026-06-30"),
        ("en", "It closed on June 30 last year.", "June 30 last year", "2024-06-30"),
        ("id", "Ia ditangkap pada 17 Agustus tahun lalu.", "17 Agustus tahun lalu", "2024-08-17"),
    ],
)
def test_a_day_with_the_year_told_from_now_is_one_date(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert one(sentence, lang, span).value == value


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("en", "The call began at 8:30 a.m. on Thursday.", "8:30 a.m. on Thursday", "2025-03-13"),
        ("en", "Entries open at noon on May 1.", "noon on May 1", "2025-05-01"),
        (
            "id",
            "Tiket dijual pukul 00.00 WIB Sabtu (22/3).",
            "pukul 00.00 WIB Sabtu (22/3)",
            "2025-03-22",
        ),
        (
            "id",
            "Rapat dibuka pukul 10.00 WIB, Senin (17/3), di Jakarta.",
            "pukul 10.00 WIB, Senin (17/3)",
            "2025-03-17",
        ),
        (
            "id",
            "Saksi diperiksa Senin, 17 Maret 2025, pukul 09.00 WIB.",
            "Senin, 17 Maret 2025, pukul 09.00 WIB",
            "2025-03-17",
        ),
        # midnight at the end of a day
        (
            "id",
            "Jalan ditutup hingga Minggu (23/3) pukul 24.00.",
            "Minggu (23/3) pukul 24.00",
            "2025-03-23",
        ),
    ],
)
def test_a_clock_time_and_its_day_are_one_time(
    lang: str, sentence: str, span: str, value: str
) -> None:
    found = one(sentence, lang, span)
    assert (found.type, found.value) == ("TIME", value)


def test_midnight_at_the_end_of_a_day_is_no_number() -> None:
    assert "24.00" not in numbers("Jalan ditutup hingga Minggu (23/3) pukul 24.00.", "id")


@pytest.mark.parametrize(
    ("sentence", "span", "duration"),
    [
        ("Petani menanam dua kali dalam setahun.", "dua kali dalam setahun", "P1Y"),
        ("Rapat digelar tiga kali per pekan.", "tiga kali per pekan", "P1W"),
        ("Obat diminum dua kali sehari.", "dua kali sehari", "P1D"),
    ],
)
def test_times_in_a_period_are_a_set(sentence: str, span: str, duration: str) -> None:
    found = one(sentence, "id", span)
    assert (found.type, found.duration) == ("SET", duration)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Gusts reached 60 miles per hour."),
        ("en", "Winds of 185 km per hour hit the coast."),
        ("id", "Debit air turun menjadi 11 meter kubik per detik."),
    ],
)
def test_a_speed_or_a_flow_is_no_set(lang: str, sentence: str) -> None:
    assert [t.type for t in times(sentence, lang)] == []


def test_a_rate_per_day_of_money_is_still_a_set() -> None:
    assert one("Upah naik Rp 5.000 per hari.", "id", "per hari").type == "SET"


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "unit"),
    [
        ("id", "Warga hanya mendapat 3 liter per hari.", "3 liter per hari", "liter per hari"),
        ("id", "Setiap keluarga memakai 40 liter sehari.", "40 liter sehari", "liter sehari"),
        (
            "id",
            "Hujan mencapai 200 milimeter per hari.",
            "200 milimeter per hari",
            "milimeter per hari",
        ),
        ("en", "The refugees walked 20 km a day.", "20 km a day", "km a day"),
        ("en", "The mill crushes 500 tonnes per day.", "500 tonnes per day", "tonnes per day"),
    ],
)
def test_a_measure_per_day_is_one_rate_and_no_time(
    lang: str, sentence: str, text: str, unit: str
) -> None:
    assert times(sentence, lang) == []
    assert numbers(sentence, lang)[text][1] == unit


def test_a_duration_written_in_parts_with_commas_is_one() -> None:
    found = one(
        "She won in 2 hours, 18 minutes and 44 seconds.", "en", "2 hours, 18 minutes and 44 seconds"
    )
    assert (found.type, found.duration) == ("DURATION", "PT2H18M44S")


def test_a_season_of_two_years_takes_what_it_names() -> None:
    sentence = "The change starts in the 2027-28 school year."
    assert one(sentence, "en", "the 2027-28 school year").type == "DATE"


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        # an adverb or a verb after the counted noun is no part of it
        ("Warga di tiga desa bahkan membeli air.", "tiga desa", "desa"),
        ("Posko di 57 stasiun besar buka 24 jam.", "57 stasiun besar", "stasiun besar"),
        # square and cubic metres
        (
            "Debit air 18 meter kubik per detik.",
            "18 meter kubik per detik",
            "meter kubik per detik",
        ),
        (
            "Lahan seluas 40 kilometer persegi terbakar.",
            "40 kilometer persegi",
            "kilometer persegi",
        ),
    ],
)
def test_indonesian_units_end_where_the_noun_phrase_ends(
    sentence: str, text: str, unit: str
) -> None:
    assert numbers(sentence, "id")[text][1] == unit


def test_a_number_after_the_first_word_of_a_quote_counts() -> None:
    said = 'Ia berkata. "Pembangunan 15 ruang kelas lagi rampung," ujarnya.'
    assert numbers(said, "id")["15 ruang kelas"] == (15, "ruang kelas")


def test_an_irregular_ber_verb_ends_the_unit() -> None:
    assert numbers("Sekitar 2.000 siswa belajar di rumah.", "id")["2.000 siswa"][1] == "siswa"


def test_a_deadline_extended_until_a_weekday_is_ahead() -> None:
    friday = date(2025, 2, 14)
    said = "The Met Office has extended its warning until 9am on Saturday."
    assert one(said, "en", "9am on Saturday", friday).value == "2025-02-15"


@pytest.mark.parametrize(
    ("lang", "sentence", "first", "value"),
    [
        ("id", "Status darurat berlaku 3 hingga 16 April.", "3", "2025-04-03"),
        ("id", "Libur 10 sampai dengan 12 Maret 2026.", "10", "2026-03-10"),
        ("en", "The fair runs between 10 and 12 March.", "10", "2025-03-10"),
    ],
)
def test_the_first_day_of_a_range_takes_the_month_after_the_last(
    lang: str, sentence: str, first: str, value: str
) -> None:
    assert one(sentence, lang, first).value == value
    assert first not in numbers(sentence, lang)


def test_a_deadline_in_reported_speech_is_not_read_as_past() -> None:
    november = date(2025, 11, 21)
    said = "A diplomat said the aim was to agree a text by mid-December."
    assert one(said, "en", "mid-December", november).value == "2025-12"
    assert one("Sales rose in December.", "en", "December", november).value == "2024-12"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Power was restored overnight.", "overnight", None),
        ("Shares fell 7 percent in early trading.", "early trading", None),
        ("He left late on Tuesday.", "late on Tuesday", "2025-03-18"),
    ],
)
def test_english_times_of_day_without_a_clock(sentence: str, span: str, value: str | None) -> None:
    found = one(sentence, "en", span)
    assert (found.type, found.value) == ("TIME", value)


def test_early_on_alone_is_no_time() -> None:
    assert times("Early on, he said no.", "en") == []


def test_a_day_without_its_year_in_a_past_clause_is_the_last_one() -> None:
    january = date(2026, 1, 14)
    assert one("Talks ended on May 1.", "en", "May 1", january).value == "2025-05-01"
    assert one("They will meet on May 1.", "en", "May 1", january).value == "2026-05-01"
    assert one("Ia telah ditahan sejak 5 Mei.", "id", "5 Mei", january).value == "2025-05-05"


def test_early_trading_and_its_day_are_two_times() -> None:
    found = times("It dropped in early trading on Tuesday.", "en")
    assert [(t.text, t.value) for t in found] == [
        ("early trading", None),
        ("Tuesday", "2025-03-18"),
    ]


def test_a_fraction_after_a_verb_of_change_is_its_size() -> None:
    found = numbers("Shares have gained nearly a fifth since January.", "en")
    assert found["a fifth"] == (0.2, None)
    assert "a third" not in numbers("The team lost a third straight game.", "en")


def test_a_company_s_fiscal_quarter_is_a_date() -> None:
    found = one("Net income for its fiscal second quarter rose.", "en", "fiscal second quarter")
    assert (found.type, found.value) == ("DATE", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two hundred delegates attend a summit in March.",
        "The United Nations summit is in March.",
        "The election will be held in March.",
        "A vote was called for March.",
    ],
)
def test_words_in_ed_that_tell_no_past_leave_a_month_the_nearest(sentence: str) -> None:
    october = date(2025, 10, 29)
    assert one(sentence, "en", "March", october).value == "2026-03"


def test_a_past_verb_before_a_comma_and_a_new_clause_tells_nothing_of_it() -> None:
    october = date(2025, 10, 29)
    said = "Parliament was dissolved, and the campaign runs in March."
    assert one(said, "en", "March", october).value == "2026-03"


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "value", "unit"),
    [
        ("id", "Terdakwa divonis 4 tahun 6 bulan penjara.", "4 tahun 6 bulan", 4.5, "tahun"),
        ("id", "Pemadaman berlangsung 2 jam 30 menit.", "2 jam 30 menit", 2.5, "jam"),
        (
            "en",
            "He was jailed for four years and six months.",
            "four years and six months",
            4.5,
            "years",
        ),
        ("en", "The storm raged for 1 hour 15 minutes.", "1 hour 15 minutes", 1.25, "hour"),
    ],
)
def test_a_duration_in_parts_is_one_number_in_its_larger_unit(
    lang: str, sentence: str, text: str, value: float, unit: str
) -> None:
    assert numbers(sentence, lang) == {text: (value, unit)}

"""A count of days from the story ("Sehari kemudian", "two days later", "Dua hari sebelumnya",
"keesokan harinya") is valued from the day the time told before it named, and anchored
there; after a month or a year, which is no day to count from, it stays unvalued. A count of
years ("dibanding tahun sebelumnya", "a year earlier") is so told from the year of the time
before it, and a count of months ("a month earlier", "bulan sebelumnya") from its month. A
count of hours ("Dua jam kemudian", "a few hours later") stays on the day told before,
unless it makes whole days ("36 hours later" is the next day), and "Earlier that day" names
that day even with a year told since, though not past a paragraph break after it. A count
back after a plan told for a day past the publication date is told from the story's last day
before the plan, the plan being an aside."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2026-01-20"  # a Tuesday


def times(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).times
    return {t.text: (t.value, t.anchor) for t in found}


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value", "anchor"),
    [
        ("Hujan turun pada Jumat (16/1). Sehari kemudian, sungai meluap.", "id",
         "Sehari kemudian", "2026-01-17", "2026-01-16"),
        ("Rain fell on Friday. Two days later, the river burst.", "en", "Two days later",
         "2026-01-18", "2026-01-16"),
        ("Bupati meminta bantuan pada Senin. Dua hari sebelumnya, warga mengeluh.", "id",
         "Dua hari sebelumnya", "2026-01-17", "2026-01-19"),
    ],
)  # fmt: skip
def test_a_count_of_days_is_told_from_the_day_before_it(
    text: str, lang: str, phrase: str, value: str, anchor: str
) -> None:
    assert times(text, lang)[phrase] == (value, anchor)


def test_a_month_told_since_leaves_the_count_unvalued() -> None:
    text = (
        "The mayor was sentenced on Friday. The case began in March 2020. "
        "He resigned two weeks later."
    )
    assert times(text, "en")["two weeks later"] == (None, None)


def test_a_count_past_the_publication_day_stays_unvalued() -> None:
    text = "Pencarian dihentikan pada Selasa sore. Tim kembali menyisir sungai keesokan harinya."
    assert times(text, "id")["keesokan harinya"] == (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value", "anchor"),
    [
        ("Laba sepanjang 2025 turun 15 persen dibanding tahun sebelumnya.", "id",
         "tahun sebelumnya", "2024", "2025"),
        ("The case began in March 2020. A year earlier, the firm was sold.", "en",
         "A year earlier", "2019", "2020"),
    ],
)  # fmt: skip
def test_a_count_of_years_is_told_from_the_year_before_it(
    text: str, lang: str, phrase: str, value: str, anchor: str
) -> None:
    assert times(text, lang)[phrase] == (value, anchor)


def test_a_count_of_years_with_no_year_before_it_stays_unvalued() -> None:
    assert times("Laba turun dibanding tahun sebelumnya.", "id")["tahun sebelumnya"] == (
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Sales reached 40 million in 2025. The year before, the firm sold 31 million.",
         "The year before"),
        ("Talks resumed on Tuesday. The week before, both sides had walked out.",
         "The week before"),
        ("The plant closed in May. The month after, the town lost its bus line.",
         "The month after"),
    ],
)  # fmt: skip
def test_a_unit_before_or_after_is_one_time_with_its_joiner(text: str, phrase: str) -> None:
    assert phrase in times(text, "en")


def test_the_year_before_counts_back_from_the_year_told_before() -> None:
    text = "Sales reached 40 million in 2025. The year before, the firm sold 31 million."
    assert times(text, "en")["The year before"] == ("2024", "2025")


def test_the_week_before_counts_from_the_day_past_an_amount_and_an_aside() -> None:
    text = (
        "A former minister was sentenced on Tuesday afternoon for taking kickbacks between "
        "2015 and 2019. The trial lasted 14 weeks. The week before, the court had heard "
        "closing arguments."
    )
    times = analyze(text, lang="en", backend="builtin", pubdate="2026-06-03").times
    assert [(t.text, t.value) for t in times][-1] == ("The week before", "2026-W22")


def test_a_year_of_a_later_sentence_is_still_no_day_to_count_from() -> None:
    text = "Sales fell on Monday. In 2019, the firm had lost money. The day before, it cut jobs."
    times = analyze(text, lang="en", backend="builtin", pubdate="2026-06-03").times
    assert [(t.text, t.value) for t in times][-1] == ("The day before", None)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "id",
            "Pada kuartal IV tahun lalu, penumpang naik dibandingkan periode yang sama tahun "
            "sebelumnya.",
            "2024",
        ),
        ("en", "Demand rose over Christmas 2024, up from the same period a year earlier.", "2023"),
    ],
)
def test_the_same_period_a_year_before_counts_from_the_year_told(
    lang: str, text: str, value: str
) -> None:
    times = analyze(text, lang=lang, backend="builtin", pubdate="2026-03-05").times
    assert times[-1].value == value


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value", "anchor"),
    [
        ("Exports grew 2 percent in October after falling 1 percent a month earlier.", "en",
         "a month earlier", "2025-09", "2025-10"),
        ("Penjualan mobil pada Agustus 2025 naik dibanding bulan sebelumnya.", "id",
         "bulan sebelumnya", "2025-07", "2025-08"),
        ("Pabrik ditutup pada 4 Desember 2025. Sebulan kemudian, buruh berunjuk rasa.", "id",
         "Sebulan kemudian", "2026-01", "2025-12"),
    ],
)  # fmt: skip
def test_a_count_of_months_is_told_from_the_month_before_it(
    text: str, lang: str, phrase: str, value: str, anchor: str
) -> None:
    assert times(text, lang)[phrase] == (value, anchor)


def test_a_count_of_months_past_the_publication_month_stays_unvalued() -> None:
    text = "Harga naik pada 5 Januari. Sebulan kemudian, harga turun."
    assert times(text, "id")["Sebulan kemudian"] == (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        ("Banjir merendam desa pada Kamis (15/1). Tiga jam kemudian, air surut.", "id",
         "Tiga jam kemudian", "2026-01-15"),
        ("The ferry sank on Sunday. A few hours later, divers reached it.", "en",
         "A few hours later", "2026-01-18"),
        ("Polisi tiba pada Senin (19/1). 30 menit sebelumnya, pelaku kabur.", "id",
         "30 menit sebelumnya", "2026-01-19"),
    ],
)  # fmt: skip
def test_a_count_of_hours_stays_on_the_day_told_before(
    text: str, lang: str, phrase: str, value: str
) -> None:
    assert times(text, lang)[phrase][0] == value


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        ("The blaze broke out on Friday. 36 hours later, firefighters contained it.", "en",
         "36 hours later", "2026-01-17"),
        ("Pasien masuk rumah sakit pada Rabu (14/1). 48 jam kemudian, ia dipulangkan.", "id",
         "48 jam kemudian", "2026-01-16"),
        ("The strike began on January 12. Seventy-two hours later, the unions signed a deal.",
         "en", "Seventy-two hours later", "2026-01-15"),
    ],
)  # fmt: skip
def test_a_count_of_hours_moves_the_day_by_its_whole_days(
    text: str, lang: str, phrase: str, value: str
) -> None:
    assert times(text, lang)[phrase][0] == value


def test_earlier_that_day_names_the_day_past_a_year_told_since() -> None:
    text = (
        "The council voted on Thursday to close the depot. It had opened in 1998. "
        "Earlier that day, drivers marched to the town hall."
    )
    assert times(text, "en")["Earlier that day"] == ("2026-01-15", "2026-01-15")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Orders hit 2 million in 2025, 8 percent fewer than a year earlier.", "a year earlier"),
        ("Rents were 12% higher in 2025, 300 more than a year earlier.", "a year earlier"),
    ],
)
def test_more_or_fewer_than_after_an_amount_compares_it_with_the_time(
    text: str, phrase: str
) -> None:
    assert times(text, "en")[phrase] == ("2024", "2025")


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        ("The port reopened in 2024 more than three years after the blast.", "en",
         "more than three years"),
        ("Jembatan itu rampung pada 2025 lebih dari dua tahun setelah longsor.", "id",
         "lebih dari dua tahun"),
    ],
)  # fmt: skip
def test_more_than_after_a_year_is_the_size_of_the_count(text: str, lang: str, phrase: str) -> None:
    # (a year is no amount that "more than" compares with the time)
    assert phrase in times(text, lang)


def test_more_than_before_a_count_of_years_alone_is_its_size() -> None:
    text = "The mine closed in 2025. More than a year earlier, workers had struck."
    assert "More than a year earlier" in times(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value", "anchor"),
    [
        ("The dam burst on Sunday. Engineers said repairs would start on Thursday. "
         "Three days earlier, residents had reported cracks.", "en", "Three days earlier",
         "2026-01-15", "2026-01-18"),
        ("Longsor terjadi pada Minggu (18/1). Jalan akan dibuka kembali Kamis (22/1). "
         "Dua hari sebelumnya, warga sudah melihat retakan.", "id", "Dua hari sebelumnya",
         "2026-01-16", "2026-01-18"),
        ("A storm cut power on Sunday.\n\nCrews worked through the night.\n\nThe utility "
         "said repairs would end on Thursday.\n\nThree days earlier, engineers had warned of "
         "old cables.", "en", "Three days earlier", "2026-01-15", "2026-01-18"),
    ],
)  # fmt: skip
def test_a_count_back_after_a_plan_is_told_from_the_story_before_it(
    text: str, lang: str, phrase: str, value: str, anchor: str
) -> None:
    assert times(text, lang)[phrase] == (value, anchor)


def test_a_count_back_from_a_plan_with_no_day_before_it_gets_no_past_day() -> None:
    # (still after the publication date, where a story told in the past does not reach)
    text = "The bridge will reopen on Thursday. A day earlier, inspectors will check it."
    assert times(text, "en")["A day earlier"] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The trust was set up on May 4, 2019. Its new hall will open on Thursday. "
        "Two days earlier, donors will tour the site.",
        "The clinic opened on January 5, 2021.\n\nIts staff grew quickly.\n\nA new wing "
        "will open on Thursday. Two days earlier, the board had approved its budget.",
    ],
)
def test_a_count_back_after_a_plan_skips_a_past_day_far_off_or_for_a_plan(text: str) -> None:
    # (a count whose clause is ahead, or a past day paragraphs back, is told from the plan)
    assert times(text, "en")["Two days earlier"] == ("2026-01-20", "2026-01-22")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Exports slumped in August 2025. A  month earlier, they had grown.",
         "A  month earlier", "2025-07"),
        ("The ferry service ended on Friday, Jan 16. The week\nbefore, crews had been told.",
         "The week\nbefore", "2026-W02"),
    ],
)  # fmt: skip
def test_a_count_written_with_a_line_break_or_double_space_is_still_counted(
    text: str, phrase: str, value: str
) -> None:
    assert times(text, "en")[phrase][0] == value


def test_earlier_that_day_names_no_day_past_a_paragraph_break_after_a_year() -> None:
    # (the day told before the background paragraph is too far back to be "that day")
    text = (
        "Regulators fined the lender on Friday.\n\nThe bank was founded in 1952 and "
        "listed its shares in 1987.\n\nEarlier that day, its chairman resigned."
    )
    assert times(text, "en")["Earlier that day"] == (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        ("The ferry sank on Thursday. The following morning, divers reached the hull.", "en",
         "The following morning", "2026-01-16"),
        ("Talks collapsed on Saturday. Both sides had met the previous evening.", "en",
         "the previous evening", "2026-01-16"),
        ("The bridge reopened on Monday. The same night, a truck hit its railing.", "en",
         "The same night", "2026-01-19"),
        ("Kapal itu tenggelam pada Kamis (15/1). Keesokan paginya, penyelam tiba.", "id",
         "Keesokan paginya", "2026-01-16"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_before_or_after_is_told_from_the_story_day(
    text: str, lang: str, phrase: str, value: str
) -> None:
    assert times(text, lang)[phrase][0] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The dam gave way on Friday. Hours later, the valley was flooded.", "Hours later",
         "2026-01-16"),
        ("Voters queued on Sunday. Minutes later, the polls opened.", "Minutes later",
         "2026-01-18"),
        ("The senator resigned on Friday. Days later, his aide was arrested.", "Days later",
         None),
        ("The plant shut on Monday. Weeks earlier, inspectors had warned it.", "Weeks earlier",
         None),
    ],
)  # fmt: skip
def test_a_bare_count_of_hours_stays_on_the_story_day_and_of_days_names_none(
    text: str, phrase: str, value: str | None
) -> None:
    assert times(text, "en")[phrase][0] == value


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        ("Envoys met in Oslo on January 8. Both camps had initialled a text on January 5. "
         "The next day, the talks broke down.", "en", "The next day", "2026-01-09"),
        ("Envoys met in Oslo on Thursday. Both camps had initialled a text on January 12. "
         "Two days later, the talks broke down.", "en", "Two days later", "2026-01-17"),
        ("Utusan bertemu di Oslo pada Kamis (15/1). Kedua kubu telah memaraf naskah pada "
         "Senin (12/1). Keesokan harinya, perundingan gagal.", "id", "Keesokan harinya",
         "2026-01-16"),
    ],
)  # fmt: skip
def test_a_look_back_to_an_earlier_day_leaves_the_story_s_day(
    text: str, lang: str, phrase: str, value: str
) -> None:
    assert times(text, lang)[phrase][0] == value
    events = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).events
    assert events[-1].time == value


def test_a_day_told_in_the_past_perfect_without_a_scene_sets_it() -> None:
    text = "Both camps had initialled a text on Thursday. Two days later, the talks broke down."
    assert times(text, "en")["Two days later"][0] == "2026-01-17"

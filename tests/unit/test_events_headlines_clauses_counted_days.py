"""Events: headlines dated by their lede, what is told to a hearer, the main verb
after a dated relative clause, and days counted from the story ("dua hari sebelumnya")
(reader.analysis.events, reader.analysis.predicates, reader.analysis.narrative)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.model import Event
from reader.analysis.narrative import offset_day
from reader.analysis.predicates import same_verb


def _events(text: str, lang: str, pubdate: str) -> list[Event]:
    return analyze(text, lang=lang, backend="builtin", pubdate=pubdate).events


def _dated(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.trigger.text, e.time) for e in events if e.trigger]


@pytest.mark.parametrize(
    ("headline", "body", "lang"),
    [
        ("tetapkan", "menetapkan", "id"),
        ("tahan", "menahan", "id"),
        ("tahan", "ditahan", "id"),
        ("kirim", "mengirim", "id"),
        ("resigns", "resigned", "en"),
        ("backs", "backed", "en"),
    ],
)
def test_headline_and_article_forms_of_one_verb(headline: str, body: str, lang: str) -> None:
    assert same_verb(headline, body, lang)


@pytest.mark.parametrize(
    ("headline", "body", "lang"),
    [
        ("tahan", "bertahan", "id"),
        ("presents", "prevents", "en"),
        ("tahan", "menahan", "en"),
        ("dan", "medan", "id"),
    ],
)
def test_different_verbs_are_not_one(headline: str, body: str, lang: str) -> None:
    assert not same_verb(headline, body, lang)


def test_a_headline_takes_the_day_of_the_lede_event_it_restates() -> None:
    text = (
        "Polisi Tahan Kepala Desa Sukamaju\n\n"
        "Polisi menahan Kepala Desa Sukamaju pada Kamis malam setelah pemeriksaan."
    )
    found = _dated(_events(text, "id", "2026-11-20"))
    assert found[0] == ("Tahan", "2026-11-19")
    assert ("menahan", "2026-11-19") in found


def test_an_english_headline_verb_of_the_lede_dates_the_headline() -> None:
    text = (
        "Harbour chief resigns over dredging row\n\n"
        "The harbour chief resigned on Tuesday after weeks of criticism."
    )
    found = _dated(_events(text, "en", "2026-11-25"))
    assert found[0] == ("resigns", "2026-11-24")


def test_a_headline_with_another_verb_than_the_lede_stays_undated() -> None:
    text = (
        "Harbour chief resigns over dredging row\n\n"
        "The board met on Tuesday to discuss the dredging contract."
    )
    assert _events(text, "en", "2026-11-25")[0].time is None


def test_what_is_told_to_a_hearer_with_its_own_day_is_an_event_of_its_own() -> None:
    text = "The premier told parliament on Wednesday that the minister had resigned on Monday."
    found = _dated(_events(text, "en", "2026-11-25"))
    assert found == [("told", "2026-11-25"), ("resigned", "2026-11-23")]


def test_an_indonesian_hearer_after_kepada_is_skipped_like_a_time() -> None:
    text = "Bupati mengatakan kepada wartawan bahwa warga telah mengungsi pada Senin malam."
    found = _dated(_events(text, "id", "2026-11-25"))
    assert found == [("mengatakan", None), ("mengungsi", "2026-11-23")]


def test_a_relative_clause_after_a_plain_object_is_not_what_was_said() -> None:
    text = "Ana praised the company that hired her on Monday."
    assert [e.trigger.text for e in _events(text, "en", "2026-11-25") if e.trigger] == ["praised"]


def test_the_main_verb_after_a_dated_relative_clause_is_an_event_of_its_own() -> None:
    text = "Marsh, who chaired a cabinet meeting on Tuesday morning, accepted the resignation."
    events = _events(text, "en", "2026-11-25")
    assert _dated(events) == [("chaired", "2026-11-24"), ("accepted", "2026-11-24")]
    assert events[0].order < events[1].order


def test_an_indonesian_main_verb_after_a_dated_yang_clause_is_an_event_of_its_own() -> None:
    text = "Gubernur, yang tiba di Garut pada Rabu pagi, meninjau posko pengungsian."
    found = _dated(_events(text, "id", "2026-11-25"))
    assert found == [("tiba", "2026-11-25"), ("meninjau", "2026-11-25")]


def test_a_flashback_relative_clause_does_not_date_the_main_verb() -> None:
    text = "Okafor, who had won the semifinal on Friday, said she was tired."
    found = dict(_dated(_events(text, "en", "2026-11-25")))
    assert found["won"] == "2026-11-20" and found["said"] is None


def test_a_flashback_main_clause_after_a_closed_relative_clause_dates_the_next_verb() -> None:
    text = "Mensah, who is 34, had escaped on Friday and hid in a warehouse."
    found = dict(_dated(_events(text, "en", "2026-11-25")))
    assert found["escaped"] == found["hid"] == "2026-11-20"
    text = "Tobing, yang berusia 34 tahun, pernah kabur pada Jumat dan bersembunyi di gudang."
    found = dict(_dated(_events(text, "id", "2026-11-25")))
    assert found["kabur"] == found["bersembunyi"] == "2026-11-20"


def test_an_undated_relative_clause_still_leaves_one_event() -> None:
    text = "Nair, who led the negotiating team, thanked members for their patience."
    assert [e.trigger.text for e in _events(text, "en", "2026-11-25") if e.trigger] == ["thanked"]


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Dua hari sebelumnya", "2026-11-22"),
        ("Sehari sebelumnya", "2026-11-23"),
        ("Two days later", "2026-11-26"),
        ("A week later", "2026-12-01"),
        ("keesokan harinya", "2026-11-25"),
        # every next-day form the time grammar finds counts a day, as it is one list
        ("esok harinya", "2026-11-25"),
        ("keesokan hari", "2026-11-25"),
        ("later that evening", "2026-11-24"),
        ("the day before", "2026-11-23"),
        ("dua minggu kemudian", "2026-12-08"),
    ],
)
def test_days_counted_from_the_story(phrase: str, day: str) -> None:
    assert offset_day(phrase, "2026-11-24") == day


@pytest.mark.parametrize(
    "phrase", ["beberapa hari kemudian", "Two years later", "Minggu sebelumnya", "last week"]
)
def test_rough_or_other_phrases_count_no_day(phrase: str) -> None:
    assert offset_day(phrase, "2026-11-24") is None


def test_an_event_told_days_before_the_last_dated_one_takes_its_day() -> None:
    text = (
        "Bupati meminta bantuan alat berat pada Selasa sore. "
        "Dua hari sebelumnya, warga sudah mengeluhkan tanggul yang retak."
    )
    events = _events(text, "id", "2026-11-25")
    assert _dated(events) == [("meminta", "2026-11-24"), ("mengeluhkan", "2026-11-22")]
    assert events[1].order < events[0].order


def test_days_counted_from_a_roughly_dated_event_stay_unknown() -> None:
    text = (
        "The inquiry opened on Monday. The case began in March 2020. "
        "Harlow resigned two weeks later."
    )
    assert _events(text, "en", "2026-11-25")[-1].time is None


def test_a_day_counted_past_the_articles_own_day_is_left_unsaid() -> None:
    text = "Pencarian dihentikan pada Rabu sore. Tim kembali menyisir sungai keesokan harinya."
    assert _events(text, "id", "2026-11-25")[-1].time is None


def test_a_participle_between_commas_before_by_is_no_predicate() -> None:
    text = "The inquiry, led by retired judge Ann Cole, published its findings on Monday."
    events = _events(text, "en", "2026-11-25")
    assert _dated(events) == [("published", "2026-11-23")]


def test_an_ed_word_after_by_describes_the_noun_after_it() -> None:
    text = "He was attacked by armed men."
    assert [e.trigger.text for e in _events(text, "en", "2026-11-25") if e.trigger] == ["attacked"]


def test_a_month_in_a_clause_about_the_future_is_the_next_one() -> None:
    text = "The council apologised on Thursday. The review will report in February."
    events = _events(text, "en", "2026-11-20")
    assert events[0].order < events[1].order


def test_a_month_in_a_sentence_case_headline_is_no_modal_before_the_next_word() -> None:
    text = "Bridge reopens in May after repairs\n\nThe bridge closed in January for repairs."
    events = sorted(_events(text, "en", "2026-11-25"), key=lambda e: e.order)
    assert [(e.trigger.text, e.time_text) for e in events if e.trigger] == [
        ("closed", "January"),
        ("reopens", "May"),
    ]


def test_a_title_case_headline_keeps_may_as_its_modal() -> None:
    text = "Bridge May Reopen After Repairs\n\nThe bridge closed in January for repairs."
    events = _events(text, "en", "2026-11-25")
    assert events[0].trigger is not None and events[0].trigger.text != "After"

"""Events and the timeline (reader.analysis.events, reader.analysis.narrative)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import analyze
from reader.analysis.events import SUMMARY_LENGTH, find_events
from reader.analysis.events.dating import _reference_day
from reader.analysis.model import Event, TimeSpan
from reader.analysis.narrative import (
    Placement,
    narrative_cue,
    rough_future_day,
    rough_past_day,
    timeline_order,
    words_cue,
)
from reader.analysis.quotes import find_quotes
from tests.conftest import SEED
from tests.unit.quotes_events_inputs import EN_NAMES, dates, gold_inputs, parse, parsed, people


def events_of(text: str, lang: str, names: dict, when: dict[str, str] | None = None) -> list[Event]:
    entities, actors = people(text, names)
    doc = parse(text, lang)
    quotes = find_quotes(doc, entities, actors)
    return find_events(doc, entities, actors, dates(text, when or {}), quotes)


def triggers(events: list[Event]) -> list[str]:
    return [e.trigger.text for e in events if e.trigger]


def timeline(events: list[Event]) -> list[str]:
    return [e.trigger.text for e in sorted(events, key=lambda e: e.order) if e.trigger]


ID_NAMES = {
    "Andi Wijaya": ("PER", ["Andi Wijaya", "Andi"]),
    "Sari Dewi": ("PER", ["Sari Dewi", "Sari"]),
    "Garut": ("LOC", ["Garut"]),
    "Bandung": ("LOC", ["Bandung"]),
}


# ---- clauses and participants -----------------------------------------------------------


def test_indonesian_clauses_split_at_joining_words_and_skip_relative_verbs() -> None:
    text = (
        "Gubernur Andi Wijaya meresmikan bendungan di Garut, tetapi warga menolak jalan "
        "yang direncanakan pemerintah."
    )
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["meresmikan", "menolak"]
    assert events[0].actors == ["Andi Wijaya"]  # Garut is where, not who
    assert events[1].summary == "Warga menolak jalan yang direncanakan pemerintah"


def test_a_place_takes_part_only_as_the_subject_of_its_clause() -> None:
    names = {
        "Kyiv": ("LOC", ["Kyiv"]),
        "Poland": ("LOC", ["Poland"]),
        "Lithuania": ("LOC", ["Lithuania"]),
        "Belarus": ("LOC", ["Belarus"]),
        "Singapore": ("LOC", ["Singapore"]),
        "Lena Hart": ("PER", ["Lena Hart"]),
    }
    text = (
        "Kyiv on Tuesday said the talks failed. Poland and Lithuania closed the border with "
        "Belarus. Lena Hart returned from a visit to Singapore."
    )
    events = events_of(text, "en", names, {"on Tuesday": "2026-11-24"})
    assert [e.actors for e in events] == [
        ["Kyiv"], [], ["Poland", "Lithuania"], ["Lena Hart"]
    ]  # fmt: skip  # (the talks failing is a happening of its own)
    names = {"Garut": ("LOC", ["Garut"]), "Rusia": ("LOC", ["Rusia"])}
    names["Kyiv"] = ("LOC", ["Kyiv"])
    text = (
        "Warga Garut mengungsi ke masjid. Pada Senin, Rusia juga melancarkan serangan, "
        "dengan Kyiv mengatakan sekolah menjadi sasaran."
    )
    events = events_of(text, "id", names, {"Pada Senin": "2026-11-23"})
    assert [e.actors for e in events] == [[], ["Rusia"], ["Kyiv"], []]  # "sekolah menjadi …"


def test_participle_clause_stays_with_its_main_clause() -> None:
    text = "Menurut rencana, Sari Dewi membuka pabrik itu di Bandung, menambahkan bahwa upah naik."
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["membuka"]
    assert events[0].actors == ["Sari Dewi"]


def test_pronoun_subject_is_resolved_into_the_actors() -> None:
    text = "Sari Dewi tiba di Bandung pagi ini. Ia kemudian meninjau gudang logistik."
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["tiba", "meninjau"]
    assert events[1].actors == ["Sari Dewi"]


def test_bare_speech_frames_are_not_events_but_reported_content_is() -> None:
    text = (
        "“Kami siap bekerja,” kata Andi. Andi mengatakan proyek itu selesai tahun depan. "
        "“It works,” she said."
    )
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["mengatakan"]
    assert events[0].summary == "Andi mengatakan proyek itu selesai tahun depan"


def test_english_clauses_and_auxiliaries() -> None:
    text = (
        "Acme Corp has closed its plant in Ohio, while Lopez was promoted to chief executive. "
        "Workers who lost their jobs will receive six months of pay."
    )
    events = events_of(text, "en", EN_NAMES)
    assert triggers(events) == ["closed", "promoted", "receive"]
    assert events[1].actors == ["Maria Lopez"]


def test_english_present_tense_after_a_subject_but_not_plurals() -> None:
    text = "Acme unveils a cheaper phone. The result lifts its shares. Peace talks in Geneva."
    assert triggers(events_of(text, "en", EN_NAMES)) == ["unveils", "lifts"]


def test_a_state_that_lasts_until_a_day_is_an_event_but_not_a_plural_before_it() -> None:
    def found(text: str) -> list[str]:
        events = analyze(text, lang="en", backend="builtin", pubdate="2026-02-12").events
        return [e.trigger.text for e in events if e.trigger]

    assert found("The fair runs until Sunday.") == ["runs"]
    assert found("The ban stays through March.") == ["stays"]
    assert found("The night buses through the city were full.") == []


def test_summary_is_one_short_line() -> None:
    text = (
        "Andi Wijaya   meresmikan\tbendungan baru di Garut bersama para petani, pejabat daerah, "
        "pengusaha lokal, mahasiswa teknik sipil, dan wartawan dari berbagai kota besar di Jawa."
    )
    (event,) = events_of(text, "id", ID_NAMES)
    assert "\t" not in event.summary and "  " not in event.summary
    assert len(event.summary) <= SUMMARY_LENGTH
    assert event.summary.startswith("Andi Wijaya meresmikan bendungan")
    assert event.summary.endswith("…")


def test_a_clause_keeps_the_closing_bracket_it_opened_but_not_trailing_punctuation() -> None:
    text = "Andi Wijaya meresmikan bendungan di Garut pada Senin (17/3). Ia pulang (lagi)."
    first, second = events_of(text, "id", ID_NAMES)
    assert first.summary.endswith("pada Senin (17/3)")
    assert text[first.start : first.end] == first.summary
    assert second.summary == "Andi Wijaya pulang (lagi)"  # the pronoun named


@settings(max_examples=60)
@given(st.text(alphabet=st.sampled_from(list('ab mendi, .“”"\nTelah')), max_size=200))
def test_events_never_raise_and_stay_in_bounds(text: str) -> None:
    events = find_events(parse(text, "id"), [], [], [], [])
    for event in events:
        assert 0 <= event.start < event.end <= len(text)
    assert sorted(e.order for e in events) == list(range(len(events)))


# ---- dates and the timeline -------------------------------------------------------------


def test_dated_events_are_ordered_by_date_and_undated_ones_follow_their_neighbour() -> None:
    text = (
        "Pada hari Rabu, Andi bertemu Sari Dewi di Bandung. "
        "Pada hari Selasa, Sari Dewi meninjau lokasi banjir di Garut. "
        "Ia kemudian mengunjungi pengungsi."
    )
    when = {"hari Rabu": "2025-03-19", "hari Selasa": "2025-03-18"}
    events = events_of(text, "id", ID_NAMES, when)
    assert [e.time for e in events] == ["2025-03-19", "2025-03-18", None]
    assert events[0].time_text == "hari Rabu"
    assert timeline(events) == ["meninjau", "mengunjungi", "bertemu"]


def test_before_cue_places_an_undated_event_before_its_neighbour() -> None:
    text = "Lopez signed the contract on Friday. Earlier, Baker rejected the first offer."
    events = events_of(text, "en", EN_NAMES, {"Friday": "2025-03-21"})
    assert timeline(events) == ["rejected", "signed"]


def test_a_speech_cue_naming_no_one_has_the_quote_speaker_as_its_actor() -> None:
    text = "Andi Wijaya tiba di Garut. “Kami datang untuk membantu,” ujarnya, Senin (10/11)."
    _arrived, said = events_of(text, "id", ID_NAMES, {"Senin": "2025-11-10"})
    assert said.trigger is not None and said.trigger.text == "ujarnya"
    assert said.actors == ["Andi Wijaya"]


def test_a_date_after_a_future_auxiliary_is_not_the_date_of_the_saying() -> None:
    text = "Acme opened the new line on Monday. Lopez said the second line would open on Friday."
    when = {"Monday": "2025-03-17", "Friday": "2025-03-21"}
    events = events_of(text, "en", EN_NAMES, when)
    said = next(e for e in events if e.trigger and e.trigger.text == "said")
    assert said.time is None  # Friday is when the line is to open, not when Lopez spoke
    # so the saying stays after Monday, and the opening it reports comes after it
    assert timeline(events) == ["opened", "said", "open"]
    text = "Andi meresmikan pabrik hari Senin. Sari Dewi mengatakan pabrik kedua akan dibuka Jumat."
    events = events_of(text, "id", ID_NAMES, {"hari Senin": "2025-03-17", "Jumat": "2025-03-21"})
    assert [e.time for e in events] == ["2025-03-17", None, "2025-03-21"]
    # The planned event itself keeps its date.
    (planned,) = events_of("Acme will open the second line on Friday.", "en", EN_NAMES, when)
    assert planned.time == "2025-03-21"


def test_where_clause_and_same_scene_sentence_inherit_the_date() -> None:
    text = (
        "Lopez spoke with Baker on Tuesday, where Baker agreed to sell the plant. "
        "During the call, Baker also demanded a higher price."
    )
    events = events_of(text, "en", EN_NAMES, {"Tuesday": "2025-03-18"})
    assert triggers(events) == ["spoke", "agreed", "demanded"]
    assert [e.time for e in events] == ["2025-03-18"] * 3


def test_same_happening_told_twice_shares_its_date() -> None:
    text = (
        "Lopez held a long meeting with Baker about the merger. "
        "Acme announced new prices. "
        "Lopez said the meeting with Baker on Monday ended without a deal."
    )
    events = events_of(text, "en", EN_NAMES, {"Monday": "2025-03-17"})
    assert events[0].time == "2025-03-17"
    assert events[1].time is None


def test_narrative_cues() -> None:
    assert narrative_cue("beberapa jam kemudian ukraina") == "after"
    assert narrative_cue("sebelumnya, pemerintah") == "before"
    assert narrative_cue("Earlier, the minister") == "before"
    assert narrative_cue("the minister met") is None


_CUE_PIECES = ["later", "then", "sebelum", "itu", "the", "next", "day", "x-later", "(earlier"]
_CUE_PIECES += ["later_", "kemudian,", "-", ",", "“sebelumnya”", "sesudah-nya", "prior", "to"]


@given(st.lists(st.sampled_from(_CUE_PIECES) | st.text(alphabet="aeilrt-_ ,", max_size=6)))
def test_words_cue_is_the_cue_of_the_joined_words(words: list[str]) -> None:
    assert words_cue(words) == narrative_cue(" ".join(words))


def test_timeline_order_rule() -> None:
    placements = [
        Placement(None),
        Placement("2025-03-19"),
        Placement(None, "after"),
        Placement("2025-03-18"),
        Placement(None, "before"),
        Placement(None),
    ]
    # The undated first event starts the timeline; the 18th's group comes before the 19th's:
    # the "before" event ahead of the 18th's event, the last one back with the story after it.
    assert timeline_order(placements) == [0, 4, 5, 2, 1, 3]


def test_unresolved_past_phrase_orders_by_a_rough_day_but_reports_no_date() -> None:
    text = (
        "Acme Corp opened a new store on Monday. "
        "Baker had signed the lease last month, according to the company."
    )
    entities, actors = people(text, EN_NAMES)
    doc = parse(text, "en")
    times = dates(text, {"Monday": "2025-03-17"}, anchor="2025-03-18")
    times.append(_undated(text, "last month"))
    events = find_events(doc, entities, actors, times, [])
    # "last month" has no resolved value: the event keeps time None but sorts before Monday.
    assert timeline(events) == ["signed", "opened"]
    assert events[1].time_text == "last month" and events[1].time is None


def _undated(text: str, phrase: str) -> TimeSpan:
    at = text.index(phrase)
    return TimeSpan(at, at + len(phrase), phrase, "DATE", None)


def test_rough_past_day() -> None:
    assert rough_past_day("pekan lalu", "2025-06-12") == "2025-06-05"
    assert rough_past_day("two years ago", "2025-10-08") == "2023-10-09"
    assert rough_past_day("last month", "2025-10-08") == "2025-09-08"
    assert rough_past_day("dua hari lalu", "2025-01-03") == "2025-01-01"
    assert rough_past_day("hari Senin", "2025-01-03") is None
    assert rough_past_day("last month", None) is None
    assert rough_past_day("dua jam lalu", "2025-01-03") is None  # hours: no day to count


def test_month_alone_orders_against_the_first_full_date_when_nothing_is_relative() -> None:
    text = (
        "Polisi memeriksa lima saksi pada 20 Juni 2024. "
        "Kasus ini bermula dari operasi pada Maret. Saat itu, polisi menangkap Andi Wijaya."
    )
    events = events_of(text, "id", ID_NAMES, {"20 Juni 2024": "2024-06-20", "Maret": ""})
    assert timeline(events) == ["bermula", "menangkap", "memeriksa"]
    assert rough_past_day("pada Maret", "2024-06-20") == "2024-03-15"
    assert rough_past_day("Desember", "2024-06-20") is None  # maybe still ahead


def test_rough_past_day_of_an_earlier_year_alone() -> None:
    assert rough_past_day("in 1961", "2025-01-03") == "1961-07-01"
    assert rough_past_day("tahun 2024", "2025-01-03") == "2024-07-01"
    assert rough_past_day("tahun 2025", "2025-01-03") is None  # this year: no order known
    assert rough_past_day("Rp 2.019", "2025-01-03") is None


def test_undated_event_after_a_plan_is_not_pulled_into_the_future() -> None:
    placements = [Placement("2025-03-18"), Placement("2025-12-25"), Placement(None)]
    assert timeline_order(placements) == [0, 1, 2]
    assert timeline_order(placements, reference="2025-03-19") == [0, 2, 1]
    assert timeline_order(placements, reference="2025-12-30") == [0, 1, 2]


def test_clause_joined_by_setelah_happened_first_and_lalu_opens_the_next_step() -> None:
    text = (
        "Kasus itu terungkap setelah warga melapor ke polisi. "
        "Polisi memeriksa dokumen, lalu menyerahkan temuannya kepada jaksa."
    )
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["terungkap", "melapor", "memeriksa", "menyerahkan"]
    assert timeline(events) == ["melapor", "terungkap", "memeriksa", "menyerahkan"]


def test_english_before_and_after_join_clauses_but_not_phrases() -> None:
    text = (
        "Havertz levelled after the break before Saka curled in the winner. "
        "The club collapsed after investors pulled out."
    )
    events = events_of(text, "en", EN_NAMES)
    assert triggers(events) == ["levelled", "curled", "collapsed", "pulled"]
    assert timeline(events) == ["levelled", "curled", "pulled", "collapsed"]


def test_story_goes_on_from_the_clause_an_aside_hangs_on() -> None:
    placements = [Placement("2025-03-19"), Placement(None, "before", aside=True), Placement(None)]
    assert timeline_order(placements) == [1, 0, 2]


def test_after_a_flashback_the_story_resumes_unless_a_cue_goes_on_with_it() -> None:
    placements = [
        Placement("2025-03-20"),
        Placement("2025-03-19", flashback=True),  # "The House had approved it on Wednesday."
        Placement(None),  # back to Thursday
        Placement("2024-07-01", flashback=True),  # "pada Agustus 2023"
        Placement(None, "after"),  # "Saat itu, …": still then
    ]
    order = timeline_order(placements)
    assert order[1] < order[0] < order[2]  # the flashback first, the resumed story after
    assert order[3] < order[4] < order[1]  # the cued event goes on with the old flashback


def test_pluperfect_clause_is_a_look_back_and_the_story_then_resumes() -> None:
    text = (
        "The Senate approved the bill on Thursday. The House had approved it on Wednesday. "
        "Lopez thanked the negotiators."
    )
    when = {"Thursday": "2025-03-20", "Wednesday": "2025-03-19"}
    events = events_of(text, "en", EN_NAMES, when)
    assert timeline(events) == ["approved", "approved", "thanked"]
    assert [e.time for e in sorted(events, key=lambda e: e.order)][:2] == [
        "2025-03-19",
        "2025-03-20",
    ]


def test_undated_pluperfect_happened_before_the_scene() -> None:
    text = "Lopez signed the contract on Friday. Baker had rejected the first offer."
    events = events_of(text, "en", EN_NAMES, {"Friday": "2025-03-21"})
    assert timeline(events) == ["rejected", "signed"]


def test_pernah_and_a_rough_earlier_date_mark_a_flashback() -> None:
    text = (
        "Andi Wijaya meninjau lokasi banjir pada Jumat. "
        "Kawasan itu pernah dilanda banjir pada Mei tahun lalu. Saat itu, warga mengungsi. "
        "Sari Dewi menyerahkan bantuan."
    )
    when = {"Jumat": "2025-03-21", "Mei tahun lalu": ""}
    events = events_of(text, "id", ID_NAMES, when)
    assert timeline(events) == ["dilanda", "mengungsi", "meninjau", "menyerahkan"]


def test_a_clause_in_the_sentence_of_a_flashback_goes_on_with_it() -> None:
    text = (
        "A jury convicted Lopez on Thursday. "
        "The scheme ran from 2016 until 2020, when an auditor flagged the payments. "
        "Baker hugged his wife."
    )
    when = {"Thursday": "2024-05-30", "2016": ""}
    events = events_of(text, "en", EN_NAMES, when)
    assert timeline(events) == ["ran", "flagged", "convicted", "hugged"]


def test_a_cue_anywhere_before_the_predicate_counts() -> None:
    text = (
        "Garut mengalahkan Bandung pada Selasa. "
        "Pada pertemuan pertama di Bandung lima hari sebelumnya, Garut juga menang."
    )
    events = events_of(text, "id", ID_NAMES, {"Selasa": "2025-03-18"})
    assert timeline(events) == ["menang", "mengalahkan"]


def test_since_after_an_auxiliary_is_an_adverb_not_a_clause_joiner() -> None:
    text = "Relations have since improved under Lopez."
    events = events_of(text, "en", EN_NAMES)
    assert triggers(events) == ["improved"]


def test_a_relative_clause_dated_only_roughly_is_an_event() -> None:
    text = "The talks resumed on Monday under Lopez, who visited Tokyo last year."
    events = events_of(text, "en", EN_NAMES, {"Monday": "2025-03-17", "last year": ""})
    assert triggers(events) == ["resumed", "visited"]


def test_and_before_a_sure_verb_opens_a_second_event_of_the_same_subject() -> None:
    text = "Lopez apologized to residents and asked Baker for mercy. Bread and butter sold out."
    events = events_of(text, "en", EN_NAMES)
    assert triggers(events) == ["apologized", "asked", "sold"]
    lopez, baker = (
        a.id for a in people(text, EN_NAMES)[1] if a.name in ("Maria Lopez", "Tom Baker")
    )
    assert events[1].actors[0] == lopez and baker in events[1].actors


def test_dan_before_a_sure_verb_opens_a_second_event() -> None:
    text = "Polisi menangkap Andi Wijaya dan menahannya di Garut. Andi dan Sari Dewi tiba."
    assert triggers(events_of(text, "id", ID_NAMES))[:2] == ["menangkap", "menahannya"]


def test_setelah_right_before_a_sure_verb_is_an_earlier_event_of_the_same_subject() -> None:
    text = "Andi Wijaya mencetak gol setelah memanfaatkan umpan Sari Dewi. Garut unggul."
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["mencetak", "memanfaatkan", "unggul"]
    assert timeline(events) == ["memanfaatkan", "mencetak", "unggul"]
    andi = events[0].actors[0]
    assert events[1].actors[0] == andi


def test_a_closing_attribution_belongs_to_the_clause_it_sources() -> None:
    text = "Acme cut 200 jobs in March, company officials said in a statement."
    events = events_of(text, "en", EN_NAMES)
    assert triggers(events) == ["cut"]
    assert events[0].end == text.index(" in a statement") + len(" in a statement")
    text = "Lopez resigned, Baker said the board had forced her out."
    assert triggers(events_of(text, "en", EN_NAMES)) == ["resigned", "said", "forced"]


def test_sebelumnya_looks_back_past_the_whole_day() -> None:
    text = (
        "Hakim menjatuhkan vonis pada Senin. Andi Wijaya menangis. "
        "Jaksa sebelumnya menuntut hukuman sepuluh tahun."
    )
    events = events_of(text, "id", ID_NAMES, {"Senin": "2025-03-17"})
    assert timeline(events) == ["menuntut", "menjatuhkan", "menangis"]


def test_a_month_of_last_year() -> None:
    assert rough_past_day("pada Mei tahun lalu", "2024-06-01") == "2023-05-15"
    assert rough_past_day("Desember tahun lalu", "2024-06-01") == "2023-12-15"


def test_unggul_is_a_bare_verb() -> None:
    text = "Garut unggul lewat gol Andi Wijaya. Bandung kemudian menyamakan skor."
    assert timeline(events_of(text, "id", ID_NAMES)) == ["unggul", "menyamakan"]


def test_mendatang_is_a_time_word_not_a_predicate() -> None:
    text = "Perseroan berencana membagikan dividen setelah rapat pemegang saham pekan mendatang."
    # (the plan's verb is the happening: see _happening_verb)
    assert triggers(events_of(text, "id", ID_NAMES)) == ["membagikan"]


def test_since_then_is_an_adverb_not_a_clause_joiner() -> None:
    text = "Andi Wijaya menyerah, tetapi kedua pihak sejak itu saling menuduh."
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["menyerah", "menuduh"]


def test_dated_statements_and_dated_relative_clauses_are_events() -> None:
    text = (
        "“Stok kami cukup,” ujar Andi di Garut, Rabu. "
        "Tim itu menang atas Bandung FC, yang kalah dari Garut pada Minggu malam."
    )
    when = {"Rabu": "2025-03-19", "Minggu malam": "2025-03-16"}
    events = events_of(text, "id", ID_NAMES, when)
    assert triggers(events) == ["ujar", "menang", "kalah"]
    assert [e.time for e in events] == ["2025-03-19", None, "2025-03-16"]


def test_is_due_to_makes_the_following_verb_the_predicate() -> None:
    text = "Lopez is due to meet union leaders in Ohio on Thursday."
    events = events_of(text, "en", EN_NAMES, {"Thursday": "2025-03-20"})
    assert triggers(events) == ["meet"]
    assert events[0].time == "2025-03-20"


# ---- the seed article -------------------------------------------------------------------

SEED_NAMES = {
    "Donald Trump": ("PER", ["Donald Trump", "Trump"]),
    "Volodymyr Zelensky": ("PER", ["Volodymyr Zelensky", "Zelensky"]),
    "Vladimir Putin": ("PER", ["Vladimir Putin", "Putin"]),
    "Marco Rubio": ("PER", ["Marco Rubio", "Rubio"]),
    "Amerika Serikat": ("LOC", ["AS", "Amerika Serikat"]),
    "Ukraina": ("LOC", ["Ukraina"]),
    "Rusia": ("LOC", ["Rusia"]),
}


@pytest.mark.skipif(not SEED.exists(), reason="seed article missing")
def test_seed_timeline_puts_tuesday_before_wednesday() -> None:
    text = SEED.read_text(encoding="utf-8")
    when = {"hari Selasa": "2025-03-18", "Rabu": "2025-03-19", "kemarin": "2025-03-18"}
    events = events_of(text, "id", SEED_NAMES, when)

    def event_in(fragment: str) -> Event:
        at = text.index(fragment)
        return next(e for e in events if e.start <= at < e.end)

    tuesday_call = event_in("Trump berbicara dengan Putin selama dua jam")
    refusal = event_in("Putin menolak gencatan senjata 30 hari")
    wednesday_call = event_in("panggilan Rabu dengan Zelensky")
    lead_call = event_in("mengadakan panggilan telepon selama satu jam")
    assert tuesday_call.time == refusal.time == "2025-03-18"
    assert wednesday_call.time == "2025-03-19"
    for earlier in (tuesday_call, refusal):
        for later in (wednesday_call, lead_call):
            assert earlier.order < later.order
    assert {"Donald Trump", "Vladimir Putin"} <= set(tuesday_call.actors)
    assert "Vladimir Putin" in refusal.actors
    assert not any(e.summary.startswith("“") for e in events)  # no bare quote frames


# ---- all gold fixtures ------------------------------------------------------------------

GOLD = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "gold").glob("*.json"))


@pytest.mark.skipif(not GOLD, reason="no gold fixtures")
def test_gold_timeline_constraints_hold_on_gold_inputs() -> None:
    """Over every gold article, with gold entities/actors/times as inputs, at least 80% of the
    timeline constraints hold (the event at "before" is ordered before the one at "after")."""
    met = total = 0
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parents[3] / gold["file"]).read_text(encoding="utf-8")
        entities, actors, times = gold_inputs(gold, text)
        doc = parse(text, gold["lang"])
        events = find_events(doc, entities, actors, times, find_quotes(doc, entities, actors))
        for constraint in gold.get("timeline", []):
            total += 1
            before = _event_near(text, events, constraint["before"])
            after = _event_near(text, events, constraint["after"])
            met += before is not None and after is not None and before.order < after.order
    assert total and met / total >= 0.8


def _event_near(text: str, events: list[Event], phrase: str) -> Event | None:
    middle = text.index(phrase) + len(phrase) // 2
    return next((e for e in events if e.start <= middle < e.end), None)


def test_with_a_parse_verbs_come_from_tags_and_relative_clauses_stay_out() -> None:
    text = "Warga ikuti arahan petugas yang dikirim ke Garut."
    rows = [
        ("Warga", "NOUN", 1, "nsubj"),
        ("ikuti", "VERB", -1, "root"),
        ("arahan", "NOUN", 1, "obj"),
        ("petugas", "NOUN", 2, "nmod"),
        ("yang", "PRON", 5, "nsubj:pass"),
        ("dikirim", "VERB", 3, "acl:relcl"),
        ("ke", "ADP", 7, "case"),
        ("Garut", "PROPN", 5, "obl"),
        (".", "PUNCT", 1, "punct"),
    ]
    entities, actors = people(text, ID_NAMES)
    assert find_events(parse(text, "id"), entities, actors, [], []) == []
    (event,) = find_events(parsed(text, "id", rows), entities, actors, [], [])
    assert event.trigger is not None and event.trigger.text == "ikuti"
    assert event.actors == []  # Garut is where the officers went


def _insertion_order(events: list[Placement], reference: str | None) -> list[int]:
    """The ordering rule written the slow, obvious way: insert one event at a time."""
    timeline: list[int] = []
    effective: list[str | None] = []
    looks_back: list[bool] = []  # told with "before": the story resumes without it
    story = main = 0
    for index, event in enumerate(events):
        neighbour = story if event.cue else main
        previous = effective[neighbour] if index else None
        day = event.date
        if index and event.cue == "before" and day == previous:
            day = None  # "Earlier that day": a look back into the day told before
        if day is None and index and reference and previous and previous > reference:
            day = reference
        if day is not None or index == 0:
            effective.append(day)
            looks_back.append(False)
            story = main = index
            cut = [
                k + 1
                for k, j in enumerate(timeline)
                if day is not None and (effective[j] or "") <= day
            ]
            timeline.insert(cut[-1] if cut else (len(timeline) if day is None else 0), index)
            continue
        effective.append(previous)
        if event.cue == "before":  # before the first event of the neighbour's day
            day_starts = [k for k, j in enumerate(timeline) if effective[j] == previous]
            timeline.insert(day_starts[0], index)
        else:
            timeline.insert(timeline.index(neighbour) + 1, index)
        looks_back.append(event.cue == "before" or looks_back[neighbour])
        story, main = index, (main if looks_back[index] else index)
    return [timeline.index(i) for i in range(len(events))]


@given(
    st.lists(
        st.tuples(
            st.sampled_from([None, None, "2025-01-01", "2025-01-02", "2025-01-03"]),
            st.sampled_from([None, "before", "after"]),
        ),
        max_size=25,
    ),
    st.sampled_from([None, "2025-01-02"]),
)
def test_timeline_order_matches_the_insertion_rule(
    items: list[tuple[str | None, str | None]], reference: str | None
) -> None:
    placements = [Placement(day, cue) for day, cue in items]  # type: ignore[arg-type]
    assert timeline_order(placements, reference) == _insertion_order(placements, reference)


def test_with_a_parse_an_inverted_pronoun_subject_is_a_participant() -> None:
    text = "Budi Santoso tiba di Bandung. Kemudian datanglah ia ke Garut."
    rows = [
        ("Kemudian", "ADV", 1, "advmod"),
        ("datanglah", "VERB", -1, "root"),
        ("ia", "PRON", 1, "nsubj"),
        ("ke", "ADP", 4, "case"),
        ("Garut", "PROPN", 1, "obl"),
        (".", "PUNCT", 1, "punct"),
    ]
    first = parse(text, "id").sentences[0]
    doc = parsed(text, "id", rows)
    doc.sentences.insert(0, first)
    names = {"Budi Santoso": ("PER", ["Budi Santoso"]), "Garut": ("LOC", ["Garut"])}
    entities, actors = people(text, names)
    events = find_events(doc, entities, actors, [], [])
    assert events[-1].trigger is not None and events[-1].trigger.text == "datanglah"
    assert events[-1].actors == ["Budi Santoso"]


def test_headline_verbs_are_events() -> None:
    text = "DPR Sahkan RUU Data Pribadi\n\nRapat paripurna mengesahkan RUU itu pada Selasa."
    assert triggers(events_of(text, "id", ID_NAMES))[0] == "Sahkan"
    text = "Ministers Back Plan to Raise Fuel Tax\n\nThe cabinet endorsed the plan."
    assert triggers(events_of(text, "en", EN_NAMES))[0] == "Back"


def test_a_sentence_opening_when_clause_is_a_happening_of_its_own() -> None:
    text = "Saat rapat berlangsung, puluhan mahasiswa berunjuk rasa di Bandung."
    assert triggers(events_of(text, "id", ID_NAMES)) == ["berlangsung", "berunjuk"]


def test_a_future_clause_comes_after_the_latest_day() -> None:
    text = (
        "Polisi menangkap Andi pada Senin. Korban dijemput pada Sabtu. "
        "Andi akan dijerat pasal pembunuhan. Polisi kemudian memeriksa saksi."
    )
    when = {"Senin": "2025-03-17", "Sabtu": "2025-03-15"}
    events = events_of(text, "id", ID_NAMES, when)
    assert timeline(events) == ["dijemput", "memeriksa", "menangkap", "dijerat"]


def test_old_month_spellings_give_a_rough_day() -> None:
    assert rough_past_day("pada Pebruari", "2024-06-01") == "2024-02-15"
    assert rough_past_day("Nopember tahun lalu", "2024-06-01") == "2023-11-15"


def test_now_and_recently_give_a_rough_day_from_the_reference() -> None:
    assert rough_past_day("saat ini", "2024-06-01") == "2024-06-01"
    assert rough_past_day("Recently", "2024-06-01") == "2024-05-25"


def test_an_event_told_now_comes_after_the_background() -> None:
    text = "Gedung itu kini ramai dikunjungi. Pabrik itu didirikan pada 8 Desember 1861."
    now = TimeSpan(11, 15, "kini", "DATE", None, "2024-06-01", relative=True)
    times = sorted([now, *dates(text, {"8 Desember 1861": "1861-12-08"})], key=lambda t: t.start)
    entities, actors = people(text, ID_NAMES)
    events = find_events(parse(text, "id"), entities, actors, times, [])
    assert timeline(events) == ["didirikan", "dikunjungi"]


# ---- live blogs -------------------------------------------------------------------------


def _timeline_of(text: str, lang: str, pubdate: str) -> list[str]:
    from reader.analysis import analyze

    found = analyze(text, lang=lang, backend="builtin", pubdate=pubdate).events
    return [e.trigger.text for e in sorted(found, key=lambda e: e.order) if e.trigger]


def test_live_blog_entries_newest_first_are_ordered_by_their_stamps_across_midnight() -> None:
    text = (
        "Count live\n\n"
        "01:10 GMT — The mayor conceded the race.\n\n"
        "00:20 GMT — The last ballot boxes arrived.\n\n"
        "23:50 GMT — Polls closed two hours ago."
    )
    assert _timeline_of(text, "en", "2025-02-08") == ["closed", "arrived", "conceded"]


def test_live_blog_entries_keep_an_aside_before_its_clause_and_other_days() -> None:
    text = (
        "Arus mudik\n\n"
        "15.45 WIB — Sebuah bus terguling setelah menabrak pembatas jalan.\n\n"
        "10.30 WIB — Petugas tiba di posko. Kemarin, polisi menutup jalur itu."
    )
    assert _timeline_of(text, "id", "2024-04-03") == [
        "menutup", "tiba", "menabrak", "terguling"
    ]  # fmt: skip


def test_one_stamped_paragraph_is_no_live_blog() -> None:
    text = "Polisi tiba. Warga mengungsi kemarin."
    stamped = "09:40 — " + text
    assert _timeline_of(stamped, "id", "2024-04-03") == _timeline_of(text, "id", "2024-04-03")


def test_saat_ini_opens_the_present_not_the_last_scene() -> None:
    text = "Banjir melanda desa itu pada Senin. Saat ini, ribuan warga masih mengungsi."
    from reader.analysis import analyze

    found = analyze(text, lang="id", backend="builtin", pubdate="2024-06-05").events
    assert [(e.trigger.text, e.time) for e in found if e.trigger] == [
        ("melanda", "2024-06-03"), ("mengungsi", None)
    ]  # fmt: skip
    scene = "Banjir melanda desa itu pada Senin. Saat itu, ribuan warga mengungsi."
    found = analyze(scene, lang="id", backend="builtin", pubdate="2024-06-05").events
    assert found[-1].time == "2024-06-03"


@pytest.mark.parametrize(
    ("headline", "verbs"),
    [
        ("Former Mayor Jailed for Six Years as Bribery Saga Ends", ["Jailed", "Ends"]),
        ("Harrow profit jumps in third quarter as prices rise", ["jumps", "rise"]),
    ],
)
def test_as_joins_two_clauses_of_a_headline(headline: str, verbs: list[str]) -> None:
    from reader.analysis import analyze

    text = headline + "\n\nThe council met on Monday."
    found = analyze(text, lang="en", backend="builtin", pubdate="2024-06-05").events
    assert [e.trigger.text for e in found if e.trigger][:2] == verbs


def test_as_in_running_text_cuts_nothing() -> None:
    text = "Ministers such as Reeves backed the plan as written."
    assert triggers(events_of(text, "en", {})) == ["backed"]


@pytest.mark.parametrize(
    ("lang", "text", "verbs"),
    [
        ("en", "Harlow resigned in May and was charged in June.", ["resigned", "charged"]),
        ("en", "He must also repay the money.", ["repay"]),
        ("en", "The trial collapsed because a juror fell ill.", ["collapsed", "fell"]),
        ("id", "Polisi menangkap pelaku dan telah menahan dua orang.", ["menangkap", "menahan"]),
        ("id", "Laba naik 12 persen dibandingkan tahun lalu.", ["naik"]),
        ("id", "Porsi kredit naik dari 20 persen menjadi 31 persen.", ["naik"]),
    ],
)
def test_predicates_past_auxiliaries_adverbs_and_comparisons(
    lang: str, text: str, verbs: list[str]
) -> None:
    assert triggers(events_of(text, lang, {})) == verbs


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("pertengahan Juni", "2024-06-15"),
        ("March", "2025-03-15"),  # already past this year: next year's
        ("Mei", "2024-05-15"),  # under way
        ("June 2026", "2026-06-15"),
        ("pekan depan", None),
    ],
)
def test_rough_future_day_of_a_month(phrase: str, day: str | None) -> None:
    assert rough_future_day(phrase, "2024-05-20") == day


def test_a_planned_month_orders_before_a_later_day() -> None:
    text = (
        "KPU menetapkan jadwal pada Jumat (17/5). Pendaftaran dibuka pada 27 Agustus. "
        "KPU juga akan memutakhirkan data pemilih pada pertengahan Juni."
    )
    assert _timeline_of(text, "id", "2024-05-20") == ["menetapkan", "memutakhirkan", "dibuka"]


def test_n_units_later_after_the_verb_follows_the_story() -> None:
    text = (
        "The mayor was sentenced on Wednesday. The case began in March 2020, when officers "
        "searched the town hall. Harlow resigned two weeks later."
    )
    order = _timeline_of(text, "en", "2024-11-14")
    assert order.index("searched") < order.index("resigned") < order.index("sentenced")


def test_yang_sama_opens_no_relative_clause() -> None:
    text = "Desa yang sama pernah dilanda banjir tiga tahun lalu."
    assert triggers(events_of(text, "id", {})) == ["dilanda"]


@pytest.mark.parametrize(
    ("lang", "text", "verbs"),
    [
        ("id", "Persib menang atas Persija dan kini memuncaki klasemen.", ["menang", "memuncaki"]),
        ("id", "Tim itu belum pernah kalah di Bandung.", ["kalah"]),
        ("en", "Opinion polls have shown the party ahead.", ["shown"]),
        ("en", "Winds are forecast to continue.", ["forecast"]),
    ],
)
def test_second_predicates_after_adverbs_and_participles(
    lang: str, text: str, verbs: list[str]
) -> None:
    assert triggers(events_of(text, lang, {})) == verbs


@pytest.mark.parametrize(
    ("lang", "headline", "verbs"),
    [
        ("en", "Wildfire forces thousands from homes", ["forces"]),
        ("id", "Persib Tantang Bali, Bojan Waspadai Serangan Balik", ["Tantang", "Waspadai"]),
        ("id", "Penerimaan Pajak Turun, Pemerintah Kejar Target", ["Turun", "Kejar"]),
        ("id", "Longsor Timbun Rumah di Garut", ["Timbun"]),
    ],
)
def test_more_headline_verbs(lang: str, headline: str, verbs: list[str]) -> None:
    from reader.analysis import analyze

    text = headline + "\n\nRapat digelar pada Senin."
    found = analyze(text, lang=lang, backend="builtin", pubdate="2024-06-05").events
    assert [e.trigger.text for e in found if e.trigger][: len(verbs)] == verbs


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("kuartal III 2024", "2024-08-15"),
        ("semester I 2024", "2024-03-31"),
        ("the third quarter", "2024-08-15"),
        ("Q2", "2024-05-16"),
        ("kuartal IV", None),  # not yet under way
    ],
)
def test_rough_day_of_a_quarter_or_half(phrase: str, day: str | None) -> None:
    assert rough_past_day(phrase, "2024-10-30") == day


def test_live_blog_stamps_on_their_own_lines_open_entries_to_the_next_stamp() -> None:
    text = (
        "Storm live\n\n"
        "Pukul 14.05 WIB\nTim SAR menemukan dua korban.\n\nWarga mengungsi ke masjid.\n\n"
        "Pukul 09.30 WIB\nAngin kencang merobohkan pohon."
    )
    assert _timeline_of(text, "id", "2024-04-03") == ["merobohkan", "menemukan", "mengungsi"]


def test_a_change_by_an_amount_after_a_comma_is_a_happening_of_its_own() -> None:
    text = "Bank itu membukukan laba Rp 4 triliun, naik 12 persen dibandingkan tahun lalu."
    assert triggers(events_of(text, "id", {})) == ["membukukan", "naik"]
    text = "Bank itu membukukan laba Rp 4 triliun, naik dari tahun lalu."
    assert triggers(events_of(text, "id", {})) == ["membukukan"]


def test_a_date_a_change_is_compared_with_does_not_date_it() -> None:
    text = (
        "Rapat digelar pada Senin. Laba naik 12 persen dibandingkan periode yang sama tahun lalu."
    )
    order = _timeline_of(text, "id", "2024-06-05")
    assert order == ["digelar", "naik"]


def _analysed(text: str, lang: str, pubdate: str) -> list[Event]:
    from reader.analysis import analyze

    return analyze(text, lang=lang, backend="builtin", pubdate=pubdate).events


def test_a_reported_clause_with_a_past_date_of_its_own_is_an_event_of_its_own() -> None:
    text = "The firm said on Tuesday that it had hired 200 people on March 3, 2024."
    found = _analysed(text, "en", "2025-03-05")
    assert [(e.trigger.text, e.time) for e in found if e.trigger] == [
        ("said", "2025-03-04"), ("hired", "2024-03-03")
    ]  # fmt: skip
    assert found[1].summary.startswith("It had hired")  # "that" stays out
    assert found[1].order < found[0].order


def test_a_reported_plan_is_a_happening_of_its_own_after_the_saying() -> None:
    text = "The minister announced on Monday that the country will vote on July 4."
    found = _analysed(text, "en", "2025-03-05")
    assert [(e.trigger.text, e.time) for e in found if e.trigger] == [
        ("announced", "2025-03-03"), ("vote", "2025-07-04")
    ]  # fmt: skip
    assert found[0].order < found[1].order


def test_a_date_after_until_is_no_day_of_the_happening() -> None:
    text = "The Met Office has extended its warning until 9am on Saturday."
    assert [e.time for e in _analysed(text, "en", "2025-03-05")] == [None]


def test_a_state_held_until_the_end_of_a_day_is_dated_by_that_day() -> None:
    text = "Prices stayed high until the end of Monday."
    assert [e.time for e in _analysed(text, "en", "2025-03-19")] == ["2025-03-17"]


def test_a_dateline_date_gives_way_to_the_lead_own_day() -> None:
    text = "OSLO, Oct 24 - Norvik Foods on Thursday raised its forecast for the year."
    assert [e.time for e in _analysed(text, "en", "2025-10-24")] == ["2025-10-23"]


def test_a_datelines_place_and_agency_take_no_part_in_the_lead() -> None:
    from reader.analysis import analyze

    text = "LIVERPOOL, Nov 24 (Reuters) - Dockers at the Port of Liverpool voted to end a strike."
    analysis = analyze(text, lang="en", backend="builtin")
    names = {actor.id: actor.name for actor in analysis.actors}
    assert [[names[i] for i in e.actors] for e in analysis.events] == [["Port of Liverpool"]]
    # a name opening a line before a dash is no dateline: it is the subject
    text = "Joko Widodo - mantan presiden - meresmikan bendungan di Bogor."
    analysis = analyze(text, lang="id", backend="builtin")
    names = {actor.id: actor.name for actor in analysis.actors}
    assert [[names[i] for i in e.actors] for e in analysis.events] == [["Joko Widodo"]]


def test_a_dateline_date_alone_dates_the_lead() -> None:
    text = "OSLO, Oct 24 - Norvik Foods raised its forecast for the year."
    assert [e.time for e in _analysed(text, "en", "2025-10-24")] == ["2025-10-24"]


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        (
            "Analysts expect further gains, and several brokers raise their targets.",
            ["expect", "raise"],
        ),
        ("Net profit for the three months to June climbed to $310 million.", ["climbed"]),
        ("The unions threaten a strike, and farmers protest in Brussels.", ["threaten", "protest"]),
        ("Residents flee the town, and ministers meet in Rome.", ["flee", "meet"]),
        ("The tax protest march ended peacefully.", ["ended"]),
    ],
)
def test_plural_present_verbs_and_no_verbs_inside_times(text: str, verbs: list[str]) -> None:
    assert triggers(_analysed(text, "en", "2025-10-24")) == verbs


def test_a_unit_of_time_in_a_headline_is_no_verb() -> None:
    text = "Thirty years on, the dam that split a valley\n\nThe dam opened in 1999."
    assert "years" not in triggers(_analysed(text, "en", "2025-05-21"))


def test_a_compared_date_after_that_makes_no_event_of_its_own() -> None:
    text = (
        "A survey published on Monday found that 54 percent of adults back the plan, "
        "up from 46 percent two years ago."
    )
    assert len(_analysed(text, "en", "2025-03-19")) == 1  # one clause: no cut at "that"


def test_a_sentence_opening_with_hingga_tells_the_time_a_tally_stands() -> None:
    text = "Hingga Kamis pagi, enam orang masih hilang."
    assert [e.time for e in _analysed(text, "id", "2025-01-23")] == ["2025-01-23"]


def test_a_clause_opened_by_when_mid_sentence_happened_first() -> None:
    text = "Two people were hurt when a roof collapsed in Truro."
    assert _timeline_of(text, "en", "2025-02-14") == ["collapsed", "hurt"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "History repeated itself: managers offered a rise.", ["repeated", "offered"]),
        ("en", "Managers offered a rise and staff rejected it.", ["offered", "rejected"]),
        ("en", "He said talks failed and that trains could resume.", ["said", "failed", "resume"]),
        ("en", "The firm cut jobs and the union called a strike.", ["cut", "called"]),
        ("en", "Food prices and wages rose sharply.", ["rose"]),
        ("en", "Cases rose in Kano, Katsina and Sokoto states.", ["rose"]),
        ("en", "Pupils met the mayor and a delegation sent by the school.", ["met"]),
        (
            "id",
            "Sejak itu pemerintah membangun sekolah dan melatih guru.",
            ["membangun", "melatih"],
        ),
        ("id", "Harga naik dan warga mengeluh.", ["naik", "mengeluh"]),
        ("id", "Kami bermain disiplin dan hampir menang.", ["bermain"]),
    ],
)
def test_a_colon_or_and_before_a_clause_with_its_own_subject_opens_an_event(
    lang: str, text: str, expected: list[str]
) -> None:
    assert triggers(events_of(text, lang, {})) == expected


def test_a_participle_describing_a_plural_noun_is_no_predicate() -> None:
    text = "Fare increases introduced in the spring angered commuters."
    assert triggers(events_of(text, "en", {})) == ["angered"]
    assert triggers(events_of("Shares dropped in early trading.", "en", {})) == ["dropped"]


def test_the_reference_day_counts_anchored_days_not_anchored_periods() -> None:
    last_year = TimeSpan(0, 10, "tahun lalu", "DATE", "2024", "2025-03-19", relative=True)
    written = TimeSpan(20, 33, "12 Maret 2025", "DATE", "2025-03-12")
    assert _reference_day([last_year, written]) == "2025-03-12"
    yesterday = TimeSpan(40, 47, "kemarin", "DATE", "2025-03-18", "2025-03-19", relative=True)
    assert _reference_day([last_year, written, yesterday]) == "2025-03-19"


@pytest.mark.parametrize(
    ("text", "lang", "events"),
    [
        # a colon after a comma is the stronger boundary: "lalu" opens a clause after it
        ("Warga berkumpul, ; lalu pergi.", "id", [("Warga berkumpul", 0), ("Warga lalu pergi", 1)]),
        ("El ministro rechazó la medida y", "es", []),  # "y" last: no verb after it
        # a body named only by its kind, with no name in the sentences before
        (
            "Der Konzern will wachsen. Das Unternehmen teilte mit, es werde sparen.",
            "de",
            [("Der Konzern will wachsen", 0), ("Das Unternehmen teilte mit, es werde sparen", 1)],
        ),
        # "Before …" dated apart from the clause after it keeps its own place
        (
            "Before the meeting began on Monday, protesters gathered outside on Tuesday.",
            "en",
            [
                ("Before the meeting began on Monday", 0),
                ("Protesters gathered outside on Tuesday", 1),
            ],
        ),
    ],
)
def test_boundaries_a_last_and_an_unnamed_body_and_a_before_clause_dated_apart(
    text: str, lang: str, events: list[tuple[str, int]]
) -> None:
    found = analyze(text, lang=lang, backend="builtin", pubdate="2025-03-19").events
    assert [(e.summary, e.order) for e in found] == events


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Tim Garuda meraih emas setelah mengalahkan Malaysia pada Kamis (13/3), Jumat.",
            ["2025-03-14", "2025-03-13"],
        ),
        # a closing week is no day; a closing date with more words after it closes nothing
        (
            "Tim Garuda meraih emas setelah mengalahkan Malaysia pada Kamis (13/3), pekan lalu.",
            [None, "2025-03-13"],
        ),
        (
            "Tim Garuda meraih emas setelah mengalahkan Malaysia pada Kamis (13/3), Jumat (14/3) "
            "malam di Jakarta.",
            [None, "2025-03-13"],
        ),
    ],
)
def test_a_closing_date_after_an_aside_dates_the_main_clause_only_when_it_is_a_day_closing_it(
    text: str, dates: list[str | None]
) -> None:
    found = analyze(text, lang="id", backend="builtin", pubdate="2025-03-19").events
    assert [e.time for e in found] == dates
    assert found[0].time_text == (None if dates[0] is None else "Jumat")

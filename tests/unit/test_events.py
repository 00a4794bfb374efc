"""Events and the timeline (reader.analysis.events, reader.analysis.narrative)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.events import SUMMARY_LENGTH, find_events
from reader.analysis.model import Event
from reader.analysis.narrative import Placement, narrative_cue, timeline_order
from reader.analysis.quotes import find_quotes
from tests.unit.quotes_events_inputs import dates, parse, people

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_11623c467df5d8d0.txt"


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
EN_NAMES = {
    "Maria Lopez": ("PER", ["Maria Lopez", "Lopez"]),
    "Tom Baker": ("PER", ["Tom Baker", "Baker"]),
    "Acme Corp": ("ORG", ["Acme Corp", "Acme"]),
}


# ---- clauses and participants -----------------------------------------------------------


def test_indonesian_clauses_split_at_joining_words_and_skip_relative_verbs() -> None:
    text = (
        "Gubernur Andi Wijaya meresmikan bendungan di Garut, tetapi warga menolak jalan "
        "yang direncanakan pemerintah."
    )
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["meresmikan", "menolak"]
    assert events[0].actors == ["Andi Wijaya", "Garut"]
    assert events[1].summary == "Warga menolak jalan yang direncanakan pemerintah"


def test_participle_clause_stays_with_its_main_clause() -> None:
    text = "Menurut rencana, Sari Dewi membuka pabrik itu di Bandung, menambahkan bahwa upah naik."
    events = events_of(text, "id", ID_NAMES)
    assert triggers(events) == ["membuka"]
    assert events[0].actors == ["Sari Dewi", "Bandung"]


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
    # the "before" event ahead of the 18th's event, the last one right after its neighbour.
    assert timeline_order(placements) == [0, 4, 5, 3, 1, 2]


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

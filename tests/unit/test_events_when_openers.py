"""A sentence opening with "When"/"Ketika"/"Saat"/"As" and a clause of its own tells two
happenings at one time: the opening clause is an event too, its summary without the opener,
and the two share the time either names. An Indonesian bare or ter- verb after its subject is
such a clause's predicate even before a time or place ("ketika pesawat terjatuh di laut")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.model import Event

PUBDATE = "2025-10-20"  # a Monday


def _events(text: str, lang: str) -> list[Event]:
    return analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).events


def _by_trigger(text: str, lang: str) -> dict[str, Event]:
    return {e.trigger.text: e for e in _events(text, lang) if e.trigger}


def test_a_when_clause_and_its_main_clause_are_two_events_on_one_day() -> None:
    text = "When the verdict was read, dozens of workers gathered outside on Wednesday."
    events = _by_trigger(text, "en")
    assert events["read"].summary == "The verdict was read"
    assert events["read"].time == events["gathered"].time == "2025-10-15"
    assert events["read"].order < events["gathered"].order


def test_the_month_of_a_when_clause_dates_its_main_clause() -> None:
    text = "When the company reported second-quarter figures in July, its shares dropped 9%."
    events = _by_trigger(text, "en")
    assert events["reported"].time == events["dropped"].time == "2025-07"


@pytest.mark.parametrize(
    ("text", "first", "main"),
    [
        (
            "Ketika striker Rafael Silva terjatuh dan cedera pada September, "
            "Persiba kehilangan tiga laga beruntun.",
            "terjatuh",
            "kehilangan",
        ),
        (
            "Ketika data dari Kecamatan Selatan masuk pukul 21.30 WIB, "
            "pasangan Budi Santoso berbalik memimpin.",
            "masuk",
            "berbalik",
        ),
    ],
)
def test_an_indonesian_weak_verb_is_a_ketika_clauses_predicate(
    text: str, first: str, main: str
) -> None:
    events = _events(text, "id")
    assert [e.trigger.text for e in events if e.trigger] == [first, main]
    assert not events[0].summary.startswith("Ketika")


def test_a_when_phrase_without_a_subject_stays_part_of_its_clause() -> None:
    (event,) = _events("When asked, he declined.", "en")
    assert event.summary == "When asked, he declined"


def test_a_headline_opening_with_as_leaves_it_out_of_the_summary() -> None:
    text = "As JD Vance visits Geneva, Ukraine talks resume\n\nTalks began on Monday."
    assert _events(text, "en")[0].summary == "JD Vance visits Geneva"


@pytest.mark.parametrize(
    "text", ["Saat ini kebocoran data masih sering terjadi.", "Saat itu warga mengungsi."]
)
def test_a_sentence_opening_time_keeps_its_words(text: str) -> None:
    (event,) = _events(text, "id")
    assert event.summary == text.rstrip(".")


def test_a_body_sentence_opening_with_as_is_two_events() -> None:
    text = "As the final whistle blew, thousands of fans ran onto the pitch."
    events = _events(text, "en")
    assert [e.summary for e in events] == [
        "The final whistle blew",
        "Thousands of fans ran onto the pitch",
    ]

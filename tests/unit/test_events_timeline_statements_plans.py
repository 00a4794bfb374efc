"""Undated statements and plans on the timeline: what was said in the article was said by
its publication, so before a happening it plans; a clause opened by a "before"/"sebelum"
phrase with no event of its own looks back."""

from __future__ import annotations

from reader.analysis import analyze


def _order(text: str, lang: str, pubdate: str | None = "2025-03-05") -> dict[str, int]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=pubdate)
    return {e.trigger.text: e.order for e in found.events if e.trigger}


def test_a_statement_comes_before_a_plan_dated_by_month_only() -> None:
    text = (
        "The government will raise fuel prices in April. Critics said the move would hurt the poor."
    )
    order = _order(text, "en")
    assert order["said"] < order["raise"]


def test_an_indonesian_statement_comes_before_a_plan_of_next_year() -> None:
    text = (
        "Pemerintah akan menaikkan harga BBM tahun depan. "
        "Pengamat menilai kebijakan itu akan membebani warga miskin."
    )
    order = _order(text, "id")
    assert order["menilai"] < order["menaikkan"]


def test_without_a_publication_day_the_text_order_stands() -> None:
    text = (
        "The government will raise fuel prices in April. Critics said the move would hurt the poor."
    )
    order = _order(text, "en", pubdate=None)
    assert order["raise"] < order["said"]


def test_a_sebelum_phrase_without_an_event_looks_back() -> None:
    text = (
        "Warga mengungsi ke masjid pada Senin (3/3). "
        "Sebelum ada jembatan, warga harus menyeberang dengan perahu."
    )
    order = _order(text, "id")
    assert order["menyeberang"] < order["mengungsi"]


def test_a_before_phrase_does_not_pull_a_plan_back() -> None:
    text = "The council met on Tuesday. Before the vote, the city will repaint the hall."
    order = _order(text, "en")
    assert order["met"] < order["repaint"]


def test_a_before_inside_a_sentence_is_no_look_back() -> None:
    text = (
        "The council met on Tuesday. "
        "The mayor spoke first; before the vote, members debated the budget."
    )
    order = _order(text, "en")
    assert order["spoke"] < order["debated"]

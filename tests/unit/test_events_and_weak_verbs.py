"""An Indonesian weak verb after "dan" with a time or a place of its own is a second
happening of the subject, dated by its own time."""

from __future__ import annotations

from reader.analysis import analyze


def _dated(text: str) -> list[tuple[str, str | None]]:
    events = analyze(text, lang="id", backend="builtin", pubdate="2026-03-05").events
    return [(e.trigger.text, e.time) for e in events if e.trigger]


def test_a_weak_verb_after_dan_with_its_own_day_is_its_own_event() -> None:
    text = "Jembatan itu dibangun pada 2019 dan ambruk pada Senin."
    assert _dated(text) == [("dibangun", "2019"), ("ambruk", "2026-03-02")]


def test_a_weak_verb_after_dan_with_its_own_month_is_its_own_event() -> None:
    text = "Proyek jalan itu dikerjakan pada 2025 dan rusak pada pertengahan Maret."
    assert _dated(text) == [("dikerjakan", "2025"), ("rusak", "2026-03")]


def test_a_weak_word_after_dan_with_nothing_after_it_joins_the_clause() -> None:
    assert _dated("Jembatan itu dibangun pada 2019 dan rusak.") == [("dibangun", "2019")]

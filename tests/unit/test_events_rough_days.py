"""Rough days for ordering events dated only by a period: the value the time grammar gave a
phrase ("the third quarter" → "2024-Q3") is ordered by the middle of that period, in any
language (reader.analysis.narrative.rough_value_day, reader.analysis.events)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.narrative import rough_value_day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2025-02", "2025-02-15"),
        ("2025-03", "2025-03-15"),  # under way
        ("2024", "2024-07-01"),
        ("FY2021", "2021-07-01"),
        ("2024-Q4", "2024-11-15"),
        ("2025-Q1", "2025-02-15"),  # half over
        ("2024-H1", "2024-03-31"),
        ("2024-SU", "2024-07-16"),
        ("2024-WI", "2025-01-15"),  # the winter that begins in December 2024
        ("199", "1995-01-01"),
    ],
)
def test_a_past_period_is_ordered_by_its_middle(value: str, day: str) -> None:
    assert rough_value_day(value, "2025-03-19") == day


@pytest.mark.parametrize("value", ["2025-04", "2025", "2025-H1", "2026-Q1", "2025-SP", None])
def test_a_period_still_ahead_or_no_period_has_no_rough_day(value: str | None) -> None:
    assert rough_value_day(value, "2025-03-19") is None


@pytest.mark.parametrize(
    ("text", "lang", "rough"),
    [
        (
            "Acme Corp said on Tuesday it would cut 200 jobs. "
            "Its profit fell sharply in the third quarter, the company said.",
            "en",
            "fell",
        ),
        (
            "PT Maju mengumumkan PHK pada Selasa. Laba perseroan anjlok pada kuartal III.",
            "id",
            "anjlok",
        ),
    ],
)
def test_a_quarter_the_grammar_put_last_year_comes_before_the_news(
    text: str, lang: str, rough: str
) -> None:
    events = analyze(text, lang=lang, backend="builtin", pubdate="2025-03-19").events
    first = min(events, key=lambda e: e.order)
    assert first.trigger is not None and first.trigger.text == rough


def test_with_no_relative_day_a_month_alone_is_read_against_the_first_full_date() -> None:
    # The grammar values "Maret" against the publication date (March 2025); the timeline's
    # day is the text's own first date, June 2024, before which the case began.
    text = (
        "Polisi memeriksa lima saksi pada 20 Juni 2024. "
        "Kasus ini bermula dari operasi pada Maret. Saat itu, polisi menangkap Andi Wijaya."
    )
    events = analyze(text, lang="id", backend="builtin", pubdate="2025-03-19").events
    order = [e.trigger.text for e in sorted(events, key=lambda e: e.order) if e.trigger]
    assert order == ["bermula", "menangkap", "memeriksa"]


def test_a_day_counted_from_the_story_is_not_the_articles_day() -> None:
    text = (
        "Lina Marpaung bersaksi di Pengadilan Negeri Medan pada Rabu (16/9/2026). "
        "Ia mengatakan Bambang Sitorus memindahkan Rp 3 miliar pada 14 Mei 2026. "
        "Ketika auditor datang keesokan harinya, dokumen pencairan sudah hilang. "
        "Bambang ditahan pada Juni."
    )
    found = analyze(text, lang="id", backend="builtin", pubdate="2026-09-17").events
    order = {e.trigger.text: e.order for e in found if e.trigger}
    assert order["datang"] < order["ditahan"] < order["bersaksi"]

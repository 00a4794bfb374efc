"""A clause that a sentence joins to a later one with "before"/"sebelum" happened first, even
when only the later one is dated: "Marlow had taken kickbacks before he resigned in 2023" puts
the kickbacks ahead of 2023, not after it next to the story's day."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def order_of(text: str, lang: str) -> list[str]:
    events = analyze(text, lang=lang, backend="builtin", pubdate="2026-04-16").events
    return [e.trigger.text for e in sorted(events, key=lambda e: e.order) if e.trigger]


@pytest.mark.parametrize(
    ("text", "lang", "first", "then"),
    [
        (
            "A jury convicted Marlow on Wednesday. Marlow had taken kickbacks from two "
            "shipping firms before he resigned in 2023.",
            "en",
            "taken",
            "resigned",
        ),
        (
            "Pengadilan menjatuhkan vonis pada Rabu. Hadi telah menerima suap dari kontraktor "
            "sebelum ia mencalonkan diri lagi pada 2024.",
            "id",
            "menerima",
            "mencalonkan",
        ),
    ],
)
def test_the_clause_before_a_dated_before_clause_comes_first(
    text: str, lang: str, first: str, then: str
) -> None:
    order = order_of(text, lang)
    assert order.index(first) < order.index(then)


def test_a_dated_main_clause_keeps_its_day() -> None:
    text = "The firm sold the plant in 2024 before it closed its last shop in 2021."
    order = order_of(text, "en")
    assert order.index("closed") < order.index("sold")

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


@pytest.mark.parametrize(
    ("text", "gerund", "summary", "actor"),
    [
        (
            "Hamilton led the race after the first lap before slipping to third.",
            "slipping",
            "Before slipping to third",
            "hamilton",
        ),
        (
            "Jane Doe resigned on Monday after losing the vote.",
            "losing",
            "After losing the vote",
            "jane-doe",
        ),
        (
            "Jane Doe resigned on Monday after meeting him in Paris.",
            "meeting",
            "After meeting him in Paris",
            "jane-doe",
        ),
    ],
)
def test_a_gerund_after_before_or_after_is_a_happening_of_the_subject(
    text: str, gerund: str, summary: str, actor: str
) -> None:
    events = analyze(text, lang="en", backend="builtin", pubdate="2026-04-16").events
    (event,) = [e for e in events if e.trigger and e.trigger.text == gerund]
    assert (event.summary, event.actors) == (summary, [actor])


@pytest.mark.parametrize(
    "text",
    [
        "The works stopped after funding ran out.",  # the noun is the subject
        "We waited until after morning prayers.",  # a time of day
        "He scored three minutes after coming on.",  # a count of time: when he scored
    ],
)
def test_a_noun_in_ing_after_after_is_no_gerund(text: str) -> None:
    events = analyze(text, lang="en", backend="builtin", pubdate="2026-04-16").events
    assert all(e.trigger and not e.trigger.text.endswith("ing") for e in events)

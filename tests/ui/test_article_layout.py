"""Wrapping and item lookup of the article view (plain Python, no app needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.analysis.model import Analysis, Entity, NumberSpan, Quote
from reader.widgets.article_layout import (
    build_items,
    item_at,
    line_of,
    next_index,
    offset_at_column,
    previous_index,
    wrap_text,
)

TEXT = "Rubio said “talks on 12 March went well” in Riyadh.\n\nSecond paragraph here."


def test_wrap_keeps_paragraphs_and_words() -> None:
    lines = wrap_text(TEXT, 20)
    shown = [TEXT[start:end] for start, end in lines]
    assert shown == [
        "Rubio said “talks on",
        "12 March went well”",
        "in Riyadh.",
        "",
        "Second paragraph",
        "here.",
    ]


def test_long_words_are_folded() -> None:
    text = "a " + "x" * 25
    assert [text[s:e] for s, e in wrap_text(text, 10)] == ["a", "x" * 10, "x" * 10, "x" * 5]


@given(st.text(alphabet=st.sampled_from("ab  cdé漢\n"), max_size=200), st.integers(1, 30))
def test_wrapped_lines_fit_and_cover_every_word(text: str, width: int) -> None:
    lines = wrap_text(text, width)
    for start, end in lines:
        assert cell_len(text[start:end]) <= max(width, 2)  # a wide char may not fit a 1-cell line
    covered = "".join(text[start:end] for start, end in lines)
    assert covered.replace(" ", "") == "".join(text.split())


def test_line_of_and_column_lookup() -> None:
    lines = wrap_text(TEXT, 20)
    starts = [start for start, _ in lines]
    riyadh = TEXT.index("Riyadh")
    index = line_of(starts, riyadh)
    assert TEXT[slice(*lines[index])] == "in Riyadh."
    assert offset_at_column(TEXT, lines[index], 3) == riyadh
    assert offset_at_column(TEXT, lines[index], 50) is None


def analysis() -> Analysis:
    quote = TEXT.index("“"), TEXT.index("”") + 1
    number = TEXT.index("12"), TEXT.index("12") + 2
    return Analysis(
        lang="en",
        backend="builtin",
        entities=[
            Entity(0, 5, "Rubio", "PER"),
            Entity(TEXT.index("Riyadh"), TEXT.index("Riyadh") + 6, "Riyadh", "LOC"),
            Entity(0, 3, "Wrong", "ORG"),  # does not match the text: dropped
        ],
        numbers=[NumberSpan(*number, "12", 12)],
        quotes=[Quote(*quote, TEXT[slice(*quote)])],
    )


def test_items_are_in_text_order_outer_first_and_checked_against_the_text() -> None:
    items = build_items(analysis(), TEXT)
    assert [item.kind for item in items] == ["per", "quote", "number", "loc"]
    number = items[2]
    assert item_at(items, number.start) is number  # the number inside the quote wins
    assert item_at(items, items[1].start) is items[1]
    assert item_at(items, TEXT.index("said")) is None


def test_next_and_previous_index() -> None:
    keys = [item.key for item in build_items(analysis(), TEXT)]
    assert next_index(keys, keys[1]) == 2
    assert previous_index(keys, keys[1]) == 0
    assert next_index(keys, keys[-1]) is None
    assert previous_index(keys, keys[0]) is None

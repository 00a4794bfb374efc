"""Plain-Python pieces of the article view: the highlight items and the word-wrapped lines.

Nothing here imports Textual, so wrapping and item lookup can be tested (and timed) on their own.
A *line* is a ``(start, end)`` pair of character offsets into the article text; a blank line
between paragraphs has ``start == end``. Items are the highlighted spans the cursor visits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len

from reader.analysis.model import Analysis, Entity, NumberSpan, Quote, TimeSpan

#: Every highlight kind, in the order the legend lists them.
Kind = Literal["per", "org", "loc", "misc", "number", "time", "quote"]
KINDS: tuple[Kind, ...] = ("per", "org", "loc", "misc", "number", "time", "quote")

#: What the status line and legend call each kind.
KIND_NAMES: dict[str, str] = {
    "per": "person",
    "org": "organisation",
    "loc": "place",
    "misc": "other name",
    "number": "number",
    "time": "time",
    "quote": "quote",
}

#: The toggle groups behind the number keys: key → (legend label, kinds it shows or hides).
TOGGLES: dict[str, tuple[str, tuple[Kind, ...]]] = {
    "1": ("people", ("per",)),
    "2": ("orgs", ("org",)),
    "3": ("places", ("loc",)),
    "4": ("numbers/times", ("number", "time")),
    "5": ("quotes", ("quote",)),
    "6": ("other", ("misc",)),
}

#: Control characters (tabs, form feeds, escapes…) are shown as spaces: they must never reach
#: the terminal (an escape sequence in an article would recolour or move the screen), and
#: replacing them one for one keeps every offset valid. Newlines stay: they separate paragraphs.
_SHOWABLE = {code: " " for code in [*range(0x20), 0x7F] if code != 0x0A}


def showable(text: str) -> str:
    """``text`` safe to draw: control characters made spaces, same length (see ``_SHOWABLE``).

    Everything an article or a note brings (title, source, quoted passages) goes through this
    before it is drawn; only the article view paints the text itself, with the same table."""
    return text.translate(_SHOWABLE)


_LABEL_KIND: dict[str, Kind] = {"PER": "per", "ORG": "org", "LOC": "loc", "MISC": "misc"}

Ref = Entity | NumberSpan | TimeSpan | Quote


@dataclass(frozen=True, slots=True)
class Item:
    """One highlighted span the cursor can sit on; ``ref`` is the analysis record behind it."""

    kind: Kind
    start: int
    end: int
    ref: Ref

    @property
    def key(self) -> tuple[int, int]:
        """Sort key: text order, outer spans (a quote) before the spans inside them."""
        return (self.start, -self.end)


def build_items(analysis: Analysis, text: str) -> list[Item]:
    """All highlightable spans of ``analysis`` in text order, skipping any that don't fit ``text``.

    The check guards against an analysis made for another version of the text (it would
    otherwise paint highlights in the wrong places).
    """
    items: list[Item] = []

    def add(kind: Kind, ref: Ref) -> None:
        if 0 <= ref.start < ref.end <= len(text) and text[ref.start : ref.end] == ref.text:
            items.append(Item(kind, ref.start, ref.end, ref))

    for entity in analysis.entities:
        add(_LABEL_KIND.get(entity.label, "misc"), entity)
    for number in analysis.numbers:
        add("number", number)
    for time in analysis.times:
        add("time", time)
    for quote in analysis.quotes:
        add("quote", quote)
    items.sort(key=lambda item: item.key)
    return items


def item_at(items: list[Item], offset: int) -> Item | None:
    """The innermost item covering ``offset`` (a number inside a quote wins over the quote)."""
    best: Item | None = None
    for item in items:
        if item.start > offset:
            break
        if item.end > offset and (best is None or item.end - item.start <= best.end - best.start):
            best = item
    return best


def next_index(keys: list[tuple[int, int]], key: tuple[int, int]) -> int | None:
    """Index of the first of the sorted item ``keys`` strictly after ``key`` (see
    :attr:`Item.key`), or None when there is none."""
    index = bisect_right(keys, key)
    return index if index < len(keys) else None


def previous_index(keys: list[tuple[int, int]], key: tuple[int, int]) -> int | None:
    """Index of the last of the sorted item ``keys`` strictly before ``key``, or None."""
    index = bisect_right(keys, key) - 1
    while index >= 0 and keys[index] == key:
        index -= 1
    return index if index >= 0 else None


_WORD = re.compile(r"\S+")
_PARAGRAPH = re.compile(r"[^\n]+")


def wrap_text(text: str, width: int) -> list[tuple[int, int]]:
    """Word-wrap ``text`` to ``width`` cells: each non-empty line of the text is a paragraph,
    paragraphs are separated by one blank line, and words longer than a line are folded."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        if not text[start:end].strip():
            continue
        if lines:
            lines.append((start, start))
        lines.extend(_wrap_paragraph(text, start, end, width))
    return lines


def _wrap_paragraph(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Lines of one paragraph; spaces between words count one cell each."""
    lines: list[tuple[int, int]] = []
    line_start = line_end = -1
    line_width = 0
    for word in _WORD.finditer(text, start, end):
        word_start, word_end = word.span()
        word_width = cell_len(word.group())
        gap = word_start - line_end
        if line_start >= 0 and line_width + gap + word_width <= width:
            line_end, line_width = word_end, line_width + gap + word_width
            continue
        if line_start >= 0:
            lines.append((line_start, line_end))
        if word_width <= width:
            line_start, line_end, line_width = word_start, word_end, word_width
            continue
        # Fold a word that cannot fit on any line; its last piece starts the next line.
        piece_start, piece_width = word_start, 0
        for offset in range(word_start, word_end):
            char_width = cell_len(text[offset])
            if piece_width + char_width > width and offset > piece_start:
                lines.append((piece_start, offset))
                piece_start, piece_width = offset, 0
            piece_width += char_width
        line_start, line_end, line_width = piece_start, word_end, piece_width
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines


def line_of(line_starts: list[int], offset: int) -> int:
    """Index of the line that shows ``offset`` (or the nearest line before it), given the
    start offsets of the wrapped lines."""
    return max(0, bisect_right(line_starts, offset) - 1)


def offset_at_column(text: str, line: tuple[int, int], column: int) -> int | None:
    """The character offset shown at ``column`` cells into ``line``, or None past its end."""
    start, end = line
    cells = 0
    for offset in range(start, end):
        cells += cell_len(text[offset])
        if cells > column:
            return offset
    return None

"""Finding direct quotes by their quotation marks, robust to odd and unbalanced marks.

Recognised pairs: curly double quotes, straight double quotes, guillemets, curly single quotes
(only at word edges, so apostrophes are left alone), the low-high German pair, and the
mis-typed pair of two closing double quotes. A quote's span
includes its marks. Marks inside a quote are part of it (nested quotes are not reported
separately), so quotes never overlap.

Unclosed quotes: a quote must close within its paragraph (a paragraph ends at a line break).
The one exception is the news convention for quotes running over several paragraphs, where a
paragraph ends without a closing mark and the next paragraph opens with the same mark again:
then the quote is closed at its paragraph's end. Any other unclosed mark is skipped, so a
stray mark never swallows the rest of the text (nor does any quote longer than
:data:`LONGEST_QUOTE` characters). An opening mark followed by a second opening
mark of the same kind before any closer is also treated as unclosed.
"""

from __future__ import annotations

import re

_LDQ, _RDQ, _LSQ, _RSQ = "\u201c", "\u201d", "\u2018", "\u2019"  # curly double/single
_LOW, _LGUIL, _RGUIL, _STRAIGHT = "\u201e", "\u00ab", "\u00bb", '"'

# Opening mark → the marks that may close it.
_CLOSERS: dict[str, str] = {
    _LDQ: _RDQ,
    _LOW: _LDQ + _RDQ,
    _LGUIL: _RGUIL,
    _LSQ: _RSQ,
    _STRAIGHT: _STRAIGHT,
    _RDQ: _RDQ,  # mis-typed: a closing mark used to open
}

#: Every character that opens or closes a quote.
QUOTE_MARKS = "".join(sorted(set("".join(_CLOSERS) + "".join(_CLOSERS.values()))))

#: Longest quote, in characters: a mark left open longer than this is a stray mark.
LONGEST_QUOTE = 5000

_ANY_MARK = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")
# Per opening mark: the marks that matter while looking for its closer.
_MARKS_OF = {
    mark: re.compile("[" + re.escape(closers + mark) + "]") for mark, closers in _CLOSERS.items()
}

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum accepts

# Marks that are only quotes at a word's start (they double as apostrophes or closers).
_WORD_START_ONLY = frozenset(_LSQ + _STRAIGHT + _RDQ)
# Openers whose closer must end a word (the single closer doubles as an apostrophe).
_WORD_END_CLOSE = frozenset(_LSQ + _STRAIGHT)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every direct quote in ``text``, marks included, in order."""
    spans: list[tuple[int, int]] = []
    no_closer: dict[str, int] = {}  # mark (+ " " when padded) → offset up to which no closer
    para_end = -1
    i = 0
    while (match := _ANY_MARK.search(text, i)) is not None:
        i = match.start()
        if i >= para_end:  # entered the next paragraph
            para_end = text.find("\n", i)
            para_end = len(text) if para_end == -1 else para_end
        end = _closing(text, i, para_end, no_closer) if _can_open(text, i) else None
        if end is None:
            i += 1
            continue
        if _LETTER_OR_DIGIT.search(text, i + 1, end - 1):  # not just marks and spaces
            spans.append((i, end))
        i = end
    return spans


def continues(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when quote ``second`` carries on quote ``first`` over a paragraph break: ``first``
    was left open at its paragraph's end and ``second`` opens the next one with the same mark
    (the news convention for one speaker's words running over several paragraphs)."""
    opener = text[first[0]]
    gap = text[first[1] : second[0]]
    return (
        text[first[1] - 1] not in _CLOSERS[opener]
        and "\n" in gap
        and not gap.strip()
        and text[second[0]] == opener
    )


def _can_open(text: str, i: int) -> bool:
    """Whether the mark at ``i`` may open a quote: it must be followed by a non-space, and
    ambiguous marks must also start a word (not an apostrophe, not a stray closing mark).
    A straight double quote standing alone between spaces opens too: tokenized text
    ("said : \" We deserved it . \"", as in CoNLL-style corpora) pads every mark."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if not nxt or nxt == "\n":
        return False
    if nxt.isspace():
        return _padded(text, i)
    if text[i] in _WORD_START_ONLY:
        prev = text[i - 1] if i > 0 else " "
        return not prev.isalnum() and prev not in ".,;!?"
    return True


def _padded(text: str, i: int) -> bool:
    """True for a straight double quote with a space (or the text's start) on both sides."""
    prev = text[i - 1] if i > 0 else " "
    return text[i] == _STRAIGHT and prev.isspace() and text[i + 1 : i + 2].isspace()


def _closing(text: str, i: int, para_end: int, no_closer: dict[str, int]) -> int | None:
    """End offset (after the closing mark) of the quote opened at ``i`` in the paragraph ending
    at ``para_end``, or None if unclosed.

    ``no_closer`` remembers, per mark and mode, how far a search already found nothing, so a run of
    unclosable marks is scanned once, not once per mark.
    """
    mark = text[i]
    closers = _CLOSERS[mark]
    padded = text[i + 1].isspace()
    limit = min(para_end, i + LONGEST_QUOTE)
    memo = mark + " " if padded else mark  # padded marks close differently
    start = max(i + 1, no_closer.get(memo, 0))
    for match in _MARKS_OF[mark].finditer(text, start, limit):
        j = match.start()
        if text[j] in closers and _can_close(text, j, mark, padded):
            return j + 1
        if text[j] == mark and mark not in closers and _can_open(text, j):
            return None  # a second opener of the same kind: this one was never closed
    no_closer[memo] = limit
    if limit == para_end and _next_paragraph_opens_with(text, para_end, mark):
        body_end = len(text[:para_end].rstrip())
        return body_end if body_end > i + 1 else None
    return None


def _can_close(text: str, j: int, mark: str, padded: bool = False) -> bool:
    """A closing single or straight mark must end a word (so apostrophes do not close); in
    tokenized text (``padded``) it stands alone after a space instead."""
    if mark not in _WORD_END_CLOSE:
        return True
    nxt = text[j + 1] if j + 1 < len(text) else " "
    prev = text[j - 1]
    return not nxt.isalnum() and prev.isspace() == padded


def _next_paragraph_opens_with(text: str, para_end: int, mark: str) -> bool:
    """True when the next non-blank paragraph after ``para_end`` starts with ``mark``."""
    rest = text[para_end:].lstrip()
    return para_end < len(text) and rest.startswith(mark)

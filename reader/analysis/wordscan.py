"""A tiny word scanner shared by the number and time annotators.

The annotators read ``doc.text`` directly instead of the backend's tokens, so that "2.000",
"10.00", "1,5", "19/3/2025", "30-day" and "ke-3" are always one word whatever tokenizer ran
(Stanza and the built-in backend split such strings differently). A word is a run of word
characters, possibly joined by hyphen, apostrophe, dot, comma, colon or slash to more word
characters; any other non-space character is a one-character word of its own ("%", "$", "(", "“").
A slash joins word characters ("19/3/2025", "km/jam", "I/2025") but for digits to the letters
of a unit: in "Rp 80.000/kg" the price is a word of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import accumulate, compress, count, repeat
from typing import NamedTuple

from reader.analysis.memo import WordMemo

#: A slash inside a word: after a letter ("km/jam", "I/2025") or before a digit ("19/3").
_SLASH = r"/(?:(?<=\D/)|(?=\d))"
_WORD = re.compile(rf"\w+(?:['\u2019.,:-]\w+|{_SLASH}\w+)*|\S")


class Word(NamedTuple):
    """One word of the text: offsets, surface form and its lowercase form."""

    start: int
    end: int
    text: str
    low: str


#: Stands between two stretches of text that were scanned apart; no rule matches it.
GAP = "\x00"
#: How far around a candidate word the scan reaches (characters), for the context rules
#: look at: a future cue some words before a weekday, a unit some words after a number.
_REACH = 50
_SPACE = re.compile(r"\s")


class Scan(NamedTuple):
    """The words a scan keeps, and their lowercase forms by themselves (``lows[k]`` is
    ``words[k].low``) for the tests that look at every word."""

    words: tuple[Word, ...]
    lows: tuple[str, ...]
    #: The indexes of the words the stretches were kept around (``may_start(lows,
    #: triggers)``, found once for the whole text): a caller whose own start words are
    #: among the triggers tests only these (``may_start(lows, words, among=starts)``).
    starts: tuple[int, ...]


def words(text: str) -> list[str]:
    """The lowercase words of a short phrase ("la semaine dernière" → its three words)."""
    return [m.group().lower() for m in _WORD.finditer(text)]


#: The one character whose lowercase form is longer ("İ" → "i̇"): a text without it keeps its
#: offsets when lowered.
_LONGER_IN_LOWERCASE = "\u0130"


def _lowercase(text: str) -> str:
    """``text`` in lower case, offset for offset."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length in lower case ("İ")
        lowered = "".join(c.lower()[0] for c in text)
    return lowered


#: :data:`_WORD` with its match kept by ``split``: the pieces alternate space and word. The
#: possessive quantifiers match the same words and spare the regex engine its backtracking.
_SPLIT = re.compile(rf"(\w++(?:['\u2019.,:-]\w++|{_SLASH}\w++)*+|\S)")


#: Stretches of text to keep, as runs of touching (start, end) character spans; a
#: :data:`GAP` word goes between two runs.
_Runs = list[list[tuple[int, int]]]


def scan_words(text: str, triggers: frozenset[str]) -> Scan:
    """The words of ``text`` around the places where a number or time may be (the number
    and time annotators share one scan of a document:
    :func:`reader.analysis.timegrammar.word_scan`).

    Only the stretches around ``triggers`` (lowercase words a rule can start at, or that
    signal one nearby) and around words with digits are kept; stretches are joined by a
    :data:`GAP` word. One regex pass finds every word, but many words of a news text are
    never looked at, and making a :class:`Word` of each would cost more than that pass.
    """
    # Lowering nearly always keeps offsets; then, as stretches start and end at spaces (which
    # no case rule looks across), each word's lowercase form is its part of the lowered text.
    offsets_kept = _LONGER_IN_LOWERCASE not in text
    starts, ends, surfaces, lows = _split_words(text, offsets_kept)
    candidates = may_start(lows, triggers)
    found: list[Word] = []
    found_lows: list[str] = []
    found_starts: list[int] = []
    gap = -1  # where the run before ended
    for run in _runs(text, starts, ends, candidates):
        if gap >= 0:
            found.append(Word(gap, gap, GAP, GAP))
            found_lows.append(GAP)
        gap = run[-1][1]
        # the whole run in one slice, or (for the rare texts that need it) stretch by stretch
        for start, end in [(run[0][0], run[-1][1])] if offsets_kept else run:
            a, b = bisect_left(starts, start), bisect_left(starts, end)
            shift = len(found) - a  # from an index among all words to one among those kept
            here = candidates[bisect_left(candidates, a) : bisect_left(candidates, b)]
            found_starts.extend(map(shift.__add__, here))
            if offsets_kept:
                run_words = zip(starts[a:b], ends[a:b], surfaces[a:b], lows[a:b], strict=True)
                # tuple.__new__ builds each Word without its slower keyword-aware constructor
                found.extend(map(tuple.__new__, repeat(Word), run_words))
                found_lows.extend(lows[a:b])
            else:
                piece = list(_words(text, start, list(zip(starts[a:b], ends[a:b], strict=True))))
                found.extend(piece)
                found_lows.extend(w.low for w in piece)
    return Scan(tuple(found), tuple(found_lows), tuple(found_starts))


def _runs(text: str, starts: list[int], ends: list[int], candidates: list[int]) -> _Runs:
    """The stretches within :data:`_REACH` characters of the candidate words, widened to
    whole words; a stretch that overlaps or touches the one before continues its run."""
    runs: _Runs = []
    window_end = 0
    for k in candidates:
        reach = min(ends[k] + _REACH, len(text))
        if reach <= window_end:
            continue  # already inside the current stretch (which ends at a space)
        end = _word_boundary_after(text, reach)
        first = starts[k]
        start = _word_boundary_before(text, max(first - _REACH, 0))
        if start > first:  # no space between: the whole run belongs to the stretch
            start = window_end
        if start > window_end or not runs:
            runs.append([(start, end)])
        else:
            runs[-1].append((window_end, end))
        window_end = end
    return runs


def _split_words(
    text: str, offsets_kept: bool
) -> tuple[list[int], list[int], list[str], list[str]]:
    """Every word of ``text``: offsets, surface and lowercase forms (``offsets_kept`` when
    ``text.lower()`` keeps every offset).

    One regex pass, without a match object or a Python frame per word: the pieces of
    ``split`` alternate spaces and words, so their summed lengths are the offsets. Case
    changes neither word characters, joiners nor spaces (true of every code point), so
    ``text`` splits as ``lowered`` does.
    """
    pieces = _SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    starts, ends, surfaces = offsets[1::2], offsets[2::2], pieces[1::2]
    if offsets_kept and "\u03a3" not in text:
        # each word lowered alone is its part of ``lowered``: only the capital sigma ("Σ")
        # lowers by its context, and no letter here lowers to two characters
        lows = list(map(str.lower, surfaces))
    else:
        lowered = text.lower() if offsets_kept else _lowercase(text)
        lows = list(map(lowered.__getitem__, map(slice, starts, ends)))
    return starts, ends, surfaces, lows


def _words(text: str, start: int, spans: list[tuple[int, int]]) -> Iterator[Word]:
    """The words at ``spans``, lowercased as the stretch of text from ``start`` would be
    (for the rare texts whose lowercase form has other offsets, e.g. with "İ")."""
    if not spans:
        return iter(())
    lowered = _lowercase(text[start : spans[-1][1]])
    new = tuple.__new__  # builds the named tuple without its slower keyword-aware constructor
    return (new(Word, (a, b, text[a:b], lowered[a - start : b - start])) for a, b in spans)


def may_start(
    lows: Sequence[str], vocabulary: frozenset[str], among: Iterable[int] | None = None
) -> list[int]:
    """Indexes of the (lowercase) words where a number or time may start: the words in
    ``vocabulary``, those that start or end with a digit ("2024", "rp50.000", "g20"), and
    hyphenated ones whose first part is in ``vocabulary`` ("dua-tiga"). ``among`` (in
    order) narrows the test to those indexes, e.g. to a scan's :attr:`Scan.starts`.

    The one test of every word that the word scan, the time grammar and the number annotator
    share: each word is looked up in what is known of the words seen before (news texts
    reuse most of their words), without a Python step per word.
    """
    starts = _start_words(vocabulary)
    if among is None:
        return list(compress(count(), map(starts.__getitem__, lows)))
    return [k for k in among if starts[lows[k]]]


def _may_start_word(vocabulary: frozenset[str], word: str) -> bool:
    """Whether a number or time may start at ``word`` (see :func:`may_start`): also a price
    in rupiah whose shorthand scale ends it ("rp15rb")."""
    return word in vocabulary or (
        not word.isalpha()
        and (
            word[0].isdigit()
            or word[-1].isdigit()
            or ("-" in word and word.split("-", 1)[0] in vocabulary)
            or (word[:2] == "rp" and word[2:3].isdigit())
        )
    )


@lru_cache(maxsize=16)
def _start_words(vocabulary: frozenset[str]) -> WordMemo[bool]:
    """:func:`_may_start_word` for ``vocabulary``, per word seen (one table per vocabulary)."""
    return WordMemo(partial(_may_start_word, vocabulary))


def _word_boundary_before(text: str, pos: int) -> int:
    """``pos`` moved forward to the start of a word (just after a space)."""
    if pos <= 0 or text[pos - 1].isspace():
        return max(pos, 0)
    space = _SPACE.search(text, pos)
    return space.end() if space else len(text)


def _word_boundary_after(text: str, pos: int) -> int:
    """``pos`` moved forward to the end of a word (the next space)."""
    space = _SPACE.search(text, pos)
    return space.start() if space else len(text)


#: How many empty words :func:`padded` puts after the last word (and so before the first):
#: more than any rule looks ahead or back.
_MARGIN = 16


def padded(lows: Sequence[str]) -> tuple[str, ...]:
    """``lows`` followed by empty words, where the indexes just below 0 land too: rules that
    look a few words around the one they start at read ``padded(lows)[k]`` as one tuple
    look-up, with no bounds test (they read it hundreds of times per article)."""
    return (*lows, *[""] * _MARGIN)


def word_set(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string (tidy for long vocabularies)."""
    return frozenset(text.split())


def is_capitalized(word: Word) -> bool:
    """True when the word starts with an upper-case letter ("Selasa", "AS")."""
    return word.text[:1].isupper()

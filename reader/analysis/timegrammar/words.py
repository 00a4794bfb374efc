"""The words of one text, read by index, and how a match is made of them.

The bottom layer of the grammar (see the package docstring for the layers)."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.model import TimeType
from reader.analysis.number_words import Quantity, read_quantity
from reader.analysis.timegrammar.values import Kind, TimeMatch
from reader.analysis.timegrammar.vocabulary import _PARTS_OF_DAY, _UNITS, _options_by_lang, _Phrases
from reader.analysis.timevalues import period_value
from reader.analysis.wordscan import Word, is_capitalized

#: Punctuation after which a word starts a sentence (or a quotation).
_SENTENCE_OPENERS = frozenset('.!?"\u201c\u2018')
#: The phrase sets that :meth:`_Grammar.words_at` looks for, as tables by first word (built
#: once: most words start none of them, and the table says so in one look-up).
_PARTS_OF_DAY_OPTIONS = _options_by_lang(_PARTS_OF_DAY)


class _WordReader:
    """The words of one text and how a match is made of them: the bottom layer."""

    # set by _Grammar.__init__ (see grammar.py), read by every layer
    words: tuple[Word, ...]
    #: the text the words are of (the scan keeps only the stretches around candidates)
    text: str
    scan_lows: tuple[str, ...]
    _owners: set[int]
    counts_times: bool
    _padded: tuple[str, ...]
    low: Callable[[int], str]
    lang: str
    lex: str
    sentence_starts: frozenset[int]
    weekdays: dict[str, int]
    months: dict[str, int]
    month_abbr: dict[str, int]
    day_words: dict[tuple[str, ...], tuple[int, bool]]
    relative_words: dict[tuple[str, ...], tuple[Kind, int]]
    day_phrases: _Phrases
    relative_phrases: _Phrases

    def phrase_at(self, i: int, phrases: _Phrases) -> tuple[str, ...] | None:
        """The longest phrase (as a word tuple) of ``phrases`` that starts at word ``i``."""
        for key in phrases.get(self.low(i), ()):
            if self._padded[i : i + len(key)] == key:
                return key
        return None

    def words_at(self, i: int, options: _Phrases) -> str | None:
        """Which of the (possibly multi-word) ``options`` (see :func:`_options`) starts at
        word ``i``, longest first, as a string ("pekan lalu")."""
        key = self.phrase_at(i, options)
        return None if key is None else " ".join(key)

    def quantity_at(self, i: int) -> Quantity | None:
        """The amount that starts at word ``i`` (read once per word: the SET and duration
        rules, and the number annotator, read the amount at the same word)."""
        return read_quantity(self.words, i, self.lang)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Offsets of words ``i`` to ``j - 1``, without the "'s" of a possessive last word."""
        return self.words[i].start, self.words[j - 1].end - 2 * (j - 1 in self._owners)

    def match(self, i: int, j: int, type_: TimeType, **how: object) -> tuple[int, TimeMatch]:
        start, end = self.span(i, j)
        return j, TimeMatch(start, end, type_, **how)  # type: ignore[arg-type]

    def year(self, i: int, j: int, year: str) -> tuple[int, TimeMatch]:
        """Words ``i`` to ``j - 1`` as the written ``year``: "tahun 2024", "early 2021"."""
        return self.match(i, j, "DATE", kind="year", absolute=year)

    def month(self, i: int, j: int, name: str, year: str | None = None, **how: object
              ) -> tuple[int, TimeMatch]:  # fmt: skip
        """Words ``i`` to ``j - 1`` as the month ``name`` (lowercase) of ``year`` or, without
        one, of the year ``how`` chooses ("Maret lalu")."""
        number = self.months.get(name) or self.month_abbr[name]
        return self.part(i, j, "month", number, year, **how)

    def sentence_initial(self, i: int) -> bool:
        word = self.words[i]
        return i == 0 or word.start in self.sentence_starts or self.low(i - 1) in _SENTENCE_OPENERS

    def glued_dot(self, k: int) -> bool:
        """True when word ``k`` is a dot glued to the word before it ("Jan.", "a.m.")."""
        return (
            0 < k < len(self.words)
            and self.words[k].text == "."
            and (self.words[k].start == self.words[k - 1].end)
        )

    def abbreviation_dot(self, k: int) -> bool:
        """True for the dot that closes "a.m." or "U.S." (not a sentence end)."""
        return self.glued_dot(k) and "." in self.words[k - 1].text

    def part_of_day(self, j: int) -> int:
        """How many words a part of the day ("malam", "dini hari", "night") takes at ``j``."""
        option = self.phrase_at(j, _PARTS_OF_DAY_OPTIONS.get(self.lex, {}))
        return len(option) if option else 0

    def part(self, i: int, j: int, kind: Kind, number: int, year: str | None, **how: object
             ) -> tuple[int, TimeMatch]:  # fmt: skip
        """Words ``i`` to ``j - 1`` as month, quarter, half or season (``kind``) ``number`` of
        ``year`` or, without one, of the year ``how`` chooses."""
        value = period_value(kind, number, year)
        return self.match(i, j, "DATE", kind=kind, absolute=value, **how)

    def unit_at(self, j: int) -> tuple[str, int] | None:
        """The time unit named by word ``j`` ("hari", "hours"), as (designator, multiple)."""
        units = _UNITS.get(self.lex)
        if units is None:
            return None
        low = self.low(j)
        if self.lex == "en" and low.endswith("s") and low not in units:
            low = "century" if low == "centuries" else low[:-1]
        if (self.lex == "id" and low == "minggu" and is_capitalized(self.words[j])
                and not self.sentence_initial(j)):  # fmt: skip
            return None  # "dua Minggu" is not a unit; "Minggu" mid-sentence is Sunday
        return units.get(low)

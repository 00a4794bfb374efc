"""The bottom layer of the event finder: the document's words, names, times, quotes and
dates, and what a word is among them (in a name, in a time, a speech verb, a cue of a
quote), with the small helpers every layer uses."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Mapping

from reader.analysis.doc import Doc
from reader.analysis.events.lexicon import _SENT, _TIME_PREPOSITIONS
from reader.analysis.model import TimeSpan
from reader.analysis.narrative import rough_day
from reader.analysis.words import Mentions, Persons, Word, words_inside

#: Most words a headline has (see _EventFinder._headline).
_HEADLINE_WORDS = 16

#: Most characters a dateline has before its dash ("WASHINGTON, D.C., June 11 (Reuters) -").
_DATELINE_LENGTH = 56
#: A dateline's dash between spaces; a word in small letters, which no dateline has; the
#: place in capitals a dateline opens with.
_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_LOWERCASE_WORD = re.compile(r"(?<![^\s(])[a-z]")
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}\b")


class _Text:
    """The bottom layer: the document as the rules see it.

    Its attributes are set by :class:`~.finder._EventFinder` (the top layer) as it
    starts, and declared here so that every layer may read them."""

    doc: Doc
    lang: str
    mentions: Mentions
    person_names: dict[str, str]
    people_ids: frozenset[str]
    persons: Persons
    dates: list[TimeSpan]
    _date_starts: list[int]
    _time_starts: list[int]
    _time_ends: list[int]
    _time_start_set: frozenset[int]
    reference: str | None
    valued_on_reference: bool
    cue_speakers: dict[tuple[int, int], str | None]
    words: list[Word]
    starts: list[int]
    quoted: set[int]
    _name_starts: list[int]
    _name_ends: list[int]
    _named: set[int] | None
    verb_slots: frozenset[str]
    may_be_verb: Mapping[str, bool]
    cue_starts: set[int]
    speech_forms: frozenset[str]
    headline_end: int
    _untils: list[int] | None
    cut_at: list[int]
    reported_starts: set[int]
    pronoun_at: list[int]
    cue_at: list[int]
    future_at: list[int]
    compare_at: list[int]
    relative_at: list[int]
    source_spans: list[tuple[int, int]]
    source_starts: list[int]
    source_reach: list[int]

    def _words_in_names(self) -> set[int] | None:
        """The start offsets of the words inside an entity's name, as
        :func:`~reader.analysis.words.words_inside` finds them, when the names overlap; None in
        the usual case, where :meth:`_in_name` bisects the names instead: only the few words
        that may be verbs are ever asked about."""
        starts, ends = self._name_starts, self._name_ends
        if all(map(operator.le, ends, starts[1:])) and all(map(operator.le, starts, ends)):
            return None
        return words_inside(self.doc, list(zip(starts, ends, strict=True)))

    def _in_name(self, word: Word) -> bool:
        """Whether ``word`` lies inside an entity's name ("Kota Lubuk Meranti")."""
        if self._named is not None:
            return word.start in self._named
        # the names are disjoint and in order: only the last one starting by then may hold it
        k = bisect.bisect_right(self._name_starts, word.start) - 1
        return k >= 0 and word.start < self._name_ends[k] and word.end <= self._name_ends[k]

    def _in_time(self, word: Word) -> bool:
        """Whether ``word`` lies inside a time expression ("on Tuesday", "9am")."""
        k = bisect.bisect_right(self._time_starts, word.start) - 1
        return k >= 0 and word.end <= self._time_ends[k]

    def _timed(self, k: int) -> bool:
        """Whether word ``k`` is in a time, or a preposition right before one ("on Monday")."""
        words = self.words
        if self._in_time(words[k]):
            return True
        return (
            words[k].lower in _TIME_PREPOSITIONS
            and k + 1 < len(words)
            and self._in_time(words[k + 1])
        )

    def _next_lower(self, i: int) -> str | None:
        """The word after word ``i`` in its sentence, in lowercase; None at the sentence end."""
        words = self.words
        if i + 1 < len(words) and words[i + 1].sent == words[i].sent:
            return words[i + 1].lower
        return None

    def _speech(self, word: Word) -> bool:
        """Whether ``word`` is a speech verb (speech.is_speech_verb, by one set lookup)."""
        return word.lower in self.speech_forms

    def _cue_speaker(self, word: Word) -> str | None:
        """The speaker of the quote whose speech cue ``word`` is, or None (a cheap test
        first: most words cue no quote)."""
        return (
            self.cue_speakers.get((word.start, word.end)) if word.start in self.cue_starts else None
        )

    def _headline_end(self) -> int:
        """The index after the headline's words, when the text opens with one: a first
        sentence of at most :data:`_HEADLINE_WORDS` words on a line of its own, with no
        closing stop ("DPR Sahkan RUU …", "Ministers Back Plan …"). Its verbs are read as
        headlines write them (see predicates.headline_verb_strength); 0 when there is none."""
        sentences, text, words = self.doc.sentences, self.doc.text, self.words
        if not sentences or not words or words[0].sent != 0 or self.doc.has_parse:
            return 0
        first = sentences[0]
        line = text[first.start : first.end].rstrip()
        if not line or line[-1] in '.!?"”' or "\n" in line:
            return 0
        if not text[first.end :].lstrip(" \t").startswith("\n") and first.end < len(text):
            return 0
        # how many words the first sentence has, counted no further than one past the most
        stop = bisect.bisect_right(words, 0, 0, min(len(words), _HEADLINE_WORDS + 1), key=_SENT)
        return stop if stop <= _HEADLINE_WORDS else 0

    def _dates_in(self, start: int, end: int) -> list[TimeSpan]:
        """The dates starting in ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self._date_starts, start)
        hi = bisect.bisect_left(self._date_starts, end)
        return self.dates[lo:hi]

    def _dated(self, start: int, end: int, roughly: bool = False) -> bool:
        """True when a resolved date lies in ``[start, end)`` (or, ``roughly``, a phrase that
        places it in the past: "last year", "in 2018"; with no day to place it against, any
        date: "which was shut in March" in an undated text)."""
        return any(
            _day(t)
            or (
                roughly
                and (
                    self.reference is None
                    or rough_day(t.value, t.text, self.reference, self.valued_on_reference)
                )
            )
            for t in self._dates_in(start, end)
        )

    def _after_dateline(self, start: int) -> int:
        """Where a clause opening a line at ``start`` begins once its dateline is left out
        ("LIVERPOOL, Nov 24 (Reuters) - Dock workers … voted"): just past the dateline's
        dash, else ``start``. The place and agency of a dateline say where and by whom the
        story was filed, not who took part in its first event."""
        text = self.doc.text
        if not _CAPITALS_WORD.match(text, start):
            return start  # a dateline opens its line with its place in capitals
        dash = _DATELINE_DASH.search(text, start, start + _DATELINE_LENGTH)
        if dash is None or _LOWERCASE_WORD.search(text, start, dash.start()):
            return start
        return dash.end()


def _find_all(text: str, part: str) -> list[int]:
    """The offsets where ``part`` occurs in ``text``, found at C speed."""
    found = []
    at = text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _within(starts: list[int], lo: int, hi: int) -> slice:
    """Where the sorted ``starts`` lie in ``[lo, hi)``."""
    return slice(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))


def _day(time: TimeSpan) -> str | None:
    """The day ``time`` names, the date part of its value, or None: a year, month, quarter,
    decade, week or weekend ("2024", "2025-03", "2026-W47-WE") is no day to place an event
    on."""
    value = time.value
    return value[:10] if value and len(value) >= 10 and value[5].isdecimal() else None

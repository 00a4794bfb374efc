"""The grammar on its layers: which rules may start at each word, the left-to-right longest
match that tries them, named periods (which may hold any other time: "the end of March
2025"), and the entry points :func:`find_time_expressions`, :func:`word_scan` and
:func:`candidate_words`."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis.doc import Doc, derived
from reader.analysis.model import TimeType
from reader.analysis.number_words import base_lang, quantity_starters, starts_quantity
from reader.analysis.timegrammar.clock import (
    _CLOCK,
    _CLOCK_AMPM,
    _CLOCK_CUES,
    _CLOCK_RANGE,
    _EN_DAWN_WORDS,
    _EN_NOON_WORDS,
    _WEEKDAY_BEFORE,
    _ClockRules,
)
from reader.analysis.timegrammar.dates import (
    _CENTURY_DIGITS,
    _CENTURY_ORDINALS,
    _DAY_NUMBER,
    _DAY_RANGE,
    _ISO_DATE,
    _MODIFIERS,
    _NUMERIC_DATE,
    _SEASON_YEARS,
    _YEAR_RANGE,
)
from reader.analysis.timegrammar.holidays import _HOLIDAY_PHRASES, _MOVING_FEASTS
from reader.analysis.timegrammar.locales import _locale_vocabulary
from reader.analysis.timegrammar.periods import (
    _EU_EDGES,
    _EU_PART_ORDINALS,
    _FALL_CUES,
    _NARROWED_KINDS,
    _ORDINALS,
    _REFERENCE_WORDS,
    _SEASON_NUMBERS,
    _part_of_year,
)
from reader.analysis.timegrammar.quantities import (
    _EU_AMOUNTS,
    _EU_ONE,
    _EU_UNITS,
    _ID_FOR_UNITS,
    _ID_ONE_UNIT,
    _LATER,
    _WINDOW_WORDS,
)
from reader.analysis.timegrammar.sets import _ONCE, _SET_ADVERBS, _SET_WORDS, _TIMES
from reader.analysis.timegrammar.tense import _NOUN_MARKERS
from reader.analysis.timegrammar.values import Direction, Kind, TimeMatch
from reader.analysis.timegrammar.vocabulary import (
    _DAY_EDGES,
    _DECADE,
    _EN_EDGES,
    _ID_PERIOD_EDGES,
    _ID_WEEKEND,
    _MONTH_ABBREVIATIONS,
    _MONTHS,
    _PARTS_OF_DAY,
    _PERIOD_SHIFT,
    _UNITS,
    _WEEKDAYS,
    _YEAR,
    _YEAR_CUES,
    WITHIN_DAY,
    _by_first_word,
    _options,
    _Phrases,
)
from reader.analysis.wordscan import Scan, may_start, padded, scan_words

#: Day words: offset from the publication date, and whether they name a part of the day.
_DAY_WORDS = {
    "id": {"kemarin lusa": (-2, False), "kemarin": (-1, False), "hari ini": (0, False),
           "besok": (1, False), "esok": (1, False), "lusa": (2, False),
           "tadi malam": (-1, True), "semalam": (-1, True), "tadi pagi": (0, True),
           "pagi ini": (0, True), "siang ini": (0, True), "sore ini": (0, True),
           "malam ini": (0, True), "dini hari tadi": (0, True), "pagi tadi": (0, True),
           "siang tadi": (0, True), "sore tadi": (0, True), "malam tadi": (-1, True),
           "nanti malam": (0, True), "nanti sore": (0, True), "malam nanti": (0, True),
           "sore nanti": (0, True)},
    "en": {"the day before yesterday": (-2, False), "yesterday": (-1, False),
           "today": (0, False), "the day after tomorrow": (2, False), "tomorrow": (1, False),
           "last night": (-1, True), "tonight": (0, True), "this morning": (0, True),
           "this afternoon": (0, True), "this evening": (0, True)},
}  # fmt: skip
#: Words between "the" and "quarter", "period" or "year" in company results that make a
#: DATE of them: "the year-ago quarter", "the same period", "the fiscal year".
_REPORTING_PERIOD_WORDS = frozenset({"current", "latest", "previous", "preceding", "same",
                                     "comparable", "year-earlier", "year-ago",
                                     "prior", "fiscal"})  # fmt: skip
#: Words after "the" that tell a day from the story: "the following day", "the same evening".
_STORY_WORDS = frozenset({"following", "previous", "next", "same", "preceding", "prior"})
#: Units after those words: "the following day", "the same evening".
_STORY_UNITS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening",
                          "night"})  # fmt: skip
#: Units a story counts from its own day: "the day before", "the year after".
_COUNTED_UNITS = frozenset({"day", "week", "month", "year"})
#: Words before an amount of time or a clock time that say how near the time is (TIMEX3's
#: "mod": APPROX, MORE_THAN, LESS_THAN, ...): TimeML keeps them in the span ("no more than
#: 60 days" is one TIMEX3), so "more than four years", "sekitar pukul 19.00 WIB", "hampir dua
#: bulan". Two-word ones in the next set.
_APPROXIMATORS = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost",
                            "sekitar", "sekira", "kira-kira", "hampir", "nyaris", "sedikitnya",
                            "setidaknya"})  # fmt: skip
_APPROXIMATOR_PAIRS = frozenset({("more", "than"), ("less", "than"), ("fewer", "than"),
                                 ("at", "least"), ("up", "to"), ("lebih", "dari"),
                                 ("kurang", "dari"), ("kurang", "lebih"), ("lebih", "kurang"),
                                 ("paling", "tidak"), ("paling", "sedikit")})  # fmt: skip
_DAY_KINDS = frozenset({"weekday", "day"})
#: Words that end an amount of something other than time: "4 percent", "9%", "2 per cent".
_AMOUNT_ENDS = frozenset({"percent", "cent", "persen", "%", "points", "poin"})


def _ends_amount(low: str) -> bool:
    """Whether the lowercase word ``low`` ends an amount ("9%", "4 percent", "1,870"): a
    "more than"/"fewer than" after it compares it with a time, it says nothing of the time's
    length. A year is no amount ("in 2023 more than two years after the ban")."""
    return (low[:1].isdigit() and not _YEAR.fullmatch(low)) or low in _AMOUNT_ENDS


#: Which week of a month: "pekan ketiga Maret", "minggu terakhir bulan ini".
_ID_WEEK_ORDINALS = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir"})
_ROMAN = frozenset({"i", "ii", "iii", "iv", "1", "2", "3", "4"})
#: The English words before a season that choose which one: "last summer", "this fall".
_EN_SEASON_SHIFTS: dict[str, Direction] = {"last": "before", "this": "this_year",
                                           "next": "after"}  # fmt: skip
#: The periods whose start or end Indonesian names with "awal", "akhir" that have a value.
_EDGE_KINDS: dict[str, Kind] = {"tahun": "year", "bulan": "month", "pekan": "week"}
#: One-word edges of the current year, after a cue: "by year-end", "in mid-year".
_EN_YEAR_EDGES = frozenset({"year-end", "mid-year", "midyear"})
#: The periods whose edge, with "the", is the current one's: "the start of the month".
_EN_CURRENT_PERIODS: dict[str, Kind] = {"year": "year", "month": "month", "week": "week"}
#: A quarter or half number glued to its year: "kuartal IV-2024", "kuartal I/2025",
#: "semester I-2025".
_ROMAN_YEAR = re.compile(r"(?:i{1,3}|iv|[1-4])[-/](?:1[6-9]|20)\d{2}")
_SEASONS = {
    "id": frozenset({"panas", "dingin", "semi", "gugur", "hujan", "kemarau"}),
    "en": frozenset({"spring", "summer", "autumn", "winter"}),
}


def opens_with_same_period(words: Sequence[str]) -> bool:
    """Whether a time's lowercased ``words`` open with the "same period" that
    :meth:`_Grammar.with_same_period` takes into a span ("periode yang sama tahun lalu", "the
    same period last year"), so that what follows it names the year."""
    return len(words) > 3 and words[1] in ("yang", "same")


def word_scan(doc: Doc) -> Scan:
    """The words of ``doc`` around the places where a number or time may be
    (:func:`reader.analysis.wordscan.scan_words` at :func:`candidate_words`), made once per
    document and shared by the number and time annotators."""
    return derived(doc, "word scan", lambda d: scan_words(d.text, candidate_words(d.lang)))


def find_time_expressions(doc: Doc) -> tuple[TimeMatch, ...]:
    """All time expressions in ``doc``, in order, without overlaps: found once per document
    and shared by the number annotator (dates' digits are no counts) and the time annotator.
    Sentence starts tell the weekday "Minggu" from the sentence-initial "Minggu lalu" (last
    week)."""
    return derived(doc, "time expressions", _time_expressions)


def _time_expressions(doc: Doc) -> tuple[TimeMatch, ...]:
    """What :func:`find_time_expressions` finds, found afresh."""
    starts = frozenset(s.start for s in doc.sentences)
    return tuple(_Grammar(word_scan(doc), doc.lang, starts, doc.text).run())


_Rule = Callable[["_Grammar", int], "tuple[int, TimeMatch] | None"]
#: The day after the story's, or a part of it: "keesokan harinya", "keesokan paginya" (a
#: day after the story's day, see narrative.offset_day).
ID_NEXT_DAY_PHRASES = frozenset({"keesokan harinya", "keesokan hari", "esok harinya",
                                 "keesokan paginya", "keesokan siangnya", "keesokan sorenya",
                                 "keesokan malamnya"})  # fmt: skip
_ID_NEXT_DAY = _options(ID_NEXT_DAY_PHRASES)
#: Days, parts of a day and years the story points back to: "hari itu", "malam itu", "that
#: day", "that evening", "that year" ("Earlier that day, …", "Sebelumnya pada hari itu, …"),
#: with the type each is; valued from the day or year the story told last (see times.py).
_STORY_THAT: dict[str, TimeType] = {"day": "DATE", "year": "DATE", "morning": "TIME",
                                    "afternoon": "TIME", "evening": "TIME",
                                    "night": "TIME"}  # fmt: skip
#: Units that, plural and bare, count roughly from the story: "Hours later", "Weeks earlier".
_EN_BARE_UNITS = frozenset({"minutes", "hours", "days", "weeks", "months", "years"})
#: Those of a day, which "Earlier in the evening", "later in the day" name as well, and
#: "the next morning", "the previous evening" count from (see narrative.offset_day).
STORY_PARTS = frozenset(_STORY_THAT) - {"year"}
_ID_STORY_ITU: dict[str, TimeType] = {"hari": "DATE", "tahun": "DATE", "pagi": "TIME",
                                      "siang": "TIME", "sore": "TIME",
                                      "malam": "TIME"}  # fmt: skip
#: Words that may open a century: "abad ke-20", "twentieth century" (digits too: "19th").
_CENTURY_HEADS = {"id": {"abad"}, "en": set(_CENTURY_ORDINALS)}


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The words the grammar knows for one language, and which rules may start at a word."""

    weekdays: dict[str, int]
    months: dict[str, int]
    month_abbr: dict[str, int]
    day_words: dict[tuple[str, ...], tuple[int, bool]]
    relative_words: dict[tuple[str, ...], tuple[Kind, int]]
    #: ``day_words`` and ``relative_words`` by their first word, for :meth:`_Grammar.phrase_at`
    day_phrases: _Phrases
    relative_phrases: _Phrases
    #: word → the rules that can start there; words missing here start no rule
    heads: dict[str, tuple[_Rule, ...]]
    #: ``heads`` for a text with the word of "tiga kali", "three times": there any amount
    #: may also start a SET
    counting_heads: dict[str, tuple[_Rule, ...]]
    #: the words of ``heads`` and of ``counting_heads``, for :func:`may_start`
    head_words: frozenset[str]
    counting_words: frozenset[str]


@lru_cache(maxsize=16)
def _vocabulary(lex: str) -> _Vocabulary:
    if lex in _WEEKDAYS:
        weekdays, months = _WEEKDAYS[lex], _MONTHS[lex]
        month_abbr = _MONTH_ABBREVIATIONS[lex]
        day_words = {tuple(k.split()): v for k, v in _DAY_WORDS[lex].items()}
        relative_words: dict[tuple[str, ...], tuple[Kind, int]] = {}
    else:
        weekdays, months, month_abbr, relative_words = _locale_vocabulary(lex)
        day_words = {}
    amounts = quantity_starters(lex) | {"setengah", "half", "a", "an"}
    if lex in _EU_AMOUNTS:  # "drei Tage", and "hace un año" (see _Grammar._european_amount)
        amounts |= set(_EU_AMOUNTS[lex]) | _EU_ONE
    period_units = {unit.split()[0] for unit in _PERIOD_SHIFT.get(lex, ({}, {}))[0]}
    named = {"kuartal", "triwulan", "semester", "caturwulan", "musim", "keesokan", "esok"}
    named |= {"q1", "q2", "q3", "q4", "h1", "h2"} if lex in ("en", "id") else set()
    named |= _ID_PERIOD_EDGES if lex == "id" else set()
    if lex == "id":
        named |= set(_UNITS["id"]) | set(_ID_STORY_ITU)  # "bulan sebelumnya", "malam itu"
    if lex == "en":
        named |= {"the", "this", "last", "next", "recent", "fiscal", "that"} | _EN_BARE_UNITS
        named |= _SEASONS["en"]
        named |= {f"{o}-quarter" for o in _ORDINALS} | _EN_YEAR_EDGES
        period_units |= {"last", "this", "next"}
    set_words = (
        _SET_WORDS.get(lex, set()) | set(_ONCE.get(lex, {})) | set(_SET_ADVERBS.get(lex, {}))
    )
    # in the order the rules are tried: on a tie in length the earlier rule wins
    rule_heads: list[tuple[_Rule, Collection[str]]] = [
        (_Grammar._set, set_words),
        (_Grammar._clock, _CLOCK_CUES.get(lex, set()) | _clock_words(lex)),
        (_Grammar._weekday, set(weekdays) | {"hari"} | set(_WEEKDAY_BEFORE.get(lex, {}))),
        (_Grammar._month_date, set(months) | set(month_abbr) | {"mid", "early", "late"}),
        (_Grammar._year, {"tahun"}),
        (_Grammar._fiscal_year, {"fy"}),
        (_Grammar._day_word, {phrase[0] for phrase in day_words}),
        (_Grammar._period, period_units),
        (_Grammar._relative_word, {phrase[0] for phrase in relative_words}),
        (_Grammar._quantity, amounts | {"for", "the", "per"} | set(_ID_ONE_UNIT) | _ID_FOR_UNITS),
        (_Grammar._named_period, named),
        (_Grammar._holiday, set(_HOLIDAY_PHRASES) | set(_MOVING_FEASTS)),
        (_Grammar._century, _CENTURY_HEADS.get(lex, set())),
        (_Grammar._reference_word, set(_REFERENCE_WORDS.get(lex, {}))),
        (_Grammar._european_edge, _EU_EDGES.get(lex, set())),
        (_Grammar._european_part, set(_EU_PART_ORDINALS.get(lex, {}))),
    ]
    # with "kali", "times" in the text any amount may also start a SET ("tiga kali")
    counting = [(_Grammar._set, set_words | amounts), *rule_heads[1:]]
    heads, counting_heads = _heads(rule_heads), _heads(counting)
    return _Vocabulary(
        weekdays, months, month_abbr, day_words, relative_words,
        _by_first_word(day_words), _by_first_word(relative_words),
        heads, counting_heads, frozenset(heads), frozenset(counting_heads),
    )  # fmt: skip


def _clock_words(lex: str) -> set[str]:
    """Words that open a time of day of their own: "noon", "at dawn", "tengah malam", "dini
    hari", and the part of a day named after it ("the night of March 3")."""
    if lex == "en":
        return {*_EN_NOON_WORDS, *_EN_DAWN_WORDS, *_DAY_EDGES, *_PARTS_OF_DAY["en"]}
    return {"tengah", "dini"} if lex == "id" else set()


def _heads(rule_heads: Iterable[tuple[_Rule, Collection[str]]]) -> dict[str, tuple[_Rule, ...]]:
    """Word → the rules (in the order given) that can start at it."""
    heads: dict[str, list[_Rule]] = {}
    for rule, starts in rule_heads:
        for word in starts:
            heads.setdefault(word, []).append(rule)
    return {word: tuple(rules) for word, rules in heads.items()}


#: Frequent words that open rules ("a day", "the past week", "last night") but need a word
#: nearby that is a candidate itself ("day", "week", "night"), so they are left out of it.
_TOO_COMMON = frozenset({"a", "an", "the", "for", "this", "last", "next", "past", "coming",
                         "in", "new"})  # fmt: skip
_SIGNALS = frozenset({"dozen", "few", "couple", "night", "morning", "afternoon", "evening",
                      "year's", "quarter", "half", "weekend", "following", "previous",
                      "period", "season", "fall"})  # fmt: skip


#: Words that a time rule reads through an English possessive ("Sunday's", "year's"); the
#: "'s" stays out of the span, as tokenised TimeML corpora have it.
_POSSESSIVE_BASES = frozenset(
    set(_WEEKDAYS["en"]) | {"today", "yesterday", "tomorrow", "week", "month", "year", "day",
                            "weekend", "night", "evening", "morning", "afternoon"}
)  # fmt: skip
_POSSESSIVES = ("'s", "\u2019s")


@lru_cache(maxsize=16)
def candidate_words(lang: str) -> frozenset[str]:
    """Words at which a time or number rule can start in ``lang`` (digits always can): the
    word scanner looks only around these."""
    lex = base_lang(lang)
    units = set(_UNITS.get(lex, {}))
    units |= {f"{unit}s" for unit in units} | {"centuries"}  # "hours", "days"
    units |= set(_EU_UNITS.get(lex, {}))
    words = (
        _vocabulary(lex).counting_words | quantity_starters(lex) | _SIGNALS | units
    ) - _TOO_COMMON
    if lex == "en":  # "Sunday's vote", "last year's budget"
        words |= {f"{word}{mark}" for word in _POSSESSIVE_BASES for mark in _POSSESSIVES}
    return words


def _words_ending(lows: Sequence[str], endings: Iterable[str]) -> set[int]:
    """Indexes of the words that end with one of ``endings`` (rare ones, such as "'s").

    The words are joined one per line and searched with ``str.find``: this skips the
    words without the ending at C speed, where a test of each word would cost a call.
    """
    lines = "\n".join(lows) + "\n"
    found = set()
    for ending in endings:
        ending += "\n"
        line, last = 0, 0
        at = lines.find(ending)
        while at >= 0:
            line += lines.count("\n", last, at)
            last = at
            found.add(line)
            at = lines.find(ending, at + len(ending))
    return found


#: A period that recurs each year, named before the year it is taken from ("periode yang
#: sama tahun lalu"): what is compared with a year before.
_ID_SAME_NOUNS = frozenset({"hari", "periode", "bulan", "pekan", "minggu", "kuartal", "triwulan",
                            "semester"})  # fmt: skip
#: The same in English: "the same period last year", "the same quarter a year earlier".
_EN_SAME_NOUNS = frozenset({"day", "period", "month", "week", "quarter", "half", "season",
                            "time"})  # fmt: skip
#: Kinds of the year after them: "tahun lalu", "last year", "a year earlier", "2025".
_SAME_YEAR_KINDS = frozenset({"year", "none"})

#: The only words after "the" with which a rule matches: "the past two weeks" (window),
#: "the day before yesterday" (day word), "the first quarter", "the end of 2026", "the
#: summer", "the following day", "the week before", "the year" (named period).
#: :meth:`_Grammar.run` tries no rule at any other "the", the most common word of English.
_AFTER_THE = (
    _WINDOW_WORDS | _EN_EDGES | _ORDINALS | _REPORTING_PERIOD_WORDS | _SEASONS["en"]
    | _STORY_WORDS | _COUNTED_UNITS | STORY_PARTS | {"fiscal", "quarter", "weekend", "fall"}
)  # fmt: skip


class _Grammar(_ClockRules):
    """Left-to-right longest match over the words of one text."""

    def __init__(self, scan: Scan, lang: str, sentence_starts: frozenset[int], text: str):
        self.words = scan.words
        self.text = text
        #: the words' lowercase forms as the scan gives them (possessives keep their "'s")
        self.scan_lows = scan.lows
        #: The words' lowercase forms; English possessives lose their "'s" ("friday's" →
        #: "friday"), kept in ``_owners``.
        self._lows = list(scan.lows)
        self._owners: set[int] = set()
        if base_lang(lang) == "en":
            self._owners = _words_ending(scan.lows, _POSSESSIVES)
            for k in self._owners:
                self._lows[k] = self._lows[k][:-2]
        #: whether the text has the word of "tiga kali", "three times" (most have none)
        self.counts_times = not _TIMES.get(base_lang(lang), set()).isdisjoint(self._lows)
        #: ``low(i)``: word ``i`` in lowercase, "" before the first word and after the last
        #: (rules read it hundreds of times per article, so it is a tuple look-up: the words
        #: are followed by empty ones, where the indexes just below 0 land too, as rules look
        #: only a few words around the one they start at).
        self._padded = padded(self._lows)
        self.low: Callable[[int], str] = self._padded.__getitem__
        self.lang = lang
        self.lex = base_lang(lang)
        self.sentence_starts = sentence_starts
        vocabulary = _vocabulary(self.lex)
        self.weekdays = vocabulary.weekdays
        self.months = vocabulary.months
        self.month_abbr = vocabulary.month_abbr
        self.day_words = vocabulary.day_words
        self.relative_words = vocabulary.relative_words
        self.day_phrases = vocabulary.day_phrases
        self.relative_phrases = vocabulary.relative_phrases
        # most texts have no "kali" or "times": then no amount starts a SET (see _set)
        self.heads = vocabulary.counting_heads if self.counts_times else vocabulary.heads
        self.head_words = vocabulary.counting_words if self.counts_times else vocabulary.head_words

    def run(self) -> list[TimeMatch]:
        """Try the rules at each word where one may start; keep the longest match."""
        found: list[TimeMatch] = []
        free = 0  # the first word not inside an expression already found
        lows = self._lows
        for i in may_start(lows, self.head_words):  # a cheap test of every word first
            if i < free or (lows[i] == "the" and not self.may_follow_the(i + 1)):
                continue
            best: tuple[int, TimeMatch] | None = None
            for rule in self.rules_at(lows[i]):
                hit = rule(self, i)
                if hit is not None and (best is None or hit[0] > best[0]):
                    best = hit
            if best is not None:
                match = self.with_same_period(i, self.with_modifier(i, best[1], found))
                if match.start < self.words[i].start and found and found[-1].end > match.start:
                    found.pop()  # "the same period" taken into "the same period last year"
                found.append(match)
                free = best[0]
        return found

    def with_same_period(self, i: int, match: TimeMatch) -> TimeMatch:
        """Take "the same period" before a year into the span, as one DATE valued by that
        year ("periode yang sama tahun lalu", "hari yang sama tahun lalu", "the same period
        last year" → "2025", TimeML's compared period at the precision the text gives; the
        English "the same period" alone is a named period of its own)."""
        if match.type != "DATE" or match.kind not in _SAME_YEAR_KINDS:
            return match
        indonesian = self.low(i - 1) == "sama" and self.low(i - 2) == "yang"
        if indonesian and self.low(i - 3) in _ID_SAME_NOUNS:
            return match._replace(start=self.words[i - 3].start)
        english = self.low(i - 3) == "the" and self.low(i - 2) == "same"
        if english and self.low(i - 1) in _EN_SAME_NOUNS:
            return match._replace(start=self.words[i - 3].start)
        return match

    def with_modifier(self, i: int, match: TimeMatch, found: list[TimeMatch]) -> TimeMatch:
        """Take "awal", "akhir", "pertengahan", "early", "late", "mid" before a month or year
        into the span ("akhir Maret", "early 2021", "earlier this week", "awal pekan depan",
        a week keeping its Monday), and "early", "late" before a weekday or a day word
        ("early Tuesday", "late yesterday", "late Wednesday night"); dates stay as they are.
        Take an approximator into the span of an amount of time or a clock time (see
        :meth:`with_approximator`)."""
        before = i - 1
        modifier = self.low(before)
        day_time = match.type == "TIME" and match.kind in _DAY_KINDS  # "late Tuesday night"
        if (match.type != "DATE" and not day_time) or modifier not in _MODIFIERS:
            return self.with_approximator(i, match, found)
        narrowed = match.kind in _NARROWED_KINDS or (
            match.kind in _DAY_KINDS and modifier in _DAY_EDGES
        )
        if match.kind != "none" and not narrowed:
            return match
        if found and found[-1].end > self.words[before].start:
            return match
        if match.start < self.words[before].start:
            return match  # the rule took it already: "the early 2000s"
        return match._replace(start=self.words[before].start)

    def with_approximator(self, i: int, match: TimeMatch, found: list[TimeMatch]) -> TimeMatch:
        """Take the approximator before a DURATION, a clock TIME or "N units ago" into the
        span, as TimeML does: "more than four years", "around 1am", "sekitar pukul 19.00"."""
        if match.type not in ("DURATION", "TIME") and not match.counted:
            return match
        pair = (self.low(i - 2), self.low(i - 1))
        size = 2 if pair in _APPROXIMATOR_PAIRS else int(pair[1] in _APPROXIMATORS)
        if size == 0 or (found and found[-1].end > self.words[i - size].start):
            return match
        if size == 2 and match.counted and _ends_amount(self.low(i - 3)):
            return match  # "4 percent fewer than a year earlier" compares two amounts
        return match._replace(start=self.words[i - size].start)

    def may_follow_the(self, j: int) -> bool:
        """Whether word ``j`` may follow "the" in a time: "the past week", "the three days"."""
        return self.low(j) in _AFTER_THE or starts_quantity(self.low(j), self.lang)

    def rules_at(self, low: str) -> tuple[_Rule, ...]:
        """The rules that may start at a word: by the word, or by its number."""
        rules = self.heads.get(low)
        if rules is not None:
            return rules
        if low[0].isdigit():
            return _digit_rules(low, self.lex, self.counts_times)
        if low.startswith("fy"):
            return (_Grammar._fiscal_year,)
        if low[:2] == "h-" and self.lex == "id":
            return (_Grammar._feast_countdown,)
        if "-" in low:  # "twenty-five", "first-quarter"
            return self.heads.get(low.split("-", 1)[0], ())
        return ()

    def _named_period(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match periods with no single day: "kuartal pertama 2025", "the first quarter of
        2024", "Q3", "akhir pekan", "the weekend", "musim kemarau", "the summer", and days
        told from the story rather than from now: "bulan sebelumnya", "the following day"."""
        low = self.low(i)
        if low in ("q1", "q2", "q3", "q4"):  # business news writes them in Indonesian too
            return self._period_year(i, i + 1, "quarter", int(low[1]))
        if low in ("h1", "h2"):
            return self._period_year(i, i + 1, "half", int(low[1])) if self.year_half(i) else None
        if self.lex == "id":
            if low in ("kuartal", "triwulan", "semester", "caturwulan") and (
                self.low(i + 1) in _ORDINALS or self.low(i + 1) in _ROMAN
            ):
                return self._period_year(i, i + 2, *_part_of_year(low, self.low(i + 1)))
            if low == "semester" and self.low(i + 1) in ("ganjil", "genap"):
                return self._period_year(i, i + 2)  # a school term: "semester genap"
            if low in ("kuartal", "triwulan", "semester") and _ROMAN_YEAR.fullmatch(
                self.low(i + 1)
            ):
                return self._glued_part(i, low)
            if low in _ID_PERIOD_EDGES and self.low(i + 1) in _EDGE_KINDS:
                # "akhir pekan" is the weekend, not the end of a week
                weekend = low == "akhir" and self.low(i + 1) == "pekan"
                kind = "none" if weekend else _EDGE_KINDS[self.low(i + 1)]
                return self._period_year(i, i + 2, kind)  # "awal tahun", "akhir bulan ini"
            if low == "musim" and self.low(i + 1) in _SEASONS["id"]:
                season = _SEASON_NUMBERS.get(self.low(i + 1), 0)
                return self._period_year(i, i + 2, "season" if season else "none", season)
            if low == "musim" and self.low(i + 1) in ("ini", "lalu", "depan"):
                return self.match(i, i + 2, "DATE", deictic=True)  # a sports season
            if self.words_at(i, _ID_WEEKEND):
                return self._period_year(i, i + 2)
            if low in ("pekan", "minggu") and self.low(i + 1) in _ID_WEEK_ORDINALS:
                return self._week_of_month(i)
            if low in _UNITS["id"] and self.low(i + 1) in _LATER["id"] and low != "jam":
                return self.match(i, i + 2, "DATE")
            if self.words_at(i, _ID_NEXT_DAY):
                return self.match(i, i + 2, "DATE")
            if (
                low in _ID_STORY_ITU
                and self.low(i + 1) == "itu"
                and not starts_quantity(self.low(i - 1), "id")  # ("berusia 52 tahun itu")
            ):
                return self.match(i, i + 2, _ID_STORY_ITU[low])  # "pada hari itu"
            return None
        if self.lex != "en":
            return None
        if low in _EN_BARE_UNITS and self.low(i + 1) in ("later", "earlier"):
            # "Hours later", "Days earlier": a rough count from the story's day, as
            # "Beberapa jam kemudian" (a count before the unit starts a longer match)
            return self.match(i, i + 2, "TIME" if low in ("hours", "minutes") else "DATE")
        if low == "that":  # "that day", "that evening": told from the story
            told = _STORY_THAT.get(self.low(i + 1))
            if told is None or self.low(i - 1) in ("as", "like", "than"):
                return None  # ("valued as that day": a comparison)
            return self.match(i, i + 2, told)
        if low in _EN_YEAR_EDGES and self.low(i - 1) in _YEAR_CUES["en"]:
            return self.match(i, i + 1, "DATE", kind="year", deictic=True)  # "by year-end"
        if low.endswith("-quarter") and low.split("-")[0] in _ORDINALS:
            return self.match(i, i + 1, "DATE")  # "first-quarter profits"
        if low == "fiscal" and self.owned_part(i):  # "its fiscal second quarter"
            return self.match(i, i + 3, "DATE")  # no value, as "the fiscal ..." has none
        j = i + (low == "the")
        if j > i and self.low(j) == "fiscal" and self.low(j + 1) in _ORDINALS:
            j += 1  # "the fiscal third quarter"
        word, head = self.low(j), self.low(j + 1)
        if j > i and word in _EN_EDGES and head == "of":
            return self._edge_of(i, j + 2)
        if head == "week" and j > i and word in _ORDINALS and self.low(j + 2) == "of":
            end = self._period_after_of(j + 3)  # "the first week of February"
            if end is not None:
                return self.within(i, end, self.period_at(j + 3, end))
        if word in _ORDINALS and head in ("quarter", "half") and j > i:
            end = j + 2
            if self.low(end) == "of":  # "the first quarter of 2024", "... of next year"
                end = self._period_after_of(end + 1) or end
            if end == j + 2 and (self.in_a_game(i) or (head == "half" and not self.about_money(i))):
                return None  # "the second half" alone is a match's, not a year's
            kind, number = _part_of_year(head, word)
            if number and j == i + 1:  # not "the fiscal third quarter"
                return self._en_part(i, j + 2, end, kind, number)
            return self.match(i, end, "DATE")
        if j > i and word == "quarter" and head not in ("of", "-") and not self.in_a_game(i):
            return self.match(i, j + 1, "DATE")  # "profit for the quarter"; not "a quarter of"
        if j > i and word in _REPORTING_PERIOD_WORDS:
            k = j + 1 + (head == "fiscal" and word != "fiscal")  # "the current fiscal year"
            period = self.low(k)
            if period in ("quarter", "period", "year"):
                end = k + 1 + (period == "year" and self.year_word(k + 1))  # "… year 2024/25"
                return self.match(i, end, "DATE")  # "the year-ago period", "the fiscal year"
        if low == "recent" and self.unit_at(i + 1) and self.low(i + 1).endswith("s"):
            return self.match(i, i + 2, "DURATION")  # "in recent years"
        if word in _SEASONS["en"] and (j > i or self._bare_season(i)):
            return self._season(i, j + 1)  # "the summer", "in winter" (without the "in")
        if (
            low in _EN_SEASON_SHIFTS
            and (head in _SEASONS["en"] or head == "fall")
            and self.low(i - 1) not in _NOUN_MARKERS  # not "the last fall in prices"
        ):
            direction = _EN_SEASON_SHIFTS[low]  # "last summer", "this fall"
            return self.part(i, i + 2, "season", _SEASON_NUMBERS[head], None,
                             direction=direction, deictic=True)  # fmt: skip
        if low in ("this", "last", "next") and head == "season":
            return self.match(i, i + 2, "DATE", deictic=True)  # a sports season
        if j > i and word == "weekend":
            dated = self._month_date(j + 2) if head == "of" else None  # "... of April 24"
            if dated and dated[1].kind == "date":
                return self.match(i, dated[0], "DATE")
            if self.low(i - 1) == "over":  # "died over the weekend", "will meet over the weekend"
                ahead = "on_or_after" if self.future_clause(i) else "past"
                return self.match(i, j + 1, "DATE", kind="weekend", direction=ahead, deictic=True)
            return self.match(i, j + 1, "DATE")
        if j > i and word in _STORY_WORDS and head in _STORY_UNITS:
            return self.match(i, j + 2, "DATE")
        if j > i and word in _COUNTED_UNITS and head in ("before", "after"):
            return self.match(i, j + 2, "DATE")  # "the day before", "the year after"
        if (
            j > i
            and word in STORY_PARTS
            and self.low(i - 1) == "in"
            and self.low(i - 2) in WITHIN_DAY
        ):  # "Earlier in the evening", "later in the day": the story's day
            return self.match(i - 2, j + 1, _STORY_THAT[word])
        if j > i and word in ("day", "year"):
            year = word == "year" and bool(_YEAR.fullmatch(head))
            return self.match(i, j + 1 + year, "DATE")  # "earlier in the year", "the year 2000"
        if j > i and word == "fall" and head not in ("of", "in") and self.low(i - 1) in _FALL_CUES:
            return self._season(i, j + 1)  # "in the fall"; not "the fall of the wall"
        return None

    def _edge_of(self, i: int, j: int) -> tuple[int, TimeMatch] | None:
        """ "the end of 2026", "the start of the year", "the middle of next month", "the end of
        March": the edge of the period named from word ``j`` on, as one DATE from ``i``."""
        end = self._period_after_of(j)
        if end is None:
            return None
        told = self.low(j) in ("this", "last", "next")
        period = self.period_at(j, end)
        current = _EN_CURRENT_PERIODS.get(self.low(j + 1)) if self.low(j) == "the" else None
        if period is None and current is not None and end == j + 2:  # "the end of the year"
            return self.match(i, end, "DATE", kind=current, deictic=True,
                              direction=self.year_told_in(i, current))  # fmt: skip
        if period is None:
            return self.match(i, end, "DATE", deictic=told)
        start, stop = self.span(i, end)  # valued as its period, as TimeML values "early 2021"
        return end, period._replace(start=start, end=stop, deictic=told)

    def period_at(self, j: int, end: int) -> TimeMatch | None:
        """The year, month, quarter or decade that words ``j`` to ``end - 1`` name, as a
        rule matches it there ("2026", "next year", "March 2025", "the third quarter")."""
        for rule in self.rules_at(self.low(j)):
            hit = rule(self, j)
            if hit is not None and hit[0] == end and hit[1].kind in _NARROWED_KINDS:
                return hit[1]
        return None


@lru_cache(maxsize=4096)
def _digit_rules(low: str, lex: str, counting: bool) -> tuple[_Rule, ...]:
    """The rules that can start at a word that starts with a digit, by its shape (cached: the
    same numbers recur). Any amount may count units ("30 hari"), and times ("tiga kali") in a
    text with the word for them (``counting``); only a clock time opens "10.00 WIB", a day
    number "19 Maret", digits with separators a date ("19/3/2025"), and four digits or a
    decade a year ("2024", "1990-an")."""
    vocabulary = _vocabulary(lex)
    month_parts = any(p in vocabulary.months for p in low.split("-"))  # "1月-3月" in some locales
    shapes: tuple[tuple[_Rule, bool], ...] = (
        (_Grammar._set, counting),
        (_Grammar._clock, any(p.fullmatch(low) for p in (_CLOCK_AMPM, _CLOCK_RANGE, _CLOCK))),
        (
            _Grammar._month_date,
            bool(_DAY_NUMBER.fullmatch(low) or _DAY_RANGE.fullmatch(low)) or month_parts,
        ),
        (_Grammar._numeric_date, bool(_ISO_DATE.fullmatch(low) or _NUMERIC_DATE.fullmatch(low))),
        (
            _Grammar._year,
            bool(
                _YEAR.fullmatch(low)
                or _DECADE.fullmatch(low)
                or _YEAR_RANGE.fullmatch(low)
                or _SEASON_YEARS.fullmatch(low)
            ),
        ),
        (_Grammar._quantity, True),
        (_Grammar._century, lex == "en" and bool(_CENTURY_DIGITS.fullmatch(low))),
    )
    return tuple(rule for rule, fits in shapes if fits)

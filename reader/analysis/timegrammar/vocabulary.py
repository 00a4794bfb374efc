"""The words and shapes several layers of the grammar read: weekday and month names, time
units, cue words, the patterns of clock times, dates and years; and the tables of phrases by
their first word that :meth:`~.words._WordReader.phrase_at` looks up."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from reader.analysis.timegrammar.values import Direction, Kind

_WEEKDAYS = {
    "id": {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
           "jum\u2019at": 4, "sabtu": 5, "minggu": 6, "ahad": 6},
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
           "saturday": 5, "sunday": 6},
}  # fmt: skip
#: Month names; the short forms only count next to a day or year number ("19 Des 2024").
_MONTHS = {
    "id": {"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5,
           "juni": 6, "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11,
           "nopember": 11, "desember": 12},
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
           "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
           "december": 12},
}  # fmt: skip
_MONTH_ABBREVIATIONS = {
    "id": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
           "ags": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12},
    "en": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12},
}  # fmt: skip


def month_number(word: str, lex: str) -> int | None:
    """The month (1-12) that ``word`` (a name or abbreviation) names in ``lex``, or None:
    "Ags" → 8, "Dec" → 12."""
    low = word.lower()
    return _MONTHS.get(lex, {}).get(low) or _MONTH_ABBREVIATIONS.get(lex, {}).get(low)


def month_name(word: str, lex: str) -> str | None:
    """The full lowercase name of the month that ``word`` (a name or abbreviation) names in
    ``lex``, or None: "Ags" → "agustus", "Dec" → "december"."""
    number = month_number(word, lex)
    if number is None:
        return None
    return next(name for name, n in _MONTHS[lex].items() if n == number)  # standard spelling


#: Time units → (ISO 8601 designator, how many of it): a decade is ten years.
_UNITS: dict[str, dict[str, tuple[str, int]]] = {
    "id": {"detik": ("S", 1), "menit": ("MIN", 1), "jam": ("H", 1), "hari": ("D", 1),
           "minggu": ("W", 1), "pekan": ("W", 1), "bulan": ("M", 1), "tahun": ("Y", 1),
           "dekade": ("Y", 10), "dasawarsa": ("Y", 10), "abad": ("Y", 100),
           "kuartal": ("M", 3), "triwulan": ("M", 3), "semester": ("M", 6)},
    "en": {"second": ("S", 1), "minute": ("MIN", 1), "hour": ("H", 1), "day": ("D", 1),
           "week": ("W", 1), "fortnight": ("W", 2), "month": ("M", 1), "year": ("Y", 1),
           "decade": ("Y", 10), "century": ("Y", 100)},
}  # fmt: skip
_PARTS_OF_DAY = {
    "id": {"pagi", "siang", "sore", "petang", "malam", "dini hari"},
    "en": {"morning", "afternoon", "evening", "night"},
    "fr": {"matin", "après-midi", "soir"},
    "es": {"por la mañana", "por la tarde", "por la noche"},
    "it": {"mattina", "mattino", "pomeriggio", "sera", "notte"},
    "pt": {"de manhã", "à tarde", "à noite"},
}
#: How the periods of _PERIOD_SHIFT below are resolved.
_SHIFTED_KINDS: dict[str, Kind] = {"W": "week", "WE": "weekend", "M": "month", "Q": "quarter",
                                   "H": "half", "Y": "year"}  # fmt: skip
#: Periods relative to the publication date: "pekan lalu", "last week", "tahun ini".
_PERIOD_SHIFT = {
    "id": ({"pekan": "W", "minggu": "W", "bulan": "M", "tahun": "Y", "akhir pekan": "WE",
            "kuartal": "Q", "triwulan": "Q", "semester": "H"},
           {"lalu": -1, "kemarin": -1, "ini": 0, "depan": 1, "mendatang": 1}),
    "en": ({"week": "W", "month": "M", "year": "Y", "weekend": "WE", "quarter": "Q"},
           {"last": -1, "this": 0, "next": 1}),
}  # fmt: skip
#: Words before an amount that make "a year", "per tahun", "setahun" after it a rate, how
#: often the amount recurs (a SET: "£3bn a year", "Rp 10 juta sebulan"), not a stretch of
#: time: scale words, currencies and units written apart from the number (a number itself,
#: "£3bn", "40%", is told by its digit).
_RATE_AMOUNTS = frozenset({"million", "billion", "trillion", "bn", "m", "percent", "%",
                           "pounds", "dollars", "euros", "juta", "miliar", "triliun", "ribu",
                           "persen", "rupiah", "ton", "tons", "tonnes", "barrels",
                           "barel"})  # fmt: skip
#: Modifiers that may narrow a single day too: "early Tuesday", "late yesterday".
_DAY_EDGES = frozenset({"early", "late"})
#: "awal tahun", "akhir bulan": the start or end of the current period, told without "ini".
_ID_PERIOD_EDGES = frozenset({"awal", "akhir", "pertengahan"})
#: English words before a month name that say which one: "last September", "next March".
_EN_MONTH_BEFORE: dict[str, Direction] = {"last": "before", "next": "after",
                                           "this": "on_or_before"}  # fmt: skip
_DECADE = re.compile(r"(1[6-9]|20)\d0(?:s|-an)")
#: "the end of 2026", "the start of the year": edges of a period, and the periods they take.
_EN_EDGES = frozenset({"end", "start", "beginning", "middle", "turn"})
#: The edge words of both languages, for readers of the words around a time ("until the
#: end of Monday", "hingga akhir Maret": see events' "until").
PERIOD_EDGE_WORDS = _EN_EDGES | _ID_PERIOD_EDGES
#: Words before a bare year or month that make it a date ("pada 2024", "in March").
_YEAR_CUES = {
    "id": {"pada", "sejak", "hingga", "sampai", "tahun", "awal", "akhir", "pertengahan", "bulan",
           "mulai", "menjelang", "jelang", "sebelum", "setelah", "selama", "per", "sepanjang",
           "dari", "antara", "memasuki"},
    "en": {"in", "since", "until", "till", "by", "during", "early", "late", "mid", "from", "of",
           "before", "after", "through", "last", "next", "this", "to", "between", "throughout",
           "around"},
    "de": {"im", "seit", "bis", "ab", "anfang", "ende", "mitte", "vor", "nach"},
    "fr": {"en", "depuis", "fin", "début", "mi", "dès", "d'ici", "jusqu'en", "qu'en"},
    "es": {"en", "desde", "hasta", "durante"},
    "it": {"a", "in", "da", "fino", "entro", "durante"},
    "pt": {"em", "desde", "até", "durante"},
    "nl": {"in", "sinds", "tot", "begin", "eind", "half", "medio", "uit", "vanaf"},
}  # fmt: skip
#: A quarter of the year after "setiap"/"every": "every quarter", "setiap triwulan".
_QUARTER_WORDS = frozenset({"quarter", "kuartal", "triwulan"})
#: Nouns after "quarterly" that name one period's figures, not a recurrence: "a quarterly
#: loss", "quarterly results".
_RESULT_WORDS = frozenset({"loss", "losses", "profit", "profits", "earnings", "results",
                           "revenue", "sales", "report", "figures", "net", "income", "gain",
                           "decline", "deficit", "surplus", "growth"})  # fmt: skip
_YEAR = re.compile(r"(1[6-9]|20)\d{2}")
#: Phrases (as word tuples) by their first word, the longest first.
_Phrases = dict[str, tuple[tuple[str, ...], ...]]


def _by_first_word(phrases: Iterable[tuple[str, ...]]) -> _Phrases:
    """``phrases`` grouped by their first word, the longest first (on a tie in length, in
    their order): :meth:`_Grammar.phrase_at` then tries only the few that can match."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in grouped.items()}


def _options(phrases: Iterable[str]) -> _Phrases:
    """Phrases written as strings ("pekan lalu") as a table for :meth:`_Grammar.words_at`."""
    return _by_first_word(tuple(phrase.split()) for phrase in phrases)


def _options_by_lang(phrases: Mapping[str, Collection[str]]) -> dict[str, _Phrases]:
    """:func:`_options` for each language of ``phrases``."""
    return {lex: _options(options) for lex, options in phrases.items()}


_ID_WEEKEND = _options({"akhir pekan"})
#: Words for the time of writing, which TimeML tags as a DATE valued PRESENT_REF ("now",
#: "saat ini"), and for the stretch just before it, valued PAST_REF ("recently", "baru-baru
#: ini"): they name no single day, so they get no value. ("Saat itu", "then" point into the
#: story: not here.)
_NOW_WORDS = {
    "id": {"kini", "sekarang", "saat ini", "dewasa ini"},
    "en": {"now", "currently", "nowadays"},
}
_LATELY_WORDS = {
    "id": {"baru-baru ini", "belakangan ini", "akhir-akhir ini"},
    "en": {"recently", "lately"},
}
#: The PRESENT_REF and PAST_REF expressions of every language, lowercase: events told with
#: one happen on the reference day or shortly before it (see narrative.rough_past_day).
PRESENT_WORDS = frozenset().union(*_NOW_WORDS.values())
LATELY_WORDS = frozenset().union(*_LATELY_WORDS.values())
#: Words that put a time earlier or later on the day the story told: "Earlier that day",
#: "later in the day".
WITHIN_DAY = frozenset(("earlier", "later"))
#: What may follow a named period: "semester ini", "kuartal pertama tahun lalu" (see
#: :meth:`_Grammar._period_year`).
_ID_AFTER_NAMED_PERIOD = _options(
    {"ini", "lalu", "depan", "mendatang", "tahun ini", "tahun lalu", "tahun depan"}
)
#: Words between a quarter and its year: "du troisième trimestre de 2025", "van 2024".
_EU_PART_LINKS = frozenset({"de", "del", "di", "do", "van", "des", "dell'"})

"""Days and periods told from now ("kemarin", "pekan lalu", "last week", "hier") and named
periods ("kuartal III 2024", "the first half", "musim panas", "akhir tahun ini", "Anfang
März"), with the year that may follow them."""

from __future__ import annotations

import re

from reader.analysis.model import TimeType
from reader.analysis.timegrammar.dates import _DateRules
from reader.analysis.timegrammar.values import (
    _SHIFT_DIRECTIONS,
    _YEAR_DIRECTIONS,
    PERIOD_KINDS,
    Kind,
    TimeMatch,
)
from reader.analysis.timegrammar.vocabulary import (
    _DAY_EDGES,
    _DECADE,
    _EN_MONTH_BEFORE,
    _EU_PART_LINKS,
    _ID_AFTER_NAMED_PERIOD,
    _LATELY_WORDS,
    _NOW_WORDS,
    _PERIOD_SHIFT,
    _QUARTER_WORDS,
    _RATE_AMOUNTS,
    _RESULT_WORDS,
    _SHIFTED_KINDS,
    _YEAR,
    _YEAR_CUES,
    _options,
)
from reader.analysis.wordscan import is_capitalized

#: Words before "the fall" that make it the season ("in the fall", "by the fall"), and
#: before a season with no article ("in winter").
_FALL_CUES = frozenset({"in", "during", "by", "until", "since", "through", "this"})
#: Words of a game that make "the third quarter" nearby a period of play; and a score.
_GAME_WORDS = frozenset({"halftime", "half-time", "overtime", "rebounds", "touchdown",
                         "touchdowns", "quarterback", "assists", "innings", "buzzer", "scored",
                         "striker", "goalkeeper", "equaliser", "equalizer"})  # fmt: skip
_SCORE = re.compile(r"\d{1,3}-\d{1,3}")
_VOTE_WORDS = frozenset({"vote", "voted", "votes", "ruling", "ruled", "majority"})
_GAME_REACH = 12
#: How many words before "the first half" an amount or a result makes it a year's half.
_MONEY_REACH = 8
#: Kinds that keep their value with "awal", "early", "mid" before them ("early 2021" is
#: 2021 still, as TimeML values it, and "awal pekan depan" is next week's "2026-W49"); the
#: periods whose edge "the middle of next week" is valued as.
_NARROWED_KINDS = PERIOD_KINDS | {"week"}
#: Ordinal words naming the part of a year: "kuartal pertama", "the first quarter".
_ORDINALS = frozenset({"pertama", "kedua", "ketiga", "keempat", "first", "second", "third",
                       "fourth", "final", "last"})  # fmt: skip
#: Which quarter an ordinal or a number names: "kuartal III", "the third quarter".
_QUARTERS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "first": 1, "second": 2,
             "third": 3, "fourth": 4, "final": 4, "last": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
             "1": 1, "2": 2, "3": 3, "4": 4}  # fmt: skip
#: The halves of a year by their ordinal: "semester kedua", "the first half".
_HALVES = {"pertama": 1, "kedua": 2, "first": 1, "second": 2, "i": 1, "ii": 2, "1": 1, "2": 2}
#: Kinds of the period whose edge a bare "akhir tahun", "awal bulan", "pertengahan pekan" or
#: "the end of the year" names: the current one, as news tells it.
_CURRENT_EDGE_KINDS = frozenset({"year", "month", "week"})
#: Other European languages: the edges of a period, before its month, year or name ("Anfang
#: März", "à la fin du mois", "a finales de mayo", "eind dit jaar"), one DATE with it as
#: English "early March" and "the end of the year" are; the words that may stand between
#: ("des", "du", "de", "del", "van het", "dieses", "ce"), the names of a period (with the
#: kind of each) and the articles an edge keeps ("la fin du mois", as "the end").
_EU_EDGES = {"de": frozenset({"anfang", "ende", "mitte"}),
             "fr": frozenset({"début", "fin", "mi"}),
             "es": frozenset({"principios", "finales", "fines", "mediados", "comienzos"}),
             "it": frozenset({"inizio", "fine", "metà"}),
             "pt": frozenset({"início", "fim", "meados", "final"}),
             "nl": frozenset({"begin", "eind", "half", "medio"})}  # fmt: skip
_EU_EDGE_LINKS = {"de": frozenset({"des", "dieses", "diesen"}),
                  "fr": frozenset({"du", "de", "ce", "cette", "la"}),
                  "es": frozenset({"de", "del", "este", "esta", "la"}),
                  "it": frozenset({"di", "del", "della", "quest'", "questo"}),
                  "pt": frozenset({"de", "do", "da", "deste", "desta"}),
                  "nl": frozenset({"van", "het", "dit", "deze"})}  # fmt: skip
_EU_EDGE_PERIODS: dict[str, dict[str, Kind]] = {
    "de": {"jahres": "year", "jahr": "year", "monats": "month", "monat": "month"},
    "fr": {"année": "year", "l'année": "year", "an": "year", "l'an": "year", "mois": "month",
           "semaine": "week"},
    "es": {"año": "year", "mes": "month", "semana": "week"},
    "it": {"anno": "year", "l'anno": "year", "dell'anno": "year", "mese": "month",
           "settimana": "week"},
    "pt": {"ano": "year", "mês": "month", "semana": "week"},
    "nl": {"jaar": "year", "maand": "month", "week": "week"},
}  # fmt: skip
_EU_EDGE_ARTICLES = frozenset({"la", "le", "el", "il"})
#: The "end" that makes a week its weekend with no article between ("el fin de semana", "o
#: fim de semana", not "la fin de la semaine"): no value alone, as "the weekend" has none.
_EU_WEEKEND_EDGES = frozenset({"fin", "fim"})
_EN_EDGE_PERIODS = frozenset({"year", "month", "week", "decade", "century", "season"})
#: The seasons of TimeML (1 spring "SP", 2 summer "SU", 3 fall "FA", 4 winter "WI", see
#: :data:`reader.analysis.timevalues.SEASON_CODES`); the tropical "musim hujan", "musim
#: kemarau" are none of them and have no value.
_SEASON_NUMBERS = {"spring": 1, "semi": 1, "summer": 2, "panas": 2, "autumn": 3, "fall": 3,
                   "gugur": 3, "winter": 4, "dingin": 4}  # fmt: skip
#: Owners before a company's period: "its fiscal second quarter".
_OWNERS = frozenset({"its", "their", "our", "his", "her"})


def _part_of_year(period: str, ordinal: str) -> tuple[Kind, int]:
    """Which part of a year a period word and its ordinal name: ("kuartal", "ketiga") → the
    third quarter, ("semester", "ii") → the second half; ("none", 0) for others (a
    "caturwulan", a "third half")."""
    if period in _QUARTER_WORDS:
        return "quarter", _QUARTERS.get(ordinal, 0)
    if period in ("semester", "half") and ordinal in _HALVES:
        return "half", _HALVES[ordinal]
    return "none", 0


_ID_PERIOD_UNITS = _options(_PERIOD_SHIFT["id"][0])
_ID_PERIOD_SHIFTS = _options(_PERIOD_SHIFT["id"][1])
_REFERENCE_WORDS = {lex: _options(_NOW_WORDS[lex] | _LATELY_WORDS[lex]) for lex in _NOW_WORDS}
#: Words after a named period that tell it from the story, leaving it no value: "akhir
#: tahun itu" (the end of that year).
_ID_THAT = frozenset({"itu", "tersebut"})

#: Words before Spanish "mañana" that make it the morning: "esta mañana", "por la mañana".
_ES_MORNING_BEFORE = frozenset({"la", "esta", "cada", "toda"})

#: Ordinals that number a year's quarter or half in other European languages, inflected:
#: "im ersten Quartal", "au troisième trimestre", "het eerste kwartaal", "primo semestre".
_EU_PART_ORDINALS: dict[str, dict[str, int]] = {
    "de": {f"{stem}{end}": n for n, stem in enumerate(("erst", "zweit", "dritt", "viert"), 1)
           for end in ("e", "en", "er", "es")},
    "fr": {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3,
           "3e": 3, "quatrième": 4, "4e": 4},
    "es": {"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4},
    "it": {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4},
    "pt": {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4},
    "nl": {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4},
}  # fmt: skip
#: The words for a year's quarter and half after those ordinals.
_EU_PART_UNITS: dict[str, dict[str, Kind]] = {
    "de": {"quartal": "quarter", "quartals": "quarter", "halbjahr": "half",
           "halbjahres": "half", "halbjahrs": "half"},
    "fr": {"trimestre": "quarter", "semestre": "half"},
    "es": {"trimestre": "quarter", "semestre": "half"},
    "it": {"trimestre": "quarter", "semestre": "half"},
    "pt": {"trimestre": "quarter", "semestre": "half"},
    "nl": {"kwartaal": "quarter", "halfjaar": "half"},
}  # fmt: skip
#: Definite articles kept in the span of a numbered quarter, as "the" is in "the third
#: quarter"; contractions with a preposition ("au", "im", "del") stay out, as prepositions do.
_EU_PART_ARTICLES = frozenset({"das", "le", "el", "il", "o", "het"})


class _PeriodRules(_DateRules):
    """Rules for days and periods told from now, and for named periods."""

    def in_a_game(self, i: int) -> bool:
        """True when a score ("118-104") or a word of the game ("halftime", "rebounds") is
        near word ``i``: then "the fourth quarter" is a period of play, not of the year."""
        for k in range(max(0, i - _GAME_REACH), min(len(self.words), i + _GAME_REACH)):
            low = self.low(k)
            if low in _GAME_WORDS:
                return True
            if _SCORE.fullmatch(low) and self.is_score(k):
                return True
        return False

    def about_money(self, i: int) -> bool:
        """True when an amount of money or a company result is told just before word ``i``
        ("added 40 million pounds in the first half", "profit in the first half"): then "the
        first half" alone is a half of the year."""
        lows = self._padded[max(0, i - _MONEY_REACH) : i]
        return any(low in _RATE_AMOUNTS or low in _RESULT_WORDS for low in lows)

    def year_half(self, i: int) -> bool:
        """Is "H1"/"H2" at word ``i`` a half of a year? Written so, it is also a visa, a
        road or a hydrogen grade ("the H1 visa"); a half has a year after it ("H1 2026"),
        a result after it ("H1 profit"), or a time preposition before it with an amount or a
        result told just before that ("profit fell 5% in H1", "added $40m in H2"), as "the
        first half" alone needs (not "sales rose 5% as the H2 fuel plant opened")."""
        if self.words[i].text[0] != "H":
            return False
        after = self.low(i + 1)
        if _YEAR.fullmatch(after) or after in _RESULT_WORDS:
            return True
        return self.low(i - 1) in _YEAR_CUES[self.lex] and self.about_money(i)

    def is_score(self, k: int) -> bool:
        """A "118-104" that is no range ("5-6 percent") and no vote ("voted 7-2")."""
        if self.low(k + 1) in ("%", "percent", "per"):
            return False
        return _VOTE_WORDS.isdisjoint((self.low(k - 1), self.low(k - 2)))

    def _day_word(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "kemarin", "hari ini", "besok", "yesterday", "tadi malam", "kemarin sore"."""
        key = self.phrase_at(i, self.day_phrases)
        if key is None:
            return None
        offset, is_time = self.day_words[key]
        j = i + len(key)
        part = 0 if is_time else self.part_of_day(j)
        type_: TimeType = "TIME" if is_time or part else "DATE"
        return self.match(i, j + part, type_, kind="day", offset=offset, deictic=True)

    def _reference_word(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "now", "recently", "saat ini", "baru-baru ini" (see ``_REFERENCE_WORDS``)."""
        key = self.phrase_at(i, _REFERENCE_WORDS[self.lex])
        if key is None:
            return None
        return self.match(i, i + len(key), "DATE", kind="reference", deictic=True)

    def _relative_word(self, i: int) -> tuple[int, TimeMatch] | None:
        """Other languages: "hier", "la semaine dernière" from dateparser's locale data."""
        key = self.phrase_at(i, self.relative_phrases)
        if key is None or self.the_morning(i):
            return None
        kind, offset = self.relative_words[key]
        j = i + len(key)
        part = self.part_of_day(j) if kind == "day" else 0  # "hier soir", "ontem à tarde"
        type_: TimeType = "TIME" if part else "DATE"
        return self.match(i, j + part, type_, kind=kind, offset=offset, deictic=True)

    def the_morning(self, i: int) -> bool:
        """Is word ``i`` the morning, not tomorrow: German "Morgen" as a noun mid-sentence
        ("am Morgen", "heute Morgen"), Spanish "mañana" after "la" or "esta"?"""
        low = self.low(i)
        if low == "morgen" and self.lex == "de":
            return is_capitalized(self.words[i]) and not self.sentence_initial(i)
        return low == "mañana" and self.low(i - 1) in _ES_MORNING_BEFORE

    def _period(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "pekan lalu", "bulan depan", "tahun ini", "akhir pekan ini", "last week"."""
        if self.lex not in _PERIOD_SHIFT:
            return None
        units, shifts = _PERIOD_SHIFT[self.lex]
        if self.lex == "id":
            unit = self.words_at(i, _ID_PERIOD_UNITS)
            if unit is None:
                return None
            if unit == "minggu" and is_capitalized(self.words[i]) and not self.sentence_initial(i):
                return None  # "Minggu lalu" mid-sentence is last Sunday
            j = i + len(unit.split())
            shift = self.words_at(j, _ID_PERIOD_SHIFTS)
            if shift is None:
                return None
            end = j + 1
        else:
            shift = self.low(i) if self.low(i) in shifts else None
            if (
                shift in _EN_MONTH_BEFORE
                and self.low(i + 1) in self.months
                and is_capitalized(self.words[i + 1])
            ):
                direction = _EN_MONTH_BEFORE[shift]  # "last September"
                return self.month(i, i + 2, self.low(i + 1), direction=direction, deictic=True)
            unit = self.low(i + 1) if self.low(i + 1) in units else None
            if shift is None or unit is None or (units[unit] == "Q" and self.in_a_game(i)):
                return None  # "the last quarter" of a game is a period of play
            end = i + 2
        kind = _SHIFTED_KINDS.get(units[unit], "none")
        return self.match(i, end, "DATE", kind=kind, offset=shifts[shift], deictic=True)

    def _week_of_month(self, i: int) -> tuple[int, TimeMatch] | None:
        """ "pekan ketiga Maret [2027]", "minggu terakhir bulan ini": a week of a month, one
        DATE valued as its month, as "the first week of February" (a match's "pekan ketiga
        Liga 1" names no month and is no date)."""
        j = i + 2
        if self.month_at(j) or (
            self.low(j) == "bulan" and self.low(j + 1) in _PERIOD_SHIFT["id"][1]
        ):
            month = self._month_date(j) or self._period(j)
            if month is not None and month[1].kind == "month":
                return self.within(i, month[0], month[1])
        return None

    def within(self, i: int, end: int, period: TimeMatch | None) -> tuple[int, TimeMatch]:
        """Words ``i`` to ``end - 1``, a part of ``period`` (the month, year, quarter ...
        they end with), as one DATE valued as that period, as TimeML values "early 2021"
        ("the first week of February", "pekan ketiga Maret"); with no ``period``, one DATE
        with no value."""
        if period is None or period.kind not in _NARROWED_KINDS:
            return self.match(i, end, "DATE")
        start, stop = self.span(i, end)
        return end, period._replace(start=start, end=stop)

    def owned_part(self, i: int) -> bool:
        """Is "fiscal" at word ``i`` a company's quarter or half: "its fiscal second quarter"?"""
        owned = self.low(i - 1) in _OWNERS and self.low(i + 1) in _ORDINALS
        return owned and self.low(i + 2) in ("quarter", "half")

    def _bare_season(self, i: int) -> bool:
        """True for a season word with no article after "in", "during", "since" ... (and
        "early", "late"): "in winter", "since early summer"; not "in Winter Park", a name."""
        before = i - 1 - (self.low(i - 1) in _DAY_EDGES)  # "since early summer"
        return self.low(before) in _FALL_CUES and not is_capitalized(self.words[i])

    def _season(self, i: int, j: int) -> tuple[int, TimeMatch]:
        """A season from word ``i`` to ``j``, with the year that may follow it: "the summer
        of 2019", "winter 2023"; without one, the nearest such season ("the summer")."""
        number = _SEASON_NUMBERS[self.low(j - 1)]
        of = self.low(j) == "of"
        if _YEAR.fullmatch(self.low(j + of)):
            return self.part(i, j + of + 1, "season", number, self.low(j + of))
        return self.part(i, j, "season", number, None, direction=self.ahead(i))

    def _european_edge(self, i: int) -> tuple[int, TimeMatch] | None:
        """Other European languages: the edge of a month, a year or the period named after
        word ``i`` ("Anfang März", "Ende des Jahres", "à la fin du mois", "a finales de
        mayo", "begin juni", "eind 2025", "la fin du mois de mai", "la fin de l'année 2027"),
        one DATE valued as that period, as English "early March" is; with an article before
        it ("la fin du mois"), not the plural "las finales de la Copa" (the finals)."""
        j = i + 1
        links = _EU_EDGE_LINKS[self.lex]
        while j < i + 3 and self.low(j) in links and not self.phrase_at(j, self.relative_phrases):
            j += 1  # not past a preposition fused with a phrase's article: "del año pasado"
        first = i - (self.low(i - 1) in _EU_EDGE_ARTICLES)
        if self.low(i - 1) in ("las", "los"):
            return None
        low = self.low(j)
        if low in self.months:  # "Anfang März", "a finales de mayo", "fin mai 2027"
            if _YEAR.fullmatch(self.low(j + 1)):
                return self.month(first, j + 2, low, self.low(j + 1))
            told = self.phrase_at(j + 1, self.relative_phrases)  # "März kommenden Jahres"
            if told is not None and self.relative_words[told][0] == "year":
                direction = _YEAR_DIRECTIONS[self.relative_words[told][1]]
                return self.month(first, j + 1 + len(told), low, direction=direction)
            return self.month(first, j + 1, low, direction=self.ahead(i))
        if _YEAR.fullmatch(low):  # "Ende 2026", "finales de 2024"
            return self.year(first, j + 1, low)
        key = self.phrase_at(j, self.relative_phrases)
        if key is not None and self.relative_words[key][0] in _CURRENT_EDGE_KINDS:
            kind, offset = self.relative_words[key]  # "eind dit jaar", "Ende nächsten Jahres"
            return self.match(first, j + len(key), "DATE", kind=kind, offset=offset,
                              deictic=True)  # fmt: skip
        period = _EU_EDGE_PERIODS[self.lex].get(low)
        if period is None:
            return None
        if period == "week" and self.low(i) in _EU_WEEKEND_EDGES and j == i + 2:
            return self.match(first, j + 1, "DATE")  # "el fin de semana": which is unclear
        if period == "year" and _YEAR.fullmatch(self.low(j + 1)):
            return self.year(first, j + 2, self.low(j + 1))  # "la fin de l'année 2027"
        link = self.low(j + 1) in _EU_EDGE_LINKS[self.lex]
        if period == "month" and link and self.low(j + 2) in self.months:
            return self.month(first, j + 3, self.low(j + 2), direction=self.ahead(i))  # "de mai"
        return self.match(first, j + 1, "DATE", kind=period, deictic=True,
                          direction=self.year_told_in(i, period))  # fmt: skip

    def _european_part(self, i: int) -> tuple[int, TimeMatch] | None:
        """Other European languages: a year's quarter or half told by its ordinal ("im
        ersten Quartal", "au troisième trimestre 2025", "het eerste kwartaal van 2024", "del
        segundo semestre del año pasado"), with its year, written or told from now, else the
        nearest such one, as English "the third quarter" is."""
        kind = _EU_PART_UNITS[self.lex].get(self.low(i + 1))
        if kind is None:
            return None
        number = _EU_PART_ORDINALS[self.lex][self.low(i)]
        first = i - (self.low(i - 1) in _EU_PART_ARTICLES)
        j = i + 2
        k = j + (self.low(j) in _EU_PART_LINKS)
        if _YEAR.fullmatch(self.low(k)):  # "troisième trimestre 2025", "van 2024"
            return self.part(first, k + 1, kind, number, self.low(k))
        start = j  # "vergangenen Jahres", "del año pasado", "dell'anno scorso"
        told = self.phrase_at(j, self.relative_phrases)
        if told is None and k > j:  # "des vergangenen Jahres", "van het afgelopen jaar"
            start = k + (self.phrase_at(k, self.relative_phrases) is None)
            told = self.phrase_at(start, self.relative_phrases)
        if told is not None and self.relative_words[told][0] == "year":
            direction = _YEAR_DIRECTIONS[self.relative_words[told][1]]
            return self.part(first, start + len(told), kind, number, None, direction=direction)
        return self.part(first, j, kind, number, None, direction=self.ahead(i))

    def _period_after_of(self, j: int) -> int | None:
        """The index after the period named after "of" from word ``j`` on ("2026", "the year",
        "next year", "March 2025"), or None."""
        low, head = self.low(j), self.low(j + 1)
        if low in ("the", "this", "last", "next") and head in _EN_EDGE_PERIODS:
            return j + 2
        if (
            low in ("the", "this", "last", "next")
            and head == "fiscal"
            and self.low(j + 2) == "year"
        ):
            return j + 3  # "the end of the fiscal year"
        if _YEAR.fullmatch(low):
            return j + 1
        if low == "the" and head in _ORDINALS and self.low(j + 2) == "quarter":
            return j + 3  # "the end of the third quarter"
        if low in self.months and is_capitalized(self.words[j]):
            return j + 1 + bool(_YEAR.fullmatch(head))
        return None

    def _period_year(
        self, i: int, j: int, kind: Kind = "none", number: int = 0
    ) -> tuple[int, TimeMatch]:
        """A named period, with the year (or decade: "akhir tahun 1990-an") or "ini/lalu/depan"
        that may follow it. ``kind`` says which period it is when it has a value: a quarter,
        half or season (number ``number``: "kuartal III 2024", "semester kedua", "musim
        panas"), a year ("awal tahun 2024") or a month ("akhir bulan ini"); others ("musim
        kemarau 2024", "Lebaran tahun lalu") have none."""
        if self.low(j) == "tahun" and _YEAR.fullmatch(self.low(j + 1)):
            return self.in_year(i, j + 2, kind, number, self.low(j + 1))
        if _YEAR.fullmatch(self.low(j)):
            return self.in_year(i, j + 1, kind, number, self.low(j))
        if _DECADE.fullmatch(self.low(j)):
            if kind == "year":  # "akhir tahun 1990-an"
                return self.match(i, j + 1, "DATE", kind="decade", absolute=self.low(j)[:3])
            return self.match(i, j + 1, "DATE")
        that = j + (self.low(j) == "tahun")  # "akhir tahun itu", "kuartal I tahun itu"
        if self.lex == "id" and self.low(that) in _ID_THAT:
            return self.match(i, that + 1, "DATE")  # that year's: told from the story
        shift = self.phrase_at(j, _ID_AFTER_NAMED_PERIOD)
        if shift:
            return self._shifted_period(i, j + len(shift), kind, number, shift)
        if number:  # "kuartal III": the nearest third quarter
            return self.part(i, j, kind, number, None, direction=self.ahead(i))
        if kind in _CURRENT_EDGE_KINDS:  # "akhir tahun": this year's end
            return self.match(i, j, "DATE", kind=kind, deictic=True,
                              direction=self.year_told_in(i, kind))  # fmt: skip
        return self.match(i, j, "DATE")

    def in_year(self, i: int, j: int, kind: Kind, number: int, year: str) -> tuple[int, TimeMatch]:
        """Words ``i`` to ``j - 1`` as a period named in ``year`` (see :meth:`_period_year`)."""
        if number:
            return self.part(i, j, kind, number, year)
        return self.year(i, j, year) if kind == "year" else self.match(i, j, "DATE")

    def _shifted_period(
        self, i: int, j: int, kind: Kind, number: int, shift: tuple[str, ...]
    ) -> tuple[int, TimeMatch]:
        """A named period told from now by the ``shift`` that ends it: "akhir tahun ini",
        "akhir bulan lalu" (a year or month that many from the publication date's),
        "kuartal pertama tahun lalu" (a quarter of the year before), "musim panas lalu" (the
        last summer before now)."""
        offset = _PERIOD_SHIFT["id"][1][shift[-1]]
        if number:
            directions = _YEAR_DIRECTIONS if len(shift) == 2 else _SHIFT_DIRECTIONS
            return self.part(i, j, kind, number, None, direction=directions[offset],
                             deictic=True)  # fmt: skip
        if kind in _CURRENT_EDGE_KINDS and len(shift) == 1:  # "pertengahan pekan ini"
            return self.match(i, j, "DATE", kind=kind, offset=offset, deictic=True)
        return self.match(i, j, "DATE", deictic=True)

    def _glued_part(self, i: int, period: str) -> tuple[int, TimeMatch]:
        """ "kuartal IV-2024", "semester I-2025": a quarter or half (``period``) of a year
        glued to its year."""
        ordinal, year = re.split("[-/]", self.low(i + 1))
        kind, number = _part_of_year(period, ordinal)
        if not number:
            return self.match(i, i + 2, "DATE")
        return self.part(i, i + 2, kind, number, year)

    def _en_part(self, i: int, j: int, end: int, kind: Kind, number: int
                 ) -> tuple[int, TimeMatch]:  # fmt: skip
        """ "the third quarter", "the first half" (words ``i`` to ``j - 1``), maybe with "of
        2024" or "of next year" up to ``end``: quarter or half (``kind``) ``number`` of that
        year ("of the year" is the publication year's, as "the end of the year" is), or the
        nearest one alone."""
        if end == j:
            if self.low(j - 2) in ("final", "last"):
                return self.match(i, end, "DATE")  # "the last quarter": which is unclear
            return self.part(i, end, kind, number, None, direction=self.ahead(i))
        year = self.low(end - 1)
        if _YEAR.fullmatch(year):
            return self.part(i, end, kind, number, year)
        told = 0 if self.low(end - 2) == "the" else _PERIOD_SHIFT["en"][1].get(self.low(end - 2))
        if year == "year" and told is not None:
            return self.part(i, end, kind, number, None, direction=_YEAR_DIRECTIONS[told])
        return self.match(i, end, "DATE")

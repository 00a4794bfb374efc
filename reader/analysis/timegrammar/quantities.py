"""Amounts of time: durations ("tiga hari", "the past two weeks", "two hours and 41 minutes"),
"N units ago" or "later", rates ("£3bn a year"), and days counted from a feast or a holiday
("tiga hari sebelum Lebaran")."""

from __future__ import annotations

from datetime import date, timedelta

from reader.analysis.model import TimeType
from reader.analysis.number_words import (
    EU_NUMBER_WORDS,
    ID_AGE_WORDS,
    PHYSICAL_UNITS,
    parse_digits,
)
from reader.analysis.timegrammar.holidays import (
    _HOLIDAY_PHRASES,
    _MOVING_FEAST_NAMES,
    _MOVING_FEASTS,
    _HolidayRules,
)
from reader.analysis.timegrammar.values import (
    _ORDER,
    _YEAR_DIRECTIONS,
    Kind,
    TimeMatch,
    _iso_duration,
    _join_durations,
    _period_ago,
)
from reader.analysis.timegrammar.vocabulary import (
    _ID_AFTER_NAMED_PERIOD,
    _PERIOD_SHIFT,
    _RATE_AMOUNTS,
    _UNITS,
    _YEAR,
    _by_first_word,
    _options,
)
from reader.analysis.wordscan import is_capitalized

#: Time units of the other European languages, singular and plural forms: "drei Tage",
#: "deux heures", "dos semanas", "tre giorni", "seis meses", "drie weken".
_EU_UNITS: dict[str, dict[str, tuple[str, int]]] = {
    lex: {form: unit for unit, forms in table for form in forms.split()}
    for lex, table in {
        "de": ((("S", 1), "sekunde sekunden"), (("MIN", 1), "minute minuten"),
               (("H", 1), "stunde stunden"), (("D", 1), "tag tage tagen"),
               (("W", 1), "woche wochen"), (("M", 1), "monat monate monaten"),
               (("M", 3), "quartal quartale quartalen"), (("Y", 1), "jahr jahre jahren"),
               (("Y", 10), "jahrzehnt jahrzehnte jahrzehnten")),
        "fr": ((("S", 1), "seconde secondes"), (("MIN", 1), "minute minutes"),
               (("H", 1), "heure heures"), (("D", 1), "jour jours journées"),
               (("W", 1), "semaine semaines"), (("M", 1), "mois"),
               (("M", 3), "trimestre trimestres"), (("Y", 1), "an ans année années"),
               (("Y", 10), "décennie décennies")),
        "es": ((("S", 1), "segundos"), (("MIN", 1), "minuto minutos"), (("H", 1), "hora horas"),
               (("D", 1), "día días"), (("W", 1), "semana semanas"), (("M", 1), "mes meses"),
               (("M", 3), "trimestre trimestres"), (("Y", 1), "año años"),
               (("Y", 10), "década décadas")),
        "it": ((("S", 1), "secondi"), (("MIN", 1), "minuto minuti"), (("H", 1), "ora ore"),
               (("D", 1), "giorno giorni"), (("W", 1), "settimana settimane"),
               (("M", 1), "mese mesi"), (("M", 3), "trimestre trimestri"),
               (("Y", 1), "anno anni"), (("Y", 10), "decennio decenni")),
        "pt": ((("S", 1), "segundos"), (("MIN", 1), "minuto minutos"), (("H", 1), "hora horas"),
               (("D", 1), "dia dias"), (("W", 1), "semana semanas"), (("M", 1), "mês meses"),
               (("M", 3), "trimestre trimestres"), (("Y", 1), "ano anos"),
               (("Y", 10), "década décadas")),
        "nl": ((("S", 1), "seconde seconden"), (("MIN", 1), "minuut minuten"), (("H", 1), "uur"),
               (("D", 1), "dag dagen"), (("W", 1), "week weken"), (("M", 1), "maand maanden"),
               (("M", 3), "kwartaal kwartalen"), (("Y", 1), "jaar jaren"),
               (("Y", 10), "decennium decennia")),
    }.items()
}  # fmt: skip
#: Number words that count those units (see
#: :data:`~reader.analysis.number_words.EU_NUMBER_WORDS`), and vague amounts (None: "mehrere
#: Tage", "plusieurs jours").
_EU_AMOUNTS: dict[str, dict[str, float | None]] = {
    lex: {**{word: float(k) for word, k in EU_NUMBER_WORDS[lex].items()},
          **dict.fromkeys(vague.split())}
    for lex, vague in {
        "de": "einige mehrere wenige",
        "fr": "plusieurs quelques",
        "es": "varios varias algunos algunas unos unas",
        "it": "alcuni alcune diversi diverse parecchi parecchie pochi",
        "pt": "vários várias alguns algumas poucos",
        "nl": "enkele paar",
    }.items()
}  # fmt: skip
#: "Ago" around "N units" in those languages: the words before ("vor drei Tagen", "hace dos
#: días", "há dois dias"; French "il y a" ends in "a") and after ("tre giorni fa", "drie
#: dagen geleden").
_EU_AGO_BEFORE = {"de": "vor", "es": "hace", "pt": "há", "fr": "a"}
_EU_AGO_AFTER = {"it": "fa", "nl": "geleden"}
#: The article "one" that counts a unit only after such a word: "hace un año", "il y a un
#: an", "vor einem Jahr", "há um mês".
_EU_ONE = frozenset({"un", "une", "una", "um", "uma", "einem", "einer"})
#: One-word "se-" durations in Indonesian: sejam = one hour, sepekan = one week.
_ID_ONE_UNIT = {"sejam": "jam", "sehari": "hari", "seminggu": "minggu", "sepekan": "pekan",
                "sebulan": "bulan", "setahun": "tahun"}  # fmt: skip
ID_ONE_UNIT_WORDS = frozenset(_ID_ONE_UNIT)
#: Words after a period's unit that shift it from now: "pekan depan", "bulan lalu".
_ID_SHIFTS_FROM_NOW = frozenset({"depan", "lalu", "mendatang"})
#: Reduplicated vague durations: "berjam-jam" (for hours), "bertahun-tahun" (for years).
_ID_FOR_UNITS = {"berjam-jam", "berhari-hari", "berminggu-minggu", "berpekan-pekan",
                 "berbulan-bulan", "bertahun-tahun", "berabad-abad"}  # fmt: skip
#: Words after "N units": ago (resolved against the publication date), later or earlier
#: (dated from the story, so unresolved), coming (a vague future DATE). Any other word after
#: it leaves "N units" a DURATION (taking "ke depan", "terakhir": see _ID_WINDOW_AFTER).
_AGO = {"id": {"lalu", "silam", "yang lalu"}, "en": {"ago"}}  # "dua tahun yang lalu"
#: Words after "N units" that count forward from the publication date: "two weeks from now".
_FROM_NOW = {"id": {"lagi"}, "en": {"from now"}}  # "dua bulan lagi" = in two months
_LATER = {
    "id": {"kemudian", "setelahnya", "sesudahnya", "sebelumnya", "berikutnya"},
    "en": {"later", "earlier", "before", "after"},
}
_COMING = {"id": {"mendatang"}, "en": set()}
#: Words after "the" that open a stretch of time: "the past two weeks", "the next decade";
#: those of the second set need an amount ("the final 10 minutes", not "the first week").
_COUNTED_WINDOW_WORDS = frozenset({"following", "previous", "first", "final", "opening"})
_WINDOW_WORDS = frozenset({"past", "last", "next", "coming"}) | _COUNTED_WINDOW_WORDS
#: Words that may stand after or before a measure in its unit: "18 meter kubik per detik",
#: "40 square kilometres a day".
_MEASURE_SHAPES = frozenset({"kubik", "persegi", "cubic", "square"})
#: The units of a clock, below a day: a match of them is a TIME, not a DATE.
_CLOCK_UNITS = frozenset({"H", "MIN", "S"})
#: Words before "N tahun" that make it an age: "berusia 52 tahun", "aged 19".
_AGE_CUES = ID_AGE_WORDS | {"aged", "age"}
#: Indonesian words for a person that "N tahun" right after gives the age of: "pria 34
#: tahun", "bocah 7 tahun".
_ID_AGED_PERSONS = frozenset({"pria", "wanita", "perempuan", "lelaki", "laki-laki", "bocah",
                              "balita", "remaja", "pemuda", "gadis", "kakek", "nenek",
                              "anak"})  # fmt: skip
#: Indonesian words of a bound between a person and an age: "anak di bawah 15 tahun",
#: "warga usia di atas 60 tahun".
_ID_AGE_BOUNDS = frozenset({"bawah", "atas"})
#: Words between the two ends of an Indonesian range of ages: "berusia 23 hingga 31 tahun".
_ID_RANGE_JOINERS = frozenset({"hingga", "sampai", "dan"})
#: English words between an amount and its time unit: "dozens of years", "eleven
#: consecutive weeks", "five working days", "two full weeks", "three more years".
_OF_OR_RUN = frozenset({"of", "consecutive", "straight", "successive", "working", "business",
                        "full", "whole", "calendar", "additional", "extra", "more"})  # fmt: skip
#: Indonesian words after "hari" that say which days are counted: "tiga hari kerja", "lima
#: hari perdagangan" (trading days).
_ID_DAY_KINDS = frozenset({"kerja", "kalender", "perdagangan", "bursa"})
#: "and" between the parts of one amount of time: "two hours and 41 minutes".
_AND = frozenset({"and", "dan"})
#: The words after "N units" (see :meth:`_Grammar._after_quantity`), with what they make of
#: them: one table, as no two of them start with the same word.
_AFTER_UNITS: dict[str, dict[tuple[str, ...], str]] = {
    lex: {
        tuple(phrase.split()): kind
        for kind, phrases in (("ago", _AGO[lex]), ("from now", _FROM_NOW[lex]),
                              ("later", _LATER[lex]), ("coming", _COMING[lex]))
        for phrase in phrases
    }
    for lex in _UNITS
}  # fmt: skip
_AFTER_UNITS_OPTIONS = {lex: _by_first_word(kinds) for lex, kinds in _AFTER_UNITS.items()}
#: Words after "N units" that make them a stretch reaching back or ahead from now, one
#: DURATION with them, as TimeML tags "the past two years": "lima tahun terakhir", "72 jam ke
#: depan", "dua pekan belakangan ini".
_ID_WINDOW_AFTER = _options({"terakhir", "ke depan", "belakangan ini", "belakangan"})
#: Words after "N units" that pick the first or last stretch of a period named next, one
#: DATE: "sembilan bulan pertama tahun ini", "tiga bulan terakhir tahun lalu".
_ID_EDGE_AFTER = frozenset({"pertama", "terakhir"})
#: The parts of a year that three or six months make.
_MONTHS_AS_PART: dict[int, Kind] = {3: "quarter", 6: "half"}
#: Words after "N units" that count from a feast named next, one DATE: "tiga hari sebelum
#: Lebaran", "two days before Christmas".
_ANCHOR_WORDS = {"id": frozenset({"sebelum", "setelah", "sesudah", "menjelang", "jelang"}),
                 "en": frozenset({"before", "after"})}  # fmt: skip
#: Those of them that count back from the feast.
_FEAST_BEFORE = frozenset({"sebelum", "menjelang", "jelang", "before"})


class _QuantityRules(_HolidayRules):
    """Rules for amounts of time: durations, "N units ago", rates."""

    def _quantity(self, i: int, *, bare: bool = False) -> tuple[int, TimeMatch] | None:
        """Match "satu jam", "30 hari", "30-day", "beberapa hari mendatang", "dua hari lalu",
        "Beberapa jam kemudian", "the past two weeks", "for years", "sejam", "berjam-jam"."""
        if self.lex not in _UNITS:
            return self._european_amount(i) if self.lex in _EU_UNITS else None
        low = self.low(i)
        first = i
        if low in _ID_FOR_UNITS and self.lex == "id":
            return self.match(i, i + 1, "DURATION")
        if self.low(i - 1) in _AGE_CUES:
            return None  # "berusia 52 tahun", "aged 19": an age, not a time
        if low == "for":  # "for years", "for hours"; "for" starts no amount
            if self.lex == "en" and self.unit_at(i + 1) and self.low(i + 1).endswith("s"):
                return self.match(i + 1, i + 2, "DURATION")
            return None
        if self.lex == "en" and low in ("the", "past", "last", "next", "coming") and not bare:
            return self._en_window(i)
        if self.measured_rate(i):
            return None
        rate = self._rate(i)
        if rate is not None:
            return rate
        if self.lex == "id" and low in _ID_ONE_UNIT:
            return self._after_quantity(first, i + 1, 1, _UNITS["id"][_ID_ONE_UNIT[low]], bare=bare)
        amount, unit, j = self._amount_and_unit(i)
        if unit is None or self.level_before_period(i, amount, j, unit) or self._age(i, j, unit):
            return None
        return self._after_quantity(first, j, amount, unit, bare=bare)

    def _age(self, i: int, j: int, unit: tuple[str, int]) -> bool:
        """Is the Indonesian "N tahun" from word ``i`` to ``j`` a person's age with no
        "berusia" before it: after a word for a person ("pria 34 tahun"), or for one or an
        age and a bound ("anak di bawah 15 tahun", "usia di atas 60 tahun"), or set off after
        a name ("Siti Rahayu, 52 tahun, mengatakan", "Budi (45 tahun)")."""
        if self.lex != "id" or unit[0] != "Y":
            return False
        before = self.low(i - 1)
        if before in _ID_AGE_BOUNDS and self.low(i - 2) == "di":
            before = self.low(i - 3)  # "anak di bawah 15 tahun"
        elif before in _ID_RANGE_JOINERS and self.low(i - 2)[:1].isdigit():
            before = self.low(i - 3)  # "berusia 23 hingga 31 tahun"
        if before in _ID_AGED_PERSONS or before in _AGE_CUES:
            return True
        return (
            (before, self.low(j)) in ((",", ","), ("(", ")"))
            and i >= 2
            and self.words[i - 2].text[:1].isupper()
        )

    def level_before_period(
        self, i: int, amount: float | None, j: int, unit: tuple[str, int]
    ) -> bool:
        """Is the amount at word ``i`` a level or a range of levels just before a period
        told from now ("di kisaran 7.150-7.300 pekan ini", "level 7.200 bulan ini", "di
        antara 7.200 dan 7.300 pekan depan"), not a count of the period's unit: a hundred
        weeks or more is no span news tells this way, nor a thousand days or months ago or
        ahead (but "100 tahun lalu" is a century ago)."""
        if self.lex != "id":
            return False
        shift = self.low(j)
        if shift == "ini":
            return (amount is None and self.low(i)[:1].isdigit()) or (amount or 0) >= 100
        if shift not in _ID_SHIFTS_FROM_NOW or unit[0] == "Y":
            return False
        if amount is None:  # a range: its lower end
            amount = parse_digits(self.low(i).split("-", 1)[0], self.lang)
        return (amount or 0) >= 1000

    def _european_amount(self, i: int) -> tuple[int, TimeMatch] | None:
        """Other European languages: "drei Tage", "48 horas", "plusieurs jours" (a DURATION)
        and "vor drei Tagen", "il y a deux jours", "tre giorni fa" (a DATE before now)."""
        low = self.low(i)
        amounts = _EU_AMOUNTS[self.lex]
        if low in amounts:
            amount = amounts[low]
        elif low in _EU_ONE and self.low(i - 1) == _EU_AGO_BEFORE.get(self.lex):
            amount = 1  # "hace un año", "vor einem Jahr", "há um mês"
        elif low[0].isdigit():
            quantity = self.quantity_at(i)
            if quantity is None or quantity.next != i + 1:
                return None
            amount = quantity.value
        else:
            return None
        unit = _EU_UNITS[self.lex].get(self.low(i + 1))
        if unit is None:
            return None
        first, end = i, i + 2
        before = self.low(i - 1)
        if before == _EU_AGO_BEFORE.get(self.lex) and (
            self.lex != "fr" or (self.low(i - 2), self.low(i - 3)) == ("y", "il")
        ):
            first -= 3 if self.lex == "fr" else 1
        elif self.low(end) == _EU_AGO_AFTER.get(self.lex):
            end += 1
        else:
            duration = None if amount is None else _iso_duration(amount, unit)
            return self.match(i, end, "DURATION", duration=duration, counted=True)
        dated: TimeType = "TIME" if unit[0] in _CLOCK_UNITS else "DATE"
        if amount is None or unit[0] not in ("D", "W"):
            period = _period_ago(amount, unit, -1)  # "il y a trois mois", "vor zwei Jahren"
            return self.match(first, end, dated, deictic=True, counted=True, **period)
        days = -int(amount * unit[1] * (7 if unit[0] == "W" else 1))
        return self.match(first, end, dated, kind="day", offset=days, deictic=True, counted=True)

    def _rate(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "a year", "per month", "setahun", "per tahun" right after an amount: "£3bn a
        year", "Rp 10 juta sebulan" tell how often the amount recurs, a SET, not how long
        something lasts ("jailed for a year"). Not "3 a year ago", a date."""
        rate = self._rate_unit(i)
        if rate is None:
            return None
        unit, j = rate
        low = self.low(i)
        # an amount of a noun too: "90 million passengers a year", "20 kontainer per bulan"
        # (after "a" only a plural noun: "rose 5% in a year" is no rate)
        noun = self.low(i - 1)
        counted_noun = noun.isalpha() and (low == "per" or noun.endswith("s"))
        if not (self.rate_amount(i - 1) or (counted_noun and self.rate_amount(i - 2))):
            return None
        if self.phrase_at(j, _AFTER_UNITS_OPTIONS[self.lex]):
            return None  # "a year ago", "setahun kemudian"
        return self.match(i, j, "SET", duration=_iso_duration(1, unit), counted=True)

    def _rate_unit(self, i: int) -> tuple[tuple[str, int], int] | None:
        """The unit of time of "per hari", "a year", "sebulan" at word ``i``, and the index
        after it; None when word ``i`` opens no such phrase."""
        low = self.low(i)
        if low in _ID_ONE_UNIT and self.lex == "id":
            return _UNITS["id"][_ID_ONE_UNIT[low]], i + 1
        if low != "per" and not (low in ("a", "an") and self.lex == "en"):
            return None
        unit = self.unit_at(i + 1)
        if unit is None or (self.lex == "en" and self.low(i + 1).endswith("s")):
            return None  # no unit; "a years" is no rate, "per days" no English
        return unit, i + 2

    def measured_rate(self, i: int) -> bool:
        """Is word ``i`` the unit of time a measured amount is counted against: "500 ton per
        hari", "20 km a day", "3 liter sehari", "60 miles per hour", "18 meter kubik per
        detik"? It belongs to the rate's unit (the number annotator keeps it there), so it is
        no time of its own, neither a SET nor the duration "a day"."""
        k = i - 1 - (self.low(i - 1) in _MEASURE_SHAPES)  # "meter kubik"
        if self.low(k) not in PHYSICAL_UNITS or self._rate_unit(i) is None:
            return False
        k -= self.low(k - 1) in _MEASURE_SHAPES  # "cubic metres"
        return self.rate_amount(k - 1)

    def rate_amount(self, k: int) -> bool:
        """Whether word ``k`` ends an amount a rate may follow ("3bn", "million", "%")."""
        low = self.low(k)
        return low in _RATE_AMOUNTS or any(c.isdigit() for c in low)

    def _amount_and_unit(self, i: int) -> tuple[float | None, tuple[str, int] | None, int]:
        """Read "dua jam", "30-day", "setengah jam", "half an hour", "an hour", "a few days"."""
        low = self.low(i)
        if low in ("setengah", "half"):
            k = i + 1 + (self.low(i + 1) in ("a", "an"))
            unit = self.unit_at(k)
            return 0.5, unit, k + 1
        if self.lex == "en" and low in ("a", "an") and self.unit_at(i + 1):
            if self.low(i + 1) == "second":
                return None, None, i  # "a second goal" is an ordinal
            return 1, self.unit_at(i + 1), i + 2
        if not low[:1].isalnum():
            return None, None, i
        quantity = self.quantity_at(i)
        if quantity is None:
            return None, None, i
        if quantity.glued_unit is not None:
            unit = _UNITS[self.lex].get(quantity.glued_unit[2].lower())
            return quantity.value, unit, quantity.next
        j = quantity.next
        if self.lex == "en" and self.low(j) in _OF_OR_RUN:
            j += 1  # "dozens of years", "eleven consecutive weeks"
        unit = self.unit_at(j)
        if self.lex == "id" and self.low(j) == "hari" and self.low(j + 1) in _ID_DAY_KINDS:
            j += 1  # "tiga hari kerja"
        return quantity.value, unit, j + 1

    def _after_quantity(
        self, first: int, j: int, amount: float | None, unit: tuple[str, int], *, bare: bool
    ) -> tuple[int, TimeMatch]:
        """Decide what "N units" is from the word after it: ago, later, coming, or a duration."""
        designator, multiple = unit
        sub_day = designator in ("H", "MIN", "S")
        dated: TimeType = "TIME" if sub_day else "DATE"
        duration = None if amount is None else _iso_duration(amount, unit)
        if bare:
            return self.match(first, j, "DURATION", duration=duration, counted=True)
        phrase = self.phrase_at(j, _AFTER_UNITS_OPTIONS[self.lex])
        said = _AFTER_UNITS[self.lex][phrase] if phrase else None
        if phrase and said in ("ago", "from now"):
            end = j + len(phrase)
            if amount is None or designator in ("M", "Y", "W"):
                period = _period_ago(amount, unit, 1 if said == "from now" else -1)
                return self.match(first, end, dated, deictic=True, counted=True, **period)
            days = (designator == "D") * amount * multiple
            offset = int(days) if said == "from now" else -int(days)
            return self.match(first, end, dated, kind="day", offset=offset, deictic=True,
                              counted=True)  # fmt: skip
        # "two days before." ends there; in "three minutes after coming on" the word is a
        # preposition and "three minutes" a duration
        if said == "later" and not (
            phrase in (("before",), ("after",)) and self.low(j + 1)[:1].isalnum()
        ):
            return self.match(first, j + 1, dated, counted=True)
        if said == "coming":
            return self.match(first, j + 1, "DATE", deictic=True, counted=True)
        # "2 tahun 6 bulan", "3 hours 20 minutes", "two hours and 41 minutes", "2 hours, 18
        # minutes and 44 seconds": smaller units right after join the duration
        last = designator
        while duration is not None and j < len(self.words):
            k = j + (self.low(j) == ",")
            more, more_unit, after_more = self._amount_and_unit(k + (self.low(k) in _AND))
            if more is None or more_unit is None or _ORDER[more_unit[0]] <= _ORDER[last]:
                break
            duration = _join_durations(duration, _iso_duration(more, more_unit))
            j, last = after_more, more_unit[0]
        if self.lex == "id" and designator == "D" and self.low(j + 1) == "malam":
            j += 2 * (self.low(j) == self.low(first))  # "tiga hari tiga malam": one stretch
        # "the two weeks before Election Day" is a stretch up to the day, not a day
        anchored = self._anchored_end(j) if self.low(first - 1) != "the" else None
        if anchored is not None and designator == "M" and amount is not None:
            return self._months_edge(first, j, anchored, round(amount * multiple))
        if anchored is not None:
            before_feast = self._before_feast(first, j, anchored, designator, amount, multiple)
            return before_feast or self.match(first, anchored, "DATE", counted=True)
        window = self.phrase_at(j, _ID_WINDOW_AFTER) if self.lex == "id" else None
        if window:
            j += len(window)
        return self.match(first, j, "DURATION", duration=duration, counted=True)

    def _before_feast(
        self, first: int, j: int, end: int, designator: str, amount: float | None, multiple: int
    ) -> tuple[int, TimeMatch] | None:
        """ "tiga pekan sebelum Idul Adha", "dua hari setelah Lebaran" (words ``first`` to
        ``end - 1``, the anchor word at ``j``): days or weeks counted from a moving feast of
        one day, valued as the day they reach from the feast nearest the publication date;
        from a holiday on a fixed day ("two days before Christmas") by :meth:`_before_holiday`;
        None for other units, and when a moving feast is told with its year."""
        feast = _MOVING_FEAST_NAMES.get(" ".join(map(self.low, range(j + 1, end))))
        days = {"D": 1, "W": 7}.get(designator, 0) * (amount or 0) * multiple
        if not days or not float(days).is_integer():
            return None
        sign = -1 if self.low(j) in _FEAST_BEFORE else 1
        if feast is None:
            return self._before_holiday(first, j, end, sign * int(days))
        return self.match(first, end, "DATE", kind="feast", absolute=feast,
                          days=sign * int(days), direction="on_or_before", deictic=True,
                          counted=True)  # fmt: skip

    def _before_holiday(self, first: int, j: int, end: int, days: int
                        ) -> tuple[int, TimeMatch] | None:  # fmt: skip
        """ "two days before Christmas", "tiga hari setelah Natal tahun lalu" (words ``first``
        to ``end - 1``, the anchor word at ``j``): ``days`` counted from a holiday on a fixed
        day, in the year the holiday rule reads after it, else the nearest one; None when
        no such holiday ends there."""
        hit = self._holiday(j + 1)
        if hit is None or hit[0] != end or hit[1].kind not in ("annual", "date"):
            return None
        start, stop = self.span(first, end)
        if hit[1].kind == "annual":
            return end, hit[1]._replace(start=start, end=stop, days=days, counted=True)
        day = date.fromisoformat(hit[1].absolute or "") + timedelta(days=days)
        return end, hit[1]._replace(start=start, end=stop, absolute=day.isoformat(), counted=True)

    def _anchored_end(self, j: int) -> int | None:
        """Where "N units" plus what follows it ends as one DATE, or None: "N units" before
        a feast ("tiga hari sebelum Lebaran tahun lalu", "two days before Christmas") or as
        the edge of a period ("sembilan bulan pertama tahun ini", "... terakhir 2024")."""
        low = self.low(j)
        anchors = _ANCHOR_WORDS.get(self.lex, frozenset())
        if low in anchors and j + 1 < len(self.words) and is_capitalized(self.words[j + 1]):
            if self.phrase_at(j + 1, _HOLIDAY_PHRASES):  # with the year the holiday rule reads
                holiday = self._holiday(j + 1)
                return holiday[0] if holiday else None
            feast = self.phrase_at(j + 1, _MOVING_FEASTS)
            if feast:
                end = j + 1 + len(feast)
                shift = self.phrase_at(end, _ID_AFTER_NAMED_PERIOD) if self.lex == "id" else None
                return end + (len(shift) if shift and shift[0] == "tahun" else 0)
        if self.lex == "id" and low in _ID_EDGE_AFTER:
            if self.low(j + 1) == "tahun" and self.low(j + 2) in ("ini", "lalu", "depan"):
                return j + 3
            if _YEAR.fullmatch(self.low(j + 1)):
                return j + 2
            if self.low(j + 1) == "tahun" and _YEAR.fullmatch(self.low(j + 2)):
                return j + 3
        return None

    def _months_edge(self, first: int, j: int, end: int, months: int) -> tuple[int, TimeMatch]:
        """ "enam bulan pertama tahun ini", "tiga bulan terakhir 2024" (words ``first`` to
        ``end - 1``, "pertama" or "terakhir" at ``j``): one DATE, valued as the half or
        quarter of the year that six or three months make, as TimeML values them ("2026-H1",
        "2024-Q4"); other counts of months have no value."""
        kind: Kind | None = _MONTHS_AS_PART.get(months)
        if kind is None or self.low(j) not in _ID_EDGE_AFTER:
            return self.match(first, end, "DATE", counted=True)
        number = 1 if self.low(j) == "pertama" else 12 // months  # the last: Q4, H2
        year = self.low(end - 1)
        if _YEAR.fullmatch(year):
            return self.part(first, end, kind, number, year, counted=True)
        direction = _YEAR_DIRECTIONS[_PERIOD_SHIFT["id"][1][year]]  # "tahun ini", "tahun lalu"
        return self.part(first, end, kind, number, None, direction=direction, deictic=True,
                         counted=True)  # fmt: skip

    def _en_window(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "the past two weeks", "the next decade", "the coming days", "the following
        24 hours", "the first nine months": a DURATION reaching back or forward from now or
        from the story. Without "the", "last week" is a period."""
        if self.low(i) != "the":
            return None
        word = self.low(i + 1)
        if word not in _WINDOW_WORDS:
            return self._the_amount(i)
        amount, unit, end = self._amount_and_unit(i + 2)
        if unit is None and word in _COUNTED_WINDOW_WORDS:
            return None  # "the following day" is a day of the story (see _named_period)
        if unit is None and word == "next" and self.low(i + 2) == "day":
            return None  # and so is "the next day"
        if unit is None:
            unit = self.unit_at(i + 2)
            if unit is None:
                return None
            plural = self.low(i + 2).endswith("s")
            amount, end = (None if plural else 1), i + 3
        duration = None if amount is None else _iso_duration(amount, unit)
        return self.match(i, end, "DURATION", duration=duration, counted=True)

    def _the_amount(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "the three months", "the 26 weeks" (to August 30): a known stretch, one
        DURATION with its "the", as TimeML tags it. Not "the 30-day" (an adjective) nor
        "the two years before", which the story dates."""
        amount, unit, end = self._amount_and_unit(i + 1)
        if amount is None or unit is None or not self.low(end - 1).endswith("s"):
            return None
        if self.phrase_at(end, _AFTER_UNITS_OPTIONS[self.lex]):
            return None
        duration = _iso_duration(amount, unit)
        return self.match(i, end, "DURATION", duration=duration, counted=True)

"""A small time grammar after TIMEX3: finds DATE, TIME, DURATION and SET expressions.

It only *finds* expressions and records how each could be resolved (:class:`TimeMatch`); the
time annotator (:mod:`reader.analysis.times`) turns that into values against the publication
date, handing absolute dates to ``dateparser``. Keeping our own grammar matters because a
date parser alone reads the duration "30 hari" as a date and misses "pekan lalu", "Kamis lalu"
or "dua hari lalu".

Indonesian and English have full vocabularies below. Other languages get ISO and numeric
dates, clock times, and month, weekday and "yesterday/today/last week" words taken from
``dateparser``'s locale data (imported lazily, only for those languages).

Conventions (TIMEX3): prepositions stay out of the span ("pada hari Selasa" → "hari Selasa",
"on Tuesday" → "Tuesday", "selama satu jam" → "satu jam"), approximators stay in it, as
TimeML has them ("sekitar satu jam", "more than four years"); spans never overlap; a weekday
with a part of the day ("Selasa malam") or a clock time is TIME; "N units ago" is a DATE
(TIME below a day); "N units later/kemudian" is dated relative to the story, not to the
publication date, so it stays unresolved; "beberapa hari mendatang" is a DATE in the future,
while "72 jam ke depan" and "lima tahun terakhir" are whole DURATIONs, as "the past two
years" and "the three months" are; "sembilan bulan pertama tahun ini" and "tiga hari sebelum
Lebaran" are DATEs;
"lalu" and "mendatang" after a date choose which one ("26 Juni mendatang" is the next 26 June)
but stay out of its span, as in the project's gold. A unit right after an amount is a rate,
a SET ("£3bn a year", "Rp 10 juta sebulan", "800 ton per hari"). A game's "second half" or
"third quarter" is no date (a year's half needs "of", "the second half of the year", or an
amount of money just before it, "added £40m in the first half").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal, NamedTuple

from reader.analysis.doc import Doc, derived
from reader.analysis.model import TimeType
from reader.analysis.number_words import (
    EU_NUMBER_WORDS,
    Quantity,
    base_lang,
    parse_digits,
    quantity_starters,
    read_quantity,
    starts_quantity,
    tidy,
)
from reader.analysis.predicates import (
    EN_BASE_PASTS,
    EN_FUTURE_AUXILIARIES,
    EN_IRREGULAR,
    EN_SCHEDULE_VERBS,
    EU_AUXILIARIES,
    EU_FUTURE_AUXILIARIES,
    EU_MODALS,
    EU_NOUN_ARTICLES,
    FUTURE_AUXILIARIES,
    ID_FUTURE_AUXILIARIES,
    ID_PLAN_VERBS,
    ROMANCE_FUTURE_ENDINGS,
    european_present_verb,
    european_verb_strength,
)
from reader.analysis.speech import is_speech_verb
from reader.analysis.timevalues import FISCAL_PREFIX, period_value
from reader.analysis.wordscan import (
    GAP,
    Scan,
    is_capitalized,
    may_start,
    padded,
    scan_words,
    words,
)

#: How a match is resolved: an absolute day handed to dateparser ("date"), a day offset from
#: the publication date ("day"), a weekday ("weekday"), a week or its weekend relative to the
#: publication week ("week", "weekend", with ``offset`` in weeks: valued as TimeML values
#: them, "2026-W48", "2026-W48-WE"), a yearly holiday nearest the publication date ("annual",
#: with ``offset`` = month * 100 + day), a moving feast nearest it ("feast", with ``absolute``
#: the feast's name, see :func:`feast_date`), the time of writing or just before it, with no
#: day but the publication date as its anchor ("reference": "now", "recently"), a whole year,
#: half, season, month, quarter or decade (see :data:`PERIOD_KINDS`), a clock time with no
#: day of its own ("clock": the day named just before it in its sentence, if any), or nothing
#: to resolve ("none": vague, coarse or story-relative).
Kind = Literal["date", "day", "weekday", "week", "weekend", "annual", "feast", "reference",
               "year", "half", "season", "month", "quarter", "decade", "century", "clock",
               "none"]  # fmt: skip
#: Kinds of a period with no single day, valued as TimeML values them, an ISO 8601 date of
#: reduced precision: "2024", "2024-H2", "2025-SU", "2025-03", "2024-Q3", "199" (the
#: 1990s), "19" (the 20th century, the 1900s); a fiscal year is "FY2025". ``absolute`` is
#: that value when the text tells it, with "XXXX" for a year it leaves out ("Maret" →
#: "XXXX-03", the year then chosen by ``direction`` as for a day without its year); without
#: ``absolute`` the period is ``offset`` periods from the publication date's ("bulan lalu",
#: "tiga bulan lalu").
PERIOD_KINDS = frozenset({"year", "half", "season", "month", "quarter", "decade", "century"})
#: Which occurrence of a weekday: most recent on or before the publication date (the news
#: default), strictly before, on or after (future tense), strictly after, in the same
#: Monday-to-Sunday week, in the previous week, in the next week. A day, month or quarter
#: written without its year ("5 Des", "Maret", "the third quarter") is the nearest one, or
#: with "on_or_after" the next one, with "past" (a verb in the past before it) the last one
#: on or before now; a month or quarter may be in the publication year, the one before or
#: the one after ("Maret tahun lalu", "the first quarter of next year").
Direction = Literal["on_or_before", "before", "on_or_after", "after", "past", "this_week",
                    "prev_week", "next_week", "prev_year", "this_year", "next_year"]  # fmt: skip
#: A shift of years from the publication year as a Direction: "tahun lalu" → "prev_year".
_YEAR_DIRECTIONS: dict[int, Direction] = {-1: "prev_year", 0: "this_year", 1: "next_year"}
#: A shift of one period as the Direction of a named part of a year: "musim panas lalu" (the
#: last summer before now) → "before", "kuartal III ini" → "this_year".
_SHIFT_DIRECTIONS: dict[int, Direction] = {-1: "before", 0: "this_year", 1: "after"}


class TimeMatch(NamedTuple):
    """One time expression found in the text and how to resolve it (a named tuple: rules
    build many, and a frozen dataclass takes three times as long to build).

    ``offset`` is in days for kind "day", in weeks for kind "week" and in periods for the
    :data:`PERIOD_KINDS`; ``weekday`` is 0 for Monday. ``absolute`` is the text of an
    absolute date to parse (kind "date") or a period's value (see :data:`PERIOD_KINDS`);
    ``year_given`` is False when the year must come from the publication date ("19 Maret").
    ``deictic`` marks expressions relative to the publication date ("kemarin", "Selasa",
    "pekan lalu"). ``duration`` is an ISO 8601 duration for DURATION, the period for SET.
    """

    start: int
    end: int
    type: TimeType
    kind: Kind = "none"
    offset: int = 0
    weekday: int = -1
    direction: Direction = "on_or_before"
    absolute: str | None = None
    year_given: bool = True
    deictic: bool = False
    duration: str | None = None
    #: True for "N units ..." expressions, whose number is also a quantity for the number
    #: annotator; the digits of calendar dates and clock times are not.
    counted: bool = False
    #: Days counted from a holiday, yearly ("annual") or moving ("feast"): "two days before
    #: Christmas" is -2, "tiga pekan sebelum Idul Adha" -21.
    days: int = 0


# --- vocabulary -----------------------------------------------------------------------------
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


#: The days of Indonesia's moving feasts as its government fixes them (the first day of the
#: holiday), by the feast's key in :data:`_MOVING_FEAST_NAMES`: month and day for each year.
#: Up to 2026 they are the government's own days. Idul Fitri and Idul Adha from 2027 on are
#: reckoned by the MABIMS criterion the government's calendar follows (the crescent at least
#: 3 degrees high and 6.4 degrees from the sun at sunset seen from Indonesia on the day of the
#: new moon), which gives the government's day for every year from 2023 to 2026; Waisak is
#: the full moon of Waisak that Walubi keeps (every year from 2015 to 2026 checked). Both were
#: computed with the astronomical ``ephem`` package and checked against the Umm al-Qura
#: calendar (``hijridate``), neither of which the reader needs at run time. Nyepi follows
#: Bali's own reckoning of the new moon, which astronomy does not settle to the day, so it
#: stops where the government's days do.
_FEAST_DAYS_BY_YEAR: dict[str, dict[int, tuple[int, int]]] = {
    "fitr": {2015: (7, 17), 2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 5),
             2020: (5, 24), 2021: (5, 13), 2022: (5, 2), 2023: (4, 22), 2024: (4, 10),
             2025: (3, 31), 2026: (3, 20), 2027: (3, 10), 2028: (2, 27), 2029: (2, 15),
             2030: (2, 4)},
    "adha": {2015: (9, 24), 2016: (9, 12), 2017: (9, 1), 2018: (8, 22), 2019: (8, 11),
             2020: (7, 31), 2021: (7, 20), 2022: (7, 10), 2023: (6, 29), 2024: (6, 17),
             2025: (6, 6), 2026: (5, 27), 2027: (5, 17), 2028: (5, 5), 2029: (4, 24),
             2030: (4, 13)},
    "imlek": {2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
              2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
              2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
              2030: (2, 3)},
    "nyepi": {2015: (3, 21), 2016: (3, 9), 2017: (3, 28), 2018: (3, 17), 2019: (3, 7),
              2020: (3, 25), 2021: (3, 14), 2022: (3, 3), 2023: (3, 22), 2024: (3, 11),
              2025: (3, 29), 2026: (3, 19)},
    "waisak": {2015: (6, 2), 2016: (5, 22), 2017: (5, 11), 2018: (5, 29), 2019: (5, 19),
               2020: (5, 7), 2021: (5, 26), 2022: (5, 16), 2023: (6, 4), 2024: (5, 23),
               2025: (5, 12), 2026: (5, 31), 2027: (5, 20), 2028: (5, 9), 2029: (5, 28),
               2030: (5, 17)},
}  # fmt: skip
#: The feasts a name may mean, when it leaves open which: English news calls both Idul Fitri
#: and Idul Adha "Eid", so a bare "Eid" is the nearer of the two (see :func:`feast_days`).
_FEAST_CHOICES = {"eid": ("fitr", "adha")}
#: Each name of a moving feast (fixed ones are in _HOLIDAYS), lowercase, with the key of the
#: feast it names in :data:`_FEAST_DAYS_BY_YEAR` or :data:`_FEAST_CHOICES` ("Lebaran" is Idul
#: Fitri's); Ramadan, a month, and a bare "hari raya" name no single day. The grammar finds
#: these names in text; a name made of two ("Hari Raya Idul Fitri", "Easter Sunday") is in
#: :data:`_FEAST_COMPOUNDS`.
_MOVING_FEAST_NAMES: dict[str, str | None] = {
    "lebaran": "fitr", "idul fitri": "fitr", "idulfitri": "fitr", "idul adha": "adha",
    "iduladha": "adha", "imlek": "imlek", "nyepi": "nyepi", "waisak": "waisak",
    "ramadan": None, "ramadhan": None, "paskah": "easter", "easter": "easter", "eid": "eid",
    "eid al-fitr": "fitr", "eid al-adha": "adha", "hari raya": None,
}  # fmt: skip
#: Names of a moving feast made of two the grammar finds one after the other.
_FEAST_COMPOUNDS = {"hari raya idul fitri": "fitr", "hari raya idul adha": "adha",
                    "easter sunday": "easter"}  # fmt: skip


def feast_days(feast: str, year: int) -> list[date] | None:
    """The days in ``year`` that moving feast ``feast`` (a key of :data:`_FEAST_DAYS_BY_YEAR`
    or :data:`_FEAST_CHOICES`, or "easter") may name, or None when one of them is not known."""
    days = [feast_date(one, year) for one in _FEAST_CHOICES.get(feast, (feast,))]
    return None if None in days else [day for day in days if day is not None]


def feast_date(feast: str, year: int) -> date | None:
    """The day of moving feast ``feast`` (a key of :data:`_FEAST_DAYS_BY_YEAR`, or "easter")
    in ``year``, or None when it is not known: Easter by the Gregorian computus, the others
    from the government's calendar (:data:`_FEAST_DAYS_BY_YEAR`)."""
    if feast == "easter":
        return _easter(year)
    month_day = _FEAST_DAYS_BY_YEAR.get(feast, {}).get(year)
    return None if month_day is None else date(year, *month_day)


def _easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = h + weekday - 7 * ((a + 11 * h + 22 * weekday) // 451) + 114
    return date(year, shift // 31, shift % 31 + 1)


def holiday_date(year: int, month: int, day: int, weekday: int = -1) -> date:
    """The day of a holiday in ``year``: ``month``/``day``, or with a ``weekday`` (0 for
    Monday) the first such weekday on or after it (Thanksgiving, the Thursday from 22
    November on). Raises ValueError for a day the year lacks (29 February)."""
    found = date(year, month, day)
    return found if weekday < 0 else found + timedelta(days=(weekday - found.weekday()) % 7)


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
_PARTS_OF_DAY = {
    "id": {"pagi", "siang", "sore", "petang", "malam", "dini hari"},
    "en": {"morning", "afternoon", "evening", "night"},
    "fr": {"matin", "après-midi", "soir"},
    "es": {"por la mañana", "por la tarde", "por la noche"},
    "it": {"mattina", "mattino", "pomeriggio", "sera", "notte"},
    "pt": {"de manhã", "à tarde", "à noite"},
}
#: Weekday modifiers written after the weekday (Indonesian) or before it (English).
_WEEKDAY_AFTER = {
    "id": {"lalu": "before", "kemarin": "before", "depan": "after", "mendatang": "after",
           "ini": "this_week", "pekan lalu": "prev_week", "minggu lalu": "prev_week",
           "pekan depan": "next_week", "minggu depan": "next_week", "pekan ini": "this_week",
           "minggu ini": "this_week"},
    "en": {"last week": "prev_week", "next week": "next_week"},
    "fr": {"dernier": "before", "prochain": "after"},
    "es": {"pasado": "before", "próximo": "after", "que viene": "after"},
    "it": {"scorso": "before", "prossimo": "after"},
    "pt": {"passado": "before", "passada": "before", "próximo": "after", "próxima": "after",
           "que vem": "after"},
}  # fmt: skip
_WEEKDAY_BEFORE = {"en": {"last": "before", "next": "after", "this": "this_week",
                          "coming": "on_or_after"},
                   "de": {"letzten": "before", "vergangenen": "before", "kommenden": "after",
                          "nächsten": "after"},
                   "nl": {"vorige": "before", "afgelopen": "before", "komende": "after",
                          "volgende": "after"},
                   "es": {"próximo": "after", "pasado": "before"},
                   "it": {"prossimo": "after", "scorso": "before"},
                   "pt": {"próximo": "after", "próxima": "after", "passado": "before",
                          "passada": "before"}}  # fmt: skip
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
#: Words after "the" that open a stretch of time: "the past two weeks", "the next decade";
#: those of the second set need an amount ("the final 10 minutes", not "the first week").
_COUNTED_WINDOW_WORDS = frozenset({"following", "previous", "first", "final", "opening"})
_WINDOW_WORDS = frozenset({"past", "last", "next", "coming"}) | _COUNTED_WINDOW_WORDS
#: Words before "the fall" that make it the season ("in the fall", "by the fall"), and
#: before a season with no article ("in winter").
_FALL_CUES = frozenset({"in", "during", "by", "until", "since", "through", "this"})
#: Words between "tahun" and a year that make it a fiscal or school year: "tahun buku 2024",
#: "tahun ajaran 2024/2025".
_ID_FISCAL = frozenset({"buku", "anggaran", "fiskal", "ajaran", "akademik"})
#: Words of a game that make "the third quarter" nearby a period of play; and a score.
_GAME_WORDS = frozenset({"halftime", "half-time", "overtime", "rebounds", "touchdown",
                         "touchdowns", "quarterback", "assists", "innings", "buzzer", "scored",
                         "striker", "goalkeeper", "equaliser", "equalizer"})  # fmt: skip
_SCORE = re.compile(r"\d{1,3}-\d{1,3}")
_VOTE_WORDS = frozenset({"vote", "voted", "votes", "ruling", "ruled", "majority"})
_GAME_REACH = 12
#: How many words before "the first half" an amount or a result makes it a year's half.
_MONEY_REACH = 8
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
#: Words between the two years of a range: "from 2010 to 2018", "2020 hingga 2024".
_RANGE_WORDS = frozenset({"to", "and", "until", "through", "dan", "hingga", "sampai", "-",
                          "\u2013"})  # fmt: skip
#: Words that narrow a period to its start, middle or end: "awal 2024", "late March",
#: "earlier this year", "later this month".
_MODIFIERS = frozenset({"awal", "akhir", "pertengahan", "early", "mid", "late", "earlier",
                        "later"})  # fmt: skip
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
#: Words before an amount that make "a year", "per tahun", "setahun" after it a rate, how
#: often the amount recurs (a SET: "£3bn a year", "Rp 10 juta sebulan"), not a stretch of
#: time: scale words, currencies and units written apart from the number (a number itself,
#: "£3bn", "40%", is told by its digit).
_RATE_AMOUNTS = frozenset({"million", "billion", "trillion", "bn", "m", "percent", "%",
                           "pounds", "dollars", "euros", "juta", "miliar", "triliun", "ribu",
                           "persen", "rupiah", "ton", "tons", "tonnes", "barrels",
                           "barel"})  # fmt: skip
#: Measures of length and volume that make "per hour", "per detik" after them part of a speed
#: or a flow, not a rate that recurs (a SET): "185 km per hour", "500 liter per detik".
_FLOW_MEASURES = frozenset({"km", "kilometer", "kilometers", "kilometre", "kilometres", "mil",
                            "mile", "miles", "meter", "meters", "metre", "metres", "m", "kubik",
                            "cubic", "liter", "liters", "litre", "litres", "knots",
                            "feet"})  # fmt: skip
#: The units of a clock, below a day: the time of a speed or a flow.
_CLOCK_UNITS = frozenset({"H", "MIN", "S"})
#: Modifiers that may narrow a single day too: "early Tuesday", "late yesterday".
_DAY_EDGES = frozenset({"early", "late"})
_DAY_KINDS = frozenset({"weekday", "day"})
#: Kinds that keep their value with "awal", "early", "mid" before them ("early 2021" is
#: 2021 still, as TimeML values it, and "awal pekan depan" is next week's "2026-W49"); the
#: periods whose edge "the middle of next week" is valued as.
_NARROWED_KINDS = PERIOD_KINDS | {"week"}
#: "awal tahun", "akhir bulan": the start or end of the current period, told without "ini".
_ID_PERIOD_EDGES = frozenset({"awal", "akhir", "pertengahan"})
#: Words after a day without its year that say which one: "14 Januari lalu" is the last
#: 14 January, "5 Mei mendatang" (or "nanti") the coming one.
_MONTH_SHIFT: dict[str, dict[str, Direction]] = {
    "id": {"lalu": "before", "kemarin": "before", "mendatang": "after", "depan": "after",
           "nanti": "after"},
    "en": {},
}  # fmt: skip
#: English words before a month name that say which one: "last September", "next March".
_EN_MONTH_BEFORE: dict[str, Direction] = {"last": "before", "next": "after",
                                           "this": "on_or_before"}  # fmt: skip
_DECADE = re.compile(r"(1[6-9]|20)\d0(?:s|-an)")
#: Speech verbs: a future cue before one belongs to what was said, not to the weekday after.
_ATTRIBUTION = frozenset({"said", "says", "told", "announced", "kata", "katanya", "ujar",
                          "ujarnya", "mengatakan", "menyatakan", "menurut"})  # fmt: skip
#: Words before "N tahun" that make it an age: "berusia 52 tahun", "aged 19".
_AGE_CUES = frozenset({"berusia", "usia", "umur", "berumur", "aged", "age"})
#: Ordinal words naming the part of a year: "kuartal pertama", "the first quarter".
_ORDINALS = frozenset({"pertama", "kedua", "ketiga", "keempat", "first", "second", "third",
                       "fourth", "final", "last"})  # fmt: skip
#: Which week of a month: "pekan ketiga Maret", "minggu terakhir bulan ini".
_ID_WEEK_ORDINALS = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir"})
_ROMAN = frozenset({"i", "ii", "iii", "iv", "1", "2", "3", "4"})
#: A century's number in Roman numerals, as Indonesian writes it: "abad XX", "abad ke-XXI".
_ROMAN_CENTURIES = {"xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20, "xxi": 21}
#: English ordinal words that number a century: "the twentieth century".
_CENTURY_ORDINALS = {"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                     "nineteenth": 19, "twentieth": 20, "twenty-first": 21}  # fmt: skip
#: A century's ordinal in digits, alone or glued to the word: "19th", "19th-century".
_CENTURY_DIGITS = re.compile(r"(1\d|2[01]|[1-9])(?:st|nd|rd|th)(-century)?")
#: A century's number after "abad" in Indonesian: "ke-20", "20".
_ID_CENTURY = re.compile(r"(?:ke-)?(1\d|2[01]|[1-9])")
#: Which quarter an ordinal or a number names: "kuartal III", "the third quarter".
_QUARTERS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "first": 1, "second": 2,
             "third": 3, "fourth": 4, "final": 4, "last": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
             "1": 1, "2": 2, "3": 3, "4": 4}  # fmt: skip
#: The halves of a year by their ordinal: "semester kedua", "the first half".
_HALVES = {"pertama": 1, "kedua": 2, "first": 1, "second": 2, "i": 1, "ii": 2, "1": 1, "2": 2}
#: The English words before a season that choose which one: "last summer", "this fall".
_EN_SEASON_SHIFTS: dict[str, Direction] = {"last": "before", "this": "this_year",
                                           "next": "after"}  # fmt: skip
#: The periods whose start or end Indonesian names with "awal", "akhir" that have a value.
_EDGE_KINDS: dict[str, Kind] = {"tahun": "year", "bulan": "month", "pekan": "week"}
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
#: "the end of 2026", "the start of the year": edges of a period, and the periods they take.
_EN_EDGES = frozenset({"end", "start", "beginning", "middle", "turn"})
#: The edge words of both languages, for readers of the words around a time ("until the
#: end of Monday", "hingga akhir Maret": see events' "until").
PERIOD_EDGE_WORDS = _EN_EDGES | _ID_PERIOD_EDGES
_EN_EDGE_PERIODS = frozenset({"year", "month", "week", "decade", "century", "season"})
#: One-word edges of the current year, after a cue: "by year-end", "in mid-year".
_EN_YEAR_EDGES = frozenset({"year-end", "mid-year", "midyear"})
#: The periods whose edge, with "the", is the current one's: "the start of the month".
_EN_CURRENT_PERIODS: dict[str, Kind] = {"year": "year", "month": "month", "week": "week"}
#: A quarter or half number glued to its year: "kuartal IV-2024", "kuartal I/2025",
#: "semester I-2025".
#: Days before a feast in Indonesian: "H-3" (three days before Lebaran).
_FEAST_COUNTDOWN = re.compile(r"h-\d{1,2}")
_ROMAN_YEAR = re.compile(r"(?:i{1,3}|iv|[1-4])[-/](?:1[6-9]|20)\d{2}")
_SEASONS = {
    "id": frozenset({"panas", "dingin", "semi", "gugur", "hujan", "kemarau"}),
    "en": frozenset({"spring", "summer", "autumn", "winter"}),
}
#: The seasons of TimeML (1 spring "SP", 2 summer "SU", 3 fall "FA", 4 winter "WI", see
#: :data:`reader.analysis.timevalues.SEASON_CODES`); the tropical "musim hujan", "musim
#: kemarau" are none of them and have no value.
_SEASON_NUMBERS = {"spring": 1, "semi": 1, "summer": 2, "panas": 2, "autumn": 3, "fall": 3,
                   "gugur": 3, "winter": 4, "dingin": 4}  # fmt: skip
#: Holidays on a fixed day: (month, day). Moving feasts (Idul Fitri, Easter) are not here.
_HOLIDAYS: dict[tuple[str, ...], tuple[int, int]] = {
    ("natal",): (12, 25), ("malam", "natal"): (12, 24), ("tahun", "baru"): (1, 1),
    ("malam", "tahun", "baru"): (12, 31), ("hari", "kemerdekaan"): (8, 17),
    ("christmas",): (12, 25), ("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24),
    ("boxing", "day"): (12, 26), ("new", "year", "day"): (1, 1),
    ("new", "year", "eve"): (12, 31), ("valentine", "day"): (2, 14),
    ("halloween",): (10, 31), ("juneteenth",): (6, 19), ("fourth", "of", "july"): (7, 4),
    ("veterans", "day"): (11, 11), ("hari", "buruh"): (5, 1), ("hari", "pahlawan"): (11, 10),
    ("hari", "kartini"): (4, 21), ("hari", "sumpah", "pemuda"): (10, 28),
    ("hari", "lahir", "pancasila"): (6, 1), ("hari", "guru", "nasional"): (11, 25),
    ("hari", "ibu"): (12, 22), ("hari", "santri"): (10, 22),
}  # fmt: skip
#: Lowercase words that open Indonesian holiday names: the name after them is capitalised.
_HOLIDAY_OPENERS = frozenset({"malam", "hari"})
#: American holidays on a weekday of a month: (month, the first day it can fall on, the
#: weekday, 0 for Monday): Thanksgiving is the Thursday from 22 November on (the fourth).
_WEEKDAY_HOLIDAYS: dict[tuple[str, ...], tuple[int, int, int]] = {
    ("election", "day"): (11, 2, 1), ("thanksgiving",): (11, 22, 3),
    ("thanksgiving", "day"): (11, 22, 3), ("labor", "day"): (9, 1, 0),
    ("memorial", "day"): (5, 25, 0), ("martin", "luther", "king", "day"): (1, 15, 0),
    ("martin", "luther", "king", "jr", ".", "day"): (1, 15, 0), ("mlk", "day"): (1, 15, 0),
    ("black", "friday"): (11, 23, 4), ("cyber", "monday"): (11, 26, 0),
}  # fmt: skip
#: Words that put a clause in the past (besides English verbs in -ed), so a month without
#: its year is the last one: "sold 3,000 cars in March", "sudah dibayar pada Juli".
_PAST_WORDS = {
    "id": frozenset({"telah", "sudah", "sempat", "pernah"}),
    # (and the irregular pasts: see _EN_IRREGULAR_PASTS; "hit", a past far more often than
    # a noun, is one of them)
    "en": frozenset({"was", "were", "had", "did", "got", "hit"}),
    # other European languages: the past of "be" and "have", and the verbs of a change that
    # business news reports a past quarter or month with ("wuchs im ersten Quartal", "a
    # reculé au troisième trimestre", "creció en el segundo trimestre"); speech verbs are
    # left out, as what was said may be ahead
    "de": frozenset({"war", "waren", "hatte", "hatten", "wuchs", "sank", "stieg", "fiel",
                     "schrumpfte", "lag", "lagen"}),
    "nl": frozenset({"was", "waren", "had", "hadden", "groeide", "daalde", "steeg", "stegen",
                     "kromp", "lag", "lagen"}),
    "fr": frozenset({"était", "étaient", "avait", "avaient", "progressé", "reculé",
                     "augmenté", "baissé", "chuté", "grimpé", "diminué", "enregistré"}),
    "es": frozenset({"fue", "fueron", "era", "eran", "había", "habían", "creció", "cayó",
                     "subió", "bajó", "aumentó", "registró"}),
    "it": frozenset({"era", "erano", "aveva", "avevano", "cresciuto", "calato", "sceso",
                     "salito", "aumentato", "diminuito", "registrato"}),
    "pt": frozenset({"foi", "foram", "era", "eram", "tinha", "tinham", "cresceu", "caiu",
                     "subiu", "recuou", "aumentou", "registrou", "registou"}),
}  # fmt: skip
#: Indonesian verbs of a happening that news reports once it is over, so put their clause in
#: the past as "telah" does: "Kecelakaan itu terjadi pada 14 Maret", "tewas pada 12 Maret".
#: Plans and notices are left out: "digelar", "ditutup" ("Pendaftaran ditutup pada 20 Maret")
#: announce as often as they report.
_ID_DONE_VERBS = frozenset({"terjadi", "tewas", "meninggal", "wafat", "ditangkap", "diamankan",
                            "ditemukan", "tenggelam", "terbakar", "dibunuh", "ditembak",
                            "meledak", "ambruk"})  # fmt: skip
#: Words shortly before such a verb that make it a forecast, a condition or a denial, no
#: report: "diperkirakan terjadi", "memperkirakan puncak kasus terjadi", "jika hujan terjadi",
#: "belum ditemukan" (a future cue, "akan", is found first).
_ID_NOT_DONE = frozenset({"diperkirakan", "diprediksi", "diprakirakan", "memperkirakan",
                          "memprediksi", "memprakirakan", "meramalkan", "khawatir", "berharap",
                          "berpotensi", "bisa", "dapat", "mungkin", "belum", "tidak", "tak",
                          "jika", "bila", "apabila", "kalau", "agar", "supaya"})  # fmt: skip
#: The irregular English pasts and participles that tell the past ("bought", "sold",
#: "taken"), as the -ed ones do.
_EN_IRREGULAR_PASTS = EN_IRREGULAR - EN_BASE_PASTS
#: English words in -ed that are no verb in the past: "two hundred", "a limited run".
_NOT_PAST_ED = frozenset({"hundred", "indeed", "need", "speed", "proceed", "exceed", "succeed",
                          "seed", "feed", "breed", "limited", "united", "related", "detailed",
                          "based", "sacred", "wicked", "kindred", "rugged"})  # fmt: skip
#: Conjunctions that open a new clause after a comma: its tense is its own.
_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas", "dan", "tetapi", "namun",
                            "sedangkan"})  # fmt: skip
#: Owners before a company's period: "its fiscal second quarter".
_OWNERS = frozenset({"its", "their", "our", "his", "her"})
#: Words before an English participle that make it a passive, no past: "will be dissolved".
_PASSIVE_BEFORE = frozenset({"be", "been", "being", "is", "are", "am"})
#: Words before a day or period without its year that put it in the past: "sejak Juni".
_SINCE = frozenset({"since", "sejak"})
#: Verbs of a target or plan, ahead of their clause's past tense ("sudah menargetkan",
#: "has pledged"): the plan verbs the predicates know and more.
_TARGET_VERBS = ID_PLAN_VERBS | {
    "menargetkan",
    "merencanakan",
    "menjadwalkan",
    "mematok",
    "targeted",
    "planned",
    "pledged",
    "promised",
    "vowed",
}
#: Words before a period that make it a deadline, told ahead even in a past clause.
_DEADLINE_WORDS = frozenset({"by", "until", "till", "hingga", "sampai", "sebelum"})
#: Clause words that put a bare weekday in the future ("akan bertemu Kamis"): the future
#: auxiliaries and plan verbs the predicates read as such, and more.
_FUTURE_CUES = {
    "id": {"menargetkan", "lambat", "nanti", "mendatang", "diperkirakan", "diprediksi",
           "diprakirakan"} | ID_FUTURE_AUXILIARIES | ID_PLAN_VERBS,
    "en": {"'ll", "\u2019ll", "planned", "plans", "plan", "upcoming", "due", "set", "going",
           "travel", "travels", "visit", "visits", "meet", "meets", "face", "faces", "host",
           "hosts", "play", "plays", "begin", "begins", "start", "starts", "resume", "resumes",
           "return", "returns", "vote", "votes", "reopen", "reopens", "expire", "expires",
           "starting", "effective"}
          | EN_FUTURE_AUXILIARIES | EN_SCHEDULE_VERBS,
    # the other European languages: auxiliaries of the future, modals and "begins" (a
    # schedule)
    "de": {"beginnt", "geplant"} | EU_FUTURE_AUXILIARIES["de"] | EU_MODALS["de"],
    "nl": {"gaat", "gaan", "begint", "gepland"} | EU_FUTURE_AUXILIARIES["nl"]
          | EU_MODALS["nl"],
    "fr": {"commence", "prévu", "prévue"} | EU_FUTURE_AUXILIARIES["fr"] | EU_MODALS["fr"],
    "es": {"comienza", "empieza", "previsto", "prevista"} | EU_FUTURE_AUXILIARIES["es"]
          | EU_MODALS["es"],
    "it": {"inizia", "previsto", "prevista"} | EU_MODALS["it"],
    "pt": {"começa", "previsto", "prevista"} | EU_FUTURE_AUXILIARIES["pt"]
          | EU_MODALS["pt"],
}  # fmt: skip
#: The words that bring a day before them in those languages ("am Donnerstag", "op
#: vrijdag", "el domingo", "na quinta-feira"): the verb stands before them.
_DAY_PREPOSITIONS = frozenset({"am", "op", "el", "na", "no"})
#: "For" in those languages: a day it brings is one something is set for, ahead.
_AHEAD_PREPOSITIONS = frozenset({"para", "pour", "per", "voor", "für"})
#: Words that close a stretch at a day: "until Saturday", "hingga Sabtu" (also read by
#: :mod:`reader.analysis.events`); here with "through" too ("is closed through Sunday").
UNTIL_WORDS = frozenset({"until", "till", "hingga", "sampai"})
_UNTIL_WORDS = UNTIL_WORDS | {"through"}
#: Present-tense words before "until <day>" that make the day one ahead ("is closed until"),
#: and a deadline moved on ("has extended its warning until", "adjourned the trial until").
_PRESENT_CUES = {
    "id": frozenset({"masih", "tetap", "berlaku", "diperpanjang", "ditunda", "diundur",
                     "diskors"}),
    "en": frozenset({"is", "are", "remains", "remain", "stays", "stay", "runs", "lasts",
                     "continues", "'s", "\u2019s", "extended", "extends", "adjourned",
                     "adjourns", "postponed", "postpones", "delayed", "delays", "deferred",
                     "defers", "suspended", "suspends", "recessed"}),
}  # fmt: skip
#: English present forms of "be" that put the day they name ahead: "The vote is on
#: Tuesday", "The final is Sunday" (a past event would be "was").
_EN_IS = frozenset({"is", "are", "'s", "\u2019s"})
#: English participles of a schedule or forecast: after "is"/"are" they put the day they
#: bring ahead ("Rain is forecast for Friday", "The vote is scheduled on Monday", "is due
#: Friday"), as "is" alone does.
_EN_SCHEDULED = frozenset({"forecast", "expected", "scheduled", "set", "due", "slated",
                           "planned", "billed", "timetabled", "pencilled", "penciled"})  # fmt: skip
#: Words that make the future cue after them a noun ("a plan", "the visit", "their return").
_NOUN_MARKERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this"})
#: Articles two words before a future cue that still make it a noun ("a state visit").
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
#: Words before a bare year or month that make it a date ("pada 2024", "in March").
#: Spanish and Portuguese words between day, month and year: "17 de marzo de 2025".
_MONTH_YEAR_LINKS = frozenset({"de"})
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
#: Indonesian nouns a year names without a cue ("Pilkada 2024", "serentak 2024", "APBN
#: 2025"): elections, budgets, editions and seasons, each held in a year.
_ID_YEAR_NOUNS = frozenset({"pemilu", "pilkada", "pilpres", "pileg", "pemilihan", "serentak",
                            "apbn", "apbd", "rapbn", "rapbd", "periode", "angkatan", "edisi",
                            "musim", "sensus", "olimpiade", "games", "lebaran", "mudik",
                            "ramadan", "ramadhan", "natal"})  # fmt: skip
_SET_WORDS = {"id": {"setiap", "tiap", "saban"}, "en": {"every", "each"}}
#: English words that are a SET on their own, with their period: "a quarterly dividend",
#: "paid semiannually". ("weekly", "monthly" and "daily" are left out: "weekly earnings" and
#: "the Daily Mail" name a measure or a paper more often than they tell how often.)
_SET_ADVERBS = {"en": {"quarterly": "P3M", "annually": "P1Y", "semiannually": "P6M"}}
#: Words after a bare Indonesian month that place it from now: "Juni lalu", "Maret depan".
_ID_MONTH_SHIFTS: dict[str, Direction] = {"lalu": "before", "silam": "before", "depan": "after",
                                          "mendatang": "after"}  # fmt: skip
#: English words between an amount and its time unit: "dozens of years", "eleven
#: consecutive weeks", "five working days", "two full weeks", "three more years".
_OF_OR_RUN = frozenset({"of", "consecutive", "straight", "successive", "working", "business",
                        "full", "whole", "calendar", "additional", "extra", "more"})  # fmt: skip
#: Indonesian words after "hari" that say which days are counted: "tiga hari kerja", "lima
#: hari perdagangan" (trading days).
_ID_DAY_KINDS = frozenset({"kerja", "kalender", "perdagangan", "bursa"})
#: "and" between the parts of one amount of time: "two hours and 41 minutes".
_AND = frozenset({"and", "dan"})
#: Words joining two weekdays of one weekly SET: "setiap Senin dan Kamis".
_WEEKDAY_JOINERS = frozenset({"dan", "and", "atau", "or"})
#: A quarter of the year after "setiap"/"every": "every quarter", "setiap triwulan".
_QUARTER_WORDS = frozenset({"quarter", "kuartal", "triwulan"})
_ANY_SET_ADVERB = frozenset().union(*_SET_ADVERBS.values())  # the cheap test first
#: Nouns after "quarterly" that name one period's figures, not a recurrence: "a quarterly
#: loss", "quarterly results".
_RESULT_WORDS = frozenset({"loss", "losses", "profit", "profits", "earnings", "results",
                           "revenue", "sales", "report", "figures", "net", "income", "gain",
                           "decline", "deficit", "surplus", "growth"})  # fmt: skip
#: "tiga kali sehari" (three times a day); "twice a week".
_ID_PER_UNIT = {"sehari": "P1D", "seminggu": "P1W", "sepekan": "P1W", "sebulan": "P1M",
                "setahun": "P1Y"}  # fmt: skip
_TIMES = {"id": {"kali"}, "en": {"times"}}
#: Words between "tiga kali" and its period: "dua kali dalam setahun", "dua kali per pekan".
_ID_PER_WORDS = frozenset({"dalam", "per", "tiap", "setiap"})
#: Words that are a count of times on their own: "once a week", "sekali seminggu" (an
#: Indonesian "sekali" is a SET only with its period after it: "besar sekali" is "very big").
_ONCE = {"en": {"once": 1, "twice": 2}, "id": {"sekali": 1}}
_TIME_ZONES = {"WIB", "WITA", "WIT", "GMT", "UTC", "ET", "EST", "EDT", "PT", "PST", "PDT",
               "CET", "CEST", "BST", "JST", "AEST", "AEDT"}  # fmt: skip
_CLOCK_CUES = {"id": {"pukul", "jam"}, "en": set()}
_AM_PM = {"am", "pm", "a.m", "p.m"}
#: How many words before a time its tense cues may stand (:meth:`_Grammar.clause_before`).
_CLAUSE_REACH = 11
#: Punctuation that ends the reach of a future cue: sentence ends, quotes, brackets, dashes;
#: and the word scan's gap, past which lie words of another stretch (often an earlier sentence).
_CLAUSE_BREAKS = frozenset((*';:.!?"()\u201c\u201d\u2013\u2014', GAP))
#: Punctuation after which a word starts a sentence (or a quotation).
_SENTENCE_OPENERS = frozenset('.!?"\u201c\u2018')

_CLOCK = re.compile(r"([01]?\d|2[0-3]|24(?=[.:]00))(?:[.:]([0-5]\d))?")  # "24.00" ends a day
_CLOCK_AMPM = re.compile(r"(1[0-2]|0?\d)(?:[.:]([0-5]\d))?(am|pm)")
#: A span of clock times written as one word: "14.00-16.00", "09:30-11:00".
_CLOCK_RANGE = re.compile(r"([01]?\d|2[0-3])[.:][0-5]\d-([01]?\d|2[0-3])[.:][0-5]\d")
#: Words between two clock times: "pukul 14.00 - 16.00", "pukul 08.00 hingga 10.00".
#: The words that may link a clock time to the day after it: "4 p.m. on Thursday", "pukul
#: 10.00 WIB, Senin (23/11)", "pukul 13.00 WIB pada Sabtu (14/2/2026)".
_CLOCK_DAY_LINKS = {"en": frozenset({"on"}), "id": frozenset({",", "pada"})}
#: Words between the first and the last day of a range of one month: "3 hingga 16 Februari".
_DAY_JOINERS = frozenset({"hingga", "sampai", "-", "\u2013", "dan", "to", "and", "until",
                          "through"})  # fmt: skip
_CLOCK_JOINERS = frozenset({"-", "\u2013", "hingga", "sampai", "to", "until"})
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?")
_DAY_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
#: Days of one month written as one word: "27-29" in "27-29 Agustus", "June 10-12".
_DAY_RANGE = re.compile(r"(\d{1,2})[-\u2013](\d{1,2})")
_YEAR = re.compile(r"(1[6-9]|20)\d{2}")
#: A fiscal year as business news writes it in one word: "FY2025", "FY25", "FY2024/25".
_FISCAL_YEAR = re.compile(r"fy(?:20)?\d{2}(?:/(?:20)?\d{2})?")
#: A span of years written as one word: "2018-2021", "1998\u20132002", "2024/2025" (a school
#: or fiscal year).
_YEAR_RANGE = re.compile(r"(?:1[6-9]|20)\d{2}[-\u2013/](?:1[6-9]|20)\d{2}")
#: Words before "year" that name a year across two: "the 2027-28 school year".
_YEAR_KINDS = frozenset({"school", "academic", "fiscal", "financial", "tax", "crop"})
#: A season of two years with the second cut short: "2025-26", "2019/20".
_SEASON_YEARS = re.compile(r"(?:1[6-9]|20)(\d{2})[-\u2013/](\d{2})")


def _part_of_year(period: str, ordinal: str) -> tuple[Kind, int]:
    """Which part of a year a period word and its ordinal name: ("kuartal", "ketiga") → the
    third quarter, ("semester", "ii") → the second half; ("none", 0) for others (a
    "caturwulan", a "third half")."""
    if period in _QUARTER_WORDS:
        return "quarter", _QUARTERS.get(ordinal, 0)
    if period in ("semester", "half") and ordinal in _HALVES:
        return "half", _HALVES[ordinal]
    return "none", 0


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
    return tuple(_Grammar(word_scan(doc), doc.lang, starts).run())


_Rule = Callable[["_Grammar", int], "tuple[int, TimeMatch] | None"]
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


_HOLIDAY_PHRASES = _by_first_word([*_HOLIDAYS, *_WEEKDAY_HOLIDAYS])
#: The phrase sets that :meth:`_Grammar.words_at` looks for, as tables by first word (built
#: once: most words start none of them, and the table says so in one look-up).
_PARTS_OF_DAY_OPTIONS = _options_by_lang(_PARTS_OF_DAY)
_WEEKDAY_AFTER_OPTIONS = _options_by_lang(_WEEKDAY_AFTER)
_ID_PERIOD_UNITS = _options(_PERIOD_SHIFT["id"][0])
_ID_PERIOD_SHIFTS = _options(_PERIOD_SHIFT["id"][1])
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
_ID_WEEKEND = _options({"akhir pekan"})
_ID_NEXT_DAY = _options({"keesokan harinya", "keesokan hari", "esok harinya"})
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
_REFERENCE_WORDS = {lex: _options(_NOW_WORDS[lex] | _LATELY_WORDS[lex]) for lex in _NOW_WORDS}
#: The PRESENT_REF and PAST_REF expressions of every language, lowercase: events told with
#: one happen on the reference day or shortly before it (see narrative.rough_past_day).
PRESENT_WORDS = frozenset().union(*_NOW_WORDS.values())
LATELY_WORDS = frozenset().union(*_LATELY_WORDS.values())
#: What may follow a named period: "semester ini", "kuartal pertama tahun lalu" (see
#: :meth:`_Grammar._period_year`).
#: Words after a named period that tell it from the story, leaving it no value: "akhir
#: tahun itu" (the end of that year).
_ID_THAT = frozenset({"itu", "tersebut"})
_ID_AFTER_NAMED_PERIOD = _options(
    {"ini", "lalu", "depan", "mendatang", "tahun ini", "tahun lalu", "tahun depan"}
)
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
#: Words that may open a century: "abad ke-20", "twentieth century" (digits too: "19th").
_CENTURY_HEADS = {"id": {"abad"}, "en": set(_CENTURY_ORDINALS)}
_MOVING_FEASTS = _options(_MOVING_FEAST_NAMES)
#: Words after a moving feast that name its day: "Thanksgiving Day", "Easter weekend".
_FEAST_DAYS = frozenset({"day", "eve", "weekend"})
_ID_CLOCK_WORDS = _options({"tengah malam", "tengah hari", "dini hari"})
#: English words for a time of day of their own: "at noon", "by midnight", "restored
#: overnight".
_EN_NOON_WORDS = frozenset({"noon", "midday", "midnight", "overnight"})
#: Market words that make "early", "late" before them a time of the trading day: "shares
#: fell 2% in early trading".
_TRADING = frozenset({"trading", "trade", "deals", "dealings"})
#: English times of day that name no day, and the words before them that make them a time
#: ("at dawn", not "the dawn of a new era").
_EN_DAWN_WORDS = frozenset({"dawn", "dusk", "daybreak", "sunrise", "sunset"})
_EN_DAWN_CUES = frozenset({"at", "before", "after", "by", "until", "till", "since", "from"})
#: Words after a clock time that say whose clock it is: "pukul 09.00 waktu setempat", "23:47
#: local time" (part of the TIMEX3, as a zone is).
_LOCAL_TIME = {"id": _options({"waktu setempat"}), "en": _options({"local time"})}


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
    named |= _ID_PERIOD_EDGES if lex == "id" else set()
    if lex == "id":
        named |= set(_UNITS["id"])  # "bulan sebelumnya"
    if lex == "en":
        named |= {"q1", "q2", "q3", "q4", "the", "this", "last", "next", "recent", "fiscal"}
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

#: The only words after "the" with which a rule matches: "the past two weeks" (window),
#: "the day before yesterday" (day word), "the first quarter", "the end of 2026", "the
#: summer", "the following day", "the week before", "the year" (named period).
#: :meth:`_Grammar.run` tries no rule at any other "the", the most common word of English.
_AFTER_THE = (
    _WINDOW_WORDS | _EN_EDGES | _ORDINALS | _REPORTING_PERIOD_WORDS | _SEASONS["en"]
    | _STORY_WORDS | _COUNTED_UNITS | {"fiscal", "quarter", "weekend", "fall"}
)  # fmt: skip


class _Grammar:
    """Left-to-right longest match over the words of one text."""

    def __init__(self, scan: Scan, lang: str, sentence_starts: frozenset[int]):
        self.words = scan.words
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
                found.append(self.with_same_period(i, self.with_modifier(i, best[1], found)))
                free = best[0]
        return found

    def with_same_period(self, i: int, match: TimeMatch) -> TimeMatch:
        """Take "the same period" before a year into the span, as one DATE: "periode yang
        sama tahun lalu", "hari yang sama tahun lalu" (English "the same period" is a named
        period of its own, before "last year")."""
        if match.type != "DATE" or self.low(i - 1) != "sama" or self.low(i - 2) != "yang":
            return match
        if self.low(i - 3) not in _ID_SAME_NOUNS:
            return match
        return match._replace(start=self.words[i - 3].start, kind="none")

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
        return match._replace(start=self.words[i - size].start)

    # --- helpers -------------------------------------------------------------------------
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

    def future_clause(self, i: int, others: frozenset[str] | None = None) -> bool:
        """True when a future cue ("akan", "will"), or instead one of ``others`` when given,
        comes shortly before, in the same sentence and outside any quotation that ends in
        between."""
        cues = _FUTURE_CUES.get(self.lex, set()) if others is None else others
        if cues.isdisjoint(self.scan_lows[max(0, i - _CLAUSE_REACH) : i]):
            return False  # no cue in reach (most weekdays): no need to walk back
        for k in self.clause_before(i):
            if self.words[k].low in _ATTRIBUTION:
                return False  # "..., a spokesperson said on Thursday": the saying is past
            if self.words[k].low in cues and not self.noun_cue(k):
                return True  # not "endorsed a plan on Thursday": "plan" is a noun there
            if others is None and self.told_past(k):
                return False  # "Harbour reopens … reopened on Monday": the nearer verb tells
        return False

    def told_past(self, k: int) -> bool:
        """Is word ``k`` a verb in the past ("was", "reopened"; see :data:`_PAST_WORDS`), not
        a participle of the passive ("will be held")?"""
        if self.words[k].low in _PAST_WORDS.get(self.lex, ()):
            return self.low(k - 1) not in _PASSIVE_BEFORE
        return self.en_past_verb(k)

    def european_future(self, i: int) -> bool:
        """Other European languages: True when a verb in the future tense (see
        :data:`~reader.analysis.predicates.ROMANCE_FUTURE_ENDINGS`) or a future cue stands in
        the clause of word ``i``, before it or after it, as a weekday often opens the clause
        there: "El jueves se publicarán los datos", "parlerà giovedì", "Donderdag begint de
        verkoop"."""
        if self.lex in _MONTHS:
            return False
        endings = ROMANCE_FUTURE_ENDINGS.get(self.lex, ())
        cues = _FUTURE_CUES.get(self.lex, set())
        after = range(i + 1, min(len(self.words), i + _CLAUSE_REACH))
        modals = EU_MODALS.get(self.lex, frozenset())
        for ks in (self.clause_before(i), after):
            for k in ks:
                word = self.words[k]
                if word.text in _CLAUSE_BREAKS:
                    break
                if word.low.endswith(endings) and not is_capitalized(word):
                    return True  # "Da lunedì … non potranno entrare"
                if word.low in modals and k > i + 1:
                    continue  # a modal after the day's verb is another clause's: "gezegd dat … wil"
                if word.low in cues:
                    return True
        return self.set_for(i) or self.european_present(i)

    def set_for(self, i: int) -> bool:
        """True when "for" (and an article) brings the day at word ``i``: "marcada para
        sexta-feira", "prévu pour vendredi", "convocada para el viernes", "gepland voor
        vrijdag": what is set for a day is ahead."""
        before = self.low(i - 1)
        if before in _DAY_PREPOSITIONS:
            before = self.low(i - 2)
        return before in _AHEAD_PREPOSITIONS

    def european_present(self, i: int) -> bool:
        """True when the verb right before the day at word ``i`` (and its "am", "op", "el",
        and a named object: "defronta a Escócia na terça-feira") is in the present ("Das
        Gericht entscheidet am Donnerstag", "Ajax speelt vrijdag", "le Sénat vote jeudi")
        and no auxiliary or past verb stands earlier in the clause ("a tenu une conférence
        de presse mardi"): news tells what is coming so."""
        if self.lex not in EU_AUXILIARIES:
            return False
        lang = self.lex
        k = i - 1 - (self.low(i - 1) in _DAY_PREPOSITIONS)
        articles = EU_NOUN_ARTICLES[lang]
        for _ in range(3):  # back over a named object: "defronta a Escócia na terça-feira"
            if k > 1 and (is_capitalized(self.words[k]) or self.low(k) in articles):
                k -= 1
        if k < 1 or is_capitalized(self.words[k]):
            return False
        if not european_present_verb(self.low(k), self.low(k - 1), lang):
            return False
        auxiliaries = EU_AUXILIARIES[lang]
        return not any(
            self.low(j) in auxiliaries
            or european_verb_strength(self.low(j), self.low(j - 1), lang) == 1
            for j in self.clause_before(k)
            if not is_capitalized(self.words[j])
        )

    def clause_before(self, i: int) -> Iterator[int]:
        """The words shortly before word ``i`` in its clause, nearest first: up to
        :data:`_CLAUSE_REACH` of them, back to a clause break (a dot of an abbreviation is
        none)."""
        for k in range(i - 1, max(0, i - _CLAUSE_REACH) - 1, -1):
            if self.words[k].text in _CLAUSE_BREAKS and not self.abbreviation_dot(k):
                return
            yield k

    def noun_cue(self, k: int) -> bool:
        """Is the future cue at word ``k`` a noun: after a determiner ("a plan", "their
        return") or after "a"/"an" and one more word ("returned from a trade visit"), which
        leaves an auxiliary a verb ("A court will hear")?"""
        if self.low(k - 1) in _NOUN_MARKERS:
            return True
        return self.low(k - 2) in _INDEFINITE_ARTICLES and self.low(k) not in FUTURE_AUXILIARIES

    def until_now(self, i: int) -> bool:
        """True when a day ``i`` ends a state that holds now: "the road is closed until
        (9am on) Saturday", "masih ditutup hingga Sabtu", so the day is ahead."""
        before = {self.low(k) for k in range(i - 4, i)}
        if before.isdisjoint(_UNTIL_WORDS):
            return False
        return self.future_clause(i, _PRESENT_CUES.get(self.lex, frozenset()))

    def scheduled_on(self, i: int) -> bool:
        """True when the English day at word ``i`` is ahead by the clause around it: after a
        present "is" ("The vote is on Tuesday"; "Rain is forecast for Friday"), unless the
        day owns what is ("The suspect in the attack is Sunday's bomber" names a past event
        by its day), or a deadline in a clause with no verb in the past ("crews expect to
        restore power by Friday"; not "had risen by Friday")."""
        if self.lex != "en":
            return False
        before = self.low(i - 1)
        if before in _EN_IS or (before == "on" and self.low(i - 2) in _EN_IS):
            return i not in self._owners
        k = i - 1 - (before in ("for", "on"))  # "is forecast for Friday", "is due Friday"
        if self.low(k) in _EN_SCHEDULED and self.low(k - 1) in _EN_IS:
            return True
        if before != "by":
            return False
        after = range(i + 1, min(len(self.words), i + _CLAUSE_REACH))
        for k in (*self.clause_before(i), *after):
            if self.words[k].text in _CLAUSE_BREAKS:
                break
            if self.low(k) in _PAST_WORDS["en"] or self.en_past_verb(k):
                return False
        return True

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

    def is_score(self, k: int) -> bool:
        """A "118-104" that is no range ("5-6 percent") and no vote ("voted 7-2")."""
        if self.low(k + 1) in ("%", "percent", "per"):
            return False
        return _VOTE_WORDS.isdisjoint((self.low(k - 1), self.low(k - 2)))

    def part_of_day(self, j: int) -> int:
        """How many words a part of the day ("malam", "dini hari", "night") takes at ``j``."""
        option = self.phrase_at(j, _PARTS_OF_DAY_OPTIONS.get(self.lex, {}))
        return len(option) if option else 0

    # --- rules: each returns (next word index, match) or None -----------------------------
    def _weekday(self, i: int, told_at: int | None = None) -> tuple[int, TimeMatch] | None:
        """Match a weekday ("Selasa", "hari Senin", "next Friday", "Sabtu (8/11/2025)"); its
        tense is read before word ``told_at`` when a clock time told on it starts there
        ("will parade the trophy through the town at 2 p.m. on Saturday").
        """
        first = i
        direction: Direction = "on_or_before"
        before = _WEEKDAY_BEFORE.get(self.lex, {})
        if self.low(i) in before and self.low(i + 1) in self.weekdays:
            direction = before[self.low(i)]  # type: ignore[assignment]
            i += 1
        elif self.lex == "id" and self.low(i) == "hari":
            i += 1
        day = self.weekdays.get(self.low(i))
        if day is None:
            return None
        word = self.words[i]
        # "minggu" is also "week": only a capitalised mid-sentence "Minggu" is Sunday
        if (self.lex == "id" and word.low == "minggu" and first == i
                and (not is_capitalized(word) or self.sentence_initial(i))):  # fmt: skip
            return None
        j = i + 1
        if first < i and self.low(j) == "of" and self.month_at(j + 1):
            # "the last Monday of September": that month's, not last week's
            start = first - (self.low(first - 1) == "the")
            return self.match(start, j + 2, "DATE")
        modifier = self.words_at(j, _WEEKDAY_AFTER_OPTIONS.get(self.lex, {}))
        if modifier:
            direction = _WEEKDAY_AFTER[self.lex][modifier]  # type: ignore[assignment]
            j += len(modifier.split())
        elif direction == "on_or_before" and (
            self.future_clause(first if told_at is None else told_at)
            or self.until_now(first)
            or self.european_future(first)
            or self.scheduled_on(first)
        ):
            direction = "on_or_after"
        # a date written after the weekday decides: "Selasa (18/3)", "Tuesday, March 18",
        # also after its part of the day: "Sabtu malam (21/11)"
        dated = self._date_after_weekday(j)
        lead = 0 if dated is not None else self.part_of_day(j)
        if lead and self.low(j + lead) == "(":
            dated = self._date_after_weekday(j + lead)
        if dated is not None:
            end, date_match = dated
            part = lead or self.part_of_day(end)  # "Sabtu (8/11/2025) malam"
            end += part - lead
            timed = self.clock_after(end)  # "Rabu (16/12) pukul 14.00 WIB"
            part, end = part or timed - end, timed
            start = self.words[first].start
            return end, TimeMatch(start, self.words[end - 1].end, "TIME" if part else "DATE",
                                  "date",
                                  absolute=date_match.absolute,
                                  year_given=date_match.year_given,
                                  deictic=not date_match.year_given)  # fmt: skip
        part = self.part_of_day(j)
        end = self.clock_after(j + part)  # "Minggu pukul 21.00 WIB"
        fused = word.low.endswith(_FUSED_PARTS_OF_DAY.get(self.lex, ()))  # "Dienstagabend"
        return self.match(first, end, "TIME" if end > j or fused else "DATE", kind="weekday",
                          weekday=day, direction=direction, deictic=True)  # fmt: skip

    def clock_after(self, j: int) -> int:
        """Where a day ending before word ``j`` ends with the clock time that may follow it
        ("pukul 14.00 WIB", "at 10 a.m."): one TIME with it, as TimeML tags "Selasa (7/10)
        pukul 23.14 WITA"; ``j`` without one."""
        k = j + (self.low(j) == ",")  # "Senin, 30 November 2026, pukul 09.00 WIB"
        if self.lex == "en" and self.low(j) == "at" and self.low(j + 1)[:1].isdigit():
            k = j + 1  # "Monday at 10 a.m."
        elif self.lex != "id" or self.low(k) != "pukul":
            return j
        clock = self._clock(k)
        return clock[0] if clock else j

    def _date_after_weekday(self, j: int) -> tuple[int, TimeMatch] | None:
        if self.low(j) == "(":
            hit = self._numeric_date(j + 1, after_weekday=True) or self._month_date(j + 1)
            if hit and self.low(hit[0]) == ")":
                return hit[0] + 1, hit[1]
            return None
        if self.low(j) == ",":
            return self._month_date(j + 1)
        if self.lex != "en" and "/" in self.low(j):  # "Senin 1/3": day and month, no brackets
            return self._numeric_date(j, after_weekday=True)
        return None

    def _month_date(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "19 Maret 2025", "19 Maret", "March 19, 2025", "Maret 2025", "in March"."""
        low = self.low(i)
        day = _DAY_NUMBER.fullmatch(low)
        link = self.day_month_link(i + 1) if day else 0
        if day and 1 <= int(day.group(1)) <= 31 and self.month_at(i + 1 + link):
            j = i + 2 + link
            if self.low(j) in _MONTH_YEAR_LINKS and _YEAR.fullmatch(self.low(j + 1)):
                j += 1  # "17 de marzo de 2025"
            year = bool(_YEAR.fullmatch(self.low(j)))
            return self._absolute(i, j + year, year)
        days = self.day_range(i)
        if days and self.month_at(i + days):
            return self._day_range(i, days, i + days)
        if day and 1 <= int(day.group(1)) <= 31 and self.low(i + 1) in _DAY_JOINERS:
            return self._range_first_day(i, day.group(1))
        if self.month_at(i):
            j = i + 1
            if self.glued_dot(j):
                j += 1  # "Jan. 5"
            days = self.day_range(j)
            if days:
                return self._day_range(j, days, i)
            day = _DAY_NUMBER.fullmatch(self.low(j))
            if day and 1 <= int(day.group(1)) <= 31 and not _YEAR.fullmatch(self.low(j)):
                j += 1
                if self.low(j) == "," and _YEAR.fullmatch(self.low(j + 1)):
                    return self._absolute(i, j + 2, True)
                year = bool(_YEAR.fullmatch(self.low(j)))
                return self._absolute(i, j + year, year)
            if _YEAR.fullmatch(self.low(j)):
                return self.month(i, j + 1, low, self.low(j))  # "Maret 2025": a month, no day
            # months are lowercase in French, Spanish, Italian, Portuguese and Dutch
            full_name = self.low(i) in self.months and (
                is_capitalized(self.words[i]) or self.lex not in _MONTHS
            )
            # Indonesian month names are no other words; English ones need a cue ("in March"),
            # to close a range of months ("between March and April"), or to stand mid-sentence
            # with no name after them ("a weak October", not "April Ryan")
            before = self.low(i - 1)
            cued = (
                self.lex == "id"
                or before in _YEAR_CUES.get(self.lex, set())
                or (before in _RANGE_WORDS and self.low(i - 2) in self.months)
                or self.en_month_alone(i)
            )
            if full_name and cued:
                return self.bare_month(i)
        parts = low.split("-")
        if (
            len(parts) == 2
            and parts[0] in _MODIFIERS
            and (
                parts[1] in self.months or _YEAR.fullmatch(parts[1]) or _DECADE.fullmatch(parts[1])
            )
        ):  # "mid-March", "mid-1997", "the mid-1990s" (a decade keeps its "the")
            return self._modified_period(i, parts[1])
        if (
            len(parts) == 2
            and all(p in self.months for p in parts)
            and is_capitalized(self.words[i])
        ):  # a span of months: "Januari-Agustus 2025"
            return self.match(i, i + 1 + bool(_YEAR.fullmatch(self.low(i + 1))), "DATE")
        return None

    def _modified_period(self, i: int, period: str) -> tuple[int, TimeMatch]:
        """ "mid-March", "mid-1997", "the mid-1990s" (word ``i``, naming ``period``): valued
        as the period, as TimeML values "early 2021"."""
        if _DECADE.fullmatch(period):  # a decade keeps its "the"
            first = i - (self.low(i - 1) == "the")
            return self.match(first, i + 1, "DATE", kind="decade", absolute=period[:3])
        if _YEAR.fullmatch(period):
            return self.year(i, i + 1, period)
        return self.month(i, i + 1, period, direction=self.ahead(i))

    def bare_month(self, i: int) -> tuple[int, TimeMatch]:
        """The month named at word ``i`` without its year, and the year told from now that
        may follow it ("Maret tahun lalu", "April last year"). The month alone is the nearest
        one, as a day without its year; "lalu", "mendatang" after it, and a future clause,
        choose as they do for days ("Juni lalu": the last June before)."""
        shift = self.year_shift(i + 1)
        if shift == 2:  # "April last year", "Maret tahun lalu"
            word = self.low(i + 1) if self.lex == "en" else self.low(i + 2)
            direction = _YEAR_DIRECTIONS[_PERIOD_SHIFT[self.lex][1][word]]
            return self.month(i, i + 3, self.low(i), direction=direction)
        told = _ID_MONTH_SHIFTS.get(self.low(i + 1)) if shift else None
        if self.relative_phrases and not shift:
            year = self.told_year_after(i + 1)  # "März vergangenen Jahres", "marzo del año pasado"
            if year is not None:
                return self.month(i, year[0], self.low(i), direction=year[1])
        return self.month(i, i + 1 + shift, self.low(i), direction=told or self.ahead(i))

    def told_year_after(self, j: int) -> tuple[int, Direction] | None:
        """Other European languages: the year told from now at word ``j`` after a month, or
        after "de", "do" there ("vergangenen Jahres", "del año pasado", "do ano passado", "de
        l'an dernier"): where it ends and which way it points; None for none."""
        start, told = j, self.phrase_at(j, self.relative_phrases)
        if told is None and self.low(j) in _EU_PART_LINKS:
            start, told = j + 1, self.phrase_at(j + 1, self.relative_phrases)
        if told is None or self.relative_words[told][0] != "year":
            return None
        return start + len(told), _YEAR_DIRECTIONS[self.relative_words[told][1]]

    def told_year(self, j: int) -> tuple[int, int]:
        """How many words the year told from now takes at ``j`` after a day without its
        year, and how many years from the publication year it is: (2, -1) for "last year" in
        "June 30 last year" or "tahun lalu" in "17 Agustus tahun lalu", (3, 1) for "of next
        year"; (0, 0) for none."""
        of = int(self.lex == "en" and self.low(j) == "of")
        if self.year_shift(j + of) != 2:
            return 0, 0
        word = self.low(j + of + (self.lex == "id"))  # "last year", "tahun lalu"
        return of + 2, _PERIOD_SHIFT[self.lex][1][word]

    def year_shift(self, j: int) -> int:
        """How many words the year told from now after a month takes at ``j``: 2 for "last
        year" in "April last year", "tahun lalu" in "Maret tahun lalu"; else 0. The month and
        its year are one DATE, as TimeML tags them. Indonesian also tells it in one word: 1
        for "lalu" in "Juni lalu" (last June), "mendatang" in "Maret mendatang"."""
        if self.lex == "en":
            return 2 if self.low(j) in _EN_MONTH_BEFORE and self.low(j + 1) == "year" else 0
        if self.lex == "id" and self.low(j) == "tahun":
            return 2 if self.low(j + 1) in _PERIOD_SHIFT["id"][1] else 0
        return int(self.lex == "id" and self.low(j) in _ID_MONTH_SHIFTS)

    def day_range(self, i: int) -> int:
        """How many words the span of days of one month at word ``i`` takes: 1 for "27-29",
        3 for "10 \u2013 12"; 0 for none."""
        days = _DAY_RANGE.fullmatch(self.low(i))
        if days is not None:
            first, last, size = days.group(1), days.group(2), 1
        elif self.low(i + 1) in ("-", "\u2013") and self.low(i).isdecimal():
            first, last, size = self.low(i), self.low(i + 2), 3
        else:
            return 0
        return size if last.isdecimal() and 1 <= int(first) < int(last) <= 31 else 0

    def _range_first_day(self, i: int, day: str) -> tuple[int, TimeMatch] | None:
        """ "3" in "3 hingga 16 Februari", "10 and 12 March 2026": the first day of a range
        whose month and year come after its last day, a date of them (its span the number
        alone: the last day is a date of its own)."""
        k = i + 2 + (self.low(i + 1) == "sampai" and self.low(i + 2) == "dengan")
        last = _DAY_NUMBER.fullmatch(self.low(k))
        if last is None or not self.month_at(k + 1):
            return None
        end = self._month_date(k)
        if end is None or end[1].kind != "date":
            return None
        year = f" {self.low(end[0] - 1)}" if end[1].year_given else ""
        absolute = f"{day} {self.words[k + 1].text}{year}"
        start, stop = self.span(i, i + 1)
        return i + 1, end[1]._replace(start=start, end=stop, absolute=absolute)

    def _day_range(self, days: int, size: int, month: int) -> tuple[int, TimeMatch]:
        """Match "27-29 Agustus [2024]" or "June 10-12[, 2025]" (``size`` words of days at
        ``days``, the month at ``month``): one DATE whose value is its first day, when the
        span of days began."""
        first, last = min(days, month), max(days + size, month + 1)
        year = last if _YEAR.fullmatch(self.low(last)) else None
        if year is None and self.low(last) == "," and _YEAR.fullmatch(self.low(last + 1)):
            year = last + 1
        j, match = self._absolute(first, last if year is None else year + 1, year is not None)
        start_day = re.split("[-\u2013]", self.low(days))[0]
        absolute = f"{start_day} {self.words[month].text}"
        if year is not None:
            absolute += f" {self.low(year)}"
        return j, match._replace(absolute=absolute)

    def en_month_alone(self, i: int) -> bool:
        """An English month name mid-sentence that is no person's first name: not "May" (the
        modal, or Theresa May) and not followed by a capitalised word ("June Carter")."""
        if self.lex != "en" or self.low(i) == "may" or self.sentence_initial(i):
            return False
        after = self.words[i + 1] if i + 1 < len(self.words) else None
        return after is None or not is_capitalized(after)

    def day_month_link(self, k: int) -> int:
        """1 when word ``k`` links a day number to its month in another European language:
        the German ordinal dot ("19. März") or Spanish/Portuguese "de" ("19 de marzo")."""
        if self.lex in _MONTHS:
            return 0
        if self.low(k) in _MONTH_YEAR_LINKS:
            return 1
        if k + 1 >= len(self.words):  # a last "3." has no month after it
            return 0
        return int(self.glued_dot(k) and is_capitalized(self.words[k + 1]))

    def month_at(self, i: int) -> bool:
        """A month name or abbreviation ("Maret", "Des"), capitalised in Indonesian and English
        (so the modal "may" is no month)."""
        low = self.low(i)
        if low not in self.months and low not in self.month_abbr:
            return False
        return self.lex not in _MONTHS or is_capitalized(self.words[i])

    def _absolute(self, i: int, j: int, year_given: bool) -> tuple[int, TimeMatch]:
        text = " ".join(w.text for w in self.words[i:j] if w.text != ".")
        # "will meet on Oct 15": the next one; "met on Oct 15": the last one
        direction: Direction = "on_or_before" if year_given else self.ahead(i)
        shift = None if year_given else _MONTH_SHIFT.get(self.lex, {}).get(self.low(j))
        if shift is not None:  # "14 Januari lalu", "5 Mei mendatang": the word is not spanned
            direction = shift
        size, years = (0, 0) if year_given else self.told_year(j)
        if size:  # "30 Juni tahun lalu", "June 30 of next year": one DATE
            direction, j = _YEAR_DIRECTIONS[years], j + size
        start, end = self.span(i, j)
        return j, TimeMatch(start, end, "DATE", "date", absolute=text, year_given=year_given,
                            direction=direction, deictic=not year_given)  # fmt: skip

    def _numeric_date(self, i: int, *, after_weekday: bool = False) -> tuple[int, TimeMatch] | None:
        """Match "2025-03-19", "19/03/2025", and "(19/3)" right after a weekday."""
        low = self.low(i)
        if _ISO_DATE.fullmatch(low):
            return self._absolute(i, i + 1, True)
        m = _NUMERIC_DATE.fullmatch(low)
        if m is None or ("." in low and not m.group(3)) or ("-" in low and not m.group(3)):
            return None
        a, b = int(m.group(1)), int(m.group(2))
        if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
            return None
        if m.group(3) is None and not after_weekday and self.low(i - 1) != "(":
            return None  # "3/4" alone is more likely a fraction or a score
        return self._absolute(i, i + 1, m.group(3) is not None)

    def _year(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "tahun 2024", "tahun buku 2024", a year after a cue ("pada 2024", "in
        2024"), a decade ("the 1990s") and a span of years in one word ("2018-2021",
        "2025-26"): no day to give."""
        if self.lex == "id" and self.low(i) == "tahun" and _YEAR.fullmatch(self.low(i + 1)):
            return self.year(i, i + 2, self.low(i + 1))
        fiscal = self.lex == "id" and self.low(i + 1) in _ID_FISCAL
        if fiscal and self.low(i) == "tahun" and _YEAR.fullmatch(self.low(i + 2)):
            return self.year(i, i + 3, self.low(i + 2))  # Indonesia's is the calendar year
        if fiscal and self.low(i) == "tahun" and self.year_word(i + 2):
            return self.match(i, i + 3, "DATE")  # "tahun ajaran 2024/2025"
        # a year after a cue, or the end of a range of years ("from 2010 to 2018")
        cued = self.low(i - 1) in _YEAR_CUES.get(self.lex, set()) or (
            self.low(i - 1) in _RANGE_WORDS and _YEAR.fullmatch(self.low(i - 2))
        )
        if (cued or self.named_year(i)) and _YEAR.fullmatch(self.low(i)):
            return self.year(i, i + 1, self.low(i))
        if self.lex == "en" and _YEAR.fullmatch(self.low(i)):
            return self._en_year(i)
        if _YEAR_RANGE.fullmatch(self.low(i)):  # "periode 2018-2021"
            return self.match(i, i + 1, "DATE")
        if _SEASON_YEARS.fullmatch(self.low(i)) and self.year_word(i):
            return self._year_across(i)
        if _DECADE.fullmatch(self.low(i)):  # "1990s", "1990-an", "the early 2000s"
            first = i - (self.low(i - 1) in _MODIFIERS)
            first -= self.low(first - 1) in ("the", "tahun")
            return self.match(first, i + 1, "DATE", kind="decade", absolute=self.low(i)[:3])
        return None

    def _year_across(self, i: int) -> tuple[int, TimeMatch]:
        """ "2025-26" at word ``i``, with the season or school year it names: "the 2027-28
        school year", "the 2025-26 season" (one DATE from "the"); not "2024-12"."""
        j = i + 1
        if self.low(j + 1) == "year" and self.low(j) in _YEAR_KINDS:
            j += 2
        elif self.low(j) == "season":
            j += 1
        first = i - (j > i + 1 and self.low(i - 1) == "the")
        return self.match(first, j, "DATE")

    def _fiscal_year(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match a fiscal year: "FY2025", "FY 2024/25" (no day to give)."""
        if _FISCAL_YEAR.fullmatch(self.low(i)):
            return self.fiscal(i, i + 1, self.low(i)[2:])
        if self.low(i) == "fy" and self.year_word(i + 1):
            return self.fiscal(i, i + 2, self.low(i + 1))
        return None

    def fiscal(self, i: int, j: int, year: str) -> tuple[int, TimeMatch]:
        """Words ``i`` to ``j - 1`` as the fiscal year ending in ``year`` ("2025", "25"),
        valued "FY2025" as TimeML values it; one written across two years ("2024/25") has no
        value, as countries name those by either year."""
        if not year.isdigit():
            return self.match(i, j, "DATE")
        full = year if len(year) == 4 else f"20{year}"
        return self.match(i, j, "DATE", kind="year", absolute=f"{FISCAL_PREFIX}{full}")

    def year_word(self, i: int) -> bool:
        """Whether word ``i`` is a year or a span of years: "2024", "2024/2025", "2024/25"."""
        low = self.low(i)
        season = _SEASON_YEARS.fullmatch(low)
        if season is not None:
            return int(season.group(2)) == (int(season.group(1)) + 1) % 100
        return bool(_YEAR.fullmatch(low) or _YEAR_RANGE.fullmatch(low))

    def named_year(self, i: int) -> bool:
        """A year that names an event or period after its noun, in Indonesian: "Pilkada 2024",
        "Pemilu 2019", "APBN 2025" (see :data:`_ID_YEAR_NOUNS`)."""
        return self.lex == "id" and self.low(i - 1) in _ID_YEAR_NOUNS

    def _en_year(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match an English year without a cue that still reads as one: "fiscal 1998",
        "fiscal year 2025", and a year between an article and a lowercase noun ("a 2015
        earthquake", "the 2008 crisis"; counts of that size are written "2,015")."""
        if self.low(i - 1) == "fiscal":
            return self.fiscal(i - 1, i + 1, self.low(i))
        if self.low(i - 1) == "year" and self.low(i - 2) == "fiscal":
            return self.fiscal(i - 2, i + 1, self.low(i))
        after = self.words[i + 1] if i + 1 < len(self.words) else None
        if (
            self.low(i - 1) in ("a", "an", "the")
            and after is not None
            and after.low.isalpha()
            and not is_capitalized(after)
        ):
            return self.year(i, i + 1, self.low(i))
        return None

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

    def _named_period(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match periods with no single day: "kuartal pertama 2025", "the first quarter of
        2024", "Q3", "akhir pekan", "the weekend", "musim kemarau", "the summer", and days
        told from the story rather than from now: "bulan sebelumnya", "the following day"."""
        low = self.low(i)
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
            return None
        if self.lex != "en":
            return None
        if low in ("q1", "q2", "q3", "q4"):
            return self._period_year(i, i + 1, "quarter", int(low[1]))
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
        if j > i and word in ("day", "year"):
            year = word == "year" and bool(_YEAR.fullmatch(head))
            return self.match(i, j + 1 + year, "DATE")  # "earlier in the year", "the year 2000"
        if j > i and word == "fall" and head not in ("of", "in") and self.low(i - 1) in _FALL_CUES:
            return self._season(i, j + 1)  # "in the fall"; not "the fall of the wall"
        return None

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

    def year_told_in(self, i: int, kind: Kind) -> Direction:
        """How "the year" at word ``i`` ("the end of the year", "akhir tahun") is told:
        "past" in a clause with a verb in the past, which the time annotator reads as the
        year just gone when the article is of its first months ("had warned that sales
        would slow by the end of the year" in January), unless a verb of a target or plan is
        nearer ("telah menargetkan … hingga akhir tahun", "has pledged to … by the end of the
        year": a target is ahead even in the perfect); else the publication year's."""
        if kind != "year":
            return "on_or_before"
        for k in self.clause_before(i):
            if self.low(k) in _TARGET_VERBS and self.low(k - 1) != "had":
                return "on_or_before"  # "telah menargetkan … akhir tahun": a target is ahead
            if self.told_past(k):
                return "past"
        return "on_or_before"

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

    def part(self, i: int, j: int, kind: Kind, number: int, year: str | None, **how: object
             ) -> tuple[int, TimeMatch]:  # fmt: skip
        """Words ``i`` to ``j - 1`` as month, quarter, half or season (``kind``) ``number`` of
        ``year`` or, without one, of the year ``how`` chooses."""
        value = period_value(kind, number, year)
        return self.match(i, j, "DATE", kind=kind, absolute=value, **how)

    def ahead(self, i: int) -> Direction:
        """Which of the periods named without a year at word ``i`` is meant: the next one in
        a future clause ("will report the third quarter"), the last one in a past clause
        ("ratified a contract in March") or after "since" ("sejak Juni", "since early
        summer": a stretch from then to now), else the nearest."""
        if not _SINCE.isdisjoint((self.low(i - 1), self.low(i - 2))):
            return "past"
        if self.future_clause(i):
            return "on_or_after"
        return "past" if self.past_clause(i) else "on_or_before"

    def past_clause(self, i: int) -> bool:
        """True when a verb in the past comes shortly before word ``i``, in its clause:
        "ratified a contract in March", "telah disetujui pada Maret", "terjadi pada 14
        Maret" (see :data:`_ID_DONE_VERBS`); not a deadline ("the aim was to agree by
        mid-December": reported speech tells the future in the past)."""
        if {self.low(i - 1), self.low(i - 2)} & _DEADLINE_WORDS:
            return False
        for k in self.clause_before(i):
            word = self.words[k]
            if word.text == "," and self.low(k + 1) in _CLAUSE_JOINERS:
                return False  # "…was dissolved, and the campaign runs from May 30"
            if self.low(k + 1) == "to":
                continue  # "was to agree", "wanted to meet": the future in the past
            if self.low(k + 1) == "for" and word.low.endswith("ed"):
                return False  # "a vote was called for March": a plan
            if word.low in _PAST_WORDS.get(self.lex, ()) or self.en_past_verb(k):
                # a speech verb tells when it was said ("said in March") but not when what
                # it reports happens ("said the law takes effect in January")
                return k >= i - 2 or not is_speech_verb(word.low, self.lex)
            if word.low in _ID_DONE_VERBS and self.lex == "id":
                return _ID_NOT_DONE.isdisjoint(map(self.low, range(k - 4, k)))
        return False

    def en_past_verb(self, k: int) -> bool:
        """Is word ``k`` an English verb in the past, in -ed or irregular: "ratified",
        "added", "bought", "taken"; not a passive ("will be dissolved", "is expected", "is
        seen"), a name or a number word?"""
        low = self.low(k)
        if self.lex != "en":
            return False
        if low not in _EN_IRREGULAR_PASTS and (
            len(low) <= 4 or not low.endswith("ed") or low in _NOT_PAST_ED
        ):
            return False
        if is_capitalized(self.words[k]):
            return False  # a name: "United Airlines", "Red Cross"
        return self.low(k - 1) not in _PASSIVE_BEFORE

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
        year, or the nearest one alone."""
        if end == j:
            if self.low(j - 2) in ("final", "last"):
                return self.match(i, end, "DATE")  # "the last quarter": which is unclear
            return self.part(i, end, kind, number, None, direction=self.ahead(i))
        year = self.low(end - 1)
        if _YEAR.fullmatch(year):
            return self.part(i, end, kind, number, year)
        told = _PERIOD_SHIFT["en"][1].get(self.low(end - 2))
        if year == "year" and told is not None:
            return self.part(i, end, kind, number, None, direction=_YEAR_DIRECTIONS[told])
        return self.match(i, end, "DATE")

    def _holiday(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match holidays on a fixed day ("Natal", "malam Tahun Baru", "Christmas Eve") or
        on a weekday of a month ("Election Day", "Thanksgiving"): in the year written or told
        after it ("Christmas 2025", "Natal tahun lalu"), else the one nearest the publication
        date. "Christmas weekend" is a DATE with no single day."""
        name = i + (self.low(i) in _HOLIDAY_OPENERS)  # "Natal", "malam Natal", "Hari Ibu"
        if name >= len(self.words) or not is_capitalized(self.words[name]):
            return None  # not "hari ibu-ibu berkumpul"
        key = self.phrase_at(i, _HOLIDAY_PHRASES)
        if key is None:
            return self._moving_feast(i)
        month, day, weekday = _WEEKDAY_HOLIDAYS.get(key) or (*_HOLIDAYS[key], -1)
        j = i + len(key)
        if self.lex == "en" and self.low(j) == "weekend":
            return self.match(i, j + 1, "DATE")
        if _YEAR.fullmatch(self.low(j)):
            written = holiday_date(int(self.low(j)), month, day, weekday).isoformat()
            return self.match(i, j + 1, "DATE", kind="date", absolute=written)
        size, years = self.told_year(j)
        direction = _YEAR_DIRECTIONS[years] if size else "on_or_before"
        return self.match(i, j + size, "DATE", kind="annual", offset=month * 100 + day,
                          weekday=weekday, direction=direction, deictic=True)  # fmt: skip

    def _century(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match a century, as TimeML values it, by its first two digits: "abad ke-20",
        "abad XIX", "the 19th century", "the early twentieth century", "19th-century" → "19",
        "18", "19", "19", "18" (with "the" and a modifier before it, as a decade has them)."""
        if self.lex == "id":
            number = self._id_century(i + 1) if self.low(i) == "abad" else None
            return None if number is None else self.century(i, i + 2, number)
        low = self.low(i)
        digits = _CENTURY_DIGITS.fullmatch(low)
        glued = bool(digits and digits.group(2))  # "19th-century"
        number = int(digits.group(1)) if digits else _CENTURY_ORDINALS.get(low)
        if number is None or not (glued or self.low(i + 1) == "century"):
            return None
        first = i - (self.low(i - 1) in _MODIFIERS)
        first -= self.low(first - 1) == "the"
        return self.century(first, i + 1 + (not glued), number)

    def _id_century(self, j: int) -> int | None:
        """The number of the century written at word ``j`` after "abad": "ke-20", "XX"."""
        low = self.low(j)
        digits = _ID_CENTURY.fullmatch(low)
        return int(digits.group(1)) if digits else _ROMAN_CENTURIES.get(low.removeprefix("ke-"))

    def century(self, i: int, j: int, number: int) -> tuple[int, TimeMatch]:
        """Words ``i`` to ``j - 1`` as century ``number``: valued by its first two digits."""
        return self.match(i, j, "DATE", kind="century", absolute=f"{number - 1:02d}")

    def _moving_feast(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match a feast with no fixed day of our calendar, as the DATE TimeML tags it
        (no value: its day moves from year to year), with a year or "tahun lalu" after it:
        "menjelang Ramadan", "mudik Lebaran tahun lalu", "Easter 2025", "Easter Sunday"; not
        an English name that goes on with a capital ("Easter Island")."""
        key = self.phrase_at(i, _MOVING_FEASTS)
        if key is None:
            return None
        j = i + len(key)
        if key == ("hari", "raya"):
            j += len(self.phrase_at(j, _MOVING_FEASTS) or ())  # "Hari Raya Idul Fitri"
        if self.lex == "en" and (self.low(j) in self.weekdays or self.low(j) in _FEAST_DAYS):
            j += 1  # "Easter Sunday", "Thanksgiving Day"
        elif self.lex == "en" and j < len(self.words) and is_capitalized(self.words[j]):
            return None
        name = " ".join(self.low(k) for k in range(i, j))
        feast = _MOVING_FEAST_NAMES.get(name) or _FEAST_COMPOUNDS.get(name)
        return (feast and self._feast_day(i, j, feast)) or self._period_year(i, j)

    def _feast_day(self, i: int, j: int, feast: str) -> tuple[int, TimeMatch] | None:
        """A moving feast of one day named at words ``i`` to ``j - 1`` as the day it falls
        on: in the year written after it ("Idul Fitri 2025" → 2025-03-31), else in the year
        told ("Lebaran tahun lalu"), else the one nearest the publication date, as a fixed
        holiday is; None when the written year's day is not known or not one ("Eid 2025")."""
        if _YEAR.fullmatch(self.low(j)):
            days = feast_days(feast, int(self.low(j)))
            if days is None or len(days) != 1:  # "Eid 2025" names two days
                return None
            return self.match(i, j + 1, "DATE", kind="date", absolute=days[0].isoformat())
        size, years = self.told_year(j)
        direction = _YEAR_DIRECTIONS[years] if size else "on_or_before"
        return self.match(i, j + size, "DATE", kind="feast", absolute=feast,
                          direction=direction, deictic=True)  # fmt: skip

    def _feast_countdown(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "H-3 Lebaran", "pada H-7": days counted down to a feast (Lebaran, unless
        named), after a word that makes it a day ("pada", "sejak", "menjelang" ...) or before
        the feast: one DATE, with no value, as the feast's own day moves."""
        if not (_FEAST_COUNTDOWN.fullmatch(self.low(i)) and is_capitalized(self.words[i])):
            return None
        feast = self.phrase_at(i + 1, _MOVING_FEASTS) or self.phrase_at(i + 1, _HOLIDAY_PHRASES)
        if feast is not None and is_capitalized(self.words[i + 1]):
            return self.match(i, i + 1 + len(feast), "DATE")
        return self.match(i, i + 1, "DATE") if self.low(i - 1) in _YEAR_CUES["id"] else None

    def _clock(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "pukul 10.00 WIB", "10.30 WIB", "10 a.m.", "10am", "14:30", "noon", "at dawn"."""
        low = self.low(i)
        if self.lex == "en" and low in _EN_NOON_WORDS:
            return self._clock_day(i, i + 1) or self.match(i, i + 1, "TIME")
        if self.lex == "en" and low in _DAY_EDGES:  # "in early trading", "late on Tuesday"
            if self.low(i + 1) in _TRADING:  # the day after it ("on Wednesday") stays apart
                return self.match(i, i + 2, "TIME")
            if self.low(i + 1) == "at" and self.low(i + 2) == "night":
                return self.match(i, i + 3, "TIME")  # "late at night"
            if self.low(i + 1) == "hours":  # "the early hours of Sunday", one TIME of its day
                first = i - (self.low(i - 1) == "the")
                day = self._clock_day(first, i + 3) if self.low(i + 2) == "of" else None
                return day or self.match(first, i + 2, "TIME")
            return self._clock_day(i, i + 1) if self.low(i + 1) == "on" else None
        if low in _EN_DAWN_WORDS:
            return self.match(i, i + 1, "TIME") if self.low(i - 1) in _EN_DAWN_CUES else None
        if self.lex == "en" and low in _PARTS_OF_DAY["en"]:
            return self._part_of_named_day(i)
        if self.lex == "id" and self.words_at(i, _ID_CLOCK_WORDS):
            return self.match(i, i + 2, "TIME")
        first = i
        cue = low in _CLOCK_CUES.get(self.lex, set())
        if cue:
            i += 1
        if _CLOCK_AMPM.fullmatch(self.low(i)):
            end = self._zone(i + 1)
            return self._clock_day(first, end) or self.match(first, end, "TIME", kind="clock")
        if _CLOCK_RANGE.fullmatch(self.low(i)) and (cue or self.is_zone(i + 1)):
            # "pukul 14.00-16.00 WIB"
            return self.match(first, self._zone(i + 1), "TIME", kind="clock")
        clock = _CLOCK.fullmatch(self.low(i))
        if clock is None:
            return None
        j = i + 1
        if self.low(j) in _AM_PM:
            j += 1
            if self.glued_dot(j):
                j += 1  # the dot that closes "a.m."
        elif not cue and not (self.words[j - 1].text.count(":") == 1 or self.is_zone(j)):
            return None  # "10.30" alone may be a decimal number
        # "pukul 10" is a clock time; "jam 10" needs minutes, a zone or a part of the day
        bare_hour = clock.group(2) is None and j == i + 1 and not self.is_zone(j)
        if low == "jam" and bare_hour and not self.part_of_day(j):
            return None
        if clock.group(2) and self.low(j) in _CLOCK_JOINERS:
            until = _CLOCK.fullmatch(self.low(j + 1))
            if until and until.group(2):
                j += 2  # "pukul 08.00 hingga 10.00 WIB"
        j = self._zone(j)
        j += self.part_of_day(j)
        return self._clock_day(first, j) or self.match(first, j, "TIME", kind="clock")

    def _part_of_named_day(self, i: int) -> tuple[int, TimeMatch] | None:
        """ "the night of March 3", "the morning of Tuesday": the part of a day named after
        it, one TIME valued by that day, as TimeML tags it (the bare "night" is none)."""
        if self.low(i + 1) != "of":
            return None
        j = i + 2
        day = self._weekday(j) if self.low(j) in self.weekdays else self._month_date(j)
        if day is None or day[1].kind not in ("date", "weekday"):
            return None
        first = i - (self.low(i - 1) == "the")
        return day[0], day[1]._replace(start=self.words[first].start, type="TIME")

    def _clock_day(self, first: int, j: int) -> tuple[int, TimeMatch] | None:
        """A clock time with its day told right after it, as one TIME valued by that day:
        "10 a.m. Monday", "11am tomorrow", "4 p.m. on Thursday", "noon on May 1", "pukul
        00.00 WIB Sabtu (12/12)", "pukul 10.00 WIB, Senin (23/11)" (Indonesian names the day
        first more often: see :meth:`clock_after`)."""
        if self.low(j) in _CLOCK_DAY_LINKS.get(self.lex, ()):
            j += 1
        if self.low(j) in self.weekdays:
            day = self._weekday(j, first)
        elif self.phrase_at(j, self.day_phrases):
            day = self._day_word(j)
        elif self.lex == "en" and self.low(j - 1) == "on":
            # "noon on May 1", "7 a.m. on Election Day": the day must be one of a month
            day = self._month_date(j) or self._holiday(j)
            day = day if day is not None and day[1].kind in ("date", "annual") else None
        else:
            return None
        if day is None:
            return None
        return day[0], day[1]._replace(start=self.words[first].start, type="TIME")

    def is_zone(self, j: int) -> bool:
        return 0 <= j < len(self.words) and self.words[j].text in _TIME_ZONES

    def _zone(self, j: int) -> int:
        if self.is_zone(j):
            return j + 1
        if self.words_at(j, _LOCAL_TIME.get(self.lex, {})):
            return j + 2
        return j

    def _set(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "setiap hari", "every week", "setiap Senin", "setiap akhir pekan", "tiga kali
        sehari", "twice a week", "quarterly"."""
        low = self.low(i)
        every = _SET_ADVERBS.get(self.lex, {}).get(low) if low in _ANY_SET_ADVERB else None
        if every is not None:
            if self.low(i + 1) in _RESULT_WORDS:
                return None  # "a quarterly loss" is one quarter's, not a recurring one
            return self.match(i, i + 1, "SET", duration=every)
        if low in _SET_WORDS.get(self.lex, set()):
            j = i + 1
            if self.low(j) in self.weekdays:
                return self.match(i, self.weekly_end(j), "SET", duration="P1W")
            if self.low(j) in self.months and is_capitalized(self.words[j]):
                return self.match(i, j + 1, "SET", duration="P1Y")  # "every October"
            if self.low(j) in _QUARTER_WORDS:
                return self.match(i, j + 1, "SET", duration="P3M")  # "every quarter"
            if self.low(j) in _PARTS_OF_DAY.get(self.lex, set()):
                return self.match(i, j + 1, "SET", duration="P1D")
            if self.low(j) == "weekend":  # "every weekend"
                return self.match(i, j + 1, "SET", duration="P1W")
            if self.words_at(j, _ID_WEEKEND):  # "setiap akhir pekan"
                return self.match(i, j + 2, "SET", duration="P1W")
            unit = self.unit_at(j)
            if unit:
                return self.match(i, j + 1, "SET", duration=_iso_duration(1, unit))
            if self.low(j) == "few" and self.unit_at(j + 1):  # "every few hours": no amount
                return self.match(i, j + 2, "SET")
            hit = self._quantity(j, bare=True)  # "every two hours", "setiap beberapa jam"
            if hit and hit[1].type == "DURATION":
                return self.match(i, hit[0], "SET", duration=hit[1].duration)
            return None
        count = _ONCE.get(self.lex, {}).get(low)
        j = i + 1
        if count is None:
            if not self.counts_times:
                return None  # "tiga kali": no such word in the text
            quantity = self.quantity_at(i) if low[:1].isalnum() else None
            if quantity is None or quantity.value is None:
                return None
            j = quantity.next
            if self.low(j) not in _TIMES.get(self.lex, set()):
                return None
            j += 1
        if self.lex == "id":
            return self._id_times_per(i, j)
        if self.lex == "en" and self.low(j) in ("a", "per", "every", "each"):
            unit = self.unit_at(j + 1)
            if unit:
                return self.match(i, j + 2, "SET", duration=_iso_duration(1, unit))
        return None

    def _id_times_per(self, i: int, j: int) -> tuple[int, TimeMatch] | None:
        """The SET of "tiga kali" (words ``i`` to ``j - 1``) with the period after it: "tiga
        kali sehari", "dua kali dalam setahun", "dua kali per pekan"."""
        k = j + (self.low(j) in _ID_PER_WORDS)
        if self.low(k) in _ID_PER_UNIT:
            return self.match(i, k + 1, "SET", duration=_ID_PER_UNIT[self.low(k)])
        unit = self.unit_at(k) if k > j else None
        if unit:
            return self.match(i, k + 1, "SET", duration=_iso_duration(1, unit))
        return None

    def weekly_end(self, j: int) -> int:
        """Where the weekdays of a weekly SET starting at word ``j`` end: one more joined
        by "dan"/"and" ("setiap Senin dan Kamis") and a part of the day ("every Saturday
        morning")."""
        end = j + 1
        if self.low(end) in _WEEKDAY_JOINERS and self.low(end + 1) in self.weekdays:
            end += 2
        return end + self.part_of_day(end)

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
        rate = self._rate(i)
        if rate is not None:
            return rate
        if self.lex == "id" and low in _ID_ONE_UNIT:
            return self._after_quantity(first, i + 1, 1, _UNITS["id"][_ID_ONE_UNIT[low]], bare=bare)
        amount, unit, j = self._amount_and_unit(i)
        if unit is None or self.level_before_period(i, amount, j, unit):
            return None
        return self._after_quantity(first, j, amount, unit, bare=bare)

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
        low = self.low(i)
        unit: tuple[str, int] | None = None
        if low in _ID_ONE_UNIT and self.lex == "id":
            unit, j = _UNITS["id"][_ID_ONE_UNIT[low]], i + 1
        elif low == "per" or (low in ("a", "an") and self.lex == "en"):
            unit, j = self.unit_at(i + 1), i + 2
        if unit is None or (self.lex == "en" and self.low(j - 1).endswith("s")):
            return None  # no unit; "a years" is no rate, "per days" no English
        # an amount of a noun too: "200 milimeter per hari", "90 million passengers a year"
        # (after "a" only a plural noun: "rose 5% in a year" is no rate)
        noun = self.low(i - 1)
        counted_noun = noun.isalpha() and (low == "per" or noun.endswith("s"))
        if not (self.rate_amount(i - 1) or (counted_noun and self.rate_amount(i - 2))):
            return None
        if self.phrase_at(j, _AFTER_UNITS_OPTIONS[self.lex]):
            return None  # "a year ago", "setahun kemudian"
        if noun in _FLOW_MEASURES and unit[0] in _CLOCK_UNITS:
            return None  # a speed or a flow: "60 miles per hour", "18 meter kubik per detik"
        return self.match(i, j, "SET", duration=_iso_duration(1, unit), counted=True)

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
            if amount is None or designator in ("M", "Y"):
                period = _period_ago(amount, unit, 1 if said == "from now" else -1)
                return self.match(first, end, dated, deictic=True, counted=True, **period)
            days = {"D": 1, "W": 7}.get(designator, 0) * amount * multiple
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


#: A fraction of a unit is written in the next smaller one: half an hour is "PT30M".
_SMALLER = {"H": ("MIN", 60), "D": ("H", 24), "W": ("D", 7), "Y": ("M", 12)}


#: Units from the largest down, for durations written in several parts.
_ORDER = {"Y": 0, "M": 1, "W": 2, "D": 3, "H": 4, "MIN": 5, "S": 6}


def _join_durations(first: str, second: str) -> str:
    """Join two durations: "P2Y" and "P6M" → "P2Y6M"; "P1D" and "PT12H" → "P1DT12H"."""
    date_a, _, time_a = first[1:].partition("T")
    date_b, _, time_b = second[1:].partition("T")
    time = time_a + time_b
    return f"P{date_a}{date_b}" + (f"T{time}" if time else "")


#: The period a number of months counts in, by how many months it has: "tiga bulan lalu"
#: is a month, "two quarters ago" a quarter, "dua semester lalu" a half.
_MONTHS_PERIODS: dict[int, Kind] = {1: "month", 3: "quarter", 6: "half"}


def _period_ago(amount: float | None, unit: tuple[str, int], sign: int) -> dict[str, object]:
    """How to value "N months/years ago" (``sign`` -1) or "from now" (+1): the period of
    reduced precision that many periods from the publication date's, as TimeML values it
    ("three months ago" in March 2025 → "2024-12", "lima tahun lalu" → "2020"); nothing for
    a vague or split amount ("beberapa tahun lalu", "setengah tahun lalu") or decades."""
    designator, multiple = unit
    if amount is None or not float(amount).is_integer():
        return {}
    kind = _MONTHS_PERIODS.get(multiple) if designator == "M" else None
    if designator == "Y" and multiple == 1:
        kind = "year"
    return {} if kind is None else {"kind": kind, "offset": sign * int(amount)}


def _iso_duration(amount: float, unit: tuple[str, int]) -> str:
    """ISO 8601 duration: (30, day) → "P30D", (1, hour) → "PT1H", (0.5, hour) → "PT30M",
    (2, decade) → "P20Y"."""
    designator, multiple = unit
    number = tidy(amount * multiple)
    if isinstance(number, float) and designator in _SMALLER:
        smaller, factor = _SMALLER[designator]
        if float(number * factor).is_integer():
            designator, number = smaller, int(number * factor)
    if designator in ("H", "MIN", "S"):
        return f"PT{number}{'M' if designator == 'MIN' else designator}"
    return f"P{number}{designator}"


@lru_cache(maxsize=16)
def _locale_vocabulary(
    lang: str,
) -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[tuple[str, ...], tuple[Kind, int]]]:
    """Weekdays, months, month abbreviations and relative day/week words for ``lang`` from
    dateparser's locale data; empty when dateparser does not know the language."""
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(lang).info
    except Exception:  # unknown language code, or dateparser missing: digits only
        return {}, {}, {}, {}
    day_names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    month_names = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")  # fmt: skip
    weekdays = {
        n.lower(): k for k, d in enumerate(day_names) for n in info.get(d, []) if len(n) > 3
    }
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for k, m in enumerate(month_names, start=1):
        names = info.get(m, [])
        longest = max(names, key=len, default="")
        for name in names:  # a month's longest name is its full one, even "Mai", "mei"
            (months if len(name) > 3 or name == longest else abbreviations)[name.lower()] = k
    relative: dict[tuple[str, ...], tuple[Kind, int]] = {}
    shifts = {"2 day ago": ("day", -2), "1 day ago": ("day", -1), "0 day ago": ("day", 0),
              "in 1 day": ("day", 1), "in 2 day": ("day", 2), "1 week ago": ("week", -1),
              "0 week ago": ("week", 0), "in 1 week": ("week", 1), "1 month ago": ("month", -1),
              "0 month ago": ("month", 0), "in 1 month": ("month", 1), "1 year ago": ("year", -1),
              "0 year ago": ("year", 0), "in 1 year": ("year", 1)}  # fmt: skip
    for key, phrases in info.get("relative-type", {}).items():
        if key in shifts:
            for phrase in phrases:
                relative[tuple(words(phrase))] = shifts[key]  # type: ignore[assignment]
    parts = _FUSED_PARTS_OF_DAY.get(lang, ())
    weekdays |= {f"{name}{part}": k for name, k in weekdays.items() for part in parts}
    for kind, offset, phrases in _EU_RELATIVE.get(lang, ()):
        for phrase in phrases.split(", "):
            relative[tuple(words(phrase))] = (kind, offset)
    return weekdays, months, abbreviations, _with_contractions(relative, lang)


def _with_contractions(
    relative: dict[tuple[str, ...], tuple[Kind, int]], lang: str
) -> dict[tuple[str, ...], tuple[Kind, int]]:
    """``relative`` with each phrase that opens with an article also as a preposition fused
    with it writes it: Spanish "del año pasado" is "de" + "el año pasado", Portuguese "do
    fim de semana passado", Italian "dell'anno scorso" (one word), French "du mois dernier".
    Every look-up of a phrase told from now (alone, after a month, an edge or a quarter)
    then finds it after such a preposition as well, as one DATE with it, as the fused word
    cannot be split. A phrase also known without its article ("o próximo fim de semana",
    "próximo fim de semana") is found without it, and the fused word stays out ("no
    próximo fim de semana"), as English "on the" does."""
    contractions = _ARTICLE_CONTRACTIONS.get(lang, {})
    elided = _ELIDED_CONTRACTIONS.get(lang, ())
    fused: dict[tuple[str, ...], tuple[Kind, int]] = {}
    for phrase, told in relative.items():
        first, rest = phrase[0], phrase[1:]
        for fused_article in contractions.get(first, ()) if rest not in relative else ():
            fused.setdefault((fused_article, *rest), told)
        if first.startswith("l'"):
            for preposition in elided:  # "l'anno" → "dell'anno", "nell'anno"
                fused.setdefault((preposition + first[1:], *rest), told)
    return fused | relative


#: A definite article and the prepositions fused with it, by language: "del" is "de el",
#: "do" is "de o", "della" is "di la", "du" is "de le" (see :func:`_with_contractions`).
_ARTICLE_CONTRACTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"el": ("del", "al")},
    "pt": {"o": ("do", "no", "ao", "pelo"), "a": ("da", "na", "pela")},
    "it": {"il": ("del", "nel", "al", "dal", "sul"), "lo": ("dello", "nello", "allo", "dallo"),
           "la": ("della", "nella", "alla", "dalla", "sulla")},
    "fr": {"le": ("du", "au")},
}  # fmt: skip
#: The prepositions Italian fuses with an elided article, written as one word: "dell'anno".
_ELIDED_CONTRACTIONS = {"it": ("dell", "nell", "all", "dall", "sull")}


#: Words before Spanish "mañana" that make it the morning: "esta mañana", "por la mañana".
_ES_MORNING_BEFORE = frozenset({"la", "esta", "cada", "toda"})
#: Parts of the day that German and Dutch write fused to the weekday: "Dienstagabend",
#: "zondagmiddag" (one TIME).
_FUSED_PARTS_OF_DAY = {
    "de": ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"),
    "nl": ("ochtend", "middag", "avond", "nacht"),
}

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
#: Words between a quarter and its year: "du troisième trimestre de 2025", "van 2024".
_EU_PART_LINKS = frozenset({"de", "del", "di", "do", "van", "des", "dell'"})

#: Weeks, weekends, months and years told from now that dateparser's locale data lacks: the
#: inflected German forms ("im vergangenen Jahr"), the elided Italian article ("l'anno
#: scorso") and other common wordings ("l'an dernier", "ano que vem", "afgelopen jaar",
#: "le week-end dernier", "afgelopen weekend").
_EU_RELATIVE: dict[str, tuple[tuple[Kind, int, str], ...]] = {
    "de": (("week", -1, "vergangene woche, vergangenen woche, vorige woche, vorigen woche"),
           ("week", 1, "kommende woche, kommenden woche, nächsten woche, nächster woche"),
           ("weekend", -1, "vergangenen wochenende, vergangene wochenende, letzten wochenende, "
                           "letztes wochenende"),
           ("weekend", 0, "diesem wochenende, dieses wochenende"),
           ("weekend", 1, "kommenden wochenende, kommende wochenende, nächsten wochenende"),
           ("month", -1, "vergangenen monat, vorigen monat, letzten monat"),
           ("month", 1, "kommenden monat"),
           ("year", -1, "vergangenes jahr, vergangenen jahr, voriges jahr, vorigen jahr, "
                        "letzten jahr"),
           ("year", 0, "diesem jahr, dieses jahres"),
           ("year", -1, "vergangenen jahres, vorigen jahres, letzten jahres"),
           ("year", 1, "nächsten jahr, kommendes jahr, kommenden jahr, nächsten jahres, "
                       "kommenden jahres")),
    "fr": (("weekend", -1, "le week-end dernier, le week-end passé"),
           ("weekend", 0, "ce week-end"), ("weekend", 1, "le week-end prochain"),
           ("week", -1, "la semaine passée"), ("year", -1, "l'an dernier, l'an passé, "
                                                         "l'année passée"),
           ("year", 1, "l'an prochain")),
    "es": (("weekend", -1, "el fin de semana pasado, el pasado fin de semana, "
                           "fin de semana pasado, pasado fin de semana"),
           ("weekend", 0, "este fin de semana"),
           ("weekend", 1, "el próximo fin de semana, próximo fin de semana"),
           ("week", 1, "la semana que viene"), ("month", 1, "el mes que viene"),
           ("year", 1, "el año que viene")),
    "it": (("weekend", -1, "lo scorso fine settimana, il fine settimana scorso"),
           ("weekend", 0, "questo fine settimana"), ("weekend", 1, "il prossimo fine settimana"),
           ("week", -1, "la settimana passata"), ("month", -1, "il mese scorso"),
           ("year", -1, "l'anno scorso, l'anno passato"), ("year", 1, "l'anno prossimo")),
    "pt": (("weekend", -1, "o fim de semana passado, o último fim de semana, "
                           "fim de semana passado, último fim de semana"),
           ("weekend", 0, "este fim de semana"),
           ("weekend", 1, "o próximo fim de semana, próximo fim de semana"),
           ("week", 1, "semana que vem"), ("month", 1, "mês que vem"),
           ("year", 1, "ano que vem")),
    "nl": (("weekend", -1, "afgelopen weekend, vorig weekend"), ("weekend", 0, "dit weekend"),
           ("weekend", 1, "komend weekend, volgend weekend"),
           ("week", -1, "afgelopen week"), ("week", 1, "komende week"),
           ("month", -1, "afgelopen maand"), ("year", -1, "afgelopen jaar"),
           ("year", 1, "komend jaar, komende jaar")),
}  # fmt: skip

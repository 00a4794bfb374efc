"""Holidays on a fixed day ("Natal", "Christmas Eve", "Thanksgiving") and moving feasts
("Lebaran", "Idul Adha", "Easter"): their names, the days they fall on, and the rules that
find them."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reader.analysis.timegrammar.periods import _PeriodRules
from reader.analysis.timegrammar.values import _YEAR_DIRECTIONS, Direction, TimeMatch
from reader.analysis.timegrammar.vocabulary import _YEAR, _YEAR_CUES, _by_first_word, _options
from reader.analysis.wordscan import is_capitalized

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


#: Days before a feast in Indonesian: "H-3" (three days before Lebaran).
_FEAST_COUNTDOWN = re.compile(r"h-\d{1,2}")
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

#: English words before a holiday that say which one, in its span as TimeML has it: "this
#: Christmas" (this year's), "last Christmas", "next Thanksgiving".
_EN_WHICH_HOLIDAY: dict[str, Direction] = {"this": "this_year", "last": "before",
                                           "next": "after"}  # fmt: skip
_HOLIDAY_PHRASES = _by_first_word([*_HOLIDAYS, *_WEEKDAY_HOLIDAYS])
_MOVING_FEASTS = _options(_MOVING_FEAST_NAMES)
#: Words after a moving feast that name its day: "Thanksgiving Day", "Easter weekend".
_FEAST_DAYS = frozenset({"day", "eve", "weekend"})


class _HolidayRules(_PeriodRules):
    """Rules for holidays and moving feasts."""

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
        first = i
        which = self.low(i - 1) in _EN_WHICH_HOLIDAY and self.low(i - 2) != "the"
        if which and not size and self.lex == "en":  # (not "the last Christmas of the war")
            first, direction = i - 1, _EN_WHICH_HOLIDAY[self.low(i - 1)]  # "last Christmas"
        return self.match(first, j + size, "DATE", kind="annual", offset=month * 100 + day,
                          weekday=weekday, direction=direction, deictic=True)  # fmt: skip

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

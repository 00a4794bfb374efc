"""Written dates: a day and its month ("19 Maret 2025", "March 19", "27-29 Agustus"), numeric
dates ("19/3/2025"), years, fiscal years, decades and centuries."""

from __future__ import annotations

import re

from reader.analysis.number_words import owns_year
from reader.analysis.timegrammar.tense import _TenseReader
from reader.analysis.timegrammar.values import _YEAR_DIRECTIONS, Direction, Kind, TimeMatch
from reader.analysis.timegrammar.vocabulary import (
    _DECADE,
    _EN_MONTH_BEFORE,
    _EU_PART_LINKS,
    _MONTHS,
    _PERIOD_SHIFT,
    _YEAR,
    _YEAR_CUES,
)
from reader.analysis.timevalues import FISCAL_PREFIX
from reader.analysis.wordscan import is_capitalized

#: Words between "tahun" and a year that make it a fiscal or school year: "tahun buku 2024",
#: "tahun ajaran 2024/2025".
_ID_FISCAL = frozenset({"buku", "anggaran", "fiskal", "ajaran", "akademik"})
#: Words between the two years of a range: "from 2010 to 2018", "2020 hingga 2024".
_RANGE_WORDS = frozenset({"to", "and", "until", "through", "dan", "hingga", "sampai", "-",
                          "\u2013"})  # fmt: skip
#: Words that narrow a period to its start, middle or end: "awal 2024", "late March",
#: "earlier this year", "later this month".
_MODIFIERS = frozenset({"awal", "akhir", "pertengahan", "early", "mid", "late", "earlier",
                        "later"})  # fmt: skip
#: Words after a day without its year that say which one: "14 Januari lalu" is the last
#: 14 January, "5 Mei mendatang" (or "nanti") the coming one.
_MONTH_SHIFT: dict[str, dict[str, Direction]] = {
    "id": {"lalu": "before", "kemarin": "before", "mendatang": "after", "depan": "after",
           "nanti": "after"},
    "en": {},
}  # fmt: skip
#: A century's number in Roman numerals, as Indonesian writes it: "abad XX", "abad ke-XXI".
_ROMAN_CENTURIES = {"xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20, "xxi": 21}
#: English ordinal words that number a century: "the twentieth century".
_CENTURY_ORDINALS = {"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                     "nineteenth": 19, "twentieth": 20, "twenty-first": 21}  # fmt: skip
#: A century's ordinal in digits, alone or glued to the word: "19th", "19th-century".
_CENTURY_DIGITS = re.compile(r"(1\d|2[01]|[1-9])(?:st|nd|rd|th)(-century)?")
#: A century's number after "abad" in Indonesian: "ke-20", "20".
_ID_CENTURY = re.compile(r"(?:ke-)?(1\d|2[01]|[1-9])")
#: Spanish and Portuguese words between day, month and year: "17 de marzo de 2025".
_MONTH_YEAR_LINKS = frozenset({"de"})
#: Indonesian nouns a year names without a cue ("Pilkada 2024", "serentak 2024", "APBN
#: 2025"): elections, budgets, editions and seasons, each held in a year.
_ID_YEAR_NOUNS = frozenset({"pemilu", "pilkada", "pilpres", "pileg", "pemilihan", "serentak",
                            "apbn", "apbd", "rapbn", "rapbd", "periode", "angkatan", "edisi",
                            "musim", "sensus", "olimpiade", "games", "lebaran", "mudik",
                            "ramadan", "ramadhan", "natal"})  # fmt: skip
#: Words after a bare Indonesian month that place it from now: "Juni lalu", "Maret depan".
_ID_MONTH_SHIFTS: dict[str, Direction] = {"lalu": "before", "silam": "before", "depan": "after",
                                          "mendatang": "after"}  # fmt: skip
#: Words between the first and the last day of a range of one month: "3 hingga 16 Februari".
_DAY_JOINERS = frozenset({"hingga", "sampai", "-", "\u2013", "dan", "to", "and", "until",
                          "through"})  # fmt: skip
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?")
_DAY_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
#: Days of one month written as one word: "27-29" in "27-29 Agustus", "June 10-12".
_DAY_RANGE = re.compile(r"(\d{1,2})[-\u2013](\d{1,2})")
#: A fiscal year as business news writes it in one word: "FY2025", "FY25", "FY2024/25".
_FISCAL_YEAR = re.compile(r"fy(?:20)?\d{2}(?:/(?:20)?\d{2})?")
#: A span of years written as one word: "2018-2021", "1998\u20132002", "2024/2025" (a school
#: or fiscal year).
_YEAR_RANGE = re.compile(r"(?:1[6-9]|20)\d{2}[-\u2013/](?:1[6-9]|20)\d{2}")
#: Words before "year" that name a year across two: "the 2027-28 school year".
_YEAR_KINDS = frozenset({"school", "academic", "fiscal", "financial", "tax", "crop"})
#: A season of two years with the second cut short: "2025-26", "2019/20".
_SEASON_YEARS = re.compile(r"(?:1[6-9]|20)(\d{2})[-\u2013/](\d{2})")


class _DateRules(_TenseReader):
    """Rules for written dates, years, decades and centuries."""

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
            end = i + 1 + bool(_YEAR.fullmatch(self.low(i + 1)))
            part = _months_part(self.months[parts[0]], self.months[parts[1]])
            if part is None:
                return self.match(i, end, "DATE")
            written = self.low(i + 1) if end > i + 1 else None  # "April-June": a quarter
            shift = None if written else _MONTH_SHIFT.get(self.lex, {}).get(self.low(end))
            return self.part(i, end, *part, written, direction=shift or self.ahead(i))
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
            first -= self.low(first - 1) in ("the", "tahun", "era", "dekade")  # "era 1990-an"
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
        "fiscal year 2025", "the 2027 financial year", and a year between an article, a
        determiner or a possessive and a lowercase noun ("a 2015 earthquake", "the 2008
        crisis", "its 2026 budget", "the council's 2029 plan"; counts of that size are
        written "2,015")."""
        if self.low(i - 1) == "fiscal":
            return self.fiscal(i - 1, i + 1, self.low(i))
        if self.low(i - 1) == "year" and self.low(i - 2) == "fiscal":
            return self.fiscal(i - 2, i + 1, self.low(i))
        fiscal = self.low(i + 1) in ("fiscal", "financial") and self.low(i + 2) == "year"
        if fiscal and self.low(i - 1) == "the":  # "the 2027 financial year"
            return self.fiscal(i - 1, i + 3, self.low(i))
        after = self.words[i + 1] if i + 1 < len(self.words) else None
        if (
            owns_year(self.scan_lows[i - 1], self.low(i - 2))
            and after is not None
            and after.low.isalpha()
            and not is_capitalized(after)
        ):
            return self.year(i, i + 1, self.low(i))
        return None

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


def _months_part(first: int, last: int) -> tuple[Kind, int] | None:
    """The quarter or half of a year that the months ``first`` to ``last`` make ("April-June"
    → the second quarter, "Januari-Juni" → the first half), as TimeML values them; None for
    any other span ("Januari-Agustus")."""
    if last - first == 2 and first % 3 == 1:
        return "quarter", (first + 2) // 3
    if last - first == 5 and first in (1, 7):
        return "half", 1 + (first == 7)
    return None

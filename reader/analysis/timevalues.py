"""How a time value of reduced precision is written: the codes of TimeML's period values.

A period with no single day is valued as TimeML values it, an ISO 8601 date of reduced
precision: a year "2024", a decade "199" (the 1990s), a century "19" (the 1900s), a month
"2025-03", a quarter "2024-Q3", a half "2024-H1", a season "2025-SU", with "XXXX" for a year
the text leaves out, and a fiscal year "FY2026"; a week is its ISO week "2026-W48", its weekend
"2026-W48-WE". The time grammar
(:mod:`reader.analysis.timegrammar`) and the time annotator (:mod:`reader.analysis.times`)
write these values; the status line (:mod:`reader.widgets.status_line`) reads them back into
words. The codes live here, in a
module that imports nothing heavy, so that the format is written down once and the reader's start-up
reads it without loading the time grammar.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the kinds as types only: evaluating them costs start-up time
    from typing import Literal, TypeAlias

    #: The parts of a year numbered after a letter.
    PartKind: TypeAlias = Literal["quarter", "half"]
    #: The kinds of value :func:`read_value` tells apart.
    ValueKind: TypeAlias = Literal[
        "year", "decade", "century", "fiscal", "month", PartKind, "season"
    ]

#: TimeML's codes of a year's seasons, 1 spring "SP", 2 summer "SU", 3 fall "FA", 4 winter
#: "WI"; a winter is the one that begins in December of its year ("2025-WI" ends in February
#: 2026).
SEASON_CODES = ("SP", "SU", "FA", "WI")
#: The letter before the number of a year's quarter or half: "2024-Q3", "2024-H1".
PART_LETTERS: dict[str, str] = {"quarter": "Q", "half": "H"}
#: How many of each period a year has.
PARTS_PER_YEAR: dict[str, int] = {"year": 1, "half": 2, "season": 4, "quarter": 4, "month": 12}
#: What opens a fiscal year's value: "FY2026".
FISCAL_PREFIX = "FY"
#: What a value has for the year the text leaves out: "XXXX-03".
UNKNOWN_YEAR = "XXXX"

#: What a week's value has before its number ("2026-W48"), and a weekend's after it.
WEEK_MARK = "-W"
WEEKEND_MARK = "-WE"

#: The kind of a value with no part, by its number of digits: "19", "199", "2024".
_WHOLE_KINDS: dict[int, ValueKind] = {2: "century", 3: "decade", 4: "year"}
_PART_KINDS: tuple[PartKind, ...] = ("quarter", "half")
#: The code of each quarter and half, with its kind and number: "Q3" → ("quarter", 3).
_PART_CODES = {
    f"{PART_LETTERS[kind]}{n}": (kind, n)
    for kind in _PART_KINDS
    for n in range(1, PARTS_PER_YEAR[kind] + 1)
}
#: How news writes a quarter or half of a year on its own: "Q1", "Q3 2025", "H1" (a time,
#: never a name).
PART_CODES = frozenset(_PART_CODES)


def period_value(kind: str, number: int, year: str | None) -> str:
    """The TimeML value of month, quarter, half or season ``number`` of ``year`` ("XXXX"
    when None): ("month", 3, "2025") → "2025-03", ("quarter", 3, None) → "XXXX-Q3",
    ("half", 1, "2024") → "2024-H1", ("season", 2, "2025") → "2025-SU"."""
    if kind == "season":
        part = SEASON_CODES[number - 1]
    elif kind in PART_LETTERS:
        part = f"{PART_LETTERS[kind]}{number}"
    else:
        part = f"{number:02d}"
    return f"{year or UNKNOWN_YEAR}-{part}"


def period_number(part: str) -> int:
    """The number of the part of a year a value ends with: "03" → 3, "Q3" → 3, "H1" → 1,
    "SU" → 2 (the inverse of :func:`period_value`)."""
    if part in SEASON_CODES:
        return SEASON_CODES.index(part) + 1
    return int(part.lstrip("".join(PART_LETTERS.values())))


def read_value(value: str) -> tuple[ValueKind, str, int] | None:
    """A period value read back: its kind, its year (the three digits of a decade) and the
    number of its part of the year (0 for a year, decade, century or fiscal year): "2025-SU" →
    ("season", "2025", 2), "2024-Q3" → ("quarter", "2024", 3), "2025-03" → ("month", "2025",
    3), "2024" → ("year", "2024", 0), "199" → ("decade", "199", 0), "FY2026" → ("fiscal",
    "2026", 0), "19" → ("century", "19", 0). None for anything else (a day, a value without
    its year, a duration)."""
    if value.startswith(FISCAL_PREFIX) and value[len(FISCAL_PREFIX) :].isdecimal():
        return "fiscal", value[len(FISCAL_PREFIX) :], 0
    year, _, part = value.partition("-")
    if not year.isdecimal() or len(year) not in (2, 3, 4):
        return None
    if not part:
        return _WHOLE_KINDS[len(year)], year, 0
    if len(year) != 4:
        return None
    if part in SEASON_CODES:
        return "season", year, SEASON_CODES.index(part) + 1
    if part in _PART_CODES:
        kind, number = _PART_CODES[part]
        return kind, year, number
    if part.isdecimal() and 1 <= int(part) <= 12:
        return "month", year, int(part)
    return None


def week_value(day: date, weekend: bool = False) -> str:
    """The TimeML value of the ISO week ``day`` falls in, or of its weekend: 2026-11-27 →
    "2026-W48", with ``weekend`` "2026-W48-WE" (an ISO week's year may differ from the day's:
    2024-12-30 → "2025-W01")."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}{WEEK_MARK}{week:02d}{WEEKEND_MARK if weekend else ''}"


def week_first_day(value: str) -> date | None:
    """The first day of the week or weekend a value names: its Monday, or a weekend's
    Saturday ("2026-W48" → 2026-11-23, "2026-W48-WE" → 2026-11-28); None for any other value."""
    monday = week_monday(value)
    if monday is None or not value.endswith(WEEKEND_MARK):
        return monday
    return monday + timedelta(days=5)


def week_monday(value: str) -> date | None:
    """The Monday of the week a week's or a weekend's value names ("2026-W48" and
    "2026-W48-WE" → 2026-11-23), or None for any other value."""
    year, mark, week = value.partition(WEEK_MARK)
    week = week.removesuffix(WEEKEND_MARK)
    if not mark or len(year) != 4 or not year.isdecimal() or not week.isdecimal():
        return None
    try:
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return None

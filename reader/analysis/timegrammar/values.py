"""What the grammar finds, :class:`TimeMatch` with its :data:`Kind` and :data:`Direction`,
and the values it writes itself: ISO 8601 durations and periods counted from now."""

from __future__ import annotations

from typing import Literal, NamedTuple

from reader.analysis.model import TimeType
from reader.analysis.number_words import tidy

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


#: A fraction of a unit is written in the next smaller one: half an hour is "PT30M".
_SMALLER = {"H": ("MIN", 60), "D": ("H", 24), "W": ("D", 7), "Y": ("M", 12)}


#: Units from the largest down, for durations written in several parts.
_ORDER = {"Y": 0, "M": 1, "W": 2, "D": 3, "H": 4, "MIN": 5, "S": 6}

#: The period a number of months counts in, by how many months it has: "tiga bulan lalu"
#: is a month, "two quarters ago" a quarter, "dua semester lalu" a half.
_MONTHS_PERIODS: dict[int, Kind] = {1: "month", 3: "quarter", 6: "half"}


def _join_durations(first: str, second: str) -> str:
    """Join two durations: "P2Y" and "P6M" → "P2Y6M"; "P1D" and "PT12H" → "P1DT12H"."""
    date_a, _, time_a = first[1:].partition("T")
    date_b, _, time_b = second[1:].partition("T")
    time = time_a + time_b
    return f"P{date_a}{date_b}" + (f"T{time}" if time else "")


def _period_ago(amount: float | None, unit: tuple[str, int], sign: int) -> dict[str, object]:
    """How to value "N weeks/months/years ago" (``sign`` -1) or "from now" (+1): the period
    of reduced precision that many periods from the publication date's, as TimeML values it
    ("three months ago" in March 2025 → "2024-12", "lima tahun lalu" → "2020", "two weeks
    ago" → its ISO week: a count of weeks is no exact day); nothing for a vague or split
    amount ("beberapa tahun lalu", "setengah tahun lalu") or decades."""
    designator, multiple = unit
    if amount is None or not float(amount).is_integer():
        return {}
    if designator == "W":  # "a fortnight ago" is two weeks
        return {"kind": "week", "offset": sign * int(amount) * multiple}
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

"""Weekdays and clock times, one layer as each reads the other: "Selasa (7/10) pukul 23.14
WITA", "10 a.m. Monday", "Sabtu malam", "the night of March 3"."""

from __future__ import annotations

import re

from reader.analysis.timegrammar.locales import _FUSED_PARTS_OF_DAY
from reader.analysis.timegrammar.sets import _SetRules
from reader.analysis.timegrammar.values import Direction, TimeMatch
from reader.analysis.timegrammar.vocabulary import (
    _DAY_EDGES,
    _PARTS_OF_DAY,
    _options,
    _options_by_lang,
)
from reader.analysis.wordscan import is_capitalized

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
_TIME_ZONES = {"WIB", "WITA", "WIT", "GMT", "UTC", "ET", "EST", "EDT", "PT", "PST", "PDT",
               "CET", "CEST", "BST", "JST", "AEST", "AEDT"}  # fmt: skip
_CLOCK_CUES = {"id": {"pukul", "jam"}, "en": set()}
_AM_PM = {"am", "pm", "a.m", "p.m"}

_CLOCK = re.compile(r"([01]?\d|2[0-3]|24(?=[.:]00))(?:[.:]([0-5]\d))?")  # "24.00" ends a day
_CLOCK_AMPM = re.compile(r"(1[0-2]|0?\d)(?:[.:]([0-5]\d))?(am|pm)")
#: A span of clock times written as one word: "14.00-16.00", "09:30-11:00".
_CLOCK_RANGE = re.compile(r"([01]?\d|2[0-3])[.:][0-5]\d-([01]?\d|2[0-3])[.:][0-5]\d")
#: The words that may link a clock time to the day after it: "4 p.m. on Thursday", "pukul
#: 10.00 WIB, Senin (23/11)", "pukul 13.00 WIB pada Sabtu (14/2/2026)".
_CLOCK_DAY_LINKS = {"en": frozenset({"on"}), "id": frozenset({",", "pada"})}
#: Words between two clock times: "pukul 14.00 - 16.00", "pukul 08.00 hingga 10.00".
_CLOCK_JOINERS = frozenset({"-", "\u2013", "hingga", "sampai", "to", "until"})
_WEEKDAY_AFTER_OPTIONS = _options_by_lang(_WEEKDAY_AFTER)
_ID_CLOCK_WORDS = _options({"tengah malam", "tengah hari", "dini hari"})
#: English words for a time of day of their own: "at noon", "by midnight", "restored
#: overnight".
_EN_NOON_WORDS = frozenset({"noon", "midday", "midnight", "overnight"})
#: Those that name an hour, as a clock time does ("overnight" names none).
_EN_CLOCK_WORDS = _EN_NOON_WORDS - {"overnight"}
#: Market words that make "early", "late" before them a time of the trading day: "shares
#: fell 2% in early trading".
_TRADING = frozenset({"trading", "trade", "deals", "dealings"})
#: English times of day that name no day, and the words before them that make them a time
#: ("at dawn", not "the dawn of a new era").
_EN_DAWN_WORDS = frozenset({"dawn", "dusk", "daybreak", "sunrise", "sunset"})
_EN_DAWN_CUES = frozenset({"at", "before", "after", "by", "until", "till", "since", "from"})
#: Words after a clock time that say whose clock it is: "pukul 09.00 waktu setempat", "23:47
#: local time", "8 p.m. Eastern time" (part of the TIMEX3, as a zone is).
_LOCAL_TIME = {
    "id": _options({"waktu setempat"}),
    "en": _options({"local time", "eastern time", "central time", "mountain time", "pacific time"}),
}


class _ClockRules(_SetRules):
    """Rules for weekdays and clock times."""

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

    def _clock(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "pukul 10.00 WIB", "10.30 WIB", "10 a.m.", "10am", "14:30", "noon", "at dawn"."""
        low = self.low(i)
        if self.lex == "en" and low in _EN_NOON_WORDS:
            day = self._clock_day(i, i + 1)
            if day is None and low in _EN_CLOCK_WORDS:  # "By noon, …": the scene's day
                return self.match(i, i + 1, "TIME", kind="clock")
            return day or self.match(i, i + 1, "TIME")
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

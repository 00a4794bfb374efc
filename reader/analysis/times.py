"""The time annotator: TIMEX3-style time expressions with values resolved against the pubdate.

:mod:`reader.analysis.timegrammar` finds the expressions; this module gives them values.
In an article of Wednesday 2025-03-19: "hari Selasa" → 2025-03-18 (a bare weekday in news is
the most recent such day on or before the publication date; "depan"/"next", a future cue
such as "akan"/"will" in the clause, or a present "is" ("The vote is on Thursday") picks the
next one instead), "kemarin" → 2025-03-18, "Rabu" → 2025-03-19, "dua hari lalu" →
2025-03-17, "pekan lalu" → "2025-W11" (a week is its ISO week, as TimeML values it, and
"akhir pekan lalu" its weekend, "2025-W11-WE"), "Idul Fitri 2025" →
2025-03-31 (moving feasts from the government's calendar, Easter by the computus).
``value`` is a full ``YYYY-MM-DD`` day, or for a year, month, quarter, decade or century an
ISO 8601 date of reduced precision as TimeML values them: "tahun lalu" and "lima tahun lalu"
→ "2024" and "2020", "Maret 2025" and "Maret" (the nearest March) → "2025-03", "bulan depan"
and "three months ago" → "2025-04" and "2024-12", "kuartal III 2024" → "2024-Q3", "the
1990s" → "199", "abad ke-20" → "19"; else None, as for durations, sets and fiscal years.
Consumers that need a day (the events' timeline) take only full days.

Two readings follow the text around a date: the end of a range comes after its start ("mulai
25 September hingga 23 November"), and a weekday told again without a cue of its own is the
day of its last mention ("visit Hollins Park on Sunday. Kick-off on Sunday is at 4.30pm").

``relative`` is True for expressions that depend on the publication date; ``anchor`` is the
publication date when a day or a period was resolved against it ("kemarin", "tahun lalu"),
and for "now", "recently", which are told from it without naming a day, as TimeML anchors
them. Without
a pubdate such expressions are still found, with value None; written years, months, quarters
and decades keep theirs. Absolute dates in the common forms ("19 Maret 2025", "March 19,
2025", "Senin (17/3)") are read here; the others are parsed by ``dateparser``, imported lazily
and called only on the date phrases the grammar found, with a cache: it is slow to import and
takes about a millisecond per call.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate

from reader.analysis.doc import Doc
from reader.analysis.model import Entity, TimeSpan
from reader.analysis.narrative import offset_day, offset_year, told_as_done
from reader.analysis.number_words import base_lang
from reader.analysis.predicates import FUTURE_AUXILIARIES
from reader.analysis.timegrammar import (
    PERIOD_KINDS,
    WITHIN_DAY,
    Kind,
    TimeMatch,
    feast_days,
    find_time_expressions,
    holiday_date,
    month_name,
    month_number,
    opens_with_same_period,
)
from reader.analysis.timevalues import (
    PARTS_PER_YEAR,
    UNKNOWN_YEAR,
    period_number,
    period_value,
    week_value,
)


def find_times(doc: Doc, pubdate: date | None, entities: Sequence[Entity] = ()) -> list[TimeSpan]:
    """Time expressions in ``doc``, in text order, with values resolved against ``pubdate``;
    none inside a longer person's name among ``entities``, as months are given names too
    ("Raja Juli Antoni", "Bayu Ramadhan")."""
    # The names by start, with the furthest end any name reaches by then: a time past that
    # reach lies in no name, found without going through the names before it one by one.
    names = sorted((e.start, e.end) for e in entities if e.label == "PER")
    name_starts = [a for a, _ in names]
    reach = list(accumulate((b for _, b in names), max))
    # A name of one word that is written inside a longer one too ("Juli berkata" after
    # "Raja Juli Antoni") is that person's short name, no time.
    inner = {w for e in entities if e.label == "PER" for w in e.text.split()[1:]}
    spans: list[TimeSpan] = []
    last: tuple[int, str] | None = None  # where the last match naming a day ends, its day
    weekdays: dict[int, str] = {}  # weekday → the day its last mention named
    previous: TimeMatch | None = None
    # the days told from the speech time inside a quotation, with the quotation's span
    quoted: list[tuple[int, tuple[int, int]]] = []
    story_day: str | None = None  # the day the last time named, for "sehari kemudian"
    past_day: str | None = None  # the last such day not after the publication date
    story_at = 0  # where the time that set it ends
    counted_from: str | None = None  # the day "sehari kemudian" was counted from
    story_year: str | None = None  # the year of the last time, for "tahun sebelumnya"
    story_month: str | None = None  # and its month, for "a month earlier"
    told_day: str | None = None  # the last day named, for "Earlier that day" after a year
    told_at = 0  # where it ends
    period_since = False  # whether a year or month was told after it
    small_hours = False  # whether that day's time was in its small hours ("1 a.m. on …")
    # where the last day named ends, and its day: a clock time told after it without a day
    # of its own, in the same paragraph, is on it
    scene: tuple[int, str] | None = None
    for match in find_time_expressions(doc):
        opened = bisect_right(name_starts, match.start)  # the names starting by the time
        if opened and reach[opened - 1] >= match.end:
            lengths = [b - a for a, b in names[:opened] if match.end <= b]
            # (a name that is the time itself is the entities' doubt, unless it is a short
            # name written inside a longer one)
            if max(lengths) > match.end - match.start or doc.text[match.start : match.end] in inner:
                continue
        if match.kind in PERIOD_KINDS:  # a year, half, season, month ...: no day
            day, value = None, resolve_period(match, pubdate)
        elif match.kind in _WEEK_KINDS:  # "pekan lalu", "last weekend": no day either
            day, value = None, resolve_week(match, pubdate)
        else:
            day = resolve(match, doc.lang, pubdate)
            if day and last and match.kind == "date" and not match.year_given:
                day = _range_end(day, last[1], doc.text[last[0] : match.start])
            if day and match.kind == "weekday":
                if last:  # "Selasa hingga Kamis": the Thursday after that Tuesday
                    day = _weekday_range_end(day, last[1], doc.text[last[0] : match.start])
                day = _same_weekday(match, day, weekdays)
            if match.kind == "clock" and last and _in_one_clause(doc.text, last[0], match.start):
                day = last[1]  # "Minggu (22/11) sekitar pukul 14.30 WIB": that day's
            elif match.kind == "clock" and day is None and scene:
                # "Polls closed on Tuesday. … By 10 p.m., …": the day of the paragraph's scene
                day = scene[1] if doc.text.find("\n", scene[0], match.start) < 0 else None
            value = day
            if day and match.kind == "day" and (quote := _quotation_around(doc.text, match.start)):
                quoted.append((len(spans), quote))
            phrase = doc.text[match.start : match.end]
            if period_since and told_day and "\n" in doc.text[told_at : match.start]:
                told_day = None  # (nor past a paragraph break after a year or month told)
            if day is None and not story_day and told_day and match.kind == "none":
                # "Earlier that day" names the day told last even with a year or month told
                # since ("agreed on Wednesday … rejected last year … Earlier that day, …")
                story_day = told_day if offset_day(phrase, told_day) == told_day else None
            if day is None and story_day and match.kind == "none":
                # "Sehari kemudian", "two days later": counted from the day told before, as
                # is "the week before", that day's week before (no day)
                origin = _count_back_from(phrase, story_day, past_day, pubdate, doc.text, match.end)
                value = _counted_week(phrase, origin, pubdate)
                if value is None:
                    day = value = _counted_day(phrase, origin, pubdate)
                if value and small_hours and _earlier_late_part(phrase, doc.text, match.start):
                    day = value = offset_day("the day before", origin)
                counted_from = origin if value else None
            if value is None and story_month and match.kind == "none":
                # "from 4.1 percent a month earlier", "dibanding bulan sebelumnya": from the
                # month told before
                value = _counted_month(phrase, story_month, pubdate)
                counted_from = story_month if value else None
            if value is None and story_year and match.kind == "none":
                # "dibanding tahun sebelumnya", "a year earlier": from the year told before
                value = _counted_year(phrase, story_year, pubdate)
                counted_from = story_year if value else None
        if (
            previous
            and spans
            and previous.kind == "clock"
            and _day_after_clock(previous, match, day, doc.text)
        ):
            spans[-1] = replace(spans[-1], value=day)  # "at 6 a.m. the next morning"
        last = (match.end, day) if day else None
        if day:
            scene = last
            told_day, told_at, period_since = day, match.end, False
        elif match.type == "SET" or match.kind in PERIOD_KINDS or match.kind in _WEEK_KINDS:
            scene = None  # (nor a month, week or habit told since)
            period_since = period_since or match.kind in PERIOD_KINDS
        if day and story_day and day < story_day and _looked_back(doc.text, match.start, doc.lang):
            pass  # "had signed on Monday": the story's day stays, "the next day" counts from it
        elif day or not _aside(match, doc.text, story_at):
            story_day, story_at = day, match.end  # (a month or year told since is no day to
            # count from, but for an aside of the day's own sentence)
            if day and (pubdate is None or day <= pubdate.isoformat()):
                past_day = day
            small_hours = bool(day) and match.type == "TIME" and _in_small_hours(match, doc.text)
        story_year = value[:4] if value and value[:4].isdecimal() and len(value) != 3 else None
        story_month = value[:7] if value and _MONTH_VALUE.match(value) else None
        if value and previous and spans[-1].value and _starts_range(previous, match, doc.text):
            spans[-1] = _in_year_of(spans[-1], value)
        previous = match
        # "now", "recently" and a period told from the publication date ("tahun lalu") name
        # no day but are told from it all the same
        resolved = value is not None or match.kind == "reference"
        anchored = match.deictic and resolved and pubdate is not None
        anchor = pubdate.isoformat() if anchored and pubdate else counted_from
        counted_from = None
        spans.append(
            TimeSpan(
                start=match.start,
                end=match.end,
                text=doc.text[match.start : match.end],
                type=match.type,
                value=value,
                anchor=anchor,
                relative=match.deictic,
                duration=match.duration,
            )
        )
    if quoted and pubdate:
        _tell_from_saying(doc.text, spans, quoted, pubdate)
    return spans


def _aside(match: TimeMatch, text: str, story_at: int) -> bool:
    """Whether ``match``, which names no day, leaves the story's day as it is: an amount of
    time or a habit, which is no time on the line ("The trial lasted 14 weeks. The week
    before, …"), or a period told later in the day's own sentence ("was sentenced on
    Tuesday for taking kickbacks between 2015 and 2019": the week before is Tuesday's)."""
    if match.type in ("DURATION", "SET"):
        return True
    return _SENTENCE_END.search(text, story_at, match.start) is None


def _looked_back(text: str, start: int, lang: str) -> bool:
    """Whether the sentence before ``start`` (a day earlier than the story's) is told as a
    look back ("Both sides had signed a draft on Monday", "Kedua pihak telah menandatangani
    draf pada Senin"): the story's day stays, and "the next day", "dua hari kemudian" after
    it count from the scene, not from the flashback's day."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    return told_as_done(text[opening:start], lang)


#: A clock time in the small hours of its day: "1 a.m.", "12:30am", "after midnight",
#: "pukul 01.30", "dini hari" (from midnight to before 5).
_SMALL_HOURS = re.compile(
    r"\b(?:(?:12|0?[1-4])(?:[:.]\d\d)?\s*a\.?m\b|after\s+midnight|pukul\s+0?[0-4][.:]\d\d"
    r"|dini\s+hari)",
    re.IGNORECASE,
)
#: Parts of a day that come after its small hours (see :func:`_earlier_late_part`).
_LATE_PARTS = frozenset({"afternoon", "evening", "night", "siang", "sore", "malam"})


def _in_small_hours(match: TimeMatch, text: str) -> bool:
    """Whether the time ``match`` is a clock time in the small hours of its day ("after"
    may stand just before it: "after midnight on Sunday")."""
    return _SMALL_HOURS.search(text, max(0, match.start - 6), match.end) is not None


def _earlier_late_part(phrase: str, text: str, start: int) -> bool:
    """Whether ``phrase`` (at ``start``) names a part of the day that comes after the small
    hours, told as earlier than them, "earlier" or "sebelumnya" in it or just before it
    ("Earlier in the evening", "Earlier that night", "Sebelumnya pada malam itu"): after
    "1 a.m. on Wednesday" that is Tuesday's evening, the night the small hours close, not
    Wednesday's."""
    words = phrase.lower().split()
    if _LATE_PARTS.isdisjoint(words):
        return False
    before = text[max(0, start - 16) : start].lower()
    return words[0] == "earlier" or "earlier" in before or "sebelumnya" in before


def _count_back_from(
    phrase: str,
    story_day: str,
    past_day: str | None,
    pubdate: date | None,
    text: str,
    end: int,
) -> str:
    """The day a count back ("Two days earlier", "sehari sebelumnya") ending at ``end`` is
    told from: the day told last, unless that is a plan after the publication date and the
    story told a day (``past_day``) at most a week before it; then that earlier day, as the
    plan was an aside ("a field hospital would open on Wednesday. Two days earlier, a
    smaller quake had …" counts from the quake's Tuesday, however many paragraphs back; a
    day years before the plan is no scene it was an aside of). A count back whose own
    clause is ahead ("Two days earlier, ministers will meet") is told from the plan all
    the same."""
    if pubdate is None or past_day is None or story_day <= pubdate.isoformat():
        return story_day
    counted = offset_day(phrase, story_day)
    if counted is None or counted >= story_day:
        return story_day
    if date.fromisoformat(story_day) - date.fromisoformat(past_day) > _ASIDE_REACH:
        return story_day
    sentence_end = _SENTENCE_END.search(text, end)
    clause = text[end : sentence_end.start() if sentence_end else len(text)].lower().split()
    if not FUTURE_AUXILIARIES.isdisjoint(clause[:6]) or _IS_TO.search(" ".join(clause[:6])):
        return story_day
    return past_day


#: How far before a plan's day the story's day may be for the plan to be an aside of it.
_ASIDE_REACH = timedelta(days=7)
#: "is to", "are to": what the clause tells is ahead ("the envoys are to meet").
_IS_TO = re.compile(r"\b(?:is|are|was|were)\s+to\b")


def _counted_day(phrase: str, story_day: str, pubdate: date | None) -> str | None:
    """The day a count of days from the story ("Sehari kemudian", "two days later") names,
    counted from ``story_day``; None past the publication date, which a story told in the
    past does not reach ("dihentikan pada Rabu sore … keesokan harinya" of a Wednesday)."""
    day = offset_day(phrase, story_day)
    if day is not None and pubdate is not None and day > pubdate.isoformat():
        return None
    return day


#: Phrases that name the week before or after the week of the day the story told last (a
#: week, not the day seven days off: "sepekan sebelumnya" is that day).
_COUNTED_WEEKS = {
    "pekan sebelumnya": -1,
    "pekan berikutnya": 1,
    "the week before": -1,
    "the previous week": -1,
    "the week after": 1,
    "the following week": 1,
}


def _count_key(phrase: str) -> str:
    """``phrase`` lower-cased, its words joined by single spaces: its key in the tables of
    counted weeks, months and years, whatever line break or double space it was written
    with ("the week\nbefore")."""
    return " ".join(phrase.lower().split())


def _counted_week(phrase: str, story_day: str, pubdate: date | None) -> str | None:
    """The ISO week a phrase of :data:`_COUNTED_WEEKS` names, counted from the week of
    ``story_day`` ("the week before" of 2026-08-12 → "2026-W32"); None for any other phrase,
    or for a week that starts after the publication date."""
    step = _COUNTED_WEEKS.get(_count_key(phrase))
    if step is None:
        return None
    day = date.fromisoformat(story_day) + timedelta(weeks=step)
    if pubdate is not None and _monday(day) > pubdate:
        return None
    return week_value(day)


#: Phrases that count years from the year the story told last, and by how many.
_COUNTED_YEARS = {
    "tahun sebelumnya": -1,
    "setahun sebelumnya": -1,
    "setahun kemudian": 1,
    "the previous year": -1,
    "the year before": -1,
    "a year earlier": -1,
    "a year later": 1,
    "the following year": 1,
    "that year": 0,  # "Later that year, …"
    "tahun itu": 0,
}


def _counted_year(phrase: str, story_year: str, pubdate: date | None) -> str | None:
    """The year a count of years from the story ("dibanding tahun sebelumnya", "a year
    earlier") names, counted from ``story_year``; None for any other phrase, or past the
    publication year. "The same period" before such a phrase keeps its year ("periode yang
    sama tahun sebelumnya", "the same period a year earlier")."""
    words = _count_key(phrase).split()
    if opens_with_same_period(words):
        words = words[3:]
    elif words[0] in WITHIN_DAY:
        words = words[1:]  # "later that year"
    base = int(story_year)
    step = _COUNTED_YEARS.get(" ".join(words))
    year = offset_year(phrase, base) if step is None else base + step  # "Dua tahun sebelumnya"
    if year is None or (pubdate is not None and year > pubdate.year):
        return None
    return f"{year:04d}"


#: A value that names a month or a day in it: "2025-12", "2025-12-14".
_MONTH_VALUE = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])\b")
#: Phrases that name the month before or after the month the story told last.
_COUNTED_MONTHS = {
    "bulan sebelumnya": -1,
    "sebulan sebelumnya": -1,
    "bulan berikutnya": 1,
    "sebulan kemudian": 1,
    "the previous month": -1,
    "the month before": -1,
    "a month earlier": -1,
    "a month before": -1,
    "the following month": 1,
    "the month after": 1,
    "a month later": 1,
}


def _counted_month(phrase: str, story_month: str, pubdate: date | None) -> str | None:
    """The month a phrase of :data:`_COUNTED_MONTHS` names, counted from ``story_month``
    ("a month earlier" of 2025-12 → "2025-11"); None for any other phrase, or for a month
    after the publication date's."""
    step = _COUNTED_MONTHS.get(_count_key(phrase))
    if step is None:
        return None
    months = int(story_month[:4]) * 12 + int(story_month[5:7]) - 1 + step
    month = f"{months // 12:04d}-{months % 12 + 1:02d}"
    if pubdate is not None and month > pubdate.isoformat()[:7]:
        return None
    return month


#: Quotation marks that open a quotation and the mark that closes each.
_QUOTE_CLOSERS = {'"': '"', "\u201c": "\u201d"}
_SENTENCE_END = re.compile(r"[.!?]\s")
#: Most characters between a quotation and the day its speech verb was dated by ("said on
#: Sunday evening: \"", "\", kata Kepala BPBD Garut Asep Mulyana kemarin").
_SAYING_REACH = 60


def _quotation_around(text: str, at: int) -> tuple[int, int] | None:
    """The (start, end) of the quotation on its line that holds the character at ``at``:
    after an odd number of straight quotes, or a curly opening quote not closed yet."""
    line = text.rfind("\n", 0, at) + 1
    before = text[line:at]
    opened = before.rfind("\u201c")
    if opened < before.rfind("\u201d"):
        opened = -1
    if opened < 0 and before.count('"') % 2:
        opened = before.rfind('"')
    if opened < 0:
        return None
    mark = before[opened]
    line_end = text.find("\n", at)
    closed = text.find(_QUOTE_CLOSERS[mark], at, line_end if line_end >= 0 else len(text))
    return (line + opened, closed + 1) if closed >= 0 else None


def _tell_from_saying(
    text: str, spans: list[TimeSpan], quoted: list[tuple[int, tuple[int, int]]], pubdate: date
) -> None:
    """Tell the days inside a quotation ("today", "hari ini", "kemarin") from the day it was
    said when the text dates the saying right by the quotation (\"Hari ini air sudah mulai
    surut,\" kata Asep kemarin; said on Sunday: "Today was the worst day"): the speaker's
    today is that day. A quotation with no day of its saying keeps the publication date."""
    for k, quote in quoted:
        here = spans[k]
        assert here.value is not None  # (only days with a value are quoted)
        said = _saying_day(text, spans, quote, pubdate.isoformat())
        if said is None:
            continue
        shift = date.fromisoformat(said) - pubdate
        value = (date.fromisoformat(here.value) + shift).isoformat()
        spans[k] = replace(here, value=value, anchor=said)


def _saying_day(text: str, spans: list[TimeSpan], quote: tuple[int, int], today: str) -> str | None:
    """The day, told from the publication date (``today``) and not after it, that stands in
    the quotation's sentence just before or just after the quotation ``quote``: the day its
    speech verb was dated by ("said on Sunday:", "kata Asep kemarin"); not a day of the
    sentence before ("a day off on Monday. \"We'll enjoy tonight\"")."""
    start, end = quote
    near = [
        s
        for s in spans
        if s.relative
        and s.value is not None
        and len(s.value) == 10
        and s.value <= today
        and (
            (start - _SAYING_REACH <= s.end <= start and _one_sentence(text, s.end, start))
            or (end <= s.start <= end + _SAYING_REACH and _one_sentence(text, end, s.start))
        )
    ]
    if not near:
        return None
    nearest = min(near, key=lambda s: start - s.end if s.end <= start else s.start - end)
    return nearest.value


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence ends between ``start`` and ``end`` (outside a quotation)."""
    return _SENTENCE_END.search(text, start, end) is None


def resolve(match: TimeMatch, lang: str, pubdate: date | None) -> str | None:
    """The ISO day a match names, or None when it names no single day or needs a missing
    publication date."""
    try:
        day = _resolve_day(match, lang, pubdate)
    except OverflowError:  # a publication date at the very end of the calendar
        return None
    return day.isoformat() if day else None


def resolve_period(match: TimeMatch, pubdate: date | None) -> str | None:
    """The TimeML value of a year, month, quarter or decade (see ``PERIOD_KINDS``): the one
    the text writes ("Maret 2025" → "2025-03"), else the one it tells from ``pubdate``
    ("tahun lalu" → "2024", "Maret" → "2025-03", the nearest March), or None."""
    written = match.absolute
    if written is not None and not written.startswith(_NO_YEAR):
        return written
    if pubdate is None:
        return None
    return _told_period(match.kind, written, match.offset, match.direction, pubdate)


#: Monday is 0: the weekday a weekend starts on.
_SATURDAY = 5
#: The kinds valued as an ISO week ("2026-W48") or its weekend ("2026-W48-WE").
_WEEK_KINDS = frozenset({"week", "weekend"})


def resolve_week(match: TimeMatch, pubdate: date | None) -> str | None:
    """The TimeML value of a week or weekend ``match.offset`` weeks from the publication
    date's ("pekan lalu" → "2026-W47", "this weekend" → "2026-W48-WE"), or None. A weekend
    told by its clause's tense ("died over the weekend") is the nearest one before the
    publication date, or the one of its week when ahead ("will meet over the weekend")."""
    if pubdate is None:
        return None
    offset = match.offset
    if match.direction == "past" and pubdate.weekday() < _SATURDAY:
        offset = -1  # published Monday to Friday: the weekend before
    try:
        day = pubdate + timedelta(weeks=offset)
    except OverflowError:  # a publication date at the very end of the calendar
        return None
    return week_value(day, weekend=match.kind == "weekend")


@lru_cache(maxsize=256)
def _told_period(
    kind: Kind, written: str | None, offset: int, direction: str, pubdate: date
) -> str | None:
    """The value of a period told from ``pubdate`` (cached: articles tell the same few): the
    one ``written`` with "XXXX" for its year names in ``direction`` ("XXXX-03"), or without
    it the one ``offset`` periods from the publication date's ("bulan depan")."""
    per_year = PARTS_PER_YEAR[kind]
    now = _period_index(pubdate, kind)
    if written is None:
        if kind == "year" and direction == "past" and pubdate.month <= _RECAP_MONTHS:
            offset -= 1  # "had promised to finish by the end of the year", told in January
        return _period_text(now + offset, kind)
    number = period_number(written[len(_NO_YEAR) :])  # "XXXX-03" → 3, "XXXX-Q3" → 3
    shift = _YEAR_SHIFTS.get(direction)
    years = (-1, 0, 1) if shift is None else (shift,)
    # the year of the period now: a winter's is the year of its December
    options = [(now // per_year + y) * per_year + number - 1 for y in years]
    index = _choose(options, now, direction)
    return None if index is None else _period_text(index, kind)


#: How many months into a year its news still tells the year before as "the year" in the
#: past ("sales slowed towards the end of the year" in January or February).
_RECAP_MONTHS = 2
#: The start of a period's value whose year the text leaves out: "XXXX-03".
_NO_YEAR = f"{UNKNOWN_YEAR}-"
#: How many months into the calendar year a period's year begins: a year of seasons begins
#: with spring, in March (its winter runs from December to February).
_YEAR_START = {"season": 2}
#: Directions that name the year of a month or quarter: "Maret tahun lalu".
_YEAR_SHIFTS = {"prev_year": -1, "this_year": 0, "next_year": 1}


def _period_index(day: date, kind: Kind) -> int:
    """Which period of ``kind`` of all since year 0 ``day`` falls in: its year times the
    periods per year plus the period of that year (0 for January, the first quarter or
    spring)."""
    months = day.year * 12 + day.month - 1 - _YEAR_START.get(kind, 0)
    return months * PARTS_PER_YEAR[kind] // 12


def _period_text(index: int, kind: Kind) -> str | None:
    """The TimeML value of period ``index`` (see :func:`_period_index`) of ``kind``."""
    year, part = divmod(index, PARTS_PER_YEAR[kind])
    if not 1 <= year <= 9999:
        return None
    return f"{year:04d}" if kind == "year" else period_value(kind, part + 1, f"{year:04d}")


def _resolve_day(match: TimeMatch, lang: str, pubdate: date | None) -> date | None:
    day: date | None = None
    if match.kind == "date":
        if match.year_given or pubdate is not None:
            day = _parse_absolute(match.absolute or "", base_lang(lang), pubdate)
        if day is not None and pubdate is not None and not match.year_given:
            day = _yearly(pubdate, day.month, day.day, match.direction)
    elif pubdate is None:
        return None
    elif match.kind == "day":
        day = pubdate + timedelta(days=match.offset)
    elif match.kind == "weekday":
        day = _weekday(pubdate, match.weekday, match.direction)
    elif match.kind == "annual":
        month, first = divmod(match.offset, 100)
        day = _yearly(pubdate, month, first, match.direction, match.weekday)
    elif match.kind == "feast":
        day = _moving_feast(pubdate, match.absolute or "", match.direction)
    # "two days before Christmas", "tiga pekan sebelum Idul Adha"
    if day is not None and match.days:
        day += timedelta(days=match.days)
    return day


def _moving_feast(pubdate: date, feast: str, direction: str) -> date | None:
    """The day of a moving feast named without its year ("Lebaran", "Imlek tahun lalu")
    seen from ``pubdate``, chosen among the days it falls on as a fixed holiday's is (see
    :func:`_yearly`): a bare "Eid" is the nearer of Idul Fitri and Idul Adha. None when a
    year it may fall in is past the calendar's end, rather than a day of the wrong year, or
    when the nearest two are about as near (mid-way between the two Eids: undecided)."""
    shift = _YEAR_SHIFTS.get(direction)
    options: list[int] = []
    for years in (-1, 0, 1) if shift is None else (shift,):
        days = feast_days(feast, pubdate.year + years)
        if days is None:
            return None
        options.extend(day.toordinal() for day in days)
    now = pubdate.toordinal()
    chosen = _choose(sorted(options), now, direction)
    if chosen is None or (direction not in _DIRECTED and _near_tie(options, now)):
        return None
    return date.fromordinal(chosen)


#: The directions that :func:`_choose` takes a side by; the others pick the nearest.
_DIRECTED = frozenset({"on_or_after", "before", "past", "after"})
#: How many days nearer than the next one the nearest day a feast's name may mean must be:
#: within that, neither is the one meant.
_EVEN_DAYS = 7


def _near_tie(options: list[int], now: int) -> bool:
    """Whether the two of ``options`` nearest ``now`` are about as near as each other."""
    near = sorted(abs(o - now) for o in options)
    return len(near) > 1 and near[1] - near[0] < _EVEN_DAYS


def _same_weekday(match: TimeMatch, value: str, weekdays: dict[int, str]) -> str:
    """The day a weekday names, told again: a bare weekday with no cue of its own ("Kick-off
    on Sunday is at 4.30pm") is the one mentioned before ("… visit Hollins Park on Sunday",
    read as the coming one from "visit"); the day each weekday named is kept in
    ``weekdays``."""
    if match.direction == "on_or_before" and match.weekday in weekdays:
        return weekdays[match.weekday]
    weekdays[match.weekday] = value
    return value


#: Words between the two days of a range: "25 September hingga 23 November", "May 30 to
#: June 2".
_RANGE_JOINERS = frozenset({"hingga", "sampai", "sampai dengan", "s.d.", "s/d", "to", "until",
                            "till", "through", "-", "\u2013"})  # fmt: skip


#: The most text between a day and a clock time of that day: "Senin, 23 November 2026,
#: sekitar pukul 10.00 WIB", "on Sunday and was felt at 2:30 p.m.".
_CLOCK_AFTER_DAY = 60


def _in_one_clause(text: str, day_end: int, clock_start: int) -> bool:
    """Is the text from a day (ending at ``day_end``) to a clock time after it short and
    free of the end of a sentence, so the clock time is told on that day?"""
    if clock_start - day_end > _CLOCK_AFTER_DAY:
        return False
    between = text[day_end:clock_start]
    return not any(mark in between for mark in ".!?;\n")


def _range_end(value: str, start: str, between: str) -> str:
    """The day ``value`` (written without its year) when it ends a range that began on
    ``start``: not before its start, so a year later if it would be ("mulai 25 September
    hingga 23 November" in May: 23 November of the same year as 25 September)."""
    if value >= start or between.strip().lower() not in _RANGE_JOINERS:
        return value
    day = date.fromisoformat(value)
    try:
        return day.replace(year=day.year + 1).isoformat()
    except ValueError:  # 29 February
        return value


def _weekday_range_end(value: str, start: str, between: str) -> str:
    """The day of a weekday ``value`` that ends a range begun on ``start``: within the week
    after it ("Senin hingga Rabu" told on a Tuesday: tomorrow, not last Wednesday)."""
    if value >= start or between.strip().lower() not in _RANGE_JOINERS:
        return value
    day, first = date.fromisoformat(value), date.fromisoformat(start)
    return (day + timedelta(weeks=(first - day).days // 7 + 1)).isoformat()


#: What may stand between a clock time and the day it is on: "at 7 p.m. on the day of the
#: vote", "pukul 08.00 pada hari Senin".
_CLOCK_DAY_LINKS = frozenset({"", "on", "pada"})
#: The nouns of a day named by what happens on it: "the day of the vote".
_DAY_NOUNS = frozenset({"day", "hari"})


def _day_after_clock(clock: TimeMatch, match: TimeMatch, day: str | None, text: str) -> bool:
    """Whether ``match`` (its day ``day``) is the day of the clock time ``clock`` right before
    it, only "on"/"pada" between: a day of its own ("pukul 08.00 pagi hari Senin", "pukul
    09.00 WIB hari Selasa"), one counted from the story ("reopened at 6 a.m. the following
    morning", "pukul 07.00 keesokan harinya"), or a day named by what happens on it ("at 7
    p.m. on the day of the vote"), whose day the story does not tell: the clock is on that
    day, not on the scene's before it."""
    if text[clock.end : match.start].strip().lower() not in _CLOCK_DAY_LINKS:
        return False
    if day is not None:
        return True
    phrase = text[match.start : match.end].lower().split()
    return (
        match.type == "DATE"
        and match.kind == "none"
        and phrase[-1] in _DAY_NOUNS
        and text[match.end : match.end + 4].lower() == " of "
    )


def _starts_range(first: TimeMatch, second: TimeMatch, text: str) -> bool:
    """Whether ``first``, a day or month written without its year, starts a range that
    ``second``, written with its year, ends: "Maret hingga April 2027", "Aug. 22 to Aug. 30,
    2027"."""
    if not (_year_left_out(first) and _year_written(second)):
        return False
    return text[first.end : second.start].strip().lower() in _RANGE_JOINERS


def _year_left_out(match: TimeMatch) -> bool:
    if match.kind == "date":
        return not match.year_given
    return match.kind == "month" and (match.absolute or "").startswith(_NO_YEAR)


def _year_written(match: TimeMatch) -> bool:
    if match.kind == "date":
        return match.year_given
    return match.kind == "month" and not (match.absolute or _NO_YEAR).startswith(_NO_YEAR)


def _in_year_of(start: TimeSpan, end: str) -> TimeSpan:
    """The ``start`` of a range, valued with its year told from the publication date, in
    the year of the range's ``end`` instead, or the year before when it would come after
    the end ("25 Desember hingga 2 Januari 2027"): the text tells its year now."""
    value = start.value or ""
    moved = end[:4] + value[4:]
    if moved > end:
        moved = f"{int(end[:4]) - 1:04d}{value[4:]}"
    return replace(start, value=moved, anchor=None, relative=False)


def _yearly(pubdate: date, month: int, day: int, direction: str, weekday: int = -1
            ) -> date | None:  # fmt: skip
    """The date of a day named without its year (Christmas, "5 Des") seen from ``pubdate``:
    the next one on or after it in a future clause, the last one before it or the next one
    after it when a word says so ("14 Januari lalu", "5 Mei mendatang"), the one in the year
    the text tells ("30 Juni tahun lalu"), else the nearest one ("5 Des" in an article of
    March 2025 is 5 December 2024). With a ``weekday`` the day is the first such weekday on
    or after ``month``/``day`` (Thanksgiving: see :func:`holiday_date`)."""
    options = []
    shift = _YEAR_SHIFTS.get(direction)
    for years in (-1, 0, 1) if shift is None else (shift,):
        try:
            options.append(holiday_date(pubdate.year + years, month, day, weekday).toordinal())
        except ValueError:  # 29 February in a common year
            continue
    chosen = _choose(options, pubdate.toordinal(), direction)
    return None if chosen is None else date.fromordinal(chosen)


def _choose(options: list[int], now: int, direction: str) -> int | None:
    """Which of ``options`` (days or periods as counts, in order) ``direction`` picks, seen
    from ``now``: the first on or after it, the last before it, the last on or before it,
    the first after it, else the nearest (on a tie the earlier: news tells the past more
    than the future)."""
    if direction == "on_or_after":
        return min((o for o in options if o >= now), default=None)
    if direction == "before":
        return max((o for o in options if o < now), default=None)
    if direction == "past":
        return max((o for o in options if o <= now), default=None)
    if direction == "after":
        return min((o for o in options if o > now), default=None)
    return min(options, key=lambda o: abs(o - now), default=None)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday(pubdate: date, weekday: int, direction: str) -> date:
    """The date of ``weekday`` (0 = Monday) seen from ``pubdate`` in ``direction``."""
    back = (pubdate.weekday() - weekday) % 7
    ahead = (weekday - pubdate.weekday()) % 7
    if direction == "before":
        return pubdate - timedelta(days=back or 7)
    if direction == "on_or_after":
        return pubdate + timedelta(days=ahead)
    if direction == "after":
        return pubdate + timedelta(days=ahead or 7)
    if direction == "this_week":
        return _monday(pubdate) + timedelta(days=weekday)
    if direction == "prev_week":
        return _monday(pubdate) - timedelta(weeks=1) + timedelta(days=weekday)
    if direction == "next_week":
        return _monday(pubdate) + timedelta(weeks=1) + timedelta(days=weekday)
    return pubdate - timedelta(days=back)  # on_or_before: the news default


@lru_cache(maxsize=1024)
def _parse_absolute(text: str, lang: str, pubdate: date | None) -> date | None:
    """Parse an absolute day ("19 Maret 2025", "March 19", "18/3", "2025-03-19").

    A missing year is taken from ``pubdate``. The common forms are read here; dateparser,
    imported on first use, reads the others, with month abbreviations it does not know
    ("17 Ags") spelled out first.
    """
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    common = _read_common(text, lang, pubdate)
    if common is not None:
        return common
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False}
    if pubdate is not None:
        settings["RELATIVE_BASE"] = datetime(pubdate.year, pubdate.month, pubdate.day)
    words = [month_name(word, lang) or word for word in text.split(" ")]
    try:
        parsed = dateparser.parse(" ".join(words), languages=[lang], settings=settings)
    except (ValueError, KeyError, OverflowError):  # unknown language code, or odd input
        return None
    return parsed.date() if parsed else None


#: The day of the month in a date, in English also with its ordinal suffix ("19th").
_DAY = {"id": re.compile(r"(\d{1,2})"), "en": re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")}
_YEAR = re.compile(r"\d{4}")
#: An Indonesian date in digits, day first: "19/3/2025", "17/08/2024", "(17/3)".
_ID_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?")


def _read_common(text: str, lang: str, pubdate: date | None) -> date | None:
    """The day of a date written one of the common ways, read as dateparser reads it, or
    None to leave the date to dateparser: "19 Maret 2025", "March 19, 2025", "Jan 5",
    "19th March" in English, "19/3/2025" and "17/3" in Indonesian. Most news dates take these
    forms, and reading them here spares dateparser's slow import and calls.

    ``text`` is the grammar's date phrase, its words joined by single spaces ("March 19 ,
    2025"); a missing year is the publication year.
    """
    if lang not in _DAY:
        return None
    numeric = _ID_NUMERIC.fullmatch(text) if lang == "id" else None
    if numeric is not None:
        day, month, year = int(numeric.group(1)), int(numeric.group(2)), numeric.group(3)
    else:
        day_month = _day_and_month(text.split(" "), lang)
        if day_month is None:
            return None
        day, month, year = day_month
    if year is None and pubdate is None:
        return None
    try:
        return date(int(year) if year else pubdate.year, month, day)  # type: ignore[union-attr]
    except ValueError:  # no such day ("31 April", "29 Februari" of a common year)
        return None


def _day_and_month(parts: list[str], lang: str) -> tuple[int, int, str | None] | None:
    """Day, month and year (if written) of "19 Maret [2025]" or "March 19[ , 2025]"."""
    if len(parts) == 4 and parts[2] == ",":  # "March 19 , 2025": only month first
        if month_number(parts[0], lang) is None:
            return None
        parts = [parts[0], parts[1], parts[3]]
    if len(parts) not in (2, 3) or (len(parts) == 3 and not _YEAR.fullmatch(parts[2])):
        return None
    year = parts[2] if len(parts) == 3 else None
    day_pattern = _DAY[lang]
    for day_word, month_word in (parts[:2], parts[1::-1]):
        day = day_pattern.fullmatch(day_word)
        month = month_number(month_word, lang)
        if day is not None and month is not None:
            return int(day.group(1)), month, year
    return None

"""The time annotator: TIMEX3-style time expressions with values resolved against the pubdate.

:mod:`reader.analysis.timegrammar` finds the expressions; this module gives them values.
In an article of Wednesday 2025-03-19: "hari Selasa" → 2025-03-18 (a bare weekday in news is
the most recent such day on or before the publication date; "depan"/"next" or a future cue
such as "akan"/"will" in the clause picks the next one instead), "kemarin" → 2025-03-18,
"Rabu" → 2025-03-19, "dua hari lalu" → 2025-03-17, "pekan lalu" → 2025-03-10 (a week is
dated by its Monday). ``value`` is always a full ``YYYY-MM-DD`` day or None: months and years
("Maret 2025", "tahun lalu") are found but stay None, as do durations and sets.

``relative`` is True for expressions that depend on the publication date; ``anchor`` is the
publication date when a value was resolved against it. Without a pubdate such expressions are
still found, with value None. Absolute dates ("19 Maret 2025", "March 19, 2025") are parsed by
``dateparser``, imported lazily and called only on the date phrases the grammar found, with a
cache: it is slow to import and takes about a millisecond per call.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from reader.analysis.doc import Doc
from reader.analysis.model import TimeSpan
from reader.analysis.number_words import base_lang
from reader.analysis.timegrammar import TimeMatch, find_time_expressions, month_name


def find_times(doc: Doc, pubdate: date | None) -> list[TimeSpan]:
    """Time expressions in ``doc``, in text order, with values resolved against ``pubdate``."""
    starts = frozenset(s.start for s in doc.sentences)
    spans = []
    for match in find_time_expressions(doc.text, doc.lang, starts):
        value = resolve(match, doc.lang, pubdate)
        anchored = match.deictic and value is not None and pubdate is not None
        spans.append(
            TimeSpan(
                start=match.start,
                end=match.end,
                text=doc.text[match.start : match.end],
                type=match.type,
                value=value,
                anchor=pubdate.isoformat() if anchored and pubdate else None,
                relative=match.deictic,
                duration=match.duration,
            )
        )
    return spans


def resolve(match: TimeMatch, lang: str, pubdate: date | None) -> str | None:
    """The ISO day a match names, or None when it names no single day or needs a missing
    publication date."""
    try:
        day = _resolve_day(match, lang, pubdate)
    except OverflowError:  # a publication date at the very end of the calendar
        return None
    return day.isoformat() if day else None


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
    elif match.kind == "week":
        day = _monday(pubdate) + timedelta(weeks=match.offset)
    elif match.kind == "weekday":
        day = _weekday(pubdate, match.weekday, match.direction)
    elif match.kind == "annual":
        day = _yearly(pubdate, match.offset // 100, match.offset % 100, match.direction)
    return day


def _yearly(pubdate: date, month: int, day: int, direction: str) -> date | None:
    """The date of a day named without its year (Christmas, "5 Des") seen from ``pubdate``:
    the next one on or after it in a future clause, the last one before it or the next one
    after it when a word says so ("14 Januari lalu", "5 Mei mendatang"), else the nearest one
    ("5 Des" in an article of March 2025 is 5 December 2024)."""
    options = []
    for year in (pubdate.year - 1, pubdate.year, pubdate.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February in a common year
            continue
    if direction == "on_or_after":
        return min((d for d in options if d >= pubdate), default=None)
    if direction == "before":
        return max((d for d in options if d < pubdate), default=None)
    if direction == "after":
        return min((d for d in options if d > pubdate), default=None)
    return min(options, key=lambda d: abs((d - pubdate).days), default=None)


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

    A missing year is taken from ``pubdate``. dateparser, imported here on first use, reads
    it; month abbreviations it does not know ("17 Ags") are spelled out first.
    """
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
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

"""Placement on the timeline: what the timeline needs of each draft, the moves that put
a clause ahead of the one it is told after, live blogs ordered by their stamps, and a
time of a month or a year."""

from __future__ import annotations

import bisect
import itertools
import re

from reader.analysis.events.drafts import _Draft
from reader.analysis.events.lexicon import _START
from reader.analysis.model import TimeSpan
from reader.analysis.narrative import (
    LATER,
    Placement,
    rough_day,
    rough_future_day,
    rough_value_day,
    words_cue,
)
from reader.analysis.timevalues import WEEKEND_MARK, read_value, week_monday

#: The kinds of period an event's time may be when its clause names no day (see _partial_time).
_PARTIAL_KINDS = frozenset(("year", "month", "quarter", "half", "season", "decade"))

_DAY_MINUTES = 24 * 60
#: Marks between a live blog's timestamp and its entry: "09:40 — Heathrow …", "10.15 WIB: …".
_STAMP_MARKS = frozenset("\u2014\u2013-:|")
#: The hours and minutes of a timestamp, with its a.m./p.m. if any: "09:40", "2.15pm".
_STAMP_CLOCK = re.compile(r"(\d{1,2})[.:](\d{2})\s*([ap])?", re.IGNORECASE)


def _placements(drafts: list[_Draft], reference: str | None, valued: bool) -> list[Placement]:
    """What the timeline needs of each draft. An event dated only roughly ("pada Agustus
    2023", "last year") before a day an earlier event was surely dated on is a flashback:
    the story has moved past it. An undated clause in the pluperfect ("Rivian had lost half
    its value") happened before the scene it is told in, as if told with "sebelumnya"; an
    undated clause in the sentence of a flashback ("…from 2016 until 2020, when an auditor
    flagged …") goes on with it, as if told with "kemudian". An undated clause in the future
    ("akan dijerat", "will appear") comes after the latest sure day and the reference day, as
    an aside: the next undated clause goes on from the story, not from that future. An
    undated statement ("Analysts said …") after a dated day is made on the reference day,
    an aside too (see :func:`_said_today`). A rough day comes from the time's value, or its
    phrase first unless the grammar ``valued`` the times against ``reference`` (see
    :func:`~reader.analysis.narrative.rough_day`)."""
    placements: list[Placement] = []
    latest = ""  # the latest sure day so far
    for k, d in enumerate(drafts):
        if d.time is not None and not _dated_by_host(drafts, k):
            placements.append(Placement(d.time, d.cue, d.aside, d.flashback))
            latest = max(latest, d.time)
            continue
        if _hosts_dated_aside(drafts, k):
            # "Warga mengungsi setelah banjir menerjang desa pada Minggu": on that day or
            # soon after, and after the flood (the aside is ordered right before it)
            day = drafts[k + 1].time
            placements.append(Placement(day, d.cue, d.aside, d.flashback))
            latest = max(latest, day or "")
            continue
        # (a month in a clause about the future is the next one: "will report in February")
        rough = None if d.ahead else rough_day(d.coarse, d.time_text, reference, valued)
        # "two weeks later", "tiga hari sebelumnya": told from the story, so a cue to it
        cue = d.cue or (words_cue(d.time_text.lower().split()) if d.time_text else None)
        if rough is None and cue != "before" and d.ahead:
            # "Ia akan dijerat …": not before what the story has reached, nor before today; an
            # aside, as the story told next goes on from where it was; "pada Juni" is June;
            # "kemudian akan …" too: later than the story, and later than today
            ahead = rough_future_day(d.time_text or "", reference) or rough_value_day(
                d.coarse, reference, ahead=True
            )
            if ahead is not None and reference is not None:
                ahead = max(ahead, reference)  # "would begin this week": not before today
            placements.append(Placement(ahead or max(latest, reference or "") or LATER, aside=True))
            continue
        told_on = drafts[k - 1] if k else None
        if (
            rough is None
            and cue is None
            and d.speech
            and _said_today(d, told_on, latest, reference)
        ):
            # "Analysts said …" after "On March 3, the board fired …": said on the article's
            # day, not on the last date told; an aside, as the story goes on from its events
            placements.append(Placement(reference, aside=True))
            continue
        flashback = d.flashback or (rough is not None and rough < latest)
        if cue is None and d.flashback and rough is None:
            cue = "before"
        elif cue is None and k and drafts[k - 1].sent == d.sent and placements[-1].flashback:
            cue = "after"
        placements.append(Placement(rough, cue, d.aside, flashback))
    return placements


def _said_today(draft: _Draft, before: _Draft | None, latest: str, reference: str | None) -> bool:
    """Whether an undated statement ``draft`` (its predicate a speech verb, no cue, not in
    the future or the pluperfect) is placed on the ``reference`` day: when a day before it
    was dated (``latest``, the latest so far) and not past that day. Without a date before
    it the story is told in text order and the statement stays in it; so it does where it
    goes on from the clause told ``before`` it: in that clause's sentence ("… melancarkan
    serangan, dengan Kyiv mengatakan …"), or said by one of its people in the next sentence
    ("… pemimpin Rusia setuju … Tetapi ia mengatakan …": said in the talks just told)."""
    if before is not None and (
        before.sent == draft.sent
        or (before.sent + 1 == draft.sent and not set(before.actors).isdisjoint(draft.actors))
    ):
        return False
    return (
        reference is not None
        and latest != ""
        and latest[:10] <= reference
        and not (draft.ahead or draft.flashback or draft.aside)
    )


def _first_before(drafts: list[_Draft], order: list[int]) -> None:
    """Put the clause after a sentence-opening "before" clause ahead of it on the timeline:
    in "Before the meeting began, protesters gathered outside" the gathering came first,
    though told second. Moved only when the two are not dated apart; the events between
    them on the timeline move one place on."""
    for k, d in enumerate(drafts[:-1]):
        main = drafts[k + 1]
        if not d.opens_before or main.sent != d.sent or order[k + 1] < order[k]:
            continue
        if main.time is not None and d.time is not None and main.time != d.time:
            continue
        _put_ahead(order, k + 1, k)


def _first_of_joined(drafts: list[_Draft], order: list[int]) -> None:
    """Put an undated clause ahead of the dated one its sentence joins to it with "before",
    "sebelum" or "then" ("Marlow had taken kickbacks before he resigned in 2023", "Hadi
    telah menerima suap sebelum ia mencalonkan diri lagi pada 2024"): it happened first,
    though the date alone would place it after. The events between them on the timeline
    move one place on."""
    for k in range(1, len(drafts)):
        d, first = drafts[k], drafts[k - 1]
        if d.cue != "after" or first.sent != d.sent or order[k - 1] < order[k]:
            continue
        if first.time is not None or first.coarse is not None or d.time_text is None:
            continue
        _put_ahead(order, k - 1, k)


def _put_ahead(order: list[int], moved: int, ahead_of: int) -> None:
    """Give the event ``moved`` the timeline place of ``ahead_of`` (which comes before it);
    the events from that place up to ``moved``'s old one move one place on."""
    lo, hi = order[ahead_of], order[moved]
    for j, position in enumerate(order):
        if lo <= position < hi:
            order[j] = position + 1
    order[moved] = lo


def _dated_by_host(drafts: list[_Draft], k: int) -> bool:
    """Whether draft ``k`` is an aside dated by the clause it hangs on ("targeted on Saturday
    when three men smashed the cases"): it is ordered by that clause, right before it, as an
    undated aside is, not after the whole of that day's story."""
    d = drafts[k]
    if not d.aside or k == 0:
        return False
    host = drafts[k - 1]
    if host.sent == d.sent and host.time == d.time and host.time_text == d.time_text:
        return True
    return _hosts_dated_aside(drafts, k - 1)


def _hosts_dated_aside(drafts: list[_Draft], k: int) -> bool:
    """Whether draft ``k`` is an undated main clause whose "setelah"/"after" aside, next in
    its sentence, has a day of its own ("Warga mengungsi setelah banjir menerjang desa itu
    pada Minggu"): the day is the aside's alone (see _Dating._date_sentence), but the
    main clause is ordered on it, right after the aside, not before everything dated."""
    if k + 1 >= len(drafts):
        return False
    d, aside = drafts[k], drafts[k + 1]
    return (
        aside.aside
        and aside.time is not None
        and aside.sent == d.sent
        and d.time is None
        and d.coarse is None
        and d.cue is None
        and not (d.ahead or d.reported or d.flashback or d.speech)
    )


def _live_blog_entries(text: str, times: list[TimeSpan]) -> list[tuple[int, int]]:
    """The entries of a live blog, as (start, end) character spans in time order.

    A live blog is told in entries that each open a line with a clock time: followed by a
    dash or colon, the entry is the rest of that paragraph ("01:45 GMT — The returning
    officer …", "Pukul 10.15 WIB: …"); alone on its line, the entry runs to the next stamp.
    Told newest first or oldest first, its entries have no day of their own, so only their
    stamps can order them. The direction is the one most steps between neighbouring stamps
    take round the clock, so a night that passes midnight keeps its order (00:30 is half an
    hour after 23:58). Fewer than two stamps make no live blog: none are returned.
    """
    stamps: list[tuple[int, int, int]] = []  # (start, entry end, minutes)
    for t in times:
        clock = _STAMP_CLOCK.search(t.text) if t.type == "TIME" else None
        if clock is None or text[text.rfind("\n", 0, t.start) + 1 : t.start].strip():
            continue
        after = text[t.end : t.end + 4].lstrip(" \t")[:1]
        if after not in _STAMP_MARKS and after not in ("\n", "\r"):
            continue
        hour = int(clock.group(1)) % 12 if clock.group(3) else int(clock.group(1))
        hour += 12 if (clock.group(3) or "").lower() == "p" else 0
        end = text.find("\n", t.end) if after in _STAMP_MARKS else -1  # -1: the next stamp
        stamps.append((t.start, end, hour * 60 + int(clock.group(2))))
    if len(stamps) < 2:
        return []
    # a step from one stamp to the next goes back in time when going forward round the
    # clock would take more than half a day: 00:20 → 23:50 steps back half an hour
    steps = [(b[2] - a[2]) % _DAY_MINUTES for a, b in itertools.pairwise(stamps)]
    newest_first = sum(step > _DAY_MINUTES // 2 for step in steps) > len(steps) / 2
    nexts = [start for start, _, _ in stamps[1:]] + [len(text)]
    entries = [
        (start, nxt if end < 0 else end) for (start, end, _), nxt in zip(stamps, nexts, strict=True)
    ]
    return entries[::-1] if newest_first else entries


def _order_live_blog(
    placements: list[Placement],
    drafts: list[_Draft],
    entries: list[tuple[int, int]],
    reference: str | None,
) -> None:
    """Order the events of live-blog ``entries`` (in time order) by their entry: an event
    dated the article's day, and the first event of an entry when it has no day of its own,
    is placed later that day than the events of the entries before it ("2025-02-08T001"
    sorts after "2025-02-08"); the entry's other undated events stay next to the event told
    before them, as anywhere (an aside "setelah menabrak …" before it). Events dated another
    day ("late on Friday") keep that day. With no reference day no event has a day (see
    :func:`_reference_day`), and the keys alone ("T001") order the entries."""
    for rank, (start, end) in enumerate(entries):
        key = f"{reference or ''}T{rank:03d}"
        first = bisect.bisect_left(drafts, start, key=_START)
        for k in range(first, len(drafts)):
            if drafts[k].start >= end:
                break
            if placements[k].date == reference or (k == first and placements[k].date is None):
                placements[k] = placements[k]._replace(date=key)


def _partial_time(draft: _Draft, reference: str | None) -> str | None:
    """An event's time when its clause names a month or a year but no day ("in May" →
    "2026-05", "pada 2022" → "2022"): ISO 8601 of reduced precision, as the time annotator
    values it, so a timeline row shows when it happened; so does a quarter, which results
    are told by ("profit fell in the third quarter" → "2025-Q3"), or a half ("laba naik pada
    semester I 2026" → "2026-H1"), or a week ("asked for more time last week" →
    "2026-W07"), which a reader places among days by its Monday. Its order still comes from
    a rough day (see :func:`_placements`); so do a season ("cut spending in the autumn" →
    "2026-FA") and a decade ("peaked in the 1980s" → "198"); weekends stay None. A month
    of a plan is the next one to come, as it is ordered ("Barrier to be finished by
    December" is not last December)."""
    value = draft.coarse
    if value is None:
        return None
    if not value.endswith(WEEKEND_MARK) and week_monday(value) is not None:
        return value
    kind = read_value(value)
    if kind is None or kind[0] not in _PARTIAL_KINDS:
        return None
    if draft.ahead and kind[0] == "month" and reference is not None and value < reference[:7]:
        coming = rough_future_day(draft.time_text or "", reference)
        return coming[:7] if coming else None
    return value

"""find_events, which runs the rest: the finder's drafts, the passes that date an event
from another (the same happening, a count of days, the lede), the timeline, summaries."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.doc import Doc
from reader.analysis.events.drafts import _Draft
from reader.analysis.events.finder import _EventFinder
from reader.analysis.events.timeline import (
    _first_before,
    _first_of_joined,
    _live_blog_entries,
    _order_live_blog,
    _partial_time,
    _placements,
)
from reader.analysis.model import Actor, Entity, Event, Quote, TimeSpan
from reader.analysis.narrative import offset_day, timeline_order, told_as_done
from reader.analysis.predicates import same_happening_verb
from reader.analysis.words import Mentions

#: Longest summary, in characters, before it is cut at a word boundary.
SUMMARY_LENGTH = 80
#: How many sentences after the headline its happening is looked for: the lede's.
_LEDE_SENTENCES = 3
#: How many events away a report of the same happening is looked for.
_SAME_HAPPENING_REACH = 40


def find_events(
    doc: Doc,
    entities: list[Entity],
    actors: list[Actor],
    times: list[TimeSpan],
    quotes: list[Quote],
    pubdate: str | None = None,
) -> list[Event]:
    """The reported happenings of ``doc``, in text order, each placed on the timeline
    (``pubdate``, ISO, is the article's day when its times name none: see _reference_day)."""
    finder = _EventFinder(doc, Mentions(entities, actors), actors, times, quotes, pubdate)
    drafts = finder.drafts()
    _date_from_same_happening(drafts, finder.content_of)
    _date_by_offset(drafts, finder.reference, doc)
    if finder.headline_end:
        _date_headline(drafts, doc.lang, doc.text)
    reference = finder.reference
    placements = _placements(drafts, reference, finder.valued_on_reference)
    _order_live_blog(placements, drafts, _live_blog_entries(doc.text, times), reference)
    order = timeline_order(placements, reference)
    _first_before(drafts, order)
    _first_of_joined(drafts, order)
    text = doc.text
    return [
        Event(  # id, start, end, summary, actors, time, time_text, order, trigger (by position:
            # a call with keywords costs more)
            f"e{i + 1}",
            d.start,
            d.end,
            _summary(d.lead + text[d.after_lead or d.start : _told_end(drafts, i)]),
            d.actors,
            d.time or _partial_time(d, reference),
            d.time_text,
            order[i],
            d.trigger.span(),
        )
        for i, d in enumerate(drafts)
    ]


_WORD = re.compile(r"[^\W\d_]+")


def _date_from_same_happening(
    drafts: list[_Draft], content_of: Callable[[_Draft], frozenset[str]]
) -> None:
    """An undated event takes the date of the nearest dated event (at most
    :data:`_SAME_HAPPENING_REACH` events away) reporting the same happening: at least two people
    in common and a shared content word (``content_of`` a draft)."""
    for i, draft in enumerate(drafts):
        if draft.time is not None or len(draft.people) < 2:
            continue
        lo, hi = max(0, i - _SAME_HAPPENING_REACH), i + _SAME_HAPPENING_REACH + 1
        same = [
            d
            for d in drafts[lo:hi]
            if d.time is not None
            and len(d.people & draft.people) >= 2
            and content_of(d) & content_of(draft)
        ]
        if same:
            nearest = min(same, key=lambda d: abs(d.start - draft.start))
            draft.time, draft.time_text = nearest.time, nearest.time_text


def _date_by_offset(drafts: list[_Draft], reference: str | None, doc: Doc) -> None:
    """An event told with days counted from the story ("Dua hari sebelumnya, warga …", "Two
    days later, engineers …", "keesokan harinya") takes the day that many days from the
    last event told before it with a time, when that time is a day: after one dated only
    roughly ("bermula pada Oktober 2023. Dua hari kemudian, …") the day is not known. A day
    counted past the article's own day (``reference``) is left unsaid: news tells what has
    happened, so the count went from a day other than the one told last. A count the time
    annotator valued already keeps that value ("Pekan sebelumnya" is the week before, not
    the day seven days back). A look back to a day before the story's ("… had signed the
    deal on Monday") is no day the story counts on from."""
    anchor: str | None = None
    for draft in drafts:
        if draft.time_text is None:
            continue
        if draft.time is None and draft.coarse is None and anchor is not None:
            day = offset_day(draft.time_text, anchor[:10])
            if day is not None and (reference is None or day <= reference):
                draft.time = day  # and the story counts on from it
        if not (draft.time and anchor and draft.time < anchor and _looks_back(draft, doc)):
            anchor = draft.time


def _looks_back(draft: _Draft, doc: Doc) -> bool:
    """Whether ``draft`` is told as a look back: in the pluperfect, or as done up to its
    predicate ("had signed", "telah menandatangani")."""
    return draft.flashback or told_as_done(doc.text[draft.start : draft.trigger.end], doc.lang)


def _date_headline(drafts: list[_Draft], lang: str, text: str) -> None:
    """An undated headline event takes the date of the lede's event it restates, the first
    one of the next :data:`_LEDE_SENTENCES` sentences told with the same verb ("KPK Tahan …"
    / "KPK menahan … pada Kamis malam", "Minister resigns …" / "… resigned on Tuesday"),
    as its predicate or, failing that, in what it reports ("Harbor agrees to buy …" /
    "Harbor said on Monday it had agreed to buy …", dated by the saying when what it reports
    has no day of its own, unless the headline's is ahead: "Bank to cut jobs" / "… said on
    Monday it would cut …"): a headline rarely says when, its lede does. One with a month or
    year of its own ("Bridge to reopen in May") keeps it."""
    lede = [d for d in drafts if 0 < d.sent <= _LEDE_SENTENCES]
    for draft in drafts:
        if draft.sent != 0:
            break
        if draft.time is not None or draft.coarse is not None:
            continue
        verb = draft.trigger.lower
        told = next((d for d in lede if same_happening_verb(verb, d.trigger.lower, lang)), None)
        if told is None:
            told = next((d for d in lede if d.time and _tells(text, d, verb, lang)), None)
        if told is not None and told.time is None and told.reported:
            if draft.ahead:
                continue  # a plan is not made on the day it was announced
            told = drafts[drafts.index(told) - 1]  # the speech that reports it
        if told is not None and told.time is not None:
            draft.time, draft.time_text = told.time, told.time_text


def _tells(text: str, draft: _Draft, verb: str, lang: str) -> bool:
    """Whether the clause of ``draft`` has a form of the headline's ``verb`` among its words."""
    words = _WORD.findall(text, draft.start, draft.end)
    return any(same_happening_verb(verb, word.lower(), lang) for word in words)


def _one_line(text: str) -> bool:
    """Whether ``text`` is already one line of single spaces, as most clauses are: printable
    text has no whitespace but the space, so no double space and no space at either end
    leaves nothing to collapse."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _told_end(drafts: list[_Draft], i: int) -> int:
    """Where the summary of ``drafts[i]`` ends: a speech clause whose report is an event of
    its own runs on into it, so the timeline says what was said ("Ia mengatakan gencatan
    senjata penuh hanya akan berhasil …"), not only that someone spoke ("Ia mengatakan");
    any other clause ends where its span does."""
    draft = drafts[i]
    if draft.speech and i + 1 < len(drafts):
        told = drafts[i + 1]
        if told.reported and told.sent == draft.sent:
            return told.end
    return draft.end


def _summary(text: str) -> str:
    """One readable line: whitespace collapsed, first letter capitalised, cut at a word."""
    line = text if _one_line(text) else " ".join(text.split())
    if line:
        line = line[0].upper() + line[1:]
    if len(line) <= SUMMARY_LENGTH:
        return line
    cut = line[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"

"""Placing events on a timeline: narrative ordering cues and the ordering rule itself.

The rule, applied to events in text order (each with an ISO date or none, and an optional
cue), building the timeline by insertion:

1. A **dated** event goes after every event already placed whose effective date is on or
   before its own (undated events placed before any dated one count as earliest), so dated
   events are sorted by date and keep text order within a day.
2. An **undated** event stays next to the event before it in the text (skipping an aside,
   see :class:`Placement`) and takes that event's effective date: right after it, or
   *before* it when the event carries a "before" cue: a clause joined by "setelah"/"after"
   right before the clause it hangs on, an event told with "sebelumnya", "earlier",
   "previously" before that day's first event (it looks back past the whole scene). "After"
   cues ("kemudian", "setelah itu", "beberapa jam kemudian", "later", "afterwards") and no
   cue both mean right after.
3. The first event of the text, when undated, starts the timeline with no effective date.
4. An undated event told after a *future* event (dated after the article's reference day)
   does not follow it into the future: it is placed as if dated on the reference day (rule 1).
5. A **flashback** (a clause in the pluperfect, "had approved", "pernah dilanda", or one dated
   only roughly before a day the story has already reached, "pada Agustus 2023") is a look
   back, and so is an undated event told with a "before" cue (rule 2): an undated event told
   after one without a cue returns to the story and stays next to the last event that was no
   look back; one with a cue ("Saat itu", "kemudian") goes on with the look back.

Events dated only by a period the time grammar valued ("last month", "Le mois dernier",
"kuartal III" → "2025-02", "2025-02", "2024-Q3"), or by a past phrase it left without a
value ("two years ago", "recently"), are ordered by a rough day (:func:`rough_day`: the middle
of the period, :func:`rough_value_day`, or a day counted back, :func:`rough_past_day`); the
rough day is used for ordering only, never reported as the event's time.

So undated events travel with their dated neighbour: "Trump spoke to Putin on Tuesday. Putin
refused…" keeps the refusal on Tuesday, even when Tuesday's events are told after Wednesday's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal, NamedTuple

from reader.analysis.number_words import english_count
from reader.analysis.timegrammar import (
    ID_NEXT_DAY_PHRASES,
    LATELY_WORDS,
    PRESENT_WORDS,
    STORY_PARTS,
    WITHIN_DAY,
    month_number,
)
from reader.analysis.timevalues import PARTS_PER_YEAR, WEEKEND_MARK, read_value, week_first_day

Cue = Literal["before", "after"]

# Multi-word cues are matched as phrases on lowercased text; single words as whole words.
_BEFORE_CUES = (
    "sebelumnya",
    "sebelum itu",
    "sebelum ini",
    "earlier",
    "previously",
    "before that",
    "prior to that",
    # German, Dutch, French, Spanish, Italian, Portuguese (after the verb in German and
    # Dutch: "sloot eerder een akkoord", "hatte zuvor gewarnt")
    "zuvor",
    "vorher",
    "davor",
    "eerder",
    "daarvoor",
    "auparavant",
    "précédemment",
    "anteriormente",
    "in precedenza",
    "precedentemente",
)
_AFTER_CUES = (
    "kemudian",
    "setelah itu",
    "sesudah itu",
    "usai itu",
    "selanjutnya",
    "keesokan harinya",
    "later",
    "afterwards",
    "afterward",
    "subsequently",
    "then",
    "the next day",
    "danach",
    "später",
    "anschließend",
    "daarna",
    "ensuite",
    "después",
    "posteriormente",
    "successivamente",
    "depois",
    "em seguida",
    # Same-time cues: the event goes on with the one before it, even with a flashback.
    "saat itu",
    "ketika itu",
    "waktu itu",
    "at the time",
    "at that time",
)
# Words right before a predicate that make its clause a look back ("had approved", "pernah
# dilanda"): the pluperfect and its Indonesian counterpart.
FLASHBACK_WORDS = frozenset(("had", "pernah"))
#: A clause in the pluperfect or, in Indonesian, told as done ("had signed", "had already
#: left", "telah menandatangani", "sudah tiba", "pernah ditahan"; not "had a meeting"): a
#: day earlier than the story's told in one is a look back, not where the story goes on.
_TOLD_AS_DONE = {
    "en": re.compile(
        r"\bhad\s+(?!(?:a|an|the|its|his|her|their|our|my|your|no|some|to)\b)[a-z]",
        re.IGNORECASE,
    ),
    "id": re.compile(r"\b(?:telah|sudah|pernah)\s+[a-z]", re.IGNORECASE),
}


def told_as_done(clause: str, lang: str) -> bool:
    """Whether ``clause`` is told in the pluperfect ("Both sides had signed a draft") or, in
    Indonesian, as done ("Kedua pihak telah menandatangani draf"). With a day earlier than
    the story's it is a look back: "the next day", "dua hari kemudian" after it count from
    the story's day, not from it."""
    pattern = _TOLD_AS_DONE.get(lang)
    return pattern is not None and pattern.search(clause) is not None


# Words joining a clause to the clause before it in the same sentence and saying which came
# first: "A after B" / "A setelah B" / "A since B" tell B, which happened before A; "A before
# B" / "A sebelum B" tell B, which happened after A (as does "A, lalu B" / "A, then B").
TEMPORAL_JOINERS: dict[str, Cue] = {
    "after": "before",
    "since": "before",
    "setelah": "before",
    "sesudah": "before",
    "seusai": "before",
    "usai": "before",
    "sejak": "before",
    "before": "after",
    "sebelum": "after",
    # "X when Y": Y is what X followed on ("hurt when a roof collapsed")
    "when": "before",
    "ketika": "before",
}
# Words after a comma that open the next step of a sequence ("…, lalu menyerahkan …").
SEQUENCE_WORDS = frozenset(("lalu", "kemudian", "then"))
_CUE_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(c) for c in _BEFORE_CUES + _AFTER_CUES) + r")(?![\w-])"
)
# The words the cues start with, and a letter a cue may start with.
CUE_OPENERS = frozenset(cue.split()[0] for cue in _BEFORE_CUES + _AFTER_CUES)
_CUE_LETTER = re.compile("[a-z]")


def narrative_cue(text: str) -> Cue | None:
    """The ordering cue in ``text`` (a clause's opening words or the words before its verb)."""
    match = _CUE_PATTERN.search(text.lower())
    if match is None:
        return None
    return "before" if match.group(1) in _BEFORE_CUES else "after"


def words_cue(words: list[str]) -> Cue | None:
    """:func:`narrative_cue` of lowercase ``words`` joined by spaces, without its search for
    the many word lists that cannot hold a cue: a cue stands apart from other letters and
    digits, so a word of letters and digits only starts one only by being its first word,
    and a word without a letter of a cue starts none."""
    for word in words:
        if word in CUE_OPENERS or (not word.isalnum() and _CUE_LETTER.search(word)):
            return narrative_cue(" ".join(words))
    return None


#: Cues that may close a clause rather than open it: "She was suspended shortly afterwards",
#: "Ia dibebaskan tak lama kemudian".
CLOSING_CUES = frozenset(
    ("afterwards", "afterward", "later", "earlier", "previously", "kemudian", "sebelumnya")
)


def closing_cue(prev: str, last: str) -> Cue | None:
    """The cue a clause's lowercase ``last`` word gives it (``prev`` the word before): none
    after a unit of time ("naik 12 persen dibanding tahun sebelumnya", "a loss a year
    earlier", "two days later"), which makes a compared period or a day counted from the
    story, both read with the clause's times."""
    if last not in CLOSING_CUES or prev in _UNIT_DAYS or prev in ("sehari", "sepekan"):
        return None
    return narrative_cue(last)


#: The day of an undated plan in a text that gives no day at all ("The company will close
#: the plant. Workers went on strike …"): after every day, as it sorts after digits, so the
#: plan comes after the past the story tells; the undated event told after it is not drawn
#: into that future but goes on in the story's order.
LATER = "~"


class Placement(NamedTuple):
    """What the ordering needs to know about one event: its date and its cue.

    ``aside`` marks a flashback inside a sentence ("Kasus itu terungkap *setelah warga
    melapor*"): the story goes on from the clause it hangs on, so the next undated event
    follows that clause, not the aside. ``flashback`` marks a look back of a clause of its
    own (rule 5): the next undated event follows it only when it carries a cue. A named
    tuple: one is made per event, cheaply.
    """

    date: str | None
    cue: Cue | None = None
    aside: bool = False
    flashback: bool = False


def timeline_order(events: list[Placement], reference: str | None = None) -> list[int]:
    """The timeline position (0 first) of each event, given in text order (rule above).

    ``reference`` is the article's own day (ISO): an undated event told after an event dated
    later than it (a plan: "…could reach the Lords before Christmas") is not pulled into that
    future but placed on the reference day.

    Implementation: each dated event heads a group keyed by (day, text position); undated
    events join their predecessor's group, linked right after (or before) it. Groups sorted
    by key, each walked along its links, give the timeline in linear-logarithmic time.
    """
    group_of: list[int] = []  # index of the group's head event
    effective: list[str | None] = []
    first: dict[int, int] = {}  # group head → first event of the group on the timeline
    after: dict[int, int] = {}  # event → next event in its group
    before: dict[int, int] = {}  # event → previous event in its group
    first_of_day: dict[str | None, int] = {}  # day → head of its first group

    story = 0  # the event the next undated one stays next to: the last one not an aside
    main = 0  # where the story resumes after a flashback: the last one in none (rule 5)
    looks_back: list[bool] = []  # whether each event is part of a flashback
    for index, event in enumerate(events):
        neighbour = story if event.cue is not None else main
        previous = effective[neighbour] if index else None
        if index == 0 or (
            event.date is not None
            # ("Earlier that day, …" on the day told before: a look back, as undated)
            and not (event.cue == "before" and event.date == previous and not event.aside)
        ):
            day = event.date
        elif previous is not None and (
            previous == LATER or (reference is not None and previous[:10] > reference)
        ):
            day = reference  # (None with no reference: told in the story's order, before it)
        else:
            ahead = event.cue == "before" and not event.aside  # "Sebelumnya, …": a look back
            _link(
                index,
                first[first_of_day[previous]] if ahead else neighbour,
                event.cue == "before",
                group_of,
                first,
                after,
                before,
            )
            effective.append(previous)
            looks_back.append(event.flashback or ahead or looks_back[neighbour])
            story, main = _story_goes_on(index, event.aside, looks_back[index], story, main)
            continue
        group_of.append(index)
        effective.append(day)
        first[index] = index
        first_of_day.setdefault(day, index)
        looks_back.append(event.flashback and index > 0)
        story, main = _story_goes_on(
            index, event.aside and index > 0, looks_back[index], story, main
        )

    heads = sorted(first, key=lambda h: (effective[h] is not None, effective[h] or "", h))
    order = [0] * len(events)
    position = 0
    for head in heads:
        node: int | None = first[head]
        while node is not None:
            order[node] = position
            position += 1
            node = after.get(node)
    return order


def _story_goes_on(
    index: int, aside: bool, looks_back: bool, story: int, main: int
) -> tuple[int, int]:
    """The (story, main) events after event ``index``: an aside moves neither, an event of a
    flashback only the story, any other event both."""
    if aside:
        return story, main
    return index, main if looks_back else index


def _link(
    index: int,
    neighbour: int,
    ahead: bool,
    group_of: list[int],
    first: dict[int, int],
    after: dict[int, int],
    before: dict[int, int],
) -> None:
    """Put event ``index`` right after ``neighbour`` in its group (right before if ``ahead``)."""
    head = group_of[neighbour]
    group_of.append(head)
    if ahead:
        left = before.get(neighbour)
        if left is None:
            first[head] = index
        else:
            after[left] = index
            before[index] = left
        after[index] = neighbour
        before[neighbour] = index
    else:
        right = after.get(neighbour)
        if right is not None:
            before[right] = index
            after[index] = right
        after[neighbour] = index
        before[index] = neighbour


#: How many days before the reference day "recently" and "baru-baru ini" are put: a rough
#: week, for ordering only (they come before the news of the day, after older background).
_LATELY_DAYS = 7
# Unresolved past phrases ("pekan lalu", "last month", "two years ago") give a rough day for
# ordering only: the reference day minus count times unit.
_UNIT_DAYS = {
    "hari": 1, "day": 1, "days": 1,
    "pekan": 7, "minggu": 7, "week": 7, "weeks": 7,
    "bulan": 30, "month": 30, "months": 30,
    "tahun": 365, "year": 365, "years": 365,
}  # fmt: skip
_COUNTS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "beberapa": 3,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "several": 3, "few": 3, "last": 1,
}  # fmt: skip
_PAST_PHRASE = re.compile(
    r"(?:(?P<count>\d+|[a-z]+)\s+)?(?P<unit>[a-z]+)\s+(?:yang\s+)?(?:lalu|ago)\b"
    r"|\blast\s+(?P<unit2>week|month|year)\b"
)


# Phrases that put a month in the year before the reference day ("Mei tahun lalu").
_LAST_YEAR = ("tahun lalu", "last year")
# Words that put a month in the past ("Desember lalu", "last December"): one still ahead
# this year is last year's.
_PAST_MONTH_WORDS = frozenset(("lalu", "last", "past"))
# A year on its own: from 1800 to 2099, not part of a longer number.
_YEAR = re.compile(r"(?<![\d.,])(?:18|19|20)\d\d(?![\d.,]\d)")


def _month(word: str) -> int | None:
    """The month an Indonesian or English month name stands for, with the time grammar's
    spellings ("Pebruari", "Nopember", "Ags")."""
    return month_number(word, "id") or month_number(word, "en")


def rough_past_day(phrase: str, reference: str | None) -> str | None:
    """A rough ISO day for an unresolved past phrase ("pekan lalu", "last month", "two years
    ago") counted back from ``reference``, for a bare earlier year ("in 1961", "tahun
    2023": its middle), for a quarter or half over by the middle ("kuartal III 2024",
    "the first half": its middle), or for a month alone ("pada Maret": its middle this
    year, when that month is not still ahead; "Mei tahun lalu", "Desember lalu" when
    December is still ahead: last year's); None when the
    phrase is not one or no reference. "Now", "saat ini" are the reference day itself;
    "recently", "baru-baru ini" :data:`_LATELY_DAYS` before it."""
    if not phrase or reference is None:
        return None
    low = phrase.lower()
    if low in PRESENT_WORDS:
        return reference[:10]
    if low in LATELY_WORDS:
        return _days_before(reference, _LATELY_DAYS)
    year = _YEAR.search(phrase)
    part = _part_of_year(low)
    if part is not None:  # "kuartal III 2024", "the first half", "Q2"
        middle = _middle_of(int(year.group(0)) if year else int(reference[:4]), *part)
        return middle if middle < reference[:10] else None
    if year is not None:
        return f"{year.group(0)}-07-01" if year.group(0) < reference[:4] else None
    month = next((m for m in map(_month, low.split()) if m is not None), None)
    if month is not None and any(last in low for last in _LAST_YEAR):  # "Mei tahun lalu"
        return f"{int(reference[:4]) - 1:04d}-{month:02d}-15"
    if month is not None:  # "pada Maret (lalu)": this year's, if it is over or under way
        if month <= int(reference[5:7]):
            return f"{reference[:4]}-{month:02d}-15"
        if _PAST_MONTH_WORDS.intersection(low.split()):  # "Desember lalu": last year's
            return f"{int(reference[:4]) - 1:04d}-{month:02d}-15"
        return None
    match = _PAST_PHRASE.search(low)
    if match is None:
        return None
    unit = match.group("unit") or match.group("unit2")
    days = _UNIT_DAYS.get(unit or "")
    if days is None:
        return None
    count_word = match.group("count") or "1"
    count = int(count_word) if count_word.isdecimal() else _COUNTS.get(count_word, 1)
    return _days_before(reference, days * count)


def rough_value_day(value: str | None, reference: str | None, *, ahead: bool = False) -> str | None:
    """A rough ISO day, for ordering only, of the period the time grammar valued a phrase
    to, in any language ("last month", "tahun lalu", "Le mois dernier", "kuartal IV-2024",
    "the 1990s" → "2025-02", "2024", "2024", "2024-Q4", "199"): the middle of a month or
    week ("2026-W47", see :func:`_rough_week_day`) that is over or under way (as "pada
    Maret" in :func:`rough_past_day`), or of a year, fiscal year, quarter, half, season,
    decade or century that is over, or half over, by
    ``reference``; None for any other value, or one still ahead. With ``ahead`` (a clause
    about the future: "em maio", "im Jahr 2027") the middle of a month or later year still
    ahead instead (the middle of the reference's own year says nothing of a day)."""
    if value and reference and (first := week_first_day(value)) is not None:
        return _rough_week_day(first, value.endswith(WEEKEND_MARK), reference, ahead)
    read = read_value(value) if value and reference else None
    if read is None or reference is None:
        return None
    kind, year, number = read
    if kind == "month":  # "2025-02"
        month = f"{year}-{number:02d}"
        keep = month > reference[:7] if ahead else month <= reference[:7]
        return f"{month}-15" if keep else None
    if kind in ("year", "fiscal"):  # "2024", "FY2024"
        keep = year > reference[:4] if ahead else year < reference[:4]
        return f"{year}-07-01" if keep else None
    if ahead:
        return None
    if kind == "decade":  # "199"
        middle = f"{year}5-01-01"
    elif kind == "century":  # "19"
        middle = f"{year}50-01-01"
    elif kind == "season":  # "2024-SU": the seasons run from March ("2024-WI" ends in 2025)
        middle = _middle_of(int(year), number, 3, first_month=3)
    else:  # "2024-Q4", "2025-H1"
        middle = _middle_of(int(year), number, 12 // PARTS_PER_YEAR[kind])
    return middle if middle < reference[:10] else None


#: Days from a week's Monday to its rough day, the middle of the week (Thursday); a
#: weekend's is its first day, Saturday.
_MID_WEEK_DAYS = 3


def _rough_week_day(first: date, weekend: bool, reference: str, ahead: bool) -> str | None:
    """The rough day of a week ("2026-W47") whose first day is ``first`` (its Monday, or a
    weekend's Saturday): a week's middle, or a weekend's Saturday, but not after
    ``reference`` when the week is under way and the clause is not about the future
    (``ahead``: "would begin this week" is not before today). A week told from now is
    sure, so one still to come keeps its middle too ("Perbaikan Dimulai Pekan Depan"), as
    its Monday did when a week was valued as that day."""
    day = (first if weekend else first + timedelta(days=_MID_WEEK_DAYS)).isoformat()
    if ahead or first.isoformat() > reference[:10]:  # a weekend is under way from Saturday
        return day
    return min(day, reference[:10])


def rough_day(
    value: str | None, phrase: str | None, reference: str | None, valued_on_reference: bool
) -> str | None:
    """A rough ISO day, for ordering only, of a time with no day: from the ``value`` the time
    grammar gave it (:func:`rough_value_day`), else from its ``phrase`` (:func:`rough_past_day`:
    "two years ago", "now", "recently" have no value). The phrase comes first unless the
    grammar valued the text's times against ``reference`` (``valued_on_reference``): with no
    relative day the reference is the text's first full date, and a month alone ("pada
    Maret" after "20 Juni 2024") the grammar valued against the publication date is read
    against that day."""
    if not valued_on_reference:
        rough = rough_past_day(phrase, reference) if phrase else None
        return rough or rough_value_day(value, reference)
    if value:
        return rough_value_day(value, reference)
    return rough_past_day(phrase, reference) if phrase else None


#: Parts of a year, with how many months each has, and the numbers that say which one:
#: "kuartal III", "semester I", "the third quarter", "the first half", "Q2".
_PART_MONTHS = {"kuartal": 3, "triwulan": 3, "quarter": 3, "semester": 6, "half": 6}
_PART_NUMBERS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "pertama": 1,
    "kedua": 2, "ketiga": 3, "keempat": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
}  # fmt: skip


def _part_of_year(low: str) -> tuple[int, int] | None:
    """(number, months) of the part of a year a lowercase phrase names: "kuartal iii 2024"
    → (3, 3), "semester i" → (1, 6), "the first half" → (1, 6), "q2" → (2, 3); else None."""
    words = low.replace("-", " ").replace("/", " ").split()
    for k, word in enumerate(words):
        if len(word) == 2 and word[0] == "q" and word[1] in "1234":
            return int(word[1]), 3
        months = _PART_MONTHS.get(word)
        if months is None:
            continue
        for near in words[k + 1 : k + 2] + words[max(0, k - 1) : k]:
            number = _PART_NUMBERS.get(near)
            if number is not None and number * months <= 12:
                return number, months
    return None


def _middle_of(year: int, number: int, months: int, first_month: int = 1) -> str:
    """The ISO day in the middle of part ``number`` of ``months`` months of ``year``, the
    parts counted from ``first_month``."""
    first = date(year, (number - 1) * months + first_month, 1)
    return (first + timedelta(days=months * 15)).isoformat()


def rough_future_day(phrase: str, reference: str | None) -> str | None:
    """A rough ISO day, for ordering only, of a month named in a clause about the future
    ("akan memutakhirkan data pada pertengahan Juni", "will open in March 2026"): the middle
    of that month, the next one to come when no year is given (this year's if under way);
    None for any other phrase or with no reference."""
    if not phrase or reference is None:
        return None
    month = next((m for m in map(_month, phrase.lower().split()) if m is not None), None)
    if month is None:
        return None
    year = _YEAR.search(phrase)
    if year is not None:
        return f"{year.group(0)}-{month:02d}-15"
    ahead = month < int(reference[5:7])
    return f"{int(reference[:4]) + ahead:04d}-{month:02d}-15"


# Days counted from the event told before ("dua hari sebelumnya", "a week later", "keesokan
# harinya"): a count of days or weeks and a direction, or a fixed phrase. Months and years
# are left out: "two years later" says the year, not the day. A count of hours or minutes
# ("Dua jam kemudian", "40 minutes later") stays on the day told before.
_OFFSET_PHRASE = re.compile(
    r"(?:(?:a\s+(?=few\b))?(?P<count>\d+|[a-z]+(?:-[a-z]+)?)\s+)?"
    r"(?P<unit>hari|days?|pekan|minggu|weeks?|jam|hours?|menit|minutes?)\s+"
    r"(?P<way>sebelumnya|kemudian|setelahnya|later|earlier|before|after)"
)
_OFFSET_WORDS = {"sehari": ("1", "hari"), "sepekan": ("1", "pekan"), "seminggu": ("1", "minggu")}
_BACK = frozenset(("sebelumnya", "earlier", "before"))
_ROUGH_COUNTS = frozenset(("beberapa", "several", "few"))
# Units counted within a day: their counts move the day only by whole days ("36 hours
# later" is the next day; "three hours later" the same).
_UNITS_PER_DAY = {
    "jam": 24,
    "hour": 24,
    "hours": 24,
    "menit": 1440,
    "minute": 1440,
    "minutes": 1440,
}
_FIXED_OFFSETS = {
    **dict.fromkeys(ID_NEXT_DAY_PHRASES, 1),  # "keesokan harinya", "keesokan paginya"
    "the day before": -1,
    # the day itself the story told last: "Earlier that day", "Sebelumnya pada hari itu"
    **dict.fromkeys((f"that {part}" for part in STORY_PARTS), 0),
    "hari itu": 0,
    "pagi itu": 0,
    "siang itu": 0,
    "sore itu": 0,
    "malam itu": 0,
    # after "earlier"/"later": "later in the day", "Earlier in the evening"
    **dict.fromkeys((f"in the {part}" for part in STORY_PARTS), 0),
}
#: Words between "the" and a day or a part of one that count days from the story's day, and
#: by how many: "the next day", "the following morning", "the previous evening", "the same
#: night" (the grammar finds them all, as it does "the previous week").
_STORY_DAY_STEPS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1,
                    "same": 0}  # fmt: skip


def offset_day(phrase: str, anchor: str) -> str | None:
    """The ISO day ``phrase`` names counted from ``anchor``, the day of the event told before
    it: "Dua hari sebelumnya" two days before, "a week later" seven after, "keesokan
    harinya" the next; None when the phrase counts no days from the story."""
    low = phrase.lower()
    first, _, rest = low.partition(" ")
    if first in WITHIN_DAY and rest in _FIXED_OFFSETS:
        low = rest  # "earlier that day" is that day
    if low in _FIXED_OFFSETS:
        return _days_before(anchor, -_FIXED_OFFSETS[low])
    words = low.split()
    if len(words) == 3 and words[0] == "the" and words[2] in STORY_PARTS:
        step = _STORY_DAY_STEPS.get(words[1])
        return None if step is None else _days_before(anchor, -step)
    if first in _OFFSET_WORDS:  # "sehari sebelumnya" is "satu hari sebelumnya"
        low = " ".join((*_OFFSET_WORDS[first], rest))
    match = _OFFSET_PHRASE.fullmatch(low)
    if match is None:
        return None
    count_word = match.group("count") or ("" if match.group("unit") == "minggu" else "1")
    if not match.group("count") and match.group("unit")[-1] == "s":
        count_word = "several"  # "Hours later", "Days earlier": a rough count
    if count_word in _ROUGH_COUNTS:  # "beberapa hari kemudian": a cue for the order, no
        # day; but "beberapa jam kemudian" is still that day
        return None if match.group("unit") in _UNIT_DAYS else anchor
    count = int(count_word) if count_word.isdecimal() else _COUNTS.get(count_word)
    if count is None:  # "Forty-eight hours later"
        count = english_count(count_word)
    if count is None:  # nor is "Minggu sebelumnya", a Sunday
        return None
    unit = match.group("unit")
    per_day = _UNITS_PER_DAY.get(unit)
    days = count // per_day if per_day else _UNIT_DAYS[unit] * count
    return _days_before(anchor, days if match.group("way") in _BACK else -days)


# Years counted from the year the story told last: "Dua tahun sebelumnya", "three years later".
_YEARS_PHRASE = re.compile(
    r"(?P<count>\d+|[a-z]+)\s+(?:tahun|years?)\s+"
    r"(?P<way>sebelumnya|kemudian|setelahnya|later|earlier|before|after)"
)


def offset_year(phrase: str, year: int) -> int | None:
    """The year ``phrase`` names counted from ``year``, the year of the time told before it
    ("Dua tahun sebelumnya" two before, "three years later" three after); None for any other
    phrase, and for a rough count ("beberapa tahun kemudian" says the order, not the year)."""
    match = _YEARS_PHRASE.fullmatch(phrase.lower())
    if match is None or match.group("count") in _ROUGH_COUNTS:
        return None
    word = match.group("count")
    count = int(word) if word.isdecimal() else _COUNTS.get(word)
    if count is None:
        return None
    return year - count if match.group("way") in _BACK else year + count


def _days_before(reference: str, days: int) -> str | None:
    """The ISO day ``days`` before the ISO day ``reference``; None when it is no day, or when
    the count goes past the calendar's ends ("3000 years ago" of an article of 2025)."""
    try:
        day = date.fromisoformat(reference[:10]) - timedelta(days=days)
    except (ValueError, OverflowError):
        return None
    return day.isoformat()

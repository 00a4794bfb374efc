"""When a clause happened: a date in its clause, else one of its sentence or the scene
before it, and the article's own day the timeline is told against."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from reader.analysis.events.drafts import _Draft
from reader.analysis.events.lexicon import (
    _AND_WORDS,
    _AUXILIARIES,
    _TIME_PREPOSITIONS,
    _WHEN_OPENERS,
)
from reader.analysis.events.participants import _Participants
from reader.analysis.events.text import _day, _find_all, _within
from reader.analysis.model import TimeSpan
from reader.analysis.narrative import TEMPORAL_JOINERS, offset_day
from reader.analysis.number_words import YEAR_DIGITS, owns_year
from reader.analysis.predicates import EN_BASE_PASTS, EN_BE_FORMS, SCHEDULE_VERBS
from reader.analysis.speech import ADVERBS_BETWEEN, word_set
from reader.analysis.timegrammar import (
    END_MOVERS,
    PERIOD_EDGE_WORDS,
    PRESENT_WORDS,
    UNTIL_WORDS,
    opens_with_same_period,
)
from reader.analysis.timevalues import period_value, read_value
from reader.analysis.words import Word

#: Words of comparison: a date a few words (at most _COMPARED) after one is what a change
#: is measured against, not when it happened ("naik 12 persen dibandingkan tahun lalu").
_COMPARISON_WORDS = word_set("dibandingkan dibanding ketimbang daripada than compared versus vs")
_COMPARED = 5
#: Verbs that set or move a day for something else: the day in their clause is that
#: thing's, so it dates no clause joined to them ("menutup sidang dan menjadwalkan putusan
#: pada Jumat", "convicted him and adjourned the case until May 2").
_SCHEDULING = SCHEDULE_VERBS | END_MOVERS["en"] | END_MOVERS["id"]
#: Words before a day that make it an end or a day set aside for something ("set sentencing
#: for June 3", "ditunda hingga Senin"), no day a deed joined by "and" shares.
_FOR_OR_UNTIL = UNTIL_WORDS | {"for"}
#: Verbs that, active, set a day for something else: a day told after them with "for" or
#: "pada" is that thing's, not theirs ("Judge Kroll set sentencing for June 3", "hakim
#: menjadwalkan putusan pada Jumat"). Passive, they are plans, the day of what is planned
#: ("Sentencing is set for June 3", "dijadwalkan pada Jumat"); "expected" sets no day.
_DAY_SETTERS = SCHEDULE_VERBS - word_set("expected dijadwalkan")
_SET_FOR = word_set("for pada")
#: English verbs of a commitment, whose "to" opens what is to be done, with its own time.
_COMMITMENTS = word_set("promised pledged vowed agreed decided voted offered threatened")
#: Words before "the same period last year" that make it the clause's time, not what a
#: change is measured against.
_IN_PERIOD = word_set("in during pada dalam selama")
#: The words that may stand between a time and the "until"/"hingga" before it (which makes
#: the time the end of a state, not the day of a happening) besides a clock time ("until 9am
#: on Saturday") or the edge of it ("until the end of Monday"), and how many words that may
#: take.
_UNTIL_BRIDGE = word_set("on at pukul the of") | PERIOD_EDGE_WORDS
_UNTIL_REACH = 5  # "until 10 a.m. on Saturday": the clock may be several words
_UNTIL_CHARS = 32
#: Words that open a relative clause inside a subject ("A wildfire that started on
#: Saturday spread …"; see _Dating._past_subject_clause).
_SUBJECT_RELATIVES = word_set("that which who yang")
# A sentence opening like "Dalam panggilan itu" / "During the call" continues the last scene.
_SAME_SCENE = re.compile(
    r"^\W*(?:dalam|pada|saat|selama|di|during|at|in|on)\s+(?:\w+\s+){0,3}?"
    r"(?:itu|tersebut|ini|this|that|the\s+call|the\s+meeting|the\s+talks)\b",
    re.IGNORECASE,
)


class _Dating(_Participants):
    """A clause's day, from its own words, its sentence or the scene before."""

    def _date_clause(self, draft: _Draft, trigger: int, last: int) -> None:
        """Date the draft from a date in its clause, a resolved one first. A date after a
        future auxiliary that follows the predicate is when something said or planned is to
        happen ("Brennan said the dredging would begin in September"), not the event's; nor
        is a date a change is measured against (see :meth:`_compared_with`)."""
        starts = self._date_starts
        at = bisect.bisect_left(starts, draft.start)
        if at == len(starts) or starts[at] >= draft.end:
            return  # most clauses: no date
        inside = self.dates[at : bisect.bisect_left(starts, draft.end, at)]
        future_at = self.future_at  # (most texts have no future auxiliary, nor comparison)
        ahead = bisect.bisect_left(future_at, trigger + 1) if future_at else 0
        if ahead < len(future_at) and future_at[ahead] <= last:
            limit = self.words[future_at[ahead]].start
            inside = [t for t in inside if t.start < limit]
        if self.compare_at:
            compared = self.compare_at[_within(self.compare_at, trigger + 1, last + 1)]
            if compared:  # few clauses compare: "naik 12 persen dibandingkan tahun lalu"
                inside = [t for t in inside if not self._compared_with(t, compared)]
        inside = [t for t in inside if not self._compared_period(t) and not self._noun_year(t)]
        inside = [t for t in inside if not self._until(t)] or self._held_until(inside, trigger)
        if self.words[trigger].lower in _DAY_SETTERS:
            inside = [t for t in inside if not self._set_for(t, trigger)]
        if not inside:
            return
        if len(inside) > 1:
            inside = self._before_source(inside, trigger, last)
        if len(inside) > 1 and self.words[trigger].lower in _COMMITMENTS:
            inside = self._before_infinitive(inside, trigger, last)
        if len(inside) > 1 and inside[-1].start > draft.trigger.start and _day(inside[-1]):
            inside = self._past_subject_clause(inside, draft.start, draft.trigger.start)
        resolved = [t for t in inside if _day(t)]
        own = next((t for t in resolved if not self._in_dateline(t)), None)
        if own is None and resolved and len(inside) > 1:
            # a period of the clause's own before the dateline's day: "LONDON, Oct 21 - Police
            # recorded 4,100 burglaries in the third quarter"
            periods = [t for t in inside if t.value and not self._in_dateline(t)]
            own = self._period_of(periods) if periods else None
        chosen = own or (resolved[0] if resolved else self._period_of(inside))
        draft.time, draft.time_text = _day(chosen), chosen.text
        if draft.time is None:
            draft.coarse = self._past_month(draft, chosen.value)

    def _set_for(self, time: TimeSpan, trigger: int) -> bool:
        """Whether ``time`` is the day the active verb of :data:`_DAY_SETTERS` at word
        ``trigger`` sets for something else: told right after "for"/"pada", with the thing
        set between the verb and it ("Judge Kroll set sentencing for June 3", "menjadwalkan
        putusan pada Jumat"). Passive, the day is the plan's own: after a form of "be", an
        adverb maybe between ("Sentencing is now scheduled for June 3"), or with nothing
        between the verb and "for" ("The vote, scheduled for Friday, will decide …")."""
        words = self.words
        at = bisect.bisect_left(self.starts, time.start)
        if at <= trigger + 2 or words[at - 1].lower not in _SET_FOR:
            return False
        k = trigger - 1
        while k >= 0 and words[k].lower not in EN_BE_FORMS and _adverb(words[k].lower):
            k -= 1  # "is now scheduled", "is tentatively set"
        return k < 0 or words[k].lower not in EN_BE_FORMS

    def _noun_year(self, time: TimeSpan) -> bool:
        """Whether ``time`` is an English year that modifies the noun after it, after an
        article, a determiner or a possessive ("trimmed its 2026 earnings forecast", "the
        council's 2029 plan", "recalled the 2008 crisis"): the thing's year, not when the
        clause's deed took place. After "in"/"during" the thing is the time: "in the 2024
        election"."""
        if self.lang != "en" or not YEAR_DIGITS.fullmatch(time.text):
            return False
        at = bisect.bisect_left(self.starts, time.start)
        words = self.words
        if not at or at + 1 >= len(words) or not words[at + 1].text.isalpha():
            return False
        if words[at + 1].text[0].isupper() or words[at + 1].sent != words[at].sent:
            return False
        earlier = words[at - 2].lower if at > 1 else ""
        return earlier not in _IN_PERIOD and owns_year(words[at - 1].lower, earlier)

    def _compared_period(self, time: TimeSpan) -> bool:
        """Whether ``time`` is "the same period" of another year that a change is measured
        against ("up 12% from the same period last year", "naik dari periode yang sama tahun
        lalu"), not one the clause happened in ("sales in the same period last year
        rose")."""
        words = time.text.lower().split()
        if not opens_with_same_period(words):
            return False  # (not "the same day" of the story, nor "hari yang sama")
        at = bisect.bisect_left(self.starts, time.start)
        return not at or self.words[at - 1].lower not in _IN_PERIOD

    def _before_infinitive(self, inside: list[TimeSpan], trigger: int, last: int) -> list[TimeSpan]:
        """The clause's times before the "to" of what was promised or agreed ("promised last
        month to raise salaries in the 2027 financial year"): a time after it is the plan's."""
        return self._times_before(inside, trigger, last, lambda word: word.lower == "to")

    def _before_source(self, inside: list[TimeSpan], trigger: int, last: int) -> list[TimeSpan]:
        """The clause's times before the speech verb that closes it as its source ("Pada
        kuartal IV, penumpang naik 15 persen, kata Didiek, Rabu (4/3/2026)"): a date after
        that verb is when it was said, not when the clause's happening took place."""
        return self._times_before(inside, trigger, last, self._speech)

    def _times_before(
        self, inside: list[TimeSpan], trigger: int, last: int, cuts: Callable[[Word], bool]
    ) -> list[TimeSpan]:
        """The times of ``inside`` before the first word after the trigger up to ``last`` that
        ``cuts`` the clause; all of them when there is no such word or none comes before it
        ("naik 15 persen, kata Didiek, Rabu")."""
        words = self.words
        for k in range(trigger + 1, last + 1):
            if cuts(words[k]):
                before = [t for t in inside if t.start < words[k].start]
                return before or inside
        return inside

    def _past_subject_clause(
        self, inside: list[TimeSpan], start: int, trigger: int
    ) -> list[TimeSpan]:
        """The clause's times but those of a relative clause inside its subject, when a day
        comes after the predicate ("A wildfire that started on Saturday spread to Cortaz on
        Monday", "Sidang yang dimulai pada Januari berakhir pada Rabu"): the relative clause
        tells when the subject began, the predicate's own time comes after it."""
        words = self.words
        k = bisect.bisect_left(self.starts, start)
        for i in range(k, bisect.bisect_left(self.starts, trigger, k)):
            if words[i].lower in _SUBJECT_RELATIVES:
                opener = words[i].end
                return [t for t in inside if not opener < t.start < trigger]
        return inside

    def _past_month(self, draft: _Draft, value: str | None) -> str | None:
        """The month an English clause in the simple past ("cut 200 jobs in March", told in
        November) was in: the last such month, when the time annotator took the nearest one
        ahead as its past is also the verb's present or a noun ("a rate cut in March": see
        predicates.EN_BASE_PASTS), which only the clause's predicate tells apart; any other
        ``value`` as it is. (The time annotator reads the other irregular pasts itself.)"""
        reference = self.reference
        if (
            value is None
            or reference is None
            or self.lang != "en"
            or draft.ahead
            or len(value) != 7
            or value <= reference[:7]
            or draft.trigger.lower not in EN_BASE_PASTS
        ):
            return value
        k = bisect.bisect_left(self.starts, draft.trigger.start)
        if k and self.words[k - 1].lower in _AUXILIARIES:
            return value  # "is seen in March", "was sold …": not the simple past
        month = read_value(value)
        if month is None or month[0] != "month":
            return value
        return period_value("month", month[2], f"{int(month[1]) - 1:04d}")

    def _period_of(self, inside: list[TimeSpan]) -> TimeSpan:
        """Which of a clause's times that name no day dates it: the first after a time
        preposition ("menyerahkan rancangan APBD 2026 pada Agustus" → Agustus: a year right
        after a noun is part of a name, "APBD 2026", "Euro 2024"), else the first."""
        if len(inside) > 1:  # (most clauses have one)
            starts, words = self.starts, self.words
            for time in inside:
                at = bisect.bisect_left(starts, time.start)
                if at and words[at - 1].lower in _TIME_PREPOSITIONS:
                    return time
        return inside[0]

    def _held_until(self, untils: list[TimeSpan], trigger: int) -> list[TimeSpan]:
        """The times after "until"/"hingga" that date a clause with no other time: what the
        predicate says holds until then ("merobohkan bangunan hingga Minggu dini hari",
        "banjir terjadi hingga pekan depan", "served as chairman until 2019"), TimeML's
        ENDED_BY, so the clause is placed at that end, the last day it is known to hold.
        None when the predicate moves an end on ("extended its warning until Saturday",
        "ditunda hingga pekan depan", :data:`END_MOVERS`): the day is the new end of
        something else, and the act itself took place before it."""
        if self.words[trigger].lower in END_MOVERS.get(self.lang, frozenset()):
            return []
        return untils

    def _until(self, time: TimeSpan) -> bool:
        """Whether ``time`` is where something lasts until ("extended the warning until
        Saturday", "ditunda hingga pekan depan"): the end of a state, not when the clause's
        happening took place. A clock time may stand between ("until 9am on Saturday")."""
        if self._untils is None:  # looked for once, at C speed: most texts have none
            text = self.doc.text
            # mid-sentence only: "Hingga Kamis pagi, …" opening a sentence tells when a tally
            # stands ("as of"), the time of the clause
            self._untils = sorted(at for w in UNTIL_WORDS for at in _find_all(text, f" {w} "))
        k = bisect.bisect_left(self._untils, time.start) - 1
        if k < 0 or time.start - self._untils[k] > _UNTIL_CHARS:
            return False
        words = self.words
        at = bisect.bisect_left(self.starts, time.start)
        for k in range(at - 1, max(-1, at - 1 - _UNTIL_REACH), -1):
            if words[k].lower in UNTIL_WORDS:
                return True
            if not (words[k].lower in _UNTIL_BRIDGE or self._in_time(words[k])):
                return False
        return False

    def _in_dateline(self, time: TimeSpan) -> bool:
        """Whether ``time`` is the date of a dateline ("BOSTON, June 11 (Reuters) -", "OSLO,
        Oct 24 -"). That is the day the story was filed; a day of its own in the lead ("on
        Thursday raised its forecast") is the event's."""
        line_start = self.doc.text.rfind("\n", 0, time.start) + 1
        return time.end <= self._after_dateline(line_start)

    def _compared_with(self, time: TimeSpan, compared: list[int]) -> bool:
        """Whether ``time`` is what a change is compared with, a few words after one of the
        ``compared`` words (words of comparison after the predicate): "naik 12 persen
        dibandingkan periode yang sama tahun lalu", "higher than a year earlier"."""
        at = bisect.bisect_left(self.starts, time.start)
        return any(0 < at - k <= _COMPARED for k in compared)

    def _date_sentence(
        self, current: list[_Draft], earlier: _Draft | None, sentence: range
    ) -> None:
        """Date the sentence's undated clauses: from the clause before in the same sentence
        ("… pada hari Selasa, di mana pemimpin Rusia setuju …"), else from a date of the
        sentence outside every clause, else from the last event (``earlier``) when the sentence
        opens with "Dalam panggilan itu" / "During the call". A later clause's date never
        dates an earlier clause ("Tim itu menang …, yang kalah … pada Minggu"), an aside
        ("… setelah warga melapor") happened before the day of the clause it hangs on, a
        clause with a year or month of its own is not on another's day, nor is what a speech
        reports on the day it was said ("said on Tuesday the talks had failed"). Asked only
        of a sentence with an undated clause."""
        start, end = self.words[sentence.start].start, self.words[sentence.stop - 1].end
        loose = [
            t
            for t in self._dates_in(start, end)
            if _day(t) and not any(d.start <= t.start < d.end for d in current)
        ]
        scene = (
            earlier
            and earlier.time
            and _SAME_SCENE.match(self.doc.text[start:end])
            and not self._about_now(start, end)
        )
        closing = self._closing_date(current, sentence)
        previous: _Draft | None = None
        for draft in current:
            if draft.time is None and previous is not None and previous.time is not None:
                # "resigned on Monday, a week after his coalition lost …": that many days
                # from the clause it hangs on
                counted = self._counted_from(draft, previous.time)
                if counted is not None:
                    draft.time, draft.time_text = counted
            if closing is not None and draft.time is None and not draft.aside:
                # "meraih emas setelah mengalahkan Malaysia, Kamis (11/12)": the date set off
                # at the sentence's end is the whole sentence's, the main clause's too
                draft.time, draft.time_text = _day(closing), closing.text
            # an aside keeps to its own dates, as does a clause told ahead ("pleaded guilty
            # last week and is expected to be sentenced in January"), but for "when" clauses
            if (
                draft.time is None
                and draft.coarse is None  # its own year or month ("closed it in 2023")
                and not draft.reported
                and not draft.ahead
                and (not draft.aside or self._at_the_time(draft))
            ):
                if previous is not None and previous.time is not None:
                    if not (previous.flashback and self._relative_aside(previous)):
                        draft.time, draft.time_text = previous.time, previous.time_text
                elif previous is not None and previous.coarse is not None and draft.aside:
                    # "naik pada kuartal I ketika permintaan melemah": in that quarter too
                    draft.coarse, draft.time_text = previous.coarse, previous.time_text
                elif loose:
                    nearest = min(loose, key=lambda t: abs(t.start - draft.trigger.start))
                    draft.time, draft.time_text = _day(nearest), nearest.text
                elif scene and earlier is not None:
                    draft.time, draft.time_text = earlier.time, earlier.time_text
            previous = draft
        self._date_by_when(current)

    def _relative_aside(self, draft: _Draft) -> bool:
        """Is ``draft`` a relative clause set off by commas inside a subject ("Alcaraz, who
        had secured the ranking on Monday, said …", "Rudi, yang pernah ditahan pada 2019,
        …")? Told as a flashback, its day is its own: what the subject does next in the
        sentence is not dated by it (but "Marsh, who chaired a meeting on Tuesday, accepted
        the resignation": that day, told in the sentence's own tense). A comma between the
        relative word and the trigger closes the relative clause before it: "Smith, who is
        40, had fled on Monday and hid" tells the main clause, whose day "hid" shares."""
        k = bisect.bisect_left(self.starts, draft.start)
        trigger = bisect.bisect_left(self.starts, draft.trigger.start, k)
        words = self.words
        for i in range(trigger - 1, max(k, 1) - 1, -1):
            if words[i].text == ",":
                return False  # (the last comma before the trigger, unless it opens "who")
            if words[i].lower in _SUBJECT_RELATIVES and words[i - 1].text == ",":
                return True
        return False

    def _date_by_when(self, current: list[_Draft]) -> None:
        """Give an undated clause the day of the "when"/"ketika" clause that follows it in its
        sentence ("Residents were asleep when the river burst its banks on Sunday night",
        "Warga sedang tidur ketika sungai meluap pada Minggu malam"), or of the clause "as"
        joins to it ("Sales slipped as demand weakened this spring"): it went on at that
        time, the one exception to a later clause's date never dating an earlier one; so
        does a "when" clause opening the sentence, on the day of the clause after it ("When
        the verdict was read, workers gathered outside on Wednesday"). So does a clause
        "and" joins to it with its subject ("A fire killed two workers and injured 11
        others early on Thursday"): one actor's two deeds, told with one day."""
        if len(current) > 1 and self._at_the_time(current[0]):
            _share_when(current[0], current[1])
        for draft, aside in itertools.pairwise(current):
            if (
                draft.time is None
                and draft.coarse is None
                and not (draft.reported or draft.ahead or draft.aside)
                and (aside.time is not None or aside.coarse is not None)
                and (
                    (aside.aside and self._at_the_time(aside))
                    or self._joined_by_as(aside)
                    or self._deed_of_the_same(aside)
                )
            ):
                draft.time, draft.coarse = aside.time, aside.coarse  # (its day, or its period)
                draft.time_text = aside.time_text

    def _counted_from(self, draft: _Draft, day: str) -> tuple[str, str] | None:
        """The day (and the words that count it) of a clause opened by "after"/"before"/
        "setelah"/"sebelum" right after a count of days or weeks ("…, two days after it
        forced …", "sepekan sebelum pemilu digelar"), counted from ``day``, the day of the
        clause before it; None for any other clause."""
        words = self.words
        at = bisect.bisect_left(self.starts, draft.start)
        way = TEMPORAL_JOINERS.get(words[at].lower)
        if way is None or at == 0 or words[at - 1].sent != words[at].sent:
            return None
        k = bisect.bisect_right(self._time_ends, words[at - 1].end) - 1
        if k < 0 or self._time_ends[k] != words[at - 1].end:
            return None
        count = self.doc.text[self._time_starts[k] : self._time_ends[k]]
        counted = offset_day(f"{count.lower()} {way}", day)
        return None if counted is None else (counted, f"{count} {words[at].text}")

    def _closing_date(self, current: list[_Draft], sentence: range) -> TimeSpan | None:
        """The date that closes the sentence after a comma ("…, Kamis (11/12).", "…, on
        Thursday.") when it lies in an aside's clause ("meraih emas setelah mengalahkan
        Malaysia di final, Kamis (11/12)"): set off so, it dates the sentence, not only the
        aside; one inside the aside ("setelah mengalahkan Malaysia pada Kamis") stays its
        own. None for any other sentence."""
        last = current[-1]
        if not (last.aside and last.time) or len(current) < 2:
            return None
        starts = self._date_starts
        at = bisect.bisect_left(starts, self.words[sentence.stop - 1].end) - 1
        if at < 0 or starts[at] < last.start:
            return None
        date = self.dates[at]
        if not _day(date):
            return None
        words = self.words
        k = bisect.bisect_left(self.starts, date.start, sentence.start, sentence.stop)
        if k == sentence.start or words[k - 1].text != ",":
            return None
        end = bisect.bisect_left(self.starts, date.end, k, sentence.stop)
        if not all(words[j].is_punct for j in range(end, sentence.stop)):
            return None
        return date

    def _at_the_time(self, aside: _Draft) -> bool:
        """Whether an aside opens with "when"/"ketika" ("was targeted on Saturday when three
        men smashed the cases"): it happened on the day of the clause it hangs on, unlike
        one opened by "after"/"setelah", which may be days before."""
        at = bisect.bisect_left(self.starts, aside.start)
        return self.words[at].lower in _WHEN_OPENERS

    def _joined_by_as(self, draft: _Draft) -> bool:
        """Whether ``draft`` is a clause "as" joins to the one before it in its sentence
        ("Sales slipped as demand weakened this spring"): the two went on at one time."""
        at = bisect.bisect_left(self.starts, draft.start)
        words = self.words
        return at > 0 and words[at].lower == "as" and words[at - 1].sent == words[at].sent

    def _deed_of_the_same(self, draft: _Draft) -> bool:
        """Whether ``draft`` is a clause told of the subject of the clause before it, joined
        to it by "and"/"dan" ("… and injured 11 others", "… dan menyita 4 kilogram sabu"),
        neither reported, planned nor an aside, and whose day is its own: not one after the
        article's day, nor one told after "for"/"until" ("… and set sentencing for June 3")."""
        if not draft.shares_subject or draft.reported or draft.ahead or draft.aside:
            return False
        if draft.trigger.lower in _SCHEDULING:
            return False  # ("… dan menjadwalkan putusan pada Jumat": the verdict's day)
        if draft.time and self.reference and draft.time[:10] > self.reference[:10]:
            return False
        at = bisect.bisect_left(self.starts, draft.start)
        words = self.words
        joiner = at if words[at].lower in _AND_WORDS else at - 1
        return (
            joiner >= 0
            and words[joiner].lower in _AND_WORDS
            and words[joiner].sent == draft.sent
            and not self._told_for_or_until(draft)
        )

    def _told_for_or_until(self, draft: _Draft) -> bool:
        """Whether the time ``draft`` is dated by stands right after "for"/"until"/"hingga"/
        "sampai" in it: a day set aside for something, or an end, not the deed's day."""
        for time in self._dates_in(draft.start, draft.end):
            if time.text == draft.time_text:
                at = bisect.bisect_left(self.starts, time.start)
                return at > 0 and self.words[at - 1].lower in _FOR_OR_UNTIL
        return False

    def _about_now(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` has a time of the present ("Saat ini", "kini", "now"): a
        sentence opening "Saat ini, …" tells how things stand as the article is written, not
        the last scene, though it reads like "Saat itu, …"."""
        return any(t.text.lower() in PRESENT_WORDS for t in self._dates_in(start, end))


def _adverb(low: str) -> bool:
    """Whether ``low`` is an adverb that may stand between an auxiliary and its verb ("now",
    "again", "tentatively")."""
    return low in ADVERBS_BETWEEN or low.endswith("ly")


def _share_when(opening: _Draft, main: _Draft) -> None:
    """Give a sentence-opening "when"/"ketika" clause and the main clause after it the one
    time either names ("When the verdict was read, workers gathered outside on Wednesday",
    "When the company reported figures in July, its shares dropped"): they happened
    together. What the main clause reports or plans keeps to its own."""
    if main.reported or main.ahead:
        return
    if opening.time is None and opening.coarse is None and main.time is not None:
        opening.time, opening.time_text = main.time, main.time_text
    elif main.time is None and main.coarse is None and opening.time_text is not None:
        main.time, main.coarse, main.time_text = opening.time, opening.coarse, opening.time_text


def _reference_day(times: list[TimeSpan]) -> str | None:
    """The article's own day: the day relative days were resolved against (their most common
    ``anchor``, normally the publication date); with no relative day, the first full date of
    the text (news gives its own day first, in the dateline or lead); else None. Relative
    periods ("tahun lalu") carry an anchor too but are not counted: the timeline places
    events by days, and an article whose only relative times are periods keeps its first
    full date as its day. With neither, the caller falls back on the publication date: a
    text whose times are all months and years ("will open in December", "began in August")
    still has a day, so what was said in it comes before what it plans. A day counted from
    the story ("keesokan harinya", "two days later") is told from the story's day, not the
    article's, and is not counted either."""
    anchors = [
        t.anchor[:10] for t in times if t.anchor and t.relative and (t.value is None or _day(t))
    ]
    if anchors:
        return max(sorted(set(anchors)), key=anchors.count)
    return next((day for t in times if t.type == "DATE" and (day := _day(t))), None)

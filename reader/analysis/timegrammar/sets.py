"""How often: SETs ("setiap hari", "every Monday", "tiga kali sehari", "twice a week",
"quarterly")."""

from __future__ import annotations

from reader.analysis.timegrammar.quantities import _QuantityRules
from reader.analysis.timegrammar.values import TimeMatch, _iso_duration
from reader.analysis.timegrammar.vocabulary import (
    _ID_WEEKEND,
    _PARTS_OF_DAY,
    _QUARTER_WORDS,
    _RESULT_WORDS,
)
from reader.analysis.wordscan import is_capitalized

_SET_WORDS = {"id": {"setiap", "tiap", "saban"}, "en": {"every", "each"}}
#: English words that are a SET on their own, with their period: "a quarterly dividend",
#: "paid semiannually", and "checks catches weekly".
_SET_ADVERBS = {"en": {"quarterly": "P3M", "annually": "P1Y", "semiannually": "P6M",
                       "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
                       "monthly": "P1M", "yearly": "P1Y"}}  # fmt: skip
#: Those of them that are a SET only as an adverb closing a clause ("meets weekly.", "is
#: updated daily, officials said"): before a noun, "weekly earnings" and "the Daily Mail"
#: name a measure or a paper more often than they tell how often.
_CLAUSE_END_ADVERBS = frozenset({"hourly", "daily", "nightly", "weekly", "monthly", "yearly"})
#: What may follow such an adverb closing its clause.
_CLAUSE_ENDS = frozenset({"", ".", ",", ";", ":", "!", "?", ")"})
_ARTICLES = frozenset({"a", "an", "the"})
#: Words joining two weekdays of one weekly SET: "setiap Senin dan Kamis".
_WEEKDAY_JOINERS = frozenset({"dan", "and", "atau", "or"})
_ANY_SET_ADVERB = frozenset().union(*_SET_ADVERBS.values())  # the cheap test first
#: "tiga kali sehari" (three times a day); "twice a week".
_ID_PER_UNIT = {"sehari": "P1D", "seminggu": "P1W", "sepekan": "P1W", "sebulan": "P1M",
                "setahun": "P1Y"}  # fmt: skip
_TIMES = {"id": {"kali"}, "en": {"times"}}
#: Words between "tiga kali" and its period: "dua kali dalam setahun", "dua kali per pekan".
_ID_PER_WORDS = frozenset({"dalam", "per", "tiap", "setiap"})
#: Words that are a count of times on their own: "once a week", "sekali seminggu" (an
#: Indonesian "sekali" is a SET only with its period after it: "besar sekali" is "very big").
_ONCE = {"en": {"once": 1, "twice": 2}, "id": {"sekali": 1}}


class _SetRules(_QuantityRules):
    """Rules for SETs: how often something recurs."""

    def _paper_before(self, i: int) -> bool:
        """Does the word before ``i`` make "weekly", "daily" there a paper: an article ("for
        a monthly"), or a name or a compound that describes it ("an Urdu-language weekly",
        "the Tamil daily")?"""
        if self.low(i - 1) in _ARTICLES:
            return True
        before = self.words[i - 1] if i else None
        return before is not None and ("-" in before.text or is_capitalized(before))

    def _set(self, i: int) -> tuple[int, TimeMatch] | None:
        """Match "setiap hari", "every week", "setiap Senin", "setiap akhir pekan", "tiga kali
        sehari", "twice a week", "quarterly"."""
        low = self.low(i)
        every = _SET_ADVERBS.get(self.lex, {}).get(low) if low in _ANY_SET_ADVERB else None
        if every is not None:
            if low in _CLAUSE_END_ADVERBS and (
                self.low(i + 1) not in _CLAUSE_ENDS
                or self._paper_before(i)
                or is_capitalized(self.words[i])
            ):
                return None
            if self.low(i + 1) in _RESULT_WORDS:
                return None  # "a quarterly loss" is one quarter's, not a recurring one
            return self.match(i, i + 1, "SET", duration=every)
        if low in _SET_WORDS.get(self.lex, set()):
            j = i + 1
            if self.low(j) in self.weekdays:
                return self.match(i, self.weekly_end(j), "SET", duration="P1W")
            if self.low(j) in self.months and is_capitalized(self.words[j]):
                return self.match(i, j + 1, "SET", duration="P1Y")  # "every October"
            if self.low(j) in _QUARTER_WORDS:
                return self.match(i, j + 1, "SET", duration="P3M")  # "every quarter"
            if self.low(j) in _PARTS_OF_DAY.get(self.lex, set()):
                return self.match(i, j + 1, "SET", duration="P1D")
            if self.low(j) == "weekend":  # "every weekend"
                return self.match(i, j + 1, "SET", duration="P1W")
            if self.words_at(j, _ID_WEEKEND):  # "setiap akhir pekan"
                return self.match(i, j + 2, "SET", duration="P1W")
            unit = self.unit_at(j)
            if unit:
                return self.match(i, j + 1, "SET", duration=_iso_duration(1, unit))
            if self.low(j) == "few" and self.unit_at(j + 1):  # "every few hours": no amount
                return self.match(i, j + 2, "SET")
            hit = self._quantity(j, bare=True)  # "every two hours", "setiap beberapa jam"
            if hit and hit[1].type == "DURATION":
                return self.match(i, hit[0], "SET", duration=hit[1].duration)
            return None
        count = _ONCE.get(self.lex, {}).get(low)
        j = i + 1
        if count is None:
            if not self.counts_times:
                return None  # "tiga kali": no such word in the text
            quantity = self.quantity_at(i) if low[:1].isalnum() else None
            if quantity is None or quantity.value is None:
                return None
            j = quantity.next
            if self.low(j) not in _TIMES.get(self.lex, set()):
                return None
            j += 1
        if self.lex == "id":
            return self._id_times_per(i, j)
        if self.lex == "en" and self.low(j) in ("a", "per", "every", "each"):
            unit = self.unit_at(j + 1)
            if unit:
                return self.match(i, j + 2, "SET", duration=_iso_duration(1, unit))
        return None

    def _id_times_per(self, i: int, j: int) -> tuple[int, TimeMatch] | None:
        """The SET of "tiga kali" (words ``i`` to ``j - 1``) with the period after it: "tiga
        kali sehari", "dua kali dalam setahun", "dua kali per pekan"."""
        k = j + (self.low(j) in _ID_PER_WORDS)
        if self.low(k) in _ID_PER_UNIT:
            return self.match(i, k + 1, "SET", duration=_ID_PER_UNIT[self.low(k)])
        unit = self.unit_at(k) if k > j else None
        if unit:
            return self.match(i, k + 1, "SET", duration=_iso_duration(1, unit))
        return None

    def weekly_end(self, j: int) -> int:
        """Where the weekdays of a weekly SET starting at word ``j`` end: one more joined
        by "dan"/"and" ("setiap Senin dan Kamis") and a part of the day ("every Saturday
        morning")."""
        end = j + 1
        if self.low(end) in _WEEKDAY_JOINERS and self.low(end + 1) in self.weekdays:
            end += 2
        return end + self.part_of_day(end)

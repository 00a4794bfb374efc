"""How a clause is ordered against the others: the cues it carries ("sebelumnya",
"two days later", "after"/"setelah" joining it), a look back in the pluperfect, and a
plan or future told ahead."""

from __future__ import annotations

import bisect
from operator import attrgetter

from reader.analysis.events.clauses import _Segment
from reader.analysis.events.dating import _Dating
from reader.analysis.events.drafts import _Draft
from reader.analysis.events.lexicon import _WHEN_OPENERS
from reader.analysis.events.text import _within
from reader.analysis.narrative import (
    CLOSING_CUES,
    FLASHBACK_WORDS,
    TEMPORAL_JOINERS,
    Cue,
    closing_cue,
    words_cue,
)
from reader.analysis.predicates import (
    EU_AUXILIARIES,
    FUTURE_AUXILIARIES,
    PLAN_VERBS,
    european_future_form,
)

#: How many words a sentence-opening "before" clause may have before its "before" ("Two
#: days before …", "Hanya sepekan sebelum …").
_LEAD_WORDS = 4
# Words that may put what follows them ahead in time: auxiliaries ("akan", "will") and verbs
# of plans ("dijadwalkan", "expected to"; see _Cues._puts_ahead).
_AHEAD_WORDS = FUTURE_AUXILIARIES | PLAN_VERBS
_LOWER = attrgetter("lower")


class _Cues(_Dating):
    """A clause's order against the others: before, after, a look back, a plan ahead."""

    def _cue(self, first: int, trigger: int, last: int) -> Cue | None:
        """The ordering cue in the words before the clause's predicate (at least its first
        four words): "Sebelumnya, …", "Jaksa sebelumnya menuntut", "Pada pertemuan di
        Jakarta lima hari sebelumnya, Indonesia menang"."""
        words = self.words
        cue = words_cue(list(map(_LOWER, words[first : min(first + 4, last + 1)])))
        cue_at = self.cue_at
        if (
            cue is None
            and trigger > first + 4
            and cue_at
            and cue_at[_within(cue_at, first, trigger)]
        ):
            cue = words_cue(list(map(_LOWER, words[first:trigger])))
        if cue is None and self.lang in EU_AUXILIARIES and trigger < last:
            # German and Dutch put the adverb after the verb: "sloot eerder een akkoord"
            cue = words_cue(list(map(_LOWER, words[trigger + 1 : min(trigger + 3, last + 1)])))
        if cue is None and trigger < last - 1 and words[last].lower in CLOSING_CUES:
            cue = closing_cue(words[last - 1].lower, words[last].lower)
        if (
            cue is None
            and TEMPORAL_JOINERS.get(words[first].lower) == "after"
            and (first == 0 or words[first - 1].sent != words[first].sent)
        ):
            cue = self._before_phrase_cue(first, trigger)
        return cue

    def _before_phrase_cue(self, first: int, trigger: int) -> Cue | None:
        """The cue of a clause opened by a "before"/"sebelum" phrase with no event of its
        own opening its sentence ("Before there was a plan, residents protested …", "Sebelum
        ada jembatan, warga harus menyeberang …"): a look back, as "Sebelumnya, …", when a
        comma ends the phrase before the predicate and the clause is not about the future
        ("Before the summer, the city will repaint …")."""
        words = self.words
        if not any(w.text == "," for w in words[first + 1 : trigger]):
            return None
        ahead = bool(self.future_at) and self._told_ahead(first, trigger)
        return None if ahead else "before"

    def _looks_back(self, first: int, trigger: int) -> bool:
        """Whether the predicate is in the pluperfect: "had" or "pernah" right before it, or
        one word before it ("had been frozen", "pernah juga dilanda"; not "had to leave")."""
        words = self.words
        if trigger > first and words[trigger - 1].lower in FLASHBACK_WORDS:
            return True
        return (
            trigger > first + 1
            and words[trigger - 2].lower in FLASHBACK_WORDS
            and words[trigger - 1].lower != "to"
        )

    def _joiner_cue(self, sentence: range, main: _Segment) -> Cue | None:
        """The order a clause opened mid-sentence by "after"/"setelah"/"before" gives its event
        against the clause before ("Kasus ini terungkap setelah warga melapor" → the report
        came first). A sentence opening with one ("Setelah rapat, …") relates to no clause."""
        if main.first == sentence.start or main.boundary != "strong":
            return None
        low = self.words[main.first].lower
        if low in _WHEN_OPENERS and self.words[main.first - 1].text == ",":
            return None  # "ran until 2020, when an auditor flagged it": the time it reached
        return TEMPORAL_JOINERS.get(low)

    def _opens_before(self, sentence: range, draft: _Draft) -> bool:
        """Whether ``draft``, the sentence's first clause, is opened by "before"/"sebelum",
        maybe after a time, before its predicate ("Before the meeting began, …", "Two days
        before the summit opened, …", "Sebelum banjir datang, …")."""
        words = self.words
        i = sentence.start
        while (
            i < sentence.stop - 1 and i - sentence.start < _LEAD_WORDS and self._in_time(words[i])
        ):
            i += 1  # "Two days before …", "Sehari sebelum …"
        if TEMPORAL_JOINERS.get(words[i].lower) != "after" or words[i].start >= draft.trigger.start:
            return False  # ("The word before a …": a phrase's, not a clause's)
        # its own predicate, not the main clause's after a phrase ("Before joining the
        # government, he worked …")
        trigger = bisect.bisect_left(self.starts, draft.trigger.start, i, sentence.stop)
        return all(w.text != "," for w in words[i:trigger])

    def _puts_ahead(self, i: int) -> bool:
        """Whether word ``i``, one of :data:`_AHEAD_WORDS`, puts what follows it ahead: a
        future auxiliary always, an English verb of plans only before "to" ("is expected to
        be sentenced", not "as expected" nor "analysts expected a rise")."""
        words = self.words
        if words[i].lower in FUTURE_AUXILIARIES or self.lang != "en":
            return True
        return i + 1 < len(words) and words[i + 1].lower == "to"

    def _told_ahead(self, first: int, trigger: int) -> bool:
        """Whether a future auxiliary or verb of plans outside quotes stands before the
        predicate or is it ("Ia akan dijerat", "the talks will resume", "dijadwalkan
        melanjutkan", "is expected to be sentenced"; not the "would" of a quote before "he
        told"). Asked only of a text with one (most have none)."""
        future_at = self.future_at
        if future_at[0] > trigger:
            return False  # most clauses: no future word before their predicate
        quoted, words = self.quoted, self.words
        at = bisect.bisect_left(future_at, first)
        return any(
            words[k].start not in quoted
            for k in future_at[at : bisect.bisect_left(future_at, trigger + 1, at)]
        )

    def _told_ahead_european(self, first: int, trigger: int, last: int) -> bool:
        """Whether the predicate of a German, French, Spanish, Italian, Portuguese or Dutch
        clause ``words[first:last + 1]``, or a word before it outside quotes, is in the future
        ("Les routes resteront fermées", "Die Straße wird gesperrt werden", "La strada
        resterà chiusa", "va a construir"): the clause comes after the news of the day, as an
        English one with "will" does; "Das Werk wird gebaut" is the passive, of today."""
        words, quoted, lang = self.words, self.quoted, self.lang
        final = words[last].lower
        penult = words[last - 1].lower if last > first else ""
        return any(
            european_future_form(
                words[k].lower,
                lang,
                tuple(w.lower for w in words[k + 1 : min(k + 3, last + 1)]),
                final,
                penult,
            )
            and words[k].start not in quoted
            for k in range(first, trigger + 1)
        )

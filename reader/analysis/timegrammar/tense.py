"""Which way a time points: whether its clause is in the future ("akan bertemu Kamis",
"will meet on Tuesday"), the present ("is closed until Saturday") or the past ("met in
March")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from reader.analysis.predicates import (
    EN_BASE_PASTS,
    EN_FUTURE_AUXILIARIES,
    EN_IRREGULAR,
    EN_SCHEDULE_VERBS,
    EU_AUXILIARIES,
    EU_FUTURE_AUXILIARIES,
    EU_MODALS,
    EU_NOUN_ARTICLES,
    FUTURE_AUXILIARIES,
    ID_FUTURE_AUXILIARIES,
    ID_PLAN_VERBS,
    ID_SCHEDULE_VERBS,
    ROMANCE_FUTURE_ENDINGS,
    european_present_verb,
    european_verb_strength,
)
from reader.analysis.speech import is_speech_verb, word_set
from reader.analysis.timegrammar.values import Direction, Kind
from reader.analysis.timegrammar.vocabulary import _MONTHS, _YEAR_CUES
from reader.analysis.timegrammar.words import _WordReader
from reader.analysis.wordscan import GAP, is_capitalized

#: Speech verbs: a future cue before one belongs to what was said, not to the weekday after.
_ATTRIBUTION = frozenset({"said", "says", "told", "announced", "kata", "katanya", "ujar",
                          "ujarnya", "mengatakan", "menyatakan", "menurut"})  # fmt: skip
#: Words that put a clause in the past (besides English verbs in -ed), so a month without
#: its year is the last one: "sold 3,000 cars in March", "sudah dibayar pada Juli".
_PAST_WORDS = {
    "id": frozenset({"telah", "sudah", "sempat", "pernah"}),
    # (and the irregular pasts: see _EN_IRREGULAR_PASTS; "hit", a past far more often than
    # a noun, is one of them)
    "en": frozenset({"was", "were", "had", "did", "got", "hit"}),
    # other European languages: the past of "be" and "have", and the verbs of a change that
    # business news reports a past quarter or month with ("wuchs im ersten Quartal", "a
    # reculé au troisième trimestre", "creció en el segundo trimestre"); speech verbs are
    # left out, as what was said may be ahead
    "de": frozenset({"war", "waren", "hatte", "hatten", "wuchs", "sank", "stieg", "fiel",
                     "schrumpfte", "lag", "lagen"}),
    "nl": frozenset({"was", "waren", "had", "hadden", "groeide", "daalde", "steeg", "stegen",
                     "kromp", "lag", "lagen"}),
    "fr": frozenset({"était", "étaient", "avait", "avaient", "progressé", "reculé",
                     "augmenté", "baissé", "chuté", "grimpé", "diminué", "enregistré"}),
    "es": frozenset({"fue", "fueron", "era", "eran", "había", "habían", "creció", "cayó",
                     "subió", "bajó", "aumentó", "registró"}),
    "it": frozenset({"era", "erano", "aveva", "avevano", "cresciuto", "calato", "sceso",
                     "salito", "aumentato", "diminuito", "registrato"}),
    "pt": frozenset({"foi", "foram", "era", "eram", "tinha", "tinham", "cresceu", "caiu",
                     "subiu", "recuou", "aumentou", "registrou", "registou"}),
}  # fmt: skip
#: Indonesian verbs of a happening that news reports once it is over, so put their clause in
#: the past as "telah" does: "Kecelakaan itu terjadi pada 14 Maret", "tewas pada 12 Maret".
#: Plans and notices are left out: "digelar", "ditutup" ("Pendaftaran ditutup pada 20 Maret")
#: announce as often as they report.
_ID_DONE_VERBS = frozenset({"terjadi", "tewas", "meninggal", "wafat", "ditangkap", "diamankan",
                            "ditemukan", "tenggelam", "terbakar", "dibunuh", "ditembak",
                            "meledak", "ambruk"})  # fmt: skip
#: Words shortly before such a verb that make it a forecast, a condition or a denial, no
#: report: "diperkirakan terjadi", "memperkirakan puncak kasus terjadi", "jika hujan terjadi",
#: "belum ditemukan" (a future cue, "akan", is found first).
_ID_NOT_DONE = frozenset({"diperkirakan", "diprediksi", "diprakirakan", "memperkirakan",
                          "memprediksi", "memprakirakan", "meramalkan", "khawatir", "berharap",
                          "berpotensi", "bisa", "dapat", "mungkin", "belum", "tidak", "tak",
                          "jika", "bila", "apabila", "kalau", "agar", "supaya"})  # fmt: skip
#: The irregular English pasts and participles that tell the past ("bought", "sold",
#: "taken"), as the -ed ones do.
_EN_IRREGULAR_PASTS = EN_IRREGULAR - EN_BASE_PASTS
#: English words in -ed that are no verb in the past: "two hundred", "a limited run".
_NOT_PAST_ED = frozenset({"hundred", "indeed", "need", "speed", "proceed", "exceed", "succeed",
                          "seed", "feed", "breed", "limited", "united", "related", "detailed",
                          "based", "sacred", "wicked", "kindred", "rugged"})  # fmt: skip
#: Conjunctions that open a new clause after a comma: its tense is its own.
_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas", "dan", "tetapi", "namun",
                            "sedangkan"})  # fmt: skip
#: Words before an English participle that make it a passive, no past: "will be dissolved".
_PASSIVE_BEFORE = frozenset({"be", "been", "being", "is", "are", "am"})
#: Words before a day or period without its year that put it in the past: "sejak Juni".
_SINCE = frozenset({"since", "sejak"})
#: Verbs of a target or plan, ahead of their clause's past tense ("sudah menargetkan",
#: "has pledged"): the plan verbs the predicates know, the schedule verbs (the active
#: "menjadwalkan" too) and more.
_TARGET_VERBS = (
    ID_PLAN_VERBS
    | ID_SCHEDULE_VERBS
    | word_set("menargetkan merencanakan mematok targeted planned pledged promised vowed")
)
#: English verbs of a decision or promise: what they bring with "to" is done after them, so a
#: period in it is ahead even though they are past ("voted on Tuesday to raise fares in
#: January", "agreed to cut 500 jobs in April").
_EN_DECISION_VERBS = word_set(
    "voted agreed decided resolved opted chose pledged promised vowed threatened offered"
)
#: The words of a stretch of text the scan left out (see :meth:`_TenseReader.past_before_gap`).
_RAW_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*|\S")
#: How many characters before a scanned stretch are read for its clause's verb.
_RAW_REACH = 120
#: Words before a period that make it a deadline, told ahead even in a past clause.
_DEADLINE_WORDS = frozenset({"by", "until", "till", "hingga", "sampai", "sebelum"})
#: Clause words that put a bare weekday in the future ("akan bertemu Kamis"): the future
#: auxiliaries and plan verbs the predicates read as such, and more.
_FUTURE_CUES = {
    "id": {"menargetkan", "lambat", "nanti", "mendatang", "diperkirakan", "diprediksi",
           "diprakirakan"} | ID_FUTURE_AUXILIARIES | ID_PLAN_VERBS | ID_SCHEDULE_VERBS,
    "en": {"'ll", "\u2019ll", "planned", "plans", "plan", "upcoming", "due", "set", "going",
           "travel", "travels", "visit", "visits", "meet", "meets", "face", "faces", "host",
           "hosts", "play", "plays", "begin", "begins", "start", "starts", "resume", "resumes",
           "return", "returns", "vote", "votes", "reopen", "reopens", "expire", "expires",
           "starting", "effective", "fly", "flies", "leaves", "departs", "arrives", "lands",
           "opens", "kicks"}
          | EN_FUTURE_AUXILIARIES | EN_SCHEDULE_VERBS,
    # the other European languages: auxiliaries of the future, modals and "begins" (a
    # schedule)
    "de": {"beginnt", "geplant"} | EU_FUTURE_AUXILIARIES["de"] | EU_MODALS["de"],
    "nl": {"gaat", "gaan", "begint", "gepland"} | EU_FUTURE_AUXILIARIES["nl"]
          | EU_MODALS["nl"],
    "fr": {"commence", "prévu", "prévue"} | EU_FUTURE_AUXILIARIES["fr"] | EU_MODALS["fr"],
    "es": {"comienza", "empieza", "previsto", "prevista"} | EU_FUTURE_AUXILIARIES["es"]
          | EU_MODALS["es"],
    "it": {"inizia", "previsto", "prevista"} | EU_MODALS["it"],
    "pt": {"começa", "previsto", "prevista"} | EU_FUTURE_AUXILIARIES["pt"]
          | EU_MODALS["pt"],
}  # fmt: skip
#: The words that bring a day before them in those languages ("am Donnerstag", "op
#: vrijdag", "el domingo", "na quinta-feira"): the verb stands before them.
_DAY_PREPOSITIONS = frozenset({"am", "op", "el", "na", "no"})
#: "For" in those languages: a day it brings is one something is set for, ahead.
_AHEAD_PREPOSITIONS = frozenset({"para", "pour", "per", "voor", "für"})
#: Words that close a stretch at a day: "until Saturday", "hingga Sabtu" (also read by
#: :mod:`reader.analysis.events`); here with "through" too ("is closed through Sunday").
UNTIL_WORDS = frozenset({"until", "till", "hingga", "sampai"})
_UNTIL_WORDS = UNTIL_WORDS | {"through"}
#: Verbs that move an end on ("has extended its warning until", "adjourned the trial until",
#: "ditunda hingga pekan depan"): the day after "until" is the new end of something else,
#: not a day the verb's own act holds to (also read by :mod:`reader.analysis.events`).
END_MOVERS = {
    "id": frozenset({"diperpanjang", "ditunda", "diundur", "diskors", "memperpanjang",
                     "menunda", "mengundur", "mengundurkan"}),
    "en": frozenset({"extended", "extends", "extend", "adjourned", "adjourns", "adjourn",
                     "postponed", "postpones", "postpone", "delayed", "delays", "delay",
                     "deferred", "defers", "defer", "suspended", "suspends", "suspend",
                     "recessed"}),
}  # fmt: skip
#: Present-tense words before "until <day>" that make the day one ahead ("is closed until"),
#: and a deadline moved on (:data:`END_MOVERS`).
_PRESENT_CUES = {
    "id": frozenset({"masih", "tetap", "berlaku"}) | END_MOVERS["id"],
    "en": frozenset({"is", "are", "remains", "remain", "stays", "stay", "runs", "lasts",
                     "continues", "'s", "\u2019s"}) | END_MOVERS["en"],
}  # fmt: skip
#: English present forms of "be" that put the day they name ahead: "The vote is on
#: Tuesday", "The final is Sunday" (a past event would be "was").
_EN_IS = frozenset({"is", "are", "'s", "\u2019s"})
#: English participles of a schedule or forecast: after "is"/"are" they put the day they
#: bring ahead ("Rain is forecast for Friday", "The vote is scheduled on Monday", "is due
#: Friday"), as "is" alone does.
_EN_SCHEDULED = frozenset({"forecast", "expected", "scheduled", "set", "due", "slated",
                           "planned", "billed", "timetabled", "pencilled", "penciled"})  # fmt: skip
#: Words that make the future cue after them a noun ("a plan", "the visit", "their return").
_NOUN_MARKERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this"})
#: Articles two words before a future cue that still make it a noun ("a state visit").
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
#: How many words before a time its tense cues may stand (:meth:`_Grammar.clause_before`).
_CLAUSE_REACH = 11
#: Punctuation that ends the reach of a future cue: sentence ends, quotes, brackets, dashes;
#: and the word scan's gap, past which lie words of another stretch (often an earlier sentence).
_CLAUSE_BREAKS = frozenset((*';:.!?"()\u201c\u201d\u2013\u2014', GAP))


class _TenseReader(_WordReader):
    """Whether the clause of a time is in the future, the present or the past."""

    def future_clause(self, i: int, others: frozenset[str] | None = None) -> bool:
        """True when a future cue ("akan", "will"), or instead one of ``others`` when given,
        comes shortly before, in the same sentence and outside any quotation that ends in
        between."""
        cues = _FUTURE_CUES.get(self.lex, set()) if others is None else others
        if cues.isdisjoint(self.scan_lows[max(0, i - _CLAUSE_REACH) : i]):
            return False  # no cue in reach (most weekdays): no need to walk back
        for k in self.clause_before(i):
            if self.words[k].low in _ATTRIBUTION:
                return False  # "..., a spokesperson said on Thursday": the saying is past
            if self.words[k].low in cues and not self.noun_cue(k):
                return True  # not "endorsed a plan on Thursday": "plan" is a noun there
            if others is None and self.told_past(k):
                return False  # "Harbour reopens … reopened on Monday": the nearer verb tells
        return False

    def told_past(self, k: int) -> bool:
        """Is word ``k`` a verb in the past ("was", "reopened"; see :data:`_PAST_WORDS`), not
        a participle of the passive ("will be held")?"""
        if self.words[k].low in _PAST_WORDS.get(self.lex, ()):
            return self.low(k - 1) not in _PASSIVE_BEFORE
        return self.en_past_verb(k)

    def european_future(self, i: int) -> bool:
        """Other European languages: True when a verb in the future tense (see
        :data:`~reader.analysis.predicates.ROMANCE_FUTURE_ENDINGS`) or a future cue stands in
        the clause of word ``i``, before it or after it, as a weekday often opens the clause
        there: "El jueves se publicarán los datos", "parlerà giovedì", "Donderdag begint de
        verkoop"."""
        if self.lex in _MONTHS:
            return False
        endings = ROMANCE_FUTURE_ENDINGS.get(self.lex, ())
        cues = _FUTURE_CUES.get(self.lex, set())
        after = range(i + 1, min(len(self.words), i + _CLAUSE_REACH))
        modals = EU_MODALS.get(self.lex, frozenset())
        for ks in (self.clause_before(i), after):
            for k in ks:
                word = self.words[k]
                if word.text in _CLAUSE_BREAKS:
                    break
                if word.low.endswith(endings) and not is_capitalized(word):
                    return True  # "Da lunedì … non potranno entrare"
                if word.low in modals and k > i + 1:
                    continue  # a modal after the day's verb is another clause's: "gezegd dat … wil"
                if word.low in cues:
                    return True
        return self.set_for(i) or self.european_present(i)

    def set_for(self, i: int) -> bool:
        """True when "for" (and an article) brings the day at word ``i``: "marcada para
        sexta-feira", "prévu pour vendredi", "convocada para el viernes", "gepland voor
        vrijdag": what is set for a day is ahead."""
        before = self.low(i - 1)
        if before in _DAY_PREPOSITIONS:
            before = self.low(i - 2)
        return before in _AHEAD_PREPOSITIONS

    def european_present(self, i: int) -> bool:
        """True when the verb right before the day at word ``i`` (and its "am", "op", "el",
        and a named object: "defronta a Escócia na terça-feira") is in the present ("Das
        Gericht entscheidet am Donnerstag", "Ajax speelt vrijdag", "le Sénat vote jeudi")
        and no auxiliary or past verb stands earlier in the clause ("a tenu une conférence
        de presse mardi"): news tells what is coming so."""
        if self.lex not in EU_AUXILIARIES:
            return False
        lang = self.lex
        k = i - 1 - (self.low(i - 1) in _DAY_PREPOSITIONS)
        articles = EU_NOUN_ARTICLES[lang]
        for _ in range(3):  # back over a named object: "defronta a Escócia na terça-feira"
            if k > 1 and (is_capitalized(self.words[k]) or self.low(k) in articles):
                k -= 1
        if k < 1 or is_capitalized(self.words[k]):
            return False
        if not european_present_verb(self.low(k), self.low(k - 1), lang):
            return False
        auxiliaries = EU_AUXILIARIES[lang]
        return not any(
            self.low(j) in auxiliaries
            or european_verb_strength(self.low(j), self.low(j - 1), lang) == 1
            for j in self.clause_before(k)
            if not is_capitalized(self.words[j])
        )

    def clause_before(self, i: int) -> Iterator[int]:
        """The words shortly before word ``i`` in its clause, nearest first: up to
        :data:`_CLAUSE_REACH` of them, back to a clause break (a dot of an abbreviation is
        none)."""
        for k in range(i - 1, max(0, i - _CLAUSE_REACH) - 1, -1):
            if self.words[k].text in _CLAUSE_BREAKS and not self.abbreviation_dot(k):
                return
            yield k

    def noun_cue(self, k: int) -> bool:
        """Is the future cue at word ``k`` a noun: after a determiner ("a plan", "their
        return") or after "a"/"an" and one more word ("returned from a trade visit"), which
        leaves an auxiliary a verb ("A court will hear")?"""
        if self.low(k - 1) in _NOUN_MARKERS:
            return True
        return self.low(k - 2) in _INDEFINITE_ARTICLES and self.low(k) not in FUTURE_AUXILIARIES

    def until_now(self, i: int) -> bool:
        """True when a day ``i`` ends a state that holds now: "the road is closed until
        (9am on) Saturday", "masih ditutup hingga Sabtu", so the day is ahead."""
        before = {self.low(k) for k in range(i - 4, i)}
        if before.isdisjoint(_UNTIL_WORDS):
            return False
        return self.future_clause(i, _PRESENT_CUES.get(self.lex, frozenset()))

    def scheduled_on(self, i: int) -> bool:
        """True when the English day at word ``i`` is ahead by the clause around it: after a
        present "is" ("The vote is on Tuesday"; "Rain is forecast for Friday"), unless the
        day owns what is ("The suspect in the attack is Sunday's bomber" names a past event
        by its day), or a deadline in a clause with no verb in the past ("crews expect to
        restore power by Friday"; not "had risen by Friday"); a verb before "and" is
        another clause's ("worked through the night and expect to restore power by Friday")."""
        if self.lex != "en":
            return False
        before = self.low(i - 1)
        if before in _EN_IS or (before == "on" and self.low(i - 2) in _EN_IS):
            return i not in self._owners
        k = i - 1 - (before in ("for", "on"))  # "is forecast for Friday", "is due Friday"
        if self.low(k) in _EN_SCHEDULED and self.low(k - 1) in _EN_IS:
            return True
        if before != "by":
            return False
        own = itertools.takewhile(lambda k: self.low(k) != "and", self.clause_before(i))
        after = range(i + 1, min(len(self.words), i + _CLAUSE_REACH))
        for k in (*own, *after):
            if self.words[k].text in _CLAUSE_BREAKS:
                break
            if self.low(k) in _PAST_WORDS["en"] or self.en_past_verb(k):
                return False
        return True

    def year_told_in(self, i: int, kind: Kind) -> Direction:
        """How "the year" at word ``i`` ("the end of the year", "akhir tahun") is told:
        "past" in a clause with a verb in the past, which the time annotator reads as the
        year just gone when the article is of its first months ("had warned that sales
        would slow by the end of the year" in January), unless a verb of a target or plan is
        nearer ("telah menargetkan … hingga akhir tahun", "has pledged to … by the end of the
        year": a target is ahead even in the perfect); else the publication year's."""
        if kind != "year":
            return "on_or_before"
        for k in self.clause_before(i):
            if self.low(k) in _TARGET_VERBS and self.low(k - 1) != "had":
                return "on_or_before"  # "telah menargetkan … akhir tahun": a target is ahead
            if self.told_past(k):
                return "past"
        return "on_or_before"

    def ahead(self, i: int) -> Direction:
        """Which of the periods named without a year at word ``i`` is meant: the next one in
        a future clause ("will report the third quarter"), the last one in a past clause
        ("ratified a contract in March") or after "since" ("sejak Juni", "since early
        summer": a stretch from then to now), else the nearest."""
        if not _SINCE.isdisjoint((self.low(i - 1), self.low(i - 2))):
            return "past"
        if self.future_clause(i) or self.decided_to(i):
            return "on_or_after"
        if self.past_clause(i):
            return "past"
        return self.opening_tense(i) or "on_or_before"

    def opening_tense(self, i: int) -> Direction | None:
        """For a period opening its sentence ("In Q2, revenue fell", "In March the plant will
        close"), whose clause follows it, the tense of the first verb after it that tells
        one: "past" or "on_or_after"; None when it opens none or no verb tells."""
        first = i - (self.low(i - 1) in _YEAR_CUES.get(self.lex, ()))
        if not self.sentence_initial(first):
            return None
        cues = _FUTURE_CUES.get(self.lex, set())
        for k in range(i + 1, min(len(self.words), i + _CLAUSE_REACH)):
            if self.words[k].text in _CLAUSE_BREAKS:
                return None
            if self.words[k].low in cues and not self.noun_cue(k):
                return "on_or_after"
            if self.told_past(k):
                return "past"
        return None

    def decided_to(self, i: int) -> bool:
        """True when the English period at word ``i`` is in what a decision or promise brings
        with "to" (see :data:`_EN_DECISION_VERBS`), up to three words after the verb ("voted
        unanimously to raise fares in January"), with no other verb in the past between."""
        if self.lex != "en" or "to" not in self.scan_lows[max(0, i - _CLAUSE_REACH) : i]:
            return False
        for k in self.clause_before(i):
            if self.low(k) == "to":
                return any(self.low(j) in _EN_DECISION_VERBS for j in range(k - 3, k))
            if self.told_past(k):
                return False
        return False

    def past_clause(self, i: int) -> bool:
        """True when a verb in the past comes shortly before word ``i``, in its clause:
        "ratified a contract in March", "telah disetujui pada Maret", "terjadi pada 14
        Maret" (see :data:`_ID_DONE_VERBS`); not a deadline ("the aim was to agree by
        mid-December": reported speech tells the future in the past)."""
        if {self.low(i - 1), self.low(i - 2)} & _DEADLINE_WORDS:
            return False
        k = i
        for k in self.clause_before(i):
            word = self.words[k]
            if word.text == "," and self.low(k + 1) in _CLAUSE_JOINERS:
                return False  # "…was dissolved, and the campaign runs from May 30"
            if self.low(k + 1) == "to":
                continue  # "was to agree", "wanted to meet": the future in the past
            if self.low(k + 1) == "for" and word.low.endswith("ed"):
                return False  # "a vote was called for March": a plan
            if word.low in _PAST_WORDS.get(self.lex, ()) or self.en_past_verb(k):
                # a speech verb tells when it was said ("said in March") but not when what
                # it reports happens ("said the law takes effect in January")
                return k >= i - 2 or not is_speech_verb(word.low, self.lex)
            if word.low in _ID_DONE_VERBS and self.lex == "id":
                return _ID_NOT_DONE.isdisjoint(map(self.low, range(k - 4, k)))
        reach = _CLAUSE_REACH - (i - k)
        cut = k == 0 or self.low(k - 1) == GAP  # the scan starts its stretch there
        return reach > 0 and cut and self.past_before_gap(k, reach)

    def past_before_gap(self, k: int, reach: int) -> bool:
        """English: is there a verb in the past within ``reach`` words before word ``k``, in
        the text the scan left out before it, in the same clause? "Okafor, who joined on a
        free transfer from Gainsborough Trinity in the summer": "joined" is further back than
        the scan keeps, and tells the summer gone. A future cue nearer wins; a speech verb so
        far back tells when it was said, not what it reports; a verb with "to" or "-ed for"
        is a plan."""
        if self.lex != "en":
            return False
        start = self.words[k].start
        raw = _RAW_WORD.findall(self.text, max(0, start - _RAW_REACH), start)[-reach:]
        after = ""
        for n in range(len(raw) - 1, -1, -1):
            word = raw[n]
            low = word.lower()
            if word in _CLAUSE_BREAKS or low in _FUTURE_CUES["en"]:
                return False  # "will (finally open)": a future, nearer than any past verb
            if after in ("to", "for") or not word.islower() or low in _NOT_PAST_ED:
                after = low
                continue
            if (
                low in _PAST_WORDS["en"]
                or low in _EN_IRREGULAR_PASTS
                or (len(low) > 4 and low.endswith("ed"))
            ):
                before = raw[n - 1].lower() if n else ""
                return before not in _PASSIVE_BEFORE and not is_speech_verb(low, self.lex)
            after = low
        return False

    def en_past_verb(self, k: int) -> bool:
        """Is word ``k`` an English verb in the past, in -ed or irregular: "ratified",
        "added", "bought", "taken"; not a passive ("will be dissolved", "is expected", "is
        seen"), a name or a number word?"""
        low = self.low(k)
        if self.lex != "en":
            return False
        if low not in _EN_IRREGULAR_PASTS and (
            len(low) <= 4 or not low.endswith("ed") or low in _NOT_PAST_ED
        ):
            return False
        if is_capitalized(self.words[k]):
            return False  # a name: "United Airlines", "Red Cross"
        return self.low(k - 1) not in _PASSIVE_BEFORE

"""Segments and clauses: where a sentence is cut (commas, strong words and marks, "and"
before a verb or a clause), each segment's predicate, and how segments make clauses."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

from reader.analysis.events.lexicon import (
    _AND_WORDS,
    _AS_NOT_JOINING,
    _AUXILIARIES,
    _BARE_SUBJECT_WORDS,
    _BEFORE_SECOND_VERB,
    _COLON,
    _CUT_WORDS,
    _DETERMINERS,
    _EU_AND_WORDS,
    _HEADLINE_JOINERS,
    _NOT_SUBJECT,
    _STRONG_MARKS,
    _THAT_WORDS,
    _TIME_PREPOSITIONS,
    _WHEN_OPENERS,
)
from reader.analysis.events.verbs import _Verbs
from reader.analysis.name_cues import PLACE_PREPOSITIONS
from reader.analysis.narrative import SEQUENCE_WORDS, TEMPORAL_JOINERS
from reader.analysis.predicates import (
    EN_ADVERBS,
    EN_IRREGULAR,
    EN_SCHEDULE_VERBS,
    ID_ADVERBS,
    ID_CHANGE_VERBS,
    ID_HEARSAY_VERBS,
    ID_PLAN_VERBS,
    ID_YANG_ADJECTIVES,
    RELATIVES,
    SUBORDINATOR_WORDS,
    european_verb_strength,
    is_relative,
    is_subordinator,
)
from reader.analysis.speech import word_set

# "di mana"/"where" start a clause only after a comma (else "where" may be a question word).
_RELATIVE_WHERE = ("di mana", "dimana", "where")
# The words such a clause opens with: a cheap test before pairing words up.
_WHERE_OPENERS = frozenset(_RELATIVE_WHERE).union(p.split()[0] for p in _RELATIVE_WHERE)
# Words that may open a clause of their own right after a comma (a cheap test first).
_COMMA_OPENERS = _WHERE_OPENERS | SEQUENCE_WORDS
#: Words that may follow an Indonesian weak verb closing a clause opened by a temporal joiner
#: (see _Clauses._weak_clause_end): a preposition of time or place, or "dan".
_AFTER_WEAK_VERB = _TIME_PREPOSITIONS | PLACE_PREPOSITIONS | _AND_WORDS
#: Words after an Indonesian weak verb right after "dan" that make it a second predicate with
#: a time or a place of its own: "dan ambruk pada Senin", "dan terbang ke Osaka".
_AFTER_ID_WEAK_VERB = _TIME_PREPOSITIONS | PLACE_PREPOSITIONS
#: The English relative words, that open a clause inside another (see _relative_split).
_EN_RELATIVES = RELATIVES["en"]
#: English verbs of intent whose "to" opens the deed planned ("plans to open a plant in H1
#: 2027"): that deed is the event, dated by the time ahead, not the planning.
_EN_INTENT_VERBS = word_set("plans planned aims aimed intends intended")
#: Verbs that pass on to the verb of what is alleged or planned after them (see
#: _Verbs._happening_verb): Indonesian hearsay and plan verbs, English schedule and intent
#: verbs (the English ones only before "to" and a verb).
_PASSED_ON_VERBS = ID_HEARSAY_VERBS | ID_PLAN_VERBS | EN_SCHEDULE_VERBS | _EN_INTENT_VERBS
# Words after "after"/"setelah"/"since" that make it an adverb or a phrase, not a clause
# joiner ("setelah itu", "since then", "after what he called …").
_NOT_A_CLAUSE_START = word_set("itu ini tersebut then that this what which")
# Of those, the words that make "since then", "sejak itu", "setelah itu" an adverb before a
# clause of its own: "Sejak itu pemerintah membangun …" is a happening.
_JOINER_ADVERBS = word_set("itu then")
# Adverbs that may follow "and" before a verb, never its subject: "dan hampir mencuri".
_NO_SUBJECT_AFTER_AND = word_set("hampir nyaris almost nearly") | ID_ADVERBS | EN_ADVERBS
_HAS_SUBJECT = attrgetter("has_subject")

_Boundary = Literal["start", "strong", "weak"]
_RANK: dict[str, int] = {"weak": 0, "strong": 1, "start": 2}


@dataclass(slots=True)
class _Segment:
    """Words ``[first, last]`` (indices into the sentence's words) between boundaries.

    Its kind: a clause with a ``trigger`` (predicate) and a subject before it, verbal with a
    trigger only, nominal without one."""

    first: int
    last: int
    boundary: _Boundary
    trigger: int | None = None
    sure: bool = False  # the trigger is surely a verb (strength 2)
    has_subject: bool = False
    #: a relative clause with a date of its own, its verb the trigger ("…, who visited Tokyo
    #: on Sunday, …"): the verb after it is the main clause's, a happening of its own
    relative: bool = False


class _Clauses(_Verbs):
    """A sentence cut into segments, and the segments joined into clauses."""

    def _clauses(self, sentence: range) -> list[list[_Segment]]:
        """The sentence's clauses, each a list of consecutive segments."""
        segments = self._segments(sentence)
        clauses: list[list[_Segment]] = []
        pending: list[_Segment] = []
        for k, seg in enumerate(segments):
            if clauses and not pending and seg.boundary == "weak" and self._says(clauses[-1][-1]):
                if seg.trigger is not None and seg.has_subject:
                    # "Ratna menambahkan, penjualan … mencapai …": what she said happened
                    self.reported_starts.add(self.words[seg.first].start)
                    clauses.append([seg])
                else:
                    clauses[-1].append(seg)  # "Ratna menambahkan, …" with no clause of its own
                continue
            nxt = segments[k + 1] if k + 1 < len(segments) else None
            # (kinds by their fields here: a property costs a call for each segment)
            next_opens = (
                nxt is not None
                and nxt.boundary == "weak"
                and nxt.trigger is not None
                and nxt.has_subject
            )
            continues = bool(clauses) and not pending
            # ("When the verdict was read, …" with a subject of its own is its own happening,
            # a clause as any other below)
            if (
                k == 0
                and next_opens
                and not (seg.trigger is not None and seg.has_subject)
                and self.words[seg.first].lower in _WHEN_OPENERS
            ):
                seg.has_subject = False  # "When asked, …": its clause is the one after
                pending.append(seg)
                continue
            verbal = seg.trigger is not None
            # "Marsh, who chaired … on Tuesday, accepted …": the main verb after a dated
            # relative clause opens the clause of the subject before it, as after an aside
            # of that relative clause ("which closed in May after a crack was found, will …")
            after_relative = continues and self._ends_relative(clauses)
            if verbal and (
                seg.has_subject
                or seg.boundary == "strong"
                or after_relative
                or not (continues or next_opens)
            ):
                clauses.append([*pending, seg])
                pending = []
            elif not verbal and next_opens and (seg.boundary != "weak" or not continues):
                pending.append(seg)
            elif continues:
                clauses[-1].append(seg)
            else:
                pending.append(seg)
        if pending:
            if clauses:
                clauses[-1].extend(pending)
            else:
                clauses.append(pending)
        return clauses

    def _ends_relative(self, clauses: list[list[_Segment]]) -> bool:
        """Whether the clauses so far end with a dated relative clause, maybe followed by its
        aside opened by "after"/"setelah" or another temporal joiner (see _clauses), or by
        such a phrase ("which was shut in March after a landslide, will …")."""
        last = clauses[-1]
        if last[-1].relative:
            return True
        if (
            len(last) > 1
            and last[-1].trigger is None
            and last[-2].relative
            and self.words[last[-1].first].lower in TEMPORAL_JOINERS
        ):
            return True
        return (
            len(clauses) > 1
            and clauses[-2][-1].relative
            and self.words[clauses[-1][0].first].lower in TEMPORAL_JOINERS
        )

    def _says(self, seg: _Segment) -> bool:
        """True when the segment ends with its speech verb: what follows is what was said."""
        return seg.trigger == seg.last and self._speech(self.words[seg.last])

    def _segments(self, sentence: range) -> list[_Segment]:
        """Cut the sentence at commas (weak) and clause-joining words and marks (strong)."""
        segments: list[_Segment] = []
        start = sentence.start
        boundary: _Boundary = "start"
        words, quoted = self.words, self.quoted
        cut_at = self.cut_at
        at = bisect.bisect_left(cut_at, sentence.start)
        for i in cut_at[at : bisect.bisect_left(cut_at, sentence.stop, at)]:
            if words[i].start in quoted:
                continue
            text = words[i].text
            if text == "," or text in _STRONG_MARKS or text == _COLON:
                kind: _Boundary = "weak" if text == "," else "strong"
                if i > start:
                    segments.append(self._segment(sentence, start, i - 1, boundary))
                    boundary = kind
                elif _RANK[kind] > _RANK[boundary]:
                    boundary = kind
                start = i + 1
            else:  # a joining word, "and" before a verb, or "di mana"/"lalu" after a comma
                if i > start:
                    segments.append(self._segment(sentence, start, i - 1, boundary))
                start, boundary = i, "strong"
        if start < sentence.stop:
            segments.append(self._segment(sentence, start, sentence.stop - 1, boundary))
        if self.relative_at:
            segments = [part for seg in segments for part in self._relative_split(sentence, seg)]
        return segments

    def _relative_split(self, sentence: range, seg: _Segment) -> list[_Segment]:
        """The segment, or its main clause and a relative clause after its predicate that has
        a date of its own ("The court heard the case which prosecutors filed in 2024",
        "mengakhiri sidang yang dimulai pada Januari"): what the relative clause tells
        happened on its own day, which is not the main clause's."""
        if seg.trigger is None or not seg.sure:
            return [seg]
        at, words = self.relative_at, self.words
        k = bisect.bisect_left(at, seg.trigger + 2)
        if k == len(at) or at[k] > seg.last or words[at[k]].start in self.quoted:
            return [seg]
        opener = at[k]
        if not self._dated(words[opener].start, words[seg.last].end, roughly=True):
            return [seg]
        relative = self._segment(sentence, opener, seg.last, "weak")
        if not relative.relative:
            return [seg]
        return [self._segment(sentence, seg.first, opener - 1, seg.boundary), relative]

    def _segment(self, sentence: range, first: int, last: int, boundary: _Boundary) -> _Segment:
        """A segment with its predicate and whether anything stands before the predicate.

        The first verb after a relative or purpose word ("yang didukung", "yang sekutu Eropa
        sebelumnya menolak", "untuk membahas", "who left") is subordinate, not the predicate; a
        later verb is the main one again ("Pejabat yang ditemui mengatakan …"). A relative
        clause with a date of its own ("…, who drew 0-0 on Friday night", "…, who visited
        Tokyo last year") does report a happening: its verb is then the predicate.
        """
        seg = _Segment(first, last, boundary)
        weak: int | None = None
        subordinate: list[int] = []
        waiting = False  # a relative/purpose word waits for its verb
        passed_to = -1
        predicate = last  # the verb the trigger was passed on from, if any
        words, lang, quoted = self.words, self.lang, self.quoted
        may_be_verb, slots, cue_starts = self.may_be_verb, self.verb_slots, self.cue_starts
        headline_end, start = self.headline_end, sentence.start
        # "mengatakan polisi tangkap dua pelaku": a bare verb after a reported subject
        bare_from = first if lang == "id" and words[first].start in self.reported_starts else -1
        for i in range(first, last + 1):
            word = words[i]
            if word.is_punct or word.start in quoted:
                continue
            low = word.lower
            if bare_from >= 0 and i <= bare_from + _BARE_SUBJECT_WORDS:
                if weak is None and self._bare_reported(bare_from, i):
                    weak = i  # (a sure verb after it is the predicate: "daya beli melemah")
                    continue
                if may_be_verb[low] or low in SUBORDINATOR_WORDS:
                    bare_from = -1  # "mereka setuju untuk menghentikan …": past the subject
            if low in SUBORDINATOR_WORDS:
                prev = words[i - 1].text if i > first else None
                nxt = words[i + 1].text if i < last else ""
                if is_subordinator(word.text, lang, prev, nxt) and not (
                    low == "yang" and self._next_lower(i) in ID_YANG_ADJECTIVES
                ):
                    waiting = True
                    continue
            if i == first + 1 and first > start and self._gerund_after_joiner(i):
                seg.trigger, seg.sure = i, True  # "… before slipping to third"
                break
            if not (
                may_be_verb[low]
                or (i > start and words[i - 1].lower in slots)
                or word.start in cue_starts
                or i < headline_end
            ):
                continue  # most words: not a verb whatever their neighbours
            if word.start in self.reported_starts:
                continue  # the subject opening what was said ("said demand had recovered")
            if (
                i == first + 1
                and i > start
                and words[first].lower in _HEADLINE_JOINERS
                and self._bare_subject_past(i)
            ):
                continue  # the subject of "as demand weakened"
            strength = self._form_of(sentence, i)  # segments never overlap: asked once per word
            if not strength:
                continue
            if i == passed_to:
                continue  # the verb a subordinate hearsay or plan verb passed on to
            if waiting:
                waiting = False
                subordinate.append(i)
                if low in _PASSED_ON_VERBS:
                    # "yang diduga mencuri …": the verb it passes on to is the relative
                    # clause's too; the main verb comes after it ("… ditangkap")
                    passed_to = self._happening_verb(sentence, i, last)
            elif strength == 2:
                predicate = i
                if low in _PASSED_ON_VERBS:  # (few words)
                    i = self._happening_verb(sentence, i, last)
                seg.trigger, seg.sure = i, True
                break
            elif weak is None:
                weak = i
        if seg.trigger is None and weak is not None:
            predicate = weak
            if words[weak].lower in _EN_INTENT_VERBS:  # "aims to build", "intends to raise"
                weak = self._happening_verb(sentence, weak, last)
            seg.trigger = weak
        if seg.trigger is None and subordinate and self._headline_to(subordinate[0]):
            seg.trigger, seg.sure = subordinate[0], True  # "Bridge to reopen in May"
        if seg.trigger is None and subordinate and is_relative(words[first].text, lang):
            if self._dated(words[first].start, words[last].end, roughly=True):
                seg.trigger, seg.has_subject, seg.relative = subordinate[0], True, True
            return seg
        if seg.trigger is not None:
            # before the verb that passed the event on, if one did ("… and plans to sign")
            before = min(predicate, seg.trigger)
            seg.has_subject = self._subject_before(first, before) or self._change_by(seg)
        if words[first].lower in TEMPORAL_JOINERS and not self._joined_clause(seg):
            seg.trigger = None  # "after the break", "setelah itu": a phrase, not a clause
        return seg

    def _change_by(self, seg: _Segment) -> bool:
        """Whether the segment opens with an Indonesian verb of change and its amount (",
        naik 12 persen", ", turun 7,9 persen"): a happening of its own, as if with a subject
        (see predicates.ID_CHANGE_VERBS)."""
        if self.lang == "en" or seg.trigger != seg.first or seg.first >= seg.last:
            return False
        amount = self.words[seg.first + 1].lower
        return self.words[seg.first].lower in ID_CHANGE_VERBS and amount[:1].isdigit()

    def _joined_clause(self, seg: _Segment) -> bool:
        """Whether a segment opened by "after"/"setelah"/"before" is a clause of its own, a
        sure verb after a subject or right after the joiner ("setelah warga melapor", "before
        Saka curled in …", "setelah menerima laporan"; in Indonesian a weak verb after a
        subject at the clause's end: "sebelum air naik"), rather than a phrase ("after the
        break", "after what he called …", "sejak itu")."""
        if seg.trigger is None or seg.first + 1 > seg.last:
            return False
        after = self.words[seg.first + 1].lower
        if after in _JOINER_ADVERBS and seg.sure:
            return self._subject_before(seg.first + 2, seg.trigger)  # "Sejak itu warga …"
        if after in _NOT_A_CLAUSE_START:
            return False
        if not seg.sure:
            # "sebelum air naik", "setelah gempa susulan terjadi", "ketika pesawat terjatuh di
            # laut": an Indonesian bare or ter- verb after its subject is its predicate
            return (
                self.lang == "id"
                and seg.has_subject
                and self._weak_clause_end(seg.trigger, seg.last)
            )
        return seg.has_subject or seg.trigger == seg.first + 1

    def _weak_clause_end(self, trigger: int, last: int) -> bool:
        """Whether what follows the weak verb at word ``trigger`` up to word ``last`` leaves
        it the predicate: nothing, a time or a phrase of place, or another verb after "dan"
        ("masuk pukul 21.30 WIB", "terjatuh dan cedera pada September", "pulang ke rumah");
        not the noun of "sejak harga minyak mentah dunia", whose next word names more of it."""
        for word in self.words[trigger + 1 : last + 1]:
            if not word.is_punct:
                low = word.lower
                return low in _AFTER_WEAK_VERB or self._in_time(word)
        return True

    def _subject_before(self, first: int, trigger: int) -> bool:
        """Whether a word that can be a subject stands in ``words[first:trigger]``; a time
        right after "and" is none ("… and on Wednesday flew to Osaka", "dan pada Rabu
        terbang ke Osaka")."""
        words, quoted = self.words, self.quoted
        joined = words[first].lower in _AND_WORDS
        for i in range(first, trigger):
            word = words[i]
            if word.is_punct or word.lower in _NOT_SUBJECT or word.start in quoted:
                continue
            if not (joined and self._timed(i)):
                return True
        return False

    def _cut_points(self, marked: list[int]) -> list[int]:
        """Indices of the words sentences may be cut at, in order: commas, dashes and
        semicolons, a colon before a clause in lowercase, joining words (not "sejak
        itu"/"since then", adverbs inside a clause; "and" only before a verb or a clause), and
        "di mana"/"where" or "lalu"/"then" right after a comma. ``marked`` are the words with
        a lowercase form in :data:`_CUT_WORDS` (and maybe others); "as" cuts a headline.
        Quoted words are among the cuts; :meth:`_segments` skips those."""
        words, eu_and = self.words, _EU_AND_WORDS.get(self.lang)
        cuts = []
        for i in marked:
            low = words[i].lower
            if low in _CUT_WORDS:  # (the temporal joiners among them)
                if not (low in TEMPORAL_JOINERS and self._adverbial(i)):
                    cuts.append(i)
            elif (
                (
                    low in _AND_WORDS
                    and words[i].text[:1].islower()  # ("union chief Dan Harper said")
                    and (self._joins_verbs(i) or self._joins_clause(i))
                )
                or (low == eu_and and self._joins_eu_verb(i))
                or (low in _HEADLINE_JOINERS and (i < self.headline_end or self._as_clause(i)))
                or (low == _COLON and self._clause_after_colon(i))
            ):
                cuts.append(i)
        openers = [
            i + 1
            for i in cuts
            if words[i].text == ","
            and i + 1 < len(words)
            and words[i + 1].lower in _COMMA_OPENERS
            and words[i + 1].sent == words[i].sent  # (the word after the comma, in lowercase)
            and self._opens_after_comma(i + 1)
        ]
        return sorted({*cuts, *openers}) if openers else cuts

    def _clause_after_colon(self, i: int) -> bool:
        """Whether the colon at word ``i`` opens a clause of the same sentence: a lowercase
        word follows ("… sounds familiar: managers offered …", "mirip dengan 2021: gempa
        merusak …"), not a quote, a name or the end of the sentence."""
        return self._next_lower(i) is not None and self.words[i + 1].text[:1].islower()

    def _joins_verbs(self, i: int) -> bool:
        """Whether word ``i`` is "and"/"dan" before a sure verb, maybe after auxiliaries and
        adverbs: a second predicate of the same subject ("Okafor apologized and asked the
        court for mercy", "resigned and was charged", "Polisi menangkap dan menahan
        tersangka") is a happening of its own; so is an Indonesian weak verb before a time or
        a place ("… dan ambruk pada Senin", "dan terbang ke Osaka"). A time of its own may
        open the second predicate: "landed on Monday and on Wednesday flew to Osaka"."""
        words = self.words
        if self._next_lower(i) is None:
            return False
        at = self._past_own_time(i + 1)
        timed = at > i + 1
        while at - i <= 2 and words[at].lower in _BEFORE_SECOND_VERB and self._next_lower(at):
            at += 1  # "… and was charged", "dan kini memuncaki": the verb after them
        verb = words[at]
        if verb.start in self.quoted or verb.sent != words[i].sent:
            return False
        if not (self.may_be_verb[verb.lower] or (at > i + 1 and not timed)):
            return False
        stop = at + 2 if at + 1 < len(words) and words[at + 1].sent == verb.sent else at + 1
        form = self._form_of(range(i, stop), at)
        if form == 1 and self.lang == "id" and stop == at + 2:
            # a weak verb with a time or place of its own: "dibangun pada 2019 dan ambruk
            # pada Senin", "dan tewas di lokasi", "dan terbang ke Osaka"
            return words[at + 1].lower in _AFTER_ID_WEAK_VERB
        return form == 2

    def _past_own_time(self, at: int) -> int:
        """The index after a time that opens a predicate at word ``at`` ("on Wednesday",
        "pada Rabu", "later", with its preposition), or ``at`` when none does."""
        words = self.words
        k = at + (words[at].lower in _TIME_PREPOSITIONS)
        if k >= len(words) or not self._in_time(words[k]):
            return at
        while k < len(words) and self._in_time(words[k]):
            k += 1
        return k if k < len(words) else at

    def _joins_eu_verb(self, i: int) -> bool:
        """Whether word ``i``, "and" in a German, French, Spanish, Italian, Portuguese or
        Dutch sentence, stands right before a verb in small letters: a second predicate of
        the same subject ("rechazó la medida y pidió su retirada", "a signé et a quitté")."""
        if self._next_lower(i) is None:
            return False
        verb = self.words[i + 1]
        return (
            verb.start not in self.quoted
            and verb.text[:1].islower()
            and european_verb_strength(verb.lower, "", self.lang) > 0
        )

    def _joins_clause(self, i: int) -> bool:
        """Whether word ``i`` is "and"/"dan" before a clause with a subject of its own, maybe
        after "that" or a time: "offered a rise and staff rejected it", "said … and that
        services could resume", "dan warga mengungsi", "and last year it added routes". The
        subject is one word, or a determiner and one."""
        words = self.words
        at = i + 1
        if self._next_lower(i) in _THAT_WORDS:
            at += 1
        elif i and not self._in_time(words[i - 1]):
            # past a time that opens the clause: "and last year it added routes", "dan pada
            # Senin polisi menangkap …" (not "in March and April": one time of two)
            while at < len(words) and self._in_time(words[at]):
                at += 1
        if at < len(words) and words[at].lower in _DETERMINERS:
            at += 1
        if at + 1 >= len(words) or words[at + 1].sent != words[i].sent:
            return False
        subject = words[at]
        if subject.is_punct or subject.start in self.quoted or not subject.text[:1].isalpha():
            return False
        if subject.lower in _NOT_SUBJECT or subject.lower in _NO_SUBJECT_AFTER_AND:
            return False
        if subject.text[:1].isupper() and i > 0 and words[i - 1].text[:1].isupper():
            return False  # "Kyiv dan Moskow melakukan", "Katsina and Sokoto states": names
        if self._next_lower(at + 1) == "by":
            return False  # "protests and a petition signed by 8,000 people": a noun phrase
        # not "and rose", "and said": there the word after "and" is the verb itself
        return self._joins_verbs(at) and not self._form_of(range(i, at + 2), at)

    def _as_clause(self, i: int) -> bool:
        """Whether "as" at word ``i``, inside a sentence, opens a clause with a subject of
        its own and a sure verb ("Sales slipped as demand weakened this spring", "as the
        storm approached"), which is a happening at the time of the clause before; not "such
        as", "as well as", "known as", nor "as expected" (no subject)."""
        words = self.words
        if self.lang != "en" or i == 0 or words[i - 1].sent != words[i].sent:
            return False  # (Portuguese "as obras": the article)
        before = words[i - 1].lower
        if before in _AS_NOT_JOINING or before[:1].isdigit():
            return False
        return self._joins_clause(i) or self._bare_subject_past(i + 1)

    def _bare_subject_past(self, at: int) -> bool:
        """Whether word ``at`` is a bare noun in small letters followed by a sure verb in the
        past: "as demand weakened", "as trade slowed" (a noun that is a verb too, "demand",
        is the subject there, as the past tense follows it)."""
        words = self.words
        if self.lang != "en" or at + 2 >= len(words) or words[at + 2].sent != words[at].sent:
            return False
        subject, verb = words[at], words[at + 1]
        low = subject.lower
        return (
            subject.text.isalpha()
            and subject.text.islower()
            and not low.endswith(("ed", "ing"))
            and low not in _NOT_SUBJECT
            and low not in EN_IRREGULAR
            and (verb.lower.endswith("ed") or verb.lower in EN_IRREGULAR)
            and self._form_of(range(at, at + 2), at + 1) == 2
        )

    def _adverbial(self, i: int) -> bool:
        """Whether the temporal joiner at word ``i`` is an adverb or opens a phrase, not a
        clause: "sejak itu", "since then", "after what he called …", right after an
        auxiliary ("Relations have since improved"), or closing a time ("the week before")."""
        if self._next_lower(i) in _NOT_A_CLAUSE_START:
            return True
        words = self.words
        if self._in_time(words[i]) and words[i].start not in self._time_start_set:
            return True
        return i > 0 and words[i - 1].sent == words[i].sent and words[i - 1].lower in _AUXILIARIES

    def _opens_after_comma(self, i: int) -> bool:
        """Whether word ``i``, right after a comma, opens a clause of its own: "di mana"/"where"
        or the next step of a sequence ("lalu", "kemudian", "then")."""
        low = self.words[i].lower
        if low in SEQUENCE_WORDS:
            return True
        if low not in _WHERE_OPENERS:
            return False
        after = self._next_lower(i)
        pair = low if after is None else f"{low} {after}"
        return low in _RELATIVE_WHERE or pair in _RELATIVE_WHERE


def _main_segment(clause: list[_Segment]) -> _Segment | None:
    """The segment whose predicate is the clause's: the first with a subject before its
    predicate, else the first with a predicate."""
    verbal: _Segment | None = None
    for seg in clause:
        if seg.trigger is not None:
            if seg.has_subject:
                return seg
            if verbal is None:
                verbal = seg
    return verbal


def _has_subject(clause: list[_Segment]) -> bool:
    """Whether the clause has a subject of its own ("Okafor had accepted …", not "Saat
    ditemui di Jakarta" nor "… and met Cho")."""
    return any(map(_HAS_SUBJECT, clause))

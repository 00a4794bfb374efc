"""The top layer: the event finder of one document, which sets up the layers below and
drafts an event for every clause with a predicate."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from functools import cache
from itertools import accumulate
from operator import attrgetter

from reader.analysis.doc import Doc
from reader.analysis.events.clauses import (
    _EN_RELATIVES,
    _NOT_A_CLAUSE_START,
    _has_subject,
    _main_segment,
    _Segment,
)
from reader.analysis.events.cues import _AHEAD_WORDS, _Cues
from reader.analysis.events.dating import _COMPARISON_WORDS, _reference_day
from reader.analysis.events.drafts import _absorb, _Draft, _take_subject, _told_before
from reader.analysis.events.lexicon import (
    _AND_WORDS,
    _BARE_REPORT_LANGUAGES,
    _COLON,
    _CUT_WORDS,
    _EU_AND_WORDS,
    _HEADLINE_JOINERS,
    _LATE_CUE_OPENERS,
    _SENT,
    _START,
    _STRONG_WORDS,
    _THAT_WORDS,
    _WHEN_JOINERS,
    _WHEN_OPENERS,
)
from reader.analysis.events.text import _day
from reader.analysis.memo import WordMemo
from reader.analysis.model import Actor, Quote, TimeSpan
from reader.analysis.predicates import (
    EN_VERB_SLOTS,
    ENGLISH_VERB_FORMS,
    EU_AUXILIARIES,
    EU_PLUPERFECT_AUXILIARIES,
    ID_AUXILIARIES,
    INDONESIAN_VERB_FORMS,
    is_relative,
)
from reader.analysis.speech import (
    PERSON_ONLY_PRONOUNS,
    PERSON_PRONOUNS,
    framing_verb_forms,
    speech_verb_forms,
    word_set,
)
from reader.analysis.words import (
    Mentions,
    Persons,
    according_openers,
    word_starts,
    words_inside,
    words_of,
)

# Joining words left out of an event's span and summary ("Tetapi", "di mana", "but").
_LEADING_JOINERS = (
    _STRONG_WORDS | word_set("di mana dimana where dan and") | frozenset(_EU_AND_WORDS.values())
)
# The marked words besides those sentences may be cut at.
_RARE_MARKED = (
    PERSON_PRONOUNS | _LATE_CUE_OPENERS | _AHEAD_WORDS | _COMPARISON_WORDS | _EN_RELATIVES
)
# Words looked for in every sentence: the ones it may be cut at, person pronouns, the
# first words of narrative cues, future auxiliaries, words of comparison and relatives.
_MARKED_WORDS = (
    _CUT_WORDS | _AND_WORDS | _HEADLINE_JOINERS | _RARE_MARKED | {_COLON}
    | frozenset(_EU_AND_WORDS.values())
)  # fmt: skip


@cache
def _marked_words(lang: str) -> frozenset[str]:
    """The :data:`_MARKED_WORDS` and the speech verbs of ``lang``: a clause they report may
    open after them (see _Reports._report_cuts)."""
    return _MARKED_WORDS | framing_verb_forms(lang) | _according_openers(lang)


@cache
def _according_openers(lang: str) -> frozenset[str]:
    """The first words of the "menurut"/"according to" phrases of ``lang``
    (speech.ACCORDING_TO) but common prepositions ("in the words of", "nach Angaben von",
    "de acuerdo con"), so that the preposition is not looked up at every use."""
    return according_openers(lang) - _COMMON_PREPOSITIONS


#: Prepositions that open some "according to" phrases but far more other phrases.
_COMMON_PREPOSITIONS = word_set("in nach de")
# Words ignored when comparing two events' content ("selama", "about").
_FUNCTION_WORDS = word_set(
    "selama sekitar dengan sebagai tentang kepada karena setelah sebelum dalam antara bahwa "
    "untuk tersebut sangat about after before with their there which would could should "
    "other still while where these those being"
)
_TIME = attrgetter("time")


class _EventFinder(_Cues):
    """Clause segmentation and event drafting for one document.

    Words are addressed by their index in :func:`words_of` (the whole document); a sentence is
    the ``range`` of its words' indices.
    """

    def __init__(
        self,
        doc: Doc,
        mentions: Mentions,
        actors: list[Actor],
        times: list[TimeSpan],
        quotes: list[Quote],
        pubdate: str | None = None,
    ) -> None:
        self.doc = doc
        self.lang = doc.lang
        self.mentions = mentions
        #: people's names by actor id (a summary names the person a pronoun stands for)
        self.person_names = {a.id: a.name for a in actors if a.label == "PER"}
        self.people_ids = frozenset(self.person_names)
        quotes = sorted(quotes, key=_START)
        spans = [(q.start, q.end) for q in quotes]
        self.persons = Persons(doc, mentions, spans, quotes)
        # Days when things happened: DATEs, and TIMEs that name a day ("Selasa malam").
        self.dates = sorted(
            (
                t
                for t in times
                if (t.type == "DATE" or (t.type == "TIME" and _day(t)))
                and not self.persons.in_quote(t.start, t.end)
            ),
            key=_START,
        )
        self._date_starts = [t.start for t in self.dates]
        self._time_starts = [t.start for t in times]  # the time annotator's are disjoint
        self._time_ends = [t.end for t in times]
        self._time_start_set = frozenset(self._time_starts)
        self.reference = _reference_day(times) or pubdate
        #: Whether the time grammar valued the times against the reference day (a relative
        #: time is anchored on it), so that a period's value orders by that day (see
        #: narrative.rough_day).
        self.valued_on_reference = self.reference is not None and any(
            t.anchor and t.anchor[:10] == self.reference for t in times
        )
        # Speech cues of quotes ("ujarnya", "kata"), predicates of their clause here, and who
        # spoke at each: the subject of that clause, even when the cue names no one ("…,”
        # ujarnya), as the quote annotator has found the speaker already.
        self.cue_speakers = {(q.cue.start, q.cue.end): q.speaker for q in quotes if q.cue}
        self.words = words_of(doc)
        #: The words' start offsets, bisected at less cost than the words by a key.
        self.starts = word_starts(doc)
        self.quoted = words_inside(doc, spans)
        self._name_starts = [e.start for e in mentions.entities]
        self._name_ends = [e.end for e in mentions.entities]
        self._named = self._words_in_names()
        # A cheap test on a word alone that rules out most words before _form_of looks at
        # their neighbours: see predicates.may_be_english_verb.
        english = self.lang == "en"
        self.verb_slots = EN_VERB_SLOTS if english else ID_AUXILIARIES
        self.may_be_verb: Mapping[str, bool] = (
            ENGLISH_VERB_FORMS if english else INDONESIAN_VERB_FORMS
        )
        if doc.has_parse or self.lang in EU_AUXILIARIES:
            self.may_be_verb = _ANY_WORD  # the tags decide, or european_verb_strength
        self.cue_starts = {start for start, _ in self.cue_speakers}
        self.speech_forms = speech_verb_forms(self.lang)
        self.headline_end = self._headline_end()
        # The few words that cut sentences, person pronouns, cue openers and future auxiliaries:
        # one set lookup per word.
        marked_words = _marked_words(self.lang)
        marked = [i for i, word in enumerate(self.words) if word.lower in marked_words]
        self._untils: list[int] | None = None  # where "until", "hingga" … stand, once asked
        self.cut_at = self._cut_points(marked)
        reports = self._report_cuts(marked)
        #: Where the reported clauses open (past "that"/"bahwa"): see _reported_by.
        # (more are found after a comma: see _clauses)
        self.reported_starts = {
            self.words[k + (self.words[k].lower in _THAT_WORDS)].start for k in reports
        }
        if reports:  # few texts
            self.cut_at = sorted({*self.cut_at, *reports})
        words = self.words
        rare = [i for i in marked if words[i].lower in _RARE_MARKED]  # (most marked words cut)
        #: Where the Indonesian and English person pronouns stand ("dia" is Portuguese "day")
        self.pronoun_at = (
            [i for i in rare if words[i].lower in PERSON_PRONOUNS]
            if self.lang in _BARE_REPORT_LANGUAGES
            else []
        )
        self.cue_at = [i for i in rare if words[i].lower in _LATE_CUE_OPENERS]
        self.future_at = [i for i in rare if words[i].lower in _AHEAD_WORDS and self._puts_ahead(i)]
        self.compare_at = [i for i in rare if words[i].lower in _COMPARISON_WORDS]
        #: Where an English "who"/"which" stands right after a word (no comma): a clause it
        #: opens inside another may be dated apart (see _relative_split). (An Indonesian
        #: "yang" clause ending in a day leaves whose day it is open: "Polisi memeriksa rumah
        #: yang terbakar pada Senin" is more often the inspection's.)
        self.relative_at = (
            [i for i in rare if words[i].lower in _EN_RELATIVES and not words[i - 1].is_punct]
            if self.lang == "en"
            else []
        )
        according = _according_openers(self.lang)
        #: Where the sources named after "menurut"/"according to" start and end (see
        #: _sources), in order: they tell who says so, not who took part.
        self.source_spans = sorted(
            self._sources([i for i in marked if words[i].lower in according])
        )
        #: Their starts, and the furthest end any of them reaches by each (see _in_source).
        self.source_starts = [lo for lo, _ in self.source_spans]
        self.source_reach = list(accumulate((hi for _, hi in self.source_spans), max))

    def drafts(self) -> list[_Draft]:
        """Event drafts for every clause with a predicate, in text order."""
        drafts: list[_Draft] = []
        for sent, sentence in self._sentences():
            first_of_sentence = len(drafts)
            clauses = self._clauses(sentence)
            for k, clause in enumerate(clauses):
                draft = self._draft(sentence, clause, sent)
                if draft is None:
                    continue
                if len(drafts) > first_of_sentence:
                    # the last clause after a clause with a subject may only name its source
                    # ("The bridge, which closed in May, will reopen in June, the mayor
                    # said": the subject may be further back, before a relative clause)
                    closing = k == len(clauses) - 1 and any(map(_has_subject, clauses[:k]))
                    if closing and self._attribution(sentence, clause):
                        _absorb(drafts[-1], draft, self.people_ids)
                        continue
                    if not _has_subject(clause):
                        # "… and met Cho", "…, tetapi menolak …", "… setelah memanfaatkan
                        # umpan …": the subject is the one of the clause before, or of
                        # what it reports
                        draft.shares_subject = True
                        speaker = self._speaker_of_next(drafts, first_of_sentence, draft)
                        if speaker is not None:
                            _take_subject(draft, speaker, self.people_ids)
                        else:
                            self._share_subject(draft, drafts[-1])
                        draft.lead = self._subject_lead(
                            speaker or _told_before(drafts, first_of_sentence), draft
                        )
                    elif draft.start in self.reported_starts and drafts[-1].speech:
                        self._reported_by(draft, drafts[-1])
                    if draft.cue == "after" and drafts[-1].ahead and not draft.flashback:
                        # "akan menambah anggaran sebelum seksi itu dikerjakan", "will be
                        # moved before work starts": what follows a plan is ahead as well
                        draft.ahead = True
                drafts.append(draft)
            current = drafts[first_of_sentence:]
            if len(current) > 1 and self._opens_before(sentence, current[0]):
                current[0].opens_before = True
            if None in map(_TIME, current):  # (a sentence all dated, or with no event, is done)
                before = drafts[first_of_sentence - 1] if first_of_sentence else None
                self._date_sentence(current, before, sentence)
        return drafts

    def _sentences(self) -> Iterator[tuple[int, range]]:
        """Each sentence with words: its index in ``doc.sentences`` and its words' range.

        words_of() lists the words sentence by sentence, one per token or fewer (tokens of an
        expanded word are merged), so a sentence whose last token is a word of its own ends
        there, and any other sentence's end is found by bisection: no word is looked at one by
        one."""
        words, sent_of, sentences = self.words, _SENT, self.doc.sentences
        first = 0
        while first < len(words):
            sent = words[first].sent
            stop = min(first + len(sentences[sent].tokens), len(words))
            if words[stop - 1].sent != sent:
                stop = bisect.bisect_right(words, sent, first, stop, key=sent_of)
            yield sent, range(first, stop)
            first = stop

    def _draft(self, sentence: range, clause: list[_Segment], sent: int) -> _Draft | None:
        """The event of one clause, or None when it has no predicate or is a bare speech frame."""
        main = _main_segment(clause)
        if main is None or main.trigger is None:
            return None
        words = self.words
        first, last = clause[0].first, clause[-1].last
        while first < last and self._droppable(first):
            first += 1
        if (
            words[first].lower == "itu"
            and first > sentence.start
            and words[first - 1].lower == "sementara"
        ):
            first += 1  # "Sementara itu, …" = "Meanwhile, …"
            while first < last and self._droppable(first):
                first += 1
        while last > first and words[last].is_punct and words[last].start not in self.quoted:
            last -= 1
        if (
            last + 1 < sentence.stop
            and words[last + 1].text == ")"
            and self._leaves_bracket_open(first, last)
        ):
            last += 1  # "pada Senin (17/3)" keeps its ")" (trailing punctuation is left out)
        trigger = words[main.trigger]
        speech = trigger.lower in self.speech_forms
        if speech and self._bare_speech_frame(first, last):
            return None
        joined = self._joiner_cue(sentence, main)
        actors = self._participants(first, main.trigger, last, sent)
        draft = _Draft(  # (by position: a call with keywords costs more, made for every clause)
            words[first].start,
            words[last].end,
            trigger,
            sent,
            joined or self._cue(first, main.trigger, last),
            joined == "before",
            self._looks_back(first, main.trigger),
            (bool(self.future_at) and self._told_ahead(first, main.trigger))
            or self._headline_to(main.trigger)
            or (
                self.lang in EU_AUXILIARIES and self._told_ahead_european(first, main.trigger, last)
            ),
            actors,
            self.people_ids.intersection(actors),
        )
        draft.speech = speech
        draft.subject_first = self._subject_named(first, main.trigger, actors)
        # (English and Indonesian only: Portuguese "Dia 5 de março" is a day)
        if first < main.trigger and self.lang in _BARE_REPORT_LANGUAGES:
            if words[first].lower in PERSON_ONLY_PRONOUNS:
                self._name_pronoun(draft, first, sent)
            elif is_relative(words[first].lower, self.lang):
                # "the mayor, who resigned on Monday, …" → "The mayor resigned on Monday"
                draft.lead = self._antecedent(first)
                draft.after_lead = words[first + 1].start if draft.lead else 0
        if not draft.lead:
            self._leave_out_dateline(draft)
        if main.has_subject and self._time_opener(sentence, first, clause):
            # "… delayed when funding ran out" → "Funding ran out": the time it hung on is
            # its place on the timeline, no part of what happened ("when told this", with no
            # subject, keeps it)
            draft.after_lead = words[first + 1].start
        if len(draft.people) >= 2:  # only events with two people are compared (same happening)
            draft.compared = (first, last)
        self._date_clause(draft, main.trigger, last)
        if self.lang in EU_AUXILIARIES and trigger.lower in EU_AUXILIARIES[self.lang]:
            lexical = self._lexical_verb(main.trigger, last)
            draft.trigger = words[lexical]
            if lexical != main.trigger and trigger.lower in EU_PLUPERFECT_AUXILIARIES[self.lang]:
                draft.flashback = True  # "avait reçu", "hatte gewarnt", "había advertido"
        return draft

    def _droppable(self, i: int) -> bool:
        """Joining words and punctuation outside quotes, left out of an event's span; also
        "that"/"bahwa" opening a clause mid-sentence (see :meth:`_report_cuts`)."""
        word = self.words[i]
        if word.start in self.quoted:
            return False
        if word.lower in _THAT_WORDS:
            return i > 0 and self.words[i - 1].sent == word.sent
        return word.is_punct or word.lower in _LEADING_JOINERS

    def _leaves_bracket_open(self, first: int, last: int) -> bool:
        """Whether words ``first`` to ``last`` leave a bracket open: "pada Senin (17/3"."""
        inside = self.doc.text[self.words[first].start : self.words[last].end]
        return inside.count("(") > inside.count(")")

    def _leave_out_dateline(self, draft: _Draft) -> None:
        """Start the summary of a clause that opens a line past its dateline ("PORTHAVEN — A
        jury convicted …" → "A jury convicted …", "JAKARTA, KOMPAS.com — Polisi menangkap
        …"): where and by whom a story was filed is no part of its first event."""
        start, text = draft.start, self.doc.text
        if start and text[start - 1] != "\n":
            return
        resumed = self._after_dateline(start)
        if start < resumed < draft.end:
            draft.after_lead = resumed

    def _time_opener(self, sentence: range, first: int, clause: list[_Segment]) -> bool:
        """Whether word ``first``, opening ``clause``, only ties it to the time of another:
        "when"/"ketika" mid-sentence ("… delayed when funding ran out"), "as" joining a
        headline's two clauses, or any of _WHEN_OPENERS or "as" opening the sentence with a
        clause of one segment ("When the verdict was read, …", "As JD Vance visits Geneva,
        …"; not "When asked, he …", nor the times "Saat ini", "Saat itu")."""
        word = self.words[first]
        low = word.lower
        if first > sentence.start:
            return low in _WHEN_JOINERS or low in _HEADLINE_JOINERS  # (cut only as a clause)
        return (
            len(clause) == 1
            and (low in _WHEN_OPENERS or low in _HEADLINE_JOINERS)
            and word.start not in self._time_start_set
            and self._next_lower(first) not in _NOT_A_CLAUSE_START  # ("Saat itu warga …")
        )

    def content_of(self, draft: _Draft) -> frozenset[str]:
        """The content words of a draft's clause when it had two people as it was made, else
        none. Found when first asked for: few events are ever compared."""
        if draft.content is None:
            compared = draft.compared
            draft.content = frozenset() if compared is None else self._content_words(*compared)
        return draft.content

    def _content_words(self, first: int, last: int) -> frozenset[str]:
        """Lowercased longer words of the clause outside names and quotes, for comparing events."""
        return frozenset(
            w.lower
            for w in self.words[first : last + 1]
            if len(w.text) >= 5
            and w.start not in self.quoted
            and w.text.isalpha()
            and w.lower not in _FUNCTION_WORDS
            and self.mentions.at(w.start, w.end) is None
            and not self._speech(w)
        )


def _any_word(low: str) -> bool:
    """Any word may be a verb (with a parse, its tag decides)."""
    return True


_ANY_WORD = WordMemo[bool](_any_word)

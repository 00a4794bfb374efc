"""Pronouns as speakers: "he", "she", "ia", "dia" and "-nya" resolved to the
person they stand for, the one a question was put to, and "I"/"saya": the writer,
or the person answering in an interview or a transcript."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise, takewhile

from reader.analysis.model import Quote, Span
from reader.analysis.quote_marks import paragraph_end, paragraph_start
from reader.analysis.quotes.genders import _Genders
from reader.analysis.quotes.shared import (
    _APPOSITION_WINDOW,
    _GENDERS,
    _SOURCE_PRONOUNS,
    _Attribution,
    _is_question,
)
from reader.analysis.speech import (
    ACCORDING_CLITICS,
    ANSWER_LABELS,
    ASKING_VERBS,
    CONTENT_OPENERS,
    PERSON_PRONOUNS,
    WRITER_PRONOUNS,
    pronoun_gender,
)
from reader.analysis.words import Word

#: How many quotes back the other side of a question-and-answer exchange is looked for.
_EXCHANGE_QUOTES = 4
#: How many words after an asking verb may hold the one asked ("kepada Menteri Agus Salim").
_HEARER_REACH = 6

#: First-person words: an interview's answer with them outside quotes is told by the person
#: answering ("My father. He said …"), not by the writer.
_FIRST_PERSON = WRITER_PRONOUNS | {"my", "me"}
#: A line ending in a question mark: an interview asks several, each a paragraph of its own.
_QUESTION_LINE = re.compile(r"\?[^\S\n]*(?:\n|$)")


class _Pronouns(_Genders):
    """Pronouns as speakers: the person "he", "ia", "-nya" or "I" stands for."""

    def _pronoun(
        self, word: Word, cue: Span, mention: Word | None, *, person: bool = False
    ) -> _Attribution:
        """Resolve a pronoun or "-nya" at ``word`` to the most recent fitting person, or to
        nobody when it follows a quote of an unnamed speaker (:meth:`_after_unnamed`). A
        ``person`` (a subject left out, see :meth:`_implied_speaker`) is never an
        organisation, as "she" is not."""
        if self._after_unnamed(word):
            return _Attribution(None, cue, mention.span() if mention else None)
        gender = (
            _GENDERS.get(word.lower)
            or pronoun_gender(word.text, self.lang)
            or self._described_gender(word)
        )
        actor = self._answerer(word) or self._resolve(word)
        if actor is None:
            actor = self._role_subject(word) or self._introduced_next(word, gender)
        elif (person or word.lower in self._person_only) and self._label(actor) == "ORG":
            # "she" is never the ministry quoted last
            actor = self._role_subject(word) or self._person_before(word)
        elif actor == self._asker_just_before(word):
            actor = self._asked(actor) or actor
        if gender and actor:
            actor = self._agreeing(actor, gender, word)
        return _Attribution(actor, cue, mention.span() if mention else None)

    def _answerer(self, word: Word) -> str | None:
        """The person an interview is with, for "he"/"she" at ``word`` in an answer the
        writer tells ("What was hardest?\n\nShe pauses. “The winter,” she says"), when the
        gender fits; None in an answer the person tells in the first person outside quotes
        ("My father. He said, “…”": "he" is someone else), and anywhere else."""
        gender = _GENDERS.get(word.lower) if word.lower in PERSON_PRONOUNS else None
        if gender is None:
            return None
        text = self.doc.text
        start = paragraph_start(text, word.start, self._wrapped)
        label = text[start : start + 8].split(":", 1)
        if len(label) == 2 and label[0].strip().lower() in ANSWER_LABELS:
            return None  # "A: He said …": the person answering speaks, of someone else
        if not self._in_answer(start):
            return None
        lo = bisect.bisect_left(self.word_starts, start)
        hi = bisect.bisect_left(self.word_starts, paragraph_end(text, word.start, self._wrapped))
        if any(w.lower in _FIRST_PERSON and not self._in_quote(w) for w in self.words[lo:hi]):
            return None
        answering = self._interviewee()
        if answering is None:
            return None
        if (self._gender(answering) or self._pronoun_gender(answering)) not in (None, gender):
            return None
        return answering

    def _after_unnamed(self, word: Word) -> bool:
        """True when the pronoun at ``word`` most likely stands for the unnamed speaker of the
        quote just before ("“…,” ungkap wali kota itu.\n\n“…,” kata dia."): that quote, in this
        sentence or the one before, has a cue but no speaker, and no person is named in this
        sentence before the pronoun. The writer or anyone else asking ("“Why now?” I asked.
        “…,” she replied") is not such a speaker: the pronoun is the one answering."""
        if not self.quotes:
            return False
        last = self.quotes[-1]
        if last.speaker is not None or last.cue is None:
            return False
        if self._asked_by_writer(last) or last.cue.text.lower() in ASKING_VERBS:
            return False  # (the answer is the one asked's: "a reporter asked the minister")
        return self._just_after(last, word)

    def _just_after(self, last: Quote, word: Word) -> bool:
        """Whether the pronoun at ``word`` follows the quote ``last`` closely enough to be its
        reply or its speaker: ``last`` is in this sentence or the one before, and no person
        opens this sentence before the pronoun."""
        if self.persons.sentence_of(last.start) < word.sent - 1:
            return False
        return self.persons.subject(word.sent, word.start) is None

    def _asker_just_before(self, word: Word) -> str | None:
        """The speaker of the quote just before the pronoun at ``word`` when that quote is a
        question they asked ("“Pasti?” tanya Budi. “Pasti,” katanya."), in this sentence or
        the one before, and no person opens this sentence before the pronoun; else None."""
        last = self.quotes[-1] if self.quotes else None
        if last is None or last.speaker is None or last.cue is None:
            return None
        if last.cue.text.lower() not in ASKING_VERBS or not _is_question(last.text):
            return None
        return last.speaker if self._just_after(last, word) else None

    def _asked(self, asker: str) -> str | None:
        """The one answering ``asker``: the speaker of the last quote before the question by
        someone else, among the last few quotes (the other side of the exchange); else the
        person the question was put to (:meth:`_hearer`); else None."""
        for quote in reversed(self.quotes[-_EXCHANGE_QUOTES:-1]):
            if quote.speaker is not None and quote.speaker != asker:
                return quote.speaker if self._label(quote.speaker) == "PER" else None
        return self._hearer(self.quotes[-1], asker)

    def _hearer(self, question: Quote, asker: str) -> str | None:
        """The person other than ``asker`` that ``question`` was put to: named within a few
        words after its asking cue ("“…?” tanya Budi kepada Siti", "Rina bertanya kepada
        Menteri Agus Salim: “…?”", "Moss asked Governor Paul Reed:"), else after a verb of
        asking in the sentence before ("Rina bertanya kepada Agus soal harga. “…?”
        tanyanya."); else None."""
        q = bisect.bisect_left(self.word_starts, question.start)
        first_sent = self.words[q].sent - 1 if q < len(self.words) else -1
        k = q - 1
        if question.cue is not None and question.cue.start > question.start:
            k = bisect.bisect_left(self.word_starts, question.cue.start)
        while k >= 0 and self.words[k].sent >= first_sent:
            if self.words[k].lower in ASKING_VERBS:
                hearer = self._named_after_asking(k, asker)
                if hearer is not None:
                    return hearer
            k -= 1
        return None

    def _named_after_asking(self, k: int, asker: str) -> str | None:
        """The person other than ``asker`` named within a few words after the verb of asking
        ``self.words[k]`` in its clause, or None."""
        sent = self.words[k].sent
        for word in self.words[k + 1 : k + 1 + _HEARER_REACH]:
            stop = word.is_punct and word.text != ","
            if word.sent != sent or stop or word.lower in CONTENT_OPENERS:
                return None
            entity = self._person_entity(word)
            actor = self.mentions.actor_of(entity) if entity is not None else None
            if actor is not None and actor != asker:
                return actor
        return None

    def _resolve(self, word: Word) -> str | None:
        """The person the pronoun at ``word`` refers to (:meth:`Persons.resolve`); but when
        its sentence names nobody before it and the sentence before opens with a pronoun as
        its subject or source ("Menurut dia, kartu merah yang diterima Ridho …. “…,”
        tuturnya"), that sentence is about the same person as its pronoun, not about a name
        further in it. A pronoun right after a quote of several sentences is resolved from
        where the quote opens (:meth:`_quote_opening`)."""
        sent, pos = word.sent, word.start
        opened = self._quote_opening(sent, pos)
        if opened[0] != sent and self.persons.subject(sent, pos) is None:
            sent, pos = opened
        opening = self._opening_pronoun(sent - 1) if sent > 0 else None
        if opening is not None and self.persons.subject(sent, pos) is None:
            return self.persons.resolve(sent - 1, opening.start)
        return self.persons.resolve(sent, pos)

    def _quote_opening(self, sent: int, pos: int) -> tuple[int, int]:
        """Sentence and offset where the quote ending in sentence ``sent`` before ``pos``
        opens, when it opens in an earlier sentence ("“… saksi bilang …. Mana yang benar?”
        katanya"); else ``sent`` and ``pos``. The quote's own sentences are the speaker's
        words: they name nobody the pronoun can mean, and they must not use up the sentences
        :meth:`Persons.resolve` looks back over."""
        k = bisect.bisect_left(self.spans, (pos,)) - 1
        if k < 0:
            return sent, pos
        start, end = self.spans[k]
        opened = self.persons.sentence_of(start)
        if end > pos or opened >= sent or end < self.doc.sentences[sent].start:
            return sent, pos
        return opened, start

    def _opening_pronoun(self, sent: int) -> Word | None:
        """The person pronoun sentence ``sent`` opens with, perhaps after "menurut"/"according
        to" ("Ia …", "Menurut dia, …", "According to her, …"); None if it opens otherwise or
        holds a quote already attributed (whose speaker then decides)."""
        sentence = self.doc.sentences[sent]
        first = bisect.bisect_left(self.word_starts, sentence.start)
        words = self.words[first : first + 4]
        skip = self._according_to(words, 0) if words and words[0].lower in self._according else 0
        pronouns = _SOURCE_PRONOUNS if skip else PERSON_PRONOUNS  # not "Her co-founder …"
        if skip and words[0].lower in ACCORDING_CLITICS:  # "Menurutnya, …": "-nya" is it
            pronoun = words[0]
        elif skip < len(words) and words[skip].lower in pronouns:
            pronoun = words[skip]
        else:
            return None
        quoted = takewhile(lambda q: q.start >= sentence.start, reversed(self.quotes))
        return None if any(q.speaker and q.start < sentence.end for q in quoted) else pronoun

    def _role_subject(self, word: Word) -> str | None:
        """The person named only by a role in the sentence before the pronoun at ``word``
        ("Asked about cuts, the minister paused. “…,” she said"; "Menteri itu terdiam.
        “…,” ujarnya"): the actor with that role (:class:`Roles`), or None. Asked only once
        :meth:`Persons.resolve` found no person: a sentence with a role only is passed over
        there."""
        if word.sent == 0:
            return None
        sentence = self.doc.sentences[word.sent - 1]
        lo = bisect.bisect_left(self.word_starts, sentence.start)
        hi = bisect.bisect_left(self.word_starts, sentence.end)
        found = self._roles_of().find(self.words[lo:hi], sentence.start)
        return found[0] if found and not self._in_quote(found[1]) else None

    def _introduced_next(self, word: Word, gender: str | None) -> str | None:
        """The person the sentence after the pronoun at ``word`` opens with, perhaps after a
        title, when nobody was named before it ("“We are not panicking,” the coach said.
        Owen Maddox, 45, added …"): a story opening on a quote names its speaker next (past
        any sentences the quote goes on with): for a description, as the one who speaks there
        or holds that role ("Tom Ridge, 45, was arrested" after "the mayor said" is someone
        else); for a pronoun, with a speech verb, and one whose known gender fits the
        pronoun's ``gender`` ("“…,” she said. President Joe Biden, however, disagreed" names
        someone else, who answers her). None otherwise."""
        sent = word.sent + 1
        if sent >= len(self.doc.sentences) or self._first_person_end() <= word.start:
            return None
        lo = bisect.bisect_left(self.word_starts, self.doc.sentences[sent].start)
        # (past the rest of the quote: "… the coach said. “Five games is not a season.”")
        while sent + 1 < len(self.doc.sentences) and self._opens_in_quote(lo):
            sent += 1
            lo = bisect.bisect_left(self.word_starts, self.doc.sentences[sent].start)
        sentence = self.doc.sentences[sent]
        subject = self.persons.subject(sent, sentence.end)
        if subject is None:
            return None
        hi = bisect.bisect_left(self.word_starts, subject.start)
        if not all(w.text[:1].isupper() for w in self.words[lo:hi]):  # "Coach Owen Maddox"
            return None
        actor = self.mentions.actor_of(subject)
        if self._described(word):
            end = bisect.bisect_left(self.word_starts, sentence.end)
            speaks_or_holds = any(
                w.lower in self._speech_verbs or w.lower == word.lower for w in self.words[lo:end]
            )
            return actor if speaks_or_holds else None
        if actor is None or not self._says_after(subject.end, sent):
            return None
        return actor if gender is None or self._gender(actor) in (None, gender) else None

    def _says_after(self, end: int, sent: int) -> bool:
        """Whether a speech verb follows offset ``end`` within a few words of sentence
        ``sent`` ("Owen Maddox, 45, added", "Pelatih Rudi Santoso mengakui"): the person
        before it is telling, as the quote's speaker does."""
        k = bisect.bisect_left(self.word_starts, end)
        return any(
            w.lower in self._speech_verbs
            for w in takewhile(lambda w: w.sent == sent, self.words[k : k + _APPOSITION_WINDOW])
        )

    def _first_person_end(self) -> int:
        """Where the first person named in the text ends (past the text when none is), found
        once: each pronoun asks whether anybody was named before it."""
        if self._first_person_at is None:
            self._first_person_at = min(
                (e.end for e in self.mentions.entities if self.mentions.label_of(e) == "PER"),
                default=len(self.doc.text) + 1,
            )
        return self._first_person_at

    def _described(self, word: Word) -> bool:
        """Does ``word`` head a description ("the mayor", "bupati"), not a pronoun ("she",
        "tulisnya")?"""
        return word.lower not in self._person_pronouns and not (
            self.lang == "id" and word.lower.endswith("nya")
        )

    def _opens_in_quote(self, k: int) -> bool:
        """Is the word at index ``k`` (a sentence's first) inside a quote?"""
        return k < len(self.words) and self._in_quote(self.words[k])

    def _person_before(self, word: Word) -> str | None:
        """The person mentioned last before ``word``, outside quotes, within
        :attr:`Persons.REACH` sentences, or None."""
        people = [
            actor
            for entity, actor in self._people_before(word)
            if not self.persons.in_quote(entity.start, entity.end)
        ]
        return people[-1] if people else None

    def _first_person(self, word: Word, cue: Span) -> _Attribution:
        """The speaker "I"/"saya" at ``word`` stands for: in a transcript's turn the person
        its label names ("Marsh: I told him, “…”"), in an interview's answer
        (:meth:`_in_answer`) the person answering ("A: I told the board, “…”"), else the
        writer, who is nobody quoted ("“Why?” I asked")."""
        start = paragraph_start(self.doc.text, word.start, self._wrapped)
        speaker = self._turn_label(start)
        if speaker is None and self._in_answer(start):
            speaker = self._interviewee()
        return _Attribution(speaker, cue, word.span())

    def _turn_label(self, start: int) -> str | None:
        """The person named before a colon opening the paragraph at ``start`` ("Marsh: …"),
        or None."""
        entity = self.mentions.at(start, start + 1)
        if entity is None or entity.start != start or self.mentions.label_of(entity) != "PER":
            return None
        return (
            self.mentions.actor_of(entity)
            if self.doc.text[entity.end : entity.end + 1] == ":"
            else None
        )

    def _in_answer(self, start: int) -> bool:
        """True when the paragraph at ``start`` is an interview's answer: it opens with an
        answer label ("A:", "Jawab:", see :data:`ANSWER_LABELS`) or follows a question
        standing alone in its paragraph, outside quotes ("What changed?\n\nMy daughter …"),
        in a text asking more such questions (a column's one rhetorical question is none)."""
        text = self.doc.text
        label = text[start : start + 8].split(":", 1)
        if len(label) == 2 and label[0].strip().lower() in ANSWER_LABELS:
            return True
        question_end = start
        while question_end > 0 and text[question_end - 1].isspace():
            question_end -= 1
        if question_end == 0 or text[question_end - 1] != "?":
            return False
        question = paragraph_start(text, question_end, self._wrapped)
        quoted = bisect.bisect_left(self.spans, (question,))
        unquoted = quoted == len(self.spans) or self.spans[quoted][0] >= question_end
        return unquoted and len(_QUESTION_LINE.findall(text)) > 1

    def _interviewee(self) -> str | None:
        """The person an interview is with: the one its headline names, else the first
        person named below it (the introduction: "Ingrid Solberg has run Nordlys …")."""
        if self._answering is None:
            headline = self._headline_person()
            self._answering = (headline.speaker if headline else self._first_person_named(),)
        return self._answering[0]

    def _first_person_named(self) -> str | None:
        """The person actor first named below the headline, outside quotes, or None."""
        for entity in self.mentions.iter_within(self._headline_end, len(self.doc.text)):
            if self.mentions.label_of(entity) == "PER" and not self.persons.in_quote(
                entity.start, entity.end
            ):
                return self.mentions.actor_of(entity)
        return None

    def _asked_by_writer(self, quote: Quote) -> bool:
        """True when the writer asked ``quote``: its cue follows a first-person pronoun ("“Why
        now?” I asked")."""
        if quote.cue is None:
            return False
        cue = bisect.bisect_left(self.word_starts, quote.cue.start)
        return cue > 0 and self.words[cue - 1].lower in WRITER_PRONOUNS

    def _writer_asked_before(self, start: int) -> bool:
        """True when the writer tells, outside quotes, in the paragraph of ``start`` before
        it or in the paragraph before, of asking someone ("We asked her how.", "Saya
        bertanya kepadanya."): an interview follows, and its questions in quotes standing
        alone are the writer's, as after "“Why?” I asked" (:meth:`_asked_by_writer`). An
        asking further back is no interview going on ("We asked the ministry for comment"
        early in a report). The places are found once, on first need."""
        if self._writer_asks is None:
            self._writer_asks = [
                verb.start
                for pronoun, verb in pairwise(self.words)
                if pronoun.lower in WRITER_PRONOUNS
                and verb.lower in ASKING_VERBS
                and not self._in_quote(verb)
            ]
        k = bisect.bisect_left(self._writer_asks, start)
        if k == 0:
            return False
        text = self.doc.text
        here = paragraph_start(text, start, self._wrapped)
        before = paragraph_start(text, len(text[:here].rstrip()), self._wrapped)
        return self._writer_asks[k - 1] >= min(here, before)

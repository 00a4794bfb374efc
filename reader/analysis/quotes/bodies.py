"""Organisations as speakers: "it" resolved to the organisation the text is about, the
organisation "the authority" names, and the issuer of a statement or a report."""

from __future__ import annotations

import bisect

from reader.analysis.model import Entity, Quote, Span
from reader.analysis.name_cues import CALENDAR_WORDS
from reader.analysis.predicates import EN_IRREGULAR
from reader.analysis.quotes.pronouns import _Pronouns
from reader.analysis.quotes.shared import _APPOSITION_WINDOW, _Attribution
from reader.analysis.speech import (
    ADVERBIAL_OPENERS,
    BODY_HEADS,
    DOCUMENT_HEADS,
    FROM_WORDS,
    ISSUED_BY,
    OBJECT_PREPOSITIONS,
    OPENING_CLAUSE_WORDS,
    TELL_VERBS,
)
from reader.analysis.words import Persons, Word

#: How many words an adverbial opening a sentence may run before its comma ("In a rare
#: joint statement on Sunday, …").
_ADVERBIAL_REACH = 12

#: Words before an organisation opening a sentence as its subject: "The union …", "Pihak
#: Polda Metro Jaya …" ("the side of": Indonesian news names a body speaking so).
_SUBJECT_OPENERS = frozenset({"the", "pihak"})


class _Bodies(_Pronouns):
    """Organisations as speakers: "it", and the issuer of a document."""

    def _body_pronoun(self, word: Word, cue: Span) -> _Attribution:
        """Resolve "it" at ``word`` to the organisation speaking ("Maersk told customers
        …. “…,” it said"; "The report by the National Audit Office …. It warned that
        “…”"): nearest first, in its sentence before it, then up to :attr:`Persons.REACH`
        sentences back, the organisation found there (:meth:`_body_in`). None when none is:
        the cue stays, but no person the text was about takes the quote."""
        for sent in range(word.sent, max(-1, word.sent - Persons.REACH - 1), -1):
            sentence = self.doc.sentences[sent]
            body = self._body_in(sentence.start, min(sentence.end, word.start))
            if body is not None:
                return _Attribution(body, cue, word.span())
        return _Attribution(None, cue, word.span())

    def _group_pronoun(self, word: Word, cue: Span) -> _Attribution:
        """Resolve "they"/"mereka" at ``word`` (:data:`GROUP_PRONOUNS`). A plural speaker is
        one actor only when it is a group that is an actor: the organisation speaking a quote
        in this sentence or the one before ("“…,” the union said. “…,” they added"), else
        the organisation opening one of them as its subject ("The Dutch Dairy Association
        joined the protest. “…,” they said"). People ("Budi dan Andi …. “…,” kata mereka")
        are several actors, none of whom said the words alone, and anything further back is
        a guess: the quote keeps its cue but no speaker, rather than a wrong person."""
        for sent in range(word.sent, max(-1, word.sent - 2), -1):
            sentence = self.doc.sentences[sent]
            end = min(sentence.end, word.start)
            spoken = [q.speaker for q in self._quotes_within(sentence.start, end) if q.speaker]
            group = spoken[-1] if spoken else self._opening_actor(sentence.start, end)
            if group is not None:
                found = group if self._label(group) == "ORG" else None
                return _Attribution(found, cue, word.span())
        return _Attribution(None, cue, word.span())

    def _opening_actor(self, start: int, end: int) -> str | None:
        """The person or organisation actor named by the first word outside quotes of
        ``[start, end)`` (after "the"/"pihak", and after an opening adverbial or date up to its
        comma: "In a statement on Sunday, Walhi …", "Dalam konferensi pers di Jakarta, Rabu,
        Walhi …"): the subject a sentence opens with, or None."""
        lo = bisect.bisect_left(self.word_starts, start)
        hi = bisect.bisect_left(self.word_starts, end)
        adverbial = False
        for k in range(lo, hi):
            word = self.words[k]
            if adverbial and k - lo >= _ADVERBIAL_REACH:
                return None  # (no comma closes it: no subject found)
            if adverbial:
                adverbial = word.text != ","
                continue
            if self._in_quote(word) or word.is_punct or word.lower in _SUBJECT_OPENERS:
                continue
            low = word.lower
            if low in ADVERBIAL_OPENERS or low in OPENING_CLAUSE_WORDS or low in CALENDAR_WORDS:
                adverbial = True  # (a day after a place's comma: "di Jakarta, Rabu, Walhi")
                continue
            entity = self.mentions.at(word.start, word.end)
            speaks = entity is not None and self.mentions.label_of(entity) in ("PER", "ORG")
            return self.mentions.actor_of(entity) if entity is not None and speaks else None
        return None

    def _body_in(self, start: int, end: int) -> str | None:
        """The organisation actor ``[start, end)`` (part of a sentence) is about: the last
        organisation speaking a quote there, else the first outside the quotes that is no
        object ("… he told the BBC"): named, described ("The club issued a statement", "The
        company's shares rose", see :meth:`Mentions.body_before`) or the issuer of a document
        named (:meth:`_author_after`); else None."""
        for quote in reversed(self._quotes_within(start, end)):
            if quote.speaker and self._label(quote.speaker) == "ORG":
                return quote.speaker
        lo = bisect.bisect_left(self.word_starts, start)
        hi = bisect.bisect_left(self.word_starts, end)
        for k in range(lo, hi):
            word = self.words[k]
            if self._in_quote(word) or self._object_at(k):
                continue
            if word.lower in DOCUMENT_HEADS:
                author = self._author_after(k)
                if author is not None:
                    return self.mentions.actor_of(author)
            head = word.lower.removesuffix("'s").removesuffix("\u2019s")  # "the company's"
            described = head in BODY_HEADS and k > lo and self.words[k - 1].lower == "the"
            body = (
                self.mentions.body_before(self.doc.text, word.start, head)
                if described
                else self.mentions.at(word.start, word.end)
            )
            if body is not None and self.mentions.label_of(body) == "ORG":
                return self.mentions.actor_of(body)
        return None

    def _object_at(self, k: int) -> bool:
        """True when ``words[k]`` (perhaps after "the") follows a preposition or a verb of
        telling: an object or a place, not a subject."""
        before = k - 2 if k > 1 and self.words[k - 1].lower == "the" else k - 1
        if before < 0:
            return False
        low = self.words[before].lower
        return low in OBJECT_PREPOSITIONS or low in TELL_VERBS

    def _quotes_within(self, start: int, end: int) -> list[Quote]:
        """The quotes attributed so far that start in ``[start, end)``, in order (the last
        few quotes only are looked at: callers ask about the text just read)."""
        within: list[Quote] = []
        for quote in reversed(self.quotes):
            if quote.start < start:
                break
            if quote.start < end:
                within.append(quote)
        return within[::-1]

    def _issuer(self, head: Word, cue: Span) -> _Attribution | None:
        """The person or organisation last named, within :attr:`Persons.REACH` sentences, as
        the author after "by"/"from" (:meth:`_author_after`) of the document word ``head``
        ("The report published today by the National Audit Office …"), else a few words
        before it ("CEPA said in a statement that … “…,” the statement said" → CEPA), or
        None: a statement of nobody named stays unnamed, and one from somebody unnamed is
        not from the one named before it, who received it ("Bupati X menerima surat dari
        warga"); a place after "from" only says where it was issued."""
        first = self.doc.sentences[max(0, head.sent - Persons.REACH)].start
        lo = bisect.bisect_left(self.word_starts, first)
        hi = bisect.bisect_left(self.word_starts, head.start)
        for k in range(hi - 1, lo - 1, -1):
            if self.words[k].lower != head.lower:
                continue
            by_phrase = self._by_phrase(k)
            if by_phrase is not None:
                author = self._author_after(k)
                if author is not None:
                    return self._entity_attribution(author, cue)
                if not any(self.mentions.at(w.start, w.end) for w in by_phrase):
                    return None  # "surat dari warga": someone unnamed wrote it
            for j in range(k - 1, max(lo - 1, k - 1 - _APPOSITION_WINDOW), -1):
                entity = self._speaking_entity(self.words[j])
                if entity is not None:
                    return self._entity_attribution(entity, cue)
            return None
        return None

    def _author_after(self, k: int) -> Entity | None:
        """The person or organisation named in :meth:`_by_phrase` of the document word at
        ``k`` ("The report published today by the National Audit Office …"), or None."""
        by_phrase = self._by_phrase(k) or []
        return next(filter(None, map(self._speaking_entity, by_phrase)), None)

    def _by_phrase(self, k: int) -> list[Word] | None:
        """The first words after "by"/"oleh" (:data:`ISSUED_BY`) a few words after the
        document word at ``k``, in its sentence, where its author is named ("by the regulator
        Ofcom"), or None when no such word follows. "from"/"dari" names it only right after
        the word or one participle ("a statement from Acme", "a statement issued from",
        "surat dikirim dari"); further on it belongs to another phrase ("a statement on
        Monday as pressure from investors grew")."""
        near = self.words[k + 1 : k + 1 + _APPOSITION_WINDOW]
        by = next(
            (
                j
                for j, w in enumerate(near)
                if w.lower in ISSUED_BY
                and (w.lower not in FROM_WORDS or j == 0 or (j == 1 and _participle(near[0])))
            ),
            None,
        )
        if by is None or near[by].sent != self.words[k].sent:
            return None
        return near[by + 1 : by + 4]

    def _named_by(self, head: Word, cue: Span) -> _Attribution | None:
        """The organisation last named before the cue with the description's head among the
        words of its name ("the Port of Rotterdam Authority … “…,” the authority said",
        "the National Audit Office … the office said"), or None: a vague "the police" or
        "the court" with no such name before it stays unnamed."""
        # (nearest first: the walk stops at the last one named, not at the text's start)
        found = next(
            (
                entity
                for entity in self.mentions.iter_before(cue.start)
                if head.lower in entity.text.lower().split()
                and self.mentions.label_of(entity) == "ORG"
            ),
            None,
        )
        return self._entity_attribution(found, cue) if found else None


def _participle(word: Word) -> bool:
    """Whether ``word`` may be the participle between a document word and its author's
    "from"/"dari": "released", "sent", "dikirim" (an Indonesian passive in di-)."""
    low = word.lower
    return low.endswith("ed") or low in EN_IRREGULAR or (low.startswith("di") and len(low) > 4)

"""The bottom layer of the attributor (see the package docstring for the layers): its
state, the words before a quote and the lookups every layer makes."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from reader.analysis.doc import Doc
from reader.analysis.model import Actor, Entity, Quote, Span
from reader.analysis.quote_marks import is_hard_wrapped, line_end
from reader.analysis.quotes.shared import _Attribution
from reader.analysis.speech import (
    ACCORDING_TO,
    ID_PASSIVE_SPEECH_VERBS,
    PERSON_ONLY_PRONOUNS,
    PERSON_PRONOUNS,
    POSSESSIVE_SOURCES,
    SOURCE_POINTERS,
    SPEECH_IDIOMS,
    VERDICT_NOUNS,
    framing_verb_forms,
    person_pronouns,
    speech_verb_forms,
)
from reader.analysis.words import Mentions, Persons, Roles, Word, word_starts, words_of

#: The English possessive ending, with a straight or a curly apostrophe.
_POSSESSIVE = ("'s", "\u2019s")


@lru_cache(maxsize=8)
def _according_phrases(lang: str) -> dict[str, list[list[str]]]:
    """The "menurut"/"according to" phrases of ``lang``, in words, by their first word."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in ACCORDING_TO.get(lang, ACCORDING_TO["id"] + ACCORDING_TO["en"]):
        parts = phrase.split()
        by_first.setdefault(parts[0], []).append(parts)
    return by_first


@lru_cache(maxsize=8)
def _cue_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words (lowercase) that may open a cue of ``lang`` after a quote (see
    :meth:`_Attributor._trailing_cue`) and before it (:meth:`_Attributor._framing_cue`)."""
    either = set(_according_phrases(lang)) | set(POSSESSIVE_SOURCES) | set(SPEECH_IDIOMS)
    pointers = SOURCE_POINTERS | ID_PASSIVE_SPEECH_VERBS if lang == "id" else SOURCE_POINTERS
    trailing = either | pointers | VERDICT_NOUNS | speech_verb_forms(lang)
    return frozenset(trailing), frozenset(either | framing_verb_forms(lang))


class _Lookups:
    """The attributor's state for one document (words, quotes attributed so far), the words
    of a quote's sentence before it, and the lookups every layer makes: mentions,
    actors and their labels, roles, the person a headline names."""

    #: The spans of :attr:`spans` that name something rather than quote anyone (titles,
    #: nicknames), found by the attributor on construction, before any quote is attributed.
    naming_spans: frozenset[tuple[int, int]]

    def __init__(
        self, doc: Doc, actors: list[Actor], mentions: Mentions, spans: list[tuple[int, int]]
    ) -> None:
        self.doc = doc
        self.lang = doc.lang
        #: The actors, for the honorifics before their mentions (:meth:`_gender`).
        self.actors = actors
        self.mentions = mentions
        #: The actors by role (:class:`Roles`), made when a speaker is first looked for by
        #: role (:meth:`_role`): many texts never need them.
        self._roles: Roles | None = None
        self.spans = spans
        self.words = words_of(doc)
        self.word_starts = word_starts(doc)
        self.quotes: list[Quote] = []
        self.persons = Persons(doc, mentions, spans, self.quotes)
        #: Where the first line, the headline, ends.
        self._headline_end = line_end(doc.text, 0)
        #: Whether the text is wrapped at a fixed width (:func:`is_hard_wrapped`).
        self._wrapped = is_hard_wrapped(doc.text)
        #: Whether the writer has asked a question in quotes yet (:meth:`_interview_turn`).
        self._interviewing = False
        #: Where the writer tells of asking someone outside quotes ("We asked her"), in
        #: order; found on first need (:meth:`_writer_asked_before`).
        self._writer_asks: list[int] | None = None
        #: The person an interview's answers are by (:meth:`_interviewee`), once looked for.
        self._answering: tuple[str | None] | None = None
        #: Person actors' genders ("m"/"f") as found so far, see :meth:`_gender`.
        self._genders: dict[str, str | None] = {}
        #: The actors by id, made when first needed (:meth:`_actor`).
        self._by_id: dict[str, Actor] = {}
        #: Person actors by the last word of their names, made when first needed
        #: (:meth:`_surnames`).
        self._by_surname: dict[str, list[str]] | None = None
        #: Where the first person named ends, once looked for (:meth:`_first_person_end`).
        self._first_person_at: int | None = None
        #: Person actors' genders as also their pronouns tell, see :meth:`_pronoun_gender`.
        self._pronoun_genders: dict[str, str | None] = {}
        #: The words the text writes in small letters somewhere, made when first needed
        #: (:meth:`_written_in_lowercase`).
        self._lowercase_words: frozenset[str] | None = None
        #: The speech verbs of the text's language, for words already in lowercase.
        self._speech_verbs = speech_verb_forms(self.lang)
        #: The pronouns that may stand for a person speaker in the text's language.
        self._person_pronouns = person_pronouns(self.lang)
        #: Those that never stand for an organisation (:data:`PERSON_ONLY_PRONOUNS`).
        self._person_only = self._person_pronouns - (PERSON_PRONOUNS - PERSON_ONLY_PRONOUNS)
        #: The verbs that frame a quote after them (:meth:`_framing_cue`).
        self._framing_verbs = framing_verb_forms(self.lang)
        #: The "menurut"/"according to" phrases by their first word, so most words are
        #: ruled out by one lookup.
        self._according = _according_phrases(self.lang)
        #: Every word that may open a cue after a quote, or before it: the words of a
        #: window that are none of these (most) are passed over by one lookup.
        self._trailing_words, self._framing_words = _cue_words(self.lang)

    def _left_words(self, start: int) -> list[Word]:
        """Words of the quote's sentence before it, outside any quote."""
        if not self.doc.sentences:
            return []
        sent_start = self.doc.sentences[self.persons.sentence_of(start)].start
        lo = bisect.bisect_left(self.word_starts, sent_start)
        hi = bisect.bisect_left(self.word_starts, start)
        # Quotes are disjoint and in order: only the last one starting before this quote can
        # reach into the sentence. Mostly none does, and the words need no checking.
        before = bisect.bisect_left(self.spans, (start,))
        if before == 0 or self.spans[before - 1][1] < sent_start:
            return self.words[lo:hi]
        return [w for w in self.words[lo:hi] if not self._in_quote(w)]

    def _in_quote(self, word: Word) -> bool:
        return self.persons.in_quote(word.start, word.end)

    def _according_to(self, words: list[Word], v: int) -> int:
        """Length in words of a "menurut"/"according to" cue starting at ``v``, else 0."""
        for parts in self._according.get(words[v].lower, ()):
            if [w.lower for w in words[v : v + len(parts)]] == parts:
                return len(parts)
        return 0

    def _possessive(self, name: Entity | Word) -> bool:
        """True for a name or word in the possessive ("Baker's lawyer"), written in it or
        followed by the possessive ending: it describes the speaker."""
        text = self.doc.text
        return text[name.end : name.end + 2] in _POSSESSIVE or name.text[-2:] in _POSSESSIVE

    def _entity_attribution(self, entity: Entity, cue: Span) -> _Attribution:
        span = Span(entity.start, entity.end, entity.text)
        return _Attribution(self.mentions.actor_of(entity), cue, span)

    def _person_entity(self, word: Word) -> Entity | None:
        """The mention of a person ``word`` is (part of), or None."""
        entity = self.mentions.at(word.start, word.end)
        return entity if entity is not None and self.mentions.label_of(entity) == "PER" else None

    def _is_person(self, word: Word) -> bool:
        """True when ``word`` is (part of) a person's name."""
        return self._person_entity(word) is not None

    def _named_at(self, word: Word) -> bool:
        """Whether ``word`` is (part of) a mention of anything named."""
        return self.mentions.at(word.start, word.end) is not None

    def _written_in_lowercase(self, word: Word) -> bool:
        """Whether the text writes ``word`` in small letters somewhere, so that capitalised
        it is an ordinary word opening a sentence ("Officials" when "officials" is written
        elsewhere), not an unrecognised name ("Reyes")."""
        if self._lowercase_words is None:
            self._lowercase_words = frozenset(w.text for w in self.words if w.text == w.lower)
        return word.lower in self._lowercase_words

    def _speaking_entity(self, word: Word) -> Entity | None:
        """The person or organisation mention at ``word``, or None."""
        entity = self.mentions.at(word.start, word.end)
        if entity is not None and self.mentions.label_of(entity) in ("PER", "ORG"):
            return entity
        return None

    def _named_label(self, found: _Attribution) -> str | None:
        """The label (PER, ORG, LOC …) of the name the speaker was found by, or None."""
        span = found.speaker_span
        entity = self.mentions.at(span.start, span.end) if span else None
        return self.mentions.label_of(entity) if entity is not None else None

    def _actor(self, actor: str) -> Actor | None:
        """The actor with id ``actor``."""
        if not self._by_id:
            self._by_id = {a.id: a for a in self.actors}
        return self._by_id.get(actor)

    def _label(self, actor: str) -> str | None:
        """The label of actor ``actor`` (PER, ORG, …), or None for an unknown id."""
        found = self._actor(actor)
        return found.label if found else None

    def _people_before(self, word: Word) -> list[tuple[Entity, str]]:
        """The mentions of known persons, in order, each with its actor: from the sentence
        :attr:`Persons.REACH` sentences before ``word``'s up to ``word``."""
        first = self.doc.sentences[max(0, word.sent - Persons.REACH)].start
        return [
            (entity, actor)
            for entity in self.mentions.iter_within(first, word.start)
            if self.mentions.label_of(entity) == "PER" and (actor := self.mentions.actor_of(entity))
        ]

    def _roles_of(self) -> Roles:
        """The actors by role, made when first needed."""
        if self._roles is None:
            self._roles = Roles(self.actors, self.lang)
        return self._roles

    def _headline_person(self) -> _Attribution | None:
        """The first person the headline names outside its quotes; else the first person
        of the story whose full name the headline holds where no name was tagged (a headline
        in title case hides names: "“…”: Wawancara dengan Yohana Wenda")."""
        for entity in self.mentions.iter_within(0, self._headline_end):
            actor = self.mentions.actor_of(entity)
            if (
                actor
                and self.mentions.label_of(entity) == "PER"
                and not self.persons.in_quote(entity.start, entity.end)
            ):
                return _Attribution(actor, None, Span(entity.start, entity.end, entity.text))
        return self._person_named_in_headline()

    def _person_named_in_headline(self) -> _Attribution | None:
        """The person actor, of a name of two words or more, whose name stands whole in the
        headline outside its quotes (first in the headline wins), or None."""
        headline = self.doc.text[: self._headline_end]
        found: list[tuple[int, Actor]] = []
        for actor in self.actors:
            if actor.label != "PER" or " " not in actor.name:
                continue
            named = re.search(rf"(?<!\w){re.escape(actor.name)}(?!\w)", headline)
            if named and not self.persons.in_quote(named.start(), named.end()):
                found.append((named.start(), actor))
        if not found:
            return None
        at, actor = min(found, key=lambda pair: pair[0])
        return _Attribution(actor.id, None, Span(at, at + len(actor.name), actor.name))

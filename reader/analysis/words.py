"""Surface words over the token layer, and lookups from words to entities and actors.

The quote and event annotators read the same view: :func:`words_of` merges tokens that share
offsets (Stanza's multi-word expansion splits "tulisnya" into "tulis" + "nya", both spanning the
whole written word) into one :class:`Word` whose ``text`` is the written form, and keeps the
parse fields of its parts so dependency-aware code can still use them. It is built once per
Doc (:func:`reader.analysis.doc.derived`) and shared by every annotator that asks for it. A
Word is itself a Token, so a backend whose tokens are all written words (the built-in one)
makes its tokens as Words (:func:`written_words`, one loop step per word) and hands them
over as the view (:func:`hand_over_words`): one object per token, not a token and a word.
:class:`Mentions` answers "which entity/actor is at this offset"; :class:`Persons` answers
"who is the subject of this sentence", "who does this pronoun stand for" and "whom does this
role or description name" ("the Russian leader", "the company", "perusahaan tersebut").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import Final

from reader.analysis import gazetteer
from reader.analysis.doc import Doc, Token, derived
from reader.analysis.memo import WordMemo
from reader.analysis.model import Actor, Entity, Quote, Span
from reader.analysis.name_cues import PUBLIC_BODY_WORDS, abbreviates
from reader.analysis.speech import (
    ACCORDING_TO,
    BODY_HEADS,
    EUROPEAN_SUBJECT_ARTICLES,
    INDEFINITES,
    OPENING_CLAUSE_WORDS,
    PERSON_PRONOUNS,
    speech_verb_forms,
    word_set,
)
from reader.analysis.titles import COURTESY_TITLES, NAME_ADDRESSES, PLACE_TITLES, TITLE_HEADS

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
#: An English possessive right after a name: "Marsh's", "Marsh’s" (whole word).
_POSSESSIVE = re.compile(r"['\u2019]s\b")
#: The dash closing a dateline after its credit: "KOMPAS.com - …", "(Reuters) – …".
_DATELINE_DASH = re.compile(r"\)? [-\u2013\u2014] ")
#: How far back a paragraph's start is looked for: more than most paragraphs run.
_PARAGRAPH_REACH = 3000
#: A sentence's first word, after any opening quote marks or spaces.
_FIRST_WORD = re.compile(r"[\W_]*(\w+)")
_START = attrgetter("start")
_START_END = attrgetter("start", "end")


def _surface(text: str) -> tuple[str, bool]:
    """A word's ``lower`` and ``is_punct`` (see :class:`Word`); most words are all letters
    or digits, and ``isalnum`` settles those without the regex."""
    return text.lower(), not text.isalnum() and _LETTER_OR_DIGIT.search(text) is None


#: :func:`_surface` of each word seen.
_SURFACES: WordMemo[tuple[str, bool]] = WordMemo(_surface)


@dataclass(slots=True, init=False)
class Word(Token):
    """One written word (or punctuation mark) with the tokens it came from.

    As a Token it spans the written word, with the ``lemma``, ``upos``, ``head`` and
    ``deprel`` of its first token. ``sent`` is the index of its sentence in
    ``doc.sentences``; ``parts`` are indices into that sentence's tokens (more than one when a
    multi-word token was expanded; a tuple, as a document has many words and tuples of ints
    are cheaper to make and to collect). ``lower`` is the word in lowercase; ``is_punct`` is
    True when it has no letter or digit (punctuation, quote marks, dashes). Both follow from
    the text and are looked up once per word (:data:`_SURFACES`), as the annotators ask for
    them again and again.
    """

    # (Defaults only because Token's last fields have them: the makers set every field.)
    sent: int = 0
    parts: tuple[int, ...] = ()
    lower: str = ""
    is_punct: bool = False

    #: ``Word()`` makes an empty word, whose fields its maker (:func:`written_words`,
    #: :func:`_split_words`) then sets: a Word is made per token, and a class without an
    #: ``__init__`` of its own is called in C alone, at less cost than the field-by-field
    #: ``__init__`` of a dataclass (or ``object.__new__``) takes.
    __init__ = object.__init__

    def span(self) -> Span:
        """The word as a :class:`Span`."""
        return Span(self.start, self.end, self.text)


def words_of(doc: Doc) -> list[Word]:
    """All words of ``doc`` in order; tokens with identical offsets become one word.

    Computed once per document and shared by its annotators: treat the list as read-only.
    """
    return derived(doc, "words", _split_words)


def written_words(
    starts: list[int], texts: list[str], tags: list[str | None], sent: int
) -> list[Word]:
    """The words of sentence ``sent`` of a backend whose tokens are all written words (each
    ``texts[i]`` is the text at its offset and no two tokens share offsets, so none merge),
    in order, with their tags. The words serve as the backend's tokens too.

    Each Word is made empty (in C) and its fields set in one loop: a Python call per word
    (an ``__init__``, a function) would cost more than the fields. Its end, lowercase form
    and punctuation flag follow from the text here, at less cost than columns of them
    would."""
    words: list[Word] = []
    append = words.append
    # (A hit by ``get``: ``[]`` on a dict subclass goes through a slower slot.)
    surface = _SURFACES.get
    for start, text, upos, parts in zip(starts, texts, tags, _singles(len(texts)), strict=False):
        word = Word()
        word.start = start
        word.end = start + len(text)
        word.text = text
        word.lemma = word.head = word.deprel = None
        word.upos = upos
        word.sent = sent
        word.parts = parts
        word.lower, word.is_punct = surface(text) or _SURFACES[text]
        append(word)
    return words


#: The ``parts`` of the words of a written sentence: (0,), (1,), …, shared by them all.
_SINGLES: list[tuple[int]] = []
#: How long :data:`_SINGLES` may grow: more words than nearly any sentence has.
_MOST_SINGLES = 1000


def _singles(n: int) -> list[tuple[int]]:
    """At least ``n`` of the parts (0,), (1,), …: :data:`_SINGLES`, grown as needed, or
    made afresh for the rare sentence longer than :data:`_MOST_SINGLES` words."""
    if n > _MOST_SINGLES:
        return list(zip(range(n)))
    if len(_SINGLES) < n:
        _SINGLES.extend(zip(range(len(_SINGLES), n)))
    return _SINGLES


def hand_over_words(doc: Doc, words: list[Word], starts: list[int]) -> None:
    """Make ``words`` (from :func:`written_words`) the word view of a freshly parsed ``doc``
    whose tokens they are, and ``starts`` (their start offsets, ascending) the view of
    :func:`word_starts`. The lists are kept: neither they nor the tokens may change
    afterwards."""
    derived(doc, "words", lambda _: words)
    derived(doc, "word starts", lambda _: starts)


def _split_words(doc: Doc) -> list[Word]:
    """The words by a walk over the tokens, merging those with identical offsets."""
    text = doc.text
    words: list[Word] = []
    append = words.append
    for s_index, sentence in enumerate(doc.sentences):
        last_start = last_end = -1
        for t_index, token in enumerate(sentence.tokens):
            start, end = token.start, token.end
            if start == last_start and end == last_end:
                words[-1].parts += (t_index,)
                continue
            last_start, last_end = start, end
            word = Word()
            word.start = start
            word.end = end
            word.text = text[start:end]
            word.lemma = token.lemma
            word.upos = token.upos
            word.head = token.head
            word.deprel = token.deprel
            word.sent = s_index
            word.parts = (t_index,)
            word.lower, word.is_punct = _SURFACES[word.text]
            append(word)
    return words


def word_starts(doc: Doc) -> list[int]:
    """The start offsets of :func:`words_of` (shared; read-only), for bisecting by offset."""
    return derived(doc, "word starts", lambda d: list(map(_START, words_of(d))))


def words_inside(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Start offsets of the words of ``doc`` lying inside one of ``spans``: the words of
    quotes, of entities. Each span is looked up by offset on its own, so the spans may come
    in any order and overlap; the backends give the words in text order."""
    starts = word_starts(doc)
    words = words_of(doc)
    inside: set[int] = set()
    for start, end in spans:  # the words starting in the span, and ending in it
        starting = words[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        inside.update([word.start for word in starting if word.end <= end])
    return inside


def tokens_of(doc: Doc, word: Word) -> list[Token]:
    """The tokens a word was built from (one, or several for an expanded multi-word token)."""
    sentence = doc.sentences[word.sent]
    return [sentence.tokens[i] for i in word.parts]


class Mentions:
    """Entity and actor lookups by character offset.

    Entities without an ``actor`` id are matched to an actor through the actor's mention spans,
    so speaker and participant ids come out even when the actor builder left a gap.
    """

    def __init__(self, entities: list[Entity], actors: list[Actor]) -> None:
        self.entities = sorted(entities, key=_START_END)
        self._starts = list(map(_START, self.entities))
        self._labels = {a.id: a.label for a in actors}
        self.actors = actors
        #: The actor of each mention span, made when an entity without an ``actor`` id is
        #: first looked up (the actor builder links every entity, so mostly never).
        self._by_mention: dict[tuple[int, int], str] | None = None
        #: Each actor's name, made when a name is first asked for (see :meth:`name_of`).
        self._names: dict[str, str] | None = None
        #: The organisations and their starts, made when first asked for (see
        #: :meth:`organisations_before`).
        self._orgs: list[Entity] | None = None
        self._org_starts: list[int] = []

    def at(self, start: int, end: int) -> Entity | None:
        """The entity overlapping ``[start, end)``, or None."""
        i = bisect.bisect_right(self._starts, start)
        for entity in self.entities[max(0, i - 3) : i + 1]:
            if entity.start < end and start < entity.end:
                return entity
        return None

    def iter_within(self, start: int, end: int) -> Iterator[Entity]:
        """Entities lying inside ``[start, end)``, in text order, one at a time."""
        for i in range(bisect.bisect_left(self._starts, start), len(self.entities)):
            entity = self.entities[i]
            if entity.start >= end:
                break
            if entity.end <= end:
                yield entity

    def iter_before(self, end: int) -> Iterator[Entity]:
        """Entities ending by ``end``, nearest first, one at a time (walks that stop at the
        first fit need not go through the text from its start)."""
        for i in range(bisect.bisect_left(self._starts, end) - 1, -1, -1):
            entity = self.entities[i]
            if entity.end <= end:
                yield entity

    def organisations_before(self, text: str, before: int) -> Iterator[Entity]:
        """The organisations (by :meth:`label_of`) starting before ``before``, nearest first,
        but no dateline's credit: what "the company" may stand for. They are picked out of
        the entities of ``text`` (the document's) once, not on every description's walk."""
        if self._orgs is None:
            self._orgs = [
                e for e in self.entities if self.label_of(e) == "ORG" and not _is_credit(text, e)
            ]
            self._org_starts = list(map(_START, self._orgs))
        orgs = self._orgs
        for i in range(bisect.bisect_left(self._org_starts, before) - 1, -1, -1):
            yield orgs[i]

    def named_with(self, text: str, before: int, word: str) -> Entity | None:
        """The last organisation named before ``before`` whose name has ``word`` (lowercase)
        among its words ("the union" → "National Farmers' Union") or that a description
        with it stands beside ("Ofgem, the energy regulator", "the charity Shelter"); a
        dateline's credit is never it."""
        written = word.capitalize()  # (a cheap first test: names write it so)
        for entity in self.organisations_before(text, before):
            if self.actor_of(entity) is not None and (
                (written in entity.text and word in entity.text.lower().split())
                or _described_beside(text, entity, word)
            ):
                return entity
        return None

    def body_before(self, text: str, before: int, word: str) -> Entity | None:
        """The organisation "the <word>" refers to at ``before``: the last one whose name has
        ``word`` (lowercase) among its words (:meth:`named_with`), else
        the last mention of the organisation mentioned most so far (what the text is about)
        of those the word fits (see :func:`_fits_body`).
        On a tie the one named in the same paragraph wins ("Shipping line Maersk told
        customers … “…,” the company said"), else the one named first: a story names its
        main organisation before the rivals it merely mentions. A dateline's credit is never
        it."""
        named = self.named_with(text, before, word)
        if named is not None:
            return named
        counts: dict[str, int] = {}
        last: dict[str, Entity] = {}
        first: dict[str, int] = {}
        fits: dict[str, bool] = {}  # ("the company" is no ministry, however often named)
        for entity in self.organisations_before(text, before):
            actor = self.actor_of(entity)
            if actor is None:
                continue
            if actor not in fits:
                fits[actor] = _fits_body(word, self.name_of(entity))
            if not fits[actor]:
                continue
            counts[actor] = counts.get(actor, 0) + 1
            last.setdefault(actor, entity)
            first[actor] = entity.start  # walking backwards, the last write is the earliest
        if not counts:
            return None
        most = max(counts.values())
        tied = [actor for actor in counts if counts[actor] == most]
        nearest = max(tied, key=lambda actor: last[actor].start)
        if last[nearest].start >= _paragraph_start(text, before):
            return last[nearest]
        return last[min(tied, key=first.__getitem__)]

    def actor_of(self, entity: Entity) -> str | None:
        """The actor id an entity refers to, via its ``actor`` field or the actors' mentions."""
        if entity.actor:
            return entity.actor
        if self._by_mention is None:
            self._by_mention = {(m.start, m.end): a.id for a in self.actors for m in a.mentions}
        return self._by_mention.get((entity.start, entity.end))

    def name_of(self, entity: Entity) -> str:
        """The fullest name of the entity's actor ("Securities and Exchange Commission" for
        "SEC"), or its text."""
        if self._names is None:
            self._names = {a.id: a.name for a in self.actors}
        actor = self.actor_of(entity)
        return self._names.get(actor, entity.text) if actor else entity.text

    def label_of(self, entity: Entity) -> str:
        """The entity's label, or its actor's label when the actor knows better."""
        actor = self.actor_of(entity)
        return self._labels.get(actor, entity.label) if actor else entity.label


class Persons:
    """Finds sentence subjects and resolves person pronouns ("ia", "he", "-nya") to actors.

    ``quotes`` are the quotes attributed so far (the quote annotator appends as it goes), so a
    pronoun right after a quote can refer to that quote's speaker.
    """

    #: How many sentences back a pronoun may look for its person.
    REACH: Final = 3

    def __init__(
        self,
        doc: Doc,
        mentions: Mentions,
        quote_spans: list[tuple[int, int]],
        quotes: list[Quote],
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.quote_spans = quote_spans
        self._quote_span_starts = [start for start, _ in quote_spans]
        self.quotes = quotes
        self._sent_starts = [s.start for s in doc.sentences]
        self._quote_starts = [q.start for q in quotes]
        self._roles: RoleReferences | None = None  # made when a role is first looked for

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence containing (or last starting before) offset ``pos``."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def in_quote(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a direct quote."""
        i = bisect.bisect_right(self._quote_span_starts, start) - 1  # the last starting by then
        return i >= 0 and end <= self.quote_spans[i][1]

    def subject(self, sent: int, before: int) -> Entity | None:
        """The sentence's person subject: its first person mention before ``before``, outside
        quotes and not possessive ("Marsh's barrister, Sarah Whitfield, asked": the barrister
        is the subject) and not inside an opening clause ("Asked about Marsh, Whitfield said"), or
        the parse's ``nsubj`` of the root when there is one and it names a person."""
        if not self.doc.sentences:
            return None
        sentence = self.doc.sentences[sent]
        text = self.doc.text
        start = _after_opening_clause(text, sentence.start, min(before, sentence.end))
        people: Iterator[Entity] = (
            e
            for e in self.mentions.iter_within(start, min(before, sentence.end))
            if self.mentions.label_of(e) == "PER"
            and self.mentions.actor_of(e)
            and not self.in_quote(e.start, e.end)
            and not _POSSESSIVE.match(text, e.end)
        )
        if start != sentence.start:
            people = _past_clause_apposition(text, people)
        people = _past_owner(text, people)
        if not self.doc.has_parse:
            return next(people, None)
        listed = list(people)
        for token in sentence.tokens:
            head = token.head
            if not (token.deprel or "").startswith("nsubj") or head is None:
                continue
            if 0 <= head < len(sentence.tokens) and sentence.tokens[head].deprel == "root":
                named = [e for e in listed if e.start <= token.start < e.end]
                if named:
                    return named[0]
        return listed[0] if listed else None

    def _quotes_in(self, start: int, end: int) -> list[Quote]:
        """The quotes attributed so far that start in ``[start, end)``."""
        known = len(self._quote_starts)  # the quote annotator appends as it goes
        self._quote_starts.extend(q.start for q in self.quotes[known:])
        lo = bisect.bisect_left(self._quote_starts, start)
        hi = bisect.bisect_left(self._quote_starts, end)
        return self.quotes[lo:hi]

    def resolve(self, sent: int, pos: int) -> str | None:
        """The actor a person pronoun at ``pos`` in sentence ``sent`` most likely refers to.

        The person subject of the same sentence before ``pos``; else, for each previous sentence
        (nearest first, up to :attr:`REACH`, not counting those opening with a pronoun), the
        last speaker of a quote in it, or else the person a role names as the subject of its
        last clause or of the sentence ("The minister defended the force."), or else its
        person subject. None when the nearest such
        sentence gives its words to someone unnamed (:meth:`_unnamed_source`: "A police
        spokesman said …. “…,” he said"): the pronoun goes on about that person, not about
        one named further back.
        """
        subject = self.subject(sent, pos)
        if subject is not None:
            return self.mentions.actor_of(subject)
        if self.doc.sentences:  # "The Russian leader said he …"
            role = self._role_subject(self.doc.sentences[sent].start, pos, opening=True)
            if role:
                return role
        for back in self._sentences_back(sent):
            sentence = self.doc.sentences[back]
            speakers = [
                q.speaker for q in self._quotes_in(sentence.start, sentence.end) if q.speaker
            ]
            if speakers:
                return speakers[-1]
            if self._unnamed_source(back):
                return None
            role = self._role_subject(sentence.start, sentence.end, opening=False)
            role = role or self._role_subject(sentence.start, sentence.end, opening=True)
            if role:
                return role
            subject = self.subject(back, sentence.end)
            if subject is not None:
                return self.mentions.actor_of(subject)
        return None

    def _unnamed_source(self, sent: int) -> bool:
        """True when sentence ``sent`` opens with someone unnamed who speaks: an indefinite
        description as the subject of a speech verb with no person named before the verb ("A
        police spokesman said …", "Seorang petugas yang enggan disebut namanya mengatakan …",
        "Ein Sprecher der Stadt sagte …"), or as the source after "according to" ("Según un
        portavoz del sindicato, …"). A person named in apposition ("Seorang warga, Sutrisno,
        mengaku …") is the subject instead."""
        words, starts = words_of(self.doc), word_starts(self.doc)
        sentence = self.doc.sentences[sent]
        at = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        lang = self.doc.lang
        according = according_length(words, at, hi, lang)
        at += according  # "According to a spokesman, …": the source's description
        if at >= hi or words[at].lower not in _indefinites(lang):
            return False
        verbs = speech_verb_forms(lang)
        for word in words[at + 1 : min(hi, at + _UNNAMED_REACH)]:
            if according and word.is_punct:
                return True
            if word.lower in verbs:
                return not according
            entity = self.mentions.at(word.start, word.end)
            person = entity is not None and self.mentions.label_of(entity) == "PER"
            if person and not _after_preposition(self.doc.text, word.start):
                return False  # a name in apposition; not "A spokeswoman for Burnham said"
        return False

    def _role_subject(self, start: int, end: int, *, opening: bool) -> str | None:
        """The person a role phrase names as the subject of the sentence at ``start``
        (``opening``), or else of its last clause after a comma ("Trump spoke with Putin on
        Tuesday, where the Russian leader agreed …": a pronoun next goes on about the latest
        subject); only before ``end`` and outside quotes."""
        if not opening:
            start = self.doc.text.rfind(",", start, end) + 1
            if not start:
                return None
        words, starts = words_of(self.doc), word_starts(self.doc)
        at, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        while not opening and at < hi - 1 and words[at].lower in _CLAUSE_JOINERS:
            at += 1
        if at >= hi or self.in_quote(words[at].start, words[at].end):
            return None
        if not _may_open_role(words, at, self.doc.lang):  # (most clauses: nothing to build)
            return None
        return self._role_references().at(words, at, hi)

    def role_at(self, words: list[Word], i: int, end: int) -> str | None:
        """The actor the phrase opening at ``words[i]`` (before ``end``) names: a person by
        role (see :class:`RoleReferences`) or an organisation by what it is ("the company",
        "perusahaan tersebut", see :meth:`_body_at`)."""
        if _may_open_role(words, i, self.doc.lang):  # (most clauses: nothing to build)
            person = self._role_references().at(words, i, end)
            if person is not None:
                return person
        if words[i].lower not in _DESCRIPTION_OPENERS:  # (a cheap first test, as above)
            return None
        return self._body_at(words, i, end)

    def _body_at(self, words: list[Word], i: int, end: int) -> str | None:
        """The organisation a description opening at ``words[i]`` stands for: "The company
        lost …", "The ministry wants …", "Lembaga antirasuah itu memeriksa …". The last one
        named before whose name has the head word ("the ministry" → "Dutch Ministry of
        Infrastructure"); else the first that fits the head as a subject (not after a
        preposition nor in a relative clause) in the nearest sentence with one, up to
        :attr:`REACH` sentences back ("Kestrel, founded in 1962, has struggled. The company
        lost …"); else the one that fits mentioned most (:meth:`Mentions.body_before`: "Shares
        of Quillon fell. Analyst Tom Kessler of Brightwater said … The company also …"). A
        public body's description ("the agency", "kementerian itu") fits only a public body;
        any other ("the firm", "the club") no public body ("The SEC sued Crestmoor. The firm
        …" is Crestmoor); a bare acronym may be either."""
        head = _body_head(words, i, end, self.doc.lang)
        if head is None or self.in_quote(words[i].start, words[i].end):
            return None
        mentions, text, pos = self.mentions, self.doc.text, words[i].start
        lo = bisect.bisect_left(self._sent_starts, pos) - 1 - self.REACH
        since = self._sent_starts[max(0, lo)] if self._sent_starts else 0
        subject: Entity | None = None
        for entity in mentions.organisations_before(text, pos):
            if entity.start < since:
                break
            if head in entity.text.lower().split():
                return mentions.actor_of(entity)
            if (
                (subject and self.sentence_of(entity.start) != self.sentence_of(subject.start))
                or not _fits_body(head, mentions.name_of(entity))
                or self._in_aside(entity.start)
                or _after_preposition(text, entity.start)
            ):
                continue
            subject = entity  # walking back: the first in the nearest sentence so far
        if subject is None:
            subject = mentions.body_before(text, pos, head)
        elif text.find(head.capitalize(), 0, since) >= 0:  # (a name with it further back?)
            subject = mentions.named_with(text, since, head) or subject
        return mentions.actor_of(subject) if subject is not None else None

    def _in_aside(self, pos: int) -> bool:
        """Whether ``pos`` lies in a relative clause set off by a comma ("Motta, who joined
        from Bologna last summer, leaves"), which is no sentence's subject."""
        text = self.doc.text
        since = self._sent_starts[self.sentence_of(pos)] if self._sent_starts else 0
        comma = text.rfind(",", since, pos)
        first = _FIRST_WORD.match(text, comma + 1, pos) if comma >= 0 else None
        return first is not None and first.group(1).lower() in _RELATIVE_WORDS

    def _role_references(self) -> RoleReferences:
        """The people by role, made when first needed."""
        if self._roles is None:
            self._roles = RoleReferences(self.mentions.actors, self.doc.lang)
        return self._roles

    def _sentences_back(self, sent: int) -> Iterator[int]:
        """The sentences before ``sent``, nearest first, up to :attr:`REACH` of them; a sentence
        opening with a person pronoun ("She still remembers …") does not count, as it goes on
        about the same person and its antecedent lies further back."""
        counted = 0
        back = sent - 1
        while back >= 0 and counted < self.REACH:
            yield back
            tokens = self.doc.sentences[back].tokens
            if not (tokens and tokens[0].text.lower() in PERSON_PRONOUNS):
                counted += 1
            back -= 1


def _past_clause_apposition(text: str, people: Iterator[Entity]) -> Iterator[Entity]:
    """The people after an opening clause's comma, less a name that only ends the clause in
    apposition, set off by a comma right before the next name ("Asked about Sunday's
    opponent, Iga Swiatek, Osaka grinned": Osaka is the subject)."""
    first = next(people, None)
    second = next(people, None)
    if first is not None and second is not None and text[first.end : second.start].strip() == ",":
        return chain((second,), people)
    return chain((e for e in (first, second) if e is not None), people)


#: Between a person and the person named in apposition after it: a comma, then maybe
#: abbreviated honorifics and degrees ("kuasa hukum HS, Dr. Maqdir Ismail").
_APPOSED = re.compile(r"\s*,\s*(?:[A-Z][a-z]{0,3}\.\s*)*$")
#: A lowercase word right before a person: the noun the person belongs to ("istri Budi").
_NOUN_BEFORE = re.compile(r"(?<![\w.])([a-z]+) $")
#: What follows the last name of a list ("Budi, Ani, dan Joko"), not an apposition.
_LISTED = re.compile(r",? (?:and|or|dan|atau|serta) ")


def _past_owner(text: str, people: Iterator[Entity]) -> Iterator[Entity]:
    """The people after one whose associate the next names in apposition ("kuasa hukum HS,
    Dr. Maqdir Ismail, menilai", "the lawyer for Kemp, Rupert Vale, said": the lawyer, named
    second, is the subject). The owner follows the noun it completes; a subject opening the
    sentence has no such noun before it, and a list ("saksi Budi, Ani dan Joko") goes on."""
    first = next(people, None)
    second = next(people, None)
    if first is not None and second is not None and _APPOSED.match(text[first.end : second.start]):
        noun = _NOUN_BEFORE.search(text, max(0, first.start - 20), first.start)
        if noun is not None and not _LISTED.match(text, second.end):
            return chain((second,), people)
    return chain((e for e in (first, second) if e is not None), people)


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts: after the last blank line, or after the
    last line break when there is no blank line within :data:`_PARAGRAPH_REACH` (a text
    whose paragraphs are single lines)."""
    reach = max(0, pos - _PARAGRAPH_REACH)
    blank = text.rfind("\n\n", reach, pos)
    return blank + 2 if blank >= 0 else text.rfind("\n", reach, pos) + 1


def _is_credit(text: str, entity: Entity) -> bool:
    """True when ``entity`` is a dateline's credit ("ANTWERP (Reuters) -", "JAKARTA,
    KOMPAS.com -"): the agency reporting, not an organisation the story is about."""
    before = text[entity.start - 1 : entity.start]
    after = text[entity.end : entity.end + 3]
    return (before == "(" and after[:1] == ")") or _DATELINE_DASH.match(after) is not None


def _after_opening_clause(text: str, start: int, end: int) -> int:
    """Where the main clause of the sentence at ``start`` begins: after the first comma when
    the sentence opens with a clause about someone else ("Menanggapi pernyataan Amran, Rahmad
    menyebut …"), else ``start``. Only the comma before ``end`` counts."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None or first.group(1).lower() not in OPENING_CLAUSE_WORDS:
        return start
    comma = text.find(",", first.end(), end)
    return start if comma < 0 else comma + 1


#: How far before a title its holder's name stands when the title is set beside it.
_APPOSED_REACH = 40


class Roles:
    """Definite descriptions by role: "the minister said", "kata presiden itu".

    A description names the person actor whose stripped title has that head noun ("Housing
    Minister" → "minister" in English, "Presiden AS" → "presiden" in Indonesian, where the head
    comes first); among several, the one mentioned last before the description. A person never
    mentioned before it is not referred to. An Indonesian office as the press cuts it from its
    title's syllables ("Menkes", "Menkeu", see :func:`~reader.analysis.name_cues.abbreviates`)
    names the person with that title ("Menteri Kesehatan"). A title word inside an Indonesian
    name is a role of its own: "kata Sultan" after "Sri Sultan Hamengku Buwono X".
    """

    MIN_LENGTH = 4  # shorter title words ("AS", "of") are not heads

    def __init__(self, actors: list[Actor], lang: str) -> None:
        self._by_head: dict[str, list[str]] = {}
        #: The Indonesian roles of two words or more, in words, with their actors.
        self._titles: list[tuple[tuple[str, ...], str]] = []
        #: The words of each person's offices ("prime", "minister"), for :meth:`other_title`;
        #: English only, as Indonesian cuts titles short ("Menkeu" is a "menteri").
        self._office_words: dict[str, set[str]] = {}
        #: The :data:`_LESSER_OFFICES` words of each person's English titles.
        self._lesser: dict[str, set[str]] = {}
        for actor in actors:
            if actor.label != "PER":
                continue
            for role in actor.roles:
                parts = [p.lower() for p in role.split() if p.isalpha()]
                if not parts:
                    continue
                if lang == "en" and not _DISTINCT_OFFICES.isdisjoint(parts):
                    self._office_words.setdefault(actor.id, set()).update(parts)
                if lang == "en" and not _LESSER_OFFICES.isdisjoint(parts):
                    self._lesser.setdefault(actor.id, set()).update(parts)
                head = parts[-1] if lang == "en" else parts[0]
                if len(head) >= self.MIN_LENGTH:
                    self._by_head.setdefault(head, []).append(actor.id)
                if lang == "en":  # "the pontiff" is the one the text calls "Pope"
                    for word in _OFFICES_BY_TITLE.get(head, ()):
                        self._by_head.setdefault(word, []).append(actor.id)
                if lang == "id" and len(parts) > 1:
                    self._titles.append((tuple(role.split()), actor.id))
            if lang == "id":
                for head in _title_words_in_name(actor.name):  # "kata Sultan"
                    self._by_head.setdefault(head, []).append(actor.id)
        named = {actor_id for ids in self._by_head.values() for actor_id in ids}
        self._mentions = {  # mention starts of the actors a role can name
            a.id: sorted(map(_START, a.mentions)) for a in actors if a.id in named
        }

    def find(self, words: list[Word], before: int) -> tuple[str, Word] | None:
        """The actor a role word among ``words`` refers to, and that word; or None. A role
        spelled out with what it heads ("kata Pelatih Persib") names the person with that
        whole title, whoever was mentioned last; a lesser office ("the deputy governor")
        only someone whose title says so."""
        for i, word in enumerate(words):
            candidates = self._by_head.get(word.lower)
            if not candidates and self._titles and word.lower in TITLE_HEADS:
                candidates = [a for title, a in self._titles if abbreviates(word.text, title)]
            if not candidates:
                continue
            if len(candidates) > 1 and self._titles:
                candidates = self._spelled_out(words, i, candidates) or candidates
            if i and words[i - 1].lower in _LESSER_OFFICES:  # "the deputy governor"
                lesser = words[i - 1].lower
                candidates = [a for a in candidates if lesser in self._lesser.get(a, ())]
                if not candidates:
                    continue
            best = max(candidates, key=lambda actor: self._last_before(actor, before))
            if self._last_before(best, before) >= 0:
                return best, word
        return None

    def _spelled_out(self, words: list[Word], at: int, candidates: list[str]) -> list[str]:
        """Those of ``candidates`` whose whole Indonesian title of two words or more opens at
        ``words[at]``, unless named right before it: there the title is the name's own
        apposition ("X, Gubernur Jateng: “…”"), read from these very words."""
        said = [w.lower for w in words[at : at + 6]]
        start = words[at].start
        return [
            actor
            for title, actor in self._titles
            if actor in candidates
            and [t.lower() for t in title] == said[: len(title)]
            and not self._named_just_before(actor, start)
        ]

    def _named_just_before(self, actor: str, pos: int) -> bool:
        """Whether ``actor`` is mentioned within :data:`_APPOSED_REACH` before ``pos``."""
        last = self._last_before(actor, pos)
        return last >= 0 and pos - last <= _APPOSED_REACH

    def other_title(self, actor: str, head: str) -> bool:
        """Whether ``actor`` holds an office (:data:`_DISTINCT_OFFICES`), and not the one
        ``head`` names: "the French president" is not the person the text calls "Prime
        Minister" ("the premier" is)."""
        held = self._office_words.get(actor)  # (only an office's holders have words here)
        if not held or head not in _DISTINCT_OFFICES or head in held:
            return False
        return not (head == "premier" and held >= _PRIME_MINISTER)

    def _last_before(self, actor: str, pos: int) -> int:
        starts = self._mentions.get(actor, [])
        i = bisect.bisect_left(starts, pos)
        return starts[i - 1] if i else -1


#: How many words an unnamed source's description may run before its speech verb ("Seorang
#: petugas kepolisian yang enggan disebut namanya mengatakan").
_UNNAMED_REACH = 12


@lru_cache(maxsize=8)
def _indefinites(lang: str) -> frozenset[str]:
    """The words opening an indefinite description of a person in ``lang``: "a", "seorang",
    "ein", "un" (see :data:`INDEFINITES`)."""
    european = EUROPEAN_SUBJECT_ARTICLES.get(lang)
    return INDEFINITES | european[1] if european else INDEFINITES


@lru_cache(maxsize=8)
def _according_phrases(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The "according to" phrases of ``lang`` in words, by their first word."""
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in ACCORDING_TO.get(lang, ACCORDING_TO["en"]):
        parts = tuple(phrase.split())
        phrases[parts[0]] = (*phrases.get(parts[0], ()), parts)
    return phrases


def according_openers(lang: str) -> frozenset[str]:
    """The first words of ``lang``'s "according to" phrases; none for a language that has
    no phrases of its own (where :func:`_according_phrases` falls back to English)."""
    return frozenset(_according_phrases(lang)) if lang in ACCORDING_TO else frozenset()


def according_length(words: list[Word], at: int, hi: int, lang: str) -> int:
    """How many words an "according to" phrase opening at ``words[at]`` has ("según",
    "according to"), 0 when none opens there."""
    for parts in _according_phrases(lang).get(words[at].lower, ()) if at < hi else ():
        if tuple(w.lower for w in words[at : at + len(parts)]) == parts:
            return len(parts)
    return 0


#: Words that may open a clause after a comma before its subject: ", where the minister …",
#: ", di mana pemimpin Rusia …" ("di" then "mana").
_CLAUSE_JOINERS = frozenset(
    {"and", "but", "while", "where", "whereas", "di", "mana", "dan", "tetapi", "namun", "sementara"}
)
#: Words before a role that do not change whose role it is: "the former governor", "sang
#: menteri", "mantan gubernur itu". Not :data:`~reader.analysis.titles.TITLE_PREFIXES` on
#: purpose: most of those make another title ("Wakil Presiden", "Vice President", "Foreign
#: Minister"); only the words of tenure ("mantan", "eks", "former", "outgoing", "incoming")
#: are in both, as a former minister's title is still a minister's.
_ROLE_PREFIXES = frozenset(
    {"former", "then", "new", "outgoing", "incoming", "sang", "mantan", "eks", "bekas"}
)
#: Title words that are forms of address, not roles: "Pak Budi" is no "bapak itu". They are
#: the courtesy titles (:data:`~reader.analysis.titles.COURTESY_TITLES`) and the forms of
#: address that the actor builder keeps in a name ("Lord Sugar", "Sir Keir", "Prof",
#: "Kak Seto").
_ADDRESSES = COURTESY_TITLES | NAME_ADDRESSES
#: Words that end an Indonesian description ("menteri itu", "perusahaan tersebut").
_ROLE_DETERMINERS = frozenset({"itu", "tersebut", "ini"})
#: Generic words for whoever leads a country or body; each fits any actor whose role has one
#: of :data:`_LEADING_TITLES` ("the Russian leader" is the "Russian President").
_LEADER_WORDS = frozenset({"leader", "pemimpin"})
#: English words news uses for an office in place of its title, with the titles they stand
#: for: "the pontiff said" after "Pope Leo XIV", "the monarch" after "King Charles III".
_OFFICE_WORDS = {"pontiff": frozenset({"pope"}), "monarch": frozenset({"king", "queen"})}
#: The words of :data:`_OFFICE_WORDS` by the title they stand for.
_OFFICES_BY_TITLE = {
    title: tuple(word for word, titles in _OFFICE_WORDS.items() if title in titles)
    for title in frozenset().union(*_OFFICE_WORDS.values())
}
#: Titles of those who lead a country or body, the ones a leader word may stand for.
_LEADING_TITLES = frozenset(
    {
        "president",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emperor",
        "sultan",
        "prince",
        "emir",
        "sheikh",
        "presiden",
        "perdana",
        "kanselir",
        "raja",
        "ratu",
        "kaisar",
        "pangeran",
    }
    | _LEADER_WORDS
)
#: Indonesian titles of monarchs, which a story goes on calling its one monarch by alone:
#: "Sultan mengajak …", "Raja juga menyaksikan …".
_SOVEREIGNS = frozenset({"sultan", "raja", "ratu", "paus", "kaisar"})
#: English offices no holder of another of them is called by ("the president" is no prime
#: minister, governor or mayor). Not the titles news swaps for each other: a secretary of
#: state is "the minister", a justice "the judge", a coach "the manager" or "the boss".
_DISTINCT_OFFICES = frozenset(
    {"president", "minister", "premier", "chancellor", "king", "queen", "governor", "mayor"}
)
#: English words before a title's head that make the office a lesser one: "the deputy
#: governor" is not the governor, only someone whose title says "deputy" too.
_LESSER_OFFICES = frozenset({"deputy", "vice", "assistant", "associate"})
#: An English head of government, whose title's head is "minister".
_PRIME_MINISTER = frozenset({"prime", "minister"})
#: Words an Indonesian role phrase may open with.
_ROLE_OPENERS = TITLE_HEADS | _LEADER_WORDS | _ROLE_PREFIXES
#: At most this many words modify a role ("the US Treasury secretary", "Menteri Luar Negeri
#: Rusia itu").
_ROLE_MODIFIERS = 3


def _may_open_role(words: list[Word], i: int, lang: str) -> bool:
    """A cheap first test for :class:`RoleReferences`: could a role phrase open at
    ``words[i]``? In English "the" and a title word soon after it ("the Russian leader"); in
    Indonesian a title word, a leader word or "sang"/"mantan" first."""
    if lang != "en":
        return words[i].lower in _ROLE_OPENERS
    return words[i].lower == "the" and any(
        w.lower in TITLE_HEADS or w.lower in _LEADER_WORDS or w.lower in _OFFICE_WORDS
        for w in words[i + 1 : i + _ROLE_MODIFIERS + 3]
    )


#: Prepositions before a name (and its article), which make it no subject: "Shares of
#: Quillon", "Tom Kessler of Brightwater", "a suit against Crestmoor", "dari PT Adhi".
_PREPOSITIONS = word_set(
    """of at from in to against with by for on into over via under about than
    dari di ke pada oleh dengan untuk terhadap atas kepada bagi dalam melawan"""
)
#: How far back the word before a name is looked for ("against the").
_PREPOSITION_REACH = 16


def _after_preposition(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition, with or without "the"."""
    before = text[max(0, start - _PREPOSITION_REACH) : start].lower().split()
    if before and before[-1] == "the":
        before.pop()
    return bool(before) and before[-1] in _PREPOSITIONS


#: Words a body's description may open with: "the company", "perusahaan tersebut".
_DESCRIPTION_OPENERS = BODY_HEADS | {"the"}
#: Words opening a relative clause after a comma: ", who joined from Bologna,".
_RELATIVE_WORDS = frozenset({"who", "whose", "whom", "which", "where", "yang"})
#: Heads of descriptions of a public body ("the agency", "kementerian itu"), which stand for
#: a public body, never a company or club.
_PUBLIC_HEADS = BODY_HEADS & PUBLIC_BODY_WORDS
#: Indonesian words that stand for the company a business story is about without a
#: determiner ("Perseroan menargetkan …").
_ID_BARE_BODIES = frozenset({"perseroan", "emiten"})
#: At most this many words between "the" and a body's head ("the Dutch state carrier").
_BODY_MODIFIERS = 2


#: How far a description beside a name may reach, in characters: "Ofgem, the UK's energy
#: regulator,".
_BESIDE_REACH = 48


def _described_beside(text: str, entity: Entity, word: str) -> bool:
    """Does a description with the head ``word`` stand beside ``entity`` in apposition:
    after it ("Ofgem, the energy regulator, said", "Shelter, a housing charity") or right
    before it ("the energy regulator Ofgem", "the charity, Shelter,")? Up to two words may
    qualify the head."""
    after = text[entity.end : entity.end + _BESIDE_REACH]
    before = text[max(0, entity.start - _BESIDE_REACH) : entity.start]
    return bool(_apposition_after(word).match(after) or _apposition_before(word).search(before))


@lru_cache(maxsize=256)
def _apposition_after(word: str) -> re.Pattern[str]:
    """ ", the (energy) <word>" right after a name."""
    return re.compile(rf",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(word)}\b", re.I)


@lru_cache(maxsize=256)
def _apposition_before(word: str) -> re.Pattern[str]:
    """ "the (energy) <word>" (and maybe a comma) right before a name."""
    return re.compile(rf"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(word)},?\s+$", re.I)


@lru_cache(maxsize=1 << 12)
def _fits_body(head: str, name: str) -> bool:
    """Whether a description with ``head`` may stand for the organisation named ``name``: a
    public body's ("the agency") for a public body, any other ("the company", "the club")
    for any other; a bare acronym ("CMA", "BCA") may be either."""
    if name.isupper():
        return True
    public = any(w in PUBLIC_BODY_WORDS or w.startswith("kemen") for w in name.lower().split())
    return public == (head in _PUBLIC_HEADS)


def _body_head(words: list[Word], i: int, end: int, lang: str) -> str | None:
    """The head of the description of a body opening at ``words[i]`` (before ``end``): "the
    (Dutch) company" not followed by a name ("the Ministry of Health" is one), "perusahaan
    (tambang) tersebut", "lembaga antirasuah itu", a bare "perseroan"; or None."""
    run = words[i : min(end, i + _BODY_MODIFIERS + 3)]
    if lang == "en":
        if not run or run[0].lower != "the":
            return None
        for k in range(1, len(run)):
            low = run[k].lower
            if low in BODY_HEADS and run[k].text == low:  # ("the European Union": a name)
                after = run[k + 1 : k + 3]
                named = after and (
                    after[0].text[:1].isupper()
                    or (after[0].lower == "of" and after[1:] and after[1].text[:1].isupper())
                )
                return None if named else low
            if k > _BODY_MODIFIERS or not run[k].text.isalpha():
                return None
        return None
    if not run or run[0].lower not in BODY_HEADS:
        return None
    if run[0].lower in _ID_BARE_BODIES and len(run) > 1 and not run[1].text[:1].isupper():
        return run[0].lower
    for word in run[1 : _BODY_MODIFIERS + 2]:
        if word.lower in _ROLE_DETERMINERS:
            return run[0].lower
        if not word.text.isalpha() or word.text[:1].isupper():
            return None
    return None


class RoleReferences:
    """People named again by role alone as a clause's subject: "The Russian leader agreed",
    "the minister said", "Pemimpin Rusia setuju", "Mantan gubernur itu menjawab".

    The phrase is a role word — the head of some person actor's stripped title (its last
    title word in English, its first in Indonesian; forms of address are none), or a leader
    word — with its modifiers ("Russian", "Rusia"). It names the person whose title has that
    head and every modifier, among those mentioned before it, and only when exactly one
    person fits: two ministers named so far leave "the minister" unresolved. English phrases
    open with "the"; Indonesian ones open a clause, with capitalised modifiers ("Presiden
    AS"), "sang" before them or "itu"/"tersebut" after them; or bare, for the head of a
    regional government ("Bupati mengatakan …": local news names one), a monarch and for a
    title word
    that is part of a person's name ("Sultan meminta …" after "Sri Sultan Hamengku Buwono X").
    """

    def __init__(self, actors: list[Actor], lang: str) -> None:
        self._lang = lang
        #: (actor id, first mention start, words of one role, its head), per role.
        self._titles: list[tuple[str, int, frozenset[str], str]] = []
        #: Role words that name their one holder in the text alone ("Bupati", "Sultan").
        self._bare: set[str] = set()
        for actor in actors:
            if actor.label != "PER" or not actor.mentions:
                continue
            first = min(map(_START, actor.mentions))
            for role in actor.roles:
                title = _title_words(role, lang)
                if title is not None:
                    self._titles.append((actor.id, first, *title))
                    if title[1] in PLACE_TITLES or title[1] in _SOVEREIGNS:
                        self._bare.add(title[1])
            if lang != "en":
                for word in _title_words_in_name(actor.name):
                    self._titles.append((actor.id, first, frozenset({word}), word))
                    self._bare.add(word)
        self._heads = {head for *_, head in self._titles} | _LEADER_WORDS | _OFFICE_WORDS.keys()

    def at(self, words: list[Word], i: int, end: int) -> str | None:
        """The actor the role phrase opening at ``words[i]`` (and ending before ``end``)
        names, or None."""
        phrase = self._phrase(words, i, end) if self._titles else None
        if phrase is None:
            return None
        head, modifiers = phrase
        fits = {
            actor
            for actor, first, parts, role_head in self._titles
            if first < words[i].start and modifiers <= parts and self._fits(head, role_head, parts)
        }
        return fits.pop() if len(fits) == 1 else None

    def _fits(self, head: str, role_head: str, parts: frozenset[str]) -> bool:
        """Whether a title (its ``parts`` and ``role_head``) has the role word ``head``."""
        if head in _LEADER_WORDS:
            return bool(parts & _LEADING_TITLES) or parts >= _PRIME_MINISTER
        if head in _OFFICE_WORDS:
            return role_head in _OFFICE_WORDS[head]
        return head == role_head

    def _phrase(self, words: list[Word], i: int, end: int) -> tuple[str, frozenset[str]] | None:
        """The role word and modifiers of the phrase at ``words[i]`` (in English "the",
        which :func:`_may_open_role` has seen), or None."""
        run = words[i : min(end, i + _ROLE_MODIFIERS + 3)]
        if self._lang == "en":
            inner = [w for w in run[1:] if w.lower not in _ROLE_PREFIXES]
            for k, word in enumerate(inner[: _ROLE_MODIFIERS + 1]):
                if not word.text.isalpha():
                    return None
                if word.lower in self._heads and (
                    k + 1 == len(inner) or not inner[k + 1].text[:1].isupper()
                ):
                    return word.lower, frozenset(map(_modifier, inner[:k]))
            return None
        inner = [w for w in run if w.lower not in _ROLE_PREFIXES]
        if not inner or inner[0].lower not in self._heads:
            return None
        modifiers: list[Word] = []
        for word in inner[1 : _ROLE_MODIFIERS + 1]:
            if word.lower in _ROLE_DETERMINERS:
                return inner[0].lower, frozenset(map(_modifier, modifiers))
            if not (word.text.isalpha() and word.text[:1].isupper()):
                break
            modifiers.append(word)
        if not modifiers and words[i].lower != "sang" and inner[0].lower not in self._bare:
            return None  # a bare "Presiden" may be anyone's
        return inner[0].lower, frozenset(map(_modifier, modifiers))


@lru_cache(maxsize=1 << 12)
def _title_words(role: str, lang: str) -> tuple[frozenset[str], str] | None:
    """The words a role phrase is matched by for the title ``role`` (lowercase, prefixes
    left out, with the keys of the countries it names) and its head (its last title word in
    English, its first in Indonesian), or None when it has no title word. Worked out once
    per title: a text's people, and texts, share their titles ("Presiden AS")."""
    written = role.split()
    parts = [p.lower() for p in written if p.isalpha()]
    parts = [p for p in parts if p not in _ROLE_PREFIXES]
    # (the title words, not the first word: "Unggahan Menteri Perdagangan" has a stray one)
    heads = [p for p in parts if p in TITLE_HEADS and p not in _ADDRESSES]
    if not heads:
        return None
    countries = {k for w in written if (k := _country_key(w))}
    return frozenset(parts) | countries, heads[-1] if lang == "en" else heads[0]


@lru_cache(maxsize=1 << 12)
def _title_words_in_name(name: str) -> tuple[str, ...]:
    """Title words inside a person's name after its first word (lowercase): "sultan" of "Sri
    Sultan Hamengku Buwono X", whom the text may go on calling "Sultan"."""
    return tuple(
        low
        for low in (w.lower() for w in name.split()[1:])
        if low in TITLE_HEADS and low not in _ADDRESSES
    )


def _modifier(word: Word) -> str:
    """A role phrase's modifier as a title's words are matched by: a country's key, however
    it is named ("American", "AS", "Amerika" → "#US", see :func:`_country_key`), else the
    word in lowercase."""
    return _country_key(word.text) or word.lower


@lru_cache(maxsize=1 << 12)
def _country_key(word: str) -> str | None:
    """The gazetteer key, marked "#", of the country ``word`` names ("US", "AS", "Amerika")
    or is the demonym of ("American"), so a role phrase's "the American president" meets
    the title "US President"; None for any other word."""
    if not word[:1].isupper():
        return None
    place = gazetteer.lookup(word) or gazetteer.country_of_demonym(word)
    return "#" + place.key if place is not None and place.label == "LOC" else None

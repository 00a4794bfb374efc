"""Direct quotes and who said them.

Quotes are found by their marks (:mod:`reader.analysis.quote_marks`); quoted names are left
out (titles, nicknames, what a group calls something, scare-quoted modifiers: see
:meth:`_Attributor.names_something`); each other quote is then attributed
to a speaker, an actor id. "Speaker" means **the person whose words the quote are**: in "Trump
… menambahkan bahwa kepemilikan AS akan menjadi “perlindungan terbaik” …, kata Rubio", Rubio
reports Trump's words, so the speaker is Trump and Rubio is only the reporter. That is why a
speech verb directly framing the quote beats a "kata X" further away.

Attribution tries, in order, and keeps the first that names a speaker:

1. With a dependency parse (``doc.has_parse``): the speech verb linked to the quote by a
   dependency (the quote's head, or a verb heading into the quote), and that verb's ``nsubj``
   (climbing through ``conj``/``advcl``/``xcomp``/``parataxis`` for shared subjects) when it
   names a person or organisation or is a pronoun; otherwise the surface cues below decide.
2. A speech cue right after the quote, with only punctuation, the speaker's name or a pronoun
   in between: "…,” katanya / kata X / X said / said X / he added / menurut X / demikian X /
   as X put it"; with no speech verb, a person named just after a dash ("“…” – Jo Smith").
3. A framing cue before the quote in its sentence: "X: “…”", "X mengatakan … “…”",
   "X menggambarkan … sebagai “…”", "…, menambahkan bahwa … “…”" (the subject of the closest
   speech verb before the quote; for a verb with no subject of its own, the sentence's person
   subject, else the person the previous sentences are about), "menurut X, “…”"; a verb of
   believing frames a quote only for a subject named right before it ("X expects … “…”").
4. A speech cue later in the same sentence, not adjacent ("“…” untuk …, kata Rubio").
5. Continuation: a quote with no cue right after the previous quote in the same paragraph
   (at most a few words apart), or the next part of a quote running over paragraphs, keeps
   that quote's speaker. A cue found in a later part is given back to the earlier parts.
6. A quote opening a paragraph after one that ends in a colon ("the union said:") takes that
   sentence's framing cue.
7. A whole-sentence quote opening its sentence with no cue at all belongs to the person the
   text was just about, found as for a pronoun (news often names the speaker in the
   paragraph before).

8. A quote in the headline still without a speaker takes the story's: see
   :meth:`_Attributor.attribute_headline`.

Steps 5 to 7 are for quotes without a cue: a quote with a cue right after it whose speaker
is not named ("“…,” Baker's lawyer said", "“…,” the statement said") keeps no speaker. In an
interview whose writer asks in quotes ("“Why?” I asked"), a cue-less question alone in its
paragraph is the writer's, and the quote after it the answer of the last person quoted.

A speaker named only by role ("the minister said", "kata presiden itu") is the person actor
with that title mentioned last before it (:class:`reader.analysis.words.Roles`). A speaker
described but not by a known title ("the judge said", "said the 23-year-old", "kata
politikus PDI-P itu") is resolved as a pronoun; the description beats an organisation inside it.

A subject speaking for its owner ("Netanyahu's office said", "his campaign said") makes the
owner the speaker; a person described by an indefinite or a possessive ("a spokesperson for
the mayor", "Baker's lawyer", "its owner") stays unnamed.

Pronouns ("ia", "dia", "beliau", "he", "she") and "-nya" on a speech verb ("tulisnya") resolve
to the most recent fitting person: the person subject of the current sentence before the cue,
else, going back up to three sentences, the speaker of a quote in that sentence or else its
person subject; failing that (or for "she" finding only an organisation), the person a role
names in the sentence before ("the minister paused"). "He"/"she"/"ia" are never an
organisation; "it" ("“…,” it said", "It warned that “…”") is the organisation its sentence or
the ones before are about (a quote's organisation speaker, the first organisation that is no
object, a report's issuer). "I"/"saya" is the writer, nobody quoted, except in an interview's
answer (after "A:" or a question standing alone) or a transcript's turn ("Marsh: …"), where
it is the person answering.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import NamedTuple

from reader.analysis.doc import Doc, Token
from reader.analysis.model import Actor, Entity, Quote, Span
from reader.analysis.name_cues import GENERATIONS, RELATIVE_WORDS
from reader.analysis.quote_marks import (
    QUOTE_MARKS,
    continues,
    is_hard_wrapped,
    line_end,
    paragraph_end,
    paragraph_start,
    quote_spans,
)
from reader.analysis.speech import (
    ACCORDING_CLITICS,
    ACCORDING_TO,
    ADDRESSEE_PREPOSITIONS,
    ADVERBIAL_OPENERS,
    ADVERBS_BETWEEN,
    ANSWER_LABELS,
    ASKING_VERBS,
    BACK_POINTER_GOES_ON,
    BACK_POINTERS,
    BODY_HEADS,
    BODY_PRONOUNS,
    CALLED_OBJECTS,
    CALLING_VERBS,
    CLAUSE_OPENERS,
    CONTENT_OPENERS,
    DOCUMENT_HEADS,
    EUROPEAN_PERSON_PRONOUNS,
    EUROPEAN_SPOKESPEOPLE,
    EUROPEAN_SUBJECT_ARTICLES,
    FEMALE_NAMES,
    FEMALE_WORDS,
    FIRST_PERSON_SINGULAR,
    ID_ASSOCIATES,
    ID_DEMONSTRATIVES,
    ID_NAME_INTRODUCERS,
    ID_PASSIVE_SPEECH_VERBS,
    INDEFINITES,
    ISSUED_BY,
    MALE_NAMES,
    MALE_WORDS,
    MEMBER_OF,
    NAMING_CUES,
    NAMING_GROUPS,
    NAMING_PHRASES,
    NOT_PERSON_HEADS,
    NP_BREAKS,
    NP_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    PERSON_ONLY_PRONOUNS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    POSSESSIVE_SOURCES,
    PRO_DROP_LANGUAGES,
    PRONOUN_GENDERS,
    QUOTING_VERBS,
    RELATIVE_OPENERS,
    REPEAT_VERBS,
    ROLE_WORDS,
    SCARE_DETERMINERS,
    SHARED_SUBJECT_JOINERS,
    SOURCE_POINTERS,
    SPEECH_IDIOMS,
    SPOKEN_FOR,
    TELL_VERBS,
    TITLE_BREAKS,
    TITLE_LOWERCASE,
    TOPIC_PREPOSITIONS,
    UNNAMED_GROUPS,
    VERDICT_NOUNS,
    WRITER_PRONOUNS,
    framing_verb_forms,
    has_subject_clitic,
    is_speech_verb,
    person_pronouns,
    pronoun_gender,
    speech_verb_forms,
)
from reader.analysis.titles import is_title_word, may_start_title
from reader.analysis.words import Mentions, Persons, Roles, Word, word_starts, words_of

#: How many words after a quote are searched for its cue.
_RIGHT_WINDOW = 14
#: How many words of the sentence after a cue-less quote its subject and speech verb may
#: take ("Kepala Pelaksana BPBD Kabupaten Bandung Uka Suska menambahkan").
_SUBJECT_REACH = 8
#: How many words after a speech verb are searched for the speaker's name ("said the …, X");
#: Indonesian titles run long ("kata Kepala Pusat Data, Informasi, dan Komunikasi … X").
_NAME_WINDOW = 12
#: A quote ending in "." followed by a capitalised sentence of at most this many words may
#: take its cue from that sentence ("“Ready?” Trump asked.").
_SHORT_TAIL = 6
#: How many words after "That was" may come before the verdict noun ("the verdict of",
#: "Caroline Webb's verdict").
_VERDICT_REACH = 5
#: How many quotes back the other side of a question-and-answer exchange is looked for.
_EXCHANGE_QUOTES = 4
#: How many words after an asking verb may hold the one asked ("kepada Menteri Agus Salim").
_HEARER_REACH = 6
#: How many words may separate a quote from the previous one for it to inherit the speaker.
_CONTINUATION_GAP = 12
#: How many words after a name inside a title may lead to the name in apposition.
_TITLE_WINDOW = 10
#: How many words after a speech verb may hold a speaker's description ("kata pria itu").
_DESCRIPTION_WINDOW = 6
#: How many words either side of a name may introduce it by role ("a spokeswoman for Acme").
_APPOSITION_WINDOW = 8
#: How many words an aside between commas may have ("Acme, which …, said").
_ASIDE_WINDOW = 16
#: How many words before a colon introducing a quote may hold the speaker's role.
_ROLE_BEFORE_COLON = 4
#: How many words after a quote its own cue may stand when it names nobody known.
_UNNAMED_REACH = 5
#: Most words a title of a work or a nickname in quotes has ("“Day of Empty Wards”").
_LONGEST_TITLE = 8
#: Most words a name in common use has ("what locals call “the brick”").
_LONGEST_TERM = 4
#: How many words back an apposition introducing a relative may be ("istrinya, Ayu, …").
_APPOSITION_LOOKBACK = 200
#: The most words between a calling verb and the name it gives: "menyebut alat itu “…”".
_CALLED_OBJECT_WORDS = 3
#: Most characters, marks included, of a name in common use or a scare-quoted modifier.
_LONGEST_TERM_CHARS = 50
#: Most words a scare-quoted modifier has ("the “famous” meatloaf").
_LONGEST_MODIFIER = 3

#: How many of a person's first mentions are looked at for a pronoun telling their gender.
_GENDER_MENTIONS = 2
#: The word joining two names ("Reyes and Lindqvist", "Budi dan Ani").
_JOINT = re.compile(r" (?:and|dan|&) ")
#: A gendered English pronoun in lowercase (see :data:`PRONOUN_GENDERS`) at most 80 characters
#: ahead in the same sentence. (The alternatives are spelt as a small trie: the regex engine
#: then tries fewer of them at each word start.)
_GENDERED_PRONOUN_AHEAD = re.compile(r"[^.!?\n]{0,80}?\b(he|she|his|him(?:self)?|her(?:s|self)?)\b")
#: Most characters, marks included, of a quoted title, nickname or term.
_LONGEST_NAME = 100

#: A line ending in a question mark: an interview asks several, each a paragraph of its own.
_QUESTION_LINE = re.compile(r"\?[^\S\n]*(?:\n|$)")
#: Pronouns naming the source after "menurut"/"according to".
_SOURCE_PRONOUNS = PERSON_PRONOUNS | {"him", "her"}
#: An age used as a noun for a person ("27-year-old"; the words may split it), its number
#: as group 1.
_AGE_NOUN = re.compile(r"(\d{1,3})-year-old")

#: The gender ("m"/"f") each gendered pronoun, noun or honorific gives its person.
_GENDERS = dict.fromkeys(MALE_WORDS, "m") | dict.fromkeys(FEMALE_WORDS, "f")
#: The gender ("m"/"f") a common given name gives its bearer.
_NAME_GENDERS = dict.fromkeys(MALE_NAMES, "m") | dict.fromkeys(FEMALE_NAMES, "f")
#: Dashes that set a byline after a quote ("“…” – Jo Smith").
_DASHES = frozenset({"-", "–", "—", "--"})
#: Marks that end a sentence.
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: The English possessive ending, with a straight or a curly apostrophe.
_POSSESSIVE = ("'s", "\u2019s")
#: Relations through which a speech verb shares its subject with the verb it depends on.
_SHARED_SUBJECT_RELS = ("conj", "advcl", "xcomp", "parataxis", "acl")


def find_quotes(doc: Doc, entities: list[Entity], actors: list[Actor]) -> list[Quote]:
    """Every direct quote in ``doc.text`` with its speaker, cue and speaker mention."""
    spans = quote_spans(doc.text)
    if not spans:
        return []
    attributor = _Attributor(doc, actors, Mentions(entities, actors), spans)
    for start, end in spans:
        if not attributor.names_something(start, end):
            attributor.attribute(start, end)
    attributor.attribute_headline()
    return attributor.quotes


def _owned_subject(words: list[Word], v: int) -> Word | None:
    """The Indonesian subject right before the speech verb ``words[v]`` (past adverbs) when
    it is someone's relative or associate by "-nya" ("istrinya", "kliennya"): the person
    the "-nya" stands for is not the one speaking; else None."""
    for word in reversed(words[:v]):
        if word.lower not in ADVERBS_BETWEEN:
            low = word.lower
            owned = low.endswith("nya") and (low in RELATIVE_WORDS or low in ID_ASSOCIATES)
            return word if owned and word.text == low else None
    return None


def _group_subject(words: list[Word], v: int) -> bool:
    """True when the subject right before the speech verb ``words[v]`` (past adverbs) is
    people in general, a group nobody in it is named for ("warga bertanya", "critics
    said"): not the person the sentence or the text is about."""
    for word in reversed(words[:v]):
        if word.lower not in ADVERBS_BETWEEN:
            return word.lower in UNNAMED_GROUPS
    return False


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


class _Attribution(NamedTuple):
    """Who said a quote, by which cue, named where. (A named tuple: attribution tries many
    candidates, and a tuple is several times cheaper to make than a frozen dataclass.)"""

    speaker: str | None
    cue: Span | None
    speaker_span: Span | None


_NONE = _Attribution(None, None, None)


class _Attributor:
    """Attribution state for one document: words, quotes attributed so far (in order)."""

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
        #: The person an interview's answers are by (:meth:`_interviewee`), once looked for.
        self._answering: tuple[str | None] | None = None
        #: Person actors' genders ("m"/"f") as found so far, see :meth:`_gender`.
        self._genders: dict[str, str | None] = {}
        #: The actors by id, made when first needed (:meth:`_actor`).
        self._by_id: dict[str, Actor] = {}
        #: Person actors by the last word of their names, made when first needed
        #: (:meth:`_surnames`).
        self._by_surname: dict[str, list[str]] | None = None
        #: Person actors' genders as also their pronouns tell, see :meth:`_pronoun_gender`.
        self._pronoun_genders: dict[str, str | None] = {}
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

    # ---- entry point -------------------------------------------------------------------

    def names_something(self, start: int, end: int) -> bool:
        """True when the quoted words ``[start, end)``, at most :data:`_LONGEST_NAME`
        characters, are a name, not anyone's words: a title, nickname or term after a naming
        cue ("the novel “The Salt Road”", "so-called “golden age”"), a name in common use
        (:meth:`_in_common_use`), a scare-quoted modifier (:meth:`_modifies_noun`), or any
        short run of words
        in title case below the headline ("the ferry, “the Old Lady”,"), unless it heads a
        line or stands by a colon, as a quote in a headline-like line does ("Menteri: “Kami
        Siap”"). (Headlines are in title case, quotes in them too.)"""
        if end - start > _LONGEST_NAME:
            return False
        first = bisect.bisect_left(self.word_starts, start)
        if first and self.words[first - 1].lower in NAMING_CUES:
            return True
        if (
            first > 1
            and (self.words[first - 2].lower, self.words[first - 1].lower) in NAMING_PHRASES
        ):
            return True
        if end - start <= _LONGEST_TERM_CHARS and (
            self._in_common_use(start, end, first) or self._modifies_noun(start, end, first)
        ):
            return True
        text = self.doc.text
        if start < self._headline_end or not _in_title_case(text[start:end]):
            return False
        opening = text[max(0, start - 4) : start].rstrip(" ")[-1:]
        closing = text[end : end + 4].lstrip(" ")[:1]
        return opening not in ("", "\n", ":") and closing != ":"

    def _in_common_use(self, start: int, end: int, first: int) -> bool:
        """True when the quote, at most :data:`_LONGEST_TERM` words, is what a group or people
        in general call something: after a calling verb with a group as its subject ("what
        they call a “farewell tour”", "regulars call it “the brick”", "warga menyebutnya
        “kedai tanpa nama”") or as the agent of a passive one ("disebut warga “klaim
        kilat”"). A person's coinage is quoted ("what he called a “bridging proposal”").
        The thing called may be a short noun phrase in lowercase ("warga menyebut alat itu
        “penjaga malam”", "regulars call the old bar “the brick”").
        ``first`` is the index of the quote's first word."""
        k = first - 1
        while k >= 0 and first - k <= _CALLED_OBJECT_WORDS and self._may_be_called(self.words[k]):
            k -= 1
        if k < 1:
            return False
        if self.words[k].lower in NAMING_GROUPS:  # "disebut warga “…”"
            called = self.words[k - 1].lower in CALLING_VERBS
        elif self.words[k].lower in CALLING_VERBS:
            called = any(w.lower in NAMING_GROUPS for w in self.words[max(0, k - 3) : k])
        else:
            return False
        return called and len(self.doc.text[start:end].split()) <= _LONGEST_TERM

    @staticmethod
    def _may_be_called(word: Word) -> bool:
        """True for a word of what a calling verb names before the quote: a word in
        lowercase (a name's capitals would make it someone's term) that is neither the
        calling verb nor the group calling."""
        lower = word.lower
        return lower in CALLED_OBJECTS or (
            word.text == lower
            and lower.isalpha()
            and lower not in CALLING_VERBS
            and lower not in NAMING_GROUPS
        )

    def _modifies_noun(self, start: int, end: int, first: int) -> bool:
        """True for a scare quote: a few lowercase words in quotes between a determiner (or a
        possessive) and the rest of a noun phrase or clause ("the “famous” meatloaf",
        "Novelist's “quiet” book"). Nobody is quoted; the writer keeps a word at arm's
        length."""
        before = self.words[first - 1] if first else None
        if before is None or (
            before.lower not in SCARE_DETERMINERS and not self._possessive(before)
        ):
            return False
        body = self.doc.text[start:end].strip(QUOTE_MARKS + " ")
        if not body[:1].islower() or len(body.split()) > _LONGEST_MODIFIER:
            return False
        if not all(ch.isalpha() or ch in " -" for ch in body):
            return False
        after = bisect.bisect_left(self.word_starts, end)
        return after < len(self.words) and self.words[after].text[:1].islower()

    def attribute(self, start: int, end: int) -> None:
        """Attribute the quote ``[start, end)`` and append it to :attr:`quotes`."""
        found = _NONE
        if self.doc.has_parse:
            found = self._by_parse(start, end)
        if found.speaker is None:
            right, new_sentence = self._right_words(end)
            trailing = self._trailing_cue(right)
            close = trailing.speaker and (self._adjacent(right, trailing) or _points_back(right))
            # a quote its sentence introduces ("I told the board, “….” Nobody argued") is
            # that frame's before a short sentence after it
            framed_first = close and new_sentence and self._introduced(start)
            found = trailing if close and not framed_first else _NONE
            if found.speaker is None:
                found = self._framing_cue(start)
            if found.speaker is None and framed_first:
                found = trailing
            far_cue = trailing.speaker and not new_sentence
            if found.speaker is None and far_cue and not self._frames_directly(start, found.cue):
                found = _NONE if self._other_clause(right, trailing) else trailing
            if found.speaker is None:
                if self._unnamed(right, trailing):
                    found = trailing  # a cue of its own that names nobody known
                elif found.cue is None:
                    found = self._without_cue(start, end)
        quote = Quote(
            start, end, self.doc.text[start:end], found.speaker, found.cue, found.speaker_span
        )
        said_by = found.speaker_span.text.lower() if found.speaker_span else ""
        gender = _GENDERS.get(said_by) or (said_by and pronoun_gender(said_by, self.lang))
        if gender and found.speaker is not None:  # "she said", "sagte er", "a-t-il dit"
            self._learn_gender(found.speaker, gender)
        if quote.cue is not None:
            self._fill_earlier_parts(quote)
            if quote.speaker is None and not self._interviewing:
                self._interviewing = self._asked_by_writer(quote)
        self.quotes.append(quote)

    def attribute_headline(self) -> None:
        """Give the quotes of a headline that no cue attributed the speaker the story gives
        them. A quote standing on its own, by a colon or at an end of the headline ("'We
        cannot wait for London': …"), is the headline's person's, else that of the body's
        quote repeating its words; unrepeated it is a slogan ("'Enough is enough': nurses
        walk out"). A fragment inside the headline's clause ("Jury hears of 'chaotic'
        night") is the headline's person's, else the story's main voice: the speaker of the
        body's first attributed quote."""
        text = self.doc.text
        headline = text[: self._headline_end]
        if self._headline_end == len(text) or not _is_headline(headline):
            return
        for i, quote in enumerate(self.quotes):
            if quote.start >= len(headline):
                break
            if quote.speaker is None:
                voice = self._headline_voice(headline, quote)
                speaker, span = voice.speaker, voice.speaker_span
                self.quotes[i] = replace(quote, speaker=speaker, speaker_span=span)

    def _headline_voice(self, headline: str, quote: Quote) -> _Attribution:
        """Who said the headline ``quote``, see :meth:`attribute_headline`."""
        person = self._headline_person()
        if person is not None:
            return person
        alone = _stands_alone(headline, quote) and not self._titled_colon(quote.start)
        words = _plain_words(quote.text)
        said = next(
            (
                q
                for q in self.quotes
                if q.start >= len(headline)
                and q.speaker
                and (not alone or words in _plain_words(q.text))
            ),
            None,
        )
        return _Attribution(said.speaker, None, said.speaker_span) if said else _NONE

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

    # ---- windows -----------------------------------------------------------------------

    def _in_quote(self, word: Word) -> bool:
        return self.persons.in_quote(word.start, word.end)

    def _right_words(self, end: int) -> tuple[list[Word], bool]:
        """Words after a quote up to the end of its sentence, the paragraph, or the next quote.

        A quote that ends its own sentence ("…kami.” Lalu …") is followed by a new sentence;
        only a short tail like "“…?” Trump asked." is then taken as its cue sentence, and the
        second value is True: a cue there must follow the quote directly.
        """
        text = self.doc.text
        # Only words from the next quote on can lie inside a quote: the others follow this one.
        following = bisect.bisect_left(self.spans, (end,))
        next_quote = self.spans[following][0] if following < len(self.spans) else len(text)
        first = bisect.bisect_left(self.word_starts, end)
        # (one word more than the window, to tell a full window from a closed one)
        window = self.words[first : first + _RIGHT_WINDOW + 1]
        taken = len(window)
        closed = True  # the window ended at a sentence end, the paragraph end or the text end
        line_break = paragraph_end(text, end, self._wrapped)
        for k, word in enumerate(window):
            if line_break < word.start or word.text in _SENTENCE_ENDS:
                taken = k
                break
            if k == _RIGHT_WINDOW or (word.start >= next_quote and self._in_quote(word)):
                taken, closed = k, False
                break
            if line_break < word.end:  # (a line break inside the word: the next one counts)
                line_break = paragraph_end(text, word.end, self._wrapped)
        found = window[:taken]
        ends_sentence = _ends_sentence(text[max(0, end - 8) : end])
        if ends_sentence and found and found[0].text[:1].isupper():
            short_tail = closed and len(found) <= _SHORT_TAIL
            if _points_back(found):
                return found, True
            if not short_tail or self._according_to(found, 0):
                return [], True
            return found, True
        return found, False

    def _titled_colon(self, start: int) -> bool:
        """True when the quote at ``start`` follows a colon after a title and no name
        ("Rektor UGM: “…”", "Pelatih: “…”"): whoever holds the title speaks, not the
        organisation, and in a headline the story tells who that is (its main voice)."""
        k = bisect.bisect_left(self.word_starts, start) - 1
        if k < 1 or self.words[k].text != ":":
            return False
        before = self.words[max(0, k - _ROLE_BEFORE_COLON + 1) : k]
        return not any(self._is_person(w) for w in before) and any(
            may_start_title(w.text) for w in before
        )

    def _frames_directly(self, start: int, cue: Span | None) -> bool:
        """True when the speech verb ``cue`` stands right before the quote at ``start``, a
        comma or colon apart at most ("pelaku berteriak, “Jangan mendekat!” sebelum kabur,
        kata Kapolsek X"): the quote is its unnamed subject's, not the reporter's further on."""
        if cue is None or cue.end > start:
            return False
        between = self.doc.text[cue.end : start].strip()
        return between in ("", ",", ":")

    def _introduced(self, start: int) -> bool:
        """True when the quote at ``start`` follows a comma or colon in its sentence."""
        left = self._left_words(start)
        return bool(left) and left[-1].text in (",", ":")

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

    # ---- cues --------------------------------------------------------------------------

    def _trailing_cue(self, right: list[Word]) -> _Attribution:
        """A speech cue after the quote: "…,” katanya / kata X / X said / menurut X"."""
        for v, word in enumerate(right):
            low = word.lower
            if low not in self._trailing_words:
                continue
            if low in self._according and (according := self._according_to(right, v)):
                return self._according_source(right, v, according)
            if low in POSSESSIVE_SOURCES and (source := self._possessive_source(right, v)):
                return source
            if low in SOURCE_POINTERS or low in ID_PASSIVE_SPEECH_VERBS:
                pointed = self._name_after(right, v + 1, word.span())
                if pointed.speaker_span is not None:  # else "demikian katanya": go on
                    return pointed
            if low in VERDICT_NOUNS and _points_back(right):
                return self._verdict_of(right, v)
            if low not in self._speech_verbs and not (
                low in SPEECH_IDIOMS and _speech_idiom(right, v)
            ):
                continue
            cue = word.span()
            if has_subject_clitic(word.text, self.lang):
                return self._pronoun(word, cue, word)
            return self._speaker_around(right, v, cue)
        return self._dash_byline(right)

    def _verdict_of(self, right: list[Word], v: int) -> _Attribution:
        """Whose the verdict ``right[v]`` is, in a sentence pointing back at the quote: the
        name in the possessive before it ("That was Natarajan's verdict"), else the one after
        it ("That was the verdict of Natarajan", "Itulah penilaian Faisal")."""
        cue = right[v].span()
        owner = self.mentions.at(right[v - 1].start, right[v - 1].end) if v else None
        if owner is not None and self._possessive(owner):
            return self._entity_attribution(owner, cue)
        after = v + 2 if v + 1 < len(right) and right[v + 1].lower == "of" else v + 1
        return self._name_after(right, after, cue)

    def _dash_byline(self, right: list[Word]) -> _Attribution:
        """The person named, with no speech verb, a few words after a dash right after the
        quote: the byline of a pull quote or a caption ("“…” – Kane's brother, Michael Kane,
        speaking outside the hotel", "“…” — Sri Wahyuni, warga")."""
        if not right or right[0].text not in _DASHES:
            return _NONE
        found = self._name_after(right[: _APPOSITION_WINDOW + 1], 1, right[0].span())
        span = found.speaker_span
        entity = self.mentions.at(span.start, span.end) if span else None
        if entity is None or self.mentions.label_of(entity) != "PER":
            return _NONE
        return found

    def _speaker_around(self, right: list[Word], v: int, cue: Span) -> _Attribution:
        """The speaker of the trailing cue ``right[v]``: a name or pronoun before it ("Smith
        said", "Smith, a spokesman for Acme, said"), a name after it ("said Smith"), else a
        role or a definite description ("the minister said", "kata politikus PDI-P itu"),
        which also beats an organisation that is only part of the description. A name after
        "said of"/"said about" is what was spoken of (:data:`TOPIC_PREPOSITIONS`)."""
        topic = v + 1 < len(right) and right[v + 1].lower in TOPIC_PREPOSITIONS
        # (after a subject, "asked" names whom it asked: "a reporter asked the minister, X")
        hearer = right[v].lower in TELL_VERBS or (
            right[v].lower in ASKING_VERBS and any(not w.is_punct for w in right[:v])
        )
        named = self._name_before(right, v, cue)
        if named.speaker_span is None:
            named = self._spoken_for(right, v, cue) or _NONE
        if named.speaker_span is None:
            named = self._name_after(right[:v], 0, cue)
        # (a description before the verb says it: "the society said in a statement signed
        # by its president, X" is no "said X")
        opening = next((w.lower for w in right[:v] if not w.is_punct), None)
        by_description = opening == "the"
        if named.speaker_span is None and not hearer and not topic and not by_description:
            named = self._name_after(right, v + 1, cue)
            if _named_in_description(right[v + 1 :], named, self.lang):
                named = _Attribution(None, cue, None)
        if named.speaker_span is not None and not self._names_organisation(named):
            return named
        if v and right[0].lower in INDEFINITES:  # "a spokesperson for the mayor said"
            return named if named.speaker_span else _Attribution(None, cue, None)
        if named.speaker_span is None and (relative := self._relative(right, v, cue)):
            return relative  # "“…,” his son said"
        described = self._role(right[:v] + right[v + 1 : v + 4], cue)
        if described.speaker is None:
            after = right[v + 1 : v + 1 + _DESCRIPTION_WINDOW]
            described = self._description(right[:v], cue) or self._description(after, cue) or _NONE
        if described.speaker:
            return described
        if named.speaker_span is None and self.lang in EUROPEAN_SUBJECT_ARTICLES:
            named = self._implied_speaker(right, v, cue) or named
        if named.speaker_span is None and named.speaker is None:
            named = self._surname_beside(right, v, cue) or _Attribution(None, cue, None)
        return named  # (perhaps a cue with no name)

    def _implied_speaker(self, right: list[Word], v: int, cue: Span) -> _Attribution | None:
        """The speaker of the trailing cue ``right[v]`` in the other languages when no name
        is next to it: a definite description after it is resolved as a pronoun ("„…“,
        erklärte der CDU-Politiker"), a spokesperson only to one introduced so ("dijo el
        portavoz"), an indefinite names nobody ("sagte ein Sprecher"); in a language that
        leaves its pronouns out, a verb with no subject after it ("«…», ha dichiarato",
        "“…”, dijo en rueda de prensa") has the person the text was about. Else None."""
        definite, indefinite = EUROPEAN_SUBJECT_ARTICLES[self.lang]
        after = right[v + 1 : v + 1 + _DESCRIPTION_WINDOW]
        first = after[0].lower if after else ""
        if first in indefinite:
            return _Attribution(None, cue, None)
        if first in definite:
            head = next((w for w in after[1:3] if w.lower in EUROPEAN_SPOKESPEOPLE), None)
            if head is not None:
                return self._introduced_as(head, cue) or _Attribution(None, cue, None)
            return self._pronoun(after[0], cue, after[0])
        if self.lang in PRO_DROP_LANGUAGES and not (after and after[0].text[:1].isupper()):
            return self._pronoun(right[v], cue, None, person=True)
        return None

    def _surname_beside(self, right: list[Word], v: int, cue: Span) -> _Attribution | None:
        """The person whose full name ends in the capitalised word right before or after the
        cue ``right[v]`` when no entity was found there ("Imran Sheikh … “…,” Sheikh said":
        a bare surname that is also a title or a common word may go untagged); of several
        such people, the one mentioned last before the cue; else None."""
        beside = right[v - 1 : v] + right[v + 1 : v + 2]
        for word in beside:
            if not word.text[:1].isupper() or self.mentions.at(word.start, word.end):
                continue
            named = self._surnames().get(word.text)
            if named:
                before = [(self._last_mention_before(a, cue.start), a) for a in named]
                last, actor = max(before)
                if last >= 0:
                    return _Attribution(actor, cue, word.span())
        return None

    def _last_mention_before(self, actor: str, pos: int) -> int:
        """Where ``actor`` was last mentioned before ``pos``, or -1."""
        found = self._actor(actor)
        return max((m.start for m in found.mentions if m.start < pos), default=-1) if found else -1

    def _surnames(self) -> dict[str, list[str]]:
        """The person actors by the last word of their names of two words or more, not
        counting a generation ("Martin Luther King III" is a King)."""
        if self._by_surname is None:
            self._by_surname = {}
            for actor in self.actors:
                parts = actor.name.split() if actor.label == "PER" and actor.name else []
                if parts and parts[-1].rstrip(".").lower() in GENERATIONS:
                    parts.pop()
                if len(parts) > 1:
                    self._by_surname.setdefault(parts[-1], []).append(actor.id)
        return self._by_surname

    def _names_organisation(self, found: _Attribution) -> bool:
        """True when the speaker found is an organisation (perhaps only part of a title)."""
        return self._named_label(found) == "ORG"

    def _named_label(self, found: _Attribution) -> str | None:
        """The label (PER, ORG, LOC …) of the name the speaker was found by, or None."""
        span = found.speaker_span
        entity = self.mentions.at(span.start, span.end) if span else None
        return self.mentions.label_of(entity) if entity is not None else None

    @staticmethod
    def _unnamed(right: list[Word], trailing: _Attribution) -> bool:
        """True when the quote has a cue of its own a few words after it, but no speaker it
        names ("“…,” Baker's lawyer said", "“…,” the statement said"): its speaker is not
        the previous quote's or the person just mentioned."""
        cue = trailing.cue
        if cue is None or trailing.speaker is not None:
            return False
        return any(word.start == cue.start for word in right[:_UNNAMED_REACH])

    def _adjacent(self, right: list[Word], found: _Attribution) -> bool:
        """True when only punctuation, names, pronouns, titles and adverbs separate the quote
        from its trailing cue (so the cue is about this quote, not the whole sentence)."""
        if found.cue is None:
            return False
        for word in right:
            if word.start >= found.cue.start:
                return True
            low = word.lower
            if not (
                word.is_punct
                or self.mentions.at(word.start, word.end)
                or low in self._person_pronouns
                or low in BODY_PRONOUNS
                or low in ROLE_WORDS
                or low in ADVERBS_BETWEEN
                or word.text[:1].isupper()
            ):
                return False
        return True

    @staticmethod
    def _other_clause(right: list[Word], found: _Attribution) -> bool:
        """True when a contrasting clause opens between the quote and its trailing cue ("…
        “playing politics”, while Niello has said …"): the cue belongs to that clause."""
        cue = found.cue
        return cue is not None and any(
            w.lower in CLAUSE_OPENERS for w in right if w.start < cue.start
        )

    def _framing_cue(self, start: int) -> _Attribution:
        """A cue before the quote in its sentence: colon, speech verb, or "menurut X"."""
        left = self._left_words(start)
        if left and left[-1].text == ":" and len(left) >= 2:
            named = self._name_before(left, len(left) - 1, left[-1].span())
            told = self._object_named(left, named)
            if told:  # "Lopez told Baker: “…”", "bertanya kepada Menteri X:": not X or X's role
                named = _NONE
            if named.speaker_span is None:
                named = self._clause_subject(left, left[-1].span())
            if not told and (
                named.speaker_span is None or self._named_label(named) in ("ORG", "LOC")
            ):
                # "Pelatih: “…”", headlines mostly; a role beats the organisation or place it
                # heads ("Kepala Badan Pangan: “…”" is the agency's head speaking)
                role = self._role(left[-_ROLE_BEFORE_COLON:-1], left[-1].span())
                named = role if role.speaker_span else named
            if self._named_label(named) in ("ORG", "LOC") and self._titled_colon(start):
                named = _NONE  # "Rektor UGM: “…”", "Gubernur Jateng: “…”": the role holder
            if named.speaker_span:
                return named
        for v in range(len(left) - 1, -1, -1):
            word = left[v]
            low = word.lower
            if low not in self._framing_words:
                continue
            if low in self._according and (according := self._according_to(left, v)):
                return self._according_source(left, v, according)
            if low in POSSESSIVE_SOURCES and (source := self._possessive_source(left, v)):
                return source
            if low not in self._framing_verbs and not (
                low in SPEECH_IDIOMS and _speech_idiom(left, v)
            ):
                continue
            cue = word.span()
            if has_subject_clitic(word.text, self.lang):
                return self._pronoun(word, cue, word)
            named = self._name_before(left, v, cue)
            if low not in self._speech_verbs and low not in SPEECH_IDIOMS:
                if named.speaker_span:  # a belief verb frames only with its subject named
                    return named
                continue  # (not "Residents fear the river will “swallow the village”")
            if named.speaker_span is None:
                named = self._spoken_for(left, v, cue) or _NONE
            if named.speaker_span is None:  # "Menteri itu mengatakan …"
                named = self._role(left[max(0, v - 3) : v], cue)
            if named.speaker_span:
                return named
            described = self._described_subject(left, v, cue)
            if described is not None:
                return described
            if _group_subject(left, v):  # "penggemar sempat bertanya, “…”": no one named
                return _Attribution(None, cue, None)
            shared = self._shared_cue(word)
            if shared is not None:
                return shared
            issued = self._document_subject(left, v, cue)
            if issued is not None:
                return issued
            subject = self.persons.subject(word.sent, word.start) or self._opening_body(left)
            if subject is not None:
                return self._entity_attribution(subject, cue)
            return self._pronoun(word, cue, None)
        return _NONE

    def _document_subject(self, words: list[Word], v: int, cue: Span) -> _Attribution | None:
        """The issuer of a document opening the sentence as the subject of the speech verb
        ``words[v]``: named in the possessive before it ("The WHO's annual report, released
        on Tuesday, warned …") or right after it in Indonesian ("Laporan Bank Dunia yang
        dirilis Selasa memperingatkan …"); else None."""
        opening = takewhile(lambda w: not w.is_punct, words[: min(v, _APPOSITION_WINDOW)])
        d = next((k for k, w in enumerate(opening) if w.lower in DOCUMENT_HEADS), None)
        if d is None:
            return None
        if self.lang == "id":
            owners = words[d + 1 : d + 2]
        else:
            owners = [w for w in words[max(0, d - _LONGEST_MODIFIER) : d] if self._possessive(w)]
        entity = self._speaking_entity(owners[-1]) if owners else None
        return self._entity_attribution(entity, cue) if entity else None

    def _shared_cue(self, verb: Word) -> _Attribution | None:
        """The speaker of the quote before in the same sentence, when its cue is the speech
        ``verb`` with no subject of its own before this quote or comes before it ("“…,” said
        Tom Brown, “…”"; "“…,” a spokesperson said, adding that more funds were “under
        discussion”"): one speaker goes on, named or not. None when no such quote is."""
        prev = self.quotes[-1] if self.quotes else None
        if prev is None or prev.cue is None or prev.cue.start > verb.start:
            return None
        if self.persons.sentence_of(prev.start) != verb.sent:
            return None
        return _Attribution(prev.speaker, verb.span(), prev.speaker_span)

    def _opening_body(self, words: list[Word]) -> Entity | None:
        """The organisation the sentence ``words`` opens with (perhaps after "the"), the
        subject of a speech verb right after it or after an adverbial ("Kementerian Keuangan
        dalam keterangan tertulisnya menyebutkan, “…”"; "The Local Government Association
        said it welcomed the debate but warned of “…”"), or None; not one that only
        modifies a noun after it ("Council leader vows …")."""
        first = 1 if words and words[0].lower == "the" else 0
        entity = self.mentions.at(words[first].start, words[first].end) if words[first:] else None
        if entity is None or self.mentions.label_of(entity) != "ORG":
            return None
        after = bisect.bisect_left(self.word_starts, entity.end)
        while after < len(self.words) and self.words[after].lower in ADVERBS_BETWEEN:
            after += 1
        next_word = self.words[after].lower if after < len(self.words) else ""
        opens = next_word in ADVERBIAL_OPENERS or next_word in self._speech_verbs
        return entity if opens else None

    def _described_subject(self, words: list[Word], v: int, cue: Span) -> _Attribution | None:
        """The speaker of the speech verb ``words[v]`` when its subject, right before it, is a
        description rather than a name: an indefinite one names nobody ("a colleague told her,
        “…”"), a definite one is resolved as in :meth:`_description` ("the union wrote: “…”",
        "juru bicara itu menegaskan"), keeping the cue even when it names nobody known. None
        when no description stands right before the verb (then the sentence's subject or a
        pronoun decides)."""
        if self.lang == "id":
            owned = _owned_subject(words, v)
            if owned is not None:  # "kliennya pernah berkata": not the one whose client
                return self._named_in_apposition(owned, cue) or _Attribution(None, cue, None)
            if v < 2 or words[v - 1].lower not in ID_DEMONSTRATIVES:
                return None
            k = v - 2  # the description runs back from "itu" to a punctuation mark
            while k > 0 and v - k < _DESCRIPTION_WINDOW and not words[k - 1].is_punct:
                k -= 1
            if words[k].lower in INDEFINITES:
                return _Attribution(None, cue, None)
            return self._description(words[k:v], cue) or _Attribution(None, cue, None)
        aside = self._relative_aside(words, v)
        if aside is not None:  # "An official, who asked not to be named, said": skip it
            words, v = words[:aside] + words[v:], aside
        if self._indefinite_subject(words, v):
            return _Attribution(None, cue, None)
        for k in range(v - 1, max(-1, v - 1 - _DESCRIPTION_WINDOW), -1):
            low = words[k].lower
            if words[k].is_punct or low in NP_BREAKS or low in self._speech_verbs:
                return None
            if k == v - 1:  # (a determiner right here makes the verb a noun: "in a reply")
                if low in SHARED_SUBJECT_JOINERS:
                    return None  # "… but warned that": the subject of the clause before
                continue
            if _opens_adverbial(words, k):
                return None  # "Acme in a statement on Monday said": Acme is the subject
            if low in INDEFINITES or low in POSSESSIVE_PRONOUNS or self._possessive(words[k]):
                # "a colleague", "Baker's/his lawyer"; but "his son" may be introduced
                return self._relative(words, v, cue) or _Attribution(None, cue, None)
            if low == "the":
                return self._description(words[k:v], cue) or _Attribution(None, cue, None)
        return None

    @staticmethod
    def _relative_aside(words: list[Word], v: int) -> int | None:
        """Where a relative aside between commas right before the verb ``words[v]`` opens
        (the comma before "who"/"which" in "An official, who asked not to be named, said"),
        or None."""
        if v < 2 or words[v - 1].text != ",":
            return None
        for k in range(v - 2, max(0, v - 1 - _ASIDE_WINDOW), -1):
            if words[k].text == ",":
                return k if words[k + 1].lower in RELATIVE_OPENERS else None
        return None

    def _indefinite_subject(self, words: list[Word], v: int) -> bool:
        """True when the subject of the speech verb ``words[v]`` is an indefinite with a
        complement and names no person ("A Department for Environment spokesperson for the
        region said", "one of the organisers said"): someone unnamed. (Without a complement
        the description is read word by word, see :meth:`_described_subject`.)"""
        complement = False
        for k in range(v - 1, max(-1, v - 1 - _APPOSITION_WINDOW), -1):
            word = words[k]
            if word.is_punct or word.lower in self._speech_verbs or self._is_person(word):
                return False
            if word.lower in INDEFINITES:
                return complement and not _opens_adverbial(words, k)
            complement = complement or word.lower in NP_PREPOSITIONS
        return False

    def _is_person(self, word: Word) -> bool:
        """True when ``word`` is (part of) a person's name."""
        return self._person_entity(word) is not None

    def _person_entity(self, word: Word) -> Entity | None:
        """The mention of a person ``word`` is (part of), or None."""
        entity = self.mentions.at(word.start, word.end)
        return entity if entity is not None and self.mentions.label_of(entity) == "PER" else None

    def _spoken_for(self, words: list[Word], v: int, cue: Span) -> _Attribution | None:
        """The owner of the subject right before the speech verb ``words[v]`` when that
        subject speaks for its owner ("Netanyahu's office said", "his campaign said",
        "China's foreign ministry said", see :data:`SPOKEN_FOR`): the person, organisation
        or country named in the possessive, or the person "his"/"her" refers to. None when
        the subject is no such phrase."""
        k = v - 1
        while k > 0 and words[k].lower in ADVERBS_BETWEEN:
            k -= 1
        if k < 1 or words[k].lower not in SPOKEN_FOR:
            return None
        if k > 1 and words[k - 1].text.islower() and words[k - 1].lower not in POSSESSIVE_PRONOUNS:
            k -= 1  # a modifier: "foreign ministry", "press office"
        owner = words[k - 1]
        if owner.lower in POSSESSIVE_PRONOUNS:  # "his office" (not "its"): a person's
            return self._pronoun(owner, cue, owner) if owner.lower in _GENDERS else None
        if owner.text in ("'", "’") and k > 1:  # "Williams' office"
            owner = words[k - 2]
        elif not self._possessive(owner):
            return None
        entity = self.mentions.at(owner.start, owner.end)
        if entity is None or self.mentions.label_of(entity) not in ("PER", "ORG", "LOC"):
            return None
        return self._entity_attribution(entity, cue)

    def _continuation(self, start: int) -> _Attribution:
        """The previous quote's speaker, when this quote follows it closely in a paragraph;
        an unnamed one goes on unnamed ("“…,” she said. “…”" after "Baker's lawyer said
        …"): the cue is kept, no speaker is given. The writer's question is no one's."""
        if not self.quotes:
            return _NONE
        prev = self.quotes[-1]
        text = self.doc.text
        gap = text[prev.end : start]
        if prev.speaker is None and (prev.cue is None or self._asked_by_writer(prev)):
            return _NONE
        if paragraph_end(text, prev.end, self._wrapped) < start:
            # across paragraphs only the next part of a long quote carries on
            linked = continues(text, (prev.start, prev.end), (start, start + 1))
        else:
            gap_words = [w for w in gap.split() if any(ch.isalnum() for ch in w)]
            linked = len(gap_words) <= _CONTINUATION_GAP and not self._other_subject_between(
                prev, start
            )
        if not linked:
            return _NONE
        if prev.speaker is not None and _is_question(prev.text):
            hearer = self._hearer(prev, prev.speaker)  # "X asked Y: “…?” “…”": Y answers
            if hearer is not None:
                return _Attribution(hearer, None, None)
        return _Attribution(prev.speaker, prev.cue, prev.speaker_span)

    def _other_subject_between(self, prev: Quote, start: int) -> bool:
        """Whether a sentence between the quote ``prev`` and a quote at ``start`` opens with
        another person than its speaker ("“She rewrote it,” Delaney recalled. Kobayashi
        laughed. “Five, actually.”"): the quote after is that person's turn, no continuation."""
        k = bisect.bisect_left(self.word_starts, prev.end)
        words = self.words
        while k < len(words) and words[k].start < start:
            word = words[k]
            if k and word.sent != words[k - 1].sent:
                entity = self._person_entity(word)
                if entity is not None and entity.start == word.start:
                    return self.mentions.actor_of(entity) != prev.speaker
            k += 1
        return False

    def _without_cue(self, start: int, end: int) -> _Attribution:
        """The speaker of a quote with no cue of its own (steps 5 to 7 above), or the turn it
        takes in an interview (:meth:`_interview_turn`)."""
        if self._interviewing:
            turn = self._interview_turn(start, end)
            if turn is not None:
                return turn
        found = self._continuation(start)
        if found != _NONE:  # the previous quote's speaker goes on, named or not
            return found
        found = self._introduced_before(start)
        if found.speaker is None:
            found = self._sentence_of_its_own(start, end)
        return found

    def _interview_turn(self, start: int, end: int) -> _Attribution | None:
        """The turn a quote without a cue takes once the writer has asked a question in quotes
        ("“What did you find?” I asked. “A safe,” Ashworth said.\n\n“And the most
        common?”\n\n“Wet wipes.”"): a question standing alone in its paragraph is the
        writer's too (no speaker), and a quote right after such a question is the answer of
        the last person quoted. None for other quotes."""
        text = self.doc.text
        prev = self.quotes[-1] if self.quotes else None
        if prev is not None and continues(text, (prev.start, prev.end), (start, end)):
            return None  # the next part of a quote running over paragraphs
        if _fills_paragraph(text, start, end) and _is_question(text[start:end]):
            return _NONE
        if prev is None or prev.speaker is not None or prev.cue is not None:
            return None
        if not (_fills_paragraph(text, prev.start, prev.end) and _is_question(prev.text)):
            return None
        answered = next((q for q in reversed(self.quotes) if q.speaker is not None), None)
        if answered is None:
            return None
        return _Attribution(answered.speaker, answered.cue, answered.speaker_span)

    def _asked_by_writer(self, quote: Quote) -> bool:
        """True when the writer asked ``quote``: its cue follows a first-person pronoun ("“Why
        now?” I asked")."""
        if quote.cue is None:
            return False
        cue = bisect.bisect_left(self.word_starts, quote.cue.start)
        return cue > 0 and self.words[cue - 1].lower in WRITER_PRONOUNS

    def _introduced_before(self, start: int) -> _Attribution:
        """The framing cue of the sentence before, when that sentence ends in a colon just
        before the quote ("In a statement, the union said:\n\n“…”")."""
        text = self.doc.text
        colon = start - 1
        while colon >= 0 and text[colon].isspace():
            colon -= 1
        if colon < 0 or text[colon] != ":" or self._left_words(start):
            return _NONE
        return self._framing_cue(colon + 1)

    def _sentence_of_its_own(self, start: int, end: int) -> _Attribution:
        """A whole-sentence quote opening its sentence, with no cue anywhere near: the person the
        text was just about, as for a pronoun. News often names the speaker in the sentence or
        paragraph before ("She still remembers that morning.\n\n“He pointed at …”"). A quoted
        fragment ("“dilarang masuk”", a title) never ends in a full stop, so it stays unowned.
        A person opening the next sentence of the paragraph, by name or role, comes first
        when that sentence has them speak ("“Nobody wins from a strike.” The health secretary
        repeated that line twice", "“…” Budi menambahkan, …"): the quote leads into their
        words. A person who only acts there ("“It punishes the poor.” Osei left the chamber")
        says nothing of who spoke."""
        if self._left_words(start) or not _ends_sentence(self.doc.text[start:end]):
            return _NONE
        actor = self._opening_next(end) or self.persons.resolve(
            self.persons.sentence_of(start), start
        )
        return _Attribution(actor, None, None)

    def _opening_next(self, end: int) -> str | None:
        """The person the sentence right after a quote ending at ``end`` opens with, named
        ("Wiersma …") or by role ("The minister …", see :meth:`Persons.role_at`), when it
        is in the quote's paragraph and goes on to speak (:meth:`_speaks_soon`); else None."""
        k = bisect.bisect_left(self.word_starts, end)
        if (
            k >= len(self.words)
            or paragraph_end(self.doc.text, end, self._wrapped) < self.words[k].start
        ):
            return None
        word = self.words[k]
        if not self._speaks_soon(k):
            return None
        entity = self._person_entity(word)
        if entity is not None and entity.start == word.start:
            return self.mentions.actor_of(entity)
        sentence_end = bisect.bisect_left(self.word_starts, self.doc.sentences[word.sent].end)
        found = self.persons.role_at(self.words, k, sentence_end)
        return found if found is not None and self._label(found) == "PER" else None

    def _speaks_soon(self, k: int) -> bool:
        """Whether the sentence opening at word ``k`` has a speech verb (or "repeated") within
        its first :data:`_SUBJECT_REACH` words, right after the subject it opens with: "Budi
        menambahkan, …", "The health secretary repeated that line", not "Osei left …"."""
        words, sent = self.words, self.words[k].sent
        for word in words[k + 1 : k + 1 + _SUBJECT_REACH]:
            if word.sent != sent:
                return False
            if word.lower in self._speech_verbs or word.lower in REPEAT_VERBS:
                return True
        return False

    def _fill_earlier_parts(self, quote: Quote) -> None:
        """Give the earlier parts of a quote running over paragraphs the speaker its last part
        names ("“… lambat.\n\n“Mereka mendengarkan …,” kata pelatih itu."), unless they were
        attributed by a cue of their own."""
        later = quote
        for i in range(len(self.quotes) - 1, -1, -1):
            part = self.quotes[i]
            if part.cue is not None:
                break
            if not continues(self.doc.text, (part.start, part.end), (later.start, later.end)):
                break
            self.quotes[i] = replace(
                part, speaker=quote.speaker, cue=quote.cue, speaker_span=quote.speaker_span
            )
            later = part

    def _according_source(self, words: list[Word], v: int, according: int) -> _Attribution:
        """The source a "menurut"/"according to" cue of ``according`` words at ``words[v]``
        names: the person its "-nya" stands for ("menurutnya"), else the name after it."""
        if words[v].lower in ACCORDING_CLITICS:
            return self._pronoun(words[v], words[v].span(), words[v])
        named = self._name_after(words, v + according, words[v].span())
        if named.speaker_span is None:
            return self._described_source(words[v + according :], words[v].span()) or named
        return named

    def _described_source(self, words: list[Word], cue: Span) -> _Attribution | None:
        """The source a description names after "according to"/"menurut": an organisation
        named before ("according to the ministry", see :meth:`Mentions.body_before`) or a
        document's issuer, named after "from"/"by" ("according to a statement from the
        company") or before it (:meth:`_issuer`: "menurut laporan itu"); else None."""
        k = 1 if words and (words[0].lower == "the" or words[0].lower in INDEFINITES) else 0
        if k >= len(words):
            return None
        head = words[k]
        if head.lower in BODY_HEADS:
            body = self.mentions.body_before(self.doc.text, head.start, head.lower)
            return self._entity_attribution(body, cue) if body else None
        if head.lower not in DOCUMENT_HEADS:
            return None
        if k + 2 < len(words) and words[k + 1].lower in ISSUED_BY:
            return self._described_source(words[k + 2 :], cue)
        return self._issuer(head, cue)

    def _possessive_source(self, words: list[Word], v: int) -> _Attribution | None:
        """The person the possessive before the noun ``words[v]`` stands for in "by her
        count", "in his words" (see :data:`POSSESSIVE_SOURCES`), or None when the noun is
        in no such phrase."""
        if v < 2 or words[v - 2].lower != POSSESSIVE_SOURCES[words[v].lower]:
            return None
        pronoun = words[v - 1]
        if pronoun.lower not in POSSESSIVE_PRONOUNS:
            return None
        return self._pronoun(pronoun, words[v - 2].span(), pronoun)

    def _according_to(self, words: list[Word], v: int) -> int:
        """Length in words of a "menurut"/"according to" cue starting at ``v``, else 0."""
        for parts in self._according.get(words[v].lower, ()):
            if [w.lower for w in words[v : v + len(parts)]] == parts:
                return len(parts)
        return 0

    # ---- speakers ----------------------------------------------------------------------

    def _name_before(self, words: list[Word], v: int, cue: Span) -> _Attribution:
        """The subject right before ``words[v]``, skipping adverbs ("Trump juga mengatakan"),
        or a person in apposition between commas ("Acme's chief, Jo Smith, said"); in "X
        quoted him as saying" the one quoted (:meth:`_quoted_as`)."""
        if v > 2 and words[v - 1].lower == "as":
            return self._quoted_as(words, v, cue)
        if v > 1 and words[v - 1].text == ",":
            named = self._appositive(words, v - 1, cue)
            return named if named.speaker_span else self._before_aside(words, v - 1, cue)
        for word in reversed(words[:v]):
            low = word.lower
            if low in ADVERBS_BETWEEN:
                continue
            if low in self._person_pronouns:
                return self._pronoun(word, cue, word)
            if low in BODY_PRONOUNS:
                return self._body_pronoun(word, cue)
            if low in FIRST_PERSON_SINGULAR:
                return self._first_person(word, cue)
            entity = self.mentions.at(word.start, word.end)
            if entity is not None and self.mentions.label_of(entity) != "MISC":
                return self._entity_attribution(self._member(words, entity) or entity, cue)
            return _NONE  # nor "the Russian said": a nationality describes, see _description
        return _NONE

    def _quoted_as(self, words: list[Word], v: int, cue: Span) -> _Attribution:
        """The object of a quoting verb before "as ``words[v]``" ("Reuters quoted him as
        saying", "state media cited Putin as saying"): the person named or the pronoun's
        person, else nobody named ("quoted an official as saying"); no speaker when no
        quoting verb is there (" … as said")."""
        k = next(
            (
                k
                for k in range(v - 2, max(-1, v - 2 - _DESCRIPTION_WINDOW), -1)
                if words[k].lower in QUOTING_VERBS
            ),
            None,
        )
        if k is None:
            return _NONE
        quoted = words[k + 1 : v - 1]
        if quoted and quoted[0].lower in _SOURCE_PRONOUNS:
            return self._pronoun(quoted[0], cue, quoted[0])
        named = self._name_after(quoted, 0, cue)
        unnamed = _Attribution(None, cue, quoted[0].span() if quoted else None)
        return named if named.speaker_span else unnamed

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

    def _object_named(self, words: list[Word], named: _Attribution) -> bool:
        """True when the name found in ``words`` follows a preposition or a verb of telling,
        so it is an object or a place ("ditemui di Bandung", "bertanya kepada Budi", "told
        Baker"), not the subject who speaks; also with the name's title between ("bertanya
        kepada Menteri Agus Salim", "told the Governor") and after a verb of asking with a
        subject before it ("Jane Moss asked Governor Paul Reed:")."""
        span = named.speaker_span
        if span is None:
            return False
        k = bisect.bisect_left(self.word_starts, span.start) - 1
        while k > 0 and self.words[k].start >= words[0].start and self._titles_name(k):
            k -= 1
        if k < 0 or self.words[k].start < words[0].start:
            return False
        before = self.words[k].lower
        if before in ASKING_VERBS:
            return self.words[k].start > words[0].start
        return before in OBJECT_PREPOSITIONS or before in TELL_VERBS

    def _titles_name(self, k: int) -> bool:
        """True when word ``k`` may be part of the title before a name ("Menteri", "the")."""
        word = self.words[k]
        return word.lower == "the" or is_title_word(word.text)

    def _member(self, words: list[Word], organisation: Entity) -> Entity | None:
        """The person an organisation is attached to by a preposition right before it
        ("Andrew Chen of the University of Washington", "Budi dari LIPI"), or None."""
        if self.mentions.label_of(organisation) != "ORG":
            return None
        k = bisect.bisect_left(self.word_starts, organisation.start) - 1
        if k >= 0 and self.words[k].lower == "the":
            k -= 1
        if k < 1 or self.words[k].lower not in MEMBER_OF:
            return None
        return self._person_entity(self.words[k - 1])

    def _clause_subject(self, words: list[Word], cue: Span) -> _Attribution:
        """The subject of a clause without a speech verb before a colon that introduces a
        quote ("Asked about the loss, Cox was blunt: …"): its first person, else its first
        organisation. The clause starts after the last comma; a clause with a speech verb is
        left to that verb ("Blackburn manager Ray Harford said: …"). A name in the possessive
        only describes the subject ("Baker's lawyer was blunt:"). A clause naming nobody may
        open with its speaker's pronoun (:meth:`_pronoun_subject`)."""
        first = next((k + 1 for k in range(len(words) - 1, -1, -1) if words[k].text == ","), 0)
        clause = words[first:-1]
        if any(word.lower in self._speech_verbs for word in clause):
            return _NONE
        pronoun = self._pronoun_subject(clause) or self._inverted_pronoun(clause)
        if pronoun is not None and not any(self.mentions.at(w.start, w.end) for w in clause):
            return self._pronoun(pronoun, cue, pronoun)
        found: dict[str, Entity] = {}
        for word in clause:
            entity = self.mentions.at(word.start, word.end)
            if entity is not None and not self._possessive(entity):
                found.setdefault(self.mentions.label_of(entity), entity)
        subject = found.get("PER") or found.get("ORG")
        return self._entity_attribution(subject, cue) if subject else _NONE

    @staticmethod
    def _pronoun_subject(clause: list[Word]) -> Word | None:
        """The pronoun standing for the speaker at the opening of ``clause`` before a colon:
        a subject ("She was blunt:") or the owner of what is said ("Her answer was short:",
        see :data:`VERDICT_NOUNS`; "his"/"her" only: "its"/"their" are no one person); else
        None."""
        if not clause:
            return None
        if clause[0].lower in PERSON_PRONOUNS:
            return clause[0]
        owned = len(clause) > 1 and clause[1].lower in VERDICT_NOUNS
        person = clause[0].lower in POSSESSIVE_PRONOUNS and clause[0].lower in _GENDERS
        return clause[0] if owned and person else None

    def _inverted_pronoun(self, clause: list[Word]) -> Word | None:
        """The person pronoun a clause of another language has after its verb, within its
        first words ("Nur einmal meldete er sich zu Wort:", "Dann wandte sie sich an den
        Richter:"), or None; English and Indonesian put the subject first."""
        pronouns = EUROPEAN_PERSON_PRONOUNS.get(self.lang)
        if not pronouns:
            return None
        return next((w for w in clause[1:_ROLE_BEFORE_COLON] if w.lower in pronouns), None)

    def _appositive(self, words: list[Word], comma: int, cue: Span) -> _Attribution:
        """The person named between two commas that ``words[comma]`` closes ("…, Jo Smith,
        said"); not "Smith, a spokesman for Acme, said" (Acme only describes the speaker)
        nor "… and Baker, adding that" (Baker is an object, not in apposition)."""
        entity = self._person_entity(words[comma - 1])
        if entity is None:
            return _NONE
        k = comma - 1
        while k >= 0 and words[k].start >= entity.start:
            k -= 1
        return self._entity_attribution(entity, cue) if k >= 0 and words[k].text == "," else _NONE

    def _name_after(self, words: list[Word], first: int, cue: Span) -> _Attribution:
        """The speaker named after a cue ("kata Menteri X", "said the minister, X"):
        the first person, else the first organisation not placing the speaking
        (:meth:`_placed`), else a pronoun right after the cue. A name after "kepada"/"to" is
        the hearer (:data:`ADDRESSEE_PREPOSITIONS`): "tanya seorang warga kepada Budi" has
        no speaker named."""
        if first < len(words) and words[first].lower in self._person_pronouns:
            return self._pronoun(words[first], cue, words[first])
        fallback: Entity | None = None
        for k, word in enumerate(words[first : first + _NAME_WINDOW]):
            if word.lower in CONTENT_OPENERS or word.lower in ADDRESSEE_PREPOSITIONS:
                break
            entity = self.mentions.at(word.start, word.end)
            if entity is None:
                continue
            label = self.mentions.label_of(entity)
            if self._possessive(entity):  # "said Baker's spokeswoman, …": not Baker
                continue
            if label == "PER":
                named = self._named_after_title(words, first + k, entity) if k else None
                return self._entity_attribution(named or entity, cue)
            if fallback is None and label == "ORG" and not self._placed(entity.start):
                fallback = entity
        return self._entity_attribution(fallback, cue) if fallback else _NONE

    def _placed(self, start: int) -> bool:
        """True when the name at ``start`` (perhaps after "the") follows a preposition that
        places the speaking or names whom it was told to (:data:`PLACE_PREPOSITIONS`: "King
        said at Morehouse College"), so it is no speaker."""
        k = bisect.bisect_left(self.word_starts, start) - 1
        if k > 0 and self.words[k].lower == "the":
            k -= 1
        return k >= 0 and self.words[k].lower in PLACE_PREPOSITIONS

    def _possessive(self, name: Entity | Word) -> bool:
        """True for a name or word in the possessive ("Baker's lawyer"), written in it or
        followed by the possessive ending: it describes the speaker."""
        text = self.doc.text
        return text[name.end : name.end + 2] in _POSSESSIVE or name.text[-2:] in _POSSESSIVE

    def _before_aside(self, words: list[Word], comma: int, cue: Span) -> _Attribution:
        """The person or organisation right before an aside between commas that
        ``words[comma]`` closes: "Acme, which part-funded the scheme, said" → Acme."""
        for k in range(comma - 1, max(0, comma - _ASIDE_WINDOW), -1):
            if words[k].text != ",":
                continue
            entity = self.mentions.at(words[k - 1].start, words[k - 1].end)
            speaks = entity is not None and self.mentions.label_of(entity) in ("PER", "ORG")
            if entity is None or not speaks or self._possessive(entity):
                return _NONE
            return self._entity_attribution(entity, cue)
        return _NONE

    def _named_after_title(self, words: list[Word], i: int, inside: Entity) -> Entity | None:
        """The person in apposition after a title that ``words[i]`` (a person ``inside`` the
        title) is part of: "kata pengacara Budi, Andi" / "ungkap Wakil Ketua Komisi VIII DPR
        dari Fraksi Golkar, Ace Hasan" → Andi, Ace Hasan. None when the title ends otherwise
        ("kata Menteri Sri Mulyani kepada Budi", "…, Senin")."""
        for j in range(i + 1, min(len(words), i + _TITLE_WINDOW)):
            word = words[j]
            if word.start < inside.end:
                continue
            if word.lower in CONTENT_OPENERS or word.lower in TITLE_BREAKS:
                return None
            if word.text == ",":
                after = words[j + 1] if j + 1 < len(words) else None
                return self._person_entity(after) if after else None
        return None

    def _role(self, words: list[Word], cue: Span) -> _Attribution:
        """A speaker named by role ("the minister", "presiden itu"), see :class:`Roles`. In
        the headline the person is only named further on ("Menkes: “…”"), so there the
        role may name a person mentioned anywhere."""
        in_headline = cue.start < self._headline_end
        found = self._roles_of().find(words, len(self.doc.text) if in_headline else cue.start)
        if found is None:
            return _NONE
        actor, word = found
        return _Attribution(actor, cue, word.span())

    def _roles_of(self) -> Roles:
        """The actors by role, made when first needed."""
        if self._roles is None:
            self._roles = Roles(self.actors, self.lang)
        return self._roles

    def _description(self, words: list[Word], cue: Span) -> _Attribution | None:
        """A person described but not named next to the cue ("the judge said", "said the
        23-year-old", "kata pelatih asal Kroasia itu") whose title matched no actor: the
        person the text was just about, resolved as a pronoun, unless that person holds
        another title ("the French president said" is not the "Prime Minister" named before:
        nobody is named). The description is "the X"
        in English, "X … itu/tersebut" in Indonesian; vague bodies, documents and unnamed
        sources ("the police", "laporan itu", "the spokesman") are no earlier person but one
        introduced by that word in apposition (:meth:`_introduced_as`), and "the company"/"the
        union" is the organisation named before (:meth:`Mentions.body_before`)."""
        head = self._description_head(words)
        if head is None:
            return None
        if head.lower in BODY_HEADS:  # "the union said": the union named before, if any
            body = self.mentions.body_before(self.doc.text, cue.start, head.lower)
            return self._entity_attribution(body, cue) if body else None
        if head.lower in DOCUMENT_HEADS:  # "the statement said": whoever issued it
            return self._issuer(head, cue)
        if head.lower in NOT_PERSON_HEADS:  # "the spokesman": only one introduced so
            return self._introduced_as(head, cue) or self._named_by(head, cue)
        entity = self.mentions.at(head.start, head.end)
        if entity is not None and self.mentions.label_of(entity) in ("PER", "ORG"):
            return None
        found = self._aged_mention(head, words) or self._titled_mention(head)
        if found is not None:
            return _Attribution(self.mentions.actor_of(found), cue, head.span())
        resolved = self._pronoun(head, cue, head)
        if resolved.speaker and self._roles_of().other_title(resolved.speaker, head.lower):
            return _Attribution(None, cue, head.span())  # "the president" is no prime minister
        return resolved

    def _aged_mention(self, head: Word, words: list[Word]) -> Entity | None:
        """For a description by age ("the 27-year-old said", "kata pemuda berusia 19 tahun
        itu"), the person last mentioned, within :attr:`Persons.REACH` sentences, with that
        age right after the name ("Harlow, 27, …", "Dimas (19)"); else None, and the
        description is resolved as a pronoun."""
        age = self._age_in(head, words)
        if age is None:
            return None
        given = re.compile(r"\s*[,(]\s*" + age + r"\b")
        for entity, _ in reversed(self._people_before(head)):
            if given.match(self.doc.text, entity.end):
                return entity
        return None

    def _age_in(self, head: Word, words: list[Word]) -> str | None:
        """The age a description gives, as digits: "27" of "the 27-year-old" (its head), of
        "pemuda berusia 27 tahun itu" (a number before "tahun" in the description ``words``
        opens); else None."""
        if self.lang == "id":
            run = words[1:_DESCRIPTION_WINDOW]
            return next(
                (a.lower for a, b in pairwise(run) if b.lower == "tahun" and a.lower.isdigit()),
                None,
            )
        age = _AGE_NOUN.match(self.doc.text, head.start) if head.lower[:1].isdigit() else None
        return age.group(1) if age else None

    def _titled_mention(self, head: Word) -> Entity | None:
        """The person last mentioned, within :attr:`Persons.REACH` sentences, by a name that
        holds the description's head as its title ("Treasurer Jim Chalmers …. “…,” the
        treasurer added"), where the title, inside the name, is no role of the actor."""
        for entity, _ in reversed(self._people_before(head)):
            if head.lower in entity.text.lower().split()[:-1]:
                return entity
        return None

    def _relative(self, words: list[Word], v: int, cue: Span) -> _Attribution | None:
        """The person a relative or any other noun in the possessive names as the subject
        right before the speech verb ``words[v]`` ("his son told the court", "“…,” his wife
        said", "her deputy said"): the one introduced with that word in apposition
        ("Geoffrey Hartley and his son Martin Hartley appeared …", "her deputy, Luis Costa,
        …", see :meth:`_introduced_as`); else None, someone unnamed. Not the owner
        itself: in "Baker's lawyer said" Baker is no lawyer."""
        if v < 2 or not (words[v - 1].text.isalpha() and words[v - 1].text.islower()):
            return None
        owner = words[v - 2]
        if owner.lower not in POSSESSIVE_PRONOUNS and not self._possessive(owner):
            return None
        found = self._introduced_as(words[v - 1], cue)
        span = found.speaker_span if found is not None else None
        if span is not None and span.end <= owner.start:
            return found
        if owner.lower in _GENDERS and words[v - 1].lower in RELATIVE_WORDS:
            return self._family_namesake(owner, words[v - 1], cue)
        return None

    def _family_namesake(self, owner: Word, relative: Word, cue: Span) -> _Attribution | None:
        """For "his brother"/"her husband" with no one introduced so: the one other person
        of the text sharing the surname of the person ``owner`` stands for ("Liam Gallagher
        and Noel Gallagher … his brother said") when the text gives that person the
        relative's gender (a given name, an honorific, a pronoun); else None."""
        of = self._pronoun(owner, cue, owner).speaker
        person = self._actor(of) if of else None
        if person is None or " " not in person.name:
            return None
        surname = person.name.rsplit(" ", 1)[1]
        kin = [
            a
            for a in self.actors
            if a.label == "PER" and a.id != of and a.name.rsplit(" ", 1)[-1] == surname
        ]
        if len(kin) != 1 or " " not in kin[0].name:
            return None
        gender = _GENDERS.get(relative.lower)
        if gender is not None and self._gender(kin[0].id) != gender:
            return None
        return _Attribution(kin[0].id, cue, relative.span())

    def _introduced_as(self, head: Word, cue: Span) -> _Attribution | None:
        """The person last introduced by the description's head in apposition within the
        last :attr:`Persons.REACH` sentences ("A spokesperson for the authority, Dana
        Whitlock, said … “…,” the spokesperson said" / "said Jo Smith, a spokeswoman for
        Acme"), or None: an unnamed source stays unnamed. A speech verb between the two
        makes the name what the source spoke of ("A council source said Dyer had …")."""
        for entity, _ in reversed(self._people_before(head)):
            at = bisect.bisect_left(self.word_starts, entity.start)
            after = bisect.bisect_left(self.word_starts, entity.end)
            sent = self.words[at].sent
            for k in range(max(0, at - _APPOSITION_WINDOW), after + _APPOSITION_WINDOW):
                word = self.words[k] if k < len(self.words) else None
                if word is None or word.lower != head.lower or word.sent != sent:
                    continue
                if word.start == head.start:
                    continue  # the description itself, next to whose owner it stands
                between = self.words[k + 1 : at] if k < at else self.words[after:k]
                if not any(w.lower in self._speech_verbs for w in between):
                    return self._entity_attribution(entity, cue)
        return None

    def _named_in_apposition(self, head: Word, cue: Span) -> _Attribution | None:
        """The person named right after an earlier ``head`` and a comma ("istrinya, Komang
        Ayu, …" before "istrinya berkata"), within :data:`_APPOSITION_LOOKBACK` words; else
        None (a "kliennya" that was only an object names no one)."""
        at = bisect.bisect_left(self.word_starts, head.start)
        for k in range(at - 1, max(-1, at - _APPOSITION_LOOKBACK), -1):
            if self.words[k].lower != head.lower or k + 2 >= at:
                continue
            if self.words[k + 1].text != ",":
                continue
            name = self.words[k + 2]
            entity = self.mentions.at(name.start, name.end)
            if entity is not None and self.mentions.label_of(entity) == "PER":
                return self._entity_attribution(entity, cue)
        return None

    def _named_by(self, head: Word, cue: Span) -> _Attribution | None:
        """The organisation last named before the cue with the description's head among the
        words of its name ("the Port of Rotterdam Authority … “…,” the authority said",
        "the National Audit Office … the office said"), or None: a vague "the police" or
        "the court" with no such name before it stays unnamed."""
        found = None
        for entity in self.mentions.iter_within(0, cue.start):
            named = head.lower in entity.text.lower().split()
            if named and self.mentions.label_of(entity) == "ORG":
                found = entity
        return self._entity_attribution(found, cue) if found else None

    def _issuer(self, head: Word, cue: Span) -> _Attribution | None:
        """The person or organisation last named, within :attr:`Persons.REACH` sentences, a
        few words before the document word ``head`` ("CEPA said in a statement that … “…,”
        the statement said" → CEPA), else after it as its author (:meth:`_author_after`), or
        None: a statement of nobody named stays unnamed."""
        first = self.doc.sentences[max(0, head.sent - Persons.REACH)].start
        lo = bisect.bisect_left(self.word_starts, first)
        hi = bisect.bisect_left(self.word_starts, head.start)
        for k in range(hi - 1, lo - 1, -1):
            if self.words[k].lower != head.lower:
                continue
            for j in range(k - 1, max(lo - 1, k - 1 - _APPOSITION_WINDOW), -1):
                entity = self._speaking_entity(self.words[j])
                if entity is not None:
                    return self._entity_attribution(entity, cue)
            author = self._author_after(k)
            return self._entity_attribution(author, cue) if author else None
        return None

    def _author_after(self, k: int) -> Entity | None:
        """The person or organisation named after "by"/"oleh" (:data:`ISSUED_BY`) a few words
        after the document word at ``k``, in its sentence ("The report published today by
        the National Audit Office …"), or None."""
        near = self.words[k + 1 : k + 1 + _APPOSITION_WINDOW]
        by = next((j for j, w in enumerate(near) if w.lower in ISSUED_BY), None)
        if by is None or near[by].sent != self.words[k].sent:
            return None
        for word in near[by + 1 : by + 4]:  # "by the regulator Ofcom"
            entity = self._speaking_entity(word)
            if entity is not None:
                return entity
        return None

    def _speaking_entity(self, word: Word) -> Entity | None:
        """The person or organisation mention at ``word``, or None."""
        entity = self.mentions.at(word.start, word.end)
        if entity is not None and self.mentions.label_of(entity) in ("PER", "ORG"):
            return entity
        return None

    def _description_head(self, words: list[Word]) -> Word | None:
        """The head noun of the definite description ``words`` open, or None: the last word of
        "the …" in English ("the 23-year-old", "the Labour MP"), the first of "… itu" in
        Indonesian ("politikus PDI-P itu"), up to a punctuation mark, or the word after "sang"
        ("sang pelatih"; not a relative: "sang istri" is not the person before). An Indonesian
        body needs no demonstrative when nothing but an adverbial follows it ("tulis
        perusahaan dalam keterangannya", "tulis perseroan."): news writes the company it is
        about bare."""
        if not words or words[0].is_punct:
            return None
        if self.lang == "id" and words[0].lower in BODY_HEADS:
            after = words[1] if len(words) > 1 else None
            if after is None or after.is_punct or after.lower in ADVERBIAL_OPENERS:
                return words[0]
        if len(words) < 2:
            return None
        if self.lang == "id" and words[0].lower == "sang":  # "kata sang pelatih": "the coach"
            head = words[1]
            plain = head.text.isalpha() and head.text.islower()
            return head if plain and head.lower not in RELATIVE_WORDS else None
        if self.lang == "id":
            closing = next(
                (w for w in words[1:] if w.is_punct or w.lower in ID_DEMONSTRATIVES), None
            )
            return words[0] if closing is not None and not closing.is_punct else None
        if words[0].lower != "the":
            return None
        run = []
        for word in words[1:]:
            if word.is_punct or word.lower in NP_BREAKS or word.lower in self._speech_verbs:
                break
            run.append(word)
        while run and run[-1].lower in ADVERBS_BETWEEN:
            run.pop()  # "the agency later said": the head is before the adverb
        return run[-1] if run else None

    def _entity_attribution(self, entity: Entity, cue: Span) -> _Attribution:
        span = Span(entity.start, entity.end, entity.text)
        return _Attribution(self.mentions.actor_of(entity), cue, span)

    def _pronoun(
        self, word: Word, cue: Span, mention: Word | None, *, person: bool = False
    ) -> _Attribution:
        """Resolve a pronoun or "-nya" at ``word`` to the most recent fitting person, or to
        nobody when it follows a quote of an unnamed speaker (:meth:`_after_unnamed`). A
        ``person`` (a subject left out, see :meth:`_implied_speaker`) is never an
        organisation, as "she" is not."""
        if self._after_unnamed(word):
            return _Attribution(None, cue, mention.span() if mention else None)
        actor = self._resolve(word)
        if actor is None:
            actor = self._role_subject(word)
        elif (person or word.lower in self._person_only) and self._label(actor) == "ORG":
            # "she" is never the ministry quoted last
            actor = self._role_subject(word) or self._person_before(word)
        elif actor == self._asker_just_before(word):
            actor = self._asked(actor) or actor
        gender = (
            _GENDERS.get(word.lower)
            or pronoun_gender(word.text, self.lang)
            or self._described_gender(word)
        )
        if gender and actor:
            actor = self._agreeing(actor, gender, word)
        return _Attribution(actor, cue, mention.span() if mention else None)

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

    def _label(self, actor: str) -> str | None:
        """The label of actor ``actor`` (PER, ORG, …), or None for an unknown id."""
        found = self._actor(actor)
        return found.label if found else None

    def _described_gender(self, word: Word) -> str | None:
        """The gender of an Indonesian description opening ``word``'s sentence before it, or
        the sentence before when this one names no person before ``word`` ("Perempuan itu
        berharap …. “…,” imbuhnya"): Indonesian pronouns and "-nya" have no gender, but the
        description they go on about has."""
        if self.lang != "id":
            return None
        here = self._opening_description(word.sent, word.start)
        if here is not None or word.sent == 0:
            return here
        before = self._opening_description(word.sent - 1, word.start)
        if before is None or self.persons.subject(word.sent, word.start) is not None:
            return None
        return before

    def _opening_description(self, sent: int, before: int) -> str | None:
        """The gender of the gendered description sentence ``sent`` opens with before offset
        ``before`` ("Perempuan itu …", "Pria berusia 52 tahun itu …"), or None; "Pak
        Budi …" is an honorific and a name, no description."""
        first = bisect.bisect_left(self.word_starts, self.doc.sentences[sent].start)
        opening = self.words[first : first + _DESCRIPTION_WINDOW + 1]
        gender = _GENDERS.get(opening[0].lower) if opening else None  # (mostly None)
        if gender is None or len(opening) < 2 or opening[0].start >= before:
            return None
        if self._is_person(opening[1]):
            return None
        return gender if any(w.lower in ID_DEMONSTRATIVES for w in opening[1:]) else None

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

    def _person_before(self, word: Word) -> str | None:
        """The person mentioned last before ``word``, outside quotes, within
        :attr:`Persons.REACH` sentences, or None."""
        people = [
            actor
            for entity, actor in self._people_before(word)
            if not self.persons.in_quote(entity.start, entity.end)
        ]
        return people[-1] if people else None

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

    def _agreeing(self, actor: str, gender: str, word: Word) -> str:
        """``actor`` when its gender fits the pronoun or description at ``word``, else the
        person mentioned last before it, within :attr:`Persons.REACH` sentences, who fits
        ("Okafor and Brennan clashed. She called it “a fairy tale”, while he said …": he is
        Brennan once she was Okafor). A gender only the actor's own pronouns tell counts too
        when someone else was named after the actor ("Lena Marsh … her album. … The
        producer, Owen Ruddock, found it. He said …"); reading the text for it costs."""
        known = self._gender(actor)
        if known is None:
            beside = self._known_fit_beside(actor, gender, word)
            if beside is not None:
                return beside
            if self._last_named(word) not in (None, actor):
                known = self._pronoun_gender(actor)
        if known in (None, gender):
            return actor
        fitting = [
            found
            for entity, found in self._people_before(word)
            if found != actor
            and self._gender(found) in (None, gender)
            and not self.persons.in_quote(entity.start, entity.end)
        ]
        return fitting[-1] if fitting else actor

    def _last_named(self, word: Word) -> str | None:
        """The person actor mentioned last before ``word`` in its sentence or the one before,
        or None."""
        first = self.doc.sentences[max(0, word.sent - 1)].start
        last = None
        for entity in self.mentions.iter_within(first, word.start):
            if self.mentions.label_of(entity) == "PER":
                last = entity
        return self.mentions.actor_of(last) if last else None

    def _known_fit_beside(self, actor: str, gender: str, word: Word) -> str | None:
        """The person named together with ``actor`` ("Reyes and Lindqvist clashed. She …"),
        in ``word``'s sentence before it or in the sentence before, when that person fits the
        gender of the pronoun or description at ``word`` better (:meth:`_fits_better`); else
        None. Resolved to the first of two people named together, a pronoun may mean either."""
        text = self.doc.text
        first = self.doc.sentences[max(0, word.sent - 1)].start
        for joint in _JOINT.finditer(text, first, word.start):  # (mostly none: C-speed)
            k = bisect.bisect_left(self.word_starts, joint.start() + 1)
            if k < 1 or k + 1 >= len(self.words):
                continue
            pair = [self._person_at(self.words[k - 1]), self._person_at(self.words[k + 1])]
            if actor not in pair or None in pair or pair[0] == pair[1]:
                continue
            partner = pair[1] if pair[0] == actor else pair[0]
            if partner and self._fits_better(partner, actor, gender):
                return partner
        return None

    def _fits_better(self, partner: str, actor: str, gender: str) -> bool:
        """True when ``partner`` fits ``gender`` better than ``actor``: ``actor`` is known to
        differ, ``partner`` is not. (An unknown gender proves nothing: the lists of given
        names are short, so "Gavin" may be unknown beside a known "Roger".)"""
        of_actor = self._pronoun_gender(actor)
        if of_actor in (gender, None):
            return False
        return self._pronoun_gender(partner) in (gender, None)

    def _person_at(self, word: Word) -> str | None:
        """The person actor ``word`` names (outside quotes), or None."""
        entity = self._person_entity(word)
        if entity is None or self.persons.in_quote(word.start, word.end):
            return None
        return self.mentions.actor_of(entity)

    def _people_before(self, word: Word) -> list[tuple[Entity, str]]:
        """The mentions of known persons, in order, each with its actor: from the sentence
        :attr:`Persons.REACH` sentences before ``word``'s up to ``word``."""
        first = self.doc.sentences[max(0, word.sent - Persons.REACH)].start
        return [
            (entity, actor)
            for entity in self.mentions.iter_within(first, word.start)
            if self.mentions.label_of(entity) == "PER" and (actor := self.mentions.actor_of(entity))
        ]

    def _learn_gender(self, speaker: str, gender: str) -> None:
        """Take a speaker named by a pronoun or description of that gender ("she said") to
        have it, once the attribution is final (a discarded candidate teaches nothing)."""
        if self._gender(speaker) is None:
            self._genders[speaker] = gender

    def _gender(self, actor: str) -> str | None:
        """The gender of person ``actor`` as far as the text tells: from the honorific before
        one of its mentions ("Mrs Doyle", "Pak Budi"), else from a common given name ("Sarah
        Lindqvist", see :data:`FEMALE_NAMES`), else from the pronouns its quotes were
        attributed by (:meth:`_learn_gender`); None when unknown."""
        if actor not in self._genders:
            person = self._actor(actor)
            honorifics = (
                _GENDERS.get(self.words[i - 1].lower)
                for mention in (person.mentions if person else ())
                if (i := bisect.bisect_left(self.word_starts, mention.start))
            )
            named = person.name.split()[0].lower() if person and person.name else ""
            given = _NAME_GENDERS.get(named)
            self._genders[actor] = next(filter(None, honorifics), given)
        return self._genders[actor]

    def _actor(self, actor: str) -> Actor | None:
        """The actor with id ``actor``."""
        if not self._by_id:
            self._by_id = {a.id: a for a in self.actors}
        return self._by_id.get(actor)

    def _pronoun_gender(self, actor: str) -> str | None:
        """The gender of ``actor`` as :meth:`_gender` tells, else as the first gendered pronoun
        a little after one of its first mentions tells, in its sentence with no one else named
        in between ("Okafor argued that her team …", see :data:`_GENDERED_PRONOUN_AHEAD`);
        None when neither does. (Asked only with two people named together: it reads text.)"""
        if actor not in self._pronoun_genders:
            self._pronoun_genders[actor] = self._gender(actor) or self._pronoun_after(actor)
        return self._pronoun_genders[actor]

    def _pronoun_after(self, actor: str) -> str | None:
        """The gender of the first gendered pronoun after a mention of ``actor``, see
        :meth:`_pronoun_gender`."""
        person = self._actor(actor)
        text = self.doc.text
        for mention in person.mentions[:_GENDER_MENTIONS] if person else ():
            found = _GENDERED_PRONOUN_AHEAD.match(text, mention.end)
            if found is None:
                continue
            between = self.mentions.iter_within(mention.end, found.start(1))
            if not any(self.mentions.label_of(e) == "PER" for e in between):
                return PRONOUN_GENDERS[found.group(1)]
        return None

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

    # ---- dependency parse --------------------------------------------------------------

    def _by_parse(self, start: int, end: int) -> _Attribution:
        """Speech verb linked to the quote by a dependency, and that verb's subject."""
        for s_index in range(
            self.persons.sentence_of(start), self.persons.sentence_of(max(start, end - 1)) + 1
        ):
            tokens = self.doc.sentences[s_index].tokens
            inside = {i for i, t in enumerate(tokens) if start <= t.start and t.end <= end}
            verb = self._linked_speech_verb(tokens, inside)
            if verb is None:
                continue
            cue = self._word_span(tokens[verb])
            subject = self._parse_subject(tokens, verb)
            if subject is None:
                continue
            token = tokens[subject]
            surface = self.doc.text[token.start : token.end]
            if token.text.lower() in self._person_pronouns or has_subject_clitic(
                surface, self.lang
            ):
                actor = self.persons.resolve(s_index, token.start)
                return _Attribution(actor, cue, self._word_span(token))
            entity = self.mentions.at(token.start, token.end)
            speaks = entity is not None and self.mentions.label_of(entity) in ("PER", "ORG")
            if entity is not None and speaks and self.mentions.actor_of(entity):
                return self._entity_attribution(entity, cue)
        return _NONE

    def _linked_speech_verb(self, tokens: list[Token], inside: set[int]) -> int | None:
        """Index of a speech verb outside the quote that heads into it or is headed from it."""
        if not inside:
            return None
        for i, token in enumerate(tokens):
            if i in inside or not self._is_speech_token(token):
                continue
            if token.head in inside:
                return i
        for j in sorted(inside):
            head = tokens[j].head
            for _ in range(3):  # climb a little: "sebagai “…”" hangs under the verb
                if head is None or head < 0 or head >= len(tokens):
                    break
                if head not in inside and self._is_speech_token(tokens[head]):
                    return head
                head = tokens[head].head
        return None

    def _is_speech_token(self, token: Token) -> bool:
        surface = self.doc.text[token.start : token.end]
        lemma = token.lemma or ""
        return is_speech_verb(surface, self.lang) or (
            token.upos == "VERB" and is_speech_verb(lemma, self.lang)
        )

    @staticmethod
    def _parse_subject(tokens: list[Token], verb: int) -> int | None:
        """The ``nsubj`` of ``verb``, or of the verb it shares its subject with."""
        current = verb
        for _ in range(4):
            for i, token in enumerate(tokens):
                if token.head == current and (token.deprel or "").startswith("nsubj"):
                    return i
            rel = (tokens[current].deprel or "").split(":")[0]
            head = tokens[current].head
            if rel not in _SHARED_SUBJECT_RELS or head is None or not 0 <= head < len(tokens):
                return None
            current = head
        return None

    def _word_span(self, token: Token) -> Span:
        return Span(token.start, token.end, self.doc.text[token.start : token.end])


def _in_title_case(quote: str) -> bool:
    """True when the quoted words read as a title: at most :data:`_LONGEST_TITLE` words, none
    in lowercase but short function words, at least one capitalised, and no punctuation at
    the end (a quoted sentence or a headline quote ends in "," or "." before its mark) nor a
    comma inside ("“Demak Butuh Tanggul, Bukan Janji”" on a banner is people's words)."""
    if not quote[-3:].rstrip(QUOTE_MARKS + " ")[-1:].isalnum():
        return False  # (most quotes: ruled out before any splitting)
    body = quote.strip(QUOTE_MARKS + " ")
    if not body[-1:].isalnum() or "," in body or body.isupper():
        return False  # (a comma: a slogan's two parts; capitals: a headline set in them)
    words = body.split()
    if len(words) > _LONGEST_TITLE:
        return False
    capitalised = False
    for word in words:
        if word[:1].isupper():
            capitalised = True
        elif word[:1].isalpha() and word.lower() not in TITLE_LOWERCASE:
            return False
    return capitalised


def _is_headline(line: str) -> bool:
    """True when the text's first line reads as a headline, not as its first sentences: no
    full stop, "!" or "?" ends it or a sentence in it (quote marks aside)."""
    body = line.strip().rstrip(QUOTE_MARKS)
    if not body or body[-1] in _SENTENCE_ENDS:
        return False
    return not any(mark + " " in body for mark in _SENTENCE_ENDS)


def _stands_alone(headline: str, quote: Quote) -> bool:
    """True when the headline ``quote`` stands by a colon or at an end of the headline."""
    before = headline[: quote.start].rstrip()[-1:]
    after = headline[quote.end :].lstrip()[:1]
    return before in ("", ":") or after in ("", ":")


def _plain_words(quote: str) -> str:
    """The quoted words in lowercase, without punctuation, one space apart."""
    return " ".join("".join(ch for ch in quote.lower() if ch.isalnum() or ch == " ").split())


def _fills_paragraph(text: str, start: int, end: int) -> bool:
    """True when the quote ``[start, end)`` is all its paragraph holds."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return (k == 0 or text[k - 1] == "\n") and not text[end : line_end(text, end)].strip()


def _is_question(quote: str) -> bool:
    """True when the quoted words end in a question mark (marks and spaces aside)."""
    return quote.rstrip(QUOTE_MARKS + " ").endswith("?")


def _named_in_description(words: list[Word], named: _Attribution, lang: str) -> bool:
    """True when the name found in ``words``, which follow a speech verb, lies inside an
    Indonesian description "… itu/tersebut" opened by a common noun ("kata pelatih asal
    Irlandia Utara itu", "ujar istri Budi itu"): the name only describes the speaker, unless
    a word such as "bernama" introduces it as the speaker's own (:data:`ID_NAME_INTRODUCERS`)."""
    span = named.speaker_span
    if lang != "id" or span is None or not words or not words[0].text[:1].islower():
        return False
    for word in words[1 : _DESCRIPTION_WINDOW + 1]:
        if word.is_punct or word.lower in ID_NAME_INTRODUCERS:
            return False
        if word.lower in ID_DEMONSTRATIVES:
            return word.start >= span.end
    return False


def _opens_adverbial(words: list[Word], k: int) -> bool:
    """True when ``words[k]`` opens the noun phrase of an adverbial ("in a statement", "in
    his reply", "through its lawyers"): the phrase is no subject."""
    return k > 0 and words[k - 1].lower in ADVERBIAL_OPENERS


def _speech_idiom(words: list[Word], v: int) -> bool:
    """True when ``words[v]``, a verb of :data:`SPEECH_IDIOMS`, is followed by the word that
    makes it a speech idiom ("as she put it")."""
    return v + 1 < len(words) and words[v + 1].lower == SPEECH_IDIOMS[words[v].lower]


def _points_back(right: list[Word]) -> bool:
    """True when the words after a quote open with a phrase pointing back at it (see
    :data:`BACK_POINTERS`) that goes on to say whose it is: "That was how …", "That was
    Natarajan's verdict", "Itulah penilaian Faisal"; not "That was a fair point, Hale said",
    a reply to it."""
    seconds = BACK_POINTERS.get(right[0].lower) if right else None
    if seconds is None:
        return False
    n = 2 if seconds else 1
    if n == 2 and (len(right) < 2 or right[1].lower not in seconds):
        return False
    rest = right[n : n + _VERDICT_REACH]
    return bool(rest) and (
        rest[0].lower in BACK_POINTER_GOES_ON or any(w.lower in VERDICT_NOUNS for w in rest)
    )


def _ends_sentence(quote: str) -> bool:
    """True when the quoted words end in a full stop, "!" or "?" (marks and spaces aside)."""
    body = quote.rstrip(QUOTE_MARKS + " ")
    return body[-1:] in _SENTENCE_ENDS

""":func:`find_quotes`, and the attributor's top layer: which quotes are names, not
anyone's words, the order in which the steps of the package docstring are tried, and
the quotes of a headline (step 8)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from reader.analysis.doc import Doc
from reader.analysis.model import Actor, Entity, Quote
from reader.analysis.quote_marks import QUOTE_MARKS, quote_spans
from reader.analysis.quotes.shared import (
    _GENDERS,
    _LONGEST_MODIFIER,
    _NONE,
    _SENTENCE_ENDS,
    _Attribution,
    _points_back,
)
from reader.analysis.quotes.without_cue import _WithoutCue
from reader.analysis.speech import (
    CALLED_OBJECTS,
    CALLING_VERBS,
    NAMING_CUES,
    NAMING_GROUPS,
    NAMING_PHRASES,
    SCARE_DETERMINERS,
    TITLE_LOWERCASE,
    pronoun_gender,
)
from reader.analysis.words import Mentions, Word

#: Most words a title of a work or a nickname in quotes has ("“Day of Empty Wards”").
_LONGEST_TITLE = 8
#: Most words a name in common use has ("what locals call “the brick”").
_LONGEST_TERM = 4

#: The most words between a calling verb and the name it gives: "menyebut alat itu “…”".
_CALLED_OBJECT_WORDS = 3
#: Most characters, marks included, of a name in common use or a scare-quoted modifier.
_LONGEST_TERM_CHARS = 50

#: Most characters, marks included, of a quoted title, nickname or term.
_LONGEST_NAME = 100


def find_quotes(doc: Doc, entities: list[Entity], actors: list[Actor]) -> list[Quote]:
    """Every direct quote in ``doc.text`` with its speaker, cue and speaker mention."""
    spans = quote_spans(doc.text)
    if not spans:
        return []
    attributor = _Attributor(doc, actors, Mentions(entities, actors), spans)
    for start, end in spans:
        if (start, end) not in attributor.naming_spans:
            attributor.attribute(start, end)
    attributor.attribute_headline()
    return attributor.quotes


class _Attributor(_WithoutCue):
    """Attribution state for one document: words, quotes attributed so far (in order)."""

    def __init__(
        self, doc: Doc, actors: list[Actor], mentions: Mentions, spans: list[tuple[int, int]]
    ) -> None:
        super().__init__(doc, actors, mentions, spans)
        self.naming_spans = frozenset(span for span in spans if self.names_something(*span))

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

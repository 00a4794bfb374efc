"""The gender of a person as the text tells it (an honorific, a common given name, the
pronouns of its quotes or after its mentions), and the person a gendered pronoun or
description agrees with ("Okafor and Brennan clashed. She …")."""

from __future__ import annotations

import bisect
import re

from reader.analysis.quotes.parse import _Parse
from reader.analysis.quotes.shared import _DESCRIPTION_WINDOW, _GENDERS
from reader.analysis.speech import FEMALE_NAMES, ID_DEMONSTRATIVES, MALE_NAMES, PRONOUN_GENDERS
from reader.analysis.words import Word

#: How many of a person's first mentions are looked at for a pronoun telling their gender.
_GENDER_MENTIONS = 2
#: The word joining two names ("Reyes and Lindqvist", "Budi dan Ani").
_JOINT = re.compile(r" (?:and|dan|&) ")
#: A gendered English pronoun in lowercase (see :data:`PRONOUN_GENDERS`) at most 80 characters
#: ahead in the same sentence. (The alternatives are spelt as a small trie: the regex engine
#: then tries fewer of them at each word start.)
_GENDERED_PRONOUN_AHEAD = re.compile(r"[^.!?\n]{0,80}?\b(he|she|his|him(?:self)?|her(?:s|self)?)\b")

#: The gender ("m"/"f") a common given name gives its bearer.
_NAME_GENDERS = dict.fromkeys(MALE_NAMES, "m") | dict.fromkeys(FEMALE_NAMES, "f")


class _Genders(_Parse):
    """The gender of a person as the text tells it, and the person a gendered pronoun or
    description agrees with."""

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

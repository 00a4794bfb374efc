"""A speaker named next to a cue: the name or pronoun before a speech verb or after it,
in apposition ("Acme's chief, Jo Smith, said") or speaking for its owner
("Netanyahu's office said"), the source of "menurut"/"according to", and the
subject of a clause before a colon."""

from __future__ import annotations

import bisect
from copy import copy

from reader.analysis.model import Entity, Span
from reader.analysis.quotes.descriptions import _Descriptions
from reader.analysis.quotes.lookups import _POSSESSIVE
from reader.analysis.quotes.shared import (
    _ASIDE_WINDOW,
    _DESCRIPTION_WINDOW,
    _GENDERS,
    _NONE,
    _ROLE_BEFORE_COLON,
    _SOURCE_PRONOUNS,
    _Attribution,
)
from reader.analysis.speech import (
    ACCORDING_CLITICS,
    ADDRESSEE_PREPOSITIONS,
    ADVERBIAL_OPENERS,
    ADVERBS_BETWEEN,
    ASKING_VERBS,
    BODY_HEADS,
    BODY_PRONOUNS,
    CONTENT_OPENERS,
    DOCUMENT_HEADS,
    EUROPEAN_PERSON_PRONOUNS,
    FIRST_PERSON_SINGULAR,
    GROUP_PRONOUNS,
    INDEFINITES,
    ISSUED_BY,
    MEMBER_OF,
    NP_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    POSSESSIVE_SOURCES,
    QUOTING_VERBS,
    SPOKEN_FOR,
    SPOKESPEOPLE,
    TELL_VERBS,
    TITLE_BREAKS,
    VERDICT_NOUNS,
)
from reader.analysis.titles import is_title_word
from reader.analysis.words import Word


def _bare(word: Word) -> Word:
    """``word`` without its possessive ending ("minister's" as "minister"), same place."""
    bare = copy(word)
    bare.lower = word.lower[:-2] if word.lower[-2:] in _POSSESSIVE else word.lower
    return bare


#: The prepositions naming whose words a verdict noun stands for ("the message from the
#: minister", "the verdict of the judge").
_OWNER_PREPOSITIONS = frozenset({"of", "from"})

#: How many words after a speech verb are searched for the speaker's name ("said the …, X");
#: Indonesian titles run long ("kata Kepala Pusat Data, Informasi, dan Komunikasi … X").
_NAME_WINDOW = 12

#: How many words an adverbial between a subject and its speech verb may run ("dalam
#: keterangan tertulisnya pada Senin", "in a statement on Monday").
_ADVERBIAL_WINDOW = 7

#: How many words after a name inside a title may lead to the name in apposition.
_TITLE_WINDOW = 10


class _Speakers(_Descriptions):
    """A speaker named next to a cue, before it or after it."""

    def _name_before(self, words: list[Word], v: int, cue: Span) -> _Attribution:
        """The subject right before ``words[v]``, skipping adverbs ("Trump juga mengatakan"),
        or a person in apposition between commas ("Acme's chief, Jo Smith, said"); in "X
        quoted him as saying" the one quoted (:meth:`_quoted_as`)."""
        if v > 2 and words[v - 1].lower == "as":
            return self._quoted_as(words, v, cue)
        v = self._adverbial_before(words, v)
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
            if low in GROUP_PRONOUNS:
                return self._group_pronoun(word, cue)
            if low in FIRST_PERSON_SINGULAR:
                return self._first_person(word, cue)
            entity = self.mentions.at(word.start, word.end)
            if entity is not None and self.mentions.label_of(entity) != "MISC":
                return self._entity_attribution(self._member(words, entity) or entity, cue)
            return _NONE  # nor "the Russian said": a nationality describes, see _description
        return _NONE

    def _adverbial_before(self, words: list[Word], v: int) -> int:
        """Where an adverbial standing between the speech verb ``words[v]`` and its subject
        opens ("PT X, dalam keterangan tertulis, menyatakan" without the last comma, "Acme
        in a statement on Monday said"), when a comma or a name ends right before it: the
        subject is looked for before that; else ``v``."""
        for k in range(v - 1, max(0, v - 1 - _ADVERBIAL_WINDOW), -1):
            word = words[k]
            if word.is_punct or word.lower in self._speech_verbs:
                break
            if word.lower not in ADVERBIAL_OPENERS:
                continue
            if words[k - 1].text == "," or self._named_at(words[k - 1]):
                return k
        return v

    def _appositive(self, words: list[Word], comma: int, cue: Span) -> _Attribution:
        """The person named between two commas that ``words[comma]`` closes ("…, Jo Smith,
        said"), or the organisation so named after a definite description of it opening
        the clause ("The operator, Northline Transit, said"); not "Smith, a spokesman for
        Acme, said" (Acme only describes the speaker), "… and Baker, adding that" (Baker
        is an object, not in apposition) nor "Workers at the plant, Acme Steel, said" (the
        organisation is in apposition to the preposition's object, not to the subject)."""
        entity = self._speaking_entity(words[comma - 1])
        if entity is None:
            return _NONE
        k = comma - 1
        while k >= 0 and words[k].start >= entity.start:
            k -= 1
        if k < 0 or words[k].text != ",":
            return _NONE
        if self.mentions.label_of(entity) == "ORG" and not self._describes_body(words, k):
            return _NONE
        return self._entity_attribution(entity, cue)

    def _describes_body(self, words: list[Word], comma: int) -> bool:
        """True when the words before ``words[comma]`` back to the clause's start are a
        description an organisation's name may stand in apposition to: plain words naming
        nothing, with no preposition (whose object the name would be), opened by "the" in
        English ("The operator, Northline Transit, said"; not "Jo Smith, Acme, said", a
        list, nor "Workers at the plant, Acme Steel, said")."""
        k = comma
        while k > 0 and comma - k < _DESCRIPTION_WINDOW and not words[k - 1].is_punct:
            k -= 1
        if k == comma or (k > 0 and not words[k - 1].is_punct):
            return False
        if self.lang == "en" and words[k].lower != "the":
            return False
        return not any(
            w.lower in NP_PREPOSITIONS or w.lower in MEMBER_OF or self._named_at(w)
            for w in words[k:comma]
        )

    def _before_aside(self, words: list[Word], comma: int, cue: Span) -> _Attribution:
        """The person or organisation right before an aside between commas that
        ``words[comma]`` closes: "Acme, which part-funded the scheme, said" → Acme."""
        for k in range(comma - 1, max(0, comma - _ASIDE_WINDOW), -1):
            if words[k].text != ",":
                continue
            entity = self._speaking_entity(words[k - 1])
            if entity is None or self._possessive(entity):
                return _NONE
            return self._entity_attribution(entity, cue)
        return _NONE

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

    def _name_after(self, words: list[Word], first: int, cue: Span) -> _Attribution:
        """The speaker named after a cue ("kata Menteri X", "said the minister, X"):
        the first person, else the first organisation not placing the speaking
        (:meth:`_placed`), else a pronoun right after the cue. A name after "kepada"/"to" is
        the hearer (:data:`ADDRESSEE_PREPOSITIONS`): "tanya seorang warga kepada Budi" has
        no speaker named."""
        if first < len(words) and words[first].lower in self._person_pronouns:
            return self._pronoun(words[first], cue, words[first])
        if first < len(words) and words[first].lower in GROUP_PRONOUNS:
            return self._group_pronoun(words[first], cue)
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

    def _placed(self, start: int) -> bool:
        """True when the name at ``start`` (perhaps after "the") follows a preposition that
        places the speaking or names whom it was told to (:data:`PLACE_PREPOSITIONS`: "King
        said at Morehouse College"), so it is no speaker."""
        k = bisect.bisect_left(self.word_starts, start) - 1
        if k > 0 and self.words[k].lower == "the":
            k -= 1
        return k >= 0 and self.words[k].lower in PLACE_PREPOSITIONS

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

    def _spokesperson_for(self, words: list[Word], cue: Span) -> _Attribution | None:
        """Whom an unnamed spokesperson speaks for, named by role or description after "for":
        "a spokesperson for the mayor" is the mayor (as "the mayor said" is), "a spokesman
        for the ministry" the ministry named before, as "a Ryanair spokesman" is Ryanair.
        None for another phrase, or when nobody named fits."""
        if len(words) < 5 or words[0].lower not in INDEFINITES or words[2].lower != "for":
            return None
        if words[1].lower not in SPOKESPEOPLE:
            return None
        whom = words[3 : 3 + _DESCRIPTION_WINDOW]
        found = self._role(whom, cue)
        if found.speaker is not None:
            return found
        return self._described_source(whom, cue)

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
        if pronoun is not None and not any(map(self._named_at, clause)):
            return self._pronoun(pronoun, cue, pronoun)
        owner = self._verdict_owner(clause, cue)
        if owner is not None:
            return owner
        found: dict[str, Entity] = {}
        for word in clause:
            entity = self.mentions.at(word.start, word.end)
            if entity is not None and not self._possessive(entity):
                found.setdefault(self.mentions.label_of(entity), entity)
        subject = found.get("PER") or found.get("ORG")
        return self._entity_attribution(subject, cue) if subject else _NONE

    def _verdict_owner(self, clause: list[Word], cue: Span) -> _Attribution | None:
        """The person or body whose words a clause before a colon opens with, owning a
        :data:`VERDICT_NOUNS` noun in the possessive or after "of"/"from" ("Phillipson's
        message was blunt:", "The message from the minister was clear:"), named or by role;
        else None. (A name in the possessive before any other noun only describes the
        subject: "Baker's lawyer was blunt:".)"""
        opening = clause[:_ROLE_BEFORE_COLON]
        k = next((k for k, w in enumerate(opening) if w.lower in VERDICT_NOUNS), -1)
        if k < 0:
            return None
        if k + 1 < len(clause) and clause[k + 1].lower in _OWNER_PREPOSITIONS:
            owner = clause[k + 2 : k + 2 + _ROLE_BEFORE_COLON]
        elif k and self._possessive(clause[k - 1]):  # (a role is looked up without its "'s")
            owner = [*clause[: k - 1], _bare(clause[k - 1])]
        else:
            return None
        for word in owner:
            entity = self.mentions.at(word.start, word.end)
            if entity is not None and self.mentions.label_of(entity) in ("PER", "ORG"):
                return self._entity_attribution(entity, cue)
        role = self._role(owner, cue)
        return role if role.speaker else None

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

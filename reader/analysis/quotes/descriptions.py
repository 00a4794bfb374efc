"""A speaker named by role or description, not by name ("the minister", "the
27-year-old", "kata pelatih itu", "his son"), and the subject of a speech verb when
it is such a description ("a colleague told her", "juru bicara itu menegaskan")."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from reader.analysis.model import Entity, Span
from reader.analysis.name_cues import NO_AGENTS, RELATIVE_WORDS, is_given_name, surname_shaped
from reader.analysis.quotes.bodies import _Bodies
from reader.analysis.quotes.shared import (
    _APPOSITION_WINDOW,
    _ASIDE_WINDOW,
    _DESCRIPTION_WINDOW,
    _GENDERS,
    _NONE,
    _Attribution,
    _subject_word,
)
from reader.analysis.speech import (
    ADVERBIAL_OPENERS,
    ADVERBS_BETWEEN,
    BODY_HEADS,
    DOCUMENT_HEADS,
    ID_ASSOCIATES,
    ID_DEMONSTRATIVES,
    INDEFINITES,
    IRREGULAR_PLURALS,
    NOT_PERSON_HEADS,
    NP_BREAKS,
    NP_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    RELATIVE_OPENERS,
    SHARED_SUBJECT_JOINERS,
)
from reader.analysis.titles import TITLE_HEADS
from reader.analysis.words import Word

#: How many words back an apposition introducing a relative may be ("istrinya, Ayu, …").
_APPOSITION_LOOKBACK = 200

#: An age used as a noun for a person ("27-year-old"; the words may split it), its number
#: as group 1.
_AGE_NOUN = re.compile(r"(\d{1,3})-year-old")


def _owned_subject(words: list[Word], v: int) -> Word | None:
    """The Indonesian subject right before the speech verb ``words[v]`` (past adverbs) when
    it is someone's relative or associate by "-nya" ("istrinya", "kliennya"): the person
    the "-nya" stands for is not the one speaking; else None."""
    word = _subject_word(words, v)
    if word is None:
        return None
    low = word.lower
    owned = low.endswith("nya") and (low in RELATIVE_WORDS or low in ID_ASSOCIATES)
    return word if owned and word.text == low else None


def _bare_title(word: Word) -> bool:
    """Whether ``word`` is a title in lowercase standing alone, an Indonesian description
    of the person named before ("tutur hakim.", "kata jaksa seusai sidang")."""
    return word.text == word.lower and word.lower in TITLE_HEADS


#: Endings of English plurals of doers ("inspectors", "teachers", "analysts", "residents",
#: "technicians", "trainees"): capitalised alone before a speech verb such a word is a group
#: rather than a name no entity was found for (the common surnames so ending are in
#: :data:`SURNAMES_IN_S`, asked first).
_AGENT_PLURAL_ENDINGS = ("ers", "ors", "ists", "ents", "ants", "ians", "ees")


class _Descriptions(_Bodies):
    """A speaker named by role or description, not by name."""

    def _resolve(self, word: Word) -> str | None:
        """The person the pronoun at ``word`` refers to, as :meth:`_Pronouns._resolve` finds
        it; but when its sentence names nobody before it and the sentence before opens
        with a description of a person that names them (:meth:`_described_opener`: "The
        retired teacher said she smelled gas. “…,” she said"), that person: the sentence is
        about them, though no name stands in it."""
        if word.sent > 0 and self.persons.subject(word.sent, word.start) is None:
            described = self._described_opener(word.sent - 1)
            if described is not None:
                return described
        return super()._resolve(word)

    def _described_opener(self, sent: int) -> str | None:
        """The person actor a description opening sentence ``sent`` names by age ("The
        71-year-old …", see :meth:`_aged_mention`) or by the plain noun that introduced them
        ("The retired teacher …", see :meth:`_introduced_by`), else None."""
        lo = bisect.bisect_left(self.word_starts, self.doc.sentences[sent].start)
        words = self.words[lo : lo + _DESCRIPTION_WINDOW]
        head = self._description_head(words) if words and not self._in_quote(words[0]) else None
        if head is None or head.sent != sent or self._speaking_entity(head) is not None:
            return None  # (a head that is itself a name describes no one, as in _description)
        found = self._aged_mention(head, words) or self._introduced_by(head, words)
        return self.mentions.actor_of(found) if found is not None else None

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
        if self._speaking_entity(head) is not None:
            return None
        found = self._aged_mention(head, words) or self._titled_mention(head, words)
        if found is not None:
            return _Attribution(self.mentions.actor_of(found), cue, head.span())
        if self.lang == "en" and _plural(head.lower):  # "the operators said": a group
            return _Attribution(None, cue, head.span())
        resolved = self._pronoun(head, cue, head)
        if resolved.speaker and self._roles_of().other_title(resolved.speaker, head.lower):
            return _Attribution(None, cue, head.span())  # "the president" is no prime minister
        return resolved

    def _description_head(self, words: list[Word]) -> Word | None:
        """The head noun of the definite description ``words`` open, or None: the last word of
        "the …" in English ("the 23-year-old", "the Labour MP"), the first of "… itu" in
        Indonesian ("politikus PDI-P itu"), up to a punctuation mark, or the word after "sang"
        ("sang pelatih"; not a relative: "sang istri" is not the person before). An Indonesian
        body or a title in lowercase needs no demonstrative when nothing but an adverbial
        follows it ("tulis perusahaan dalam keterangannya", "tulis perseroan.", "tutur
        hakim."): news writes the company or the official it is about bare."""
        if not words or words[0].is_punct:
            return None
        if self.lang == "id" and (words[0].lower in BODY_HEADS or _bare_title(words[0])):
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

    def _aged_mention(self, head: Word, words: list[Word]) -> Entity | None:
        """For a description by age ("the 27-year-old said", "kata pemuda berusia 19 tahun
        itu"), the person last mentioned anywhere before with that age right after the name
        ("Harlow, 27, …", "Dimas (19)"): an age given once picks out its person however many
        paragraphs back; else None, and the description is resolved as a pronoun."""
        age = self._age_in(head, words)
        if age is None:
            return None
        given = re.compile(r"\s*[,(]\s*" + age + r"\b")
        for entity in self.mentions.iter_before(head.start):
            if (
                self.mentions.label_of(entity) == "PER"
                and given.match(self.doc.text, entity.end)
                and self.mentions.actor_of(entity)
            ):
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

    def _titled_mention(self, head: Word, words: list[Word]) -> Entity | None:
        """The person last mentioned, within :attr:`Persons.REACH` sentences, by a name that
        holds the description's head as its title ("Treasurer Jim Chalmers …. “…,” the
        treasurer added"), where the title, inside the name, is no role of the actor; else
        the person the description ``words`` last introduced anywhere before, right before
        a name (:meth:`_introduced_by`)."""
        for entity, _ in reversed(self._people_before(head)):
            if head.lower in entity.text.lower().split()[:-1]:
                return entity
        return self._introduced_by(head, words)

    def _introduced_by(self, head: Word, words: list[Word]) -> Entity | None:
        """The last person mention before ``head`` that the description ``words`` stands
        right before, modifiers and all ("bus driver Kevin Doyle … “…,” the bus driver / the
        driver said", "petani Sutrisno … kata petani itu"; not "bank governor Anita Rao"
        for "the deputy governor"): the noun the writer repeats for the person it named.
        None when no mention is so introduced, or when an Indonesian description says more
        than its head ("petani asal Klaten itu")."""
        if self.lang == "id":
            if len(words) < 2 or words[1].lower not in ID_DEMONSTRATIVES:
                return None
            described = [head.lower]
        else:
            described = [w.lower for w in words[1 : words.index(head) + 1]]
        for entity in self.mentions.iter_before(head.start):
            if self.mentions.label_of(entity) != "PER":
                continue
            k = bisect.bisect_left(self.word_starts, entity.start)
            if k >= len(described) and all(
                self.words[k - len(described) + j].lower == word for j, word in enumerate(described)
            ):
                return entity
        return None

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
        if self._indefinite_subject(words, v) or self._plural_subject(words, v):
            return _Attribution(None, cue, None)
        for k in range(v - 1, max(-1, v - 1 - _DESCRIPTION_WINDOW), -1):
            low = words[k].lower
            if _glued_hyphen(words, k):
                continue  # "The 58-year-old said", split into words by the tokenizer
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

    def _named_in_apposition(self, head: Word, cue: Span) -> _Attribution | None:
        """The person named right after an earlier ``head`` and a comma ("istrinya, Komang
        Ayu, …" before "istrinya berkata"), within :data:`_APPOSITION_LOOKBACK` words; else
        None (a "kliennya" that was only an object names no one)."""
        at = bisect.bisect_left(self.word_starts, head.start)
        for k in range(at - 3, max(-1, at - _APPOSITION_LOOKBACK), -1):
            if self.words[k].lower != head.lower:
                continue
            if self.words[k + 1].text != ",":
                continue
            name = self.words[k + 2]
            entity = self.mentions.at(name.start, name.end)
            if entity is not None and self.mentions.label_of(entity) == "PER":
                return self._entity_attribution(entity, cue)
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

    def _plural_subject(self, words: list[Word], v: int) -> bool:
        """True when the subject of the English speech verb ``words[v]`` is a bare plural
        noun opening its clause, alone or with a complement naming nobody ("Officials
        said", "Residents of the town said", "Analysts at the bank said"): several unnamed
        people, not the person the text was just about; unless the capitalised opener may
        be a name (:meth:`_may_be_name`: "Reyes said", "Jones at the meeting said")."""
        k = v - 1
        while k > 0 and v - k < _DESCRIPTION_WINDOW and not words[k - 1].is_punct:
            k -= 1
        if k < 0 or (k > 0 and not words[k - 1].is_punct):
            return False
        head = words[k]
        if not _plural(head.lower) or not head.text.isalpha() or self._named_at(head):
            return False
        rest = words[k + 1 : v]
        if head.text != head.lower and self._may_be_name(head, bare=not rest):
            return False  # "Reyes said": a name no entity was found for, not a plural
        if rest and rest[0].lower not in NP_PREPOSITIONS:
            return False
        return not any(self._named_at(w) for w in rest)

    def _may_be_name(self, word: Word, bare: bool) -> bool:
        """Whether the capitalised ``word``, shaped as a plural and opening a subject, may be
        a name no entity was found for: not when the text also writes it in small letters
        or it is a listed group noun ("Officials", :data:`NO_AGENTS`); else when it is a
        known given name or surname shape ("Jones", "Matthias"), or when it stands ``bare``
        before the verb ("Reyes said"), where a name often has no complement ("Engineers
        at the site said" is a group), unless it ends as a plural of doers ("Inspectors
        said", :data:`_AGENT_PLURAL_ENDINGS`)."""
        if word.lower in NO_AGENTS or self._written_in_lowercase(word):
            return False
        if surname_shaped(word.text) or is_given_name(word.text):
            return True
        return bare and not word.lower.endswith(_AGENT_PLURAL_ENDINGS)

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


def _plural(low: str) -> bool:
    """True when the English noun ``low`` is a plural ("operators", "23-year-olds",
    "women"): a description of several people names no one speaker, so it is not resolved
    to the person just mentioned. Nouns in "-ss", "-us", "-is" are singular ("the boss")."""
    plain = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return plain or low in IRREGULAR_PLURALS


def _opens_adverbial(words: list[Word], k: int) -> bool:
    """True when ``words[k]`` opens the noun phrase of an adverbial ("in a statement", "in
    his reply", "through its lawyers"): the phrase is no subject."""
    return k > 0 and words[k - 1].lower in ADVERBIAL_OPENERS


def _glued_hyphen(words: list[Word], k: int) -> bool:
    """Is ``words[k]`` a hyphen written with no space on either side, inside one word the
    tokenizer split ("58-year-old")?"""
    return (
        words[k].text == "-"
        and 0 < k < len(words) - 1
        and words[k - 1].end == words[k].start
        and words[k].end == words[k + 1].start
    )

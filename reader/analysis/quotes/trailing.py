"""Steps 2 and 4 of the package docstring: a speech cue after the quote ("…,” katanya",
"X said", "said X", a byline after a dash), the words it is looked for in, and
whether it is the quote's own."""

from __future__ import annotations

import bisect

from reader.analysis.model import Span
from reader.analysis.name_cues import GENERATIONS
from reader.analysis.quote_marks import paragraph_end
from reader.analysis.quotes.framing import _FramingCues
from reader.analysis.quotes.shared import (
    _APPOSITION_WINDOW,
    _DESCRIPTION_WINDOW,
    _NONE,
    _SENTENCE_ENDS,
    _Attribution,
    _ends_sentence,
    _points_back,
    _speech_idiom,
)
from reader.analysis.speech import (
    ADVERBS_BETWEEN,
    ASKING_VERBS,
    BODY_PRONOUNS,
    CLAUSE_OPENERS,
    EUROPEAN_SPOKESPEOPLE,
    EUROPEAN_SUBJECT_ARTICLES,
    GROUP_PRONOUNS,
    ID_DEMONSTRATIVES,
    ID_NAME_INTRODUCERS,
    ID_PASSIVE_SPEECH_VERBS,
    INDEFINITES,
    POSSESSIVE_SOURCES,
    PRO_DROP_LANGUAGES,
    ROLE_WORDS,
    SOURCE_POINTERS,
    SPEECH_IDIOMS,
    TELL_VERBS,
    TOPIC_PREPOSITIONS,
    VERDICT_NOUNS,
    has_subject_clitic,
)
from reader.analysis.words import Word

#: How many words after a quote are searched for its cue.
_RIGHT_WINDOW = 14

#: A quote ending in "." followed by a capitalised sentence of at most this many words may
#: take its cue from that sentence ("“Ready?” Trump asked.").
_SHORT_TAIL = 6

#: How many words after a quote its own cue may stand when it names nobody known.
_UNNAMED_REACH = 5

#: Dashes that set a byline after a quote ("“…” – Jo Smith").
_DASHES = frozenset({"-", "–", "—", "--"})


class _TrailingCues(_FramingCues):
    """Steps 2 and 4: a speech cue after the quote."""

    def _right_words(self, end: int) -> tuple[list[Word], bool]:
        """Words after a quote up to the end of its sentence, the paragraph, or the next quote
        but one that names something (:attr:`naming_spans`), whose words are left out.

        A quote that ends its own sentence ("…kami.” Lalu …") is followed by a new sentence;
        only a short tail like "“…?” Trump asked." is then taken as its cue sentence, and the
        second value is True: a cue there must follow the quote directly.
        """
        text = self.doc.text
        # Only words from the next quote on can lie inside a quote: the others follow this one.
        following = bisect.bisect_left(self.spans, (end,))
        next_span = self.spans[following] if following < len(self.spans) else None
        next_quote = next_span[0] if next_span is not None else len(text)
        first = bisect.bisect_left(self.word_starts, end)
        # (one word more than the window, to tell a full window from a closed one)
        window = self.words[first : first + _RIGHT_WINDOW + 1]
        if next_span in self.naming_spans:  # a title in quotes is passed over, its words
            # counting for none of the window: "kata pelantun “Hujan Bulan Juni” itu"
            title_start, title_end = next_span
            inside = bisect.bisect_left(self.word_starts, title_end)
            inside -= bisect.bisect_left(self.word_starts, title_start)
            window = [
                w
                for w in self.words[first : first + _RIGHT_WINDOW + 1 + inside]
                if not title_start <= w.start < title_end
            ][: _RIGHT_WINDOW + 1]
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
                if pointed.speaker_span is None:  # "demikian keterangan tersebut": its issuer
                    after = right[v + 1 : v + 1 + _DESCRIPTION_WINDOW]
                    pointed = self._description(after, word.span()) or pointed
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
        if (
            named.speaker_span is None
            and not hearer
            and not topic
            and next((w.lower for w in right[:v] if not w.is_punct), None) != "the"
        ):
            named = self._name_after(right, v + 1, cue)
            if _named_in_description(right[v + 1 :], named, self.lang):
                named = _Attribution(None, cue, None)
        if named.speaker_span is not None and not self._names_organisation(named):
            return named
        if named.speaker_span is None:  # "a spokesperson for the mayor said": the mayor
            named = self._spokesperson_for(right[:v] or right[v + 1 :], cue) or named
            if named.speaker is not None:
                return named
        if v and right[0].lower in INDEFINITES:  # "a spokesperson for the family said"
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
                or low in GROUP_PRONOUNS
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

"""Step 1 of the package docstring: with a dependency parse, the speech verb linked to a
quote and that verb's subject."""

from __future__ import annotations

from reader.analysis.doc import Token
from reader.analysis.model import Span
from reader.analysis.quotes.lookups import _Lookups
from reader.analysis.quotes.shared import _NONE, _Attribution
from reader.analysis.speech import has_subject_clitic, is_speech_verb

#: Relations through which a speech verb shares its subject with the verb it depends on.
_SHARED_SUBJECT_RELS = ("conj", "advcl", "xcomp", "parataxis", "acl")


class _Parse(_Lookups):
    """Step 1: the speech verb a dependency parse links to the quote, and its subject."""

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

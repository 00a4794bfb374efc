"""Step 3 of the package docstring: a framing cue before the quote in its sentence (a
colon, a speech verb, "menurut X"), and the subject of a verb with none of its own."""

from __future__ import annotations

import bisect
from itertools import takewhile

from reader.analysis.model import Entity, Span
from reader.analysis.quotes.shared import (
    _APPOSITION_WINDOW,
    _LONGEST_MODIFIER,
    _NONE,
    _ROLE_BEFORE_COLON,
    _Attribution,
    _speech_idiom,
    _subject_word,
)
from reader.analysis.quotes.speakers import _Speakers
from reader.analysis.speech import (
    ADVERBIAL_OPENERS,
    ADVERBS_BETWEEN,
    DOCUMENT_HEADS,
    POSSESSIVE_SOURCES,
    SPEECH_IDIOMS,
    UNNAMED_GROUPS,
    has_subject_clitic,
)
from reader.analysis.titles import may_start_title
from reader.analysis.words import Word


def _group_subject(words: list[Word], v: int) -> bool:
    """True when the subject right before the speech verb ``words[v]`` (past adverbs) is
    people in general, a group nobody in it is named for ("warga bertanya", "critics
    said"): not the person the sentence or the text is about."""
    word = _subject_word(words, v)
    return word is not None and word.lower in UNNAMED_GROUPS


class _FramingCues(_Speakers):
    """Step 3: a cue before the quote in its sentence."""

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

    def _introduced(self, start: int) -> bool:
        """True when the quote at ``start`` follows a comma or colon in its sentence."""
        left = self._left_words(start)
        return bool(left) and left[-1].text in (",", ":")

    def _frames_directly(self, start: int, cue: Span | None) -> bool:
        """True when the speech verb ``cue`` stands right before the quote at ``start``, a
        comma or colon apart at most ("pelaku berteriak, “Jangan mendekat!” sebelum kabur,
        kata Kapolsek X"): the quote is its unnamed subject's, not the reporter's further on."""
        if cue is None or cue.end > start:
            return False
        between = self.doc.text[cue.end : start].strip()
        return between in ("", ",", ":")

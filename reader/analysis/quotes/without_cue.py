"""Steps 5 to 7 of the package docstring: a quote without a cue of its own continues
the quote before, takes its turn in an interview, takes the cue of a sentence ending
in a colon, or belongs to the person the text was just about."""

from __future__ import annotations

import bisect
from dataclasses import replace

from reader.analysis.model import Quote
from reader.analysis.quote_marks import continues, line_end, paragraph_end, paragraph_start
from reader.analysis.quotes.shared import _NONE, _Attribution, _ends_sentence, _is_question
from reader.analysis.quotes.trailing import _TrailingCues
from reader.analysis.speech import ANSWER_LABELS, REPEAT_VERBS

#: How many words of the sentence after a cue-less quote its subject and speech verb may
#: take ("Kepala Pelaksana BPBD Kabupaten Bandung Uka Suska menambahkan").
_SUBJECT_REACH = 8

#: How many words may separate a quote from the previous one for it to inherit the speaker.
_CONTINUATION_GAP = 12


class _WithoutCue(_TrailingCues):
    """Steps 5 to 7: the speaker of a quote without a cue of its own."""

    def _without_cue(self, start: int, end: int) -> _Attribution:
        """The speaker of a quote with no cue of its own (steps 5 to 7 above), or the turn it
        takes in an interview (:meth:`_interview_turn`)."""
        if self._interviewing or self._writer_asked_before(start):
            turn = self._interview_turn(start, end)
            if turn is not None:
                # the writer's own question: the interview told of goes on to the end
                self._interviewing = self._interviewing or turn == _NONE
                return turn
        found = self._labelled_answer(start)
        if found != _NONE:
            return found
        found = self._dialogue_turn(start, end)
        if found != _NONE:
            return found
        found = self._continuation(start)
        if found != _NONE:  # the previous quote's speaker goes on, named or not
            return found
        found = self._introduced_before(start)
        if found.speaker is None:
            found = self._sentence_of_its_own(start, end)
        return found

    def _interview_turn(self, start: int, end: int) -> _Attribution | None:
        """The turn a quote without a cue takes once the writer has asked a question in quotes
        or told of asking (:meth:`_writer_asked_before`) ("“What did you find?” I asked.
        “A safe,” Ashworth said.\n\n“And the most common?”\n\n“Wet wipes.”"): a question
        standing alone in its paragraph is the writer's too (no speaker), and a quote right
        after such a question is the answer of the last person quoted. None for other
        quotes."""
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

    def _labelled_answer(self, start: int) -> _Attribution:
        """The person an interview is with (:meth:`_interviewee`) for a quote that only an
        answer label opens its paragraph before ("Q: Are you hopeful?\n\nA: “Yes …”", "A.
        “Yes …”", see :data:`ANSWER_LABELS`): the quote is that person's answer, whoever was
        quoted last."""
        text = self.doc.text
        opening = text[paragraph_start(text, start, self._wrapped) : start].strip()
        if opening[-1:] in (":", ".") and opening[:-1].strip().lower() in ANSWER_LABELS:
            return _Attribution(self._interviewee(), None, None)
        return _NONE

    def _continuation(self, start: int) -> _Attribution:
        """The previous quote's speaker, when this quote follows it closely in a paragraph;
        an unnamed one goes on unnamed ("“…,” she said. “…”" after "Baker's lawyer said
        …"): the cue is kept, no speaker is given. The writer's question is no one's."""
        if not self.quotes:
            return _NONE
        prev = self.quotes[-1]
        text = self.doc.text
        if prev.speaker is None and (prev.cue is None or self._asked_by_writer(prev)):
            return _NONE
        if paragraph_end(text, prev.end, self._wrapped) < start:
            # across paragraphs only the next part of a long quote carries on
            linked = continues(text, (prev.start, prev.end), (start, start + 1))
        else:
            linked = self._close(prev, start) and not self._other_subject_between(prev, start)
        if not linked:
            return _NONE
        if prev.speaker is not None and _is_question(prev.text):
            hearer = self._hearer(prev, prev.speaker)  # "X asked Y: “…?” “…”": Y answers
            if hearer is not None:
                return _Attribution(hearer, None, None)
        return _Attribution(prev.speaker, prev.cue, prev.speaker_span)

    def _dialogue_turn(self, start: int, end: int) -> _Attribution:
        """The turn a quote standing alone in its paragraph takes in a dialogue of two
        people, a question and its answer each ("“Were you there?” asked the prosecutor.
        \n\n“No,” Doyle replied.\n\n“Then who was?”\n\n“I don't know.”"): a question
        after an answer is the asker's again, and a quote after a question so asked is the
        answerer's again. _NONE outside such an exchange (a plain quote after an answer is
        the answerer going on, see :meth:`_continuation`)."""
        text = self.doc.text
        if len(self.quotes) < 2 or not _fills_paragraph(text, start, end):
            return _NONE
        last = self.quotes[-1]
        if continues(text, (last.start, last.end), (start, end)) or not self._close(last, start):
            return _NONE
        i = len(self.quotes) - 1
        while i > 0 and self.quotes[i - 1].speaker == last.speaker:
            i -= 1  # back to the first quote of the last speaker's turn
        before = self.quotes[i - 1] if i > 0 else None
        if before is None or not self._close(before, self.quotes[i].start):
            return _NONE
        earlier_speaker, last_speaker = before.speaker, last.speaker
        if earlier_speaker is None or last_speaker is None or earlier_speaker == last_speaker:
            return _NONE
        asking = _is_question(text[start:end])
        if asking and _is_question(before.text) and not _is_question(last.text):
            return _Attribution(earlier_speaker, None, None)  # the asker asks again
        # the last turn is one quote with no cue, its speaker found from the exchange
        last_turn_uncued = last.cue is None and i == len(self.quotes) - 1
        if not asking and last_turn_uncued and _is_question(last.text):
            return _Attribution(earlier_speaker, None, None)  # the one asked answers again
        return _NONE

    def _close(self, quote: Quote, start: int) -> bool:
        """Whether a quote at ``start`` follows ``quote`` with at most a short cue between."""
        gap = self.doc.text[quote.end : start]
        words = [w for w in gap.split() if any(ch.isalnum() for ch in w)]
        return len(words) <= _CONTINUATION_GAP

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


def _fills_paragraph(text: str, start: int, end: int) -> bool:
    """True when the quote ``[start, end)`` is all its paragraph holds."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return (k == 0 or text[k - 1] == "\n") and not text[end : line_end(text, end)].strip()

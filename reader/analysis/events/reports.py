"""Reported speech: where what a speech, belief or finding verb reports opens (at
"that"/"bahwa" or at its subject, past a time or a hearer), how a report is tied to the
speech that reports it, and speech that adds nothing (a bare frame, a closing source)."""

from __future__ import annotations

import bisect
from operator import attrgetter

from reader.analysis.events.clauses import _Clauses, _main_segment, _Segment
from reader.analysis.events.drafts import _Draft, _take_subject
from reader.analysis.events.lexicon import (
    _AUXILIARIES,
    _BARE_REPORT_LANGUAGES,
    _BARE_SUBJECT_WORDS,
    _DETERMINERS,
    _KNOWING_VERBS,
    _NOT_SUBJECT,
    _START,
    _THAT_WORDS,
    _TIME_PREPOSITIONS,
)
from reader.analysis.events.text import _find_all
from reader.analysis.number_words import starts_quantity
from reader.analysis.predicates import ID_FUTURE_AUXILIARIES
from reader.analysis.speech import PERSON_PRONOUNS, framing_verb_forms, word_set

#: A speech frame around a quote with at most this many other words adds nothing to it.
_BARE_FRAME_WORDS = 5
#: A closing "…, officials from both countries said in a statement" has at most this many
#: words on either side of its speech verb.
_ATTRIBUTION_WORDS = 6
#: Verbs whose hearer stands between them and "that" ("told parliament that", "warned
#: investors that"), and the word that introduces the hearer of an Indonesian speech verb
#: ("mengatakan kepada wartawan bahwa"); the hearer has at most _HEARER_WORDS words.
_TELLING_VERBS = word_set("told tell tells informed assured reminded warned briefed notified")
_TO_HEARER = word_set("kepada")
_HEARER_WORDS = 4
#: Prepositions of where a hearer was told ("told a press conference in Kyiv"), and how
#: many words a hearer with that place may take.
_TOLD_AT = word_set("in at")
_HEARER_REACH = 7
#: Speech verbs of requests, after which no reported clause opens with its subject: what
#: follows is what was asked for, not what happened, and the noun after the verb is the
#: request's object ("meminta pemerintah memperhatikan …", "urged the government to act").
_NO_BARE_REPORT = word_set(
    "meminta mendesak mengimbau menyerukan memerintahkan menginstruksikan asked urged "
    "ordered called"
)
#: Words after a speech verb that open no reported clause: prepositions, hearers' markers,
#: "that"/"bahwa" (cut on their own), "it"s of idioms ("as he put it").
_NOT_REPORT_OPENERS = (
    _THAT_WORDS
    | _TIME_PREPOSITIONS
    | word_set(
        "to kepada for with about of by from as after before during dalam dengan tentang "
        "soal terkait untuk oleh saat ketika usai seusai sebelum setelah sambil"
    )
)
#: Pronouns that open a reported clause for the speaker who is no person pronoun's: "it"
#: for a body, "they" for a group.
_SPEAKER_PRONOUNS = word_set("it they")
#: How many words a reported clause's subject and auxiliaries may take before its verb.
_REPORTED_SUBJECT = 8
_IS_PUNCT = attrgetter("is_punct")


class _Reports(_Clauses):
    """What a speech verb reports: where it opens, and the speech it belongs to."""

    def _report_cuts(self, marked: list[int]) -> list[int]:
        """Where what a speech, belief or finding verb reports opens, when it is a clause with
        a verb of its own: at "that"/"bahwa" ("said on Tuesday that it had hired 200 people on March
        3, 2024") or, in English and Indonesian, at the subject right after the verb ("said
        the talks had failed", "mengatakan pemerintah akan membangun …"). What was reported is
        a happening of its own, with its own day (a plan's is ahead, "said it would cut
        jobs next year"), while the speech keeps the day it was made. A request's object is
        no report ("meminta pemerintah memperhatikan …"). The "that" words are few and found
        by ``str.find``; the speech verbs are among the ``marked`` words."""
        text, words, found = self.doc.text, self.words, []
        for at in _find_all(text, " that ") + _find_all(text, " bahwa "):
            k = bisect.bisect_left(self.starts, at + 1)
            if k < len(words) and self._reports(k) and self._clause_from(k + 1):
                found.append(k)
        if self.lang in _BARE_REPORT_LANGUAGES:
            framing = framing_verb_forms(self.lang)
            for i in marked:
                if words[i].lower in framing and words[i].lower not in _NO_BARE_REPORT:
                    opener = self._reported_opener(i)
                    if opener is not None:
                        found.append(opener)
        return found

    def _reported_opener(self, i: int) -> int | None:
        """The first word of a clause reported right after the speech verb at word ``i``,
        maybe past its time ("said on Monday it would …") or after a hearer of one noun ("told
        reporters the suspects had …"): a subject, not a preposition ("said in a statement"),
        a hearer ("told lawmakers") or a quote; None when there is none."""
        words, quoted = self.words, self.quoted
        verb = words[i]
        if verb.start in quoted or self._in_name(verb):
            return None
        if i > 0 and words[i - 1].is_punct and verb.start in self.cue_starts:
            return None  # "“…,” wrote Maria Lopez in a reply": its speaker follows
        sent, k = verb.sent, i + 1
        while k < len(words) and words[k].sent == sent and self._timed(k):
            k += 1  # past "on Monday" to the subject
        if k < len(words) and verb.lower in _TELLING_VERBS:
            k = self._past_hearer(k, sent)
        if k >= len(words) or words[k].sent != sent:
            return None
        opener = words[k]
        if (
            opener.is_punct
            or opener.start in quoted
            or opener.lower in _NOT_REPORT_OPENERS
            or (opener.lower in _AUXILIARIES and not self._own_plan(k))  # no subject:
            # "demand had weakened" after "said"
            or not opener.text[:1].isalnum()
        ):
            return None
        return k if self._clause_from(k) else None

    def _own_plan(self, k: int) -> bool:
        """Whether the auxiliary at word ``k``, right after an Indonesian speech verb, opens the
        speaker's own plan ("menyatakan akan mengajukan gugatan pekan depan"), a happening of
        its own as "said it would file" is: Indonesian drops the subject, the speaker."""
        return (
            self.lang == "id"
            and self.words[k].lower in ID_FUTURE_AUXILIARIES
            and self._clause_from(k)
        )

    def _past_hearer(self, k: int, sent: int) -> int:
        """The word after the hearer that opens at word ``k`` after a verb of telling: one
        noun maybe after an article ("told (the) reporters"), or more words up to a time
        ("told a council meeting on Wednesday the city …") or up to the article or pronoun
        opening what was told ("told a news conference the talks …", "told the state
        broadcaster he …"), maybe past where it was told ("told a press conference in Kyiv
        the army …", "told investors in a letter it …": an article right after "in" or "at"
        is the place's), at most :data:`_HEARER_REACH` words."""
        words = self.words
        first = k + (words[k].lower in _DETERMINERS)
        for j in range(first + 1, min(first + _HEARER_REACH, len(words))):
            word = words[j]
            if word.sent != sent or not word.text[:1].isalnum() or word.lower in _THAT_WORDS:
                break  # ("told analysts that …" is cut at "that")
            if word.lower in _AUXILIARIES:
                return k  # no hearer: "warned sales would slow"
            if self._timed(j):
                while j < len(words) and words[j].sent == sent and self._timed(j):
                    j += 1  # "on Wednesday"
                return j
            if (
                word.lower in PERSON_PRONOUNS
                or word.lower in _SPEAKER_PRONOUNS
                or (word.lower in _DETERMINERS and words[j - 1].lower not in _TOLD_AT)
            ):
                return j
        return first + 1

    def _clause_from(self, k: int) -> bool:
        """Whether a clause opens at word ``k``: a sure verb (not its first word, no quoted
        one) follows within :data:`_REPORTED_SUBJECT` words, before any comma or the end of
        the sentence ("the budget had failed", not "the budget, which …", "lawmakers"). The
        word at ``k`` is the subject, never the predicate (see _segment)."""
        words, quoted = self.words, self.quoted
        if k >= len(words):
            return False
        sent = words[k].sent
        stop, limit = k + 1, min(len(words), k + _REPORTED_SUBJECT + 1)
        while stop < limit and words[stop].sent == sent:
            if words[stop].text == "," or words[stop].start in quoted:
                break
            stop += 1
        clause = range(k, stop)
        may_be_verb, slots = self.may_be_verb, self.verb_slots
        # "mengatakan 120 rumah rusak": after a counted Indonesian subject a bare verb (one
        # that may be an adjective, "rusak", "hilang", "tewas") is its predicate too
        weakest = 1 if self.lang == "id" and starts_quantity(words[k].lower, "id") else 2
        if self.lang == "id" and any(
            self._bare_reported(k, j) for j in clause[1 : 1 + _BARE_SUBJECT_WORDS]
        ):
            return True
        return any(
            (may_be_verb[words[j].lower] or words[j - 1].lower in slots)
            and self._form_of(clause, j) >= weakest
            for j in clause[1 + (weakest == 1) :]
        )

    def _reports(self, i: int) -> bool:
        """Whether the "that"/"bahwa" at word ``i`` follows a speech or finding verb, maybe
        with its time between ("said on Tuesday that")."""
        words = self.words
        sent = words[i].sent
        k = i - 1
        while (
            k >= 0
            and words[k].sent == sent
            and (self._in_time(words[k]) or words[k].lower in _TIME_PREPOSITIONS)
        ):
            k -= 1  # back over "on Tuesday" to the verb
        if k < 0 or words[k].sent != sent:
            return False
        return (
            self._speech(words[k]) or words[k].lower in _KNOWING_VERBS or self._told_hearer(k, sent)
        )

    def _told_hearer(self, k: int, sent: int) -> bool:
        """Whether word ``k`` ends the hearer of a speech verb: "told parliament (on
        Wednesday) that", "mengatakan kepada wartawan bahwa". What follows such a hearer is
        what was said, never a relative clause of the hearer's."""
        words = self.words
        for j in range(k, max(-1, k - _HEARER_WORDS - 1), -1):
            word = words[j]
            if word.sent != sent or not word.text[:1].isalnum():
                return False
            if word.lower in _TELLING_VERBS:
                return j < k
            if word.lower in _TO_HEARER:
                return 0 < j < k and self._speech(words[j - 1])
        return False

    def _reported_by(self, draft: _Draft, speech: _Draft) -> None:
        """Link the reported clause ``draft`` to the ``speech`` clause that reports it: "it"
        or "they" opening it stands for a speaker who is no person ("Harwick said on Monday
        it would cut jobs"; a person's "it" is something else: "Selby said it would be his
        last season"), and the speech's people count when it is compared with other events for the
        same happening ("Lopez said the meeting with Baker ended …" tells of Lopez's meeting
        with Baker; see _date_from_same_happening)."""
        words = self.words
        draft.reported = True
        at = bisect.bisect_left(self.starts, draft.start)
        if (
            words[at].lower in _SPEAKER_PRONOUNS
            and speech.actors
            and speech.actors[0] not in self.people_ids
        ):
            _take_subject(draft, speech, self.people_ids)
        people = draft.people | speech.people
        if len(people) >= 2 and draft.compared is None:
            draft.people = people
            draft.compared = (at, bisect.bisect_left(self.starts, draft.end, at) - 1)

    def _reported_subject(self, before: _Draft) -> str | None:
        """The actor a speech clause ``before`` reports the doing of, "" when it is no named
        actor ("kedua tersangka"); None when the clause reports no one else's doing: not a
        speech clause, a report opening with a pronoun, the speaker as often as not ("said
        he would resign and urged calm"), or a thing said, not a clause ("mengatakan hal itu
        dan meminta …", "called it “a licence to bulldoze” and said …")."""
        words = self.words
        if not self._speech(before.trigger):
            return None
        at = bisect.bisect_left(self.starts, before.trigger.end)
        if at < len(words) and words[at].lower in _THAT_WORDS:
            at += 1
        if at >= len(words) or words[at].start >= before.end:
            return None
        opener = words[at]
        if opener.lower in PERSON_PRONOUNS or opener.lower in _NOT_SUBJECT or opener.is_punct:
            return None
        clause = range(at, bisect.bisect_left(self.starts, before.end, at))
        quoted, may_be_verb, slots = self.quoted, self.may_be_verb, self.verb_slots
        if not any(
            words[i].start not in quoted
            and (may_be_verb[words[i].lower] or words[i - 1].lower in slots)  # (cheap first)
            and self._form_of(clause, i) == 2
            for i in clause[1:]
        ):
            return None
        entity = self.mentions.at(opener.start, opener.end)
        actor = self.mentions.actor_of(entity) if entity else None
        return actor or ""

    def _speaker_of_next(self, drafts: list[_Draft], first: int, draft: _Draft) -> _Draft | None:
        """The speech clause whose speaker does ``draft``, a clause with no subject of its
        own after the clause that speech reports, when its verb is one a speaker does ("John
        Hale said that the talks had failed and urged calm": Hale urged, not the talks; "…
        and added", "… and called for", "… dan meminta"); None otherwise (``drafts`` from
        index ``first`` are the sentence's). A report of the speaker's own doing ("said he
        would resign and urged calm") is left to the clause before, which names the speaker
        already."""
        if len(drafts) - 2 < first or not drafts[-1].reported or not drafts[-2].speech:
            return None
        if not self._speech(draft.trigger) and draft.trigger.lower not in _NO_BARE_REPORT:
            return None  # (a request is a speech act too: "… dan meminta warga tetap tenang")
        opener = self.words[bisect.bisect_left(self.starts, drafts[-1].start)]
        return None if opener.lower in PERSON_PRONOUNS else drafts[-2]

    def _attribution(self, sentence: range, clause: list[_Segment]) -> bool:
        """Whether the sentence's last clause only names the source of the one before it
        ("…, prosecutors said", "…, the White House said on Friday"): a short clause after a
        comma, a subject and a speech verb with no other verb after it ("…, dengan Kyiv
        mengatakan rumah sakit menjadi sasaran" says more). English only: Indonesian puts
        the verb first ("…, kata Ahmad"), and a clause with subject and speech verb after a
        comma there tells more ("Saat ditemui …, Veddriq bercerita tentang …")."""
        if self.lang != "en":
            return False
        main = _main_segment(clause)
        if main is None or main.trigger is None or not main.has_subject:
            return False
        trigger, last = main.trigger, clause[-1].last
        if main.boundary != "weak" or not self._speech(self.words[trigger]):
            return False
        if trigger - clause[0].first > _ATTRIBUTION_WORDS or last - trigger > _ATTRIBUTION_WORDS:
            return False
        return not any(self._form_of(sentence, i) for i in range(trigger + 1, last + 1))

    def _bare_speech_frame(self, first: int, last: int) -> bool:
        """Whether the clause (words ``first`` to ``last``) of a speech verb is a quote plus a
        few words ("he told reporters") and no date (a dated statement, "ujarnya …, Rabu
        (11/6)", is a happening of its own)."""
        span = self.words[first : last + 1]
        quoted = self.quoted
        if not any(map(quoted.__contains__, map(_START, span))):
            return False  # no quote in the clause
        outside = [w for w in span if w.start not in quoted]
        short = len(outside) - sum(map(_IS_PUNCT, outside)) <= _BARE_FRAME_WORDS
        return short and not self._dated(span[0].start, span[-1].end)

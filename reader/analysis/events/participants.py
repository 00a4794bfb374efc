"""Who takes part in a clause: its subject (a quote's speaker, a resolved pronoun, a
described person or body), the actors of its names (places and nationalities only as subjects,
organisations not as a backdrop, sources after "according to" not at all), and the
subject a clause without its own shares with the clause before, named in its summary."""

from __future__ import annotations

import bisect
import re

from reader.analysis import gazetteer
from reader.analysis.european import is_title
from reader.analysis.events.drafts import _Draft, _take_subject
from reader.analysis.events.lexicon import (
    _BARE_REPORT_LANGUAGES,
    _BEFORE_SECOND_VERB,
    _DETERMINERS,
    _LATE_CUE_OPENERS,
)
from reader.analysis.events.reports import _Reports
from reader.analysis.events.text import _within
from reader.analysis.name_cues import LEGAL_FORMS, PLACE_PREPOSITIONS
from reader.analysis.narrative import TEMPORAL_JOINERS
from reader.analysis.predicates import EU_NOUN_ARTICLES, is_relative
from reader.analysis.speech import (
    ADVERBS_BETWEEN,
    EUROPEAN_SUBJECT_ARTICLES,
    FROM_WORDS,
    PERSON_PRONOUNS,
    word_set,
)
from reader.analysis.titles import is_title_word
from reader.analysis.words import Word, according_length

#: Endings of the lowercase part of a place made an adjective ("London-listed",
#: "Oslo-based", "Soviet-style", "Urdu-language", "Oscar-winning"), not a name's own
#: lowercase part (typhoon "Kong-rey").
_ADJECTIVE_ENDINGS = ("ed", "ing", "born", "style", "language")
#: The names whose lists take part as a whole (see _acts): places and nationalities.
_LIST_MEMBERS = frozenset({"LOC", "MISC"})
# The most words a subject put before the summary of a clause that shares it may have.
_LEAD_SUBJECT_WORDS = 6
#: The words that close a list of subjects: "Indonesia dan Malaysia", "Ukraine or Russia". A
#: comma joins places only when the list goes on after the next one ("Chile, Peru and Bolivia
#: signed"; in "In Chile, Peru signed" it ends a setting; see _list_closes).
_CLOSING_JOINERS = word_set("dan serta and & or atau")
#: What joins the places of a list of subjects: those words and a comma ("Poland, Lithuania
#: and …").
_LIST_JOINERS = _CLOSING_JOINERS | {","}
#: What may stand right before a place that is the subject of its clause (besides the clause's
#: start): a list of subjects ("Indonesia dan Malaysia", "Poland, Lithuania and …"), an
#: article ("the Kremlin"), "pihak" ("pihak Rusia"). A title or a preposition there makes the
#: place a modifier or a setting ("Bupati Garut", "warga di Bekasi", "governor of Volgograd").
_SUBJECT_OPENERS = _LIST_JOINERS | word_set("the pihak")
#: Words that open a subject only right before its predicate: "dengan Kyiv mengatakan …",
#: "with Kyiv saying …" (not "together with France, Germany said").
_ABSOLUTE_OPENERS = word_set("dengan with")
#: How many words a subject may have whose "from"/"dari" names whom it acts for ("Negotiators
#: from Verania met", "Delegasi dari Malaysia tiba").
_ORIGIN_HEAD_WORDS = 3
#: What may stand right after a subject place before its predicate (besides auxiliaries and a
#: time: "Kyiv has said", "Kyiv on Thursday said"): the list's joiners and a few adverbs.
_SUBJECT_LINKS = _LIST_JOINERS | ADVERBS_BETWEEN  # ("Kostal later accepted", "Kyiv juga")
#: Most words of the source named after "menurut"/"according to" ("Menurut Kepala Badan
#: Meteorologi, Klimatologi …" is cut at its comma before that).
_SOURCE_WORDS = 12
#: Heads of a description of an organisation after a definite article in those languages
#: ("el club", "la squadra", "das Unternehmen", "het bedrijf", "le groupe").
_EU_BODY_HEADS = word_set(
    """club equipo conjunto empresa compañía organismo institución squadra scuderia società
    azienda istituto équipe société entreprise groupe organisme equipa clube
    instituição unternehmen konzern verein mannschaft firma bedrijf ploeg concern"""
)
#: Heads of "the company", "the chain" in English, and of "perusahaan itu" in Indonesian
#: ("perseroan", the listed company's word for itself, stands alone): a subject that stands
#: for the organisation the story is about (see _Participants._described_company).
_EN_BODY_HEADS = word_set(
    """company firm group chain bank lender carrier airline retailer insurer automaker
    carmaker miner producer manufacturer operator developer conglomerate"""
)
_ID_BODY_HEADS = word_set("perusahaan emiten bank maskapai")
_ID_THAT = word_set("itu tersebut ini")
#: How many characters before a person's name their title is looked for ("La ministra de
#: Sanidad, Mónica García").
_TITLE_WINDOW = 40
#: How many sentences back such a description looks for the organisation it stands for.
_BODY_REACH = 3

#: What stands between an organisation and the person it gives a title to: nothing but a
#: comma or a space ("Kepala BPBD Garut, Satria Budi"), or in English a possessive and the
#: role ("Harbor's chief executive, Laura Benson").
_TITLE_GAP = re.compile(r"(?:['\u2019]s((?: [a-z]+){1,3}))?,? ?")
#: Most words between a title and the body it names ("Kepala Eksekutif Pengawas Pasar Modal
#: OJK": "Eksekutif" is four words before "OJK").
_TITLE_REACH = 4
#: The four characters before an organisation named as the place where something happens:
#: "di Kedutaan Besar RI" (not "ke": "menyerahkan ke KPK" names a party to the happening;
#: nor English "at": "analysts at Goldman Sachs said" names whom they speak for).
_AT_PLACE = " di "


class _Participants(_Reports):
    """A clause's actors, its subject first, and the subject it shares."""

    def _participants(self, first: int, trigger: int, last: int, sent: int) -> list[str]:
        """Actor ids of the clause (words ``first`` to ``last``): its subject first — the
        speaker when the predicate is a quote's speech cue, a pronoun before the predicate
        resolved to its person, or with a parse the predicate's ``nsubj`` wherever it stands —
        then the actors of the entities in the clause outside quotes."""
        words = self.words
        verb = words[trigger]
        speaker = self._cue_speaker(verb)
        found: list[str] = [speaker] if speaker else []
        pronoun_at = self.pronoun_at
        at = bisect.bisect_left(pronoun_at, first)
        subjects: list[Word] = []
        if at < len(pronoun_at) and pronoun_at[at] < trigger:  # (most clauses have none)
            subjects = list(
                map(words.__getitem__, pronoun_at[at : bisect.bisect_left(pronoun_at, trigger, at)])
            )
        if self.doc.has_parse:
            subjects += self._parse_subjects(words[trigger], words[first : last + 1])
        for word in subjects:  # few clauses have one
            entity = self.mentions.at(word.start, word.end)
            actor = self.mentions.actor_of(entity) if entity else None
            if actor is None and word.lower in PERSON_PRONOUNS:
                actor = self.persons.resolve(sent, word.start)
            if actor:
                found.append(actor)
        if not found:  # "The Russian leader agreed …": the person named before by that role
            actor = self.persons.role_at(words, first, trigger)
            if actor is None and self.lang in EUROPEAN_SUBJECT_ARTICLES:
                actor = self._described_person(first, trigger, sent) or self._described_body(
                    first, trigger, sent
                )
            elif actor is None and self.lang in ("en", "id"):
                actor = self._described_company(first, trigger, sent)
            if actor:
                found.append(actor)
        # the entities inside the clause, its dateline left out (Mentions.iter_within, by two
        # bisects here: a generator costs more to resume than the few entities cost to test)
        names, starts, ends, end = (
            self.mentions.entities,
            self._name_starts,
            self._name_ends,
            words[last].end,
        )
        start, text = words[first].start, self.doc.text
        if not start or text[start - 1] == "\n":  # (a clause opening a line: a dateline?)
            start = self._after_dateline(start)
        lo = bisect.bisect_left(starts, start)
        quotes = self.persons.quote_spans  # (no quote, nothing to leave out)
        for k in range(lo, bisect.bisect_left(starts, end, lo)):
            label = names[k].label
            if (
                ends[k] <= end
                and (
                    (label != "LOC" and not (label == "MISC" and _adjectival(names[k].text)))
                    or self._acts(first, trigger, starts[k], ends[k])
                )
                and (label != "ORG" or not self._backdrop(k))
                and not (self.source_spans and self._in_source(starts[k]))
            ):
                actor = names[k].actor or self.mentions.actor_of(names[k])
                if actor and not (quotes and self.persons.in_quote(starts[k], ends[k])):
                    found.append(actor)
        return list(dict.fromkeys(found)) if len(found) > 1 else found

    def _parse_subjects(self, trigger: Word, span: list[Word]) -> list[Word]:
        """Words of the clause that the parse marks as ``nsubj`` of the predicate."""
        tokens = self.doc.sentences[trigger.sent].tokens
        heads = set(trigger.parts)
        return [
            w
            for w in span
            if any(
                tokens[i].head in heads and (tokens[i].deprel or "").startswith("nsubj")
                for i in w.parts
            )
        ]

    def _described_person(self, first: int, trigger: int, sent: int) -> str | None:
        """The person a German, French, Spanish, Italian, Portuguese or Dutch clause opening
        with a definite article and a title names ("La ministra insistió", "Der Kanzler
        reist", "Il ministro ha difeso"; no name after it): the one the text was about, as
        a pronoun would (the quotes read "erklärte der CDU-Politiker" so)."""
        words = self.words
        if trigger - first < 2 or words[first].lower not in EUROPEAN_SUBJECT_ARTICLES[self.lang][0]:
            return None
        if not is_title(words[first + 1].text, self.lang):
            return None
        starts = self._name_starts
        if starts and starts[_within(starts, words[first].start, words[trigger].start)]:
            return None  # "O ministro dos Transportes, Renan Filho, afirmou": named there
        person = self.persons.resolve(sent, words[first].start)
        if person is None or not self._titled_so(person, words[first + 1].lower):
            return None
        return person

    def _titled_so(self, person: str, head: str) -> bool:
        """Whether ``person`` was named with the title ``head`` shortly before a mention
        ("La ministra de Sanidad, Mónica García", "Bundeskanzler Olaf Scholz"), so that "la
        ministra", "der Kanzler" is them; not "O presidente Rui Lemos …. O ministro falou"
        nor "zijn advocaat Peter Schouten …. De rechter zal": someone else."""
        text, mentions = self.doc.text, self.mentions
        return any(
            head in text[max(0, entity.start - _TITLE_WINDOW) : entity.start].lower()
            for entity in mentions.entities
            if mentions.actor_of(entity) == person
        )

    def _described_body(self, first: int, trigger: int, sent: int) -> str | None:
        """The organisation a German, French, Spanish, Italian, Portuguese or Dutch clause
        opening with a definite article and a body's head names ("El club visitará", "La
        squadra affronterà", "Das Unternehmen will"; no name after it): the one that opens
        the nearest sentence before opened by an organisation ("El Real Madrid ganó … al
        Sevilla", not the club it beat), up to :data:`_BODY_REACH` sentences back."""
        words = self.words
        if trigger - first < 2 or words[first + 1].lower not in _EU_BODY_HEADS:
            return None
        article = words[first].lower  # (any but an indefinite one: "das Unternehmen")
        if (
            article not in EU_NOUN_ARTICLES[self.lang]
            or article in EUROPEAN_SUBJECT_ARTICLES[self.lang][1]
        ):
            return None
        starts = self._name_starts
        if starts and starts[_within(starts, words[first].start, words[trigger].start)]:
            return None  # "Der Konzern Bayer will": named there
        return self._opening_body(sent)

    def _described_company(self, first: int, trigger: int, sent: int) -> str | None:
        """The organisation an English or Indonesian subject right before the predicate
        describes ("the chain had lowered", "Perseroan menutup", "perusahaan itu akan"): in
        English the one that opens the nearest sentence before opened by an organisation, as
        :meth:`_described_body` finds it ("Corvale Shipping Ltd reported … The week before,
        the company had cut its forecast"), in Indonesian the story's first company."""
        words = self.words
        k = trigger - 1
        while k > first and words[k].lower in _BEFORE_SECOND_VERB:
            k -= 1  # "the chain had", "perusahaan itu akan"
        head = words[k].lower
        if self._in_name(words[k]):
            return None  # "The Bank said": a name of its own
        if self.lang == "en":
            described = head in _EN_BODY_HEADS and k > first and words[k - 1].lower == "the"
            return self._opening_body(sent) if described else None
        if head in _ID_THAT:
            described = k > first and words[k - 1].lower in _ID_BODY_HEADS
        else:
            described = head == "perseroan"
        return self._first_company(words[k].start) if described else None

    def _first_company(self, before: int) -> str | None:
        """The actor of the first company named before offset ``before``, by a legal form in
        its name ("PT Semen Andalas Tbk"): what an Indonesian story's "perseroan" stands for,
        the company its lede is about, whoever else it cites since."""
        mentions = self.mentions
        for entity in mentions.entities:
            if entity.start >= before:
                return None
            if mentions.label_of(entity) == "ORG" and not LEGAL_FORMS.isdisjoint(
                w.strip("().,").lower() for w in entity.text.split()
            ):
                return mentions.actor_of(entity)
        return None

    def _opening_body(self, sent: int) -> str | None:
        """The actor of the organisation that opens the nearest sentence before ``sent``
        opened by one, up to :data:`_BODY_REACH` sentences back."""
        names, starts, mentions = self.mentions.entities, self._name_starts, self.mentions
        for back in range(sent - 1, max(-1, sent - 1 - _BODY_REACH), -1):
            sentence = self.doc.sentences[back]
            at = bisect.bisect_left(starts, sentence.start)
            if at == len(names) or names[at].start >= sentence.end:
                continue
            opener = names[at]
            if mentions.label_of(opener) == "ORG":
                return opener.actor or mentions.actor_of(opener)
        return None

    def _backdrop(self, k: int) -> bool:
        """Whether organisation ``k`` (an index into the entities) takes no part in its clause:
        part of the title of the person named right after it ("Kepala BPBD Garut, Satria
        Budi", "Ketua DPR Puan Maharani", "Harbor's chief executive, Laura Benson"), where the
        person acts and the body only says who they are; the party in brackets after a person
        ("Olaf Scholz (SPD) sagte"); or a building where things happen ("menggelar konferensi
        pers di Kedutaan Besar RI")."""
        names, text = self.mentions.entities, self.doc.text
        start = names[k].start
        if text[max(0, start - 4) : start].lower() == _AT_PLACE:
            return True
        if text[start - 1 : start] == "(" and text[names[k].end : names[k].end + 1] == ")":
            return self._party_of_person(k)
        if k + 1 == len(names) or names[k + 1].label != "PER":
            return False
        gap = _TITLE_GAP.fullmatch(text, names[k].end, names[k + 1].start)
        if gap is None:
            return False
        if gap.group(1):  # "Harbor's chief executive, Laura Benson"
            return any(map(is_title_word, gap.group(1).split()))
        # a title shortly before: "Kepala BPBD Garut, Satria Budi", "Ketua DPR Puan Maharani";
        # not a list, "Persib Tekuk Persija, Bojan Puji …", nor "saksi dari PT Bumi Cahaya"
        # misread as a firm and a person
        words = self.words
        at = bisect.bisect_left(self.starts, start)
        for i in range(at - 1, max(-1, at - 1 - _TITLE_REACH), -1):
            if words[i].is_punct or words[i].sent != words[at].sent:
                return False
            if is_title_word(words[i].text):
                return True
        return False

    def _party_of_person(self, k: int) -> bool:
        """Whether organisation ``k``, in brackets, follows a person's name, as a party or a
        firm does ("Olaf Scholz (SPD)"); not a name read in pieces, with another name right
        before the person ("Malayan Banking Berhad (MB)": a bank's acronym)."""
        names = self.mentions.entities
        person = names[k - 1] if k else None
        if person is None or person.label != "PER" or person.end < names[k].start - 2:
            return False
        return k < 2 or names[k - 2].end < person.start - 1

    def _acts(self, first: int, trigger: int, start: int, end: int) -> bool:
        """Whether the place named at ``start``–``end`` in the clause opening at word ``first``
        is a subject of its predicate (word ``trigger``), so a participant: "Kyiv said",
        "Pada Selasa, Tiongkok mengirim …", "Indonesia dan Malaysia menandatangani …". It
        stands before the predicate, at the clause's start or after a comma, "and", an
        article or a time ("Beberapa jam kemudian Ukraina …"), and only auxiliaries, adverbs,
        a time or a list's joiners come between it and the predicate. Other places are where
        things happen ("tiba di Garut", "returned from a visit to Singapore") or modify a
        name ("Bupati Garut"), and take no part."""
        words = self.words
        if end > words[trigger].start:
            return False
        at = bisect.bisect_left(self.starts, start, first, trigger)
        after = bisect.bisect_left(self.starts, end, at, trigger)
        if at > first:
            before = words[at - 1]
            member = (
                self._member_before(at - 1)
                if before.lower in _CLOSING_JOINERS
                or (before.text == "," and self._list_closes(at - 1, trigger))
                else None
            )
            if member is not None:
                # A list opens as its first member does ("Indonesia dan Malaysia
                # menandatangani", not "Di Surabaya dan Makassar, harga …") and ends as its
                # last one ("Ukrainian and Canadian officials met": neither takes part).
                if not self._acts(first, trigger, *member):
                    return False
            elif after == trigger and before.lower in _ABSOLUTE_OPENERS:
                return True
            elif (
                before.lower not in _SUBJECT_OPENERS
                and not self._in_time(before)
                and not (words[after].text != "," and self._origin_of_subject(first, at))
            ):
                return False  # ("Away from Westminster, the reaction …": a setting)
        elif first and words[first - 1].lower in PLACE_PREPOSITIONS:
            return False  # the clause opens after "Di"/"In": "Di Medan dan Padang, harga …"
        after = self._list_end(after, trigger)
        if after == trigger:
            return True
        word = words[after]
        return word.lower in _SUBJECT_LINKS or word.lower in self.verb_slots or self._in_time(word)

    def _list_end(self, after: int, trigger: int) -> int:
        """The word after the list of places or nationalities that goes on at word ``after``
        with a joiner before the predicate at ``trigger`` ("Swiss and Austrian officials":
        "officials"), or ``after`` when none goes on: a list takes part as a whole."""
        words, starts = self.words, self._name_starts
        while after + 1 < trigger and (
            words[after].lower in _CLOSING_JOINERS
            or (words[after].text == "," and self._list_closes(after, trigger))
        ):
            k = bisect.bisect_left(starts, words[after + 1].start)
            if k == len(starts) or starts[k] != words[after + 1].start:
                break
            if self.mentions.entities[k].label not in _LIST_MEMBERS:
                break
            after = bisect.bisect_left(self.starts, self._name_ends[k], after, trigger)
        return after

    def _list_closes(self, comma: int, trigger: int) -> bool:
        """Whether the comma at word ``comma`` joins places: the place or nationality after it
        is followed by another comma or a joiner, so a list goes on to one that closes it
        ("Chile, Peru and Bolivia signed") or the place is part of an address ("Desa Lamteuba,
        Aceh Besar, terbakar"); not a comma after a setting, with one place standing alone
        before the predicate at ``trigger`` ("In Chile, Peru signed")."""
        end = self._member_end(comma + 1, trigger)
        if end is None or end >= trigger:
            return False
        word = self.words[end]
        return word.text == "," or word.lower in _CLOSING_JOINERS

    def _member_end(self, at: int, trigger: int) -> int | None:
        """The word after the place or nationality that opens at word ``at`` (before the
        predicate at ``trigger``), or None when none opens there."""
        if at >= trigger:
            return None
        starts, start = self._name_starts, self.words[at].start
        k = bisect.bisect_left(starts, start)
        if k == len(starts) or starts[k] != start:
            return None
        if self.mentions.entities[k].label not in _LIST_MEMBERS:
            return None
        return bisect.bisect_left(self.starts, self._name_ends[k], at, trigger)

    def _member_before(self, joiner: int) -> tuple[int, int] | None:
        """The (start, end) of the place or nationality that ends right before the list
        joiner at word ``joiner``, if one does."""
        end = self.words[joiner - 1].end
        k = bisect.bisect_left(self._name_ends, end)
        if k == len(self._name_ends) or self._name_ends[k] != end:
            return None
        name = self.mentions.entities[k]
        return (name.start, end) if name.label in _LIST_MEMBERS else None

    def _origin_of_subject(self, first: int, at: int) -> bool:
        """Whether the place at word ``at`` follows "from"/"dari" right after a short subject
        of common nouns opening the clause ("Negotiators from Verania and Kostal met …", "The
        delegates from France signed …", "Delegasi dari Malaysia tiba …"): those who act
        there act for it, as "Verania's negotiators" would; not a person's home town ("Andi
        dari Garut", a name before it) nor a setting ("arrived from Geneva": after the
        predicate, see _acts)."""
        words = self.words
        head = at - 2
        if head < first or words[at - 1].lower not in FROM_WORDS:
            return False
        while first < head and (words[first].is_punct or self._timed(first)):
            first += 1  # "On Monday, troops from Russia crossed …"
        if head - first >= _ORIGIN_HEAD_WORDS:
            return False
        return not any(
            words[i].is_punct or self._in_name(words[i]) or self._in_time(words[i])
            for i in range(first, head + 1)
        )

    def _sources(self, openers: list[int]) -> list[tuple[int, int]]:
        """The (start, end) offsets of the sources named after the "menurut"/"according to"
        phrases opening at words ``openers``: from the word after the phrase to the next
        comma outside a name or the end of the sentence ("Menurut BPBD Cianjur, banjir
        melanda …", "Menurut Badan Meteorologi, Klimatologi, dan Geofisika, gempa …", "…,
        according to the coast guard")."""
        words, spans = self.words, []
        for i in openers:
            k = i + according_length(words, i, len(words), self.lang)
            if k == i or k >= len(words):
                continue
            sent, stop = words[i].sent, k
            while (
                stop < len(words)
                and stop - k < _SOURCE_WORDS
                and words[stop].sent == sent
                and (words[stop].text != "," or self._in_name(words[stop]))
            ):
                stop += 1
            if stop > k:
                spans.append((words[k].start, words[stop - 1].end))
        return spans

    def _in_source(self, start: int) -> bool:
        """Whether the name at offset ``start`` is a source named after "menurut"/"according
        to" (see _sources): one opening by then reaches past it (a bisection, as a long text
        names many sources)."""
        k = bisect.bisect_right(self.source_starts, start)
        return k > 0 and self.source_reach[k - 1] > start

    def _subject_named(self, first: int, trigger: int, actors: list[str]) -> bool:
        """Whether the clause's first actor stood before its predicate: a speaker, a pronoun
        or an entity in ``words[first:trigger]``; False when the only actors come after it
        (its objects: "Officers detained Maria Lopez")."""
        if not actors:
            return True
        words = self.words
        start, stop = words[first].start, words[trigger].start
        if self._cue_speaker(words[trigger]):
            return True
        pronoun_at = self.pronoun_at
        if pronoun_at and pronoun_at[_within(pronoun_at, first, trigger)]:
            return True
        return bool(self._name_starts[_within(self._name_starts, start, stop)])

    def _share_subject(self, draft: _Draft, before: _Draft) -> None:
        """Give ``draft`` the subject of the clause ``before`` it shares it with: the
        clause's own, or when that clause reports what someone other than its speaker did,
        that someone: "Gidion mengatakan kedua tersangka membobol ATM itu dan membawa kabur
        uangnya", "Tan said Tanjong would complete the sale and expects a profit"."""
        reported = self._reported_subject(before)
        if reported is None:
            _take_subject(draft, before, self.people_ids)
        elif reported:
            draft.actors = list(dict.fromkeys([reported, *draft.actors]))
            draft.people = self.people_ids.intersection(draft.actors)

    def _subject_lead(self, before: _Draft, draft: _Draft) -> str:
        """The subject of the clause ``before`` as the lead of the summary of ``draft``, a
        clause that shares it ("Lopez arrived … and met Cho" → "Lopez met Cho", "Kirby, who
        resigned on Monday, said …" → "Kirby said …"), or "": in English and Indonesian only,
        for a finite verb (not "…, adding that …"), and for a short subject with neither a
        comma (but before a relative clause) nor a time ("On Monday police …"; one set off by
        its comma before the subject is left out: "Sehari kemudian, Sungai Cimanuk …"), nor before
        a clause opened by a joiner ("… setelah mengalahkan …"). A person's pronoun gives
        the person's name ("Hale said he would resign and urged calm" → "John Hale urged
        calm")."""
        if self.lang not in _BARE_REPORT_LANGUAGES or draft.trigger.lower.endswith("ing"):
            return ""
        words, starts = self.words, self.starts
        if words[bisect.bisect_left(starts, draft.start)].lower in TEMPORAL_JOINERS:
            return ""
        if before.lead:
            return before.lead
        first = bisect.bisect_left(starts, before.start)
        if words[first].lower in TEMPORAL_JOINERS or words[first].lower in _LATE_CUE_OPENERS:
            return ""  # ("Sejak itu pemerintah …", "Then police …")
        first = self._past_opening_time(first, before.trigger.start)
        if is_relative(words[first].lower, self.lang):
            return self._antecedent(first)  # "the mayor, who resigned …, will testify"
        if words[first].lower in PERSON_PRONOUNS and draft.actors:
            name = self.person_names.get(draft.actors[0])
            if name is not None:
                return name + " "
        cut = bisect.bisect_left(starts, before.trigger.start, first)
        for i in range(first, cut):
            if self._in_time(words[i]):
                return ""
            if words[i].text == ",":
                if not is_relative(words[i + 1].lower, self.lang):
                    return ""
                cut = i
                break
        while cut > first and words[cut - 1].lower in _BEFORE_SECOND_VERB:
            cut -= 1  # "The company will publish …": the subject, not its auxiliary
        if cut == first or cut - first > _LEAD_SUBJECT_WORDS:
            return ""
        return self.doc.text[words[first].start : words[cut - 1].end] + " "

    def _past_opening_time(self, first: int, trigger: int) -> int:
        """The word after a time and its comma that open a clause before its predicate
        ("Sehari kemudian, Sungai Cimanuk meluap", "On Sunday, the water reached …"): where
        its subject starts; ``first`` when the clause opens otherwise."""
        words, k = self.words, first
        if first + 1 < len(words) and self._in_time(words[first + 1]):
            k += 1  # its preposition: "On Sunday", "Pada Minggu (18/1)"
        while k < len(words) and words[k].start < trigger and self._in_time(words[k]):
            k += 1
        if k > first and words[k].text == ",":
            return k + 1
        return first

    def _antecedent(self, first: int) -> str:
        """The noun phrase a relative pronoun at word ``first`` stands for, as a summary's
        lead: the words before its comma (or right before it) back to their article
        ("Officials said the mayor, who …" → "the mayor ") or the capitalised name there ("…
        menang atas Bandung FC, yang …" → "Bandung FC "); "" when neither is within reach."""
        words, k = self.words, first - 1
        sent = words[first].sent
        if k < 1:
            return ""
        bare = words[k].text != ","
        if bare:
            k = first  # no comma: "the case which prosecutors filed" → "the case "
        start, named = k, False
        while start > 0 and k - start < _LEAD_SUBJECT_WORDS:
            word = words[start - 1]
            if word.sent != sent or not word.text[:1].isalnum() or self._speech(word):
                break  # the phrase starts at its clause's edge
            if word.lower in _DETERMINERS:
                start -= 1
                bare = False
                break  # its article
            if not word.text[:1].isupper() and named:
                bare = False
                break  # the name ends the phrase: "… atas Bandung FC"
            named = word.text[:1].isupper()
            start -= 1
        else:
            if start > 0 and k - start == _LEAD_SUBJECT_WORDS:
                return ""  # too long for a noun phrase
        if bare:
            return ""  # with no comma, only an article or a name marks where the phrase starts
        return self.doc.text[words[start].start : words[k - 1].end] + " " if start < k else ""

    def _name_pronoun(self, draft: _Draft, first: int, sent: int) -> None:
        """Name the person a clause's opening pronoun stands for in its summary ("She said the
        plan …" → "Dana Cole said the plan …", "Ia mengatakan …" → "Buky Wibawa mengatakan
        …"): a timeline row is read apart from the sentence before it, where "she" was
        named. The pronoun is resolved as the quotes resolve it; unresolved, it stays, and so
        it does when the person is named in the clause itself ("He lost to Nadal": not
        Nadal)."""
        pronoun = self.words[first]
        actor = self.persons.resolve(sent, pronoun.start)
        name = self.person_names.get(actor) if actor else None
        if name is None or name.rsplit(" ", 1)[-1] in self.doc.text[pronoun.end : draft.end]:
            return
        if first + 1 < len(self.words):
            draft.lead = name + " "
            draft.after_lead = self.words[first + 1].start


def _adjectival(name: str) -> bool:
    """Is the MISC ``name`` a nationality or a place made an adjective ("Chilean", "Muslim",
    "London-listed"), which describes a participant ("the Chilean city of Arica", "shares in
    the London-listed firm") and takes part only as the subject ("Indonesians voted")?"""
    head, _, tail = name.rpartition("-")
    made = bool(head) and tail.islower() and tail.endswith(_ADJECTIVE_ENDINGS)
    return made or gazetteer.is_demonym(name)

"""Evidence that a run names a person, above all a lone word that opens a sentence."""

from __future__ import annotations

from reader.analysis import gazetteer
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.entities.lexicon import (
    _AFTER_MONTHS,
    _AFTER_SPEAKER,
    _APOSTROPHES,
    _APPOSITION_KINDS,
    _APPOSITION_STOPS,
    _ARTICLES,
    _ASIDE_REACH,
    _AUXILIARIES,
    _BUSINESS_CUES_AFTER,
    _BUSINESS_RESULTS,
    _BUSINESS_ROLES,
    _CALLED,
    _CASE_PARTIES,
    _CHIEF_OFFICERS,
    _CLAUSE_MARKS,
    _COMPANY_FORMS,
    _COMPANY_LAST_WORDS,
    _COORDINATION,
    _DEFINING_COPULAS,
    _DEMONSTRATIVES,
    _ENCOUNTER_NOUNS,
    _ENSEMBLE_NOUNS,
    _EPITHET_ENDINGS,
    _EVERYONE,
    _FOUNDED,
    _GENDERED_OWNERS,
    _GENUS_ENDINGS,
    _HEADS,
    _HONOUR_OPENERS,
    _ID_DEFINING_COPULAS,
    _INDONESIAN_COMPASS,
    _INDONESIAN_NAME_ENDINGS,
    _LEAGUE_NOUNS_AFTER,
    _LOWER_ARTICLES,
    _MAKERS_BY_ROLE,
    _MALAYSIAN_HONOURS,
    _MALAYSIAN_PAIRED_HONOURS,
    _MALAYSIAN_SECOND_HONOURS,
    _MATCH_VERBS,
    _MONTH_SUBJECT_VERBS,
    _NICKNAME_NOUNS,
    _NOT_NAME_POS,
    _ORGANISATION_NOUNS,
    _ORGANISM_NOUNS,
    _PEERAGES,
    _PERSONAL_OWNERS,
    _PHRASE_END_PREPOSITIONS,
    _PLURAL_PEOPLE_ENDINGS,
    _PRICE_MOVES,
    _ROUTE_WORDS,
    _SPEAKING_PROVINCES,
    _TENURES,
    _TWO_LETTER_HEADS,
    _TWO_WORD_HEADS,
    _UP_ENDS,
    CUED,
)
from reader.analysis.entities.shapes import (
    _gazetteer_place,
    _is_acronym,
    _is_camel_case,
    _is_capitalised_compound,
    _is_initial,
    _is_numbered_name,
    _is_person_noun,
    _is_possessive,
    _is_word_shaped_name,
)
from reader.analysis.entities.sport import _SportEvidence
from reader.analysis.entities.word_bits import _HEAD_WORD
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import (
    ABSTRACT_ENDINGS,
    AGENT_PAST_VERBS,
    CALENDAR_WORDS,
    COMMON_ACRONYMS,
    COMMON_SUBJECTS,
    EAST_ASIAN_SURNAMES,
    EVENT_HEADS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    LAW_HEADS,
    NAME_POSSESSORS,
    NO_AGENTS,
    NOUNS_BEFORE_NAMES,
    ORG_TAILS,
    PERSON_CONTEXT,
    PERSONAL_PAST_VERBS,
    PUBLIC_BODY_WORDS,
    RELATIVE_WORDS,
    SPEECH_VERBS,
    SURNAMES_IN_S,
    WORK_NOUNS,
    foreign_surname_shaped,
    looks_like_common_noun,
)
from reader.analysis.number_words import starts_quantity
from reader.analysis.predicates import EN_IRREGULAR
from reader.analysis.speech import ID_SPEECH_ROOTS, PERSON_ONLY_PRONOUNS
from reader.analysis.titles import (
    ROYAL_GIVEN_NAMES,
    TITLE_HEADS,
    match_title,
)


class _PersonEvidence(_SportEvidence):
    """Evidence that a run names a person, above all a lone word opening a sentence, where
    a capital proves nothing."""

    def _month_given_name(self, i: int) -> bool:
        """Is the month at ``i`` the given name the text writes inside a person's name
        elsewhere ("Juli" of "Raja Juli Antoni"), here opening the sentence or after the
        name's royal first word, before a word in small letters that is no time ("Juli
        berkata", "Raja Juli menegaskan"; not "Juli lalu", "Juli 2025", "pada Juli") nor a
        verb a month is the subject of ("Juli merupakan puncak musim kemarau")?"""
        words = self.words
        if words[i] not in self.ctx.name_months or i + 1 >= self.n:
            return False
        nxt = words[i + 1]
        return (
            (i in self.initial or words[i - 1] in ROYAL_GIVEN_NAMES)
            and nxt[:1].islower()
            and nxt not in _AFTER_MONTHS
            and nxt not in _MONTH_SUBJECT_VERBS
        )

    def _lone_word_names_no_one(self, a: int) -> bool:
        """Is the run of the one word at ``a`` no name, by the words around it? (Asked
        before the rules of datelines: a leader's time in office follows its owner, where no
        dateline's place or outlet stands.)"""
        words, b = self.words, a + 1
        if len(words[a]) <= 3 and self._on_number_plate(a):
            return True  # "nopol DK 1234 AB": the letters of a number plate
        if words[b : b + 1] in _DEMONSTRATIVES and self.bits[a] & _HEAD_WORD:
            return True  # "Pasar itu berada di …": the market named before, by its kind
        if (
            a > 0
            and words[a - 1] == "the"
            and _is_possessive(words[a])
            and words[a][:-2].lower() in TITLE_HEADS
        ):
            return True  # "the King's birthday", "the Pope's visit": a title, as "the King" is
        if words[a] in _INDONESIAN_COMPASS and a > 0 and words[a - 1].startswith("se-"):
            return True  # "se-Jawa Tengah" (all of Central Java): the end of a place's name
        if words[b : b + 1] == ("of",) and words[a].lower() in _PEERAGES:
            return True  # "The Duke of Sussex": a peer's title; the place after it is named
        # "Her Premiership ended in 1990": her time in office, no league
        return a > 0 and self._tenure_of_owner(a)

    def _names_species(self, a: int, b: int) -> bool:
        """Does the run ``[a, b)`` end with the genus of a Latin binomial, a lowercase
        species epithet after it and an organism noun before it or a genus's ending ("nyamuk
        Aedes aegypti", "Parasit Plasmodium falciparum …" at a sentence's start,
        "Mycobacterium tuberculosis")? A species is no person, and CoNLL-style entities name
        none, so the run is dropped rather than made MISC (in any language)."""
        words = self.words
        g = b - 1
        if b >= self.n or b - a > 2 or (b - a == 2 and words[a].lower() not in _ORGANISM_NOUNS):
            return False
        epithet = words[b]
        return (
            len(epithet) > 3
            and epithet.isalpha()
            and epithet.islower()
            and epithet.endswith(_EPITHET_ENDINGS)
            and (
                (g > 0 and words[g - 1].lower() in _ORGANISM_NOUNS)
                or words[g].lower().endswith(_GENUS_ENDINGS)
            )
        )

    def _plural_subject_noun(self, a: int) -> bool:
        """Is the lone word opening the sentence at ``a`` (with no other evidence of a
        name) shaped as an English plural noun, so that a speech verb after it makes no
        person ("Aides said", "Relatives said", "Regulators said")? A surname the text
        gives after a given name ("Jones" of "Ann Jones"), a common surname or given name of
        that shape ("Jones said", "Williams said", "James said") is still a person."""
        word = self.words[a]
        return (
            self.ctx.english
            and len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s"))
            and word[1:].islower()
            and word not in SURNAMES_IN_S
            and word not in GIVEN_NAMES
            and word not in self.ctx.surnames()
        )

    def _noun_before_name(self, word: str) -> bool:
        """Is ``word``, opening a sentence before a name, a noun that is no part of it: an
        act or trade (NOUNS_BEFORE_NAMES), or in Indonesian a kind of work ("Film Laskar
        Pelangi disutradarai …", "Album Kisah Klasik dirilis …"), whose title follows?"""
        low = word.lower()
        return low in NOUNS_BEFORE_NAMES or (not self.ctx.english and low in WORK_NOUNS)

    def _speech_root_opens(self, a: int, b: int) -> bool:
        """Is the Indonesian run ``[a, b)`` a bare verb of saying opening the sentence, then
        the speaker's name before a comma or the word of whom he said it to or when ("Kata
        Syahrul, panen bagus", "Ujar Budi, …", "Kata Muh. Nasir kepada wartawan")? The verb
        is no part of the name (but "Kata Pengantar buku ini" is a preface)."""
        return (
            b - a > 1
            and not self.ctx.english
            and (self.words[b : b + 1] == (",",) or self.words[b : b + 1] in _AFTER_SPEAKER)
            and self.words[a].lower() in ID_SPEECH_ROOTS
            and self.words[a] not in GIVEN_NAMES
        )

    def _opens_phrasal_verb(self, b: int) -> bool:
        """Is the first word, before ``b``, a participle before "by" ("Fed by strong winds",
        "Hit by") or the verb of "X up with" or "X up of" ("Fed up with", "Teamed up of")?
        No name opening a sentence is followed so."""
        after = self.words[b : b + 1]
        return after == ("by",) or (after == ("up",) and self.words[b + 1 : b + 2] in _UP_ENDS)

    def _after_malaysian_honours(self, a: int, b: int) -> int:
        """Where the name starts after Malaysian honours opening the run ``[a, b)`` ("Tan
        Sri Dato' Tahir", "Datuk Seri Anwar Ibrahim"): titles, kept out of the name as
        "Sir" is. "Sri" and "Tan" alone are names ("Sri Mulyani", "Vincent Tan"); "Sri"
        after an honour is one ("Dato' Sri"), even when the apostrophe ended the run."""
        words, k = self.words, a
        if self._after_honour_apostrophe(a):
            k += b - a > 1 and words[a] in _MALAYSIAN_SECOND_HONOURS
        while k < b:
            if words[k] in _MALAYSIAN_PAIRED_HONOURS and words[k + 1 : k + 2] == ("Sri",):
                k += 2
            elif words[k] in _MALAYSIAN_HONOURS:
                k += 1
                k += k < b - 1 and words[k] in _MALAYSIAN_SECOND_HONOURS
            else:
                break
        return min(k, b)

    def _after_malaysian_honours_at(self, a: int) -> bool:
        """May Malaysian honours open the run at ``a``, or the apostrophe of "Dato'"
        (tokenised apart) come right before it? A cheap test before the full one."""
        words = self.words
        return words[a] in _HONOUR_OPENERS or (a > 1 and words[a - 1] in _APOSTROPHES)

    def _after_honour_apostrophe(self, a: int) -> bool:
        """Does the run at ``a`` follow the apostrophe of "Dato'" (tokenised apart)?"""
        words = self.words
        return a > 1 and words[a - 1] in _APOSTROPHES and words[a - 2] in _MALAYSIAN_HONOURS

    def _compound_parts(self, a: int, b: int) -> list[_Candidate]:
        """ "Trump-Putin" (one token) as two names when the text names each of them on its own
        elsewhere (or the gazetteer knows them); "Soekarno-Hatta" and "Pryce-Whitlock" stay
        whole otherwise. After a word for a route, an unlisted end is a place like the listed
        one: "relasi Gambir-Bandung"; before a noun for an encounter, an unlisted part is a
        person: "the Trump-Putin call". Empty when ``[a, b)`` is not such a compound."""
        if b - a != 1 or "-" not in self.words[a]:
            return []
        tok = self.toks[a]
        if self.text[tok.start : tok.end] != tok.text:
            return []  # a word split off a written token: no offsets to split it by
        parts = tok.text.split("-")
        places = [gazetteer.lookup(part) for part in parts]
        route = (
            a > 0
            and self.words[a - 1] in _ROUTE_WORDS
            and any(place is not None and place.label == "LOC" for place in places)
        )
        meeting = (
            b < self.n
            and self.words[b] in _ENCOUNTER_NOUNS
            and all(map(_is_word_shaped_name, parts))
        )
        out: list[_Candidate] = []
        offset = tok.start
        for part, place in zip(parts, places, strict=True):
            if not part[:1].isupper():
                return []
            if place is None and not (route or meeting or part in self.ctx.mid_capitalised):
                return []
            # (a listed body keeps its label: "the EU-UK deal")
            label: EntityLabel = place.label if place is not None else "LOC" if route else "PER"
            out.append(_Candidate(offset, offset + len(part), (part,), label, CUED))
            offset += len(part) + 1
        return out

    def _running_mates(self, a: int, b: int) -> list[_Candidate]:
        """ "Andi Asman Sulaiman-Andi Akmal Pasluddin", "Pramono Anung-Rano Karno": two
        people's names of two words or more joined by a hyphen, as the Indonesian press
        writes a ticket of candidates, are two people. Empty when the run ``[a, b)`` of a
        person is not so (one hyphen inside a word, not at either end)."""
        words = self.words
        k = next((k for k in range(a + 1, b - 1) if "-" in words[k]), 0)
        if not k:
            return []
        tok = self.toks[k]
        left, _, right = tok.text.partition("-")
        if (
            self.text[tok.start : tok.end] != tok.text
            or not (left[:1].isupper() and right[:1].isupper())
            or not (left.isalpha() and right.isalpha())
        ):
            return []
        cut = tok.start + len(left)
        first = _Candidate(self.toks[a].start, cut, (*words[a:k], left), "PER", CUED)
        second = _Candidate(cut + 1, self.toks[b - 1].end, (right, *words[k + 1 : b]), "PER", CUED)
        return [first, second]

    def _initials_open_name(self, a: int, b: int) -> bool:
        """Is the Indonesian run ``[a, b)`` two capitals and a name of one to three words
        ("ST Burhanuddin", "HM Prasetyo"), the initials of the holder's given names as the
        press writes them, rather than a body's acronym and a person? Only when nothing
        else makes the capitals a name: a listed place or body ("AS", "BI"), a company's
        form ("PT"), an acronym the text uses elsewhere; and the words after are no place,
        body or acronym of their own."""
        words = self.words
        first = words[a]
        if self.ctx.english or not 2 <= b - a <= 4:
            return False
        if not (len(first) == 2 and first.isalpha() and first.isupper()):
            return False
        if (
            self._gaz(a, a + 1) is not None
            or first in COMMON_ACRONYMS
            or first in _COMPANY_FORMS
            or first in _TWO_LETTER_HEADS
            or (first,) in self.ctx.known
            or first in self.ctx.lone_speakers
        ):
            return False
        return all(
            _is_word_shaped_name(word)
            and word.lower() not in ORG_TAILS
            and gazetteer.lookup(word) is None
            for word in words[a + 1 : b]
        )

    def _initials_before_surname(self, a: int, b: int) -> bool:
        """Is the Indonesian run ``[a, b)``, with no title before it, two capitals and a
        name ending as Indonesian surnames do ("HM Prasetyo", "ST Burhanuddin"): a person
        by initials, where an acronym and a word would be a body ("PT Timah")?"""
        last = self.words[b - 1]
        return (
            len(last) > 5
            and last.endswith(_INDONESIAN_NAME_ENDINGS)
            and self._initials_open_name(a, b)
        )

    def _initial_evidence(self, a: int, b: int, *, seen: bool = True) -> bool:
        """Is the sentence-initial word at ``a`` (run up to ``b``) a name after all?
        ``seen`` False leaves out one piece of evidence: being capitalised mid-sentence
        elsewhere."""
        word = self.words[a]
        if _is_possessive(word):
            word = word[:-2]  # "Harwell's winger"
        return (
            self._gaz(a, b) is not None
            or (_is_acronym(word) and word not in COMMON_ACRONYMS)
            or _is_camel_case(word)  # "AirNav Indonesia menutup bandara"
            or (b - a == 1 and _is_capitalised_compound(word) and self._verb_at(b))
            or (b - a == 1 and _is_numbered_name(word))  # "Chandrayaan-3 landed"
            or gazetteer.is_demonym(word)
            or (seen and word in self.ctx.mid_capitalised and not self._ordinary_body_end(a, b))
            or self.toks[a].upos == "PROPN"
            or (b - a > 1 and word.lower() in _HEADS)
            or (b - a > 2 and self.words[a : a + 2] in _TWO_WORD_HEADS)
            or (b - a > 1 and word.lower() in LAW_HEADS)  # "UU Cipta Kerja digugat"
            or (b - a > 1 and word.lower() in EVENT_HEADS)  # "Perang Diponegoro berakhir"
            or self._owns_title(a, b)
            or (b - a > 1 and self._inner_evidence(a, b))
            or (b - a == 1 and self._short_name_in_brackets(a))
            or (b - a > 1 and self._gaz(a, a + 1) == "ORG")  # "Telkom Indonesia menyatakan"
            or (b < self.n and self._evidence_after(a, b))
            or (b - a > 1 and self.words[b : b + 1] in _FOUNDED)  # "Enzo Ferrari founded"
            or (b - a == 1 and self._age_after(b))  # "Yeltsin , 65 , is recovering"
            or (b - a == 1 and self._acts_on_own(a, b))  # "Beyonce opened her tour"
            or (b - a == 1 and self._acts_as_person(a, b))  # "Kessler praised the statue"
            or (b - a == 1 and self._acts_as_agent(a, b))  # "Verstappen won in Monza"
            # "Acme cut 400 jobs": an employer
            or (
                b - a == 1
                and self.ctx.english
                and self._employs_many(a, b)
                and self._may_be_agent(a)
            )
            # "Atalanta host Lazio in Bergamo": a club's rival across a match verb
            or (b - a == 1 and self._rival_club(a, b))
            # "Mbeki arrived late", "Kowalski resigned": shaped as no English word is
            or (
                b - a == 1
                and self.ctx.english
                and foreign_surname_shaped(word)
                and self._verb_at(b)
            )
            or (b - a == 1 and self._person_before_who(a))  # "Fenwick, who chairs it, said"
            or (
                b - a == 1
                and self.words[b : b + 1] in _BUSINESS_CUES_AFTER
                and self._business_cue_after(a, b)
            )
            # "Xi juga bertemu": a surname seen capitalised inside a name elsewhere
            or (b - a == 1 and word in EAST_ASIAN_SURNAMES and word in self.ctx.cap_counts)
            or (b - a == 1 and self._short_form_of_opening_name(a))
            or (b - a == 1 and word in self.ctx.office_holder_firsts)
            or self._airline_flies(a, b)  # "Garuda mendarat di Jeddah"
            or (b - a == 2 and self._speaker_named_like_city(a, b))  # "Hotman Paris hadir"
            or (b - a == 1 and bool(self.ctx.name_months) and self._month_given_name(a))
            or (
                b - a == 1 and _is_possessive(self.words[a]) and self._owner_opens_sentence(a, word)
            )
        )

    def _team_word_as_given_name(self, a: int, b: int) -> bool:
        """Is the Indonesian run ``[a, b)``, "Tim" and one more word, a man's name ("Tim
        Cook mengatakan …") rather than a team ("Tim Pemenangan", "Tim SAR")? Only when the
        text names him by that word alone too ("Cook juga bertemu …", "kata Cook"), which it
        never does with a team's second word, and that word is no acronym or listed name."""
        if b - a != 2 or self.words[a] != "Tim":
            return False
        word, ctx = self.words[a + 1], self.ctx
        return (
            (
                (word,) in ctx.runs
                or word in ctx.lone_openers
                or word in ctx.lone_speakers
                or ("Menurut", word) in ctx.opening_runs  # "Menurut Cook, …"
            )
            and not _is_acronym(word)
            and self._gaz(a + 1, b) is None
            and not ctx.written_in_lowercase(word)
        )

    def _person_by_initials(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)``, its initials in brackets after it, a person's name rather
        than a body's ("mantan presiden Susilo Bambang Yudhoyono (SBY)": Indonesian leaders
        go by their initials)? Two to four words with a common given name among them and
        no head or last word of a body or place, nor a listed name ("Jaringan Pemantau
        Pendidikan Indonesia (JPPI)" is a body)."""
        words = self.words
        return (
            2 <= b - a <= 4
            and any(word in GIVEN_NAMES for word in words[a:b])
            and not any(
                self.bits[k] & _HEAD_WORD
                or words[k].lower() in ORG_TAILS
                or self._gaz(k, k + 1) is not None
                for k in range(a, b)
            )
        )

    def _person_before_who(self, a: int) -> bool:
        """Is the English word opening the sentence at ``a`` someone's name, as ", who"
        after it says ("Fenwick, who chairs the committee, called it a mistake")? Not a
        plural of people the text or the lists know as ordinary words ("Residents, who",
        "Teachers, who"): only a name is capitalised there and nowhere in small letters."""
        words = self.words
        if not self.ctx.english or words[a + 1 : a + 3] != (",", "who"):
            return False
        word = words[a]
        low = word.lower()
        return not (
            low in COMMON_SUBJECTS
            or low in FUNCTION_WORDS
            or looks_like_common_noun(word)
            or self.ctx.written_in_lowercase(word)
            or self.ctx.written_in_lowercase(word[:-1])  # "Teachers" beside "a teacher"
            or (len(low) > 5 and low.endswith(_PLURAL_PEOPLE_ENDINGS))
        )

    def _owner_opens_sentence(self, a: int, word: str) -> bool:
        """Is ``word``, the possessive opening the sentence at ``a`` with a word in small
        letters after it, someone's name ("Kessler's lawyers appealed", "Gencor's bid for
        Billiton")? Not a word of time, grammar, a common subject or a name's members or anyone
        ("Today's", "Police's", "Women's", "Everyone's"),
        nor one the text writes in small letters ("Government's plan" beside "the
        government"), nor in a headline, where every word is capitalised."""
        nxt = self.words[a + 1] if a + 1 < self.n else ""
        low = word.lower()
        return (
            self.ctx.english
            and not self.headline
            and nxt[:1].islower()
            and low not in FUNCTION_WORDS
            and low not in CALENDAR_WORDS
            and low not in COMMON_SUBJECTS
            and low not in NAME_POSSESSORS  # "Women's football"
            and low not in _EVERYONE
            and not looks_like_common_noun(word)
            and not self.ctx.written_in_lowercase(word)
        )

    def _verb_at(self, b: int) -> bool:
        """Does a verb in the past, a speech verb or an auxiliary follow the subject ending at
        ``b`` ("Daimler-Benz gained", "Pryce-Whitlock said"; not "Trump-Putin talks")?"""
        if b >= self.n:
            return False
        word = self.words[b]
        return (
            word in _AUXILIARIES
            or word.lower() in SPEECH_VERBS
            or (word.islower() and (word.endswith("ed") or word in _PRICE_MOVES))
        )

    def _short_form_of_opening_name(self, a: int) -> bool:
        """Is the lone word at ``a``, opening its sentence, the first word of a name of
        two or three words opening another ("Muhyiddin Yassin hadir … Muhyiddin
        didakwa")? Not when a capitalised word follows here (this run is that name) or
        the text writes the word in small letters (an ordinary word)."""
        word = self.words[a]
        return (
            word in self.ctx.opening_firsts
            and not (a + 1 < self.n and self.capitalised[a + 1])
            and not self.ctx.written_in_lowercase(word)
            and not self._noun_before_name(word)  # "Penyanyi Raisa … Penyanyi dangdut …"
        )

    def _inner_evidence(self, a: int, b: int) -> bool:
        """A possessive inside the run ("Women's Institute"), an initial opening it ("M.
        Atherton b Waqar Younis 31"), or a word only a company's name ends in after one
        word ("Rocket Lab launched", "Acme Holdings said")."""
        words = self.words
        return (
            _is_initial(words[a])
            or any(map(_is_possessive, words[a : b - 1]))
            or (b - a == 2 and words[b - 1] in _COMPANY_LAST_WORDS)
        )

    def _acts_on_own(self, a: int, b: int) -> bool:
        """Does the lone word at ``a`` act on something of his or hers right after it
        ("Beyonce opened her tour", "Merckx won his fifth Tour")? A gendered owner makes the
        subject a person; not after a plural or a word the text writes in small letters
        ("Officials told her", where "her" is whom they told)."""
        return (
            self.ctx.english
            and self.words[b + 1 : b + 2] in _GENDERED_OWNERS
            and self.words[b].isalpha()
            and self.words[b].islower()
            and self.words[b] not in FUNCTION_WORDS  # "Asked about his rival": no subject
            and self._may_name_someone(a)
        )

    def _acts_as_person(self, a: int, b: int) -> bool:
        """Does the lone English word at ``a`` do what only people do right after it
        ("Kessler praised the statue", "Mbeki apologised"; see PERSONAL_PAST_VERBS), or is
        it described between commas as a person ("Vandenbroucke, the sculptor, said")?"""
        if not self.ctx.english or b >= self.n:
            return False
        nxt = self.words[b]
        if nxt in PERSONAL_PAST_VERBS:
            return self._may_name_someone(a)
        return nxt == "," and self._person_apposed(b + 1) and self._may_name_someone(a)

    def _acts_as_agent(self, a: int, b: int) -> bool:
        """Does the lone English word at ``a``, written as a name and nowhere else, do right
        after it what people and bodies do ("Verstappen won in Monza", "Kostal rejected the
        plan"; see AGENT_PAST_VERBS), or beat a name ("Sinner beat Alcaraz 6-4 6-3"), perhaps
        past an aside between commas ("Nawrocki, backed by the right, won")? Then it is a
        name, as any unknown run mid-sentence would be."""
        if not self.ctx.english or b + 1 >= self.n:
            return False
        if self.words[b] == ",":
            b = self._past_aside(b)  # "Nawrocki, backed by the right, won the election"
            if b + 1 >= self.n:
                return False
        nxt = self.words[b]
        if nxt == "beat":
            if not self.capitalised[b + 1]:
                return False
        elif nxt not in AGENT_PAST_VERBS:
            return False
        return self._may_be_agent(a)

    def _may_be_agent(self, a: int) -> bool:
        """May the lone English word at ``a``, opening a clause before a verb of doing, be a
        name rather than an ordinary word ("Later won", "Dad died", "Democracy died", "Two
        died", "Management cut")?"""
        word = self.words[a]
        low = word.lower()
        return (
            len(word) > 2
            and _is_word_shaped_name(word)
            and low not in NO_AGENTS  # "Later won", "Dad died"
            and not low.endswith(ABSTRACT_ENDINGS)  # "Democracy died"
            and not starts_quantity(low, "en")  # "Two died"
            and self._may_name_someone(a)
        )

    def _speaker_named_as_province(self, a: int, b: int) -> bool:
        """Is the lone word ``[a, b)``, which the gazetteer knows only as a province of a
        country whose provinces do not speak in the news, a person's name before a speech
        verb ("Bono said the band would tour": the singer, not Ghana's Bono region; but
        "Texas said it would appeal", see _SPEAKING_PROVINCES)?"""
        if b - a != 1 or b >= self.n or self.words[b] not in SPEECH_VERBS:
            return False
        place = _gazetteer_place((self.words[a],))
        return (
            place is not None
            and place.key.startswith("sub:")
            and not place.key.startswith(_SPEAKING_PROVINCES)
            and not self._it_reports_at(b + 1)  # "Bono said it would": the region's rulers
        )

    def _speaker_named_as_town(self, a: int, b: int) -> bool:
        """Is the lone word ``[a, b)``, which the gazetteer knows as a town but no capital,
        a person's surname: said by a speech verb and "he" or "she" ("Jackson said he
        would stay": no town is a "he"; but "Moscow said he was a spy": the government)?"""
        words = self.words
        if b - a != 1 or b + 1 >= self.n or words[b] not in SPEECH_VERBS:
            return False
        if words[b + 1] not in PERSON_ONLY_PRONOUNS:
            return False
        place = _gazetteer_place((words[a],))
        return (
            place is not None and place.key.startswith("city:") and not gazetteer.is_capital(place)
        )

    def _past_aside(self, k: int) -> int:
        """Index just past an aside that opens with a word in small letters after the comma
        at ``k`` and closes with the next comma within _ASIDE_REACH words ("Nawrocki, backed
        by the right, won": the index of "won"); ``self.n`` when there is none."""
        words, n = self.words, self.n
        if k + 1 >= n or not words[k + 1][:1].islower():
            return n
        for m in range(k + 2, min(n, k + _ASIDE_REACH)):
            if words[m] == ",":
                return m + 1
            if words[m] in _CLAUSE_MARKS:
                return n
        return n

    def _person_apposed(self, k: int) -> bool:
        """Does an English apposition open at ``k`` with an article and a noun for a person,
        closed by a comma and a word in small letters ("the sculptor, said", "a retired
        teacher, told")?"""
        words, n = self.words, self.n
        if words[k : k + 1] not in _LOWER_ARTICLES:
            return False
        for j in range(k + 1, min(k + 4, n - 2)):
            word = words[j]
            if not word.islower():
                return False
            if _is_person_noun(word) or word in _MAKERS_BY_ROLE:
                return words[j + 1] == "," and words[j + 2].islower()
        return False

    def _may_name_someone(self, a: int) -> bool:
        """Could the lone word opening the sentence at ``a`` be someone's name, given a cue
        after it that only people take? Not a word of grammar, everyone, a plural or an
        "-ing" form, a common subject, nor one the text writes in small letters or shaped
        like a common noun ("Officials told her", "Nobody saw his face")."""
        word = self.words[a]
        low = word.lower()
        return not (
            low in FUNCTION_WORDS
            or low in _EVERYONE
            or word.endswith(("s", "ing"))
            or low in COMMON_SUBJECTS
            or low in CALENDAR_WORDS
            or self.ctx.written_in_lowercase(word)
            or looks_like_common_noun(word)
        )

    def _evidence_after(self, a: int, b: int) -> bool:
        """A description between commas after the run ``[a, b)`` ("Sutarmi, pedagang di
        pasar, …") or a business's role or a person's name after its possessive ("Tesco's
        chairman", "Ferrari 's Michael Schumacher")."""
        nxt = self.words[b]
        if nxt == ",":
            return (
                self._described_after(b)
                or self._organisation_apposition(b + 1)
                or self._nickname_after(b)
            )
        if nxt == "'s" or _is_possessive(self.words[b - 1]):
            return (
                nxt.lower() in _BUSINESS_ROLES
                or self.words[b : b + 2] in _CHIEF_OFFICERS  # "Klarnify's chief executive"
                or self._owns_a_name(b)
                or (nxt in _BUSINESS_RESULTS and self._gaz(b - 1, b) is None)
            )
        if nxt in _MATCH_VERBS and self._plays_scored_match(b):
            return True  # "Kent beat Sussex 2-1"
        if self._kind_after_copula(a, b) is not None:
            return True  # "Sintra is a town in …": encyclopaedic text defines its subject
        # "Schalke 1 ( Max 60 )": a team and its goals, with the scorers after them; or a
        # scorer and the minute ("( Max 60 )").
        return self._innings_after(b) or self._scorer_at(b - 1, b)

    def _kind_after_copula(self, a: int, b: int) -> EntityLabel | None:
        """What "is" or "was" and a kind noun after the run ``[a, b)`` call it, as an
        encyclopaedia's first sentence does ("Sintra is a town in Portugal", "Orvane was a
        shipping company"): the label of that noun (see ``_apposition_kind``), or None.
        Only a run that is the clause's subject is defined: in "The first stop for Mendez
        was a town" the town is the stop, not Mendez."""
        words, n = self.words, self.n
        if not self._opens_clause(a):
            return None
        if not self.ctx.english:
            return self._kind_after_indonesian_copula(b)
        if b + 2 >= n or words[b] not in _DEFINING_COPULAS:
            return None
        if words[b + 1 : b + 2] not in _LOWER_ARTICLES:
            return None
        # The kind noun must end the phrase: "a city councillor in Leeds" is a person's job
        # ("city" only qualifies it); a state is a condition too ("the steady state"). A
        # year or a nationality may qualify it: "a 1998 Norwegian drama film".
        end = b + 2
        while end < n and (
            (words[end][:1].islower() and words[end] not in _APPOSITION_STOPS)
            or (len(words[end]) == 4 and words[end].isdigit())
            or gazetteer.is_demonym(words[end])
        ):
            if end > b + 2 and (
                words[end] in _PHRASE_END_PREPOSITIONS or self._participle_ends_phrase(b + 2, end)
            ):
                # "a village on the coast", "a timber company based in Oslo", "a film shot
                # in Rome"
                break
            end += 1
        head = words[end - 1]
        if end == b + 2 or head == "state" or not _is_kind_noun(head):
            return None
        # The apposition's reading, or the head noun's when it stands beyond that reach
        # ("a Scottish indie rock band").
        return self._apposition_kind(b + 1) or _APPOSITION_KINDS.get(head, "ORG")

    def _participle_ends_phrase(self, start: int, k: int) -> bool:
        """Is ``words[k]`` a participle that ends the noun phrase opening at ``start``, after
        its kind noun ("a timber company based in Oslo", "a film shot in Rome", "a film
        released last year")? Before the kind noun a participle qualifies it ("a privately
        held company", "a publicly traded miner"), and a noun in "-ed" goes on too ("a Dutch
        seed company")."""
        word = self.words[k]
        return (word.endswith("ed") or word in EN_IRREGULAR) and any(
            _is_kind_noun(w) for w in self.words[start:k]
        )

    def _opens_clause(self, a: int) -> bool:
        """Does the run at ``a`` open its sentence or a clause after a comma, perhaps after
        an article or a sentence's opening function word ("The Smiths were …", "Founded in
        1997, Orvane was …", "Today Orvane is …", "Adapun Karangsari adalah …"; not a
        preposition: in "With Reeves was a group" the group is the subject)?"""
        before = self.words[a - 1].lower() if a > 0 else ""
        if before in _ARTICLES or (
            a - 1 in self.initial and before in FUNCTION_WORDS and before not in _APPOSITION_STOPS
        ):
            a -= 1
        return a in self.initial or (a > 0 and self.words[a - 1] == ",")

    def _kind_after_indonesian_copula(self, b: int) -> EntityLabel | None:
        """What "adalah" or "merupakan" and a kind noun right after it (past "sebuah" or
        "salah satu") call the run ending at ``b``, as Indonesian Wikipedia's first sentence
        does ("Karangsari adalah sebuah desa di kecamatan …", "X merupakan salah satu
        perusahaan …"). Only the first noun counts: in "salah satu tokoh kota Solo" the kind
        is a person, whom "kota" only places."""
        words = self.words
        if words[b : b + 1] not in _ID_DEFINING_COPULAS:
            return None
        k = b + 1
        if words[k : k + 1] == ("sebuah",):
            k += 1
        elif words[k : k + 2] == ("salah", "satu"):
            k += 2
        kind = words[k] if k < self.n else ""
        if kind in _ORGANISATION_NOUNS:
            return "ORG"
        return _APPOSITION_KINDS.get(kind)

    def _speech_verb_beside(self, a: int, b: int) -> bool:
        """Is the name from ``a`` to ``b`` the speaker of a speech verb right before or
        after it ("said Helen Park", "Helen Park said")?"""
        words = self.words
        return (a > 0 and words[a - 1].lower() in SPEECH_VERBS) or (
            b < self.n and words[b].lower() in SPEECH_VERBS
        )

    def _described_after(self, b: int) -> bool:
        """Does an apposition between commas that says who someone is follow ``b``
        ("Sutarmi, pedagang di Pasar Beringharjo, mengeluhkan")? It starts with a noun for a
        person or a title and the clause goes on in lowercase after it."""
        words, n = self.words, self.n
        if b + 2 >= n:
            return False
        if words[b + 1] in ("the", "a", "an") and self.ctx.english:
            return self._kin_described_at(b + 2)
        if not _is_person_noun(words[b + 1]):
            return False
        close = next((k for k in range(b + 2, min(b + 8, n - 1)) if words[k] == ","), 0)
        return close > 0 and words[close + 1][:1].islower()

    def _kin_described_at(self, k: int) -> bool:
        """Do the few words in small letters from ``k``, after an English apposition's
        article, name a relative ("the founder's son", "the late singer's brother")? Only a
        person is someone's kin, while "the founder's company" is none."""
        for word in self.words[k : k + 4]:
            if not word[:1].islower() or word in _APPOSITION_STOPS:
                return False
            if word in RELATIVE_WORDS:
                return True
        return False

    def _nickname_after(self, b: int) -> bool:
        """Does the comma at ``b`` open the words that say the name before it is what
        someone is called ("Ucok, begitu ia biasa disapa, …", "Ucok, sapaan akrab Rudi
        Hartono, …")? Only people have nicknames."""
        words = self.words
        cue = words[b + 1 : b + 2]
        return cue in _NICKNAME_NOUNS or (
            cue == ("begitu",) and not _CALLED.isdisjoint(words[b + 2 : b + 6])
        )

    def _age_after(self, b: int) -> bool:
        """Is the name ending at ``b`` followed by an age between commas ("Yeltsin , 65 ,
        is recovering")? Only people are given one."""
        words = self.words
        return (
            b + 3 < self.n
            and words[b] == ","
            and words[b + 2] == ","
            and words[b + 1].isdigit()
            and 14 < int(words[b + 1]) < 110
        )

    def _owns_title(self, a: int, b: int) -> bool:
        """ "Tesla CEO Elon Musk": an unknown word that a title and a name follow names the
        title's organisation (unless it is an ordinary word of the text)."""
        word = self.words[a]
        return (
            b < self.n
            and self._title_starts_at(b)
            and word.lower() not in COMMON_SUBJECTS
            and not self.ctx.written_in_lowercase(word)
            # "Opposition leader Jane Doe", "Health minister": a common noun qualifying the
            # role, not an organisation.
            and not (b - a == 1 and looks_like_common_noun(word))
            # Indonesian puts the body after the title ("CEO Tesla"): a word before a title
            # in small letters is a common noun ("Majelis hakim", "Dewan juri").
            and (self.ctx.english or not self.words[b][:1].islower())
        )

    def _qualifies_role(self, a: int) -> bool:
        """Is the word at ``a`` an ordinary noun that a title follows ("Opposition leader",
        "Health minister"), so no name even after a speech verb? Not one that opens a longer
        name elsewhere ("Activision chief executive" after "Activision Blizzard"; but "Police
        Chief Dana Ruiz" is the same title before a name, a "Police Department" named
        elsewhere or not)."""
        word = self.words[a]
        return (
            looks_like_common_noun(word)
            and self._title_starts_at(a + 1)
            and self._gaz(a, a + 1) is None
            and not (
                word in self.ctx.run_starts
                and any(
                    len(run) > 1
                    and run[0] == word
                    and match_title(run, 1) == 1
                    # (not a public body named by its service: "Police Department")
                    and run[-1].lower() not in PUBLIC_BODY_WORDS
                    for run in self.ctx.runs
                )
            )
        )

    def _pos_rules_out(self, a: int) -> bool:
        return self.ctx.tagged() and self.toks[a].upos in _NOT_NAME_POS

    def _home_after_age(self, a: int) -> bool:
        """Is ``a`` right after "of" in a person's age and home town between commas
        ("Graham Pellow, 58, of Altrincham")?"""
        toks = self.toks
        return (
            a > 3
            and toks[a - 2].text == ","
            and toks[a - 3].upos == "NUM"
            and toks[a - 4].text == ","
        )

    def _owns_a_name(self, b: int) -> bool:
        """Does a person's name, opening with a common given name, follow the possessive that
        ends the run before ``b`` (glued, or a token of its own), perhaps stressed by "own":
        "Ferrari 's Michael Schumacher", "Kestrel's own Michael Brandt", not "Taylor Swift's
        Eras Tour"?"""
        words, n = self.words, self.n
        k = b + 1 if b < n and words[b] == "'s" else b
        if k < n and words[k] == "own":
            k += 1
        return k + 1 < n and words[k] in GIVEN_NAMES and bool(self.caps[k + 1])

    def _speaker_named_like_city(self, a: int, b: int) -> bool:
        """Is ``[a, b)``, a word and a city ("Hotman Paris"), a person, as the
        text has the first word alone speak elsewhere ("Hotman mengatakan", "kata Hotman")
        or names the two words as an Indonesian source ("Menurut Hotman Paris, …", "kata
        Hotman Paris")? A club or a firm named for its town ("Persib Bandung") is mostly in
        the gazetteer or after a head word; otherwise the city would make it a branch, an
        organisation."""
        first = self.words[a : a + 1]
        return (
            (first[0] in self.ctx.lone_speakers or self._indonesian_source_at(a))
            and first[0].lower() not in _HEADS
            and self._gaz(a, a + 1) is None
            and first not in self.ctx.known
            and not _is_acronym(first[0])
            and self._gaz(b - 1, b) == "LOC"
            and self._gaz(a, b) is None
        )

    def _indonesian_source_at(self, a: int) -> bool:
        """Does an Indonesian source cue stand right before ``a``: "menurut" or a speech
        verb ("kata", "ujar"), after which news names who speaks, mostly a person?"""
        if self.ctx.english or a == 0:
            return False
        before = self.words[a - 1].lower()
        return before == "menurut" or before in SPEECH_VERBS

    def _called_by_last_word(self, b: int) -> bool:
        """Does the text write the last word of the run ending at ``b`` alone elsewhere, as a
        name mid-sentence or opening a sentence ("Huang" after "Nvidia's Jensen Huang")?
        News calls a person by the surname; a thing keeps its whole name."""
        last = self.words[b - 1 : b]
        return last in self.ctx.runs or last[0] in self.ctx.lone_openers

    def _surname_like_place(self, a: int, b: int) -> bool:
        """Is ``[a, b)``, two words ending in a place word ("Damon Hill", "Grant Park"), a
        person, as the text also writes the last word alone mid-sentence ("without Hill")
        or has it speak alone ("Park said")? A place so named is not called by its last
        word."""
        last = self.words[b - 1]
        return (
            self.words[b - 1 : b] in self.ctx.runs or last in self.ctx.lone_speakers
        ) and self._gaz(a, b) is None

    def _initials_of_party(self, a: int) -> bool:
        """Is the short acronym at ``a`` the initials Indonesian crime news gives a suspect
        or victim: after such a party's noun ("tersangka RH", "Korban, DS") or before an
        age in brackets ("RH (34)")? Not a known body ("tersangka KPK")."""
        words, n = self.words, self.n
        before = a - 2 if a > 1 and words[a - 1] == "," else a - 1
        party = (before >= 0 and words[before].lower() in _CASE_PARTIES) or (
            a + 3 < n
            and words[a + 1] == "("
            and words[a + 3] == ")"
            and words[a + 2].isdigit()
            and len(words[a + 2]) <= 2
        )
        return (
            party and len(words[a]) <= 3 and _is_acronym(words[a]) and self._gaz(a, a + 1) != "ORG"
        )

    def _listed_after_initials_cue(self, a: int) -> bool:
        """Does ``a`` end a list of initials after "berinisial" (or "initials", "alias"):
        "berinisial RH, AS dan DS", "berinisial AS (24) dan RF (19)"?"""
        words = self.words
        k = a - 1
        while k > 1 and words[k] in _COORDINATION:
            m = k - 1
            if words[m] == "," and words[k] != "," and m > 1:
                m -= 1  # "AR, MS, dan TW": a comma before the last "dan"
            if m > 3 and words[m] == ")" and words[m - 2] == "(" and words[m - 1].isdigit():
                m -= 3  # an age after the initials
            if not _is_acronym(words[m]):
                break
            k = m - 1
        if k + 1 < a and self._initials_of_party(k + 1):
            return True  # "Dua tersangka, RH dan AS, ditangkap"
        return k >= 0 and words[k].lower() in PERSON_CONTEXT

    def _korean_name_at(self, k: int) -> bool:
        """After a surname-like form of address, does a Korean given name follow at ``k``?
        In English text any name does; in Indonesian one written with a hyphen ("Kyung-wha"),
        as Sundanese given names never are."""
        return k < self.n and (self.ctx.english or "-" in self.words[k])

    def _tenure_of_owner(self, a: int) -> bool:
        """Is the word at ``a`` a leader's time in office after a person's owning pronoun
        ("her Premiership", "his Presidency"), capitalised as style, not the league of the
        same name ("his Premiership debut")?"""
        words = self.words
        return (
            words[a].lower() in _TENURES
            and words[a - 1].lower() in _PERSONAL_OWNERS
            and words[a + 1 : a + 2] not in _LEAGUE_NOUNS_AFTER
        )


def _is_kind_noun(word: str) -> bool:
    """Is ``word`` a noun that says what a defined name is: a body ("company"), an ensemble
    ("band") or a kind of place or work ("village", "film")?"""
    return word in _ORGANISATION_NOUNS or word in _ENSEMBLE_NOUNS or word in _APPOSITION_KINDS

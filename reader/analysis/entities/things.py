"""Evidence that a run names a body, a business, a product, an event or a work."""

from __future__ import annotations

from reader.analysis import european, gazetteer
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.entities.lexicon import (
    _AIRCRAFT_NOUNS,
    _APPOSED_BODY_NOUNS,
    _APPOSITION_STOPS,
    _AUXILIARIES,
    _BODY_STATES,
    _BRACKETED_LEGAL_FORMS,
    _BUSINESS_RESULTS,
    _BY_MAKERS,
    _CLAUSE_MARKS,
    _COMPANY_FORMS,
    _CRAFT_CREWS,
    _CRAFT_DEEDS,
    _DEAL_LINKS,
    _FLIGHT_VERBS,
    _FOR_BEST,
    _FUTURE_AUXILIARIES,
    _HEADS,
    _IT_JUDGED,
    _IT_WOULD_JUDGE,
    _ITS_DEEDS,
    _ITS_VERBS,
    _LEGAL_FORMS_AFTER,
    _LOWER_ARTICLES,
    _MADE_GOODS,
    _MADE_GOODS_REACH,
    _MAKERS_BY_ROLE,
    _MAKERS_OF_WORKS,
    _MAKING_VERBS,
    _MEASURE_WORDS,
    _MEETING_KINDS,
    _MEMBER_NOUNS,
    _MODEL_NOUN_FORMS,
    _MODEL_OWNERS,
    _NAME_INNER_WORDS,
    _NOT_AFTER_MODELS,
    _OBJECT_OPENERS,
    _ORDINARY_BODY_NOUNS,
    _OTHER_PARTY_LINKS,
    _OWNER_LINKS,
    _OWNERS_BEFORE_KINDS,
    _PARTY_MEMBERS,
    _PLATFORMS,
    _POSTS_ON,
    _PRICE_UNITS,
    _PRIZE_METALS,
    _PRIZE_NAME_ENDS,
    _PRIZE_REACH,
    _PRIZE_VERBS,
    _PRIZE_WORDS,
    _PROFESSIONAL_ORDERS,
    _RACES_AFTER_THE,
    _REPORTING_VERBS,
    _SALES,
    _SHARING_OBJECTS,
    _SHOP_NOUNS,
    _STAFF_NOUNS,
    _STAFFING_VERBS,
    _STARRING,
    _STOCK_WORDS,
    _TITLE_ARTICLES,
    _TITLE_QUOTES,
    _TRAIN_KINDS,
    _TRAVEL_VERBS,
    _TWO_WORD_HEADS,
    _VENUES_NAMING_EVENTS,
    _WORKS_BY_MAKERS,
    _WORKS_MADE,
    STRONG,
)
from reader.analysis.entities.runs import _RunReader
from reader.analysis.entities.shapes import (
    _POSSESSIVE_ENDINGS,
    _gazetteer_label,
    _gazetteer_place,
    _is_acronym,
    _is_body_acronym,
    _is_business_descriptor,
    _is_camel_case,
    _is_country,
    _is_initial,
    _is_possessive,
    _is_role_noun,
    _label_by_form,
    _organisation_shaped,
)
from reader.analysis.entities.word_bits import _HEAD_WORD
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import (
    AGENT_PAST_VERBS,
    CALENDAR_WORDS,
    EVENT_TAILS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    NAME_PARTICLES,
    NUMBERED_EVENTS,
    ORG_CONTEXT,
    ORG_HEADS,
    ORG_TAILS,
    PLACE_CONTEXT,
    PLACE_PREPOSITIONS,
    PLACE_TAILS,
    PRODUCT_CONTEXT,
    SPEECH_VERBS,
    WORK_NOUNS,
    abbreviates,
    looks_like_common_noun,
)
from reader.analysis.number_words import starts_quantity
from reader.analysis.titles import INDONESIAN_COURTESY_TITLES

#: Country codes that open the names of clubs in English copy ("AS Roma", "US Lecce").
_CLUB_PREFIX_CODES = frozenset({"AS", "US"})


class _ThingEvidence(_RunReader):
    """Evidence that a run names a body, a business, a product, an event or a work."""

    def _lone_body_noun_opening(self, a: int, b: int) -> bool:
        """Is the Indonesian run ``[a, b)`` one ordinary body noun opening the sentence
        ("Tim mengatakan …", "Rumah Hajah Siti Aminah terbakar")? Such a noun alone is a
        team, an office or a house, no body's name, whatever verb follows."""
        return (
            b - a == 1
            and a in self.initial
            and not self.ctx.english
            and self.words[a].lower() in _ORDINARY_BODY_NOUNS
        )

    def _house_of_person(self, a: int, b: int) -> int:
        """Where does the name of the owner start when the Indonesian run ``[a, b)`` opens
        a sentence with "Rumah" before a given name or a form of address and a name ("Rumah
        Budi Santoso terbakar", "Rumah Hajah Siti Aminah")? That is the person's house, no
        body "Rumah …" ("Rumah Sakit", "Rumah Zakat"); 0 if it is no such run."""
        words = self.words
        if b - a < 2 or a not in self.initial or words[a] != "Rumah" or self.ctx.english:
            return 0
        owner = a + 1
        if words[owner].lower() in INDONESIAN_COURTESY_TITLES and b - owner > 1:
            owner += 1  # (the form of address is no part of the name)
        return owner if words[owner] in GIVEN_NAMES else 0

    def _model_number_before(self, a: int, b: int) -> bool:
        """Is the short name ``[a, b)`` the rest of a model whose number opens it, after
        "the" or an owner ("its 737 MAX jets", "the 787 Dreamliner")? A number of three
        digits is no year, and one that ends in "00" counts something ("the 100 Club")."""
        words = self.words
        return (
            self.ctx.english
            and a > 1
            and b - a <= 2
            and len(words[a - 1]) == 3
            and words[a - 1].isdigit()
            and not words[a - 1].endswith("00")
            and words[a - 2].lower() in _MODEL_OWNERS
        )

    def _maker_before_model(self, a: int, b: int) -> bool:
        """Does the model name ``[a, b)`` (its number after it) open with its maker, a
        brand written in inner capitals or a listed organisation, before a product's name
        of its own ("SpaceX Falcon 9", "Apple iPhone 16")? A maker's name and a number
        alone ("Boeing 777") are one product."""
        first = self.words[a]
        return (
            b - a == 2
            and self.words[a + 1].isalpha()
            and not _is_acronym(self.words[a + 1])
            and (_is_camel_case(first) or self._gaz(a, a + 1) == "ORG")
        )

    def _article_opens_work(self, a: int, label: EntityLabel) -> bool:
        """Does the capitalised article (see _TITLE_ARTICLES) mid-sentence before the run at
        ``a`` open the title of a work: after a possessive or a work's kind, with a comma or
        not ("Homer's The Odyssey", "the novel The Road"), or before a run already read as a
        work ("releasing A Moon Shaped Pool")?"""
        if a < 2:
            return False
        before = self.words[a - 2]
        if before == "," and a > 2:
            before = self.words[a - 3]  # "her new comedy, The Phoenician Scheme"
        return label == "MISC" or _is_possessive(before) or before.lower() in WORK_NOUNS

    def _numbered_craft(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)``, a word and a Roman numeral, a spacecraft or mission by
        what follows it ("Artemis II launched from Florida", "the Artemis II crew"), not a
        ruler ("Charles III launched an appeal")?"""
        words = self.words
        if b - a != 2 or b >= self.n or words[b] not in _CRAFT_DEEDS or words[a] in GIVEN_NAMES:
            return False
        if words[b] in _CRAFT_CREWS:
            return True
        return b + 1 == self.n or (words[b + 1] not in _OBJECT_OPENERS and not self.caps[b + 1])

    def _names_train(self, a: int, b: int) -> bool:
        """Is run ``[a, b)`` a named train, MISC as a vehicle's name: "KA" before its name
        ("KA Argo Parahyangan"), or the name right after "kereta api" or "kereta cepat"
        ("Kereta api Gajayana", "kereta cepat Whoosh"), or after "kereta" alone when the
        gazetteer knows it as nothing else ("kereta Argo Bromo Anggrek", not "kereta KAI"),
        as after "Kereta" opening the sentence, with its kind or without ("Kereta Argo Lawu
        berangkat", "Kereta Cepat Whoosh melayani …"; not "Kereta Api Indonesia", "Kereta
        Cepat Indonesia China": companies)?"""
        words = self.words
        if words[a] == "KA":
            return b - a > 1
        if words[a] == "Kereta" and a in self.initial and b - a > 1 and not self.ctx.english:
            k = a + 1 + (words[a + 1].lower() in _TRAIN_KINDS and b - a > 2)
            return (
                words[k].lower() not in _TRAIN_KINDS
                and not _is_acronym(words[k])
                and "-" not in words[k]  # "Kereta Cepat Jakarta-Bandung": a line, no train
                and self._gaz(k, b) is None
                and self._gaz(a, b) is None
            )
        if "-" in words[a]:
            return False  # "kereta cepat Jakarta-Bandung": a line between two places
        if a > 0 and words[a - 1] == "kereta":
            return (
                not _is_acronym(words[a])
                and self._gaz(a, b) is None
                and self._gaz(a, a + 1) is None
            )
        return a > 1 and words[a - 1] in _TRAIN_KINDS and words[a - 2].lower() == "kereta"

    def _business_before(self, a: int) -> bool:
        """Is the word before ``a`` a cue for a business ("drugmaker", "firm")?"""
        return a > 0 and _is_business_descriptor(self.words[a - 1])

    def _business_named_possessive(self, a: int) -> bool:
        """Is the possessive at ``a`` a business named after its founder ("McDonald's",
        "Moody's warned", "Sainsbury's reported")? A possessive must have a noun after it,
        so one that a verb follows is the whole name, if the text never writes the
        founder's name without its "'s" (as it would a person's: "Trump said")."""
        word = self.words[a]
        if not _is_possessive(word) or a + 1 >= self.n or word[:-2] in self.ctx.cap_counts:
            return False
        if _is_acronym(word[:-2]):
            return False  # "NATO's plans": no founder's name
        nxt = self.words[a + 1]
        return nxt in SPEECH_VERBS or nxt in _AUXILIARIES or (nxt.endswith("ed") and nxt.islower())

    def _numbered_event(self, a: int, b: int, label: EntityLabel) -> bool:
        """Is the run ``[a, b)`` an event or competition named with a number right after it
        ("Indonesia Open 2024", "Liga 1", "Pemilu 2024", "Formula 1")? The number is a whole
        token of up to four digits, not the start of a score, date or decimal."""
        if b >= self.n or self.toks[b].upos != "NUM" or not self.words[b].isdigit():
            return False
        if len(self.words[b]) > 4:
            return False
        if not (label == "MISC" or (b - a <= 2 and self.words[b - 1].lower() in NUMBERED_EVENTS)):
            return False  # (a sponsor may open the name: "BRI Liga 1")
        after = self.words[b + 1] if b + 1 < self.n else ""
        if after in ("-", "/", "%", ":"):
            return False
        return not (after in (".", ",") and b + 2 < self.n and self.words[b + 2][:1].isdigit())

    def _band_named_at(self, a: int, b: int) -> int:
        """Where the name of a band starts in the Indonesian run ``[a, b)`` after "band" (or
        opening with "Band" at a sentence's start): a number after it is part of its name,
        no model's ("band Dewa 19", "Band Dewa 19 menggelar konser"); -1 when no band."""
        if self.ctx.english:
            return -1
        if a > 0 and self.words[a - 1].lower() == "band":
            return a
        return a + 1 if b - a > 1 and self.words[a] == "Band" and a in self.initial else -1

    def _model_number(self, a: int, b: int, label: EntityLabel) -> bool:
        """Is the number after the run ``[a, b)`` a product's model number ("Boeing 777
        jets", "iPhone 15 di Indonesia")? Two to four digits, then an ordinary word that
        counts nothing ("Toyota 10 unit", "Arsenal 10 points") - not a score in a table, a
        place's number nor an age."""
        word = self.words[b]
        if label == "LOC" or not (word.isdigit() and len(word) <= 4) or word[0] == "0":
            return False
        after = self.words[b + 1] if b + 1 < self.n else ""
        return (
            after.isalpha()
            and after.islower()
            and after not in _MEASURE_WORDS
            and after not in _NOT_AFTER_MODELS
            and not _is_initial(self.words[a])
            and not _is_possessive(self.words[b - 1])  # "Lumeq's 600 engineers"
            and not gazetteer.is_club(" ".join(self.words[a:b]))  # "Gol PSS 1 dicetak"
        )

    def _body_then_member(self, a: int, b: int) -> list[_Candidate]:
        """ "politikus PDI-P Ganjar Pranowo", "kader PKB Cucun Ahmad Syamsurijal",
        "politikus Partai Kebangkitan Bangsa Muhaimin Iskandar": after a noun for a member,
        a listed body, then the member's name of two words or more. Empty when the words
        after the body are a place or part of its own name ("kader PKB Jawa Timur",
        "anggota PDI Perjuangan")."""
        words = self.words
        if self.ctx.english or b - a < 3 or a == 0 or words[a - 1].lower() not in _MEMBER_NOUNS:
            return []
        m = next((m for m in range(min(b - a - 2, 4), 0, -1) if self._gaz(a, a + m) == "ORG"), 0)
        if (
            not m
            or self._gaz(a + m, a + m + 1) is not None
            or self._gaz(a, a + m + 1) is not None
            or self.bits[a + m] & _HEAD_WORD
        ):
            return []
        return [self._make(a, a + m, "ORG", STRONG), self._make(a + m, b, "PER", STRONG)]

    def _club_prefix_at(self, k: int) -> bool:
        """Is the country code at ``k``, in an English text and before a town or region, the
        short form of a sports club ("AS Roma", "AS Monaco", "US Lecce": Associazione or
        Association Sportive, Unione Sportiva)? English writes the United States "US", never
        "AS", and names no place after its code ("US China" is two countries, though)."""
        word = self.words[k]
        if not self.ctx.english or word not in _CLUB_PREFIX_CODES:
            return False
        place = _gazetteer_place(self.words[k + 1 : k + 2])
        return word == "AS" or (
            place is not None and not place.key.startswith(("country:", "sub:US-", "region:"))
        )  # "US Lecce", not "US Florida" nor "US Europe"

    def _with_event_number(self, names: list[_Candidate], b: int) -> list[_Candidate]:
        """``names`` of a headline run ending at ``b``, the last one, an event or programme,
        taking the number after the run as body text does ("Kuota SNBP 2027 Dipangkas")."""
        if not names or names[-1].label != "MISC" or names[-1].end != self.toks[b - 1].end:
            return names
        a = b - len(names[-1].words)
        if not self._numbered_event(a, b, "MISC"):
            return names
        return [*names[:-1], self._make(a, b + 1, "MISC", STRONG)]

    def _misc_without_first(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` opening a sentence an event or work by its words after the
        first ("Program Makan Bergizi Gratis")? An event's last word alone is none: it needs
        the word before it ("Wimbledon Championships", "Rockstar Games")."""
        rest = self.words[a + 1 : b]
        return _label_by_form(rest) == "MISC" and not (
            len(rest) == 1 and rest[0].lower() in EVENT_TAILS
        )

    def _body_acts(self, b: int) -> bool:
        """Does the name ending at ``b`` act as a body, speaking of itself as "it" ("said it
        would") or doing something to its own ("delayed the release of its title")? An
        event does neither ("the Asian Games open on Saturday")."""
        words = self.words
        nxt = words[b] if b < self.n else ""
        if nxt.lower() in SPEECH_VERBS:
            return self._it_reports_at(b + 1)
        return (nxt.endswith("ed") or nxt in _ITS_VERBS) and "its" in words[b + 1 : b + 7]

    def _deal_party(self, a: int, b: int) -> bool:
        """Is the lone name at ``a`` a side of a company deal: its target after "bid for",
        "takeover of", "stake in" … ("the takeover of Mannesmann"), or the owner of such a
        deal with a named target ("Gencor's bid for Billiton")? A person the text names in
        full is no company ("Chelsea's bid for Rice" after "Declan Rice"), nor a place or a
        person the gazetteer knows."""
        words = self.words
        word = words[a]
        if _is_possessive(word):
            word = word[:-2]
            if words[b : b + 2] not in _DEAL_LINKS or not words[b + 2 : b + 3]:
                return False
            if not words[b + 2][:1].isupper():
                return False
        elif a < 2 or words[a - 2 : a] not in _DEAL_LINKS:
            return False
        return (
            word not in GIVEN_NAMES and word not in self.ctx.surnames() and self._gaz(a, b) is None
        )

    def _ordinary_body_end(self, a: int, b: int) -> bool:
        """Is the lone word at ``a`` capitalised mid-sentence only as the last word of a
        body's name, and written in small letters too ("Film horor itu tayang" beside
        "Lembaga Sensor Film" and "film pertama")? Then that is no evidence of a name."""
        word = self.words[a]
        return (
            b - a == 1
            and not self.headline  # (where each word is weighed alone)
            and word in self.ctx.body_ends
            and word not in self.ctx.run_starts
            and self.ctx.written_in_lowercase(word)
        )

    def _named_for_country_code(self, a: int, b: int) -> bool:
        """Does an English run of several words end in a country's code ("Diabetes UK
        said")? People's names never do, so the first word is no ordinary word before a
        place. (Indonesian "Pejabat AS" means "US officials".)"""
        last = self.words[b - 1]
        return (
            self.ctx.english
            and b - a > 1
            and len(last) <= 3
            and last.isupper()
            and (place := _gazetteer_place((last,))) is not None
            and place.key.startswith("country:")
        )

    def _short_name_in_brackets(self, a: int) -> bool:
        """Is the word at ``a`` a short name in brackets right after the longer name it
        abbreviates ("Institute for Development of Economics and Finance (Indef)")?"""
        words = self.words
        if not (1 < a < self.n - 1 and words[a - 1] == "(" and words[a + 1] == ")"):
            return False
        k = a - 1
        while k > 0 and (self.caps[k - 1] or words[k - 1].lower() in _NAME_INNER_WORDS):
            k -= 1
        # (The name may start after the run's first word: "Ekonom Institute for …".)
        return any(abbreviates(words[a], words[start : a - 1]) for start in range(k, a - 2))

    def _business_cue_after(self, a: int, b: int) -> bool:
        """Do the words after the sentence-initial word at ``a`` make it a business: its
        figures ("Rheinmetall raised its forecast", see _reports_its), ", which" ("Zelvano,
        which makes chips"), or "shares" or "stock" ("Wingtech shares fell") after a word the
        text never writes in small letters and of no common noun's form (not "Bank shares",
        "Technology shares"; never "saham", which :data:`_BUSINESS_CUES_AFTER` leaves out:
        Indonesian names the company after it, and a first word before it is the noun it
        heads, "Harga saham Tesla naik")?"""
        word, nxt = self.words[a], self.words[b]
        if nxt in _STOCK_WORDS:
            return (
                not self.ctx.written_in_lowercase(word)
                and not looks_like_common_noun(word)
                and self.words[b + 1 : b + 2] not in _SHARING_OBJECTS
            )
        if nxt == ",":
            return self.words[b + 1 : b + 2] == ("which",)
        return self._reports_its(b)

    def _airline_flies(self, a: int, b: int) -> bool:
        """Is the lone word at ``a`` the first word of a listed name and no name by itself,
        before a verb of flying ("Garuda mendarat di Jeddah" for Garuda Indonesia, "Garuda
        flew 300 pilgrims") or after words of flying (see :meth:`_flown_with`)? Then it is
        the airline, or a team named so flying out."""
        return (
            b - a == 1
            and self.words[a] in gazetteer.first_words()
            and ((b < self.n and self.words[b].lower() in _FLIGHT_VERBS) or self._flown_with(a))
            and self._gaz(a, b) is None
        )

    def _flown_with(self, a: int) -> bool:
        """Do the words before ``a`` say an aircraft or a flight ("pesawat Garuda", "Pesawat
        Garuda mendarat", "berangkat dengan Garuda"), so that the word at ``a`` is an
        airline?"""
        words = self.words
        if a == 0 or self.ctx.english:
            return False
        before = words[a - 1].lower()
        return before in _AIRCRAFT_NOUNS or (
            before == "dengan" and a > 1 and words[a - 2].lower() in _TRAVEL_VERBS
        )

    def _reports_its(self, b: int) -> bool:
        """Do a business's reporting verb and "its" follow the name ending at ``b`` (see
        _REPORTING_VERBS), or "will" or "would", a verb and soon "its" after no person's name?"""
        words = self.words
        if words[b : b + 1] in _FUTURE_AUXILIARIES:
            # "Kroger would close three of its sites"; not a person's name: "Biden would
            # sign its version of the bill" (a given name, or a surname the text gives in full)
            if self._known_person(b - 1, b):
                return False
            return "its" in words[b + 2 : b + 5]
        return words[b + 1 : b + 2] == ("its",) and words[b] in _REPORTING_VERBS

    def _romance_institution(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` in English text a French, Spanish, Italian or Portuguese
        institution kept in its own language: an institution's head word, then a lowercase
        particle inside ("Tribunal de Contas", "Partido dos Trabalhadores", "Consiglio di
        Stato")? People's names with a particle start with a given name ("Lula da Silva")."""
        head = self.words[a].lower()
        # (european keeps the heads of the bodies it reads in their own languages.)
        if head not in european.EUROPEAN_ORG_HEADS and head not in _PROFESSIONAL_ORDERS:
            return False
        return any(w in NAME_PARTICLES and w.islower() for w in self.words[a + 1 : b - 1])

    def _product_line_sold(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` of two words or more, right after "sales of", a product
        ("sales of Mario Kart World")? A name that looks like a business's ("sales of Volvo
        Cars") or opens with a given name is no product."""
        return (
            b - a > 1
            and self.words[a - 2 : a - 1] in _SALES
            and self.words[a] not in GIVEN_NAMES
            and not _organisation_shaped(self.words[a:b])
        )

    def _company_owning_brand(self, a: int, b: int) -> bool:
        """Is the one word at ``[a, b)``, after "owner" or "parent", the company owning the
        brand named before that ("Zara owner Inditex", "Google parent Alphabet")? A club's
        owner is a person ("Newcastle owner Ashley", "Lakers owner Jeanie Buss"): clubs are
        mostly named for places, and a person is mostly named in full."""
        if b - a > 1 or a < 2 or self.words[a] in GIVEN_NAMES or not self.caps[a - 2]:
            return False
        k = a - 2
        while k > 0 and self.caps[k - 1]:
            k -= 1
        return self._team_label(k, a - 1) is None

    def _typed_name(self, a: int, b: int) -> bool:
        """Is ``[a, b)`` a name by the gazetteer, as an acronym, by its head word or by a
        head word elsewhere in the text?"""
        return a < b and (
            self._gaz(a, b) is not None
            or self.words[a:b] in self.ctx.known_prefixes
            or _is_acronym(self.words[a])
            or (b - a > 1 and self.words[a].lower() in _HEADS)
            or (b - a > 2 and self.words[a : a + 2] in _TWO_WORD_HEADS)
        )

    def _defines_acronym(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` followed by its acronym in brackets ("Jaringan Pemantau
        Pendidikan Indonesia (JPPI)")? People's names get none: it is a body's."""
        words = self.words
        return (
            b + 2 < self.n
            and words[b] == "("
            and words[b + 2] == ")"
            and b - a > 1
            and abbreviates(words[b + 1], words[a:b])
        )

    def _organisation_tail_length(self, a: int, b: int) -> int:
        """How many tokens at the start of run ``[a, b)`` after a title end with the last
        word of an organisation (a legal form or a tail word, and maybe a country after it)
        with two words or more left for the person: "Direktur Utama PT Garuda Indonesia
        (Persero) Tbk Wamildan Tsani Panjaitan", "Analis Mirae Asset Sekuritas Indonesia
        Nafan Aji Gusta", "PT Kereta Api Indonesia (Persero) Bobby Rasyidin"; 0 if none. (A
        tail word opening the run, or the name after a legal form, is a head: "Bank X", "PT
        Bank Tabungan Negara Nixon Napitupulu".)"""
        words = self.words
        for k in range(b - 3, a + (words[a] in _COMPANY_FORMS), -1):
            if (
                words[k].lower() in ORG_TAILS
                or words[k] in _LEGAL_FORMS_AFTER
                or (words[k] == ")" and words[k - 1] in _BRACKETED_LEGAL_FORMS)
            ):
                end = k + 1
                if b - end > 2 and self._gaz(end, end + 1) == "LOC":
                    end += 1  # "Sekuritas Indonesia"
                return end - a
        return 0

    def _model_noun_before(self, a: int) -> bool:
        """Is the word before ``words[a]``, in an Indonesian text, a vehicle or a device
        (MODEL_NOUNS) whose brand and model follow ("sepeda motor Honda Beat", "Mobil
        Toyota Fortuner itu")?"""
        return a > 0 and self.words[a - 1] in _MODEL_NOUN_FORMS and not self.ctx.english

    def _starred_in_before(self, a: int) -> bool:
        """Does "starred in" (or "stars in", perhaps with an article of the title) stand
        before the name at ``a``? What an actor stars in is a film, show or play."""
        words, k = self.words, a - 1
        if k > 0 and words[k] in _TITLE_ARTICLES:
            k -= 1
        return k > 0 and words[k] == "in" and words[k - 1] in _STARRING

    def _made_by_after_which(self, k: int) -> bool:
        """Does the clause after "which" at ``k`` name who made the thing before it, then
        the making ("which Greta Gerwig directed", "which the BBC adapted", "which stars
        Cillian Murphy")? Bodies are not directed, adapted or starred in."""
        words, n = self.words, self.n
        if words[k : k + 1] in _LOWER_ARTICLES:
            k += 1
        while k < n and self.caps[k]:
            k += 1
        return k < n and words[k] in _WORKS_MADE

    def _price_move_after(self, b: int) -> bool:
        """Does a share price's move follow the verb at ``b``: an amount, then a price's
        unit ("gained four marks", "fell 3 percent") or "to" and the new price ("rose
        1.50 to 45.20")? Market reports name companies so, with no "shares"."""
        words, k = self.words, b + 1
        if k + 1 >= self.n or not starts_quantity(words[k].lower(), "en"):
            return False
        unit = words[k + 1].lower()
        return unit in _PRICE_UNITS or (
            unit == "to" and k + 2 < self.n and self.toks[k + 2].upos == "NUM"
        )

    def _it_reports_at(self, k: int) -> bool:
        """Does the clause a speech verb opens at ``k`` have "it" as its subject, perhaps
        after its day and "that" ("said it would", "said on Wednesday it would", "said on
        Monday that it")? A body speaks of itself as "it"."""
        words = self.words
        if words[k : k + 1] == ("it",):
            # (But "it was" or "is" before no "-ing" judges something: "Smith said it was
            # a mistake" is a person's word on the match; "it was reviewing" a body's.)
            if words[k + 1 : k + 3] in _IT_WOULD_JUDGE:
                return self._body_state_at(k + 3)
            return words[k + 1 : k + 2] not in _IT_JUDGED or self._body_state_at(k + 2)
        if (
            words[k : k + 1] == ("on",)
            and k + 1 < self.n
            and words[k + 1].lower() in CALENDAR_WORDS
        ):
            k += 2
        if words[k : k + 1] == ("that",):
            k += 1
        # (Past the day or "that" only before its plans or deeds: "said on Monday it was
        # time" may be a person's, and so may "it would be wrong".)
        return (
            words[k : k + 1] == ("it",)
            and words[k + 1 : k + 2] in _ITS_DEEDS
            and (words[k + 1 : k + 3] not in _IT_WOULD_JUDGE or self._body_state_at(k + 3))
        )

    def _body_state_at(self, k: int) -> bool:
        """Does the word at ``k``, after "it was" or "it would be", tell what a body is
        doing or made to do ("reviewing", "forced to", "able to") rather than judge a thing
        ("a mistake", "wrong", "months")?"""
        if k >= self.n:
            return False
        word = self.words[k]
        return word.endswith("ing") or word in _BODY_STATES

    def _kind_apposed_before(self, a: int) -> EntityLabel | None:
        """What the noun before a name between commas calls it, when an owner or article
        opens that noun phrase: a body ("Its publisher, Fourth Estate,", "the carrier,
        Wizz Air,") or a work ("her debut album, Midnights,"); None otherwise, and for a
        name opening with a given name ("the label's owner, John Smith,")."""
        words = self.words
        if a < 3 or words[a - 1] != "," or words[a] in GIVEN_NAMES:
            return None
        noun = words[a - 2].lower()
        label: EntityLabel
        if noun in _APPOSED_BODY_NOUNS:
            label = "ORG"
        elif noun in WORK_NOUNS:
            label = "MISC"
        else:
            return None
        for k in range(a - 3, max(a - 6, -1), -1):
            word = words[k]
            if word.lower() in _OWNERS_BEFORE_KINDS or _is_possessive(word):
                # (Not after a preposition: "In his novel, Smith, a detective, …".)
                return None if k and words[k - 1].lower() in _APPOSITION_STOPS else label
            if not (word.isalpha() and word.islower()):
                return None  # (up to two adjectives: "its main rival")
        return None

    def _adjective_after_owner(self, b: int) -> bool:
        """Does the name ending at ``b`` own what follows, the stage word there qualifying
        a noun ("Hilary Mantel's final novel"), not naming a stage ("Wimbledon final")?"""
        return (
            _is_possessive(self.words[b - 1])
            and b + 1 < self.n
            and self.words[b + 1].isalpha()
            and self.words[b + 1].islower()
        )

    def _employer_listed_before(self, j: int) -> bool:
        """Does the coordinating word at ``j`` follow a name of one to three words after
        "at" or "of" and a role ("analysts at Jefferies and …")? Then what it adds is
        another employer."""
        k = j - 1
        while k > 0 and j - k <= 3 and self.caps[k]:
            k -= 1
        return (
            k < j - 1
            and k > 0
            and self.words[k] in ("at", "of")
            and _is_role_noun(self.words[k - 1])
        )

    def _goods_maker(self, a: int) -> bool:
        """Is the lone name at ``a`` the maker of goods, after a making verb and "by" with a
        noun for goods shortly before ("The vaccine, made by Merck", "chips produced by
        Tessara")? Goods are a company's; a work or a remark may be a person's ("a film made
        by Scorsese", "comments made by Obama")."""
        if a < 3 or self.words[a - 1] != "by" or self.words[a - 2] not in _MAKING_VERBS:
            return False
        k = a - 2
        return not _MADE_GOODS.isdisjoint(
            map(str.lower, self.words[max(0, k - _MADE_GOODS_REACH) : k])
        )

    def _speaks_of_its_results(self, b: int) -> bool:
        """Does a speech verb after the name ending at ``b`` tell of "its" business results
        ("Luminate said its profit rose", "said its quarterly revenue")? A business's own
        figures (a leader speaking of a country's things says "its troops")."""
        words = self.words
        return (
            b + 3 < self.n
            and words[b] in SPEECH_VERBS
            and words[b + 1] == "its"
            and not _BUSINESS_RESULTS.isdisjoint(words[b + 2 : b + 4])
        )

    def _employs_many(self, a: int, b: int) -> bool:
        """Does the lone name ``[a, b)`` hire or let go of an amount of staff right after it
        ("Acme hired 200 engineers", "Luminate cut 300 jobs")? An employer, so a business,
        unless the text names a person so ("Musk cut 6,000 jobs" after "Elon Musk")."""
        words = self.words
        if b + 2 >= self.n or words[b] not in _STAFFING_VERBS:
            return False
        return (
            starts_quantity(words[b + 1].lower(), "en")
            and not _STAFF_NOUNS.isdisjoint(words[b + 2 : b + 4])
            and not self._known_person(a, b)
        )

    def _made_by_before(self, a: int) -> bool:
        """Is the name at ``a`` what its maker made, after "of" ("author of Lace", "the
        maker of ChatGPT")?"""
        return a > 1 and self.words[a - 1] == "of" and self.words[a - 2].lower() in _MAKERS_OF_WORKS

    def _owned_by_country(self, a: int) -> bool:
        """Does a country's possessive come right before ``a`` ("Spain's", "China 's")?"""
        return _is_country(self._owner_before(a))

    def _owned_by_organisation(self, a: int) -> bool:
        """Does a known organisation's possessive come right before ``a`` ("Samsung's",
        "NASA's")? What follows is then mostly a thing it makes or runs."""
        owner = self._owner_before(a)
        return bool(owner) and (
            (_is_acronym(owner) and not _is_country(owner)) or _gazetteer_label((owner,)) == "ORG"
        )

    def _owner_before(self, a: int) -> str:
        """The word whose possessive comes right before ``a`` ("Spain" of "Spain's" or
        "Spain 's"), perhaps stressed by "own" ("NASA's own Europa Clipper"), or ""."""
        if a > 1 and self.words[a - 1] == "own":
            a -= 1  # "own" says whose, as the possessive does, and names nothing
        if a == 0:
            return ""
        owner = self.words[a - 1]
        if owner in _POSSESSIVE_ENDINGS:
            return self.words[a - 2] if a > 1 else ""
        return owner[:-2] if _is_possessive(owner) else ""

    def _founds_a_body(self, k: int) -> bool:
        """Does "founded" before ``k`` take a company, a studio or a band, perhaps after an
        owner or an article ("founded the studio", "founded his carmaker")? A person founds
        those; a company founds a fund or a charity, not itself."""
        for word in self.words[k : k + 3]:
            if word in ORG_CONTEXT:
                return True
            if word not in _OWNERS_BEFORE_KINDS:
                return False
        return False

    def _organisation_apposition(self, k: int) -> bool:
        """Does an apposition starting at ``k`` call the name before it an organisation?"""
        return self._apposition_kind(k) == "ORG"

    def _prize_won_before(self, k: int) -> bool:
        """Does the "for" at ``k`` follow a prize won in its clause ("won the Palme d'Or on
        Saturday for", "took the Grand Prix for", "won best album at the Brit Awards for")?
        Then the name after it is the work that won. Not a prize's field ("the Nobel Prize
        for Peace") nor a win of no prize ("won the seat for")."""
        words = self.words
        if words[k - 1] in _PRIZE_NAME_ENDS:
            return False
        prize = False
        for j in range(k - 1, max(0, k - _PRIZE_REACH) - 1, -1):
            word = words[j]
            if word in _PRIZE_VERBS:
                return prize
            if word in _CLAUSE_MARKS:
                return False
            prize = prize or word[:1].isupper() or word in _PRIZE_WORDS
        return False

    def _event_or_model(self, a: int, b: int) -> tuple[EntityLabel, int] | None:
        """The label of a race, tournament or product model that its first word and the
        word before it tell from a place or product (see _NAMES_READ_IN_CONTEXT), or None."""
        words = self.words
        if b - a == 1 and words[a] in _RACES_AFTER_THE and a > 0 and words[a - 1] == "the":
            return "MISC", STRONG  # "won the Derby at Epsom": the race, not the town
        if (
            b - a <= 3
            and words[a] in _PRIZE_METALS
            and (
                (a > 1 and words[a - 1] == "the" and words[a - 2] in _PRIZE_VERBS)
                or words[b : b + 2] == _FOR_BEST
            )
            and words[b - 1].lower() not in PLACE_TAILS  # "took the Golden Gate Bridge"
        ):
            # "won the Golden Lion", "the Silver Bear for best actress": the prize, no body
            return "MISC", STRONG
        if b - a == 1 and words[a] in _VENUES_NAMING_EVENTS:
            # "at Wimbledon": the place; "since Wimbledon", "won Wimbledon": the tournament
            return ("LOC" if self._cue_before(a) in PLACE_PREPOSITIONS else "MISC"), STRONG
        if b - a == 1 and words[a] in _PARTY_MEMBERS:
            return "MISC", STRONG  # "Eight Democrats joined Republicans": members, as CoNLL
        if (
            a > 1
            and words[a - 1] == "on"
            and words[a - 2] in _POSTS_ON
            and " ".join(words[a:b]) in _PLATFORMS
        ):
            return "MISC", STRONG  # "wrote on Instagram": the medium, not the company
        if 1 < b - a < 4 and words[a] in gazetteer.PRODUCT_LINES:
            return "MISC", STRONG  # "Galaxy Fold", "Kindle Scribe": a model of a product
        return None

    def _maker_named_after(self, k: int) -> bool:
        """Does a maker's role open at ``k``, after "by", perhaps after a nationality ("by
        Norwegian director Joachim Trier"), so that the name before "by" is a work?"""
        words = self.words
        if k < self.n and gazetteer.is_demonym(words[k]):
            k += 1
        return k + 1 < self.n and words[k].lower() in _MAKERS_BY_ROLE and bool(self.caps[k + 1])

    def _maker_of_work(self, a: int, b: int) -> bool:
        """Is the name ``[a, b)`` after a work's cue its maker rather than the work: after
        "by" ("a horror film by Ari Aster") or a kind of work and "of" ("the songs of
        Andrew Lloyd Webber"), or owning what follows ("the premiere of Wes Anderson's new
        comedy")?"""
        words = self.words
        return (
            words[a - 1] in _BY_MAKERS
            or (a > 1 and words[a - 1] == "of" and words[a - 2].lower() in _WORKS_BY_MAKERS)
            or _is_possessive(words[b - 1])
            or (b < self.n and words[b] in _POSSESSIVE_ENDINGS)
        )

    def _shop_before(self, a: int) -> bool:
        """Is the name at ``a`` a shop's, by a shop noun right before it ("gerai Indomaret")
        or before the goods it sells ("toko buku Gramedia", not the book's title; "toko
        oleh-oleh X"), but not before its owner ("toko milik Ahmad")?"""
        if self.ctx.english or a < 1:
            return False
        before = self.words[a - 1]
        if a > 1 and before[:1].islower() and before not in _OWNER_LINKS:
            before = self.words[a - 2]
        return before.lower() in _SHOP_NOUNS

    def _cue_before(self, a: int) -> str:
        """The nearest cue word before ``a``, looking past up to two lowercase words
        ("platform media sosialnya Truth Social" → "platform", "Shares of Nvidia" →
        "shares"), "-nya" removed; not past a deed the cue did ("The party nominated
        Lula": the name is another's), nor past a role ("County supervisor Janice Parvin":
        the cue's officer)."""
        for k in range(a - 1, max(a - 4, -1), -1):
            word = self.words[k]
            low = word.lower()
            low = low[:-3] if low.endswith("nya") and len(low) > 5 else low
            if k == a - 1 and word in _TITLE_QUOTES and not self.ctx.english:
                continue  # 'film "Pengabdi Setan"': a work's title in quotation marks
            if not word[:1].islower():
                # A capitalised cue only when it starts the sentence ("Shares of ...", 'Film
                # "Pengabdi Setan" laris').
                if (
                    k in self.initial
                    and not self._after_plural_possessive(k)
                    and (
                        low in ORG_CONTEXT
                        or low in PLACE_CONTEXT
                        or (low in WORK_NOUNS and k == a - 2 and self.words[k + 1] in _TITLE_QUOTES)
                    )
                ):
                    return low
                break
            if k == a - 1 and (low in PLACE_PREPOSITIONS or low in SPEECH_VERBS):
                before = self.words[k - 1] if k > 0 else ""
                if low == "in" and (
                    before in ORG_CONTEXT
                    or (k - 1 in self.initial and before.lower() in ORG_CONTEXT)
                ):
                    return self.words[k - 1].lower()  # "shares in Deutsche Telekom"
                return low
            if low in ORG_CONTEXT or low in PLACE_CONTEXT or low in PRODUCT_CONTEXT:
                return low
            if low in AGENT_PAST_VERBS and low != "called":
                break  # "The party nominated Lula": the cue did it, the name is another's
            if _is_role_noun(low):
                break  # "County supervisor Janice Parvin": the cue's officer, a person
            if low in _OTHER_PARTY_LINKS:
                break  # "The company lost to Jones": another party, not the company
        return self.words[a - 1].lower() if a > 0 else ""

    def _after_plural_possessive(self, k: int) -> bool:
        """Does the word at ``k`` follow a plural's apostrophe ("Workers' Party"), which
        opens no sentence though it is written as a quotation mark may be?"""
        return k > 1 and self.words[k - 1] == "'" and self.words[k - 2].endswith("s")

    def _thing_named(self, k: int) -> bool:
        """Does "bernama" at ``k`` name a thing, not a person: after a kind of product,
        body or place, perhaps with its modifiers ("aplikasi baca digital bernama iPusnas",
        "sebuah desa bernama Sukamaju"), or English "initials" a body owns ("known by its
        French initials MSF": "its" is no person's)?"""
        if self.words[k] == "initials":
            return "its" in self.words[max(k - 3, 0) : k]
        if self.words[k] != "bernama":
            return False
        for kind in reversed(self.words[max(k - 3, 0) : k]):
            if kind in PRODUCT_CONTEXT or kind in ORG_CONTEXT or kind in PLACE_CONTEXT:
                return True
            if kind in FUNCTION_WORDS or not kind.islower():
                return False  # "anak dari pasangan di desa itu bernama Budi": a person
        return False

    def _after_meeting(self, a: int, b: int) -> int:
        """Where the body holding the meeting named at ``a`` starts in the run ``[a, b)``
        ("Rapat Paripurna DPR", "Sidang Tahunan MPR": a session is no person, and the body
        is the organisation), ``b`` for the meeting word alone ("Sidang"), or ``a`` when
        what follows is no body ("Rapat Umum Pemegang Saham", "Sidang Isbat"; "Rapat Kerja
        Nasional" is a gathering by its level, see _label_by_form)."""
        if b - a == 1:
            return b
        words, k = self.words, a + 1
        while k < b and words[k].lower() in _MEETING_KINDS:
            k += 1
        if k == b:
            return a
        if _is_body_acronym(words[k]) or words[k].lower() in ORG_HEADS:
            return k
        return a

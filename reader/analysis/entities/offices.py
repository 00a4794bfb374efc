"""Where the office after a title ends and its holder's name begins."""

from __future__ import annotations

import re

from reader.analysis import gazetteer
from reader.analysis.entities.lexicon import (
    _BALINESE,
    _BALINESE_NOBLES,
    _COMPANY_FORMS,
    _GIVEN_NAMES_AMONG_HEADS,
    _HEADS,
    _HONORIFICS,
    _INDONESIAN_COMPASS,
    _INDONESIAN_NAME_ENDINGS,
    _INNER_GIVEN_NAMES,
    _KIND_WORDS,
    _NAMESAKE_RANKS,
    _NOBLE_NAME_OPENERS,
    _PLACED_BODIES,
    _PREDICATE_LINKS,
    _ROYAL_HONORIFICS,
    _STATION_BODIES,
    _STATION_FIELDS,
    _SUBUNIT_HEADS,
    _VILLAGE_HEAD_TITLES,
)
from reader.analysis.entities.people import _PersonEvidence
from reader.analysis.entities.shapes import (
    _ROMAN_NUMERAL,
    _gazetteer_place,
    _is_acronym,
    _is_body_acronym,
    _is_home_place,
    _is_initial,
    _is_region,
    _label_by_form,
    _place_ends_with_head,
)
from reader.analysis.entities.word_bits import _TITLE_START
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import (
    GIVEN_NAMES,
    NUMBERED_UNIT_HEADS,
    ORG_HEADS,
    ORG_TAILS,
    PLACE_HEADS,
    PLACE_TAILS,
    SCHOOL_LEVELS,
    is_given_name,
)
from reader.analysis.titles import (
    TITLE_EXTENSIONS,
    is_rank_title,
    match_title,
)

#: Words after a regional parliament's name that say where its member sits: "Anggota DPRD
#: Wonogiri dari Fraksi PKB", "anggota DPRD Sragen periode 2019-2024".
_MEMBERS_SEAT_WORDS = frozenset({"dari", "periode"})


#: Indonesian titles of a province's governor and deputy, whose place is always a province
#: the gazetteer knows ("Gubernur Sultra", "Wakil Gubernur Jawa Timur").
_GOVERNOR_TITLES = frozenset({"gubernur", "wagub"})
#: Indonesian titles of a regency's or a city's head and deputy, whose place the gazetteer
#: knows too (see _unplaced_after_governor); "Wali Kota" is told by its two words.
_REGENT_TITLES = frozenset({"bupati", "wabup", "walkot", "wawali"})


#: The class of a prison, court or port: a Roman numeral and maybe its grade ("I", "IIA",
#: "IIB", "IA").
_CLASS = re.compile(r"(?:I{1,3}|IV)[AB]?")


class _OfficeSplits(_PersonEvidence):
    """Where the office after a title ends and its holder's name begins ("Direktur PT Maju
    Jaya Budi Santoso", "Kepala SMAN 3 Padang Yusrizal")."""

    def _honours_before(self, j: int, k: int) -> bool:
        """Are the words from ``j`` to ``k`` none, or one honorific or rank ("Prof",
        "Kapten"), so that a head word before them names its place after the person at
        ``k``?"""
        if k - j != 1:
            return k == j
        low = self.words[j].lower()
        return low in _HONORIFICS or low in _NAMESAKE_RANKS or is_rank_title(self.words, j, k)

    def _before_title(self, a: int, k: int) -> int:
        """Where a title that ends at ``k`` starts inside ``[a, k)``, or ``k``: the title is
        no part of the body it serves ("House Speaker Mike Johnson": "House")."""
        for j in range(a + 1, k):
            if self.bits[j] & _TITLE_START and match_title(self.words, j) == k:
                return j
        return k

    def _another_office_after(self, a: int, b: int) -> bool:
        """Does "dan" and another title follow run ``[a, b)``, which opens with an
        organisation's head? Then the run is the first office's body, no person: "Sekjen
        Dewan Perwakilan Daerah dan Sekjen Kementerian Dalam Negeri"."""
        return (
            b + 1 < self.n
            and self.words[b] in ("dan", "serta")
            and self.words[a].lower() in ORG_HEADS
            and self._title_starts_at(b + 1)
            and not self._listed_body_before_holder(a, b)
        )

    def _listed_body_before_holder(self, a: int, b: int) -> bool:
        """Does the run ``[a, b)`` open with a body the gazetteer lists (after its company
        form: "PT Pertamina"), two words or more before its end? Those words are the
        holder's name: "Direktur Utama PT Pertamina Nicke Widyawati dan Direktur …"."""
        first = a + 1 if self.words[a] in _COMPANY_FORMS else a
        return any(self._gaz(first, k) == "ORG" for k in range(first + 1, b - 1))

    def _branch_town_then_name(self, a: int, k: int, b: int) -> bool:
        """Is the body ``[a, k)`` after a title followed by the town of its branch and a
        one-word name that ends the run at ``b`` ("Ketua KPU Surabaya Soeprayitno")? The
        loop that reads branches leaves the last two words to the person; here the first
        is a known place while the second is none and no place together with it (not
        "Walhi Jawa Timur", "KPU Kota Batu"), and the body is no place itself ("Wali Kota
        Medan Bobby"). A town that is a common given name opens the person's two-word name
        instead ("Perum Bulog Rizal Ramdhani": Rizal is a province too)."""
        words = self.words
        return (
            b - k == 2
            and self._place_word(k)
            and words[k] not in GIVEN_NAMES
            and words[k + 1] not in _INDONESIAN_COMPASS
            and not self._place_word(k + 1)
            and self._gaz(k, b) is None
            and self._gaz(a, k) != "LOC"
            and not self.ctx.written_in_lowercase(words[k + 1])
        )

    def _one_word_after_town(self, k: int) -> EntityLabel | None:
        """After the title of a place's office in Indonesian, what is the one word after
        the known place at ``k`` that ends the run? "PER" when the text names it alone
        elsewhere (in a run of its own, speaking or opening a sentence: "Bupati Sidoarjo
        Subandi … kata Subandi"); else "LOC" when it is no common given name either, the
        second word of a place the gazetteer lacks ("Kapolsek Medan Baru", a city's
        district), but "PER" when shaped as a person's name ("Subandi": see
        _INDONESIAN_NAME_ENDINGS) or after a regent's title, as the gazetteer lists every
        regency ("Wali Kota Kendari Wiratama"); None when the two words name a person
        alone elsewhere ("Bima Arya"), when the text names the town alone after a head
        word ("Panewu Sendang Haryanto … Kapanewon Sendang"), when it is more of the place
        by its form ("Bupati Lampung Tengah"), an ordinary word, a given name, or follows a
        given name that is a place too ("Mayor Victoria Smith")."""
        words, ctx = self.words, self.ctx
        after = words[k + 1]
        if self._village_then_named_head(k):
            return "PER"
        if (
            ctx.english
            or not self._place_word(k)
            or words[k] in GIVEN_NAMES
            or after in _INDONESIAN_COMPASS
            or after.lower() in PLACE_TAILS
            or self._place_word(k + 1)
            or self._gaz(k, k + 2) is not None
            or words[k : k + 2] in ctx.known
            or ctx.written_in_lowercase(after)
        ):
            return None
        if (after,) in ctx.runs or after in ctx.lone_speakers or after in ctx.lone_openers:
            return "PER"
        if is_given_name(after) or words[k : k + 1] in ctx.known:
            return None  # (a town named alone elsewhere: see _complement_length)
        if len(after) > 5 and after.endswith(_INDONESIAN_NAME_ENDINGS):
            return "PER"  # "Bupati Sidoarjo Subandi": shaped as a man's name
        if self._after_regent_title(k):
            named = words[k : k + 2]
            return None if named in ctx.runs or named in ctx.opening_runs else "PER"
        return "LOC"

    def _village_then_named_head(self, k: int) -> bool:
        """After the title of a village's or district's head, is the word at ``k`` its
        place, unknown to the gazetteer, and the one after it the head's one name, shaped
        as an Indonesian name or a common given name ("Lurah Sukamaju Setiawan", "Kades
        Tegalrejo Slamet"; not "Lurah Budi Haryanto")?"""
        words = self.words
        after = words[k + 1]
        return (
            k > 0
            and words[k - 1].lower() in _VILLAGE_HEAD_TITLES
            and not self.ctx.english
            and words[k] not in GIVEN_NAMES
            and not words[k].endswith(_INDONESIAN_NAME_ENDINGS)
            and (
                is_given_name(after)
                or (len(after) > 5 and after.endswith(_INDONESIAN_NAME_ENDINGS))
            )
            and not self.ctx.written_in_lowercase(after)
        )

    def _city_district_word(self, a: int, k: int, b: int) -> bool:
        """After "Camat" and a city ``[a, k)``, is the word at ``k`` the rest of the
        district's name, before a name of two words at least that ends the run at ``b``
        ("Camat Medan Johor Zulfikar Harahap": Medan's districts are "Medan X")? Not a
        given name nor one shaped as an Indonesian name, nor a word the text names alone
        ("Camat Makassar Andi Rahmat")."""
        words, ctx = self.words, self.ctx
        word = words[k]
        return (
            a > 0
            and words[a - 1] == "Camat"
            and b - k >= 3
            and not is_given_name(word)
            and not word.endswith(_INDONESIAN_NAME_ENDINGS)
            and (word,) not in ctx.runs
            and word not in ctx.lone_speakers
            and not ctx.written_in_lowercase(word)
        )

    def _town_before_named_person(self, k: int, b: int) -> bool:
        """Is the word at ``k``, after a body in an office, the town of its branch before a
        person's two-word name ending the run at ``b`` ("Prakirawan BMKG Juanda Linda
        Fitriani … kata Linda")? Three-word names are common, so only when the name opens
        with a common given name the town is not, and the text names the person by that
        given name or that name alone elsewhere (mid-sentence, speaking, opening a sentence
        alone or after "Menurut"), or the town after a place's head word ("Bandara
        Juanda"), or the body is one of stations, the weather agency's ("Kepala BMKG
        Karangploso Linda Fitriani", named once)."""
        words, ctx = self.words, self.ctx
        if b - k != 3:
            return False
        given = words[k + 1]
        return (
            given in GIVEN_NAMES
            and words[k] not in GIVEN_NAMES
            and (
                words[k - 1] in _STATION_BODIES
                or (given,) in ctx.runs
                or words[k + 1 : b] in ctx.runs
                or given in ctx.lone_speakers
                or given in ctx.lone_openers
                or ("Menurut", given) in ctx.opening_runs  # "Menurut Linda, …"
                or ctx.known.get(words[k : k + 1]) == "LOC"
            )
        )

    def _written_alone_length(self, a: int, b: int) -> int:
        """How many tokens of run ``[a, b)`` after a title name a body the text writes as a
        run of its own elsewhere, mid-sentence or opening one ("RSUD Zainoel Abidin di Banda
        Aceh …"), leaving a name of one word or more: the longest such; 0 if none."""
        words, ctx = self.words, self.ctx
        for k in range(b - 1, a + 1, -1):
            if words[a:k] in ctx.runs or words[a:k] in ctx.opening_runs:
                return k - a
        return 0

    def _two_word_station_at(self, k: int, b: int) -> bool:
        """Are the first two of the four words from ``k`` to the run's end ``b``, after a
        weather agency whose branches are stations, the station's name ("Kepala BMKG El
        Tari Sti Nenotek"), the other two its head's, perhaps with the station's town between
        ("Kepala BMKG Sultan Hasanuddin Makassar Irwan Slamet")? The agency's own head is
        named without a station, by a name of two or three words."""
        return self.words[k - 1] in _STATION_BODIES and (
            b - k == 4 or (b - k == 5 and self._place_word(k + 2))
        )

    def _compass_after_place(self, k: int, b: int) -> int:
        """How many Indonesian compass words at ``k`` (before the end ``b`` of a run after
        a regional title) finish the place before them rather than open the person's name:
        "Bupati Nias Selatan Hilarius Duha", "Gubernur Jawa Timur Khofifah"; 0 if none.
        "Kota" after a town finishes it too: the police and offices of a town's city part
        ("Kapolres Kupang Kota Aldinan Manurung", "Polresta Malang Kota"), and so does a
        place's head word that the gazetteer lists after it ("Ketua KPU Konawe Kepulauan
        Jumrah")."""
        words = self.words
        n = 0
        if words[k] in _INDONESIAN_COMPASS:
            n = 2 if words[k] == "Barat" and k + 1 < b and words[k + 1] == "Daya" else 1
        elif (words[k] == "Kota" and not self.ctx.english) or (
            k > 0
            and words[k].lower() in PLACE_HEADS
            and _place_ends_with_head(words[k - 1], words[k])
        ):
            n = 1
        return n if b - k - n >= 1 else 0

    def _balinese_name_in(self, a: int, b: int) -> int:
        """Where a Balinese name opens inside run ``[a, b)``, after its first word ("I Gusti",
        "I Wayan", "Tjok"): such an opening is always a person's, so the words before it
        name something else; 0 if none."""
        words = self.words
        for k in range(a + 1, b - 1):
            if (words[k] == "I" and words[k + 1] in _BALINESE) or words[k] in _BALINESE_NOBLES:
                return k
        return 0

    def _company_end(self, a: int, b: int) -> int:
        """How many tokens of run ``[a, b)`` after a title, which opens with a company's
        legal form ("PT"), name the company, by what opens the person's name: a noble title
        ("PT Sinar Harapan Raden Mas Joko", see _NOBLE_NAME_OPENERS), the company written
        alone elsewhere in the text, with or without its form ("PT Kereta Api Indonesia
        menambah …", "Jasa Marga"), or a given name three words from the end, listed or
        written alone elsewhere ("PT Maju Bersama Agus Dwi Santoso"); 0 when none says.
        The company keeps a word after its form."""
        words, runs = self.words, self.ctx.runs
        if noble := self._noble_name_in(a, b):
            return noble - a
        for k in range(b - 1, a + 1, -1):
            if words[a:k] in runs or words[a + 1 : k] in runs:
                return k - a  # (or without its form: "Jasa Marga menambah …")
        if k := self._company_words_repeated(a + 1, b):
            return k - a  # "Jasa Marga" named again in a run of its own
        k = b - 3
        if k - a >= 2 and (
            words[k] in GIVEN_NAMES
            or (
                ((words[k],) in runs or words[k] in self.ctx.lone_openers)
                and self._gaz(k, k + 1) is None
            )
        ):
            return k - a  # "PT Timah Mochtar Riza Pahlevi … Mochtar akan banding"
        return 0

    def _company_words_repeated(self, a: int, b: int) -> int:
        """Where the person opens in run ``[a, b)`` (a company's name and a person's, its
        legal form before ``a``) when the text writes the company's words capitalised
        again ("VP Corporate Secretary Jasa Marga Lisye Octaviana") and the two to four
        words of the person's full name nowhere else; 0 if not so."""
        counts = self.ctx.cap_counts
        k = a
        while k < b and counts[self.words[k]] > 1:
            k += 1
        if k - a < 1 or not 2 <= b - k <= 4:
            return 0
        return k if all(counts[word] == 1 for word in self.words[k:b]) else 0

    def _noble_name_in(self, a: int, b: int) -> int:
        """Where a noble title that opens a person's name (_NOBLE_NAME_OPENERS) stands in run
        ``[a, b)`` two words or more after its start, before a name word; 0 if none."""
        words = self.words
        for k in range(a + 2, b - 1):
            if words[k] in _NOBLE_NAME_OPENERS and self.caps[k + 1]:
                return k
        return 0

    def _branch_place_end(self, a: int, b: int) -> int:
        """How many tokens of Indonesian run ``[a, b)`` after a title name an office that
        ends with the region it serves, the rest being the person: "Kepala Kanwil Kemenag
        Jawa Timur Akhmad Sruji Bahtiar", "Kepala Dinas Pendidikan Provinsi Jawa Timur Aries
        Agung Paewai"; 0 if none. The run must open with an organisation ("Pengacara
        Muhammad Rizal Fadillah" is one man); only a country, an Indonesian province or a
        region, or a place of two words or more, counts: single towns and foreign provinces
        are given names too ("Bima Arya", "Rizal")."""
        first = self.words[a]
        if self.ctx.english or not (
            first.lower() in ORG_HEADS or _is_acronym(first) or self._gaz(a, a + 1) == "ORG"
        ):
            return 0
        for k in range(b - 2, a, -1):
            m = self._gazetteer_length(k, b - 1)
            place = _gazetteer_place(self.words[k : k + m]) if m else None
            if place is not None and place.label == "LOC" and (m > 1 or _is_region(place)):
                end = k + m
                end += self._compass_after_place(end, b)
                # (Not "… Kabupaten Lampung Tengah": the compass word finishes the place.)
                return 0 if self.words[end] in _INDONESIAN_COMPASS else end - a
        return 0

    def _field_body_length(self, a: int, b: int) -> int:
        """How many tokens of run ``[a, b)``, which opens with an organisation's head, name
        the body by its field and maybe its place, the rest being the person: "Kementerian
        Agama Suparman", "Dinas Pendidikan Sumatera Barat Barlius", "Universitas Negeri
        Padang Yunia Wardi", "Universitas Indonesia Fithra Faisal Hastiadi". The field words
        are those of titles' portfolios (see TITLE_EXTENSIONS); 0 when neither follows or
        what is left may still be the body's ("Kejaksaan Negeri Belawan", "Dinas Pendidikan
        Nias Selatan Ferdinand Laia", "Dinas Pekerjaan Umum dan Penataan Ruang …")."""
        if b - a < 3:
            return 0  # a head and one word name no field and person (and may end the text)
        words = self.words
        k = a + 1
        while k < b - 1 and (
            words[k].lower() in TITLE_EXTENSIONS
            # two fields: "Dinas Koperasi dan UMKM Kabupaten Sidoarjo Tjarda"
            or (words[k] == "dan" and k > a + 1 and words[k + 1].lower() in TITLE_EXTENSIONS)
        ):
            k += 1
        place = self._gazetteer_length(k, b - 1)
        if (
            not place
            and words[k].lower() in PLACE_HEADS
            and (town := self._gazetteer_length(k + 1, b - 1))
        ):
            place = 1 + town  # "Dinas Kesehatan Kabupaten Sidoarjo Tjarda": its regency
        k += place
        if k == a + 1 or self._place_word(b - 1) or not all(self.caps[k:b]):
            return 0
        if not place and b - k > 2:
            return 0  # "Imam Masjid Agung Lintang Hasan Basri": the town is unlisted
        if any(w.lower() in PLACE_TAILS or w.lower() in _HEADS for w in words[k:b]):
            return 0  # "… Nias Selatan Ferdinand Laia": the place goes on
        return k - a

    def _body_of_length(self, a: int, b: int) -> int:
        """How many tokens of run ``[a, b)`` after an English title name a body written with
        "of" ("Department of Homeland Security Kristi Noem", "Federal Bureau of Investigation
        Kash Patel", "Office of Management and Budget Russell Vought"): all but the person's
        name at the end, two words (three with an initial or a "Jr."), if a word of the
        body is left after "of"; 0 when the whole run is the body ("Secretary of the
        Department of Homeland Security said"); -1 when the run opens with no such body."""
        words = self.words
        if not self.ctx.english or "of" not in words[a + 1 : min(b, a + 4)]:
            return -1
        of = words.index("of", a + 1)
        if words[of - 1].lower() not in ORG_HEADS:
            return -1
        person = 2
        if self._generation_at(b - 1) or _is_initial(words[b - 2]):
            person = 3  # "Robert F. Kennedy Jr."
        return b - person - a if b - person - of > 1 else 0

    def _country_as_given_name(self, a: int, key: str) -> bool:
        """After an English title that no place's office is, is the country at ``a`` (its
        gazetteer ``key``) the given name of the person whose surname follows ("Defence
        Minister Israel Katz", "Coach Jordan Smith")? English writes a title's country before
        it ("Israeli Defence Minister"), never between the title and the name."""
        return (
            self.ctx.english
            and not self.place_title
            and key.startswith("country:")
            and self._gaz(a + 1, a + 2) is None
            and self._gaz(a, a + 2) is None
        )

    def _given_name_not_place(self, a: int, b: int) -> bool:
        """After the title of a place's office, is the place-like first word of run ``[a, b)``
        a given name, with surnames (no second given name) after it? "Mayor Victoria
        Rodriguez Ceja" is one woman; "Gubernur Victoria Daniel Andrews" a state and a man.
        A given name and one surname are a person too when the given name is no place
        ("Wakil Wali Kota Siti Santoso"; not "Mayor Victoria Smith")."""
        words = self.words
        return (
            self.place_title
            and (b - a >= 3 or (b - a == 2 and self._gaz(a, a + 1) is None))
            and words[a] in GIVEN_NAMES
            and words[a + 1] not in GIVEN_NAMES
            and self._gaz(a, a + 2) is None
            and not self.ctx.known.get(words[a : a + 1])
        )

    def _city_as_given_name(self, a: int, b: int, key: str) -> bool:
        """Is the city at ``a`` (gazetteer ``key``), first of a run of three words or more
        after a title, a listed given name that opens the holder's name ("Kepala Pusat
        Penerangan Danang Mandala Prihantoro")? Not after the title of a place's office,
        where "Victoria" may be the state ("Gubernur Victoria Daniel Andrews": see
        _given_name_not_place), nor when the text names the city as a place."""
        return (
            b - a >= 3
            and key.startswith("city:")
            and self.words[a] in GIVEN_NAMES
            and not self.place_title
            and self.ctx.known.get(self.words[a : a + 1]) != "LOC"
        )

    def _name_shaped_after_place_title(self, a: int) -> bool:
        """After the title of a place's office in Indonesian, is the unknown first word at
        ``a`` of a run of three words or more shaped as a person's given name rather than a
        regency's: a listed given name ("Wakil Bupati Andi Indra Ardhianto"), an Indonesian
        name's ending ("Suwanto"), or a pet form ending in a consonant and "y", which no
        Indonesian place name does ("Wakil Bupati Benny Indra Ardhianto")? The person's
        name then is the whole run."""
        word = self.words[a]
        return (
            not self.ctx.english
            and (
                is_given_name(word)
                or word.endswith(_INDONESIAN_NAME_ENDINGS)
                or (len(word) > 3 and word.endswith("y") and word[-2] not in "aeiou")
            )
            and self.ctx.known.get(self.words[a : a + 1]) != "LOC"
        )

    def _regency_before_given_name(self, a: int, b: int) -> bool:
        """After the title of a place's office in Indonesian, is the second word of run
        ``[a, b)`` (four words or more) the last of a regency the gazetteer lacks, the holder's
        name opening after it with a listed given name ("Bupati Yapen Waropen Markus
        Mansnembra")? Not when that word is itself a given name, shaped as one or named alone
        elsewhere, nor before a given name Indonesian names carry second ("Bupati Sleman
        Kustini Sri Purnomo")."""
        words, ctx = self.words, self.ctx
        if b - a < 4 or ctx.english or not self.place_title:
            return False
        second, third = words[a + 1], words[a + 2]
        return (
            is_given_name(third)
            and third not in _INNER_GIVEN_NAMES
            and not is_given_name(second)
            and not second.endswith(_INDONESIAN_NAME_ENDINGS)
            and (second,) not in ctx.runs
            and second not in ctx.lone_speakers
            and not ctx.written_in_lowercase(second)
        )

    def _unplaced_after_governor(self, a: int) -> bool:
        """After an Indonesian governor's or regent's title ("Gubernur", "Wagub", "Bupati",
        "Wali Kota"), is the run opening at ``a`` all the person's name, its first word being
        no known place? The gazetteer knows every province by its full and short names
        ("Jawa Timur", "Sultra") and every regency and city, so "Wakil Gubernur Emil
        Elestianto Dardak" and "Wali Kota Afzan Arslan Djunaid" are one man each; a regency
        left out of it as a given name or a word is still a place here ("Bupati Agam Rinjani
        Putra"); a listed given name second says the first word is a place the gazetteer
        lacks ("Gubernur Kalifornia Gavin Newsom"), and so does the first word written alone
        as a place elsewhere ("Kabupaten Kherson", "di Kherson")."""
        words = self.words
        return (
            not self.ctx.english
            and (words[a - 1].lower() in _GOVERNOR_TITLES or self._after_regent_title(a))
            and self._gaz(a, a + 1) is None
            and self._gaz(a, a + 2) is None
            and not gazetteer.opens_regency_name(words[a])
            and not is_given_name(words[a + 1])
            and self.ctx.known.get(words[a : a + 1]) != "LOC"
            and words[a] not in self.ctx.placed_alone  # "di Kherson" elsewhere
        )

    def _after_regent_title(self, a: int) -> bool:
        """Does the title of a regency's or a city's head or deputy end before ``a``
        ("Bupati", "Wakil Bupati", "Wali Kota", "Wawali")?"""
        title = self.words[a - 1].lower()
        return title in _REGENT_TITLES or (
            title == "kota" and a > 1 and self.words[a - 2] == "Wali"
        )

    def _regency_by_word_then_name(self, a: int, b: int) -> bool:
        """After the title of a regency's or a city's head in Indonesian, is the first of the
        two words of run ``[a, b)`` a regency the gazetteer leaves out as a given name or a
        word, the second its head's one name ("Bupati Pati Sudewo", "Wali Kota Batu
        Nurochman")? Not when the text names the two words alone elsewhere, a person then
        ("Bima Arya"), nor before more of a place ("Bupati Tanah Datar")."""
        words, ctx = self.words, self.ctx
        return (
            b - a == 2
            and not ctx.english
            and self._after_regent_title(a)
            and gazetteer.is_regency_name(words[a])
            and self._gaz(a, a + 1) is None
            and self._gaz(a, b) is None
            and words[a + 1] not in _INDONESIAN_COMPASS
            and words[a + 1].lower() not in PLACE_TAILS
            and words[a:b] not in ctx.runs
            and not ctx.written_in_lowercase(words[a + 1])
        )

    def _after_kind_words(self, a: int, b: int) -> int:
        """The index after the head at ``a`` and the kind words that follow it in run
        ``[a, b)`` ("RSUD", "Universitas Islam Negeri"), where an honoured name may start."""
        j = a + 1
        while j < b and self.words[j].lower() in _KIND_WORDS:
            j += 1
        return j

    def _honoured_hospital_length(self, a: int, b: int) -> int:
        """How many tokens of run ``[a, b)`` after a title name a hospital named after a
        doctor or another honoured person ("Direktur RSUD dr Slamet Garut Husodo Dewo Adi",
        "Direktur RSUD dr Soetomo Joni Wahyuhadi"), the rest being its officer: through the
        name the text writes alone elsewhere, or a known place after the honoured name, else
        all but the last two words (one when only two are left after the honorific); 0 when
        no honorific follows the head and its kind words."""
        j = self._after_kind_words(a, b)
        if j + 2 >= b or not self._honoured_at(a, j):
            return 0
        for k in range(b - 1, j + 1, -1):
            if self.words[a:k] in self.ctx.runs:
                return k - a  # "RSUD Dr. Soetomo" written alone elsewhere in the text
        for k in range(j + 2, b - 1):
            if self._place_word(k):
                return k + 1 - a  # "… dr Slamet Garut": the town ends the hospital's name
        return (b - 2 if b - j > 3 else j + 2) - a

    def _role_predicated_before(self, a: int) -> bool:
        """Is the title before ``a`` a role in small letters after a word that says what
        the subject is ("HW adalah direktur PT Medika Sarana Utama", "selaku kepala
        dinas")? The run after it then names the role's body only: its holder is the
        subject, named before."""
        words = self.words
        j = a - 1
        while j > a - 4 and j > 0 and words[j].islower() and words[j] not in _PREDICATE_LINKS:
            j -= 1
        return j < a - 1 and words[j] in _PREDICATE_LINKS

    def _honoured_body_alone(self, a: int, b: int) -> bool:
        """Is run ``[a, b)`` after a title all the name of a hospital, university or place
        named after one person: its head, kind words, an honorific and one name ("Direktur
        RSUD dr Soetomo", "Rektor Universitas Sultan Hasanuddin"), or a ruler's or a saint's
        two ("Rektor Universitas Islam Negeri Sunan Gunung Djati"), no room for the holder's?"""
        j = self._after_kind_words(a, b)
        if j + 3 == b and self.words[j].lower() in _ROYAL_HONORIFICS:
            return self._honoured_at(a, j)  # "Sultan Ageng Tirtayasa", "Sunan Gunung Djati"
        return j + 2 == b and self._honoured_at(a, j)

    def _role_from_body_length(self, a: int, b: int) -> int:
        """How many tokens of run ``[a, b)`` after a role and "dari" name the body its holder
        comes from, the rest naming him: a listed body's acronym before a two-word name
        ("Jaksa penuntut umum dari KPK Wawan Yunarwanto", "dokter spesialis anak dari RSCM
        Aman Pulungan"), or a hospital named after a doctor ("dokter dari RSUP Dr Sardjito
        Fahmi Indrarto"); 0 when there is none, or the words after the acronym are more of
        the body: a listed name, a place, a head, a body's last word or ordinary words
        ("dari PLN Unit Induk")."""
        words = self.words
        if (
            a < 2
            or words[a - 1] != "dari"
            or self.ctx.english
            or not any(self.bits[j] & _TITLE_START for j in range(max(0, a - 5), a - 1))
        ):
            return 0
        if hospital := self._honoured_hospital_length(a, b):
            return hospital
        if (
            b - a != 3
            or not _is_body_acronym(words[a])
            or words[a] in _COMPANY_FORMS  # "dari PT Maju Jaya": the company's name goes on
            or self._honoured_at(a, a + 1)  # "dari RSUP Dr Sardjito": named after a doctor
            or self._gaz(a, a + 1) not in (None, "ORG")
            or self._gaz(a + 1, b) is not None
            or self._gaz(a, b) is not None
            or self._place_named(a + 1, b)
            or self._home_place_at(a + 1)  # "dari KPU Bandung …": the branch's town
            or any(map(self._word_of_body, words[a + 1 : b]))
            or any(map(self.ctx.written_in_lowercase, words[a + 1 : b]))
        ):
            return 0
        return 1

    def _home_place_at(self, k: int) -> bool:
        """Is the word at ``k`` a country, a region, an Indonesian province or town, or a
        place the text names after a head word: not a namesake abroad of a name ("Aman",
        a spelling of Amman, of "Aman Pulungan")?"""
        place = _gazetteer_place(self.words[k : k + 1])
        if place is None or place.label != "LOC":
            return self.ctx.known.get(self.words[k : k + 1]) == "LOC"
        return _is_home_place(place)

    def _region_after_body(self, k: int, b: int) -> bool:
        """Is the rest ``[k, b)`` of a run after a body's acronym its region: a place by the
        gazetteer ("anggota DPRD Lampung Tengah") or one word the text names as a place
        ("DPRD Wonogiri" after "Kabupaten Wonogiri"), or one word after a body always
        named with its place (_PLACED_BODIES) before the fraction or term of its member
        ("Anggota DPRD Wonogiri dari Fraksi PKB") that is no person's name by its form or
        by the text (not "Ketua DPRD Sumanto dari PDI-P")?"""
        if self._place_named(k, b):
            return True
        if b - k != 1:
            return False
        word, ctx = self.words[k], self.ctx
        return self._place_word(k) or (
            self.words[k - 1] in _PLACED_BODIES
            and b < self.n
            and self.words[b] in _MEMBERS_SEAT_WORDS
            and not is_given_name(word)
            and not (len(word) > 5 and word.endswith(_INDONESIAN_NAME_ENDINGS))
            and word not in ctx.lone_speakers
            and word not in ctx.lone_openers
            and (word,) not in ctx.runs
        )

    def _foreign_town_at(self, k: int) -> bool:
        """Is the word at ``k`` only a town abroad by the gazetteer, which after a regional
        head's own place is rather the first word of his name ("Iksan", "Victoria")?"""
        place = _gazetteer_place(self.words[k : k + 1])
        return place is not None and place.label == "LOC" and not _is_home_place(place)

    @staticmethod
    def _word_of_body(word: str) -> bool:
        """Is ``word`` one that goes on with a body's name after its acronym: a head, a
        unit's, a last word or a field ("Unit", "Persero", "Digital")?"""
        low = word.lower()
        return low in _HEADS or low in _SUBUNIT_HEADS or low in ORG_TAILS or low in TITLE_EXTENSIONS

    def _given_name_head_opens_holder(self, k: int, b: int) -> bool:
        """Is the holder's part ``[k, b)`` after an office a given name that is also an
        Indonesian body's head word and one surname ("CEO Apple Tim Cook": the man, not a
        team)? Not before an acronym, a head word, a known name or an ordinary word the
        text writes in small letters ("Koordinator Basarnas Tim SAR", "Tim Pemenangan")."""
        words = self.words
        if b - k != 2 or words[k] not in _GIVEN_NAMES_AMONG_HEADS:
            return False
        surname = words[k + 1]
        return (
            _label_by_form((surname,)) is None
            and self._gaz(k + 1, b) is None
            and not self.ctx.written_in_lowercase(surname)
        )

    def _numbered_body_length(self, a: int, b: int) -> int:
        """How many tokens at the start of run ``[a, b)`` after a title name a numbered body
        (a commission, a school); 0 if none. The rest, if any, is the person."""
        words = self.words
        if b - a < 2:
            return 0
        if words[a].lower() in NUMBERED_UNIT_HEADS:
            # "anggota Yonif 753/Arga Vira Tama": the unit, its name and all; also a base
            # named after a hero, whose commander's name comes after his rank: "Komandan
            # Lanud Halim Perdanakusuma"
            return b - a
        if words[a].lower() in _HEADS and _ROMAN_NUMERAL.fullmatch(words[a + 1]):
            # "Anggota Komisi III Benny Kabur Harman", "Ketua Komisi XII DPR RI Bambang
            # Patijaya": the numeral, then the acronyms of the parent body
            m = 2
            while a + m < b and _is_body_acronym(words[a + m]):
                m += 1
            return m
        if words[a].lower() in _HEADS:
            for k in range(a + 2, b - 1):
                if words[k - 1] == "Wilayah" and _ROMAN_NUMERAL.fullmatch(words[k]):
                    # "Kepala Balai Pelestarian Kebudayaan Wilayah X Iskandar Mulia Siregar":
                    # the region's numeral ends the unit's name
                    return k + 1 - a
        return self._school_length(a, b)

    def _classed_body_length(self, a: int, b: int) -> int:
        """How many tokens at the start of run ``[a, b)`` after a title name a prison, court
        or port by its class and town: "Kepala Lapas Kelas IIA Kerobokan", "Kalapas Kelas I
        Cipinang Budi" (the title holds the "Lapas"), "Ketua PN Kelas IA Khusus Jakarta
        Pusat"; 0 if none. The town is the gazetteer's longest name, or one word."""
        words = self.words
        k = a + (words[a] != "Kelas")
        if k + 2 >= b or words[k] != "Kelas" or not _CLASS.fullmatch(words[k + 1]):
            return 0
        k += 2
        if words[k] == "Khusus":
            k += 1  # "Kelas IA Khusus": the special class of the capital's courts
        if k < b:
            k += self._gazetteer_length(k, b) or 1
        return k - a

    def _school_length(self, a: int, b: int) -> int:
        """How many tokens at the start of run ``[a, b)`` name a school and its town: a
        numbered one, "Kepala SMAN 3 Padang Yusrizal", "Kepala SMAN 2 Malang, Drs. Hadi"
        (the whole run), "Kepala SD Negeri 5 Denpasar Ni Made Sri" (a word may stand between
        the level and the number); or one without a number, whose kind and known town end
        it, "Kepala SD Inpres Padang Yusrizal", "Kepala SMP Negeri Padang Yusrizal" (the
        rest is the person); 0 if the run opens with no such school."""
        words = self.words
        if not (b - a > 2 and words[a] in SCHOOL_LEVELS):
            return 0
        k = a + 1 if words[a + 1].isdigit() else a + 2
        if not words[k].isdigit():
            return self._town_after_school_kind(a + 1, b)
        return min(b - a, k + 1 - a + (self._gazetteer_length(k + 1, b) or 1))

    def _town_after_school_kind(self, k: int, b: int) -> int:
        """Where a known town ends after the one or two words at ``k`` of a numberless
        school's kind ("Inpres", "Negeri", "Islam Terpadu"), leaving a word or more of the
        run ending at ``b`` to the person; 0 if none does."""
        for j in range(k + 1, min(k + 3, b - 1)):
            m = self._gazetteer_length(j, b - 1)
            if m and self._gaz(j, j + m) == "LOC":
                return j + m - (k - 1)
        return 0

    def _listed_in_office(self, k: int, b: int) -> int:
        """Length of the gazetteer name at ``k`` inside an office before the person that
        ends run ``[., b)``: it leaves two words for the person, or one after an
        organisation ("Ketua DPP Partai Demokrat Herman", as after "Presiden Rusia")."""
        known = self._gazetteer_length(k, b - 1)
        if k + known <= b - 2 or self._gaz(k, k + known) == "ORG":
            return known
        return self._gazetteer_length(k, b - 2)

    def _title_ends_inside_name(self, t_end: int) -> bool:
        """Did a title phrase of "of the" and a portfolio take the first word of a known
        place ("president of the United States", with or without its holder after it) or
        of a longer name: a listed body's ("Secretary-General of the United Nations"), a
        body's head before "of" ("Governor of the Bank of England"), a nationality ("leader
        of the African National Congress"), or a word that is no body's head before more
        words shaped like an organisation's ("head of the National Health Service"; but
        "Speaker of the House Mike Johnson": the title's own body)?"""
        words = self.words
        if words[t_end - 2] != "the":
            return False
        k = t_end
        while k < self.n and self.caps[k]:
            k += 1
        # the place may be the whole run, its start before the holder's name ("President of
        # the United States Donald Trump") or a word of its own ("king of the Netherlands")
        m = self._gazetteer_length(t_end - 1, k)
        known = self._gaz(t_end - 1, t_end - 1 + m) if m else None
        if known == "LOC" or (m > 1 and known == "ORG"):
            # (a body of two words or more too: "Secretary-General of the United Nations
            # Antonio Guterres", but "Speaker of the House")
            return True
        first = words[t_end - 1]
        if (
            k == t_end
            and words[k : k + 1] == ("of",)
            and k + 1 < self.n
            and self.caps[k + 1]
            and first.lower() in ORG_HEADS
        ):
            return True  # "Governor of the Bank of England": the bank's name goes on
        if k == t_end:
            return False
        if gazetteer.is_demonym(first):
            return True
        low = first.lower()
        return (
            low not in ORG_HEADS
            and low not in TITLE_EXTENSIONS
            and _label_by_form(words[t_end - 1 : k]) == "ORG"
        )

    def _past_unit_fields(self, k: int, b: int) -> int:
        """Past the field words at ``k`` that say what kind of unit a place head names
        before its own name ("Stasiun Meteorologi Juanda", "Stasiun Geofisika Sleman"), two
        words at least left for the name and its holder in the run ending at ``b``; ``k``
        when none stand there."""
        j = k
        while j < b - 3 and self.words[j].lower() in _STATION_FIELDS:
            j += 1
        return j

    def _past_portfolio(self, k: int, b: int) -> int:
        """Past "Bidang" and the field it names at ``k``, after a body in a title ("Ketua
        MUI Bidang Fatwa", "Wakil Ketua Umum Kadin Bidang Hubungan Internasional"): the
        field's first word, then portfolio words, two words at least left for the holder in
        the run ending at ``b``; ``k`` when no "Bidang" stands there."""
        if self.words[k] != "Bidang" or k + 4 > b:
            return k
        j = k + 2
        while j < b - 2 and self.words[j].lower() in TITLE_EXTENSIONS:
            j += 1
        return j

    def _regional_unit_length(self, k: int, b: int) -> int:
        """Length of a firm's regional unit ("Regional Kalimantan" of "Pertamina Patra Niaga
        Regional Kalimantan Edi Mangun") at ``k``: "Regional" and a place the gazetteer
        knows, two words at least left for the holder in the run ending at ``b``; 0 if
        none."""
        if self.words[k] != "Regional" or self._gazetteer_label_at(k + 1, b - 2) != "LOC":
            return 0
        return 1 + self._gazetteer_length(k + 1, b - 2)

    def _unit_length(self, k: int, b: int) -> int:
        """Length of a numbered unit ("Daop 2 Bandung", "Kodim 0832") at ``k``, within
        the run ending at ``b``; 0 if none."""
        if self.words[k].lower() not in NUMBERED_UNIT_HEADS:
            return 0
        end = self._unit_number_end(k + 1, k + 1)
        return end - k if k + 1 < end <= b else 0

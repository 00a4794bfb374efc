"""Evidence that a run names a place: venues, landmarks, datelines, regions, number plates."""

# ruff: noqa: SIM905

from __future__ import annotations

import re

from reader.analysis import gazetteer
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.entities.lexicon import (
    _ALONG_WATER,
    _BOATS,
    _DASHES,
    _DATELINE_PLACE_ENDS,
    _DATELINE_REACH,
    _GENERIC_PLACE_WORDS,
    _ISO_DATE,
    _ONLY_PLACES_AFTER,
    _PARTIES_BY_ONE_WORD,
    _PARTY_ADJECTIVES,
    _RIVER_PARTS,
    _SAINTS_IN_CAPITALS,
    _SECTORS,
    _WATER_VERBS,
    _WEB_ENDINGS,
    STRONG,
)
from reader.analysis.entities.shapes import (
    _gazetteer_place,
    _is_country,
    _is_professional,
    _is_role_noun,
    _may_start_gazetteer_name,
)
from reader.analysis.entities.things import _ThingEvidence
from reader.analysis.entities.word_bits import _TITLE_START
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import (
    EVENT_TAILS,
    GIVEN_NAMES,
    PLACE_HEADS,
    PLACE_TAILS,
    looks_like_common_noun,
)
from reader.analysis.titles import match_title

#: The parts of an Indonesian number plate: region, number, letters ("DK 1234 AB").
_PLATE_REGION = re.compile(r"[A-Z]{1,2}")
_PLATE_LETTERS = re.compile(r"[A-Z]{1,3}")
_PLATE_NUMBER = re.compile(r"\d{1,4}")
#: Words just before a number plate ("nopol B 12 XY", "pelat nomor", "nomor polisi").
_PLATE_CUES = frozenset("nopol pelat plat bernopol polisi".split())


def _pair_label(first: tuple[str, ...], second: tuple[str, ...]) -> EntityLabel | None:
    """The label of two listed names joined by a hyphen: ORG when either is a club (a
    fixture: "Real Madrid-Barcelona"), LOC when both are places ("Indonesia-Timor Leste");
    None when either is unlisted or they are of other kinds."""
    names = (" ".join(first), " ".join(second))
    places = [gazetteer.lookup(name) for name in names]
    if any(place is None for place in places):
        return None
    if any(map(gazetteer.is_club, names)):
        return "ORG"
    return "LOC" if all(place is not None and place.label == "LOC" for place in places) else None


class _PlaceEvidence(_ThingEvidence):
    """Evidence that a run names a place: venues, landmarks, datelines, regions."""

    def _venue_after_at(self, a: int) -> bool:
        """Is the name at ``a`` after "at the", not a workplace ("an analyst at the X"), or
        after a word of where only a place may follow ("outside the Reichstag")? Things
        happen at a venue."""
        words = self.words
        if a < 2:
            return False
        before = words[a - 2].lower()
        return before in _ONLY_PLACES_AFTER or (
            before == "at"
            and not (a > 2 and (_is_role_noun(words[a - 3]) or _is_professional(words[a - 3])))
        )

    def _river_after_the(self, a: int) -> bool:
        """Is the name at ``a``, after "the", a river by the words before it: a boat's way
        along it ("sailed up the Tagus", "cruising down the Danube"), its banks or mouth
        ("the banks of the Tagus"), or boats or a known place on it, the name closing the
        phrase ("ferries on the Rhine", "Lisbon, on the Tagus,")?"""
        words = self.words
        if a < 3:
            return False
        before = words[a - 2].lower()
        if before in _ALONG_WATER:
            return words[a - 3].lower() in _WATER_VERBS
        if before == "of":
            return words[a - 3].lower() in _RIVER_PARTS
        if before != "on":
            return False
        if words[a - 3].lower() in _BOATS:
            return True  # "ferries on the Rhine"
        if a + 1 < self.n and words[a + 1][:1].isalnum():
            return False  # (not "in Berlin on the Uniper bailout": a noun after it)
        k = a - 4 if words[a - 3] == "," else a - 3
        return k >= 0 and _gazetteer_place((words[k],)) is not None

    def _after_dateline_media(self, a: int) -> bool:
        """Does the sentence open with a news site and a comma before ``a``, as in
        "TRIBUNPEKANBARU.COM, SIAK -", so that a dateline's place may start at ``a``?"""
        words = self.words
        return (
            2 < a <= _DATELINE_REACH
            and words[a - 1] == ","
            and words[a - 2].lower() in _WEB_ENDINGS
            and all(w.isupper() or w == "." or w.lower() in _WEB_ENDINGS for w in words[: a - 1])
        )

    def _dateline_place(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` the place of a dateline ("SLEMAN, KOMPAS.com -", "SAN JOSE,
        California (AP) -", "BANDUNG -"): words in capitals, then a comma, bracket or dash,
        and a dash soon after? Or wire copy's "FRANKFURT 1996-08-22". Unknown towns in
        capitals would otherwise pass for acronyms."""
        words = self.words
        if b >= self.n:
            return False
        if words[b] not in _DATELINE_PLACE_ENDS:
            return (
                b + 5 == self.n
                and bool(_ISO_DATE.fullmatch("".join(words[b:])))
                and all(w.isupper() for w in words[a:b])
            )
        if not all(
            (len(w) > 2 or w in _SAINTS_IN_CAPITALS) and w.isalpha() and w.isupper()
            for w in words[a:b]
        ):
            return False  # ("ST" of "LYTHAM ST ANNES" may be short)
        return not _DASHES.isdisjoint(words[b : b + _DATELINE_REACH])

    def _dateline_outlet(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` the news outlet between a dateline's place and its dash
        ("JAKARTA, Detik -", "SURABAYA, Tribun -")? It is a publisher, not a second place
        unless the gazetteer knows it as one ("MANCHESTER, England -")."""
        words = self.words
        return (
            1 < a <= _DATELINE_REACH
            and b < self.n
            and words[a - 1] == ","
            and words[b] in _DASHES
            and self._dateline_place(0, a - 1)
            and self._gaz(a, b) != "LOC"  # "MANCHESTER, England -": a region
        )

    def _landmark_then_city(self, a: int, b: int) -> list[_Candidate]:
        """ "di Gedung Sate Bandung", "Simpang Lima Semarang", "Jembatan Ampera Palembang": a
        building or landmark named by its head and its own name, then the city it stands in,
        two places. Empty when the city is part of the name ("Masjid Agung Semarang",
        "Bandara Internasional Lombok": only a kind word before it; "Kelurahan Gunung
        Samarinda": a second head right before it, which it names) or none ends the run."""
        words = self.words
        if self.ctx.english or b - a < 3 or words[a].lower() not in PLACE_HEADS:
            return []
        for k in (b - 1, b - 2):
            place = _gazetteer_place(words[k:b]) if k > a + 1 else None
            if place is not None and gazetteer.is_home_city(place):
                if not _GENERIC_PLACE_WORDS.isdisjoint(w.lower() for w in words[a + 1 : k]):
                    return []
                if words[k - 1].lower() in PLACE_HEADS:
                    return []  # "Kelurahan Gunung Samarinda": the city names the hill
                if self._gaz(a, b) is not None:
                    return []
                return [self._make(a, k, "LOC", STRONG), self._make(k, b, "LOC", STRONG)]
        return []

    def _place_before_office(self, a: int, b: int) -> list[_Candidate]:
        """ "the U.S. Attorney in Manhattan", "the NSW Premier said": a known place, then an
        office that ends the run, no one named after it: the place alone is a name (a title
        never is). Empty when ``[a, b)`` is not so made."""
        if not self.ctx.english:
            return []
        for k in range(a + 1, b):
            if self.bits[k] & _TITLE_START and match_title(self.words, k) == b:
                return [self._make(a, k, "LOC", STRONG)] if self._gaz(a, k) == "LOC" else []
        return []

    def _country_before_party(self, a: int, b: int) -> list[_Candidate]:
        """ "UK Labour leader", "US Republican senator Ted Cruz": a country named by its
        name or code, then one word of a party (see _PARTIES_BY_ONE_WORD, or a party's
        adjective), in English: the country, then the party, two names (no person "UK
        Labour"; "US Congress" stays one). A people's adjective opens a branch's own name
        ("Scottish Labour"). Empty when ``[a, b)`` is not so made."""
        if not self.ctx.english or b - a not in (2, 3):
            return []
        party = self.words[b - 1]
        if not (party in _PARTY_ADJECTIVES or party in _PARTIES_BY_ONE_WORD):
            return []
        if not _is_country(" ".join(self.words[a : b - 1])):
            return []
        label: EntityLabel = "MISC" if party in _PARTY_ADJECTIVES else "ORG"  # "Democratic" alone
        return [self._make(a, b - 1, "LOC", STRONG), self._make(b - 1, b, label, STRONG)]

    def _gazetteer_segments(self, a: int, b: int) -> list[_Candidate]:
        """Split a run made of several gazetteer places ("sekutu Eropa Ukraina") into them;
        empty when the run is one name or has words that are no known place ("Palang Merah
        Indonesia" is one organisation)."""
        if b - a < 2 or self.words[b - 1].lower() in EVENT_TAILS:
            return []  # (a place's event: "Kentucky Derby", where Derby is a town too)
        if b - a == 2 and self._club_prefix_at(a):
            return []  # "AS Roma", "US Lecce": one club
        if b - a == 2 and self.ctx.english and self.words[b - 1].lower() in PLACE_TAILS:
            return []  # "Paradise Springs", though Springs is a town too: one place
        if b - a == 2 and self.ctx.english and self._two_towns(a):
            return []  # "Paris Jackson said": a person named like two towns
        if self._age_follows(b):
            return []  # "Seorang pedagang, Malang Sari (45)": a person, as the age says
        out: list[_Candidate] = []
        k = a
        while k < b:
            if not _may_start_gazetteer_name(self.words[k]):
                return []  # (spares looking up every span that starts here)
            for m in range(min(b - k, gazetteer.MAX_NAME_TOKENS), 0, -1):
                label = self._gaz(k, k + m)
                if label == "LOC":
                    out.append(self._make(k, k + m, label, STRONG))
                    k += m
                    break
            else:
                return []
        return out if len(out) > 1 else []

    def _hyphened_places(self, a: int, b: int) -> list[_Candidate]:
        """ "Indonesia-Timor Leste", "Timor Leste-Indonesia", "Real Madrid-Barcelona": a run
        of two words or more whose one hyphenated word joins two names the gazetteer
        knows, one of them of several words, as the press writes a border or the ties
        between two countries (two places) or a fixture (two clubs, when either is one: a
        club's city stands for the club), is those two. The one-word "Indonesia-Malaysia"
        is split by :meth:`_compound_parts`. Empty when the run is not so."""
        words = self.words
        if b - a < 2:
            return []
        joins = [k for k in range(a, b) if "-" in words[k]]
        if len(joins) != 1:
            return []
        k = joins[0]
        tok = self.toks[k]
        left, _, right = tok.text.partition("-")
        if self.text[tok.start : tok.end] != tok.text or not (
            left[:1].isupper() and right[:1].isupper()
        ):
            return []
        first, second = (*words[a:k], left), (right, *words[k + 1 : b])
        label = _pair_label(first, second)
        if label is None:
            return []
        cut = tok.start + len(left)
        return [
            _Candidate(self.toks[a].start, cut, first, label, STRONG),
            _Candidate(cut + 1, self.toks[b - 1].end, second, label, STRONG),
        ]

    def _age_follows(self, b: int) -> bool:
        """Is the run ending at ``b`` followed by an age, between commas or in brackets as
        Indonesian news gives it ("Malang Sari (45)", "Paris Jackson, 26,")? Only people
        are given one."""
        words, n = self.words, self.n
        opening, closing = (",", ",") if b < n and words[b] == "," else ("(", ")")
        return (
            b + 2 < n
            and words[b] == opening
            and words[b + 2] == closing
            and words[b + 1].isdigit()
            and 14 < int(words[b + 1]) < 110
        )

    def _two_towns(self, a: int) -> bool:
        """Are the words at ``a`` and ``a + 1`` each a town or city? English writes a town
        and the place around it with a comma ("Paris, Texas"), so two towns side by side
        are a person's given name and surname ("Paris Jackson", "Florence Houston")."""
        return all(
            (place := _gazetteer_place((word,))) is not None and place.key.startswith("city:")
            for word in self.words[a : a + 2]
        )

    def _place_word(self, k: int) -> bool:
        """Is the word at ``k`` a place, by the gazetteer or by a place head word before it
        elsewhere in the text ("Sleman" after "Kabupaten Sleman")?"""
        return self._gaz(k, k + 1) == "LOC" or self.ctx.known.get((self.words[k],)) == "LOC"

    def _ends_with_province(self, k: int, b: int) -> bool:
        """Does the Indonesian run ending at ``b`` end, after ``k``, with a province or a
        place of two words or more ("… Daerah Sumatera Barat")?"""
        if self.ctx.english:
            return False
        for m in range(min(3, b - k), 0, -1):
            place = _gazetteer_place(self.words[b - m : b])
            if place is not None and place.label == "LOC":
                return m > 1 or place.key.startswith("sub:ID-")
        return False

    def _place_named(self, a: int, b: int) -> bool:
        """Is ``[a, b)`` a place by the gazetteer, or a gazetteer place and a place's last
        word after it, a compass word mostly ("Lampung Tengah", "Jakarta Selatan")?"""
        if self._gaz(a, b) == "LOC":
            return True
        last = self.words[b - 1].lower()
        return b - a > 1 and last in PLACE_TAILS and self._gaz(a, b - 1) == "LOC"

    def _place_like(self, a: int, b: int) -> bool:
        """Does ``[a, b)`` look like a place name (gazetteer, place head or tail word, or a
        place head word right before it)?"""
        return (
            self._gaz(a, b) is not None
            or self.words[b - 1].lower() in PLACE_TAILS
            or self.words[a].lower() in PLACE_HEADS
            or (a > 0 and self.words[a - 1].lower() in PLACE_HEADS)
        )

    def _on_number_plate(self, a: int) -> bool:
        """Is ``words[a]`` the region code or the last letters of an Indonesian vehicle's
        number plate ("nopol DK 1234 AB", "B 1234 XYZ"): up to three capitals either side
        of a number of one to four digits, one or two before? No acronym of a body; nor a
        result line's clubs ("PSM 2 PSS 1"): a number of one or two digits needs a plate's
        word just before ("nopol B 12 XY")."""
        words, n = self.words, self.n
        for k in (a - 1, a + 1):
            if (
                0 < k < n - 1
                and words[k][:1].isdigit()
                and not self.ctx.english
                and _PLATE_NUMBER.fullmatch(words[k])
                and _PLATE_REGION.fullmatch(words[k - 1])
                and _PLATE_LETTERS.fullmatch(words[k + 1])
                and (len(words[k]) > 2 or self._plate_cue_before(k - 1))
            ):
                return True
        return False

    def _plate_cue_before(self, k: int) -> bool:
        """Does a plate's word come within the three words before ``k`` ("nopol", "pelat
        nomor", "nomor polisi")?"""
        return any(word.lower() in _PLATE_CUES for word in self.words[max(0, k - 3) : k])

    def _country_first(self, a: int, b: int) -> bool:
        """Does an unknown run start with a country name and go on with ordinary words
        (three words or more, or a word also written in lowercase)? Such names are
        organisations; a country that is a given name ("Jordan Henderson") is followed by
        a surname."""
        first = gazetteer.lookup(self.words[a])
        if first is None or not first.key.startswith("country:") or self.words[a] in GIVEN_NAMES:
            return False
        rest = self.words[a + 1 : b]
        return len(rest) >= 2 or self.ctx.written_in_lowercase(rest[0])

    def _sector_before_country(self, a: int, b: int) -> bool:
        """Does the run open with a sector's common noun and end with a country ("Health
        New Zealand", "Sport England", "Tourism Australia")? A public body so named; no
        person's given name is such a noun."""
        if not self.ctx.english or self.words[a] in GIVEN_NAMES:
            return False
        if not (looks_like_common_noun(self.words[a]) or self.words[a].lower() in _SECTORS):
            return False
        return _is_country(" ".join(self.words[a + 1 : b]))

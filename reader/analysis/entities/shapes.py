"""What a word, or a few words, look like on their own: acronyms, initials, compounds,
camel case, possessives, and what the gazetteer says of them.

Plain functions of words, with no sentence around them, so every layer of the reader and the
document passes can use them."""

# ruff: noqa: SIM905

from __future__ import annotations

import operator
import re
from functools import lru_cache

from reader.analysis import gazetteer
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.entities.lexicon import (
    _ACADEMIC_PROGRAMME_WORDS,
    _ART_FORMS,
    _BASES,
    _BUSINESS_DESCRIPTOR_ENDINGS,
    _CALENDAR_GIVEN_NAMES,
    _CAPITAL_LINKS,
    _CHINESE_INDONESIAN_SURNAMES,
    _CHURCH_BUILDING_WORDS,
    _COMMUNITY_GROUP_HEADS,
    _COMMUNITY_GROUP_KINDS,
    _COMPASS,
    _COMPASS_ADJECTIVES,
    _COMPETITION_LEAGUES,
    _COURT_NAMES,
    _CURRENCY_SIGNS,
    _DISEASES,
    _DIVISION_FIRSTS,
    _EVENTS_NAMED_ALONE,
    _GATHERING_HEADS,
    _GATHERING_LEVELS,
    _GOVERNING_TAILS,
    _HEADS,
    _HOME_NATIONS,
    _HONOURS,
    _IBERIAN_LEAGUE_FIRSTS,
    _INDONESIAN_COMPASS,
    _INDONESIAN_NAME_ENDINGS,
    _INSTRUMENT_TAILS,
    _JAILS,
    _LEAGUE_LAST_WORDS,
    _LETTERED_BODY_HEADS,
    _MARKET_NAMES,
    _MISC_CUES,
    _NATIONALITY_FIRSTS,
    _NOBLE_ABBREVIATIONS,
    _NUMBER_WORDS,
    _NUMBERED_PART_WORDS,
    _ORG_WORDS,
    _PEOPLES_AND_FAITHS,
    _PERSON_NOUNS,
    _PROFESSION_NOUNS,
    _PROGRAMME_ACRONYMS,
    _PROGRAMME_HEADS,
    _REGNAL_NUMERALS,
    _SECTORS,
    _SERVICE_DISTRICT_WORDS,
    _STATION_FIELDS,
    _STREET_TAILS,
    _SURNAME_PARTICLES,
    _SURNAME_PREFIXES,
    _TRAIN_KINDS,
    _VENUE_KINDS,
    _WEB_ENDINGS,
    _WORLD_BODY_HEADS,
    _WORLD_BODY_TAILS,
)
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import (
    CALENDAR_WORDS,
    CHURCH_BODY_WORDS,
    EVENT_HEADS,
    EVENT_TAILS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    LAW_CODES,
    LAW_HEADS,
    NON_NAMES,
    NUMBERED_EVENTS,
    NUMBERED_UNIT_HEADS,
    ORG_CONTEXT,
    ORG_HEADS,
    ORG_TAILS,
    PLACE_HEADS,
    PLACE_TAILS,
    POLITY_HEADS,
    SCHOOL_LEVELS,
    SURNAME_PLACE_TAILS,
)
from reader.analysis.timevalues import PART_CODES
from reader.analysis.titles import (
    TITLE_HEADS,
    may_start_title,
)


def _index(words: tuple[str, ...], word: str, start: int) -> int:
    """Index of ``word`` in ``words`` from ``start`` on, or 0 if none."""
    try:
        return words.index(word, start)
    except ValueError:
        return 0


#: A Roman numeral that numbers a body or a building: "Komisi X", "Gedung Nusantara I"
#: (an English "Room X" or "Plan B" stays as the words before it say), up to XXXIX:
#: "Komisi XIII", "Kodam XVIII/Kasuari".
_ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
#: An age group ending a team's or tournament's name, or after a country naming its national
#: side: "Timnas U-23", "Piala AFF U-19", "Indonesia U-23".
_AGE_GROUP = re.compile(r"U-\d\d")
#: The sides of a war's front named for the map ("Western Front", "Eastern Front"): a place.
_WAR_FRONT_SIDES = frozenset(side.lower() for side in _COMPASS_ADJECTIVES)
#: Faiths' adjectives that are given names too: before a surname alone, not a believer but
#: a person's first name ("Christian Eriksen"; news writes "Christian activist Ana Lee").
_GIVEN_NAMES_AMONG_FAITHS = frozenset({"Christian"})
#: German and French "and", which join the two names of one work's title in English copy.
_FOREIGN_ANDS = frozenset({"und", "et"})
#: A quarter or half of a year, as Indonesian business news writes it: "III-2026", "I/2025".
_QUARTER = re.compile(r"[IV]{1,3}[-/]\d{4}")

_BRACKETED_AGE = re.compile(r" ?\(\d{1,2}\)")
#: Ordinary words that a number follows after a hyphen: "Under-21", "Grade-3", "Round-2".
_NUMBERED_WORDS = frozenset(
    "under over year grade class level stage phase type round game match seed size".split()
)


def _is_competition(words: tuple[str, ...]) -> bool:
    """Is a name of two or three words a league or division that is a competition, MISC as
    CoNLL tags it: "Champions League", "Major League Baseball", "National League East",
    "Central Division", "SCOTTISH PREMIER DIVISION"?"""
    size, first, last = len(words), words[0].lower(), words[-1].lower()
    if not 1 < size <= 3:
        return False
    if first in _COMPETITION_LEAGUES and words[1].lower() == "league":
        return size == 2 or last in _LEAGUE_LAST_WORDS
    if first == "league" and size == 2:
        return last in _NUMBER_WORDS  # "League One", "League Two": English divisions
    if size == 2 and last in ("liga", "division") and first in _IBERIAN_LEAGUE_FIRSTS:
        return True  # "La Liga", "Primeira Liga", "Segunda Division"
    return last == "division" and (
        first in _DIVISION_FIRSTS or gazetteer.is_demonym(words[0].title())
    )


#: Last words of grounds, places even when named after a business ("SMH Group Stadium",
#: "TD Garden").
_SPONSORED_GROUNDS = frozenset({"stadium", "arena", "garden"})
#: The lowercase words that link a name's head to what it is of or for ("Bank of England",
#: "Treaty on European Union", "Nobel Prize in Physics"): the word before the first of them
#: says what kind of name it is.
_NAME_LINKS = frozenset({"of", "for", "on", "in"})


def _opens_with_law_head(word: str) -> bool:
    """Does ``word`` open a law's name ("UU Cipta Kerja", "Perpres Nomor 12")? A law's
    acronym is written in capitals: "Uu" is a Sundanese given name ("Uu Saeful Mikdar")."""
    return word.lower() in LAW_HEADS and not (len(word) <= 3 and word.istitle())


@lru_cache(maxsize=1 << 14)
def _label_by_form(words: tuple[str, ...]) -> EntityLabel | None:
    """The label the way a name is written gives it wherever it stands (an acronym, a number
    in it, a demonym, a brand's capitals; a web address, a place, organisation or event head
    or tail word), or None. Only for names the gazetteer does not know."""
    first, last = words[0].lower(), words[-1].lower()
    if len(words) > 1 and _is_possessive(last):
        last = last[:-2]  # "Wall Street's"
    if len(words) == 1:
        word = words[0]
        if word in _MARKET_NAMES or word in _HONOURS:
            return "MISC"  # "Germany's DAX rose", "Bitcoin fell", "appointed CBE"
        if _is_name_compound(word):
            return "MISC"  # "Irish-trained", "Oscar-winning", "French-born"
        if word in LAW_CODES or word in _PEOPLES_AND_FAITHS:
            return "MISC"  # "KUHP": a code of law; "Dayak", "Hindu"
        if word in _PROGRAMME_ACRONYMS or (
            "-" in word and all(part in _PROGRAMME_ACRONYMS for part in word.split("-"))
        ):
            return "MISC"  # "SNBP", "UTBK-SNBT"
        if _is_acronym(word):
            return "ORG"
        if not word.isalpha() and any(ch.isdigit() for ch in word):
            return "MISC"  # "G20", "MH370", "COVID-19"
        if gazetteer.is_demonym(word) or (_is_possessive(word) and gazetteer.is_demonym(word[:-2])):
            return "MISC"  # "the Belgian's record": a nationality standing for a person
        if _is_i_product(word) or (len(word) > 5 and word.endswith("exit")):
            return "MISC"  # "iPhone"; "Brexit", "Grexit"
        if _is_camel_case(word) or _is_lower_camel_case(word):
            return "ORG"  # "YouGov", "detikJabar"
        if word.lower() in _EVENTS_NAMED_ALONE or word.lower() in _DISEASES:
            return "MISC"  # "next year's Championships", "Covid"
        if word.lower() in _ART_FORMS:
            return "MISC"  # "menonton Reog"
        if word in _INDONESIAN_COMPASS:
            return "LOC"  # "sekutu Barat": the West
        if _is_town_compound(word):
            return "LOC"  # "Queenstown", "Georgetown": no person is named so
        return None
    if len(words) > 2 and words[1] in _SURNAME_PARTICLES and words[0] in GIVEN_NAMES:
        return "PER"  # "Laurence des Cars", "Ursula von der Leyen": whatever the last word
    if last in _INSTRUMENT_TAILS:
        return "MISC"  # "Hubble Space Telescope"
    if last in _WEB_ENDINGS and words[-2] == ".":
        return "ORG"  # "KOMPAS.com": a news site
    if first in EVENT_HEADS or last in EVENT_TAILS or _opens_with_law_head(words[0]):
        return "MISC"  # "Typhoon Kalmaegi", "Piala Dunia", "Asian Cup", "UU Cipta Kerja"
    if first == "kereta" and len(words) == 3 and words[1].lower() in _TRAIN_KINDS and "-" in last:
        return "MISC"  # "Kereta Cepat Jakarta-Bandung": a line and its project, by its route
    if _names_world_body(words):
        return "ORG"  # "Program Pangan Dunia", "Dana Anak-anak PBB"
    if first in _PROGRAMME_HEADS:
        return "MISC"  # "Ujian Nasional", "Kartu Indonesia Pintar"
    if words[0] == "Program" and words[1].lower() not in _ACADEMIC_PROGRAMME_WORDS:
        # "Program Keluarga Harapan", "Program Indonesia Pintar": a government scheme
        # (opening a sentence, "Program" is only its cue: see _drops_misc_cue)
        return "MISC"
    if first in _GATHERING_HEADS and last in _GATHERING_LEVELS:
        return "MISC"  # "Rapat Kerja Nasional" (but "Rapat Paripurna DPR", a sitting)
    if first == "suku" and words[1].lower() != "dinas":
        return "MISC"  # "Suku Moi", a people (but "Suku Dinas Pendidikan", an office)
    if last == "masters" and _gazetteer_label(words[:-1]) == "LOC":
        return "MISC"  # "Indonesia Masters", "China Masters": a tournament
    if _is_competition(words):
        return "MISC"  # "Champions League", "Central Division" (but "Arab League" a body)
    if (
        len(words) == 2
        and first == "liga"
        and (last in _COMPETITION_LEAGUES or _is_country(words[1]))
    ):
        return "MISC"  # "Liga Champions", "Liga Inggris": a competition
    if len(words) == 2 and first in NUMBERED_EVENTS and last in ("one", "two", "three"):
        return "MISC"  # "Formula One", "Liga Two"
    if (
        len(words) == 3
        and len(words[1]) == 2
        and _is_initials(words[1])
        and words[0].isalpha()
        and first not in PLACE_HEADS
        and first not in ORG_HEADS
    ):
        return "PER"  # "George W. Bush", "Michael J. Fox": a middle initial, whatever else
    if link := next((k for k, word in enumerate(words) if word in _NAME_LINKS), 0):
        before_of = words[link - 1].lower()
        if before_of in EVENT_TAILS:
            # "World Series of Golf", "Africa Cup of Nations", "Women's Prize for Fiction",
            # "Treaty on European Union"
            return "MISC"
        if before_of in ORG_TAILS:
            return "ORG"  # "Society of Human Reproduction and Embryology"
        if before_of in PLACE_TAILS:
            return "LOC"  # "District of Columbia", "Gulf of Tonkin"
    if "&" in words[1:-1]:
        return _label_of_ampersand_name(words)
    if (first in _HEADS or first in NUMBERED_UNIT_HEADS) and _ROMAN_NUMERAL.fullmatch(words[-1]):
        # ("Lantamal V": a numbered command, no "Group C")
        return "LOC" if first in PLACE_HEADS else "ORG"  # "Komisi X", "Gedung Nusantara I"
    if len(words) == 2 and _AGE_GROUP.fullmatch(words[1]) and _is_country(words[0]):
        return "ORG"  # "Indonesia U-23": a national side
    if len(last) == 1 and last.isalpha():
        if len(words) == 2 and first in _LETTERED_BODY_HEADS and words[-1].isupper():
            return "ORG"  # "Komisi D" of a regional assembly
        if words[-1] in ("I", "V", "X"):
            if words[-2] in _COURT_NAMES:
                return "PER"  # "Hamengku Buwono X": a ruler's numeral, no "Group C"
            if words[-2] in _NUMBERED_PART_WORDS:
                return "LOC"  # "Ilir Timur I": a numbered district
            if words[-2] == "Wilayah":
                return "ORG"  # "LLDikti Wilayah V": a body's regional office
        return "MISC"  # "Group C", "Plan B", "Hepatitis B"
    if len(words) == 2 and first in _NATIONALITY_FIRSTS and gazetteer.is_demonym(words[1]):
        return "MISC"  # "South African", "North Korean", "New Zealander"
    if len(words) == 2 and last == "front" and first in _WAR_FRONT_SIDES:
        return "LOC"  # "the Western Front": a war's line, no political front ("Broad Front")
    if (any(map(_is_possessive, words[:-1])) or "'s" in words) and last not in PLACE_TAILS:
        return "ORG"  # "Women's Aid", "Lloyd's of London": a run goes on past one so
    if words[0] in SCHOOL_LEVELS:
        return "ORG"  # "SMAN 3 Yogyakarta"
    if words[0] in _CHINESE_INDONESIAN_SURNAMES and len(words) == 3:
        return "PER"  # "Tjhai Chui Mie", not a club named after "Mie" (Japan's prefecture)
    if first in PLACE_HEADS and last in _GOVERNING_TAILS:
        return "ORG"  # "Port of London Authority", "Lake District Board": who runs a place
    if last == "district" and words[-2].lower() in _SERVICE_DISTRICT_WORDS:
        return "ORG"  # "Unified School District", "Fire Protection District": a public body
    if first == "gereja" and _names_church_body(words):
        return "ORG"  # "Gereja Kristen Jawa": a church's body of believers, no building
    if first in _BASES:
        return "LOC"  # "Mapolres Klaten", "Markas Kodim 1710/Mimika": a headquarters
    if (first, words[1].lower()) in _JAILS:
        return "LOC"  # "Rumah Tahanan Negara Kelas I Medan", as "Rutan Medan" is a place
    if first == "stasiun" and len(words) > 2 and words[1].lower() in _STATION_FIELDS:
        return "ORG"  # "Stasiun Klimatologi Jawa Tengah": the weather agency's office
    if (
        len(words) > 2
        and first in POLITY_HEADS
        and words[1] == "of"
        and _label_by_form(words[2:]) in (None, "LOC")
    ):
        return "LOC"  # "Republic of Korea", "Province of Ancona" (not "State of Emergency Act")
    if first in PLACE_HEADS or last in _STREET_TAILS or (len(words) == 2 and first == "county"):
        return "LOC"  # ("County Durham", "County Kerry": British and Irish counties)
    if (last in ("centre", "center") and words[-2].lower() in _VENUE_KINDS) or (
        last == "club" and words[-2].lower() in ("country", "golf")
    ):
        return "LOC"  # "Todmorden Leisure Centre", "World Trade Center", "Firestone Country Club"
    if last in _SPONSORED_GROUNDS:
        return "LOC"  # "SMH Group Stadium", "Co-op Live Arena": a ground named for a business
    if (
        first in ORG_HEADS
        or last in ORG_TAILS
        or not _ORG_WORDS.isdisjoint(w.lower() for w in words)
        or any(_is_camel_case(w) for w in words)
    ):
        return "ORG"
    if (
        _is_acronym(words[0])
        and words[1][:1].isupper()
        and not (_is_initials(words[0]) and gazetteer.lookup(words[0]) is None)
    ):
        return "ORG"  # "BBC Radio Humberside", "AS Roma" (not "H.D. Deve Gowda")
    if (
        last in PLACE_TAILS
        and not _place_named_last(words)
        and not (last in SURNAME_PLACE_TAILS and words[0] in GIVEN_NAMES)
    ):
        return "LOC"
    if len(words) > 2 and _named_city_first(words):
        return "ORG"  # "Jakarta Bhayangkara Presisi": a club named after its city first
    return None


def _drops_misc_cue(word: str) -> bool:
    """Is ``word``, opening a sentence, a cue for the name after it that is no part of it
    ("Program Makan Bergizi Gratis")? Not one that opens such names ("Tari Saman")."""
    low = word.lower()
    return low in _MISC_CUES and low not in _PROGRAMME_HEADS


def _names_world_body(words: tuple[str, ...]) -> bool:
    """Do ``words`` give the Indonesian name of a United Nations or world body that opens
    like a programme or a fund and ends with the world it serves ("Program Pangan Dunia",
    "Program Pembangunan PBB", "Dana Anak-anak Perserikatan Bangsa-Bangsa")? Such names
    read as a programme, or a person ("Dana" is a given name), otherwise."""
    return (
        len(words) > 2
        and words[0].lower() in _WORLD_BODY_HEADS
        and words[-1].lower() in _WORLD_BODY_TAILS
    )


def _names_church_body(words: tuple[str, ...]) -> bool:
    """Does a name opening with "Gereja" name a denomination ("Gereja Kristen Jawa",
    "Gereja Protestan Maluku"), an organisation, rather than a church building named for a
    saint or a see ("Gereja Santo Yosef", "Gereja Katedral Jakarta")?"""
    lows = [w.lower() for w in words[1:]]
    return _CHURCH_BUILDING_WORDS.isdisjoint(lows) and not CHURCH_BODY_WORDS.isdisjoint(lows)


def _named_city_first(words: tuple[str, ...]) -> bool:
    """Does a name of three words or more open with a city and go on with words that name
    no person or place ("Jakarta Popsivo Polwan", "Bandung BJB Tandamata")? Clubs and teams
    are so named; people and places are not, nor do people whose given name is a city's
    ("Danang Mandala Prihantoro", "Bima Arya Sugiarto": a surname's ending)."""
    if words[0] in GIVEN_NAMES:
        return False
    if len(words[-1]) > 5 and words[-1].endswith(_INDONESIAN_NAME_ENDINGS):
        return False
    place = gazetteer.lookup(words[0])
    return (
        place is not None
        and place.key.startswith("city:")
        and words[1] not in GIVEN_NAMES
        and all(w.lower() not in PLACE_TAILS and w[:1].isupper() for w in words[1:])
    )


@lru_cache(maxsize=1 << 14)
def _ends_in_acronym(words: tuple[str, ...]) -> bool:
    """Does the name end in an acronym of three letters or more ("Africa CDC"), not a
    regnal numeral ("Henry VIII")?"""
    last = words[-1]
    if _is_possessive(last):
        last = last[:-2]  # "Benedict XVI's letter"
    return len(last) > 2 and _is_acronym(last) and last not in _REGNAL_NUMERALS


@lru_cache(maxsize=1 << 14)
def _organisation_shaped(words: tuple[str, ...]) -> bool:
    """Is a name of several words, not opening with a given name, shaped like a company or
    body's: a known organisation plus more words ("Pertamina Patra Niaga", "Alibaba Cloud"),
    or words ending in a place or a country ("Persib Bandung", "Garuda Indonesia", "Age UK")?
    Such names are no people even before a speech verb; nor is one named for its cause
    ("Campaign Against Arms Trade", "Mothers Against Drunk Driving")."""
    if words[0] in GIVEN_NAMES or words[-1] in GIVEN_NAMES or _is_initial(words[0]):
        return False  # "Chris Sutton", "Michael Jordan", "B. Lara" (a state in Venezuela)
    if not _CAPITAL_LINKS.isdisjoint(words):
        return True
    first = _gazetteer_label(words[:1])
    if first == "ORG":
        return True
    if _place_named_last(words):
        return True
    place = _gazetteer_place(words[-1:])
    return (
        place is not None
        and place.key.startswith("country:")
        and first is None
        and words[0].lower() not in _COMPASS
    )


@lru_cache(maxsize=1 << 14)
def _place_named_last(words: tuple[str, ...]) -> bool:
    """Does the name end with a city or region ("Persib Bandung", "Walhi Jawa Barat"), or
    a country code ("Reform UK"), while its first word is no place? (Not a country name,
    which is also a surname: "Michael Jordan".)"""
    if _gazetteer_label(words[:1]) == "LOC":
        return False  # (an organisation's branch is fine: "Walhi Jawa Barat")
    first_words = gazetteer.first_words()
    for m in range(min(3, len(words) - 1), 0, -1):
        if words[-m] not in first_words or (m == 1 and words[-1].lower() in PLACE_TAILS):
            continue  # "Thunder Bay", "Gold Coast": a place's own tail word, no town "Bay"
        place = _gazetteer_place(words[-m:])
        if place is not None and place.label == "LOC":
            code = m == 1 and words[-1].isupper()
            return code or not place.key.startswith("country:")
    return False


def _is_derived_noun(word: str) -> bool:
    """Is ``word`` shaped as an Indonesian noun made with pe-…-an or ke-…-an ("Pemenangan",
    "Keamanan"), a team's task after "Tim" rather than a surname?"""
    low = word.lower()
    return len(low) > 6 and low.endswith("an") and low.startswith(("pe", "ke"))


def _gazetteer_place(words: tuple[str, ...]) -> gazetteer.Place | None:
    """The gazetteer entry of ``words`` written exactly so."""
    return gazetteer.lookup(" ".join(words))


def _is_region(place: gazetteer.Place) -> bool:
    """Is the gazetteer place a country, an Indonesian province or regency, or a wider
    region (not a town or a foreign province, whose name may be a person's too: "Rizal")?
    (Regencies named by a word or a given name are not in the gazetteer at all.)"""
    return place.key.startswith(("country:", "sub:ID-", "regency:", "region:"))


def _is_home_place(place: gazetteer.Place) -> bool:
    """Is the gazetteer place a country, a region, an Indonesian province or an Indonesian
    town: a place whose people are its own, not a namesake abroad of a name or a club?"""
    return _is_region(place) or gazetteer.is_home_city(place)


def _gazetteer_label(words: tuple[str, ...]) -> EntityLabel | None:
    """Gazetteer label of a name written as ``words``: all-caps words are tried title-cased,
    a trailing "'s" is dropped, and a compass word before a place makes a place ("Northern
    Nigeria")."""
    if len(words) > gazetteer.MAX_NAME_TOKENS or not _may_start_gazetteer_name(words[0]):
        return None
    return _gazetteer_label_of(words)


def _place_ends_with_head(before: str, head: str) -> bool:
    """Is the place head word ``head`` the last word of a place named with the word
    ``before`` it, by the gazetteer ("Konawe Kepulauan", "Sorong Raya")? Then it ends a
    regency's name, and the words after it are no place of its own ("BPBD Konawe Kepulauan
    Hasanuddin", "Ketua KPU Konawe Kepulauan Jumrah": the office holder)."""
    return _gazetteer_label((before, head)) == "LOC"


@lru_cache(maxsize=1 << 16)
def _may_start_gazetteer_name(word: str) -> bool:
    """Could a name :func:`_gazetteer_label` knows start with ``word``? A cheap test on one
    word that spares building and looking up the longer spans that start with it."""
    first_words = gazetteer.first_words()
    stems = (word, word[:-2]) if _is_possessive(word) else (word,)
    return word.lower() in _COMPASS or any(
        stem in first_words or stem.title() in first_words for stem in stems
    )


@lru_cache(maxsize=1 << 16)
def _gazetteer_label_of(words: tuple[str, ...]) -> EntityLabel | None:
    """:func:`_gazetteer_label` without its cheap tests, cached across documents, as the
    same names come back."""
    first = words[0]
    if len(words) == 1 and _is_possessive(first):
        first = first[:-2]
    if len(words) > 1 and first.lower() in _COMPASS and _gazetteer_label(words[1:]) == "LOC":
        return "LOC"  # "Northern Nigeria", "Southern California"
    first_words = gazetteer.first_words()
    if first not in first_words and first.title() not in first_words:
        return None  # no gazetteer name starts so
    place = gazetteer.lookup_in_any_case(" ".join(words))  # "Lord's", a ground listed with its "'s"
    if place is None and _is_possessive(words[-1]):
        words = (*words[:-1], words[-1][:-2])  # "European Union's"
        place = gazetteer.lookup_in_any_case(" ".join(words))
    return place.label if place is not None else None


def _may_start_name(word: str) -> bool:
    """Could a name or a title before one start at this word? Capitalised words, title words
    and months that are given names can (any capitalised one may be in a text that gives it
    inside a person's name: "Juli" of "Raja Juli Antoni"); an article glued to a name only
    goes on one ("Palais de l'Elysee"), as a name starts after it ("à l'Assemblée nationale")."""
    if word[:1] in _ARTICLE_LETTERS and _after_elided_article(word):
        return False
    return (
        _is_name_word(word)
        or may_start_title(word)
        or word in _CALENDAR_GIVEN_NAMES
        or (word[:1].isupper() and word.lower() in CALENDAR_WORDS)
    )


def _is_name_word(word: str) -> bool:
    """Could this token be (part of) a name? Capitalised, not a function word, day, month,
    currency or unit."""
    first = word[:1]
    if not first.isupper():
        # "al-Assad", "el-Sisi", "bin-Salman", "d'Or", "l'Elysee", "dell'Arte": a lowercase
        # particle or elided article glued to a name; and news sites written in camel case
        # ("detikJabar", "kumparanNEWS").
        return (
            (len(word) > 3 and word[2] == "-" and word[3:4].isupper() and word[:2] in ("al", "el"))
            or _after_elided_article(word)
            or _is_lower_camel_case(word)
            or _is_i_product(word)
        )
    low = word.lower()
    if word in _ACRONYMS_LIKE_MONTHS:
        return True  # "Dekan FEB UI": a faculty, no February
    if low in NON_NAMES or low in CALENDAR_WORDS or not _CURRENCY_SIGNS.isdisjoint(word):
        return False  # "S$", "HK$", "€": money, not names
    if low.endswith("days") and low[:-1] in CALENDAR_WORDS:
        return False  # "on Tuesdays": days, not a name (but "Mars" and "Mays" may be)
    if _is_possessive(word) and (low[:-2] in CALENDAR_WORDS or low[:-2] in NON_NAMES):
        return False  # "Sunday's election", "August's figures", "Her Majesty's visit"
    if "-" in low and _is_calendar_range(low):
        return False  # "January-September", "Senin-Jumat": a span of time, not a name
    if len(word) > 2 and word[1] == "-" and not _AGE_GROUP.fullmatch(word):
        return False  # party and state: "D-Ore.", "R-Texas", "D-N.Y." (not "Piala AFF U-23")
    if _QUARTER.fullmatch(word) or word in PART_CODES:
        return False  # "kuartal III-2026", "in Q3 2025", "H1 profit": part of a year
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and word[-2] not in "'’":
        return False  # "MPs", "NGOs": plural common nouns (but "NATO's" is a name's)
    # "AS" is a country, not the English "as"; "I'll" is a pronoun.
    if (not word.isupper() or len(word) == 1) and low.split("'")[0] in FUNCTION_WORDS:
        return False
    return any(ch.isalpha() for ch in word)


def _after_elided_article(word: str) -> bool:
    """Is ``word`` a French or Italian elided article or preposition glued to a capitalised
    name ("d'Orsay", "l'Elysee", "dell'Arte")? Inside a name it is one of its words."""
    cut = max(word.find("'"), word.find("’"))
    return (
        0 < cut < 5
        and word[: cut + 1].replace("’", "'") in _ELIDED_ARTICLES
        and (word[cut + 1 : cut + 2].isupper())
    )


#: French and Italian elided articles and prepositions, as glued to the next word.
_ELIDED_ARTICLES = frozenset("d' l' dell' all' nell' dall' sull'".split())
#: The first letters of the elided words above that open no name ("d'Alema" does).
_ARTICLE_LETTERS = frozenset("lans")
#: Faculties' acronyms spelt like a month's short form, names when written in capitals
#: ("FEB UI", the school of economics and business; not "Feb." of a date).
_ACRONYMS_LIKE_MONTHS = frozenset({"FEB"})
#: Words that join the parts of a written-out portfolio: "Data, Informasi dan Komunikasi".
_PORTFOLIO_LINKS = frozenset({",", "dan", "serta", "&"})
#: Endings of Indonesian abstract nouns that name a portfolio ("Pencegahan", "Kebencanaan",
#: "Informasi"), with the prefixes an "-an" noun needs to count.
_PORTFOLIO_PREFIXES = ("pe", "ke")


def _is_portfolio_noun(word: str) -> bool:
    """ "Pengendalian", "Kebencanaan", "Komunikasi": an Indonesian abstract noun, the stuff
    of a portfolio, hardly ever a name."""
    low = word.lower()
    if len(low) < 7:
        return False
    return (low.endswith("an") and low.startswith(_PORTFOLIO_PREFIXES)) or low.endswith("si")


def _is_role_noun(word: str) -> bool:
    """ "analysts", "strategist", "economist", "auditors": a title or role word, also in the
    plural."""
    low = word.lower()
    return low in TITLE_HEADS or low.removesuffix("s") in TITLE_HEADS or _is_professional(low)


def _is_lowercase_compound(word: str) -> bool:
    """ "Leg-spinner", "Co-founder": a hyphenated word whose later part is in small letters,
    an ordinary word capitalised to open a sentence."""
    _, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].islower()


def _is_possessed_noun(word: str) -> bool:
    """ "Namanya", "Istrinya", "Rumahnya": an Indonesian word with the clitic "-nya" (his,
    its), a noun owned by someone before it; capitalised only to open a sentence, never the
    first word of a name ("Namanya Ujang Sopandi"). Short given names that end so ("Sonya",
    "Tanya") and listed ones are left alone."""
    return len(word) > 6 and word.endswith("nya") and word not in GIVEN_NAMES


def _is_professional(word: str) -> bool:
    """ "auditors", "analyst": a profession of :data:`_PROFESSION_NOUNS`, also in the plural."""
    low = word.lower()
    return low in _PROFESSION_NOUNS or low.removesuffix("s") in _PROFESSION_NOUNS


def _is_person_noun(word: str) -> bool:
    """ "warga", "pedagang", "lawyer": a word that says who a person is (or a title)."""
    return word in _PERSON_NOUNS or _is_role_noun(word)


def _is_business_descriptor(word: str) -> bool:
    """Is ``word`` a noun that describes a company ("Lender", "Chipmaker")?"""
    low = word.lower()
    return low in ORG_CONTEXT or (low.endswith(_BUSINESS_DESCRIPTOR_ENDINGS) and len(low) > 7)


@lru_cache(maxsize=1 << 14)
def _is_lower_camel_case(word: str) -> bool:
    """ "detikJabar", "kumparanNEWS": a lowercase word of four letters or more, then
    capitals (not a product's one-letter prefix: "iPhone", "eBay")."""
    if word.islower() or not word[:4].isalpha():
        return False  # the usual case, cheaply
    k = next((i for i, ch in enumerate(word) if ch.isupper()), 0)
    return k >= 4 and word.isalnum() and word[:k].islower()


def _is_initial(word: str) -> bool:
    """ "M.", "J.": a given name's initial."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _is_initials(word: str) -> bool:
    """ "M.", "F.W.": a given name's initials."""
    return len(word) % 2 == 0 and word[1::2] == "." * (len(word) // 2) and word[::2].isupper()


def _is_i_product(word: str) -> bool:
    """ "iPhone", "iPad", "iMac": a product named with a lowercase "i" before a capital."""
    return len(word) > 3 and word[0] == "i" and word[1].isupper() and word[2:].islower()


#: Lowercase last parts of a hyphenated word that make a name before them a modifier,
#: MISC as CoNLL tags it: "Irish-trained", "Oscar-winning", "French-born", "Swiss-made",
#: "Persian-language", "Soviet-style".
_COMPOUND_TAIL_ENDINGS = ("ed", "ing", "born", "built", "made", "run", "language", "style")


def _is_name_compound(word: str) -> bool:
    """Is ``word`` a name and a lowercase participle joined by a hyphen ("Irish-trained",
    "Oscar-winning")? Such a word modifies a noun; it names no person or body."""
    head, dash, tail = word.rpartition("-")
    return (
        bool(dash)
        and head[:1].isupper()
        and tail.islower()
        and tail.endswith(_COMPOUND_TAIL_ENDINGS)
    )


def _is_capitalised_compound(word: str) -> bool:
    """Is ``word`` two or more capitalised words joined by hyphens ("Daimler-Benz",
    "Pryce-Whitlock")? Ordinary words are not written so, even opening a sentence."""
    parts = word.split("-")
    return len(parts) > 1 and all(map(_is_word_shaped_name, parts))


def _is_numbered_name(word: str) -> bool:
    """Is ``word`` a name with the number of one in its series glued on by a hyphen
    ("Chandrayaan-3", "Soyuz-2", "Covid-19")? Ordinary words take no such number; those that
    do ("Under-21", "Over-50s", "Mid-2024", "Top-10") take an age, a year or a rank."""
    name, dash, number = word.partition("-")
    return (
        dash == "-"
        and number.isdigit()
        and len(number) <= 2
        and len(name) > 3
        and _is_word_shaped_name(name)
        and name.lower() not in _NUMBERED_WORDS
    )


def _is_word_shaped_name(part: str) -> bool:
    """Is ``part`` of a compound written as one name: a capital, then small letters only
    ("Putin", "Xi" of "Trump-Putin", "Biden-Xi"; not "EU", "McCain" nor "2025")?"""
    return part[:1].isupper() and part[1:].isalpha() and part[1:].islower()


@lru_cache(maxsize=1 << 14)
def _is_camel_case(word: str) -> bool:
    """ "YouGov", "PayPal", "OpenAI", or short as parties and agencies write theirs ("PiS",
    "AfD", "KfW"): an inner capital marks a brand or body (not "McDonald", nor one after
    an apostrophe: "Da'Vine", "D'Angelo", nor a degree: "PhD", nor a regnal numeral's
    possessive: "III's" of "Charles III's")."""
    if _is_possessive(word) and word[:-2] in _REGNAL_NUMERALS:
        return False
    return (
        len(word) > 2
        and word.lower() not in NON_NAMES
        and word[0].isupper()
        and not word.isupper()
        and any(ch.isupper() and word[k - 1] not in "'’" for k, ch in enumerate(word[2:], 2))
        and not any(
            word.startswith(p) and word[len(p) : len(p) + 1].isupper() for p in _SURNAME_PREFIXES
        )
        and "-" not in word
    )


def _is_calendar_range(low: str) -> bool:
    """Is the lowercase hyphenated word a range of months or days ("januari-juni")?"""
    return all(part in CALENDAR_WORDS for part in low.split("-"))


@lru_cache(maxsize=1 << 14)
def _is_acronym(word: str) -> bool:
    """All-caps token of 2–7 letters that is not a unit or currency: "KPK", "NATO", "U.N.",
    or two such joined by a hyphen ("ZANU-PF", "PDI-P")."""
    letters = word.replace(".", "") if word.endswith(".") else word
    if "-" in letters:
        head, _, tail = letters.partition("-")
        if len(head) < 2 or not tail:
            return False
        letters = head + tail
    return (
        2 <= len(letters) <= 7
        and letters.isupper()
        and letters.replace("&", "").isalpha()
        and word.lower() not in NON_NAMES
    )


def _is_initials_word(word: str) -> bool:
    """Is ``word`` a person's initials as the Indonesian press writes them after
    "berinisial": two to four capitals, everyday abbreviations too ("RW", "AI")?"""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha()


def _is_body_acronym(word: str) -> bool:
    """Could ``word`` be a body's acronym in an office before a person's name? Not a noble
    title abbreviated like one: "Komisi VIII DPR TB Ace Hasan Syadzily"."""
    return _is_acronym(word) and word not in _NOBLE_ABBREVIATIONS


_BRAND_ENDINGS = (
    "ify", "ex", "space", "sat", "cosmos", "soft",
    "lytica", "lytics", "tech", "logic", "metrics", "nomics",
)  # fmt: skip


@lru_cache(maxsize=1 << 14)
def _brand_shaped(word: str) -> bool:
    """Is ``word`` shaped as brands are coined and no English surname is: "-ify"
    ("Spotify", "Nexify"), "-ly" after a consonant other than l, n or r ("Grubly",
    "Bitly"; not "Kelly", "Beverly", "Hanly", "Donly"), "-ex" ("Zentrex", "Rolex"), a
    compound's "-space", "-sat", "-cosmos" or "-soft" ("Arianespace", "Eumetsat"), an
    analytics or technology firm's "-lytica", "-lytics", "-tech", "-logic",
    "-metrics" or "-nomics" ("Linerlytica", "Infotech"), or a
    long verb in "-ate" ("Luminate", "Elevate"; not "Tate", "Zarate" or a "-gate" such as
    "Southgate")? Short words and given names ("Alex") are not."""
    if len(word) < 5 or not word[0].isupper() or not word[1:].islower() or word in GIVEN_NAMES:
        return False
    if word.endswith(_BRAND_ENDINGS):
        return True
    if len(word) >= 7 and word.endswith("ate") and not word.endswith("gate"):
        return True
    return word.endswith("ly") and word[-3] not in "aeiouylnr"


def _is_state_abbreviation(word: str) -> bool:
    """Is ``word`` written as American wire copy shortens a state after a dateline's town
    ("Fla.", "Calif.", "Mass.")? No outlet is written so."""
    return 3 <= len(word) <= 7 and word[-1] == "." and word[0].isupper() and word[1:-1].islower()


def _community_group_kind_length(words: tuple[str, ...]) -> int:
    """How many of ``words`` are a community body's head and its kind, before its name
    ("Kelompok Tani", "Gabungan Kelompok Tani", "Koperasi Unit Desa"); 0 when they do not
    open so. What follows is the body's own name, a given name too at times ("Kelompok
    Tani Sri Makmur"), no person's."""
    if not words or words[0].lower() not in _COMMUNITY_GROUP_HEADS:
        return 0
    k = 1
    while k < len(words) and words[k].lower() in _COMMUNITY_GROUP_KINDS:
        k += 1
    return k if k > 1 else 0


def _is_possessive(word: str) -> bool:
    return word[-2:] in _POSSESSIVE_ENDINGS and len(word) > 2


_POSSESSIVE_ENDINGS = frozenset({"'s", "'S", "’s", "’S"})


def _is_country(word: str) -> bool:
    """Is ``word`` a country's name, or one of the home nations of British sport?"""
    place = gazetteer.lookup(word)
    return place is not None and (place.key.startswith("country:") or place.key in _HOME_NATIONS)


#: The last part of towns' names written as one word with it ("Queenstown", "Jamestown").
_TOWN_ENDING = "town"


def _is_town_compound(word: str) -> bool:
    """Is ``word`` a town's name ending in "town" ("Queenstown", "Georgetown", "Chinatown")?
    A capitalised word of three letters or more before it, in small letters after the
    capital; no surname ends so."""
    stem = word.removesuffix(_TOWN_ENDING)
    return (
        len(stem) >= 3
        and stem != word
        and stem[0].isupper()
        and stem[1:].isalpha()
        and stem[1:].islower()
    )


def _label_of_ampersand_name(words: tuple[str, ...]) -> EntityLabel:
    """The label of a name with "&" inside: places the gazetteer knows joined so are one
    place ("Trinidad & Tobago", "Bosnia & Herzegovina"); any other such name is a firm
    named for its partners or a duo ("Allen & Overy", "Ernst & Young", "Simpson Thacher &
    Bartlett"): people's names are joined by "and", never by "&"."""
    link = words.index("&")
    spelt = _gazetteer_label(tuple("and" if word == "&" else word for word in words))
    if spelt is not None:
        return spelt  # "Bosnia & Herzegovina", listed as "Bosnia and Herzegovina"
    if _gazetteer_label(words[:link]) == _gazetteer_label(words[link + 1 :]) == "LOC":
        return "LOC"
    return "ORG"


def _is_sector_body(words: tuple[str, ...]) -> bool:
    """Do ``words`` name a country's public body by its sector and the country ("Sport
    England", "Health New Zealand", "Tourism Australia")? A sector of _SECTORS, then a
    country or home nation and nothing else; no person is named so."""
    return len(words) > 1 and words[0].lower() in _SECTORS and _is_country(" ".join(words[1:]))


def _has_letter_or_digit(word: str) -> bool:
    return any(map(str.isalnum, word))


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.start < b.end and b.start < a.end


_START, _END = operator.attrgetter("start"), operator.attrgetter("end")

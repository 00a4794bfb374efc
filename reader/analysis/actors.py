"""Actors: one per real-world entity, built from the entity mentions.

Mentions are grouped in four passes, each only within one label (a person's surname never
merges with a place):

1. the same words, in any case, with or without accents, a person's courtesy title or a
   company's legal form, and with Indonesian government abbreviations spelt out ("Trump"
   and "Trump", "SLEMAN" and "Sleman", "Mbappé" and "Mbappe", "Kang Dedi" and "Dedi", "PT
   IMIP" and "IMIP", "Pemkab Sleman" and "Pemerintah Kabupaten Sleman", "The Washington
   Post" and "Washington Post", "Justice Department" and "Department of Justice");
2. the same gazetteer entry ("AS", "Amerika Serikat", "US", "United States" → country US);
3. an acronym and its full form, by initials ("PBB" = "Perserikatan Bangsa-Bangsa",
   "GM" = "General Motors Co.", "DOJ" = "Department of Justice", a state's body by its state
   and acronym: "Illinois EPA") or by definition
   ("Badan Pusat Statistik (BPS)", "PT Telekomunikasi Selular atau Telkomsel", "Kepolisian
   Daerah Sulawesi Tenggara (Polda Sultra)"), a body's name in the other language in
   brackets ("Kementerian Luar Negeri (Ministry of Foreign Affairs)"), and a nickname the
   text gives ("Petroliam Nasional Berhad, better known as Petronas");
4. short forms: a person's surname or given name goes to the full name it belongs to (when
   several people share it, to the one the sentence and the story point to), an
   organisation's short name to the longer name it starts or ends ("Kencana Agro" → "PT
   Kencana Agro Mandiri Tbk", "City" → "Manchester City", "Real" → "Real Madrid"), a place
   without its head word to the place ("Rejang Lestari" → "Kabupaten Rejang Lestari"); a
   name cut short after a form of address to the one person whose name it is cut from
   ("Bu Mega" → "Megawati Soekarnoputri", "Cak Imin" → "Muhaimin Iskandar").

The actor's name is its fullest form; titles before person mentions ("Presiden AS",
"Direktur Utama Kencana Agro") become its roles.
"""

# ruff: noqa: SIM905

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from reader.analysis import gazetteer
from reader.analysis.doc import Doc, Token
from reader.analysis.model import Actor, Entity, EntityLabel, Span
from reader.analysis.name_cues import (
    BRANCH_REGION_HEADS,
    CHILD_WORDS,
    EN_PUBLIC_BODY_WORDS,
    GENERATIONS,
    ID_PUBLIC_BODY_WORDS,
    LEGAL_FORMS,
    ORG_HEADS,
    ORG_TAILS,
    PARENT_WORDS,
    PLACE_HEADS,
    RELATIVE_WORDS,
    abbreviates,
)
from reader.analysis.speech import FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS
from reader.analysis.titles import (
    COURTESY_TITLES,
    ENVOY_TITLES,
    INDONESIAN_COURTESY_TITLES,
    is_title_word,
    match_title,
    may_start_title,
    portfolio_goes_on,
)
from reader.analysis.words import word_starts, words_of

#: Words skipped when reading an acronym off a full name ("Badan Meteorologi, Klimatologi,
#: dan Geofisika" → BMKG).
_ACRONYM_SKIP = frozenset("of the and for dan untuk dari di ke &".split())
_ACRONYM_SKIP_BUT_OF = _ACRONYM_SKIP - {"of"}
_ACRONYM_SKIP_BUT_FOR = _ACRONYM_SKIP - {"for"}
#: The small letters an acronym keeps for its name's "of" and "for" ("BoE" of "Bank of
#: England", "TfL" of "Transport for London").
_SMALL_LINK_LETTERS = ("o", "f")
#: The longest role, in tokens: "Ketua Umum Persatuan Sepak Bola Seluruh Indonesia (PSSI)".
_MAX_ROLE_TOKENS = 12
_START = attrgetter("start")
_END = attrgetter("end")
_TEXT = attrgetter("text")
#: Articles that may open an apposition: "Gareth Lowenby, the Labour member, …".
_APPOSITION_ARTICLES = frozenset({"the", "a", "an", "sang", "selaku"})
#: Abbreviated first words of Indonesian government names and what they stand for.
_HEAD_ABBREVIATIONS = {
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "pemko": "pemerintah kota",  # as Medan and Sumatra write it
    "pemprov": "pemerintah provinsi",
    "pemda": "pemerintah daerah",
    "kab.": "kabupaten",
    "prov.": "provinsi",
    # police, prosecutors, courts and regional parliaments: "Polda Jatim", "Kejari Sleman"
    "polda": "kepolisian daerah",
    "polres": "kepolisian resor",
    "polresta": "kepolisian resor kota",
    "polrestabes": "kepolisian resor kota besar",
    "polsek": "kepolisian sektor",
    "kejati": "kejaksaan tinggi",
    "kejari": "kejaksaan negeri",
    "pn": "pengadilan negeri",
    "dprd": "dewan perwakilan rakyat daerah",
    # Islamic boarding schools: "Ponpes Lirboyo", and "Pesantren Tebuireng" is the "Pondok
    # Pesantren Tebuireng" too
    "ponpes": "pondok pesantren",
    "pesantren": "pondok pesantren",
}


@dataclass(slots=True)
class _Group:
    """Mentions (indexes into the entity list) believed to name one thing."""

    label: EntityLabel
    mentions: list[int]
    #: Each written form (normalised: single spaces) with how many mentions use it, in the
    #: order first seen. (A plain dict: a Counter per group costs more than the grouping.)
    forms: dict[str, int]
    #: The form as the text writes it, not in capitals ("London", not "LONDON"): the first
    #: form not in capitals, else the first. Kept up to date as forms come, since several
    #: passes look the group up by it.
    written: str
    key: str | None = None

    def add(self, mention: int, form: str) -> None:
        self.mentions.append(mention)
        count = self.forms.get(form)
        if count is None:
            self.forms[form] = 1
            self._write(form)
        else:
            self.forms[form] = count + 1

    def absorb(self, other: _Group) -> None:
        self.mentions.extend(other.mentions)
        for form, count in other.forms.items():
            self.forms[form] = self.forms.get(form, 0) + count
        if other.forms:
            self._write(other.written)
        self.key = self.key or other.key
        other.mentions, other.forms = [], {}

    def _write(self, form: str) -> None:
        """Take ``form``, which the group has now, as written when it is the first form not
        in capitals."""
        if self.written.isupper() and not form.isupper():
            self.written = form


def build_actors(doc: Doc, entities: list[Entity]) -> tuple[list[Actor], list[Entity]]:
    """Group ``entities`` into actors; return the actors (most prominent first) and the
    entities with their ``actor`` ids set."""
    if not entities:
        return [], entities
    groups = _group_same_words(entities)
    _merge_gazetteer_entries(groups)
    _merge_acronyms(doc, entities, groups)
    _merge_person_initials(groups)
    if " atau " in doc.text:
        _merge_other_names(doc.text, entities, groups)
    if any(word in doc.text for word in _NICKNAME_CUE_WORDS):
        _merge_nicknames(doc.text, entities, groups)
        if "sapaan" in doc.text:
            _merge_described_nicknames(doc.text, entities, groups)
    groups = _merge_short_forms(doc, entities, groups)
    groups = [g for g in groups if g.mentions]
    groups.sort(key=lambda g: (-len(g.mentions), min(g.mentions)))

    roles = _Roles(doc, entities)
    actors: list[Actor] = []
    ids: list[str | None] = [None] * len(entities)
    used: set[str] = set()
    starts = list(map(_START, entities))
    texts = list(map(_TEXT, entities))
    spans = list(map(Span, starts, map(_END, entities), texts))
    for group in groups:
        name = _display_name(group)
        actor_id = _unique_slug(name, group.label, used)
        mentions = group.mentions
        if len(mentions) > 1:
            mentions.sort(key=starts.__getitem__)
        for i in mentions:
            ids[i] = actor_id
        aliases = dict.fromkeys(map(texts.__getitem__, mentions))
        aliases.pop(name, None)
        actor_roles = (
            list(dict.fromkeys(r for i in mentions if (r := roles.of(entities[i]))))
            if group.label == "PER"
            else []
        )
        mentioned = list(map(spans.__getitem__, mentions))
        actors.append(Actor(actor_id, name, group.label, list(aliases), mentioned, actor_roles))
    labels = map(attrgetter("label"), entities)
    linked = list(map(Entity, starts, map(_END, entities), texts, labels, ids))
    return actors, linked


def _group_same_words(entities: list[Entity]) -> list[_Group]:
    by_key: dict[tuple[str, str], _Group] = {}
    for i, ent in enumerate(entities):
        form, key = _form_and_key(ent.text, ent.label)
        group = by_key.get((ent.label, key))
        if group is None:
            by_key[ent.label, key] = _Group(ent.label, [i], {form: 1}, form)
        else:
            group.add(i, form)
    return list(by_key.values())


@lru_cache(maxsize=1 << 14)
def _form_and_key(text: str, label: str) -> tuple[str, str]:
    """A mention's written form (single-spaced) and the key of its words, looked up once for
    the many mentions that repeat a name. A person's form leaves out the courtesy title
    before the name ("Kang Dedi" is "Dedi"): it is no part of the name, nor of its words
    that a short form is matched by. A company's key leaves out its legal forms ("PT IMIP"
    is "IMIP"); a body's key names the province it ends with however it is written ("Pemprov
    Jatim" and "Pemerintah Provinsi Jawa Timur")."""
    form = _normalise(text)
    if label == "PER":
        form = _bare_name(form)
    elif label == "ORG":
        words = _with_province_key(_without_legal_forms(form.split()) or [form])
        return form, _same_words_key(" ".join(words))
    return form, _same_words_key(form)


#: The most words of a province's or state's name ("Nusa Tenggara Barat").
_PROVINCE_WORDS = 3


def _with_province_key(words: list[str]) -> list[str]:
    """``words`` with the province or state (a gazetteer subdivision) they end with, after
    at least one word, written as its gazetteer key ("Jatim" and "Jawa Timur" alike)."""
    for n in range(min(_PROVINCE_WORDS, len(words) - 1), 0, -1):
        place = gazetteer.lookup(" ".join(words[-n:]))
        if place is not None and place.label == "LOC" and place.key.startswith("sub:"):
            return [*words[:-n], place.key]
    return words


def _bare_name(form: str) -> str:
    """A person's name without the courtesy titles before it ("Kang Dedi" → "Dedi")."""
    first, _, rest = form.partition(" ")
    while rest and first.lower() in COURTESY_TITLES:
        form = rest
        first, _, rest = form.partition(" ")
    return form


@lru_cache(maxsize=1 << 14)
def _same_words_key(form: str) -> str:
    """What two forms of the same words share: case folded (a headline or dateline in
    capitals, "SLEMAN", names what the text writes "Sleman"), an abbreviated first word
    spelt out ("Pemkab Sleman" → "pemerintah kabupaten sleman"), a leading article dropped
    ("The Washington Post" and "Washington Post"), a department's portfolio put first
    ("Department of Justice" → "justice department"), accents left out ("Mbappé" and
    "Mbappe")."""
    key = _unaccented(form).casefold()
    first, _, rest = key.partition(" ")
    if rest and first in _HEAD_ABBREVIATIONS:
        key = f"{_HEAD_ABBREVIATIONS[first]} {rest}"
    elif rest and first == "the":
        key = rest
    elif first in _PORTFOLIO_HEADS and rest.startswith("of "):
        portfolio = rest.removeprefix("of ").removeprefix("the ")
        key = f"{portfolio} {first}"
    return key


@lru_cache(maxsize=1 << 14)
def _unaccented(form: str) -> str:
    """``form`` without accents, which one text writes and another leaves out (see
    :func:`~reader.analysis.gazetteer.unaccented`), with a plain apostrophe for a
    typographic one ("O’Brien" and "O'Brien") and a Slavic name's "-iy"/"-yy" ending as
    "-y", which transliterations differ on ("Zelenskyy", "Zelenskiy" and "Zelensky",
    "Dmitriy" and "Dmitry"), looked up once for the many mentions."""
    plain = gazetteer.unaccented(form).replace("\u2019", "'")
    return _SLAVIC_ENDING.sub("y", plain) if "y" in plain else plain


#: A word's "-iy"/"-yy" ending after at least four letters (see :func:`_unaccented`).
_SLAVIC_ENDING = re.compile(r"(?<=\w{4})[iy]y\b")


#: Heads an English government body is named by either way round: "Department of
#: Justice" and "Justice Department", "Ministry of Defence" and "Defence Ministry".
_PORTFOLIO_HEADS = frozenset({"department", "ministry"})


def _merge_gazetteer_entries(groups: list[_Group]) -> None:
    by_key: dict[tuple[str, str], _Group] = {}
    for group in groups:
        form = group.written
        place = _gazetteer_entry(form, group.label)
        if place is None or place.label != group.label:
            continue  # "Ibarra" the person is not Ibarra the city
        group.key = place.key
        first = by_key.setdefault((group.label, place.key), group)
        if first is not group:
            first.absorb(group)


@lru_cache(maxsize=1 << 14)
def _gazetteer_entry(form: str, label: str) -> gazetteer.Place | None:
    """The gazetteer's entry for ``form``: also of a place in a dateline's capitals ("KIEV")
    and of an organisation written with an article ("The Fed") or its legal forms ("PT
    Kereta Api Indonesia (Persero)"), which the gazetteer leaves out."""
    place = gazetteer.lookup_in_any_case(form) if label == "LOC" else gazetteer.lookup(form)
    if place is not None or label != "ORG":
        return place
    words = form.removeprefix("The ").split()
    bare = _without_legal_forms(words)
    return gazetteer.lookup(" ".join(bare)) if bare else None


def _merge_acronyms(doc: Doc, entities: list[Entity], groups: list[_Group]) -> None:
    """Merge each acronym group into the full-name group it abbreviates."""
    if "(" in doc.text or " atau " in doc.text or " or " in doc.text:
        _merge_defined_acronyms(doc.text, entities, groups)
    _merge_syllable_abbreviations(groups)
    # Otherwise by initials, within one label; the full names by their initials are only
    # worked out once an acronym turns up (before then no group has changed).
    full_names: dict[tuple[str, str], _Group] | None = None
    for group in groups:
        # An acronym the gazetteer knows ("AS") was merged by its key already; it must not
        # also match some other name with the same initials ("Aceh Selatan").
        if not group.mentions or group.key is not None:
            continue
        for form in list(group.forms):
            letters = _place_and_acronym_letters(form) if group.label == "ORG" else None
            if letters is not None:
                if full_names is None:
                    full_names = _full_names_by_initials(groups)
                found = full_names.get((group.label, letters))
                if found is not None and found is not group and found.mentions:
                    found.absorb(group)
                    break
            if not _is_acronym(form):
                continue
            # Suspects "berinisial MH" are named by nothing else in the text: their initials
            # are not those of a named person ("Marthinus Hukom").
            if group.label == "PER" and "inisial" in doc.text:
                break
            if full_names is None:
                full_names = _full_names_by_initials(groups)
            found = full_names.get((group.label, _letters(form)))
            if found is not None and found is not group and found.mentions:
                found.absorb(group)
                break


def _merge_person_initials(groups: list[_Group]) -> None:
    """Merge an acronym tagged as an organisation or a thing into the person whose names'
    initials it is, the way Indonesian news calls its politicians ("SBY" of "Susilo
    Bambang Yudhoyono", "AHY"), as English news does some ("AOC"). Only of three letters
    or more, which few bodies share with a person of the text. (The mention keeps its
    label: the person's name may be the one mistaken, "Sistem Penerimaan Murid Baru
    (SPMB)".)"""
    acronyms = {
        _letters(g.written): g
        for g in groups
        if g.label in ("ORG", "MISC")
        and g.key is None
        and len(g.forms) == 1
        and _is_acronym(g.written)
        and len(_letters(g.written)) >= _MIN_PERSON_INITIALS
    }
    if not acronyms:
        return
    people: dict[str, list[_Group]] = {}  # the people by the acronyms' letters
    for g in groups:
        if g.label != "PER" or not g.mentions:
            continue
        for form in g.forms:
            if form.count(" ") + form.count("-") + 1 < _MIN_PERSON_INITIALS:
                continue
            letters = _initials(form, frozenset())
            if letters in acronyms:
                owners = people.setdefault(letters, [])
                if not owners or owners[-1] is not g:
                    owners.append(g)
    for letters, owners in people.items():
        if len(owners) == 1 and acronyms[letters].mentions:
            owners[0].absorb(acronyms[letters])


def _place_and_acronym_letters(form: str) -> str | None:
    """The letters of a body's name written as its place and its acronym ("Illinois EPA"
    → "IEPA", "New York MTA" → "NYMTA"), which its full name's initials are when that
    opens with the place too ("Illinois Environmental Protection Agency"); None for any
    other form."""
    place, _, acronym = form.rpartition(" ")
    if not place or not _is_acronym(acronym) or not _is_place(place):
        return None
    return _initials(place) + _letters(acronym)


def _is_place(name: str) -> bool:
    """Is ``name`` a place the gazetteer lists ("Illinois", "New York")?"""
    entry = gazetteer.lookup(name)
    return entry is not None and entry.label == "LOC"


#: The fewest letters of a person's initials an acronym stands for ("SBY", not "RI").
_MIN_PERSON_INITIALS = 3


def _full_names_by_initials(groups: list[_Group]) -> dict[tuple[str, str], _Group]:
    """The groups by label and each acronym a name of theirs of two words or more may go by
    (the last group wins a shared one)."""
    return {
        (g.label, initials): g
        for g in groups
        if g.mentions
        for form in g.forms
        if " " in form
        for initials in _acronyms_of(form)
    }


def _merge_syllable_abbreviations(groups: list[_Group]) -> None:
    """Merge an organisation's name cut from the syllables of its full name ("Kemenkes" =
    "Kementerian Kesehatan", "Bawaslu" = "Badan Pengawas Pemilu"), the Indonesian way, into
    that name's group (see :func:`~reader.analysis.name_cues.abbreviates`), also when the
    place the name ends in follows it ("Dinkes Surabaya" = "Dinas Kesehatan Kota
    Surabaya", "Dinkes Jateng" = "Dinas Kesehatan Provinsi Jawa Tengah")."""
    # The full names are only worked out once a short form turns up (before then no group
    # has changed).
    full_names: dict[str, list[tuple[tuple[str, ...], _Group]]] | None = None
    for group in groups:
        if group.label != "ORG" or len(group.forms) != 1 or group.key is not None:
            continue
        form, _, place = group.written.partition(" ")
        if len(form) < 5 or " " in place or form.isupper():
            continue
        if full_names is None:
            full_names = _organisations_by_first_letters(groups)
        fits = full_names.get(form[:2].lower(), ())
        found = next((g for words, g in fits if _abbreviates_body(form, place, words)), None)
        if found is not None and found is not group and found.mentions:
            found.absorb(group)


def _abbreviates_body(short: str, place: str, words: tuple[str, ...]) -> bool:
    """Is ``short`` cut from the syllables of the body's name of ``words`` ("Kemenkes" of
    "Kementerian Kesehatan"), or, with the ``place`` the name ends in, from its words before
    the place and the place's head ("Dinkes Surabaya" of "Dinas Kesehatan Kota
    Surabaya")?"""
    if not place:
        return short not in words and abbreviates(short, words)
    m = _place_words_at_end(place, words)
    if not m or len(words) < m + 2:
        return False
    head = words[-m - 1].lower()
    if m == 1 and _is_twin_regency(head, place):
        return False  # alone, a twin city's name is the city: "Dinkes Bogor" is the Kota's
    body = words[: -m - 1] if head in PLACE_HEADS else words[:-m]
    return abbreviates(short, body)


def _place_words_at_end(place: str, words: tuple[str, ...]) -> int:
    """How many of the last words of ``words`` name ``place``: written alike ("Surabaya"),
    or the province its short form stands for ("Jawa Tengah" of "Dinkes Jateng"); 0 if
    none."""
    if words[-1] == place:
        return 1
    short = gazetteer.lookup(place)
    if short is None:
        return 0
    for m in (2, 3):
        full = gazetteer.lookup(" ".join(words[-m:])) if len(words) > m else None
        if full is not None and full.key == short.key:
            return m
    return 0


def _organisations_by_first_letters(
    groups: list[_Group],
) -> dict[str, list[tuple[tuple[str, ...], _Group]]]:
    """The organisations' names of two words or more, with their words, by their first two
    letters, which a short form cut from their syllables shares ("Ke", "Ba")."""
    full_names: dict[str, list[tuple[tuple[str, ...], _Group]]] = {}
    for g in groups:
        if g.label == "ORG" and g.mentions:
            for form in g.forms:
                if " " in form:
                    full_names.setdefault(form[:2].lower(), []).append((tuple(form.split()), g))
    return full_names


def _merge_defined_acronyms(text: str, entities: list[Entity], groups: list[_Group]) -> None:
    """Merge an acronym into the name it follows in parentheses, which defines it: "Badan
    Pusat Statistik (BPS)". Only a mention a few characters after the one before it can be
    so defined: the others are passed over by one subtraction."""
    of_mention: dict[int, _Group] | None = None  # each mention's group, once one merges
    for nxt in range(1, len(entities)):
        full, short = entities[nxt - 1], entities[nxt]
        if short.start - full.end > _DEFINING_GAP or not _defines(text, full, short):
            continue
        if of_mention is None:
            of_mention = {i: g for g in groups for i in g.mentions}
        _merge_mention_groups(of_mention, nxt - 1, nxt)


def _defines(text: str, full: Entity, short: Entity) -> bool:
    """Does the text define ``short`` as the short form of ``full``, the mention right
    before it ("Otoritas Jasa Keuangan (OJK)")? A person's initials may be tagged as a
    body's ("Jusuf Kalla (JK)", "Dedi Mulyadi atau KDM")."""
    if " " not in full.text:
        return False
    link = text[full.end : short.start].strip()
    if link not in _DEFINING_LINKS:
        return False
    if full.label == "PER" and short.label != "PER":
        return _are_initials_of(short.text, full.text)
    if full.label != short.label:
        return False
    words = tuple(_without_legal_forms(full.text.split()))
    if _is_acronym(short.text) or _is_mixed_case_acronym(short.text):
        # "(BBRI)" after a bank's name is its ticker; "Undang-Undang Tentara Nasional
        # Indonesia (TNI)" defines the army's acronym, not the law's.
        return link == "(" and not _abbreviates_inner_name(short.text, words)
    if link == "(" and text[short.end : short.end + 1] == ")" and _translates(full, short):
        return True
    return bool(words) and (abbreviates(short.text, words) or _abbreviates_after_head(short, words))


def _abbreviates_after_head(short: Entity, words: tuple[str, ...]) -> bool:
    """Does ``short`` open with the abbreviated head of the name of ``words`` and abbreviate
    the rest ("Polda Sultra" of "Kepolisian Daerah Sulawesi Tenggara", "Pemprov Kaltara" of
    "Pemerintah Provinsi Kalimantan Utara")?"""
    first, _, rest = short.text.partition(" ")
    head = _HEAD_ABBREVIATIONS.get(first.lower(), "").split()
    n = len(head)
    return (
        bool(head)
        and " " not in rest
        and len(words) > n
        and [w.lower() for w in words[:n]] == head
        and abbreviates(rest, words[n:])
    )


#: First words of Indonesian names of bodies, and words of English ones: a body named one
#: way with the other in brackets is named in both languages ("Kementerian Luar Negeri
#: (Ministry of Foreign Affairs)", "Corruption Eradication Commission (Komisi Pemberantasan
#: Korupsi)"). The public bodies' words, and those of the world bodies, funds, assemblies
#: and associations whose names the press translates too ("Dana Moneter Internasional",
#: "Majelis Permusyawaratan Rakyat", "Persatuan Wartawan Indonesia").
_ID_BODY_HEADS = ID_PUBLIC_BODY_WORDS | frozenset(
    "dana organisasi majelis perserikatan persatuan pusat".split()
)
_EN_BODY_WORDS = EN_PUBLIC_BODY_WORDS | frozenset("fund association union".split())


def _translates(full: Entity, short: Entity) -> bool:
    """Does the organisation ``short``, in brackets after ``full``, name it in the other
    language: an Indonesian body's name with an English one, or the other way round, with
    no word in common?"""
    if full.label != "ORG" or " " not in short.text:
        return False
    one, other = full.text.lower().split(), short.text.lower().split()
    if one[0] not in _ID_BODY_HEADS:
        one, other = other, one
    return (
        one[0] in _ID_BODY_HEADS
        and not _EN_BODY_WORDS.isdisjoint(other)
        and other[0] not in _ID_BODY_HEADS
        and set(one).isdisjoint(other)
    )


#: The most characters between a name and the short form it defines (", atau ").
_DEFINING_GAP = 7
#: What stands between a name and the short form it defines: "Otoritas Jasa Keuangan
#: (OJK)", "PT Telekomunikasi Selular atau Telkomsel".
_DEFINING_LINKS = frozenset({"(", "atau", ", atau", "or", ", or"})


#: First words of ministries, whose acronyms leave them out.
_MINISTRY_HEADS = frozenset({"department", "ministry", "kementerian", "departemen"})


def _abbreviates_inner_name(acronym: str, words: tuple[str, ...]) -> bool:
    """Is ``acronym`` the initials of a later part of ``words`` rather than of all of them
    ("TNI" in "Undang-Undang Tentara Nasional Indonesia")? Not of a ministry, which goes by
    its portfolio's initials ("Department of Health and Human Services (HHS)", "Kementerian
    Energi dan Sumber Daya Mineral (ESDM)")."""
    if _initials(" ".join(words)) == acronym or words[0].lower() in _MINISTRY_HEADS:
        return False
    return any(_initials(" ".join(words[k:])) == acronym for k in range(1, len(words) - 1))


def _merge_mention_groups(of_mention: dict[int, _Group], into: int, mention: int) -> None:
    """Merge the group of ``mention`` into that of the mention ``into``, keeping
    ``of_mention`` (each mention's group) up to date."""
    target, source = of_mention[into], of_mention[mention]
    if target is not source and source.mentions:
        target.absorb(source)
        for i in target.mentions:
            of_mention[i] = target


#: What stands between a name and the nickname the text gives it, or the other way round:
#: "Joko Widodo, yang akrab disapa Jokowi,", "Muhammad Salah alias Mo", "Petroliam Nasional
#: Berhad, better known as Petronas", "Corruption Eradication Commission, known locally as
#: KPK", "PT Telekomunikasi Selular, yang lebih dikenal
#: sebagai Telkomsel", "Danny, sapaan akrab Mohammad Ramdhan Pomanto".
_NICKNAME_LINKS = frozenset(
    {
        "dikenal sebagai",
        "lebih dikenal sebagai",
        "dikenal dengan",
        "lebih dikenal dengan",
        "yang akrab disapa",
        "akrab disapa",
        "yang biasa disapa",
        "biasa disapa",
        "yang akrab dipanggil",
        "akrab dipanggil",
        "yang biasa dipanggil",
        "atau yang akrab disapa",
        "alias",
        "known as",
        "better known as",
        "also known as",
        "known locally as",
        "locally known as",
        "widely known as",
        "popularly known as",
        "widely called",
        "popularly called",
        "commonly known as",
        "nicknamed",
        "sapaan",
        "sapaan akrab",
    }
)
#: A nickname's aside naming no one after it, which makes it the nickname of the person
#: named before: "Roy, sapaan akrabnya, menambahkan …", "Uci, panggilan karibnya, …".
_NICKNAME_ASIDE = re.compile(
    r",\s*(?:sapaan|panggilan)(?:\s+(?:akrab|karib))?(?:nya|\s+(?:beliau|dia))\s*[,.]"
)
#: Words of which one is in each of them: a cheap test for any in a text.
_NICKNAME_CUE_WORDS = (
    "disapa",
    "dipanggil",
    "alias",
    "known as",
    "called",
    "known locally",
    "nicknamed",
    "dikenal",
    "sapaan",
    "panggilan",
)
#: The most words a description may take between a name and its nickname link: "Petroliam
#: Nasional Berhad, the state oil firm better known as Petronas".
_NICKNAME_DESCRIPTION_WORDS = 5


def _merge_nicknames(text: str, entities: list[Entity], groups: list[_Group]) -> None:
    """Merge a nickname into the person or organisation the text says has it ("Joko
    Widodo, yang akrab disapa Jokowi"): only then is "Jokowi" Joko Widodo. A person
    described by their nickname ("Pria yang akrab disapa Gus Ipul itu …", "papar pria yang
    akrab disapa Gus Ipul itu") is the person named last, whatever came between, and so is
    a person whose nickname an aside says is theirs ("Uci, panggilan karibnya, …"; an aside
    with "sapaan" is :func:`_merge_described_nicknames`' to read)."""
    of_mention: dict[int, _Group] | None = None  # each mention's group, once one merges
    last_person: int | None = None
    for nxt in range(1, len(entities)):
        prev = nxt - 1
        if entities[prev].label == "PER":
            last_person = prev
        start = entities[nxt].start
        tail = text[max(entities[prev].end, start - _NICKNAME_REACH) : start]
        after = entities[nxt].end
        if _NICKNAME_ASIDE.match(text, after) and not _NICKNAME_OF_LAST_PERSON.match(text, after):
            owner, quoted = last_person, False  # "Uci, panggilan karibnya, …": the one before
        elif not any(word in tail for word in _NICKNAME_CUE_WORDS):
            continue
        else:
            full = _nickname_owner(tail, start - entities[prev].end <= _NICKNAME_REACH)
            owner = prev if full == "before" else last_person if full == "person" else None
            quoted = any(mark in tail[-_QUOTED_REACH:] for mark in _NICKNAME_QUOTES)
        if owner is not None and _may_be_nickname(entities[owner], entities[nxt], quoted):
            if of_mention is None:
                of_mention = {i: g for g in groups for i in g.mentions}
            if _word_count(entities[nxt].text) > _word_count(entities[owner].text):
                owner, nxt = nxt, owner  # "Danny, sapaan akrab Mohammad Ramdhan Pomanto"
            _merge_mention_groups(of_mention, owner, nxt)


def _merge_other_names(text: str, entities: list[Entity], groups: list[_Group]) -> None:
    """Merge a person's other name given after "atau" ("Edhie Baskoro Yudhoyono atau
    Ibas") into that person (see :func:`_is_person_or_nickname`);
    only the mentions on either side of each " atau " are looked at."""
    ending = {ent.end: i for i, ent in enumerate(entities)}
    starting = {ent.start: i for i, ent in enumerate(entities)}
    of_mention: dict[int, _Group] | None = None
    at = text.find(" atau ")
    while at >= 0:
        full, nick = ending.get(at), starting.get(at + len(" atau "))
        if full is not None and nick is not None and _is_person_or_nickname(entities, full, nick):
            if of_mention is None:
                of_mention = {i: g for g in groups for i in g.mentions}
            _merge_mention_groups(of_mention, full, nick)
        at = text.find(" atau ", at + 1)


def _is_person_or_nickname(entities: list[Entity], full: int, nick: int) -> bool:
    """True when "X atau Y" gives a person's other name, not a choice between two people:
    a full name of two words or more, then one word that is no word of any other person's
    full name in the text ("Edhie Baskoro Yudhoyono atau Ibas"; not "Anies Baswedan atau
    Ganjar" where Ganjar Pranowo is named too). Initials after "atau" ("Jusuf Kalla atau
    JK") were joined already, as a definition (see :func:`_defines`)."""
    name, other = entities[full], entities[nick]
    if name.label != "PER" or " " not in name.text or " " in other.text:
        return False
    if other.label != "PER":
        return False
    return not any(
        ent.label == "PER" and " " in ent.text and other.text in ent.text.split()
        for ent in entities
        if ent.text != name.text
    )


def _are_initials_of(acronym: str, name: str) -> bool:
    """True when ``acronym`` is the initials of a person's ``name`` ("JK" of Jusuf Kalla,
    "SBY" of Susilo Bambang Yudhoyono), perhaps after a form of address's ("KDM", Kang Dedi
    Mulyadi), which the tagger may read as a body's."""
    return _is_acronym(acronym) and _letters(acronym).endswith(_initials(name, frozenset()))


def _word_count(text: str) -> int:
    """How many words ``text`` has: the full name of a nickname's pair has more."""
    return text.count(" ") + 1


#: After a nickname, the Indonesian words that call it the nickname of the person the text
#: named last, not of a name that follows: "kata Ani, sapaan akrabnya", "ujar Ani, sapaan
#: akrab sang menteri" (but "Danny, sapaan akrab Mohammad Ramdhan Pomanto" names him).
_NICKNAME_OF_LAST_PERSON = re.compile(r",\s*sapaan(?:nya|\s+akrab(?:nya\b|\s+[a-z]))")


def _merge_described_nicknames(text: str, entities: list[Entity], groups: list[_Group]) -> None:
    """Merge a one-word person's name that the words after it call a nickname of someone
    described, not named ("kata Ani, sapaan akrabnya", "Ani, sapaan akrab sang menteri"),
    into a person of two words or more named before it: the one whose name it clips ("Ani"
    of Sri Mulyani, though the vice-minister was named since), else the one named last."""
    of_mention: dict[int, _Group] | None = None
    named: list[int] = []  # the people of two words or more named so far
    for i, ent in enumerate(entities):
        if ent.label != "PER":
            continue
        if " " in ent.text:
            named.append(i)
        elif named and _NICKNAME_OF_LAST_PERSON.match(text, ent.end):
            if of_mention is None:
                of_mention = {k: g for g in groups for k in g.mentions}
            nick = ent.text.lower()
            clipped = [
                k
                for k in named
                if any(_is_clipping(nick, w) for w in entities[k].text.lower().split())
            ]
            owner = _one_name_among(entities, clipped)
            _merge_mention_groups(of_mention, named[-1] if owner is None else owner, i)


def _one_name_among(entities: list[Entity], mentions: list[int]) -> int | None:
    """The longest of ``mentions`` when the others are all its short forms ("Sri Mulyani"
    of "Sri Mulyani Indrawati"), so that they name one person; else None."""
    if not mentions:
        return None
    longest = max(mentions, key=lambda k: _word_count(entities[k].text))
    words = set(entities[longest].text.split())
    return longest if all(words.issuperset(entities[k].text.split()) for k in mentions) else None


def _nickname_owner(tail: str, tail_is_gap: bool) -> str | None:
    """Whose nickname follows ``tail`` (the text before it): "person" (the person named
    last) when a person is described by it ("pria yang akrab disapa"), "before" (the mention
    just before) when ``tail`` is all the gap since that mention and ends in a nickname link,
    perhaps after a short description ("Anthony Jackson, known as “The Hammer”"); else None.
    A title before the link describes a person too ("Gubernur yang akrab disapa KDM")."""
    link = tail.translate(_NICKNAME_GAP_MARKS).lower().split()
    if link and (link[-1] == "the" or link[-1] in COURTESY_TITLES):
        link.pop()  # "known as “The Hammer”", "disapa Bang Doel": left out of the name
    for k in range(max(0, len(link) - _NICKNAME_LINK_WORDS), len(link)):
        if " ".join(link[k:]) not in _NICKNAME_LINKS:
            continue
        if k > 0 and (link[k - 1] in _NICKNAMED_PERSON_WORDS or is_title_word(link[k - 1])):
            return "person"  # (also an office: "Gubernur yang akrab disapa KDM")
        if tail_is_gap and k <= _NICKNAME_DESCRIPTION_WORDS:
            return "before"
        return None
    return None


#: How far before a nickname its link may start, and the most words a link has.
_NICKNAME_REACH = 60
_NICKNAME_LINK_WORDS = 4
#: Quote marks that may open a nickname, and how far before it (past "The ") they may be.
_NICKNAME_QUOTES = "\"\u201c\u2018'"
_QUOTED_REACH = 6
#: Marks that may stand around a nickname link without changing it: commas, quote marks.
_NICKNAME_GAP_MARKS = str.maketrans(dict.fromkeys(",\u201d\u2019" + _NICKNAME_QUOTES, " "))
#: Words that describe a person by the nickname that follows: "pria yang akrab disapa".
_NICKNAMED_PERSON_WORDS = frozenset(
    "pria lelaki laki-laki wanita perempuan sosok politikus politisi pengusaha man woman".split()
)


def _may_be_nickname(full: Entity, nick: Entity, quoted: bool) -> bool:
    """A nickname has its owner's label ("a trader known as Tesla" is no nickname of hers),
    but a person's nickname in quote marks may be tagged otherwise, as it is often an
    ordinary phrase ("known as “The Hammer”"), and so may a person's initials, read as a
    body's ("Kalla, popularly known as JK")."""
    if full.label == "PER" and (quoted or _is_acronym(nick.text)):
        return nick.label in ("PER", "ORG", "MISC")
    return full.label == nick.label and full.label in ("PER", "ORG")


def _merge_short_forms(doc: Doc, entities: list[Entity], groups: list[_Group]) -> list[_Group]:
    """Move short-form mentions to the longer name they belong to (pass 4)."""
    by_word = _longer_names_by_word(groups)
    if not by_word:
        return groups  # no name of two words or more: nothing is short for another
    # A name several people share waits until every other short form has found its owner:
    # "Rupert" named last before "Murdoch" counts only once it is Rupert Murdoch's.
    shared: list[tuple[_Group, list[_Group]]] = []
    unmatched: list[_Group] = []  # people whose name no longer name has ("Jokowi")
    for group in groups:
        if not group.mentions:
            continue
        forms, label = group.forms, group.label
        written = group.written
        longer = _longer_names_with(by_word, _lookup_word(written))
        if longer is None and written.isupper():
            # "SUTEJO", shouted, as its Title Case form "Sutejo" is matched
            written = written.title()
            longer = _longer_names_with(by_word, _lookup_word(written))
        if (
            longer is None
            and label == "PER"
            and len(forms) > 1
            and (named := _named_form(by_word, forms)) is not None
        ):
            written, longer = named  # "Tiko, sapaan Kartika": the name the nickname was given
        if longer is None or (len(longer) == 1 and longer[0] is group):
            if label == "PER" and (longer is None or _is_addressed(written)):
                unmatched.append(group)  # (also "Cak Imin", whose "Imin" only it has)
            continue  # (the usual case: no longer name has the word)
        form = _unaccented(written)
        # (Its acronyms aside: "Bank Rakyat Indonesia" with "BRI" still goes to "PT Bank
        # Rakyat Indonesia (Persero) Tbk.".)
        # (Nor its one-word nicknames, when it has a longer name: "Sri Mulyani" with "Ani"
        # goes to "Sri Mulyani Indrawati".)
        if (
            len(forms) > 1
            and not (label == "PER" and all(" " not in f for f in forms))
            and len(
                {
                    _form_and_key(f, label)[1]
                    for f in forms
                    if not _is_acronym(f) and (" " in f or " " not in written)
                }
            )
            != 1
        ):
            continue  # (a person's one-word names, a nickname and a short form, go on)
        words = form.split()
        fits = [
            g
            for g in longer
            if g is not group
            and g.label == group.label
            and g.mentions
            and (g.key is None or g.key == group.key or _may_shorten_known(group))
            and any(_is_short_form(words, _unaccented(f).split(), label) for f in g.forms)
        ]
        if label == "LOC" and form in _TWIN_CITIES:
            fits = _without_regencies(doc.text, entities, group, fits)
        if not fits:
            if (owner := _owner_of_another_label(doc.text, entities, group, longer)) is not None:
                owner.absorb(group)
            continue
        if len(fits) > 1 and (form.lower() in ORG_HEADS or _local_in_several(words, fits)):
            continue  # "the Bank" where the Bank of England and the Bank of Japan are named
        if group.label != "PER" or len(fits) == 1:
            fits[0].absorb(group)
        else:
            shared.append((group, fits))
    for group, fits in shared:
        fits = [g for g in fits if g.mentions]  # (a namesake may have gone to a longer one)
        if len(fits) == 1:
            fits[0].absorb(group)
        elif fits:
            _share_among_namesakes(doc, entities, group, fits)
    if unmatched:
        _merge_syllable_nicknames(unmatched, groups)
        _merge_clipped_names(doc.text, entities, unmatched, groups)
    return groups


def _named_form(
    by_word: dict[str, list[_Group]], forms: dict[str, int]
) -> tuple[str, list[_Group]] | None:
    """The one-word form of a person's group that a longer name has ("Kartika" of "Tiko"
    and "Kartika", where "Kartika Wirjoatmodjo" is named), with the groups of those longer
    names; or None."""
    for form in forms:
        if " " in form:
            continue
        if (longer := _longer_names_with(by_word, _lookup_word(form))) is not None:
            return form, longer
    return None


def _merge_syllable_nicknames(unmatched: list[_Group], groups: list[_Group]) -> None:
    """Merge a one-word person's name (of the ``unmatched``, no part of a longer name) made
    of the first syllables of another person's names, the Indonesian way ("Jokowi" of "Joko
    Widodo", "Zulhas" of "Zulkifli Hasan"), into that person when only one person's name
    fits. Forms differing only by case are one ("Jokowi" and a headline's "JOKOWI")."""
    nicknames = [
        g
        for g in unmatched
        if " " not in g.written
        and _may_be_syllable_nickname(g.written)
        and len({f.casefold() for f in g.forms}) == 1
    ]
    if not nicknames:
        return  # (the usual case: the full names are worked out only once one may be)
    full_names = [
        (words, g)
        for g in groups
        if g.label == "PER" and g.mentions
        for f in g.forms
        if " " in f and (words := tuple(f.lower().split()))
    ]
    # A nickname begins as one of the names before the last does: a cheap first test.
    beginnings = {w[:_MIN_SYLLABLE_LETTERS] for words, _ in full_names for w in words[:-1]}
    for group in nicknames:
        nick = group.written.lower()
        if nick[:_MIN_SYLLABLE_LETTERS] not in beginnings:
            continue
        owners = [g for words, g in full_names if _is_syllable_nickname(nick, words)]
        if owners and owners[0] is not group and all(g is owners[0] for g in owners):
            owners[0].absorb(group)


def _merge_clipped_names(
    text: str, entities: list[Entity], unmatched: list[_Group], groups: list[_Group]
) -> None:
    """Merge a one-word name that an Indonesian form of address calls someone by, cut from
    the start or end of one word of another person's name ("Bu Mega" of Megawati
    Soekarnoputri, "Bu Risma" of Tri Rismaharini, "Pak Harto" of Soeharto, "Cak Imin" of
    Muhaimin Iskandar), into that person when only one person's name fits. Without the
    form of address a short name is no clipping ("Ani" is not "Rahmani")."""
    addressed = [(g, nick) for g in unmatched if (nick := _addressed_name(text, entities, g))]
    if not addressed:
        return  # (the usual case)
    names = [
        (word, g)
        for g in groups
        if g.label == "PER" and g.mentions
        for f in g.forms
        for word in f.lower().split()
    ]
    for group, nick in addressed:
        owners = [g for word, g in names if g is not group and _is_clipping(nick, word)]
        if owners and group.mentions and all(g is owners[0] for g in owners):
            owners[0].absorb(group)


def _is_addressed(form: str) -> bool:
    """Does ``form`` open with a form of address ("Cak Imin")?"""
    return form.partition(" ")[0].lower() in _CLIPPING_ADDRESSES


def _addressed_name(text: str, entities: list[Entity], group: _Group) -> str | None:
    """The one-word name (lowercase) a form of address calls the person of ``group`` by:
    written in the name ("Cak Imin") or right before a mention ("Bu Risma", where the title
    is no part of the name); else None."""
    words = group.written.split()
    if len(words) == 2 and _is_addressed(group.written):
        return words[1].lower()
    if len(words) != 1 or len(group.forms) != 1:
        return None
    for i in group.mentions:
        start = entities[i].start
        before = text[max(0, start - _LONGEST_ADDRESS) : start].split()
        if text[start - 1 : start] == " " and before and before[-1].lower() in _CLIPPING_ADDRESSES:
            return words[0].lower()
    return None


#: The fewest letters of a clipped name, and the fewest a name must have beyond them.
_MIN_CLIPPED_LETTERS = 3
_MIN_CLIPPED_OFF = 2


def _is_clipping(nick: str, word: str) -> bool:
    """Is ``nick`` the start or end of the name ``word`` (both lowercase), with some letters
    cut off ("mega" of "megawati", "imin" of "muhaimin")?"""
    return (
        len(nick) >= _MIN_CLIPPED_LETTERS
        and len(word) >= len(nick) + _MIN_CLIPPED_OFF
        and (word.startswith(nick) or word.endswith(nick))
    )


@lru_cache(maxsize=1 << 12)
def _may_be_syllable_nickname(word: str) -> bool:
    """Could ``word`` be a nickname cut from syllables: one word of letters, long enough,
    and no common given name ("Robert" is no "Rosa Bertha")?"""
    low = word.lower()
    return (
        len(low) >= _MIN_NICKNAME_LETTERS
        and low.isalpha()
        and low not in MALE_NAMES
        and low not in FEMALE_NAMES
    )


#: The fewest letters of a syllable nickname, and of each name's part of it.
_MIN_NICKNAME_LETTERS = 5
_MIN_SYLLABLE_LETTERS = 2


@lru_cache(maxsize=1 << 12)
def _is_syllable_nickname(nick: str, words: tuple[str, ...]) -> bool:
    """Is ``nick`` the beginnings of two or more names in a row of ``words`` (all
    lowercase), each at least two letters ("joko" + "wi" of "joko widodo")?"""
    if nick in words:
        return False
    return any(_starts_of(nick, words, k, 0) for k in range(len(words) - 1))


def _starts_of(rest: str, words: tuple[str, ...], k: int, used: int) -> bool:
    """Is ``rest`` the beginnings of ``words[k]``, ``words[k + 1]``… (two at least, with
    the ``used`` ones before)?"""
    if not rest:
        return used >= 2
    if k == len(words):
        return False
    word = words[k]
    return any(
        word.startswith(rest[:n]) and _starts_of(rest[n:], words, k + 1, used + 1)
        for n in range(min(len(word), len(rest)), _MIN_SYLLABLE_LETTERS - 1, -1)
    )


#: The labels the entity finder mistakes for each other on a name's one-word short form:
#: "Cook" tagged an organisation after "Tim Cook", "Post" a person after "The Washington
#: Post".
_MISTAKEN_LABELS = {"PER": "ORG", "ORG": "PER"}


def _owner_of_another_label(
    text: str, entities: list[Entity], group: _Group, longer: list[_Group]
) -> _Group | None:
    """The longer name of the other label (of person and organisation) that ``group``, one
    word, is the short form of, when it is the only name of the text with that word. A
    person's name is found by its given name ("Nadiem"): a surname may be a firm or team
    named after them ("Williams" is not Frank Williams); an organisation's by its last
    word, after "the", only ("the Post"): a first word is more often a person the body is
    named after ("Trump" is not the Trump Organization), and a word opening a sentence may
    be none ("Farmers in Somerset …")."""
    other = _MISTAKEN_LABELS.get(group.label)
    if other is None or len(group.forms) != 1 or group.key is not None:
        return None
    word = group.written
    if " " in word or _is_acronym(word):
        return None
    owners = [g for g in longer if g is not group and g.mentions]
    if len(owners) != 1 or owners[0].label != other:
        return None
    if other == "PER" and not all(f.split()[0] == word for f in owners[0].forms if " " in f):
        return None
    if other == "ORG" and not (
        all(f.split()[-1] == word for f in owners[0].forms if " " in f)
        and all(
            text[max(entities[i].start - 4, 0) : entities[i].start] in _THE for i in group.mentions
        )
    ):
        return None
    return owners[0]


#: "the" written before a name.
_THE = frozenset({"the ", "The "})


def _may_shorten_known(group: _Group) -> bool:
    """May ``group`` be the short form of a name the gazetteer knows? An organisation the
    gazetteer does not know may ("City" of "Manchester City"); a place may not ("Korea" is
    not surely "Korea Selatan")."""
    return group.label == "ORG" and group.key is None


#: How many sentences back a namesake still counts as just named.
_NAMESAKE_SENTENCES = 10


def _share_among_namesakes(
    doc: Doc, entities: list[Entity], group: _Group, fits: list[_Group]
) -> None:
    """Give each mention of a name several people share ("Hartley" of "Michael Hartley" and
    "James Hartley") to one of them, as news style has writers do:

    1. the one named in full earlier in the same sentence;
    2. else not one the sentence calls by the given name alone ("The elder Hartley got
       six years, while James was given five"), and one whose given name fits the courtesy
       title before the mention ("Mr Kennedy" is not Caroline Kennedy);
    3. of those, the parent for "the elder Hartley", the child for "the younger Hartley"
       (see :func:`_by_generation`);
    4. else the only one named earlier in the paragraph (a writer keeps to the person the
       paragraph is about: "His brother, Phil Neville, disagreed. Phil said …"), or the
       only one named in full in the sentence before in the paragraph ("Presiden Prabowo
       Subianto memuji Polri. Prabowo meminta …" is not Listyo Sigit Prabowo);
    5. else, preferring the ones not introduced as someone's relative ("his sister, Ellie
       Reeves"), then the ones named in the last few sentences, the most mentioned, the
       story's main figure ("Murdoch" after a paragraph on his children); on a tie the one
       named last before the mention, else the one named first.
    """
    everyone = range(len(fits))
    # Each namesake's sorted mention starts (found by bisection, kept up to date).
    starts = [sorted(entities[m].start for m in g.mentions) for g in fits]
    in_full = [
        sorted(entities[m].start for m in g.mentions if " " in entities[m].text) for g in fits
    ]
    given = [{f.split()[0] for f in g.forms if " " in f} for g in fits]
    sentence_starts = [s.start for s in doc.sentences] or [0]
    for i in list(group.mentions):
        start = entities[i].start
        sent = max(bisect.bisect_right(sentence_starts, start) - 1, 0)
        # Where each namesake was named last before this mention (-1: not yet).
        last = [named[p - 1] if (p := bisect.bisect_left(named, start)) else -1 for named in starts]
        # Where each was last named in full: a given name alone earlier in the sentence
        # ("“Daniel signed every transfer,” the younger Okafor said") rules its bearer out
        # (step 2), it does not point to them.
        full = [
            named[p - 1] if (p := bisect.bisect_left(named, start)) else -1 for named in in_full
        ]
        k = max(everyone, key=full.__getitem__)
        if full[k] < sentence_starts[sent]:
            alone = _given_names_in_sentence(doc, entities, sent) - {entities[i].text}
            pool = [c for c in everyone if not given[c] & alone] or list(everyone)
            if gender := _courtesy_gender(doc.text, start):
                pool = [c for c in pool if _gender_of_given(given[c]) == gender] or pool
            paragraph = doc.text.rfind("\n", 0, start) + 1
            in_paragraph = [c for c in pool if last[c] >= paragraph]
            before = max(sentence_starts[max(sent - 1, 0)], paragraph)
            in_full_before = [c for c in pool if _named_between(in_full[c], before, start)]
            generation = _generation_before(doc.text, start)
            elder = (
                _by_generation(doc.text, entities, fits, pool, generation) if generation else None
            )
            if elder is not None:
                k = elder
            elif len(in_paragraph) == 1:
                k = in_paragraph[0]
            elif len(in_full_before) == 1:
                k = in_full_before[0]
            else:
                pool = [
                    c
                    for c in pool
                    if not _introduced_as(RELATIVE_WORDS, doc.text, entities, fits[c])
                ] or pool
                lately = sentence_starts[max(sent - _NAMESAKE_SENTENCES, 0)]
                pool = [c for c in pool if last[c] >= lately] or pool
                k = max(pool, key=lambda c: (len(fits[c].mentions), last[c], -starts[c][0]))
        fits[k].add(i, _form_and_key(entities[i].text, "PER")[0])
        bisect.insort(starts[k], start)
    group.mentions, group.forms = [], {}


def _named_between(named: list[int], since: int, until: int) -> bool:
    """Does a start in the sorted ``named`` lie in [``since``, ``until``)?"""
    p = bisect.bisect_left(named, since)
    return p < len(named) and named[p] < until


#: Words before a surname that tell a parent ("the elder Murdoch") from a child ("the
#: younger Murdoch") of that name.
_GENERATION_WORDS = {"elder": "parent", "older": "parent", "younger": "child"}
#: How many words may stand between the word introducing a relative and the name ("his
#: son, Owen Garland", "her younger sister Serena Williams"; not "the son of President Joe
#: Biden").
_RELATIVE_REACH = 1


def _generation_before(text: str, start: int) -> str | None:
    """ "parent" or "child", as the word right before ``start`` says ("the elder …")."""
    before = text[max(start - 9, 0) : start].split()
    return _GENERATION_WORDS.get(before[-1].lower()) if before else None


def _by_generation(
    text: str, entities: list[Entity], fits: list[_Group], pool: list[int], generation: str
) -> int | None:
    """The namesake in ``pool`` a generation word points to: the ones the text introduces
    as someone's child ("his son, Owen Garland") are the children, as someone's parent
    ("their father, Richard Williams") the parents; the parent is the first named of the
    parents (else of those not children), a child the most mentioned of the children (else
    of those not named first). None when the text introduces none of them as a parent or a
    child: then who is older is not told ("Wang Lei … founder Wang Jianguo … The elder
    Wang"), and the one the paragraph is about is meant."""
    first = [min(entities[m].start for m in fits[c].mentions) for c in range(len(fits))]
    children = [c for c in pool if _introduced_as(CHILD_WORDS, text, entities, fits[c])]
    parents = [c for c in pool if _introduced_as(PARENT_WORDS, text, entities, fits[c])]
    if not children and not parents:
        return None
    if generation == "parent":
        elders = parents or [c for c in pool if c not in children] or pool
        return min(elders, key=first.__getitem__)
    eldest = min(pool, key=first.__getitem__)
    younger = children or [c for c in pool if c != eldest] or pool
    return max(younger, key=lambda c: len(fits[c].mentions))


def _introduced_as(
    relations: frozenset[str], text: str, entities: list[Entity], group: _Group
) -> bool:
    """Does one of the words for ``relations`` stand right before one of ``group``'s
    mentions ("his son, Owen Garland") or open an apposition after it ("Hunter Biden, the
    younger son of …")?"""
    for m in group.mentions:
        start, end = entities[m].start, entities[m].end
        before = text[max(start - _RELATIVE_CHARS, 0) : start].replace(",", " ").lower().split()
        if not relations.isdisjoint(before[-1 - _RELATIVE_REACH :]):
            return True
        after = text[end : end + _RELATIVE_CHARS]
        if after.startswith(",") and not relations.isdisjoint(
            after[1:].lower().split()[:_APPOSITION_REACH]
        ):
            return True
    return False


#: How many words of an apposition may come before the word introducing a relative ("the
#: younger son").
_APPOSITION_REACH = 3
#: How many characters before a name to look for the word introducing a relative.
_RELATIVE_CHARS = 30


def _courtesy_gender(text: str, start: int) -> str | None:
    """The gender ("m", "f") the courtesy title right before ``start`` gives ("Mr", "Bu")."""
    before = text[max(start - 8, 0) : start].split()
    word = before[-1].lower() if before else ""
    if word not in COURTESY_TITLES:
        return None
    return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None


def _gender_of_given(names: set[str]) -> str | None:
    """The gender common given ``names`` tell ("Robert" → "m"), if any."""
    lowered = {name.lower() for name in names}
    return "m" if lowered & MALE_NAMES else "f" if lowered & FEMALE_NAMES else None


def _given_names_in_sentence(doc: Doc, entities: list[Entity], sent: int) -> set[str]:
    """The one-word person mentions of sentence ``sent`` ("James", "Budi")."""
    since = doc.sentences[sent].start if doc.sentences else 0
    until = doc.sentences[sent].end if doc.sentences else len(doc.text)
    k = bisect.bisect_left(entities, since, key=_START)
    found = set()
    while k < len(entities) and entities[k].start < until:
        if entities[k].label == "PER" and " " not in entities[k].text:
            found.add(entities[k].text)
        k += 1
    return found


def _longer_names_by_word(groups: list[_Group]) -> dict[str, list[_Group]]:
    """The groups by each word of their names of two words or more (a short form is only
    ever one of those), so finding the names a short form may belong to stays linear."""
    by_word: dict[str, list[_Group]] = {}
    for g in groups:
        if not g.mentions:
            continue
        for form in g.forms:
            for word in _longer_name_words(form):
                named = by_word.setdefault(word, [])
                if not named or named[-1] is not g:
                    named.append(g)
    return by_word


def _longer_names_with(by_word: dict[str, list[_Group]], word: str) -> list[_Group] | None:
    """The groups with names of two words or more that have ``word``; a surname joined to
    a small particle is found however a sentence writes the particle ("Al-Sisi" for "Abdel
    Fattah al-Sisi")."""
    found = by_word.get(word)
    if found is None and "-" in word:
        found = by_word.get(_uncapitalised(word))
    return found


def _uncapitalised(word: str) -> str:
    """``word`` with its first letter in small letters: "Al-Sisi" → "al-Sisi"."""
    return word[:1].lower() + word[1:]


@lru_cache(maxsize=1 << 14)
def _longer_name_words(form: str) -> tuple[str, ...]:
    """The words of a name of two words or more, accents left out; none of a shorter one."""
    return tuple(_unaccented(form).split()) if " " in form else ()


@lru_cache(maxsize=1 << 14)
def _lookup_word(written: str) -> str:
    """The word a short form, as written, is looked up by (accents left out): a distinctive
    one, as "PT" or "Kabupaten" would bring every company or regency of the text."""
    form = _unaccented(written)
    if " " not in form:
        return form
    words = form.split()
    for word in words:
        low = word.lower()
        if low not in _CUE_WORDS and low not in _NAME_PARTICLES and low not in _NAME_HONORIFICS:
            return word
    return words[0]


#: Honorifics written before the name a person goes by, kept in it ("Gus Dur" is no "Dur",
#: unlike "Pak Budi", see :data:`~reader.analysis.titles.COURTESY_TITLES`) but left out
#: when matching it to a full name: "Gus Yahya" is Yahya Cholil Staquf.
_NAME_HONORIFICS = frozenset(
    "gus cak ning kiai kyai habib ustaz ustadz buya abah daeng bli".split()
)

#: Indonesian forms of address (courtesy titles and :data:`_NAME_HONORIFICS`) that call
#: people by a clipped name, and the longest of them with a space.
_CLIPPING_ADDRESSES = INDONESIAN_COURTESY_TITLES | _NAME_HONORIFICS
_LONGEST_ADDRESS = 8


#: Head and tail words of names ("PT", "Kabupaten", "Tbk"): too common to look names up by.
_CUE_WORDS = ORG_HEADS | PLACE_HEADS | ORG_TAILS


def _is_short_form(short: list[str], full: list[str], label: str) -> bool:
    """Is ``short`` a shorter way to write ``full`` for an entity of ``label``?"""
    if len(short) > 1 and label == "PER" and short[0].lower() in _NAME_HONORIFICS:
        short = short[1:]  # "Gus Yahya" is matched as "Yahya"
    if not short or len(short) >= len(full):
        return False
    if label == "PER":
        return _is_short_personal_name(short, full)
    if (
        label == "ORG"
        and len(short) == 1
        and _without_legal_forms(full)[-1:] == short
        and full[0] != short[0]
        and not _is_acronym(short[0])
        and not _is_place(short[0])  # ("Rovers", not "Madrid")
        and short[0] not in _CHAMBERS
        and not _is_unit_of(short[0], full)
    ):
        # A club, paper or firm by its last word: "City" for "Manchester City", "Post" for
        # "The Washington Post", "Disney" for "Walt Disney Co."; but not the body a unit
        # belongs to ("DPR" is not "Komisi V DPR", "Polri" is not "Korlantas Polri"), a place
        # ("Madrid" is not Real Madrid) nor a chamber ("House" is not the White House).
        return True
    if label == "ORG" and short == full[:-1] and _is_unit_of(full[-1], full):
        return True  # "Korlantas" for "Korlantas Polri": the unit without its parent
    if label == "ORG" and short[0].lower() in _HEAD_ABBREVIATIONS:
        # "Pemprov DKI" for "Pemerintah Provinsi DKI Jakarta"
        return _same_words_key(" ".join(full)).startswith(_same_words_key(" ".join(short)) + " ")
    if label == "ORG" and _is_name_before_place(short, full):
        return True
    if label == "ORG" and _is_local_body_without_region(short, full):
        return True
    if label == "ORG" and _is_branch_without_region_head(short, full):
        return True
    if label == "ORG" and short[0].isupper() and _acronym_and_name_after(full) == short:
        return True  # "RSUD Dr. Soetomo" for "Rumah Sakit Umum Daerah (RSUD) Dr. Soetomo"
    for core in _without_cue_words(tuple(full)):
        if label == "ORG" and core[: len(short)] == short and not _names_a_unit(full):
            return True  # "Kencana Agro", "Bank Mandala Raya" for "PT Bank Mandala Raya Tbk"
        if core == short and not (label == "ORG" and _names_a_unit(full)):
            return True  # "Rejang Lestari" for "Kabupaten Rejang Lestari"
    return label == "ORG" and _is_head_of_body(short, full)


def _acronym_and_name_after(full: list[str]) -> list[str]:
    """The acronym a body's name defines in brackets and the words after it, which the text
    writes without the kind words: "RSUD Dr. Soetomo" of "Rumah Sakit Umum Daerah (RSUD)
    Dr. Soetomo" (empty when no bracketed word stands inside the name)."""
    for k, word in enumerate(full[1:-1], 1):
        if len(word) > 3 and word[0] == "(" and word[-1] == ")" and word[1:-1].isupper():
            return [word[1:-1], *full[k + 1 :]]
    return []


def _is_head_of_body(short: list[str], full: list[str]) -> bool:
    """Is ``short`` the head word an English body named "… of …" goes by on its second
    mention ("the Bank" of "Bank of England", "the University" of "University of Leeds")?"""
    return len(short) == 1 and len(full) >= 3 and full[1] == "of" and full[0] == short[0]


#: Indonesian names that are both a city (kota) and the regency (kabupaten) around it: alone,
#: the name is the city ("Bandung" is not "Kabupaten Bandung").
_TWIN_CITIES = frozenset(
    """Bandung Bogor Bekasi Tangerang Malang Semarang Madiun Kediri Blitar Mojokerto Pasuruan
    Probolinggo Magelang Tegal Pekalongan Cirebon Sukabumi Tasikmalaya Serang Solok Kupang
    Sorong Jayapura Bima""".split()
)
#: Words that open a regency's name.
_REGENCY_HEADS = frozenset({"kabupaten", "kab.", "regency", "pemkab"})


def _is_twin_regency(head: str, place: str) -> bool:
    """Do a region's ``head`` word and ``place`` ("kabupaten", "Bogor") name the regency of a
    twin city, whose name alone stands for the city?"""
    return head in _REGENCY_HEADS and place in _TWIN_CITIES


def _without_regencies(
    text: str, entities: list[Entity], city: _Group, fits: list[_Group]
) -> list[_Group]:
    """The ``fits`` a twin ``city`` may be short for: not the regency of its name ("Bandung"
    is not "Kabupaten Bandung"), unless the regent's title comes before it ("Bupati
    Bogor")."""
    for i in city.mentions:
        if text[max(entities[i].start - 7, 0) : entities[i].start].lower().startswith("bupati"):
            return fits
    return [g for g in fits if not any(f.split()[0].lower() in _REGENCY_HEADS for f in g.forms)]


def _is_branch_without_region_head(short: list[str], full: list[str]) -> bool:
    """Is ``short`` a body's branch named without the head word of its region ("BPBD
    Lumajang" of "BPBD Kabupaten Lumajang", "KPU Medan" of "KPU Kota Medan")? Not a twin
    city's regency: alone its name is the city ("BPBD Bogor" is not "BPBD Kabupaten
    Bogor")."""
    if len(full) != len(short) + 1:
        return False
    for k in range(1, len(full) - 1):
        head = full[k].lower()
        if head in BRANCH_REGION_HEADS and full[:k] + full[k + 1 :] == short:
            return not _is_twin_regency(head, " ".join(full[k + 1 :]))
    return False


def _is_name_before_place(short: list[str], full: list[str]) -> bool:
    """Is ``short`` an organisation's name without the place it ends with ("Real" of "Real
    Madrid", "Persija" of "Persija Jakarta", "Garuda" of "Garuda Indonesia")? Not when
    ``short`` is a head word ("Bank" of "Bank Indonesia") or an acronym, which a national
    body shares with its regional offices ("KPU" and "KPU Sulawesi Selatan")."""
    rest = full[len(short) :]
    if full[: len(short)] != short or short[0].lower() in _CUE_WORDS or _is_acronym(short[0]):
        return False
    return _is_place(" ".join(rest))


def _is_local_body_without_region(short: list[str], full: list[str]) -> bool:
    """Is ``short``, a head word and a name, a regional body named without its region, or
    without its assembly and the region ("Dinas Bina Marga" of "Dinas Bina Marga DKI",
    "Komisi D" of "Komisi D DPRD DKI Jakarta")? The text names the body in full once and
    by its own name after."""
    rest = full[len(short) :]
    if (
        len(short) < 2
        or len(full) <= len(short)
        or full[: len(short)] != short
        or short[0].lower() not in ORG_HEADS
    ):
        return False
    if rest[0] in _REGIONAL_ASSEMBLIES:
        rest = rest[1:]
        if not rest:
            return True  # "Komisi D" of "Komisi D DPRD"
    return _is_place(" ".join(rest))


def _local_in_several(short: list[str], fits: list[_Group]) -> bool:
    """Is ``short`` a regional body without its region ("Dinas Pendidikan") that several of
    ``fits`` name with theirs ("… Kota Bogor", "… Kota Depok")? Then it is no one's short form:
    which office the text means is unknown."""
    regional = [
        g
        for g in fits
        if any(_is_local_body_without_region(short, _unaccented(f).split()) for f in g.forms)
    ]
    return len(regional) > 1


#: Indonesia's regional assemblies, whose standing bodies the text names without them.
_REGIONAL_ASSEMBLIES = frozenset({"DPRD", "DPRK", "DPRP"})

#: One-word names of legislative chambers that also end the names of buildings and firms:
#: "House" is not the White House nor Chatham House.
_CHAMBERS = frozenset({"House"})

#: Last words of a body's unit, whose first words name the body it belongs to: "House" is
#: not the "House Oversight Committee", nor "UN" the "UN Security Council".
_UNIT_TAILS = frozenset({"committee", "subcommittee", "council", "caucus", "panel"})


def _is_unit_of(parent: str, full: list[str]) -> bool:
    """Does ``full`` name a unit of the known body ``parent`` by the unit's own short name and
    the parent's ("Korlantas Polri", "Itjen Kemenkeu")? The parent is a body the gazetteer
    knows, and ``full`` is no other name of it ("Walt Disney" is Disney)."""
    body = gazetteer.lookup(parent)
    if body is None or body.label != "ORG":
        return False
    whole = _gazetteer_entry(" ".join(full), "ORG")
    return whole is None or whole.key != body.key


def _names_a_unit(full: list[str]) -> bool:
    """Does the name ``full`` end with a word for a unit of a larger body?"""
    return full[-1].lower() in _UNIT_TAILS


def _is_short_personal_name(short: list[str], full: list[str]) -> bool:
    """ "Trump" / "Donald" for "Donald Trump"; "Haaland" for "Erling Braut Haaland"; the
    first names of a longer one ("Sri Mulyani" for "Sri Mulyani Indrawati") or its first
    and last ("Anindya Bakrie" for "Anindya Novyan Bakrie"), but not a father's for his
    son's ("Donald Trump" / "Donald Trump Jr"); the surnames without the given names
    ("Lopez Obrador", "Van Dijk" for "Virgil van Dijk")."""
    if len(short) == 1:
        return short[0] in full or ("-" in short[0] and _uncapitalised(short[0]) in full)
    if short[0].lower() in _NAME_PARTICLES:
        return [w.lower() for w in full[-len(short) :]] == [w.lower() for w in short]
    if full[-len(short) :] == short:
        return True
    if full[-1].rstrip(".").lower() in GENERATIONS:
        return False
    # The first names ("Sri Mulyani"), or the first and the last ("Anindya Bakrie" for
    # "Anindya Novyan Bakrie").
    return full[: len(short)] == short or (
        len(short) == 2 and short[0] == full[0] and short[1] == full[-1]
    )


#: Small words that open a surname ("Virgil van Dijk", "Ricardo de Souza"); a sentence may
#: capitalise them ("Van Dijk said").
_NAME_PARTICLES = frozenset(
    "van von der den de da das do dos di del della du le la al el bin binti ter ten".split()
)


@lru_cache(maxsize=1 << 12)
def _without_cue_words(words: tuple[str, ...]) -> list[list[str]]:
    """The name with 1, 2… leading head words ("PT", "Bank", "Kabupaten") and 0, 1, 2… tail
    words ("(Persero) Tbk.", "International") removed, each stage a possible short form."""
    ends = [len(words)]
    while ends[-1] > 1 and words[ends[-1] - 1].strip("().").lower() in ORG_TAILS:
        ends.append(ends[-1] - 1)
    stages = []
    for b in ends:
        a = 0
        while a < b - 1 and (words[a].lower() in ORG_HEADS or words[a].lower() in PLACE_HEADS):
            a += 1
            stages.append(list(words[a:b]))
        if b < len(words):
            stages.append(list(words[:b]))
    return stages


#: Brackets, which a role may hold around its body's acronym: "Ketua Umum PSSI (…)".
_BRACKETS = frozenset("()")
#: What joins the portfolios of a title: "Data dan Informasi", "Tinggi, Sains, dan …".
_LIST_WORDS = frozenset({",", "dan"})
#: Prepositions before the place an envoy is posted to, inside his role: "Duta Besar
#: Australia untuk Indonesia Rod Brazier", "Ambassador to Japan Rahm Emanuel".
_ENVOY_POSTS = frozenset({"untuk", "to"})
#: How far back from that preposition the envoy's title may stand: "Duta Besar Luar Biasa
#: dan Berkuasa Penuh" is long, "Duta Besar Australia" short.
_ENVOY_REACH = 4


class _Roles:
    """Finds the title phrase written before a person mention ("Presiden AS Donald Trump" →
    "Presiden AS", "Direktur Utama Kencana Agro, Ratna Suryaningsih" → "Direktur Utama
    Kencana Agro") or in an apposition after it ("Ridwan Kamil, gubernur Jawa Barat," →
    "gubernur Jawa Barat")."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.text = doc.text
        self.sentences = doc.sentences
        # The shared word view finds a token by one bisection over the whole text: words keep
        # the token offsets (tokens sharing offsets are one word) and the index of each part.
        self.words = words_of(doc)
        self.starts = word_starts(doc)
        # The mentions by start: whether a word lies inside a mention is asked of the few
        # words next to a person's name only, so it is looked up there (:meth:`_in_mention`)
        # rather than worked out for every mention.
        self.entities = sorted(entities, key=_START)
        self.entity_starts = list(map(_START, self.entities))

    def _in_mention(self, start: int, person: bool = False) -> bool:
        """Does the word starting at ``start`` lie inside a mention (of a person, when
        ``person``): among the words from the one at the mention's start to the last one
        ending by its end in that sentence (word ends never decrease along a sentence)? Only
        the mentions starting in its sentence before it can hold it."""
        words = self.words
        word = words[bisect.bisect_right(self.starts, start) - 1]
        opening = self.sentences[word.sent].tokens[0].start
        j = bisect.bisect_right(self.entity_starts, start) - 1
        while j >= 0 and self.entity_starts[j] >= opening:
            ent = self.entities[j]
            if word.end <= ent.end and (not person or ent.label == "PER"):
                first = self._word_at(ent.start)
                if first is not None and words[first].sent == word.sent:
                    return True
            j -= 1
        return False

    def of(self, ent: Entity) -> str | None:
        """The role written before ``ent``, else the one in an apposition after it."""
        i = self._word_at(ent.start)
        if i is None:
            return None
        word = self.words[i]
        toks = self.sentences[word.sent].tokens
        ti = word.parts[-1]  # (the last of the tokens starting there)
        return self._before(toks, ti) or self._after(toks, ti, ent.end)

    def _word_at(self, start: int) -> int | None:
        """Index of the (last) word that starts at ``start``, or None."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i if i >= 0 and self.starts[i] == start else None

    def _before(self, toks: list[Token], ti: int) -> str | None:
        """The role phrase right before the mention starting at ``toks[ti]``, or None."""
        k = ti
        if k > 0 and toks[k - 1].text == ",":
            k -= 1  # "…, Ratna": an apposition after the role
        end = k
        start = None
        while k > 0 and end - k < _MAX_ROLE_TOKENS:
            tok = toks[k - 1]
            if is_title_word(tok.text) or tok.text == "of" or self._portfolio_for(toks, k - 1):
                start = k - 1
            elif tok.text in _ENVOY_POSTS and self._envoy_title_before(toks, k - 1):
                pass  # "Duta Besar Australia untuk Indonesia": the post, in the role
            elif tok.text in _LIST_WORDS:
                # "Kepala Pusat Data dan Informasi", "Menteri Pendidikan Tinggi, Sains, …"
                if not (
                    portfolio_goes_on([t.text for t in toks[k : k + 2]], 0)
                    or (tok.text == "dan" and self._joins_unit_name(toks, k - 1))
                    # "Kepala Dinas Pertanian dan Perkebunan NTB": inside the body's name
                    or self._in_mention(tok.start)
                ):
                    break
            elif not (
                _is_capitalised_word(tok.text)
                or tok.text in _BRACKETS
                or self._in_mention(tok.start)
                # "Dandim 0832 Letkol": the number of the unit the title commands
                or (tok.text.isdigit() and k > 1 and is_title_word(toks[k - 2].text))
            ):
                # A capitalised word goes on, of a mention or of a unit's own name ("Kepala
                # Pusat Meteorologi Maritim BMKG", the "Kota" of "Wali Kota"), so it needs no
                # look-up; so does an acronym in brackets, of the body ("Ketua KPU (RI)").
                break
            k -= 1
        if start is None:
            return None
        # The role begins at the first word that opens a title ("bersama Kapolda Jabar
        # Irjen" → "Kapolda Jabar Irjen").
        words = [t.text for t in toks[start:end]]
        first = next(
            (i for i, w in enumerate(words) if may_start_title(w) and match_title(words, i) > i),
            None,
        )
        if first is None:
            return None
        begin = start + first
        # A name right before the title belongs to it: "New York City Mayor", "Tesla CEO".
        while begin > k and self._in_mention(toks[begin - 1].start):
            begin -= 1
        return self.text[toks[begin].start : toks[end - 1].end]

    def _envoy_title_before(self, toks: list[Token], k: int) -> bool:
        """Does an envoy's title ("Duta Besar", "Dubes", "Ambassador") stand among the few
        words before the preposition at ``toks[k]``, with only capitalised words between?"""
        for tok in reversed(toks[max(0, k - _ENVOY_REACH) : k]):
            if tok.text.lower() in ENVOY_TITLES:
                return True
            if not _is_capitalised_word(tok.text):
                return False
        return False

    def _portfolio_for(self, toks: list[Token], k: int) -> bool:
        """Is ``toks[k]`` the "for" between a title's head and its portfolio ("Minister for
        Foreign Affairs Penny Wong")? Not before a name ("the barrister for Kemp, Rupert
        Vale": whom he acts for)."""
        return (
            toks[k].text == "for" and k + 1 < len(toks) and not self._in_mention(toks[k + 1].start)
        )

    def _unit_name_word(self, tok: Token) -> bool:
        """Is ``tok``, inside a role phrase before a name, a capitalised word of no
        mention: of a unit's own name between its title and its body ("Kepala Pusat
        Meteorologi Maritim BMKG"), or of a title ("Wali Kota")?"""
        return _is_capitalised_word(tok.text) and not self._in_mention(tok.start)

    def _joins_unit_name(self, toks: list[Token], k: int) -> bool:
        """Does the "dan" at ``toks[k]`` join two words of a unit's own name ("Gempa Bumi
        dan Tsunami"), rather than two people ("Presiden Prabowo dan Menteri …")?"""
        return 0 < k < len(toks) - 1 and all(self._unit_name_word(toks[j]) for j in (k - 1, k + 1))

    def _after(self, toks: list[Token], ti: int, end: int) -> str | None:
        """The role in an apposition right after the mention from ``toks[ti]`` to ``end``
        ("…, the shadow housing secretary, …"), or None; not when the title introduces
        another person ("Trump, President Zelensky and …")."""
        n = len(toks)
        j = ti
        while j < n and toks[j].end <= end:
            j += 1
        if j + 1 >= n or toks[j].text != ",":
            return None
        k = j + 1
        if toks[k].text.lower() in _APPOSITION_ARTICLES:
            k += 1
        if k == n or not may_start_title(toks[k].text):
            return None  # (most commas after a name open no title)
        if self._in_mention(toks[k].start, person=True):
            return None  # "berinisial AR, MS, dan TW": another person, though "MS" is "Ms"
        words = [t.text for t in toks[k : k + _MAX_ROLE_TOKENS]]
        end = k + match_title(words, 0)
        if end == k:
            return None
        # The title's complement: names ("of") right after it, but never another person.
        while end < n and (
            self._in_mention(toks[end].start)
            or (
                toks[end].text in ("of", "for")
                and end + 1 < n
                and self._in_mention(toks[end + 1].start)
            )
        ):
            if self._in_mention(toks[end].start, person=True):
                return None
            end += 1
        return self.text[toks[k].start : toks[end - 1].end]


def _is_capitalised_word(text: str) -> bool:
    """Is ``text`` a word of letters with a capital first ("Pusat", "BMKG")?"""
    return text[:1].isupper() and text.isalpha()


def _display_name(group: _Group) -> str:
    """The fullest form: not an acronym, most words, not in capitals, then most frequent,
    then first seen; a place named only in a dateline's capitals ("LONDON", "VATICAN CITY")
    as the gazetteer writes it."""
    if len(group.forms) == 1:
        name = group.written
    else:
        forms = list(group.forms)
        name = max(
            forms,
            key=lambda f: (
                not _is_acronym(f),
                len(f.split()),
                not f.isupper(),
                group.forms[f],
                -forms.index(f),
            ),
        )
    return _uncapitalised_place(name) if group.label == "LOC" else name


def _uncapitalised_place(name: str) -> str:
    """``name`` in title case when it is written in capitals and the gazetteer knows the
    place only so ("LONDON" → "London"); acronyms it lists as written ("USA", "DKI") are
    kept. (Places only: "NICE" the health body is no city.)"""
    if not name.isupper() or gazetteer.lookup(name) is not None:
        return name
    titled = name.title()
    return titled if gazetteer.lookup(titled) is not None else name


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def _unique_slug(name: str, label: str, used: set[str]) -> str:
    """A readable id from the name ("donald-trump"), made unique with a number suffix."""
    base = _slug(name) or label.lower()
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


@lru_cache(maxsize=1 << 12)
def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_SLUG.sub("-", ascii_name.lower()).strip("-")[:60]


def _normalise(text: str) -> str:
    if "  " not in text and text.isprintable() and text[:1] != " " and text[-1:] != " ":
        return text  # the usual case: already single-spaced, no tabs or line breaks
    return " ".join(text.split())


@lru_cache(maxsize=1 << 14)
def _is_acronym(form: str) -> bool:
    letters = _letters(form)
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _is_mixed_case_acronym(form: str) -> bool:
    """True for an acronym keeping one small letter of a short word inside, as German and
    Scandinavian bodies' do ("SvTF", "KfW", "BfV"): only defined in brackets after its
    name does it name that body (its letters are not the name's English initials)."""
    return (
        3 <= len(form) <= 8
        and form.isalpha()
        and form[0].isupper()
        and form[-1].isupper()
        and sum(c.islower() for c in form) == 1
    )


def _letters(acronym: str) -> str:
    """An acronym's letters, without the marks some write between them ("U.S.", "S&P",
    "PDI-P": its full name's initials are "PDIP"), with the "o" of "of" and the "f" of
    "for" as capitals ("BoE", "TfL")."""
    letters = acronym.replace(".", "").replace("&", "").replace("-", "")
    for small in _SMALL_LINK_LETTERS:
        if small in letters[1:-1] and letters.replace(small, "").isupper():
            letters = letters.replace(small, small.upper())
    return letters


@lru_cache(maxsize=1 << 14)
def _initials(form: str, skip: frozenset[str] = _ACRONYM_SKIP) -> str:
    """ "Perserikatan Bangsa-Bangsa" → "PBB"; "United States" → "US"."""
    parts = form.replace(",", " ").replace("-", " ").split()
    return "".join(p[0].upper() for p in parts if p.lower() not in skip and p[0].isalpha())


@lru_cache(maxsize=1 << 14)
def _acronyms_of(form: str) -> tuple[str, ...]:
    """The acronyms a full name may go by: its initials, those of its words without their
    legal forms ("GM" of "General Motors Co."), those that keep its "of" or "for" ("DOJ" of
    "Department of Justice", "BoE" of "Bank of England", "TfL"), and those of the words after a
    place it opens with, in a public body's name of three words or more after the place."""
    words = form.split()
    found = [_initials(form)]
    bare = _without_legal_forms(words)
    if bare and len(bare) < len(words):
        found.append(_initials(" ".join(bare)))
    if "of" in words:
        found.append(_initials(form, _ACRONYM_SKIP_BUT_OF))
    if "for" in words:
        found.append(_initials(form, _ACRONYM_SKIP_BUT_FOR))  # "TfL"
    if (rest := _public_body_after_place(words)) is not None:
        found.append(_initials(" ".join(rest)))
    return tuple(found)


def _public_body_after_place(words: Sequence[str]) -> Sequence[str] | None:
    """The words after the state or country a public body's name opens with, three or more
    with a body's head first or last ("Department of Public Safety" of "Arizona Department
    of Public Safety", "Environmental Protection Agency"), which the body goes by alone
    ("DPS"); None for other names: "California Institute of Technology" is no "IT", nor
    "Florida Power and Light Company" a "PLC"."""
    for m in (1, 2):
        rest = words[m:]
        if len(rest) > 2 and _is_place(" ".join(words[:m])):
            heads = (rest[0].lower(), rest[-1].lower())
            return rest if any(h in EN_PUBLIC_BODY_WORDS for h in heads) else None
    return None


def _without_legal_forms(words: Sequence[str]) -> list[str]:
    """The words of a name without its legal forms (:data:`name_cues.LEGAL_FORMS`, which a
    company's acronym leaves out: "BRI" of "PT Bank Rakyat Indonesia (Persero) Tbk.") and the
    "&" before them ("Wells Fargo & Co." → "Wells Fargo")."""
    return [w for w in words if w != "&" and w.strip("().,").lower() not in LEGAL_FORMS]

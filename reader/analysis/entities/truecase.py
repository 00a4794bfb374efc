"""Capitals for a text written all in lowercase, so the entity layer can read it at all.

Every cue the entity layer reads starts from a capital letter, so a text with none (test
sets lowercase their sentences: "warga desa sukamaju di kabupaten garut …") has no names.
For such a text only, :func:`truecased` gives a copy of the document with capitals put back
where the words themselves say a name stands, and nothing else changed (every offset stays):

* a name the gazetteer knows, of two words or more, written as the gazetteer writes it
  ("jawa barat", "nahdlatul ulama", "bosnia and herzegovina" with its particle lowercase);
* a one-word place where no common word is likely: a country or an Indonesian province
  anywhere, unless its name is a common word too ("turkey", Indonesian "cuba" = try); any
  other place, those included, after a place preposition or opening a dateline ("di
  surakarta", "in turkey", "jakarta , senin"); an Indonesian province, regency or town
  takes a compass word after it ("lampung tengah"), but for "tengah" before a verb, an
  adverb there ("riau tengah membahas": "is discussing");
* in Indonesian, a listed body's acronym of three letters or more ("kpk");
* a region's head word and the name after it, as Indonesian names regions and villages: a
  place the gazetteer knows, whole ("kabupaten tanah datar", "kota ternate"), else the one
  word after the head unless it says what kind of place this is or begins like a verb
  ("kota besar", "kampung halaman", "desa menanam"), with a compass word after either
  ("kabupaten lampung tengah"); the same for a body named after its region ("polres
  bogor", "polres metro jakarta barat", "pengadilan negeri sleman") and for a region's
  government ("pemerintah kota bandung").

People are left alone: no list tells a lowercase surname from the verb after it.
"""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

from functools import lru_cache

from reader.analysis import gazetteer
from reader.analysis.doc import Doc, SentenceTokens, Token
from reader.analysis.entities.lexicon import _ID_COMPASS, _NAME_INNER_WORDS
from reader.analysis.name_cues import (
    BRANCH_HEADS,
    BRANCH_REGION_HEADS,
    FUNCTION_WORDS,
    PLACE_PREPOSITIONS,
)
from reader.analysis.predicates import ID_VERB_PREFIXES

#: Indonesian head words of regions and villages, whose next word is the region's name.
_REGION_HEADS = BRANCH_REGION_HEADS | frozenset("kecamatan kelurahan desa dusun kampung".split())
#: Indonesian courts and prosecutors, named by two words and the region they serve:
#: "kejaksaan negeri semarang", "pengadilan tinggi bandung".
_REGION_BODY_PAIRS = frozenset(
    {
        ("kejaksaan", "negeri"),
        ("kejaksaan", "tinggi"),
        ("pengadilan", "negeri"),
        ("pengadilan", "tinggi"),
        ("pengadilan", "agama"),
    }
)
#: The word Indonesia's police put between a branch's head and the capital region it serves:
#: "polda metro jaya", "polres metro bekasi".
_METRO = "metro"
#: Words after a region's head that say what kind of place it is, not which one: "kota
#: besar", "desa wisata", "kabupaten induk", "kampung halaman" (one's home town).
_REGION_KINDS = frozenset(
    """
    besar kecil baru lama tua wisata adat setempat terdekat lain lainnya mandiri tertinggal
    terpencil induk administrasi pemekaran penyangga satelit asal tujuan kami kita mereka
    sendiri halaman kelahiran sebelah tetangga
    """.split()
)
#: The compass word that is an adverb too, before a verb: "tengah menghadapi" ("is facing").
_ADVERB_COMPASS = "tengah"
#: How Indonesian verbs begin ("menanam", "dilanda", "berada", "terendam"): a word after a
#: region's head that begins so says what the region does, it does not name it ("warga desa
#: menanam"), and after a compass word it says that word is an adverb ("indonesia tengah
#: menghadapi": "is facing").
_VERB_OPENINGS = (*ID_VERB_PREFIXES, "ber", "ter")
#: Countries whose lowercase names are common words too ("the turkey was roasted", Indonesian
#: "cuba" = try, "chad" a given name): named alone only where a town would be ("in turkey").
_COUNTRY_HOMOGRAPHS = frozenset("turkey chad guinea jersey chili cuba babel".split())
#: Shortest one-word name taken from the gazetteer.
_MIN_NAME_LENGTH = 3


def truecased(doc: Doc) -> Doc | None:
    """A copy of ``doc`` with names capitalised, when its text has no capital letter at all;
    else None (a text with capitals is read as written)."""
    text = doc.text
    if not text.islower():
        return None
    chars = list(text)
    changed = False
    for sentence in doc.sentences:
        words = [t.text for t in sentence.tokens]
        i = 0
        while i < len(words):
            forms = _capitalised(words, i, english=doc.lang == "en")
            for k, form in enumerate(forms):
                token = sentence.tokens[i + k]
                if len(form) == token.end - token.start:
                    chars[token.start : token.end] = form
                    changed |= form != token.text
            i += max(1, len(forms))
    if not changed:
        return None
    cased = "".join(chars)
    return Doc(
        text=cased,
        lang=doc.lang,
        backend=doc.backend,
        sentences=[
            SentenceTokens(
                s.start,
                s.end,
                [_recased(t, cased[t.start : t.end]) for t in s.tokens],
            )
            for s in doc.sentences
        ],
        ner=doc.ner,
        has_parse=doc.has_parse,
    )


def _capitalised(words: list[str], i: int, *, english: bool) -> list[str]:
    """The words of the name that starts at ``i``, as a name is written, or [] for none.
    No acronyms in English, where the short words they spell are common ("who")."""
    word = words[i]
    if word in FUNCTION_WORDS or not word[:1].isalpha():
        return []
    known = _known_name(words, i, shortest=1)
    if known is not None and len(known[0]) > 1:
        if _indonesian_region(known[1]):
            return _with_compass(words, i + len(known[0]), known[0])  # "kota bandung barat"
        return known[0]  # "jawa barat", "amerika serikat", "bosnia and herzegovina"
    if word == "pemerintah" and i + 1 < len(words) and words[i + 1] in _REGION_HEADS:
        region = _capitalised(words, i + 1, english=english)
        if region:
            return [word.title(), *region]  # "pemerintah kota bandung": its government
    if tuple(words[i : i + 2]) in _REGION_BODY_PAIRS and i + 2 < len(words):
        name = _region_name(words, i + 2)
        if name:
            return [word.title(), words[i + 1].title(), *name]  # "kejaksaan negeri semarang"
    prev = words[i - 1] if i else ""
    if word in BRANCH_HEADS and words[i + 1 : i + 2] == [_METRO] and i + 2 < len(words):
        name = _region_name(words, i + 2)
        if name:
            return [word.title(), _METRO.title(), *name]  # "polres metro jakarta barat"
    if ((word in _REGION_HEADS and prev != "wali") or word in BRANCH_HEADS) and i + 1 < len(words):
        name = _region_name(words, i + 1)
        if name:
            return [word.title(), *name]  # "kabupaten garut", "desa sukamaju"
    place = _known_alone(words, i, known)
    if place is not None:
        if _indonesian_region(place):
            return _with_compass(words, i + 1, [word.title()])  # "lampung tengah"
        return [word.title()]
    acronym = word.upper()
    if (
        not english
        and len(word) >= _MIN_NAME_LENGTH
        and word.isalpha()
        and gazetteer.lookup(acronym) is not None
    ):
        return [acronym]  # "kpk", "dpr", "nato"
    return []


def _known_name(
    words: list[str], i: int, *, shortest: int
) -> tuple[list[str], gazetteer.Place] | None:
    """The longest gazetteer name of ``shortest`` words or more at ``i``, as it is written,
    with its entry. A name's inner particles stay lowercase ("Bosnia and Herzegovina",
    "Bank of America"); a word no name begins with is passed over at once, as most are."""
    if words[i] not in _lowercase_first_words():
        return None
    for size in range(min(gazetteer.MAX_NAME_TOKENS, len(words) - i), shortest - 1, -1):
        titled = [w.title() for w in words[i : i + size]]
        inner = words[i + 1 : i + size]
        forms = [titled]
        if any(w in _NAME_INNER_WORDS for w in inner):
            forms.append([titled[0], *(w if w in _NAME_INNER_WORDS else w.title() for w in inner)])
        for form in forms:
            place = gazetteer.lookup(" ".join(form))
            if place is not None:
                return form, place
    return None


@lru_cache(maxsize=1)
def _lowercase_first_words() -> frozenset[str]:
    """The first words of the gazetteer's names, lowercased (built once)."""
    return frozenset(word.lower() for word in gazetteer.first_words())


def _region_name(words: list[str], j: int) -> list[str]:
    """The name after a region's head at ``j`` (with a compass word after it), capitalised,
    or [] when a common word follows the head. A place the gazetteer knows is taken first,
    whole ("kabupaten tanah datar") and whatever its first letters ("kota ternate"); any
    other word is taken unless it says what kind of place this is or begins like a verb."""
    word = words[j]
    if not word.isalpha() or word in FUNCTION_WORDS:
        return []
    known = _known_name(words, j, shortest=1)
    if known is not None and len(known[0]) > 1:
        return _with_compass(words, j + len(known[0]), known[0])
    if word in _REGION_KINDS or word in _REGION_HEADS or word in _ID_COMPASS:
        return []
    if (known is None or known[1].label != "LOC") and word.startswith(_VERB_OPENINGS):
        return []
    return _with_compass(words, j + 1, [word.title()])


def _with_compass(words: list[str], k: int, name: list[str]) -> list[str]:
    """``name`` with the compass word at ``k`` added, which ends an Indonesian region's name
    ("lampung tengah", "jakarta barat menangkap"), unless ``name`` ends in one already or it
    is "tengah" before a verb: then it is an adverb ("riau tengah menghadapi", "is facing")."""
    if k >= len(words) or words[k] not in _ID_COMPASS or name[-1].lower() in _ID_COMPASS:
        return name  # "jawa barat selatan": the south of one
    if (
        words[k] == _ADVERB_COMPASS
        and words[k + 1 : k + 2]
        and words[k + 1].startswith(_VERB_OPENINGS)
    ):
        return name
    return [*name, words[k].title()]


def _indonesian_region(place: gazetteer.Place) -> bool:
    """Is ``place`` an Indonesian province, regency or town, whose parts are named by a
    compass word after it ("jawa tengah", "jakarta utara"), unlike a country's?"""
    return place.key.startswith(("sub:ID-", "regency:")) or gazetteer.is_home_city(place)


def _known_alone(
    words: list[str], i: int, known: tuple[list[str], gazetteer.Place] | None
) -> gazetteer.Place | None:
    """The place the lowercase word at ``i`` names on its own (``known``: the gazetteer's
    name there, if any), where a common word of the same spelling is unlikely: a country or
    an Indonesian province anywhere, unless its name is a common word too
    (:data:`_COUNTRY_HOMOGRAPHS`); other places only after a place preposition or opening a
    dateline ("di surakarta", "jakarta , senin"): the gazetteer's towns, with their other
    spellings, are many short words ("aman", "sama"), as are its bodies ("kompas", "shell")."""
    word = words[i]
    if len(word) < _MIN_NAME_LENGTH or known is None or known[1].label != "LOC":
        return None
    place = known[1]
    if place.key.startswith(("country:", "sub:ID-")) and word not in _COUNTRY_HOMOGRAPHS:
        return place
    if i == 0:
        return place if words[1:2] == [","] else None
    return place if words[i - 1] in PLACE_PREPOSITIONS else None


def _recased(token: Token, form: str) -> Token:
    """``token`` written as ``form``; a word given capitals loses the part of speech read
    from it in lowercase (a name's "tengah" is no preposition)."""
    upos = token.upos if form == token.text else None
    return Token(token.start, token.end, form, token.lemma, upos, token.head, token.deprel)

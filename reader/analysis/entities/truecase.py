"""Capitals for a text written all in lowercase, so the entity layer can read it at all.

Every cue the entity layer reads starts from a capital letter, so a text with none (test
sets lowercase their sentences: "warga desa sukamaju di kabupaten garut …") has no names.
For such a text only, :func:`truecased` gives a copy of the document with capitals put back
where the words themselves say a name stands, and nothing else changed (every offset stays):

* a name the gazetteer knows, of two words or more ("jawa barat", "nahdlatul ulama"), or
  of one word where no common word is likely: a country or an Indonesian province, a town
  after a place preposition or opening a dateline ("di surakarta", "jakarta , senin"), a
  listed body's acronym of three letters or more ("kpk");
* a region's head word and the one word after it (and a compass word after that), as
  Indonesian names regions and villages: "kabupaten garut", "desa sukamaju", "kabupaten
  lampung tengah"; not where a common word follows ("desa tersebut", "kota besar"); the
  same for a body named after its region ("polres bogor", "pengadilan negeri sleman") and
  for a region's government ("pemerintah kota bandung").

People are left alone: no list tells a lowercase surname from the verb after it.
"""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

from reader.analysis import gazetteer
from reader.analysis.doc import Doc, SentenceTokens, Token
from reader.analysis.name_cues import FUNCTION_WORDS, PLACE_PREPOSITIONS

#: Indonesian head words of regions and villages, whose next word is the region's name.
_REGION_HEADS = frozenset("kabupaten kota provinsi kecamatan kelurahan desa dusun kampung".split())
#: Indonesian bodies named after the region they serve: "polres bogor", "pemkab garut".
_REGION_BODY_HEADS = frozenset(
    "polda polres polresta polrestabes polsek pemprov pemkab pemkot pemko kejati kejari kodam "
    "korem kodim".split()
)
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
#: Words after a region's head that say what kind of place it is, not which one: "kota
#: besar", "desa wisata", "kabupaten induk".
_REGION_KINDS = frozenset(
    """
    besar kecil baru lama tua wisata adat setempat terdekat lain lainnya mandiri tertinggal
    terpencil induk administrasi pemekaran penyangga satelit asal tujuan kami kita mereka
    sendiri
    """.split()
)
#: Compass words that end a region's name: "lampung tengah", "jakarta utara".
_COMPASS = frozenset("utara selatan timur barat tengah tenggara".split())
#: How Indonesian verbs begin ("menanam", "dilanda", "berada"): a word after a region's head
#: that begins so says what the region does, it does not name it ("warga desa menanam").
_VERB_PREFIXES = ("me", "ber", "di", "ter")
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
                    changed = True
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
    for size in range(min(gazetteer.MAX_NAME_TOKENS, len(words) - i), 1, -1):
        titled = [w.title() for w in words[i : i + size]]
        if gazetteer.lookup(" ".join(titled)) is not None:
            return titled  # "jawa barat", "amerika serikat", "nahdlatul ulama"
    if word == "pemerintah" and i + 1 < len(words) and words[i + 1] in _REGION_HEADS:
        region = _capitalised(words, i + 1, english=english)
        if region:
            return [word.title(), *region]  # "pemerintah kota bandung": its government
    if tuple(words[i : i + 2]) in _REGION_BODY_PAIRS and i + 2 < len(words):
        name = _region_name(words, i + 2)
        if name:
            return [word.title(), words[i + 1].title(), *name]  # "kejaksaan negeri semarang"
    prev = words[i - 1] if i else ""
    if ((word in _REGION_HEADS and prev != "wali") or word in _REGION_BODY_HEADS) and i + 1 < len(
        words
    ):
        name = _region_name(words, i + 1)
        if name:
            return [word.title(), *name]  # "kabupaten garut", "desa sukamaju"
    if _known_alone(words, i):
        if i + 1 < len(words) and words[i + 1] in _COMPASS:
            return [word.title(), words[i + 1].title()]  # "lampung tengah"
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


def _region_name(words: list[str], j: int) -> list[str]:
    """The name after a region's head at ``j`` (with a compass word after it), capitalised,
    or [] when a common word follows the head."""
    word = words[j]
    if (
        not word.isalpha()
        or word in FUNCTION_WORDS
        or word in _REGION_KINDS
        or word in _REGION_HEADS
        or word in _COMPASS
        or word.startswith(_VERB_PREFIXES)
    ):
        return []
    if j + 1 < len(words) and words[j + 1] in _COMPASS:
        return [word.title(), words[j + 1].title()]
    return [word.title()]


def _known_alone(words: list[str], i: int) -> bool:
    """Is the lowercase word at ``i`` on its own a place the gazetteer knows, where a common
    word of the same spelling is unlikely? A country or an Indonesian province anywhere; a
    town only after a place preposition or opening a dateline ("di surakarta", "jakarta ,
    senin"): the gazetteer's towns, with their other spellings, are many short words
    ("aman", "sama"), as are its bodies ("kompas", "shell")."""
    word = words[i]
    if len(word) < _MIN_NAME_LENGTH:
        return False
    place = gazetteer.lookup(word.title())
    if place is None or place.label != "LOC":
        return False
    if place.key.startswith(("country:", "sub:ID-")):
        return True
    if i == 0:
        return words[1:2] == [","]
    return words[i - 1] in PLACE_PREPOSITIONS


def _recased(token: Token, form: str) -> Token:
    """``token`` written as ``form``; a word given capitals loses the part of speech read
    from it in lowercase (a name's "tengah" is no preposition)."""
    upos = token.upos if form == token.text else None
    return Token(token.start, token.end, form, token.lemma, upos, token.head, token.deprel)

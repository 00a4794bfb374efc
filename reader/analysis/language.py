"""Language identification with py3langid, restricted to the languages we analyse well.

Unrestricted, langid happily calls Indonesian news "ms" (Malay) — the two share most of their
vocabulary — and we have neither Malay gazetteers nor Malay Stanza models in mind. So the
classifier only chooses among :data:`SUPPORTED_LANGUAGES` (plus the languages whose Stanza
models are installed, when the caller passes them: any language Stanza reads then works without
``--lang``; and any language at all for text in another script than Latin), and on short
texts it leans to Indonesian and English, the languages the product reads (a headline of names
such as "Menteri BUMN Erick Thohir" scores a little better as German). Quotations are left out
of the sample: an Indonesian article that opens on an English quote is still Indonesian.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import Any

#: Languages the classifier may answer: Indonesian and English first, plus a handful of
#: languages Stanza has full models for. Deliberately no "ms" (see the module docstring).
SUPPORTED_LANGUAGES = ("id", "en", "de", "fr", "es", "nl", "it", "pt")

#: The answer when the text gives nothing to go on (empty, digits, punctuation only).
DEFAULT_LANGUAGE = "en"

#: Language id is decided on the start of long texts. py3langid walks its sample byte by byte
#: in Python (about 0.4 ms per 1,000 characters), so the sample is kept short: on the bundled
#: articles 1,000 characters already separate the best language from the next by a log-score
#: margin of about 900 or more, and 300 characters give the same answers.
_SAMPLE_CHARS = 1000


#: Very common words found in one of our two main languages and in none of the others we
#: support (not "in", "is", "was", "of": Dutch and German have them too). A sample full of
#: one list and nearly free of the other is answered without the classifier. (Bytes, as the
#: sample's words are: see :func:`_lower_words`.)
_MARKERS = {
    "id": frozenset(
        b"yang dengan untuk dari dalam ini itu pada tidak akan juga oleh karena adalah kata "
        b"telah sudah mereka bahwa tersebut kepada menjadi setelah sejak hingga lebih masih "
        b"saat".split()
    ),
    "en": frozenset(
        b"the and that with said from this which have has were their would been they will "
        b"after about there than who".split()
    ),
}
#: Each marker word → its language (no word is a marker of both).
_MARKER_LANGUAGE = {word: lang for lang, markers in _MARKERS.items() for word in markers}
#: How many marker words decide, and how many times more than the other language's.
_CLEAR_HITS, _CLEAR_RATIO = 8, 8
#: A translation table keeping the bytes of the letters a-z and making every other byte a
#: space (see :func:`_lower_words`).
_ONLY_A_TO_Z = bytes(c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))

#: The languages we mainly read, preferred when another wins by less than
#: :data:`_HOME_MARGIN` (a log-score difference: a few letters' worth, which decides only
#: short texts; on a sentence of German the gap to English or Indonesian is 60 or more).
_HOME_LANGUAGES = ("id", "en")
_HOME_MARGIN = 8.0
#: How far apart Indonesian and English must score on a sample's common words (see
#: :func:`_common_words`) to overrule its names: a few letters' worth. Some words score no
#: features at all ("the", "met": a tie), and then the whole sample decides.
_COMMON_MARGIN = 2.0

#: A quotation in curly or straight double quotes (within a line).
_QUOTATION = re.compile(r'“[^“”\n]*”|"[^"\n]*"')
#: Words (two or more letters) the narration needs for it to be sampled without its quotes.
_NARRATION_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_NARRATION_WORDS = 4
#: A word that starts with a capital letter or a digit (after a space, an opening bracket or
#: quote, or at the start): a name, a number, a sentence's first word.
_CAPITALISED_WORD = re.compile(r"(?<![^\s(\"'“‘])[A-Z\u00c0-\u00de\d]\S*")


def _narration(sample: str) -> str:
    """The sample without its quotations, unless too little is left to judge."""
    narration = _QUOTATION.sub(" ", sample)
    if len(_NARRATION_WORD.findall(narration)) >= _MIN_NARRATION_WORDS:
        return narration
    return sample


def _common_words(sample: str) -> str:
    """The sample without its capitalised words and numbers, unless no word is left. Names
    say where the news happened, not which language tells it: "Megawati Soekarnoputri turned
    78." scores as Indonesian on its names, but its only other word is English. (A headline
    in title case, "Harga Cabai Naik di Pasar", keeps its small words: "di".) Used only to
    choose between Indonesian and English: a German sample keeps its capitalised nouns, which
    say "German" clearly ("Bundeskanzler Merz trifft Macron")."""
    rest = _CAPITALISED_WORD.sub(" ", sample)
    return rest if _NARRATION_WORD.search(rest) else sample


def _lower_words(sample: str) -> list[bytes]:
    """The runs of the letters a-z in the lowercased sample, as ASCII bytes. Other characters
    become "?" and then spaces (by :data:`_ONLY_A_TO_Z`), where ``split()`` cuts: all in C,
    where a regex such as ``[a-z]+`` pays for a match object per word."""
    return sample.lower().encode("ascii", "replace").translate(_ONLY_A_TO_Z).split()


def _clear_language(sample: str) -> str | None:
    """ "id" or "en" when the sample's common words leave no doubt, else None. (The words
    are counted by language in one walk, in C.)"""
    languages = list(filter(None, map(_MARKER_LANGUAGE.get, _lower_words(sample))))
    hits = {lang: languages.count(lang) for lang in _MARKERS}
    for lang, other in (("id", "en"), ("en", "id")):
        if hits[lang] >= _CLEAR_HITS and hits[other] * _CLEAR_RATIO <= hits[lang]:
            return lang
    return None


#: Never an answer, even with its Stanza models installed: Indonesian news would be taken
#: for Malay (see the module docstring).
_NEVER = frozenset({"ms"})


def _choices(sample: str, also: Collection[str]) -> tuple[str, ...] | None:
    """The languages the classifier may answer for ``sample``: :data:`SUPPORTED_LANGUAGES`
    and those of ``also``, or None (every language it knows) for a sample mostly in another
    script than Latin, which none of ours is written in: a Russian or Arabic article is
    called so, and its dates are read in its language."""
    if not _mostly_latin(sample):
        return None
    extra = set(also) - set(SUPPORTED_LANGUAGES) - _NEVER
    return SUPPORTED_LANGUAGES + tuple(sorted(extra))


def _mostly_latin(sample: str) -> bool:
    """True when at least half the letters of ``sample`` are Latin (Basic Latin to Latin
    Extended-B, and Latin Extended Additional for Vietnamese)."""
    letters = [c for c in sample if c.isalpha()]
    latin = sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff")
    return latin * 2 >= len(letters)


@lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...] | None) -> Any:
    """The langid model restricted to ``languages`` (those it knows; None: all it knows but
    :data:`_NEVER`), loaded once per set: loading takes a noticeable fraction of a second."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    known = identifier.nb_classes
    allowed = [c for c in known if c not in _NEVER] if languages is None else languages
    identifier.set_languages([code for code in allowed if code in known])
    return identifier


def detect_language(text: str, also: Collection[str] = ()) -> str:
    """Return the ISO 639-1 code of ``text``'s language: one of :data:`SUPPORTED_LANGUAGES`
    or of ``also`` (the languages whose Stanza models are installed) for text in Latin
    script, any language the classifier knows (but Malay) for text in another script.

    Text without any letters gives :data:`DEFAULT_LANGUAGE`.
    """
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return DEFAULT_LANGUAGE
    clear = _clear_language(sample)
    if clear is None:
        narration = _narration(sample)
        if narration != sample:  # without its quotations the sample may leave no doubt
            sample, clear = narration, _clear_language(narration)
    if clear is not None:
        return clear  # spares the classifier, which reads the sample byte by byte
    identifier = _identifier(_choices(sample, also))
    scores: dict[str, float] = dict(identifier.rank(sample))
    best = max(scores, key=scores.__getitem__)
    home = max(_HOME_LANGUAGES, key=scores.__getitem__)
    if scores[best] - scores[home] >= _HOME_MARGIN:
        return best
    common = _common_words(sample)
    if common != sample:  # the names may have tipped the scale between our two languages
        without_names = dict(identifier.rank(common))
        if abs(without_names["id"] - without_names["en"]) >= _COMMON_MARGIN:
            home = max(_HOME_LANGUAGES, key=without_names.__getitem__)
    return home

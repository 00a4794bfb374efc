"""The entity layer's entry point, :func:`find_entities`: read every sentence, then settle the
candidates over the whole document (headline names, a backend's NER, web addresses, acronyms
of common nouns)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.analysis import european
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.doc import Doc
from reader.analysis.entities.consistency import (
    _harmonise,
    _non_overlapping,
    _rejoined_people,
    _with_backend_ner,
)
from reader.analysis.entities.context import _DocContext
from reader.analysis.entities.lexicon import _WEB_ENDINGS, CUED, STRONG
from reader.analysis.entities.shapes import _PORTFOLIO_LINKS, _START, _index, _is_acronym, _overlaps
from reader.analysis.entities.truecase import truecased
from reader.analysis.model import Entity, EntityLabel

if TYPE_CHECKING:
    from reader.analysis.entities.sentence import _SentenceReader


def find_entities(doc: Doc) -> list[Entity]:
    """Return the named entities of ``doc``, sorted and non-overlapping."""
    if not doc.sentences:
        return []
    cased = truecased(doc)
    if cased is not None:
        # a text all in lowercase is read with its names' capitals put back
        return [replace(e, text=doc.text[e.start : e.end]) for e in find_entities(cased)]
    ctx = _DocContext(doc)
    candidates: list[_Candidate] = []
    headlines: list[tuple[_SentenceReader, int, int]] = []
    for reader in ctx.readers:
        found = reader.candidates()
        if reader.headline and not reader.shouting:
            headlines.append((reader, len(candidates), len(candidates) + len(found)))
        candidates.extend(found)
    if headlines:
        candidates = _with_headline_names_from_text(ctx, headlines, candidates)
    if doc.ner:
        candidates = _with_backend_ner(doc, candidates)
    elif doc.lang in european.LANGUAGES:
        candidates = _european_refined(doc, candidates)
    _harmonise(candidates)
    candidates = _rejoined_people(doc.text, candidates)
    if not _SPLIT_WEB_ENDINGS.isdisjoint(ctx.words_seen):
        candidates = _joined_web_addresses(doc.text, candidates)
    common = _acronyms_of_common_nouns(ctx.readers) if "(" in ctx.words_seen else set()
    named = [c for c in candidates if c.words not in common] if common else candidates
    return _non_overlapping(doc.text, named)


def _with_headline_names_from_text(
    ctx: _DocContext,
    headlines: list[tuple[_SentenceReader, int, int]],
    candidates: list[_Candidate],
) -> list[_Candidate]:
    """``candidates`` with each name of two words or more that the text below a Title Case
    headline finds (or names after a head word) taken whole, with its label, where the
    headline writes it: "Sri Sultan Hamengku Buwono X Minta …", "Museum Batik Pekalongan
    Gelar …", "… di Si Jalak Harupat". A headline's words carry no capitals as evidence, so
    its own reading splits or mislabels such names ("Koalisi Pilkada Jakarta"); the text's
    reading of them is surer. A headline candidate that holds more than the name stays.
    A person's first names count as the headline's subject before its verb ("Ni Luh Putu
    Ary Pertahankan …" over "Ni Luh Putu Ary Pratiwi")."""
    in_headline = {i for _, lo, hi in headlines for i in range(lo, hi)}
    names: dict[str, dict[tuple[str, ...], EntityLabel]] = {}
    full: set[tuple[str, ...]] = set()
    first_names: set[tuple[str, ...]] = set()
    for i, c in enumerate(candidates):
        if len(c.words) > 1 and (c.strength >= CUED or c.label == "PER") and i not in in_headline:
            names.setdefault(c.words[0], {}).setdefault(c.words, c.label)
            full.add(c.words)
            if len(c.words) > 2 and c.words[-1].isdigit():
                # "Festival Danau Toba 2025": the headline leaves the year out
                names[c.words[0]].setdefault(c.words[:-1], c.label)
            elif len(c.words) > 2 and c.label == "PER":
                for j in range(2, len(c.words)):
                    names[c.words[0]].setdefault(c.words[:j], "PER")
                    first_names.add(c.words[:j])
    first_names -= full
    seen = ctx.cap_counts.keys()  # (a headline learns names after its own head words)
    for words, label in ctx.known.items():
        if len(words) > 1 and seen >= set(words):
            names.setdefault(words[0], {}).setdefault(words, label)
    if not names:
        return candidates
    replaced: dict[int, list[_Candidate]] = {}
    for reader, lo, hi in headlines:
        words, k = reader.words, 0
        own = candidates[lo:hi]
        while k < reader.n:
            m = max(
                (
                    len(name)
                    for name in names.get(words[k], ())
                    if words[k : k + len(name)] == name
                    and (name not in first_names or reader._verb_after_subject(k + len(name)))
                ),
                default=0,
            )
            if not m:
                k += 1
                continue
            found = reader._make(k, k + m, names[words[k]][words[k : k + m]], STRONG)
            if not any(_holds_more(c, found) for c in own):
                own = [c for c in own if not _overlaps(c, found)]
                own.append(found)
                own.sort(key=_START)
                replaced[lo] = own
            k += m
    if not replaced:
        return candidates
    out: list[_Candidate] = []
    pos = 0
    for _, lo, hi in headlines:
        out.extend(candidates[pos:lo])
        out.extend(replaced.get(lo, candidates[lo:hi]))
        pos = hi
    out.extend(candidates[pos:])
    return out


def _european_refined(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates of a German, French, Spanish, Italian, Portuguese or Dutch text,
    corrected by that language's rules (see :mod:`reader.analysis.european`)."""
    return european.refine(doc.text, doc.lang, candidates)


#: Web endings as a token of their own, as the sentence splitter leaves them ("CO" of
#: "TEMPO.CO"): written in small letters, capitals or Title Case.
_SPLIT_WEB_ENDINGS = frozenset(
    form for end in _WEB_ENDINGS for form in (end, end.upper(), end.title())
)


def _joined_web_addresses(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """A news site's address split by the sentence splitter ("TEMPO." "CO, Jakarta -")
    made whole again: the name, "." and a web ending with no space between."""
    out: list[_Candidate] = []
    for c in candidates:
        last = out[-1] if out else None
        if (
            last is not None
            and c.start == last.end + 1
            and text[last.end] == "."
            and len(c.words) == 1
            and c.words[0].lower() in _WEB_ENDINGS
        ):
            last.end, last.words = c.end, (*last.words, ".", c.words[0])
            last.label, last.strength = "ORG", STRONG
            continue
        out.append(c)
    return out


def _acronyms_of_common_nouns(readers: list[_SentenceReader]) -> set[tuple[str]]:
    """Acronyms the text defines by ordinary lowercase words ("demam berdarah dengue
    (DBD)", "bahan bakar minyak (BBM)"): common nouns, never names."""
    found: set[tuple[str]] = set()
    for reader in readers:
        words = reader.words
        if "(" not in words:
            continue
        j = 0
        while (j := _index(words, "(", j + 1)) and j + 2 < reader.n:
            short = words[j + 1]
            if words[j + 2] == ")" and _is_acronym(short):
                spelt = [w for w in words[max(0, j - 8) : j] if w not in _PORTFOLIO_LINKS]
                spelt = spelt[-len(short) :]
                if (
                    len(spelt) == len(short)
                    and all(w.isalpha() and w.islower() for w in spelt)
                    and "".join(w[0] for w in spelt) == short.lower()
                ):
                    found.add((short,))
    return found


def _holds_more(a: _Candidate, b: _Candidate) -> bool:
    """Does ``a`` hold all of ``b`` and more?"""
    return a.start <= b.start and b.end <= a.end and a.end - a.start > b.end - b.start

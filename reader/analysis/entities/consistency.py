"""Step 3 of the package docstring: fuse a backend's NER spans with ours, give the same words
one label throughout the document, and keep the surest of overlapping candidates."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from reader.analysis import gazetteer
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.doc import Doc
from reader.analysis.entities.lexicon import (
    _BODY_OR_PLACE,
    _LABELS,
    _MAX_NAME_WORDS,
    _NAMESAKE_HEADS,
    _NON_SPACE,
    CUED,
    STRONG,
)
from reader.analysis.entities.shapes import _END, _START, _is_acronym, _is_possessive, _overlaps
from reader.analysis.model import Entity, EntityLabel
from reader.analysis.name_cues import (
    FUNCTION_WORDS,
    GIVEN_NAMES,
    ORG_TAILS,
)
from reader.analysis.titles import match_title


def _with_backend_ner(doc: Doc, ours: list[_Candidate]) -> list[_Candidate]:
    """Backend NER spans first (cut to our span conventions), then our own
    strongly supported candidates (see :func:`_fuse`)."""
    from_ner: list[_Candidate] = []
    by_start = {t.start: t for t in doc.tokens()}
    for ent in doc.ner:
        if ent.label not in _LABELS:
            continue
        label = ent.label
        start, end = max(0, ent.start), min(len(doc.text), ent.end)
        # Word offsets within the span, to strip what our conventions exclude: leading
        # "the" and titles, a trailing "'s".
        spans = [
            (m.start() + start, m.end() + start) for m in _NON_SPACE.finditer(doc.text[start:end])
        ]
        words = [doc.text[s:e] for s, e in spans]
        k = 0
        while k < len(words) - 1 and (
            words[k].lower() in FUNCTION_WORDS or match_title(words, k) > k
        ):
            k = max(k + 1, match_title(words, k))
        if k >= len(words):
            continue  # nothing but a title or function words
        start, end = spans[k][0], spans[-1][1]
        words = words[k:]
        if _is_possessive(words[-1]):
            end -= 2
            words[-1] = words[-1][:-2]
        if start < end and (start in by_start or doc.text[start - 1 : start].isspace()):
            from_ner.append(_Candidate(start, end, tuple(words), label, STRONG))
    return _fuse(from_ner, ours)


def _fuse(from_ner: list[_Candidate], ours: list[_Candidate]) -> list[_Candidate]:
    """Combine backend NER spans with our candidates: the NER span and label by default, but
    the gazetteer's label where it knows the exact name ("Kyiv" is a place), our finer split
    where the NER span swallowed a title's complement ("Ukraina Volodymyr Zelensky"), and our
    strongly supported candidates where NER found nothing."""
    exact = {(c.start, c.end): c for c in ours}
    fused: list[_Candidate] = []
    for f in from_ner:
        mine = exact.get((f.start, f.end))
        inside = [c for c in ours if f.start <= c.start and c.end <= f.end]
        if mine is not None:
            if gazetteer.lookup(" ".join(mine.words)) is None:
                mine.label = f.label
            mine.strength = STRONG
            fused.append(mine)
        elif len(inside) > 1:
            fused.extend(inside)
        else:
            fused.append(f)
    # Also ours that are strongly supported or are parts of a name NER found ("Zelensky"
    # after NER's "Volodymyr Zelensky"); harmonising later gives them that name's label.
    name_parts = {w for f in fused for w in f.words}
    fused.extend(
        c
        for c in ours
        if (c.strength >= STRONG or name_parts.issuperset(c.words))
        and not any(_overlaps(c, f) for f in fused)
    )
    return sorted(fused, key=lambda c: c.start)


#: (strength, votes per label) before any candidate of some words was seen (never written
#: to: a strength of -1 is always beaten).
_NO_VOTES: tuple[int, dict[EntityLabel, int]] = (-1, {})


def _harmonise(candidates: list[_Candidate]) -> None:
    """Give less sure candidates the label the document gives the same words where it is
    surer, or failing that the label of a longer name containing them (step 3 of the package
    docstring). Changes labels in place."""
    best: dict[tuple[str, ...], tuple[int, dict[EntityLabel, int]]] = {}
    for c in candidates:
        level, votes = best.get(c.words, _NO_VOTES)
        if c.strength > level:
            best[c.words] = (c.strength, {c.label: 1})
        elif c.strength == level:
            votes[c.label] = votes.get(c.label, 0) + 1
    # Only names that stay unsure look for a longer name, by their first word.
    unsure_firsts = {words[0] for words, (level, _) in best.items() if level < STRONG}
    containers = _Containers(
        (
            c
            for c in candidates
            if 1 < len(c.words) <= _MAX_NAME_WORDS
            and (c.strength >= STRONG or c.label == "PER")
            and c.words[0].lower() not in _NAMESAKE_HEADS  # "Museum Affandi": no "Affandi"
        ),
        unsure_firsts,
    )
    # A place or nationality word that is also a name of someone in the text is that
    # person here ("Ibarra" after "Tomas Ibarra", although Ibarra is a city in Ecuador;
    # "Christian" after "Christian Vogel"; "Rizal" after "Muhammad Rizal Fadillah").
    name_ends: set[str] = set()
    # The first word of an organisation whose last word says so stands for it ("Quillon"
    # after "Quillon Systems"), even where a speech verb made it look like a person.
    org_firsts: set[str] = set()
    single_words: list[_Candidate] = []
    # A given name and a place's last word ("John Park") is a person where the text
    # names that word alone as one surely ("Mr. Park declined").
    given_places: list[_Candidate] = []
    for c in candidates:
        words = c.words
        level, votes = best[words]
        if level > c.strength or (
            level == c.strength and len(votes) > 1 and not _read_in_place(c, votes)
        ):
            c.label = _winning_label(words, votes)
            c.strength = level
        if c.strength < STRONG:
            label = containers.label_of(words)
            if label is not None:
                c.label = label
        # (Each name's label is final here: gather the names for the single words.)
        if len(words) == 1:
            single_words.append(c)
        elif c.label == "PER" and c.strength >= CUED:
            name_ends.update(words)
        elif c.label == "ORG" and words[-1].lower() in ORG_TAILS:
            org_firsts.add(words[0])
        elif c.label == "LOC" and len(words) == 2 and words[0] in GIVEN_NAMES:
            given_places.append(c)
    if given_places:
        surnames = {c.words[0] for c in single_words if c.label == "PER" and c.strength >= STRONG}
        for c in given_places:
            if c.words[1] in surnames and gazetteer.lookup(" ".join(c.words)) is None:
                c.label = "PER"
    for c in single_words:
        word = c.words[0]
        if _is_acronym(word):
            continue
        if c.label in ("LOC", "MISC") and word in name_ends:
            c.label = "PER"
        elif c.label == "PER" and word in org_firsts and word not in name_ends:
            c.label = "ORG"


def _read_in_place(c: _Candidate, votes: dict[EntityLabel, int]) -> bool:
    """Does the sure mention ``c`` keep its own label although other mentions as sure give
    another, as a body and the building or town it is named for ("the White House said" and
    "at the White House"; "Buckingham Palace said" and "outside Buckingham Palace"), each
    read by its own strong cue?"""
    return c.strength >= STRONG and c.label in _BODY_OR_PLACE and votes.keys() <= _BODY_OR_PLACE


def _winning_label(words: tuple[str, ...], votes: dict[EntityLabel, int]) -> EntityLabel:
    """The label most of the surest mentions give; on a tie the first seen, except that a
    lone word as sure a person as a company is the company ("Zelvano said …" and "Zelvano
    shares rose"): companies speak, but no person has shares traded or reports its profit."""
    label = max(votes, key=votes.__getitem__)
    if label == "PER" and len(words) == 1 and votes.get("ORG") == votes[label]:
        return "ORG"
    return label


class _Containers:
    """Multi-word names, indexed by word, to find the longest one containing some words
    (that start with one of ``firsts``)."""

    def __init__(self, candidates: Iterable[_Candidate], firsts: set[str]) -> None:
        self.by_word: dict[str, dict[tuple[str, ...], EntityLabel]] = {}
        for c in candidates:
            for word in firsts.intersection(c.words):
                self.by_word.setdefault(word, {}).setdefault(c.words, c.label)
        self.cache: dict[tuple[str, ...], EntityLabel | None] = {}

    def label_of(self, words: tuple[str, ...]) -> EntityLabel | None:
        """Label of the longest name containing ``words`` contiguously, or None."""
        if words not in self.cache:
            size = len(words)
            best: tuple[str, ...] = ()
            label: EntityLabel | None = None
            for cw, cl in self.by_word.get(words[0], {}).items():
                if len(cw) > max(size, len(best)) and any(
                    cw[k : k + size] == words for k in range(len(cw) - size + 1)
                ):
                    best, label = cw, cl
            self.cache[words] = label
        return self.cache[words]


def _rejoined_people(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """``candidates`` with two names side by side, a space apart, taken as one person where
    the text names the two together as that person elsewhere ("Wali Kota Bima Arya
    Sugiarto" after "Wali Kota Bogor Bima Arya Sugiarto": the man, not the city of Bima
    and a man)."""
    people = {c.words for c in candidates if c.label == "PER" and c.strength >= CUED}
    if not any(len(words) > 2 for words in people):
        return candidates
    by_start = sorted(candidates, key=_START)
    joined: list[_Candidate] = []
    for first, second in pairwise(by_start):
        if (
            second.label == "PER"
            and second.start == first.end + 1
            and text[first.end] == " "
            and first.words + second.words in people
        ):
            words = first.words + second.words
            joined.append(_Candidate(first.start, second.end, words, "PER", STRONG))
    return candidates + joined if joined else candidates


def _non_overlapping(text: str, candidates: list[_Candidate]) -> list[Entity]:
    """Sorted entities, dropping any candidate that overlaps an earlier kept one."""
    out: list[Entity] = []
    last_end = -1
    # By start, the longest first (two stable sorts by C-level keys).
    for c in sorted(sorted(candidates, key=_END, reverse=True), key=_START):
        if c.start < last_end or c.start >= c.end:
            continue
        out.append(Entity(c.start, c.end, text[c.start : c.end], c.label))
        last_end = c.end
    return out

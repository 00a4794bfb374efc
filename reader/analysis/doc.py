"""The shared token layer that every backend produces and every annotator reads.

A backend (the built-in tokenizer or Stanza) turns text into a :class:`Doc`; annotators never
know which backend ran. Fields a backend cannot fill stay None, and annotators must work
without them (the built-in backend fills only offsets, text and a few cheap guesses).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

_T = TypeVar("_T")


@dataclass(slots=True)
class Token:
    """One word with its character offsets into :attr:`Doc.text`.

    ``head`` is the index (within the sentence's ``tokens``) of the syntactic head, or -1 for
    the root; ``deprel`` is the Universal Dependencies relation to it. ``upos`` is the UD
    part-of-speech tag. Words split from one written token by Stanza's MWT expander (e.g.
    "bukunya" → "buku" + "nya") share that token's offsets unless they can be placed exactly.
    """

    start: int
    end: int
    text: str
    lemma: str | None = None
    upos: str | None = None
    head: int | None = None
    deprel: str | None = None


@dataclass(slots=True)
class SentenceTokens:
    """A sentence: its span and its tokens in order."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BackendEntity:
    """A named entity found by a backend's own NER model, with a label already mapped to
    PER/ORG/LOC/MISC (or the backend's label when it has no such mapping)."""

    start: int
    end: int
    label: str


@dataclass(slots=True)
class Doc:
    """The text, its language, the backend that parsed it, and its sentences and tokens."""

    text: str
    lang: str
    backend: str
    sentences: list[SentenceTokens] = field(default_factory=list)
    #: Entities from the backend's NER model; empty when it has none (e.g. Stanza for id).
    ner: list[BackendEntity] = field(default_factory=list)
    #: True when tokens carry a dependency parse (head/deprel), so annotators may use it.
    has_parse: bool = False

    def tokens(self) -> list[Token]:
        """All tokens of the document in order."""
        return [t for s in self.sentences for t in s.tokens]


#: Views derived from the most recent Doc (see :func:`derived`), with that Doc: the annotators
#: read one document after the other, so one Doc is enough. Replaced as a whole, never
#: mutated across documents, so concurrent analyses (a UI worker) only miss the cache.
_recent: tuple[Doc, dict[str, Any]] | None = None


def derived(doc: Doc, name: str, build: Callable[[Doc], _T]) -> _T:
    """``build(doc)``, computed once per document and shared by every annotator asking for
    ``name`` (e.g. the word view that quotes and events both read).

    The value is shared: callers must treat it as read-only. Only the most recent document's
    views are kept (they hold that Doc alive until the next one comes).
    """
    global _recent
    recent = _recent
    if recent is None or recent[0] is not doc:
        recent = (doc, {})
        _recent = recent
    views = recent[1]
    if name not in views:
        views[name] = build(doc)
    return views[name]  # type: ignore[no-any-return]

"""The entity reader's candidate name, shared by :mod:`reader.analysis.entities`, which finds
the candidates, and :mod:`reader.analysis.european`, which corrects them for German, French,
Spanish, Italian, Portuguese and Dutch.

It lives here, apart from both, because ``entities`` imports ``european``: one type that both
read and write, with nothing to copy between them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.model import EntityLabel


@dataclass(slots=True)
class Candidate:
    """A labelled stretch of the text, in character offsets, its words, and how sure the
    reader is of its label (``STRONG``, ``CUED``, ``DEFAULT`` of ``entities.lexicon``; 0:
    nothing chose it)."""

    start: int
    end: int
    words: tuple[str, ...]
    label: EntityLabel
    strength: int

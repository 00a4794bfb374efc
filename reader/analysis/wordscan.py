"""A tiny word scanner shared by the number and time annotators.

The annotators read ``doc.text`` directly instead of the backend's tokens, so that "2.000",
"10.00", "1,5", "19/3/2025", "30-day" and "ke-3" are always one word whatever tokenizer ran
(Stanza and the built-in backend split such strings differently). A word is a run of word
characters, possibly joined by hyphen, apostrophe, dot, comma, colon or slash to more word
characters; any other non-space character is a one-character word of its own ("%", "$", "(", "“").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_WORD = re.compile(r"\w+(?:['\u2019.,:/-]\w+)*|\S")


class Word(NamedTuple):
    """One word of the text: offsets, surface form and its lowercase form."""

    start: int
    end: int
    text: str
    low: str


@lru_cache(maxsize=4)
def scan_words(text: str) -> tuple[Word, ...]:
    """All words of ``text`` in order (cached: the number and time annotators share it)."""
    return tuple(
        Word(m.start(), m.end(), m.group(), m.group().lower()) for m in _WORD.finditer(text)
    )


def is_capitalized(word: Word) -> bool:
    """True when the word starts with an upper-case letter ("Selasa", "AS")."""
    return word.text[:1].isupper()


def word_set(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string (tidy for long vocabularies)."""
    return frozenset(text.split())

"""One value per distinct word, worked out once and then looked up.

The annotators ask the same questions of every word of every text (its lowercase form, its
tag, whether a verb or a number may be spelt so). News repeats its words, so a question asked
of a word already met is one dict look-up at C speed, cheaper than a call of an
``lru_cache``-d function. Keys are single words only, never sentences or texts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

_V = TypeVar("_V")

#: How many words a :class:`WordMemo` holds by default: more than the distinct words of
#: hundreds of articles.
MEMO_SIZE = 50_000


class WordMemo(dict[str, _V]):
    """``memo[word]`` is ``make(word)``, computed the first time ``word`` is asked about.

    Emptied when it reaches ``limit`` entries, which keeps it bounded in a long session. A
    hit hands back the same objects every time, so strings made by ``make`` have their hash
    computed once."""

    def __init__(self, make: Callable[[str], _V], limit: int = MEMO_SIZE) -> None:
        super().__init__()
        self.make = make
        self.limit = limit

    def __missing__(self, word: str) -> _V:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.make(word)
        return value

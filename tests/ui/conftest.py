"""Fixtures for the reader UI tests: a library in a temp home, and hand-built analyses.

The real annotators keep improving, so flows that need exact items use a small Analysis built
here by hand over the seed text (offsets found with ``str.find``, so they always fit the text).
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from reader.analysis.model import (
    Actor,
    Analysis,
    Entity,
    Event,
    NumberSpan,
    Quote,
    Sentence,
    Span,
    TimeSpan,
)
from reader.library import Library
from reader.store.records import ArticleRecord

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_11623c467df5d8d0.txt"


@pytest.fixture
def anyio_backend() -> str:
    """Pilot tests run on asyncio only."""
    return "asyncio"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """A library in a temp home holding the Indonesian seed article."""
    lib = Library(tmp_path)
    lib.import_path(SEED)
    return lib


class FixedLibrary(Library):
    """A Library whose analyses are given by the test (``quick``, and ``full`` when a better
    one should arrive from the background worker)."""

    def __init__(self, home: Path, quick: Analysis, full: Analysis | None = None) -> None:
        super().__init__(home)
        self.quick = quick
        self.full = full

    def quick_analysis(self, article: ArticleRecord) -> Analysis:
        return self.quick

    def needs_better_analysis(self, article: ArticleRecord, analysis: Analysis) -> bool:
        return self.full is not None and analysis is self.quick

    def full_analysis(self, article: ArticleRecord) -> Analysis:
        assert self.full is not None
        return self.full


def spans_of(text: str, needle: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` of ``needle`` in ``text``."""
    found, start = [], text.find(needle)
    while start >= 0:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


def first(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    """The first ``(start, end)`` of ``needle`` at or after ``after``."""
    start = text.index(needle, after)
    return start, start + len(needle)


def hand_analysis(text: str) -> Analysis:
    """A small, exact analysis of the seed: two people (one with an alias), a place, an
    organisation, a number, a relative time, a quote and two events."""
    trump_full = first(text, "Donald Trump")
    trump_short = [s for s in spans_of(text, "Trump") if s[0] >= trump_full[1]]
    zelensky_full = first(text, "Volodymyr Zelensky")
    ukraina = first(text, "Ukraina")
    truth = first(text, "Truth Social")
    number = first(text, "175 tawanan perang")
    selasa = first(text, "hari Selasa")
    quote = first(text, "“sangat baik”")
    trump = Actor(
        "a1",
        "Donald Trump",
        "PER",
        aliases=["Trump"],
        mentions=[Span(s, e, text[s:e]) for s, e in [trump_full, *trump_short]],
    )
    zelensky = Actor(
        "a2",
        "Volodymyr Zelensky",
        "PER",
        mentions=[Span(*zelensky_full, text[slice(*zelensky_full)])],
    )
    entities = [
        Entity(*trump_full, text[slice(*trump_full)], "PER", "a1"),
        *(Entity(s, e, text[s:e], "PER", "a1") for s, e in trump_short),
        Entity(*zelensky_full, text[slice(*zelensky_full)], "PER", "a2"),
        Entity(*ukraina, "Ukraina", "LOC", "a3"),
        Entity(*truth, "Truth Social", "ORG", "a4"),
    ]
    first_sentence_end = text.index(".") + 1
    rest = first(text, "Setiap pihak melepaskan 175 tawanan perang.")
    return Analysis(
        lang="id",
        backend="builtin",
        pubdate="2025-03-19",
        sentences=[Sentence(0, first_sentence_end), Sentence(first_sentence_end + 1, len(text))],
        entities=sorted(entities, key=lambda e: e.start),
        numbers=[NumberSpan(*number, "175 tawanan perang", 175, "tawanan perang")],
        times=[TimeSpan(*selasa, "hari Selasa", "DATE", "2025-03-18", "2025-03-19", True)],
        quotes=[
            Quote(
                *quote,
                "“sangat baik”",
                "a1",
                cue=Span(*first(text, "menggambarkannya"), "menggambarkannya"),
            )
        ],
        actors=[
            trump,
            zelensky,
            Actor("a3", "Ukraina", "LOC", mentions=[Span(*ukraina, "Ukraina")]),
            Actor("a4", "Truth Social", "ORG", mentions=[Span(*truth, "Truth Social")]),
        ],
        events=[
            Event(
                "e2",
                *rest,
                "Each side released 175 prisoners",
                ["a2"],
                order=1,
                trigger=Span(*first(text, "melepaskan"), "melepaskan"),
            ),
            Event(
                "e1",
                0,
                first_sentence_end,
                "Trump called Zelensky",
                ["a1", "a2"],
                time="2025-03-19",
                time_text="Rabu",
                order=0,
            ),
        ],
    )


@pytest.fixture
def fixed_library(tmp_path: Path) -> FixedLibrary:
    """A library holding the seed whose analysis is :func:`hand_analysis` of the stored text."""
    lib = FixedLibrary(tmp_path, Analysis(lang="id", backend="builtin"))
    article = lib.import_path(SEED)
    lib.quick = hand_analysis(article.text)
    return lib


def disk_full(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Stands in for the store's file writer (``atomic_write``) on a full disk."""
    raise OSError(errno.ENOSPC, "No space left on device", str(path))

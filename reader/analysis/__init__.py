"""The analysis core: plain Python, no Textual, no TinyDB.

``analyze(text)`` returns an :class:`Analysis` of entities, numbers, times, quotes, actors and
events, each with character offsets into the text.

Importing this package is cheap on purpose: the annotators and their word lists load on the
first call of :func:`analyze`, so opening an article whose analysis is cached (the reader's
start-up) never pays for them.
"""

from __future__ import annotations

from datetime import date

from reader.analysis.model import ANALYZER_VERSION, Analysis

__all__ = ["ANALYZER_VERSION", "Analysis", "analyze"]


def analyze(
    text: str,
    *,
    lang: str | None = None,
    backend: str = "auto",
    pubdate: date | str | None = None,
) -> Analysis:
    """Analyse ``text``; see :func:`reader.analysis.pipeline.analyze`."""
    from reader.analysis.pipeline import analyze as run_pipeline

    return run_pipeline(text, lang=lang, backend=backend, pubdate=pubdate)

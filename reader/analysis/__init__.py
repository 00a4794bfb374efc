"""The analysis core: plain Python, no Textual, no TinyDB.

``analyze(text)`` returns an :class:`Analysis` of entities, numbers, times, quotes, actors and
events, each with character offsets into the text.
"""

from reader.analysis.model import ANALYZER_VERSION, Analysis
from reader.analysis.pipeline import analyze

__all__ = ["ANALYZER_VERSION", "Analysis", "analyze"]

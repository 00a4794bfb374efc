"""Messages shared by the reader's screens and widgets. Each states a fact in the past tense."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.analysis.model import Analysis
from reader.widgets.article_layout import Item


@dataclass
class AnalysisReady(Message):
    """A (better) analysis of an article finished in a worker and can be swapped in."""

    article_id: str
    analysis: Analysis


@dataclass
class CursorMoved(Message):
    """The article cursor moved: onto ``item``, or onto a plain span (``item`` None), or away
    (``start`` None)."""

    item: Item | None
    start: int | None
    end: int | None


@dataclass
class ActorPicked(Message):
    """An actor row was highlighted (``jump`` False) or chosen with Enter/click (``jump`` True)."""

    actor_id: str
    jump: bool


@dataclass
class SpanPicked(Message):
    """A panel row pointing into the text (an event, a note's anchor) was chosen."""

    start: int
    end: int
    #: What the status line says about it.
    description: str
    #: A wider stretch to mark around the cursor (an event's clause around its predicate).
    context: tuple[int, int] | None = None

"""Plain records the store hands out. The store is the only package that imports tinydb;
everything above it (the library service, the CLI, the UI) sees only these dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

AnchorKind = Literal["entity", "sentence", "article", "span"]


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An imported article. ``id`` is a hash of its normalised text, so re-importing the same
    text finds the same record (and its notes)."""

    id: str
    title: str
    text: str
    source: str | None = None
    lang: str | None = None
    pubdate: str | None = None  # ISO date, known from the source or set by the user
    added_at: str = ""  # ISO datetime (UTC)
    opened_at: str | None = None  # ISO datetime (UTC) of the last time it was opened


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the library list: cheap to load for thousands of articles (no text)."""

    id: str
    title: str
    lang: str | None
    pubdate: str | None
    actors: int | None  # None until the article is first analysed (opened)
    notes: int
    added_at: str
    opened_at: str | None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a note is attached to: offsets into the article text plus the anchored text, so
    the anchor can be found again if offsets ever drift. ``kind`` "article" has 0:0 and ""."""

    start: int
    end: int
    text: str
    kind: AnchorKind = "span"


@dataclass(frozen=True, slots=True)
class Note:
    """A personal note: the user's own work, never deleted except on their explicit request."""

    id: str
    article_id: str
    body: str
    anchor: Anchor | None
    created_at: str
    updated_at: str

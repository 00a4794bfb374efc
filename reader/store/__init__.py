"""The store: the user's articles, cached analyses and notes. The only package that imports
tinydb; everything above it sees the plain records in :mod:`reader.store.records`."""

from reader.store.errors import ArticleNotFound, NoteNotFound, StoreError
from reader.store.records import Anchor, ArticleRecord, ArticleSummary, Note
from reader.store.store import UNSET, Store
from reader.store.text import normalise_text, text_id

__all__ = [
    "UNSET",
    "Anchor",
    "ArticleNotFound",
    "ArticleRecord",
    "ArticleSummary",
    "Note",
    "NoteNotFound",
    "Store",
    "StoreError",
    "normalise_text",
    "text_id",
]

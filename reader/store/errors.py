"""The store's errors. Each carries one clear sentence that can be shown to the user as is."""

from __future__ import annotations


class StoreError(Exception):
    """A store problem that could not be recovered from (e.g. the data folder is not writable,
    or its files were written by a newer newsreader)."""


class ArticleNotFound(StoreError, LookupError):
    """No article with the given id is in the library."""


class NoteNotFound(StoreError, LookupError):
    """No note with the given id exists."""

"""Exporting notes from the UI: the reader's and the library's ``x`` key share this."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from reader.errors import UserError
from reader.library import Library
from reader.store import StoreError


def export_notes(screen: Screen[Any], library: Library, article_id: str | None) -> None:
    """Write the notes of ``article_id`` (None: of every article) to a new Markdown file in
    the current folder and tell the user its exact path, so they can find it from the shell.

    Every failure (a folder that cannot be written, a full disk, a store that cannot be read)
    is one notification: exporting is never worth losing the reading session over. Paths go
    out without markup, since a folder name may hold square brackets.
    """
    try:
        exported = library.export_notes_file(article_id)
    except (UserError, StoreError) as error:
        screen.notify(
            str(error), title="Notes not exported", severity="error", timeout=15, markup=False
        )
        return
    if exported is None:
        where = "this article" if article_id is not None else "the library"
        screen.notify(f"There are no notes in {where} to export yet.", title="Notes")
        return
    count = f"{exported.notes} note{'' if exported.notes == 1 else 's'}"
    screen.notify(f"Exported {count} to {exported.path}", title="Notes", timeout=15, markup=False)

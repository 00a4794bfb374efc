"""NotesPanel: the article's notes with the text they are anchored to."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.keys import NOTES_PANEL_BINDINGS
from reader.messages import SpanPicked
from reader.store.records import Note
from reader.widgets.article_layout import showable


def anchor_label(note: Note) -> str:
    """What a note is attached to, in a few words."""
    anchor = note.anchor
    if anchor is None or anchor.kind == "article":
        return "whole article"
    text = " ".join(showable(anchor.text).split())
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


class NotesPanel(OptionList):
    """One row per note: its anchor, then its text. Enter jumps to the anchor."""

    HELP = """
## Notes

Your notes on this article, with the text each is attached to. **Enter** jumps to it,
**e** edits, **d** deletes (after asking), **y** copies it. **a** adds a note to the
current highlight (or the sentence at the top), **w** to the whole article. **x** writes all
of this article's notes to a Markdown file in the current folder.
"""

    BINDINGS: ClassVar[list[BindingType]] = [*NOTES_PANEL_BINDINGS]

    notes: list[Note]

    def show(self, notes: list[Note]) -> None:
        """List ``notes``, keeping the highlighted one if it is still there."""
        current = self.selected_note
        self.notes = notes
        self.clear_options()
        if not notes:
            self.add_option(Option("No notes yet: press a to add one.", disabled=True))
            return
        rows: list[Option | None] = []
        for note in notes:
            body = showable(note.body)
            prompt = Content.assemble((anchor_label(note), "$text-muted"), "\n", body)
            rows.extend([Option(prompt, id=note.id), None])
        self.add_options(rows[:-1])
        ids = [n.id for n in notes]
        self.highlighted = ids.index(current.id) if current and current.id in ids else 0

    @property
    def selected_note(self) -> Note | None:
        """The highlighted note, if any."""
        option = self.highlighted_option
        if option is None or option.id is None:
            return None
        return next((n for n in getattr(self, "notes", []) if n.id == option.id), None)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        note = self.selected_note
        if note is None:
            return
        if note.anchor is None or note.anchor.kind == "article":
            self.post_message(SpanPicked(0, 0, f"NOTE on the whole article: {note.body}"))
        else:
            self.post_message(SpanPicked(note.anchor.start, note.anchor.end, f"NOTE  {note.body}"))

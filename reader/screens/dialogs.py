"""Small modal dialogs: write a note, confirm a destructive step, set a date, pick a file.

Each dialog is a ``ModalScreen`` that returns its answer through ``dismiss``; callers use
``push_screen(dialog, callback)`` or ``await push_screen_wait(dialog)``. Escape always cancels.
User text (the anchored passage, file names) is shown as ``Content``, so ``[brackets]`` show
literally.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Input, Label, Static

from reader.importing import SUFFIXES as IMPORTABLE_SUFFIXES
from reader.paths import expand_user
from reader.widgets.article_layout import showable

ResultT = TypeVar("ResultT")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Longest shown anchor (often a whole sentence) and question detail (e.g. a note's text), so
#: the input and the buttons stay in view on a small terminal.
_MAX_ANCHOR_CHARS = 280
_MAX_DETAIL_CHARS = 400


def _shorten(text: str, limit: int) -> str:
    """``text`` safe to draw, with runs of whitespace made single, cut at a word with "…" past
    ``limit``."""
    text = " ".join(showable(text).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


class Dialog(ModalScreen[ResultT]):
    """A centred box over the dimmed screen beneath; Escape cancels, answering
    ``cancel_result`` (``None``, or ``False`` for a yes/no question)."""

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
    }
    Dialog > #dialog {
        width: 72;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        padding: 1 2;
        background: $surface;
        border: round $primary;
    }
    Dialog .dialog--title {
        text-style: bold;
        color: $text-primary;
        width: 1fr;
        margin-bottom: 1;
    }
    Dialog .dialog--detail {
        color: $text-muted;
        width: 1fr;
        margin-bottom: 1;
    }
    Dialog .dialog--hint {
        color: $text-muted;
        text-style: italic;
        width: 1fr;
        margin-top: 1;
    }
    Dialog .dialog--error {
        color: $text-error;
        text-style: bold;
        width: 1fr;
        height: auto;
    }
    Dialog .dialog--buttons {
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    Dialog .dialog--buttons Button {
        margin-left: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel", tooltip="Close without saving"),
    ]

    def __init__(self, cancel_result: ResultT) -> None:
        super().__init__()
        self._cancel_result = cancel_result

    def action_cancel(self) -> None:
        """Close the dialog with its "cancelled" answer."""
        self.dismiss(self._cancel_result)

    def show_error(self, message: str) -> None:
        """Show ``message`` in the dialog's error line (an empty string hides it)."""
        error = self.query_one(".dialog--error", Static)
        error.update(Content(message))
        error.display = bool(message)


def _error_line() -> Static:
    """The (initially hidden) line where a dialog explains what is wrong with the input."""
    error = Static(classes="dialog--error")
    error.display = False
    return error


class NoteDialog(Dialog[str | None]):
    """Write or edit a note. Shows what the note is anchored to; Enter saves, Escape cancels.

    Returns the note's text (stripped), or ``None`` when cancelled or left empty: an empty note
    is never saved.
    """

    def __init__(self, heading: str, anchor_text: str, initial: str = "") -> None:
        super().__init__(cancel_result=None)
        self._heading = heading
        self._anchor_text = anchor_text
        self._initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Content(self._heading), classes="dialog--title")
            if self._anchor_text:
                anchor = _shorten(self._anchor_text, _MAX_ANCHOR_CHARS)
                yield Static(Content(f"“{anchor}”"), classes="dialog--detail")
            # When editing, the cursor goes to the end of the note instead of selecting it all,
            # so the first key typed adds to the note rather than replacing it.
            yield Input(
                self._initial,
                placeholder="Write your note…",
                id="note-body",
                select_on_focus=False,
            )
            yield _error_line()
            yield Label("Enter saves · Escape cancels", classes="dialog--hint")

    @on(Input.Submitted, "#note-body")
    def _save(self, event: Input.Submitted) -> None:
        body = event.value.strip()
        if not body:
            self.notify("The note was empty, so nothing was saved.", severity="warning")
            self.dismiss(None)
            return
        self.dismiss(body)


class ConfirmDialog(Dialog[bool]):
    """Ask a yes/no question: ``y`` or Enter answers yes, ``n`` or Escape answers no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="dialog.yes"),
        Binding("enter", "answer(True)", "Yes", show=False, id="dialog.yes_enter"),
        Binding("n", "answer(False)", "No", id="dialog.no"),
    ]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__(cancel_result=False)
        self._question = question
        self._detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Content(showable(self._question)), classes="dialog--title")
            if self._detail:
                detail = _shorten(self._detail, _MAX_DETAIL_CHARS)
                yield Static(Content(detail), classes="dialog--detail")
            with Horizontal(classes="dialog--buttons"):
                yield Button("No (n)", id="no")
                yield Button("Yes (y)", id="yes", variant="primary")

    def on_mount(self) -> None:
        # Focus "Yes" so Enter on the focused button and Enter from the binding agree.
        self.query_one("#yes", Button).focus()

    def action_answer(self, yes: bool) -> None:
        """Close the dialog with the given answer."""
        self.dismiss(yes)

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


def parse_iso_date(value: str) -> str | None:
    """The normalised ISO date for a ``YYYY-MM-DD`` string, or ``None`` if it isn't one."""
    value = value.strip()
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


class DateDialog(Dialog[str | None]):
    """Set the article's date as ``YYYY-MM-DD``. Returns the ISO date, ``""`` to clear it, or
    ``None`` when cancelled. An invalid date keeps the dialog open with a message."""

    def __init__(self, current: str | None) -> None:
        super().__init__(cancel_result=None)
        self._current = current or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Article date", classes="dialog--title")
            yield Static(
                "Times like “yesterday” or “on Monday” are resolved from this date.",
                classes="dialog--detail",
            )
            yield Input(self._current, placeholder="YYYY-MM-DD", id="date-value")
            yield _error_line()
            yield Label(
                "Enter sets it · leave empty to clear · Escape cancels", classes="dialog--hint"
            )

    @on(Input.Changed, "#date-value")
    def _clear_error(self) -> None:
        self.show_error("")

    @on(Input.Submitted, "#date-value")
    def _submit(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.dismiss("")
            return
        iso = parse_iso_date(text)
        if iso is None:
            self.show_error(f"“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14.")
            return
        self.dismiss(iso)


class ImportableFilesTree(DirectoryTree):
    """A directory tree that shows folders and the files the library can import, no hidden
    entries."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        """Keep visible folders and importable files."""
        return [
            path
            for path in paths
            if not path.name.startswith(".")
            and (path.is_dir() or path.suffix.lower() in IMPORTABLE_SUFFIXES)
        ]


class OpenFileDialog(Dialog[Path | None]):
    """Pick an article file to import: type a path (``~`` works) and press Enter, or pick one
    in the tree with the mouse or arrows. Returns the file's path, or ``None`` when cancelled.

    ``start`` is the folder the tree shows first (the current directory by default).
    """

    DEFAULT_CSS = """
    OpenFileDialog > #dialog {
        width: 90;
        height: 90%;
        padding: 0 1;
    }
    OpenFileDialog ImportableFilesTree {
        height: 1fr;
        margin-top: 1;
        border: round $primary 50%;
    }
    OpenFileDialog ImportableFilesTree:focus {
        border: round $primary;
    }
    """

    def __init__(self, start: Path | None = None) -> None:
        super().__init__(cancel_result=None)
        self._start = start or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Import an article (.txt, .md or .html)", classes="dialog--title")
            yield Input(placeholder="Path to a file, e.g. ~/news/article.txt", id="file-path")
            yield _error_line()
            yield ImportableFilesTree(self._start)
            yield Label(
                "Enter opens the typed path · Tab to the tree and Enter picks a file · "
                "Escape cancels",
                classes="dialog--hint",
            )

    @on(Input.Changed, "#file-path")
    def _clear_error(self) -> None:
        self.show_error("")

    @on(Input.Submitted, "#file-path")
    def _submit_path(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        if not typed:
            self.show_error("Type a path, or pick a file in the tree below.")
            return
        path = expand_user(typed)
        if not path.is_absolute():
            path = self._start / path
        if path.is_dir():
            # A folder: browse it in the tree instead of failing.
            self.query_one(ImportableFilesTree).path = path
            self.show_error("")
            return
        if not path.exists():
            self.show_error(f"There is no file at {path}.")
            return
        if path.suffix.lower() not in IMPORTABLE_SUFFIXES:
            self.show_error(f"{path.name} is not a .txt, .md or .html file.")
            return
        self.dismiss(path)

    @on(DirectoryTree.FileSelected)
    def _pick_file(self, event: DirectoryTree.FileSelected) -> None:
        self.dismiss(event.path)

"""LibraryScreen: the imported articles in a table — open one, import a file, remove one.

The rows come from ``Library.articles()`` (summaries without texts, most recently opened
first) and are handed to the table in one batch; the table draws only the visible lines, so
the screen opens and filters quickly with thousands of articles. The screen answers the
article id to open, or ``None`` when the user goes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import Click, Resize
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Footer, Input, Label

from reader.errors import UserError
from reader.library import Library
from reader.screens.dialogs import ConfirmDialog, OpenFileDialog
from reader.screens.reader import NARROW_WIDTH
from reader.store import StoreError
from reader.store.records import ArticleSummary
from reader.widgets.article_layout import showable

#: Columns after the title: (heading, width). The title takes the rest of the width.
_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Lang", 4),
    ("Date", 10),
    ("Actors", 6),
    ("Notes", 5),
    ("Added", 10),
)
_GAP = 2  # spaces between columns
_MIN_TITLE_WIDTH = 12
_MISSING = "—"
#: The actors cell of an article not analysed yet (it is analysed when first opened): not
#: "—", which means it has none. Drawn muted.
_UNREAD = "unread"
#: The index of the actors column in :func:`line_parts`.
_ACTORS_PART = 1 + [heading for heading, _ in _COLUMNS].index("Actors")


def notes_fate(notes: int) -> str:
    """What removing an article does to its notes, in one sentence for the confirmation."""
    if notes == 0:
        return "It has no notes. You can import it again at any time."
    if notes == 1:
        return "Its note is kept and comes back if you import the same text again."
    return f"Its {notes} notes are kept and come back if you import the same text again."


def _cells(summary: ArticleSummary) -> tuple[str, ...]:
    """The text of one row's cells: title, language, date, actors, notes, added."""
    return (
        showable(summary.title),
        summary.lang or _MISSING,
        summary.pubdate or _MISSING,
        _UNREAD if summary.actors is None else str(summary.actors or _MISSING),
        str(summary.notes) if summary.notes else _MISSING,
        summary.added_at[:10] or _MISSING,
    )


def line_parts(cells: tuple[str, ...], width: int) -> list[str]:
    """One table line for a table ``width`` cells wide, one string per column (with the space
    before it; the last string is the margin), so a column can be drawn in its own style. The
    title fills what the fixed columns leave, cut with an ellipsis when too long; counts are
    right-aligned. Wide characters count double. Joined, the parts may be wider than
    ``width`` on a very narrow table: the caller crops."""
    fixed = sum(w for _, w in _COLUMNS) + _GAP * len(_COLUMNS)
    title_width = max(_MIN_TITLE_WIDTH, width - fixed - 2)
    title = cells[0]
    if cell_len(title) > title_width:
        title = set_cell_size(title, title_width - 1) + "…"
    parts = [" " + set_cell_size(title, title_width)]
    for (heading, column_width), cell in zip(_COLUMNS, cells[1:], strict=True):
        right = heading in ("Actors", "Notes")
        padded = cell.rjust(column_width) if right else cell.ljust(column_width)
        parts.append(" " * _GAP + set_cell_size(padded, column_width))
    return [*parts, " "]


def format_line(cells: tuple[str, ...], width: int) -> str:
    """One table line, exactly ``width`` cells wide (see :func:`line_parts`)."""
    return set_cell_size("".join(line_parts(cells, width)), width)


class ArticleTable(ScrollView, can_focus=True, inherit_bindings=False):
    """The library's table, one row per article, drawn line by line (only the visible rows
    are rendered, so 10,000 articles open as fast as 10). Enter or a click on the cursor row
    opens the article.

    It inherits none of ScrollView's keys: its own move the cursor row (the view follows),
    and the table never scrolls sideways."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-table--header",
        "article-table--cursor",
        "article-table--even-row",
        "article-table--unread",
    }

    DEFAULT_CSS = """
    ArticleTable {
        height: 1fr;
        overflow-x: hidden;
        background: $surface;
        color: $foreground;
        & > .article-table--header {
            background: $panel;
            color: $text-primary;
            text-style: bold;
        }
        & > .article-table--even-row {
            background: $surface-lighten-1;
        }
        & > .article-table--unread {
            color: $text-muted;
            text-style: italic;
        }
        & > .article-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: bold;
        }
        &:focus > .article-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter", "open", "Open", id="library.open", tooltip="Read the article under the cursor"
        ),
        Binding("down,j", "move(1)", "Down", show=False, id="library.down", tooltip="Next article"),
        Binding("up,k", "move(-1)", "Up", show=False, id="library.up", tooltip="Previous article"),
        Binding(
            "pagedown",
            "page(1)",
            "Page down",
            show=False,
            id="library.page_down",
            tooltip="One page of articles down",
        ),
        Binding(
            "pageup",
            "page(-1)",
            "Page up",
            show=False,
            id="library.page_up",
            tooltip="One page of articles up",
        ),
        Binding(
            "home,g",
            "jump(0)",
            "First",
            show=False,
            id="library.first",
            tooltip="The first article",
        ),
        Binding(
            "end,G", "jump(-1)", "Last", show=False, id="library.last", tooltip="The last article"
        ),
    ]

    #: The index of the row under the cursor (into the rows shown).
    cursor_row: reactive[int] = reactive(0, always_update=True)

    @dataclass
    class Opened(Message):
        """The user asked to read this article (Enter, or a click on the cursor row)."""

        article_id: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[ArticleSummary] = []

    @property
    def selected(self) -> ArticleSummary | None:
        """The article under the cursor."""
        return self.rows[self.cursor_row] if self.rows else None

    def show_rows(self, rows: list[ArticleSummary], select: str | None = None) -> None:
        """Show ``rows`` (replacing the old ones) with the cursor on the article ``select``,
        else on the same row index as before (kept in range)."""
        self.rows = rows
        self.virtual_size = Size(self.size.width, len(rows) + 1)  # + the header line
        index = next((i for i, row in enumerate(rows) if row.id == select), None)
        self.cursor_row = index if index is not None else self.cursor_row
        self.refresh()

    def validate_cursor_row(self, row: int) -> int:
        """Keep the cursor on a row."""
        return max(0, min(row, len(self.rows) - 1))

    def watch_cursor_row(self) -> None:
        """Show the moved cursor."""
        self._scroll_to_cursor()
        self.refresh()

    def on_resize(self) -> None:
        """Lines are as wide as the table; the rows are the scrollable height."""
        self.virtual_size = Size(self.size.width, len(self.rows) + 1)
        # The first size arrives after the rows: bring the cursor into view once laid out.
        self.call_after_refresh(self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        """Scroll the least needed to show the cursor row below the header line."""
        self.scroll_to_region(
            Region(0, self.cursor_row + 1, 1, 1),
            spacing=Spacing(top=1),
            animate=False,
            x_axis=False,
        )

    def render_line(self, y: int) -> Strip:
        """The header on the first line, then the rows scrolled into view."""
        width = self.scrollable_content_region.width
        if y == 0:
            text = format_line(("Title", *(h for h, _ in _COLUMNS)), width)
            return Strip([Segment(text, self.get_component_rich_style("article-table--header"))])
        index = int(self.scroll_offset.y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        if index == self.cursor_row:
            style = self.get_component_rich_style("article-table--cursor")
        elif index % 2:
            style = self.get_component_rich_style("article-table--even-row")
        else:
            style = self.rich_style
        summary = self.rows[index]
        parts = line_parts(_cells(summary), width)
        styles = [style] * len(parts)
        if summary.actors is None:
            # Muted, but on the cursor row only italic: its own colours must stay readable.
            unread = self.get_component_rich_style("article-table--unread", partial=True)
            styles[_ACTORS_PART] = style + (
                Style(italic=True) if index == self.cursor_row else unread
            )
        segments = [Segment(part, s) for part, s in zip(parts, styles, strict=True)]
        return Strip(segments).adjust_cell_length(width, style)

    def on_click(self, event: Click) -> None:
        """A click moves the cursor; a click on the cursor row (or a double click) opens."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        index = int(self.scroll_offset.y) + offset.y - 1
        if not 0 <= index < len(self.rows):
            return
        if index == self.cursor_row or event.chain > 1:
            self.action_open()
        self.cursor_row = index

    def action_open(self) -> None:
        """Open the article under the cursor."""
        if self.selected is not None:
            self.post_message(self.Opened(self.selected.id))

    def action_move(self, step: int) -> None:
        """Move the cursor ``step`` rows."""
        self.cursor_row += step

    def action_page(self, direction: int) -> None:
        """Move the cursor one screenful."""
        self.cursor_row += direction * max(1, self.scrollable_content_region.height - 2)

    def action_jump(self, index: int) -> None:
        """Move the cursor to the first (0) or last (-1) row."""
        self.cursor_row = index if index >= 0 else len(self.rows) - 1


class LibraryScreen(Screen[str | None]):
    """The imported articles (title, language, date, actors, notes count, added).

    ``current_id`` is the article being read, where the cursor starts (by default the most
    recently opened one, i.e. the first row). Answers the id of the article to open, or
    ``None`` when the user goes back.
    """

    HELP = (
        "The articles you have imported, most recently opened first. Enter reads one, "
        "o imports a file, d removes one (its notes are kept), x exports every note to a "
        "Markdown file in the current folder, / filters by title. Actors are counted when "
        "an article is first opened: until then the column says “unread” (“—” means none)."
    )

    DEFAULT_CSS = """
    LibraryScreen #library-title {
        width: 1fr;
        padding: 0 1;
        background: $panel;
        color: $text-primary;
        text-style: bold;
    }
    LibraryScreen #library-filter {
        display: none;
    }
    LibraryScreen.-filtering #library-filter {
        display: block;
    }
    LibraryScreen #library-empty {
        width: 1fr;
        height: 1fr;
        padding: 1 2;
        color: $text-muted;
        text-style: italic;
        display: none;
    }
    LibraryScreen.-empty #library-empty {
        display: block;
    }
    LibraryScreen.-empty ArticleTable {
        display: none;
    }
    """

    AUTO_FOCUS = "ArticleTable"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "o",
            "import_file",
            "Import",
            id="library.import",
            tooltip="Import a .txt, .md or .html file",
        ),
        Binding(
            "d,delete",
            "remove",
            "Remove",
            id="library.remove",
            tooltip="Remove the article under the cursor (its notes are kept)",
        ),
        Binding(
            "x",
            "export_notes",
            "Export notes",
            id="library.export",
            tooltip="Export the notes of every article to a Markdown file in the current folder",
        ),
        Binding(
            "slash",
            "filter",
            "Filter",
            key_display="/",
            id="library.filter",
            tooltip="Show only articles whose title contains some text",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            id="library.back",
            tooltip="End the filter, then go back to the reader",
        ),
    ]

    def __init__(self, library: Library, current_id: str | None = None) -> None:
        super().__init__()
        self.library = library
        self._current_id = current_id
        self._summaries: list[ArticleSummary] = []

    def compose(self) -> ComposeResult:
        yield Label("Library", id="library-title")
        yield Input(
            placeholder="Filter by title (Enter keeps it, Escape ends it)", id="library-filter"
        )
        yield ArticleTable(id="library-table")
        yield Label(
            "No articles yet: press o to import a .txt, .md or .html file.", id="library-empty"
        )
        yield Footer()

    @property
    def table(self) -> ArticleTable:
        """The table of articles."""
        return self.query_one(ArticleTable)

    @property
    def filter_input(self) -> Input:
        """The title filter (shown while filtering)."""
        return self.query_one("#library-filter", Input)

    @property
    def selected_id(self) -> str | None:
        """The id of the article under the cursor, if any."""
        selected = self.table.selected
        return selected.id if selected else None

    def on_mount(self) -> None:
        """Load the articles and put the cursor on the current one."""
        self.reload(select=self._current_id)

    def on_resize(self, event: Resize) -> None:
        """On a narrow terminal the footer leaves out the palette key (^p still works), as
        the reader's does, so the library's own keys fit: q and ? were cut off at 80
        columns."""
        self.query_one(Footer).show_command_palette = event.size.width >= NARROW_WIDTH

    def reload(self, select: str | None = None) -> None:
        """Read the article list again and show it (keeping the filter), cursor on ``select``
        (or on the first row)."""
        self._summaries = self.library.articles()
        self._show(select)

    def _show(self, select: str | None = None) -> None:
        query = self.filter_input.value.strip().casefold() if self.has_class("-filtering") else ""
        shown = [s for s in self._summaries if query in s.title.casefold()]
        self.table.show_rows(shown, select)
        total = len(self._summaries)
        label = f"Library — {total} article{'' if total == 1 else 's'}"
        if len(shown) != total:
            label += f", {len(shown)} shown"
        self.query_one("#library-title", Label).update(label)
        self.set_class(total == 0, "-empty")

    # -- open, back, filter ----------------------------------------------------------------

    @on(ArticleTable.Opened)
    def _open(self, event: ArticleTable.Opened) -> None:
        self.dismiss(event.article_id)

    def action_back(self) -> None:
        """End the filter if one is active, else go back without opening anything."""
        if self.has_class("-filtering"):
            self._end_filter()
        else:
            self.dismiss(None)

    def action_filter(self) -> None:
        """Show the title filter and type into it."""
        self.add_class("-filtering")
        self.filter_input.focus()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self) -> None:
        self._show(self.selected_id)

    @on(Input.Submitted, "#library-filter")
    def _filter_kept(self) -> None:
        self.table.focus()

    def _end_filter(self) -> None:
        keep = self.selected_id
        self.remove_class("-filtering")
        self.filter_input.value = ""
        self._show(keep)
        self.table.focus()

    # -- import ----------------------------------------------------------------------------

    def action_import_file(self) -> None:
        """Ask for a file and import it; the new article gets the cursor."""
        self.app.push_screen(OpenFileDialog(), self._import_chosen)

    def _import_chosen(self, path: Path | None) -> None:
        if path is not None:
            self._import(path)

    @work(thread=True, exclusive=True, group="library-import")
    def _import(self, path: Path) -> None:
        # Reading HTML or a large file can take a moment: keep the UI responsive.
        try:
            article = self.library.import_path(path)
        except (UserError, StoreError) as error:  # a bad file, or a full or read-only disk
            self.app.call_from_thread(
                self.notify, str(error), title="Not imported", severity="error", markup=False
            )
            return
        self.app.call_from_thread(self._imported, article.id, article.title)

    def _imported(self, article_id: str, title: str) -> None:
        self.reload(select=article_id)
        self.notify(f"Imported “{showable(title)}”. Enter reads it.", title="Library", markup=False)

    # -- export ----------------------------------------------------------------------------

    def action_export_notes(self) -> None:
        """Write the notes of every article to a Markdown file and say where it is."""
        from reader.screens.notes_export import export_notes

        export_notes(self, self.library, None)

    # -- remove ----------------------------------------------------------------------------

    def action_remove(self) -> None:
        """Remove the article under the cursor, after saying what happens to its notes."""
        summary = self.table.selected
        if summary is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._remove(summary)

        question = f"Remove “{summary.title}” from the library?"  # the dialog makes it showable
        self.app.push_screen(ConfirmDialog(question, notes_fate(summary.notes)), answered)

    def _remove(self, summary: ArticleSummary) -> None:
        try:
            kept = self.library.remove(summary.id)
        except (UserError, StoreError) as error:  # e.g. a full or read-only disk
            self.notify(str(error), title="Not removed", severity="error", markup=False)
            return
        self._summaries = [s for s in self._summaries if s.id != summary.id]
        self._show()  # the cursor stays on the same row index: the next article
        kept_text = f" {kept} note{'' if kept == 1 else 's'} kept." if kept else ""
        self.notify(
            f"Removed “{showable(summary.title)}”.{kept_text}", title="Library", markup=False
        )

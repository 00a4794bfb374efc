"""The library screen, on a real Library in a temp home: list, open, filter, import, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.style import Style
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Footer, Input, Static
from textual.widgets._footer import FooterKey

import reader.store.storage
import reader.store.store
from reader.analysis.model import Actor, Analysis
from reader.app import NewsReaderApp
from reader.library import Library
from reader.screens.dialogs import ConfirmDialog, OpenFileDialog
from reader.screens.help import help_groups
from reader.screens.library import ArticleTable, LibraryScreen, notes_fate
from reader.screens.reader import ReaderScreen
from reader.store.records import Anchor
from tests.ui.conftest import disk_full

pytestmark = pytest.mark.anyio

SIZE = (120, 30)

# Short texts in our own words; distinct titles so the filter can tell them apart.
TEXTS = {
    "Harbour reopens after storm": "The harbour of Lindmoor reopened on Monday after the storm.",
    "Council approves [draft] budget": "The town council approved a draft budget of 4 million.",
    "River levels fall in the valley": "River levels fell by half a metre overnight, staff said.",
}


class LibraryHost(App[None]):
    """Shows one LibraryScreen and records its answer and the notifications."""

    def __init__(self, library: Library, current_id: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.current_id = current_id
        self.answers: list[Any] = []
        self.notices: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.library, self.current_id), self.answers.append)

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notices.append(message)
        super().notify(message, **kwargs)


@pytest.fixture
def shelf(tmp_path: Path) -> Library:
    """A library with three articles; the first one imported was opened most recently."""
    lib = Library(tmp_path / "home")
    ids = [lib.import_text(text, title=title).id for title, text in TEXTS.items()]
    for article_id in reversed(ids):
        lib.mark_opened(article_id)
    return lib


def table_of(app: App[Any]) -> ArticleTable:
    return app.screen.query_one(ArticleTable)


def shown_titles(app: App[Any]) -> list[str]:
    return [row.title for row in table_of(app).rows]


async def test_rows_most_recently_opened_first_with_cursor_on_current(shelf: Library) -> None:
    summaries = shelf.articles()
    current = summaries[1].id
    app = LibraryHost(shelf, current_id=current)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert shown_titles(app) == [s.title for s in summaries]
        assert shown_titles(app)[0] == "Harbour reopens after storm"
        assert app.screen.selected_id == current
        # Titles with brackets show literally.
        lines = [table_of(app).render_line(y).text for y in range(4)]
        assert lines[0].split()[:2] == ["Title", "Lang"]
        assert "Council approves [draft] budget" in "".join(lines)
        title = str(app.screen.query_one("#library-title", Static).render())
        assert "3 articles" in title


async def test_enter_opens_the_row_under_the_cursor(shelf: Library) -> None:
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
    assert app.answers == [shelf.articles()[1].id]


async def test_escape_goes_back_without_opening(shelf: Library) -> None:
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
        await pilot.pause()
    assert app.answers == [None]


async def test_filter_by_title_then_escape_ends_it(shelf: Library) -> None:
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"RIVER")
        await pilot.pause()
        assert app.screen.query_one("#library-filter", Input).has_focus
        assert shown_titles(app) == ["River levels fall in the valley"]
        await pilot.press("enter")  # keeps the filter, back to the table
        assert table_of(app).has_focus
        await pilot.press("escape")  # ends the filter, stays in the library
        await pilot.pause()
        assert len(shown_titles(app)) == 3
        assert app.screen.selected_id == shelf.articles()[2].id  # cursor stayed on the river
        assert app.answers == []
        await pilot.press("escape")
        await pilot.pause()
    assert app.answers == [None]


def test_notes_fate_says_what_happens_to_notes() -> None:
    assert notes_fate(3) == "Its 3 notes are kept and come back if you import the same text again."
    assert "note is kept" in notes_fate(1)
    assert "no notes" in notes_fate(0)


async def test_remove_asks_then_keeps_notes_for_a_reimport(shelf: Library) -> None:
    target = shelf.articles()[0]
    article = shelf.get(target.id)
    for body in ("first", "second"):
        shelf.add_note(target.id, body, Anchor(4, 11, article.text[4:11]))
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        detail = str(dialog.query_one(".dialog--detail", Static).render())
        assert "Its 2 notes are kept" in detail
        await pilot.press("y")
        await pilot.pause()
        assert target.title not in shown_titles(app)
        assert len(shown_titles(app)) == 2
        assert any("2 notes kept" in notice for notice in app.notices)
    assert target.id not in {s.id for s in shelf.articles()}
    again = shelf.import_text(article.text, title=article.title)
    assert [n.body for n in shelf.notes(again.id)] == ["first", "second"]


async def test_remove_answered_no_keeps_the_article(shelf: Library) -> None:
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("delete", "n")
        await pilot.pause()
        assert len(shown_titles(app)) == 3
    assert len(shelf.articles()) == 3


async def import_through_dialog(pilot: Pilot[None], path: Path) -> None:
    """Press o, type ``path`` into the open-file dialog, and wait for the import."""
    app = pilot.app
    await pilot.press("o")
    await pilot.pause()
    assert isinstance(app.screen, OpenFileDialog)
    app.screen.query_one(Input).value = str(path)
    await pilot.press("enter")
    await pilot.pause()
    imports = [w for w in app.workers if w.group == "library-import"]
    await app.workers.wait_for_complete(imports)
    await pilot.pause()


async def test_import_a_file_puts_the_cursor_on_it(shelf: Library, tmp_path: Path) -> None:
    new_file = tmp_path / "ferry.txt"
    new_file.write_text("Ferry services resume\n\nThe ferry to Osterby runs again.\n", "utf-8")
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await import_through_dialog(pilot, new_file)
        assert isinstance(app.screen, LibraryScreen)
        assert len(shown_titles(app)) == 4
        selected = app.screen.selected_id
        assert selected is not None and "Osterby" in shelf.get(selected).text


async def test_import_failure_is_a_friendly_notice(shelf: Library, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", "utf-8")
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await import_through_dialog(pilot, empty)
        assert len(shown_titles(app)) == 3
        assert any("empty.txt" in notice for notice in app.notices)


async def test_empty_library_says_how_to_import(tmp_path: Path) -> None:
    app = LibraryHost(Library(tmp_path / "empty-home"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-empty")
        assert app.screen.query_one("#library-empty").display


async def test_reader_l_opens_library_and_enter_reads_another_article(shelf: Library) -> None:
    app = NewsReaderApp(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.title == "Council approves [draft] budget"


async def test_click_selects_a_row_and_a_second_click_opens_it(shelf: Library) -> None:
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # Line 0 of the table is its header; line 2 is the second article.
        await pilot.click(ArticleTable, offset=(5, 2))
        await pilot.pause()
        assert app.screen.selected_id == shelf.articles()[1].id
        assert app.answers == []
        await pilot.click(ArticleTable, offset=(5, 2))
        await pilot.pause()
    assert app.answers == [shelf.articles()[1].id]


async def test_cursor_on_a_current_article_far_down_is_scrolled_into_view(tmp_path: Path) -> None:
    library = Library(tmp_path / "many")
    for number in range(60):
        library.import_text(f"Report number {number} on the weather.", title=f"Report {number}")
    current = library.articles()[50]
    app = LibraryHost(library, current_id=current.id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        assert app.screen.selected_id == current.id
        visible = [table.render_line(y).text for y in range(table.size.height)]
        assert any(f"{current.title} " in line for line in visible)


async def test_help_lists_no_sideways_keys_for_the_table(shelf: Library) -> None:
    """The table never scrolls sideways: the help must not list keys for it that do
    nothing, and every key it lists for the table is the table's own."""
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        keys = {key for group in help_groups(app.screen) for row in group.rows for key in row.keys}
        assert not keys & {"←", "→", "^pgup", "^pgdn"}
        assert {"↑", "↓", "pgup", "pgdn", "home", "end"} <= keys


async def test_actors_of_an_article_not_analysed_yet_read_unread_muted_not_none(
    shelf: Library,
) -> None:
    harbour, council, river = (shelf.find(title) for title in TEXTS)
    lindmoor = Actor("a1", "Lindmoor", "LOC")
    shelf.store.save_analysis(harbour.id, Analysis(lang="en", backend="builtin", actors=[lindmoor]))
    shelf.store.save_analysis(council.id, Analysis(lang="en", backend="builtin"))  # none
    app = LibraryHost(shelf, current_id=river.id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = table_of(app)
        rows = {row.id: y + 1 for y, row in enumerate(table.rows)}

        def actors_cell(article_id: str) -> tuple[str, Style]:
            _title, _lang, _date, actors, *_ = table.render_line(rows[article_id])
            return actors.text.strip(), actors.style or Style()

        text, style = actors_cell(harbour.id)
        assert text == "1" and not style.italic
        assert actors_cell(council.id)[0] == "—"
        text, style = actors_cell(river.id)  # the cursor row: italic only
        assert text == "unread" and style.italic
        await pilot.press("down")  # off the cursor row: muted too
        text, style = actors_cell(river.id)
        assert text == "unread" and style.italic and style.color != table.rich_style.color


async def test_a_full_disk_during_import_is_a_notice_not_a_crash(
    shelf: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_file = tmp_path / "ferry.txt"
    new_file.write_text("Ferry services resume\n\nThe ferry to Osterby runs again.\n", "utf-8")
    monkeypatch.setattr(reader.store.store, "atomic_write", disk_full)
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await import_through_dialog(pilot, new_file)
        assert app.is_running and isinstance(app.screen, LibraryScreen)
        assert any("No space left on device" in notice for notice in app.notices)
    assert len(shelf.articles()) == 3


async def test_a_remove_that_cannot_be_saved_is_a_notice_not_a_crash(
    shelf: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader.store.storage, "atomic_write", disk_full)
    app = LibraryHost(shelf)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", "y")
        await pilot.pause()
        assert app.is_running and len(shown_titles(app)) == 3
        assert any("No space left on device" in notice for notice in app.notices)
    assert len(shelf.articles()) == 3


async def test_every_library_key_fits_the_footer_at_80_columns(shelf: Library) -> None:
    """At 80 columns the palette key makes way (as in the reader) so q Quit and ? Help,
    the last of the library's keys, are not cut off; a wide terminal shows it again."""
    app = NewsReaderApp(shelf)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        footer = app.screen.query_one(Footer)
        assert not footer.show_command_palette
        keys = [key for key in footer.query(FooterKey) if not key.has_class("-command-palette")]
        assert keys and keys[-1].region.right <= 80
        assert {key.key for key in keys} >= {"q", "question_mark"}
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert footer.show_command_palette

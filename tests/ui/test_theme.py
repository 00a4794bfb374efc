"""The theme chosen in the command palette is remembered across restarts, safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.constants import DEFAULT_THEME

from reader.app import NewsReaderApp
from reader.library import Library
from reader.store import StoreError
from reader.store.store import SETTINGS_FILE
from tests.ui.conftest import SEED

pytestmark = pytest.mark.anyio

SIZE = (120, 40)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home holding the seed article and one note on it."""
    library = Library(tmp_path)
    article = library.import_path(SEED)
    library.add_note(article.id, "mine", None)
    return tmp_path


async def test_a_theme_chosen_in_the_palette_is_there_after_a_restart(home: Path) -> None:
    app = NewsReaderApp(Library(home))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"theme", "enter")
        await pilot.pause()
        await pilot.press(*"nord", "enter")
        await pilot.pause()
        assert app.theme == "nord"
    again = NewsReaderApp(Library(home))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "nord"
        assert again.has_class("-theme-nord")


@pytest.mark.parametrize(
    "content", [b"{not json", b"[1, 2]", b'{"theme": 7}', b'{"theme": "gone"}', b"\xff\xfe"]
)
async def test_damaged_settings_fall_back_to_the_default_and_keep_the_notes(
    home: Path, content: bytes
) -> None:
    (home / SETTINGS_FILE).write_bytes(content)
    library = Library(home)
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == DEFAULT_THEME
        assert list(app._notifications) == []
        app.theme = "nord"  # the next choice replaces the damaged file
        await pilot.pause()
    assert Library(home).saved_theme() == "nord"
    assert [note.body for note in library.notes(library.articles()[0].id)] == ["mine"]


async def test_a_theme_that_cannot_be_saved_is_a_warning_not_a_crash(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = Library(home)

    def full(key: str, value: str) -> None:
        raise StoreError("newsreader could not save (No space left on device)")

    monkeypatch.setattr(library.store, "save_setting", full)
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await pilot.pause()
        [notice] = list(app._notifications)
        assert "theme could not be remembered" in notice.message
        assert "No space left" in notice.message
        assert app.is_running and app.theme == "nord"

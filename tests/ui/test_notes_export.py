"""Exporting notes from the UI: x in the reader (and its notes list) and in the library."""

from __future__ import annotations

import errno
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import reader.library
from reader.app import NewsReaderApp
from reader.screens.library import LibraryScreen
from tests.ui.conftest import FixedLibrary

pytestmark = pytest.mark.anyio

SIZE = (120, 40)


def messages(app: NewsReaderApp) -> list[str]:
    """The notifications shown so far."""
    return [notification.message for notification in app._notifications]


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder, where exports go."""
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


async def test_x_exports_the_article_notes_to_a_new_file_and_says_where(
    fixed_library: FixedLibrary, out: Path
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        assert "no notes in this article" in messages(app)[-1]
        assert list(out.iterdir()) == []
        await pilot.press("w", *"whole story", "enter", "x")
        [written] = list(out.iterdir())
        assert written.name.startswith("newsreader-notes-") and written.suffix == ".md"
        assert "whole story" in written.read_text(encoding="utf-8")
        assert messages(app)[-1] == f"Exported 1 note to {written}"
        # Again, from the notes list (where the footer shows the key): a new name.
        await pilot.press("m")
        shown = [b.key for _, b, _, _ in app.screen.active_bindings.values() if b.show]
        assert "x" in shown
        await pilot.press("x")
        again = written.with_name(f"{written.stem}-2.md")
        assert messages(app)[-1] == f"Exported 1 note to {again}"
        assert again.read_text(encoding="utf-8") == written.read_text(encoding="utf-8")


async def test_x_in_the_library_exports_every_note(fixed_library: FixedLibrary, out: Path) -> None:
    article = fixed_library.articles()[0]
    fixed_library.add_note(article.id, "first", None)
    fixed_library.add_note(article.id, "second", None)
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("x")
        path = out / f"newsreader-notes-{date.today()}.md"
        assert messages(app)[-1] == f"Exported 2 notes to {path}"
        assert path.is_file()


async def test_a_full_disk_is_one_message_not_a_crash(
    fixed_library: FixedLibrary, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(folder: Path, stem: str, data: bytes) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(reader.library, "_write_new_file", full)
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", *"kept", "enter", "x")
        assert "No space left on device" in messages(app)[-1]
        assert "nothing was exported" in messages(app)[-1]
        assert app.is_running


async def test_the_exported_file_gives_dates_a_reader_can_read(
    fixed_library: FixedLibrary, out: Path
) -> None:
    """Each note's dates are written to the minute in UTC, not as raw ISO stamps with
    microseconds; "last changed" appears once the note was changed later."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", *"whole story", "enter", "x")
        [written] = list(out.iterdir())
        text = written.read_text(encoding="utf-8")
        [line] = [line for line in text.splitlines() if line.startswith("*Written")]
        assert re.fullmatch(r"\*Written \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.\*", line), line
        [note] = fixed_library.notes(app.screen.article.id)
    later = replace(note, updated_at="2099-01-02T03:04:05.678901+00:00")
    assert "last changed 2099-01-02 03:04 UTC." in reader.library._notes_markdown(
        [later], {note.article_id: "Title"}
    )

"""The modal dialogs, driven with Pilot inside a small host app that records each answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.screen import Screen
from textual.widgets import Input, Static

from reader.screens.dialogs import (
    ConfirmDialog,
    DateDialog,
    ImportableFilesTree,
    NoteDialog,
    OpenFileDialog,
    parse_iso_date,
)

pytestmark = pytest.mark.anyio


class DialogHost(App[None]):
    """Pushes one dialog at start and records what it answers."""

    def __init__(self, dialog: Screen[Any]) -> None:
        super().__init__()
        self.dialog = dialog
        self.answers: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self.answers.append)


async def test_note_dialog_saves_typed_text_and_shows_anchor_literally() -> None:
    app = DialogHost(NoteDialog("Note on Jakarta", "Jakarta [ibu kota]"))
    async with app.run_test() as pilot:
        detail = app.screen.query_one(".dialog--detail", Static)
        assert "Jakarta [ibu kota]" in str(detail.render())
        await pilot.press(*"penting", "enter")
        await pilot.pause()
    assert app.answers == ["penting"]


async def test_note_dialog_edits_initial_text() -> None:
    app = DialogHost(NoteDialog("Edit note", "", initial="old"))
    async with app.run_test() as pilot:
        assert app.screen.query_one(Input).value == "old"
        await pilot.press("end", "backspace", "backspace", "backspace", *"new", "enter")
        await pilot.pause()
    assert app.answers == ["new"]


@pytest.mark.parametrize("keys", [("escape",), ("space", "space", "enter")])
async def test_note_dialog_cancel_or_empty_saves_nothing(keys: tuple[str, ...]) -> None:
    app = DialogHost(NoteDialog("Note", "text"))
    async with app.run_test() as pilot:
        await pilot.press(*keys)
        await pilot.pause()
    assert app.answers == [None]


@pytest.mark.parametrize(
    ("keys", "answer"),
    [(("y",), True), (("enter",), True), (("n",), False), (("escape",), False)],
)
async def test_confirm_dialog_keys(keys: tuple[str, ...], answer: bool) -> None:
    app = DialogHost(ConfirmDialog("Remove it?", "Its notes are kept."))
    async with app.run_test() as pilot:
        await pilot.press(*keys)
        await pilot.pause()
    assert app.answers == [answer]


@pytest.mark.parametrize(("button", "answer"), [("#yes", True), ("#no", False)])
async def test_confirm_dialog_buttons(button: str, answer: bool) -> None:
    app = DialogHost(ConfirmDialog("Remove it?"))
    async with app.run_test() as pilot:
        await pilot.click(button)
        await pilot.pause()
    assert app.answers == [answer]


def test_parse_iso_date() -> None:
    assert parse_iso_date(" 2025-03-14 ") == "2025-03-14"
    assert parse_iso_date("2025-02-30") is None
    assert parse_iso_date("20250314") is None
    assert parse_iso_date("14/03/2025") is None


async def test_date_dialog_rejects_bad_date_then_accepts_good_one() -> None:
    app = DialogHost(DateDialog("2024-01-01"))
    async with app.run_test() as pilot:
        date_input = app.screen.query_one(Input)
        assert date_input.value == "2024-01-01"
        date_input.value = "2025-02-30"
        await pilot.press("enter")
        await pilot.pause()
        error = app.screen.query_one(".dialog--error", Static)
        assert error.display and "YYYY-MM-DD" in str(error.render())
        assert app.answers == []
        date_input.value = "2025-03-14"
        await pilot.press("enter")
        await pilot.pause()
    assert app.answers == ["2025-03-14"]


@pytest.mark.parametrize(
    ("current", "keys", "answer"), [("2024-01-01", ("escape",), None), (None, ("enter",), "")]
)
async def test_date_dialog_cancel_and_clear(
    current: str | None, keys: tuple[str, ...], answer: str | None
) -> None:
    app = DialogHost(DateDialog(current))
    async with app.run_test() as pilot:
        await pilot.press(*keys)
        await pilot.pause()
    assert app.answers == [answer]


@pytest.fixture
def article_folder(tmp_path: Path) -> Path:
    (tmp_path / "story.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>A page.</p>", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    return tmp_path


async def test_open_file_dialog_tree_lists_only_importable_files(article_folder: Path) -> None:
    app = DialogHost(OpenFileDialog(start=article_folder))
    async with app.run_test() as pilot:
        tree = app.screen.query_one(ImportableFilesTree)
        await tree.reload()
        await pilot.pause()
        names = {node.label.plain for node in tree.root.children}
    assert names == {"story.txt", "page.html", "sub"}


async def test_open_file_dialog_typed_path_with_tilde(
    article_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(article_folder))
    app = DialogHost(OpenFileDialog(start=article_folder))
    async with app.run_test() as pilot:
        app.screen.query_one(Input).value = "~/story.txt"
        await pilot.press("enter")
        await pilot.pause()
    assert app.answers == [article_folder / "story.txt"]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("missing.txt", "There is no file"),
        ("scan.pdf", "is not a .txt"),
        ("~nosuchuser-xyz/story.txt", "There is no file"),  # taken literally, as by the shell
    ],
)
async def test_open_file_dialog_explains_bad_paths(
    article_folder: Path, typed: str, message: str
) -> None:
    app = DialogHost(OpenFileDialog(start=article_folder))
    async with app.run_test() as pilot:
        app.screen.query_one(Input).value = typed
        await pilot.press("enter")
        await pilot.pause()
        error = app.screen.query_one(".dialog--error", Static)
        assert error.display and message in str(error.render())
        await pilot.press("escape")
        await pilot.pause()
    assert app.answers == [None]


async def test_open_file_dialog_picks_file_in_tree(article_folder: Path) -> None:
    app = DialogHost(OpenFileDialog(start=article_folder))
    async with app.run_test() as pilot:
        tree = app.screen.query_one(ImportableFilesTree)
        await tree.reload()
        await pilot.pause()
        story = next(n for n in tree.root.children if n.label.plain == "story.txt")
        tree.focus()
        tree.move_cursor(story)
        await pilot.press("enter")
        await pilot.pause()
    assert app.answers == [article_folder / "story.txt"]


async def test_note_dialog_shortens_a_long_anchor_and_keeps_the_input_in_view() -> None:
    sentence = "The council met again on Tuesday to discuss the harbour budget. " * 20
    app = DialogHost(NoteDialog("Note on this sentence", sentence))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one(".dialog--detail", Static).render())
        assert shown.startswith("“The council met") and shown.endswith("…”")
        assert len(shown) < len(sentence)
        box = app.screen.query_one("#dialog").region
        assert app.screen.query_one(Input).region.bottom <= box.bottom


async def test_editing_a_note_adds_to_it_rather_than_replacing_it() -> None:
    results: list[str | None] = []

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(NoteDialog("Edit note", "Trump", "Check the figure"), results.append)

    app = Host()
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("space", "a", "g", "a", "i", "n", "enter")
        await pilot.pause()
    assert results == ["Check the figure again"]

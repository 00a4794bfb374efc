"""The help screen lists exactly the bindings active beneath it, grouped by binding id, plus
the HELP texts of the screen's widgets. Expected values come from Textual's own
``active_bindings`` of the screen under test, never from a retyped key table."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Label, Markdown

from reader.app import NewsReaderApp
from reader.keys import HELP_GROUPS, READER_BINDINGS
from reader.library import Library
from reader.screens.help import FALLBACK_GROUP, HelpScreen, key_label
from reader.screens.library import LibraryScreen
from reader.screens.reader import ReaderScreen
from reader.widgets.actors_panel import ActorsPanel
from reader.widgets.article_view import ArticleView

pytestmark = pytest.mark.anyio

SIZE = (120, 40)

#: heading → {(key, description)}
Listing = dict[str, set[tuple[str, str]]]


def expected_listing(screen: Screen[Any]) -> Listing:
    """What every non-system binding active on ``screen`` should show, under which heading
    (bindings without a description are left out: the help names them by their action)."""
    app = screen.app
    listing: Listing = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.system or not binding.description:
            continue
        prefix = binding.id.split(".")[0] if binding.id and "." in binding.id else None
        heading = HELP_GROUPS.get(prefix, prefix.capitalize()) if prefix else FALLBACK_GROUP
        listing.setdefault(heading, set()).add((key_label(app, binding), binding.description))
    return listing


def shown_listing(help_screen: Screen[Any]) -> Listing:
    """What the help screen shows: heading → {(key, description)}, one entry per key."""
    listing: Listing = {}
    heading = ""
    for child in help_screen.query_one(VerticalScroll).children:
        if child.has_class("help--group"):
            heading = str(child.render())
        elif isinstance(child, Grid):
            cells = [str(label.render()) for label in child.query(Label)]
            for keys, description in zip(cells[0::3], cells[1::3], strict=True):
                for key in keys.split(" "):
                    listing.setdefault(heading, set()).add((key, description))
    return listing


async def open_help(pilot: Pilot[None]) -> tuple[Listing, set[str], Screen[Any]]:
    """The expected listing and every bound key of the current screen, then the help opened
    over it with ?."""
    beneath = pilot.app.screen
    expected = expected_listing(beneath)
    bound = {key_label(pilot.app, a.binding) for a in beneath.active_bindings.values()}
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpScreen)
    return expected, bound, pilot.app.screen


def assert_matches(expected: Listing, bound: set[str], shown: Listing) -> None:
    """Every active binding is listed under its group; every listed key is bound."""
    for heading, rows in expected.items():
        assert rows <= shown.get(heading, set()), heading
    assert {key for rows in shown.values() for key, _ in rows} <= bound


async def focus_article(app: App[None]) -> None:
    assert isinstance(app.screen, ReaderScreen)


async def focus_actors(app: App[None]) -> None:
    app.screen.query_one(ActorsPanel).focus()


@pytest.mark.parametrize("focus", [focus_article, focus_actors])
async def test_help_lists_every_active_reader_binding_in_its_group(
    library: Library, focus: Any
) -> None:
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await focus(app)
        await pilot.pause()
        expected, bound, help_screen = await open_help(pilot)
        shown = shown_listing(help_screen)
        assert_matches(expected, bound, shown)
        # Reader groups come in HELP_GROUPS order, Textual's own keys last.
        headings = list(shown)
        reader_headings = [h for h in headings if h in HELP_GROUPS.values()]
        assert reader_headings == [t for t in HELP_GROUPS.values() if t in reader_headings]
        assert len(reader_headings) >= 5
        if FALLBACK_GROUP in headings:
            assert headings[-1] == FALLBACK_GROUP


async def test_help_lists_every_scroll_key_of_the_article_and_no_sideways_ones(
    library: Library,
) -> None:
    """The article only scrolls up and down: the help names each scroll key under "Scroll",
    twins on one row, and lists no sideways keys that would do nothing."""
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("down", "down")
        assert view.scroll_y == 2
        _, _, help_screen = await open_help(pilot)
        shown = shown_listing(help_screen)
        scroll = shown[HELP_GROUPS["scroll"]]
        for keys, description in [
            ("j ↓", "Scroll down"),
            ("k ↑", "Scroll up"),
            ("space pgdn", "Page down"),
            ("b pgup", "Page up"),
            ("g home", "Top"),
            ("G end", "Bottom"),
        ]:
            assert {(key, description) for key in keys.split()} <= scroll
        every_key = {key for rows in shown.values() for key, _ in rows}
        assert not every_key & {"←", "→", "^pgup", "^pgdn"}


async def test_help_shows_the_help_text_of_each_part(library: Library) -> None:
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = app.screen
        texts = {
            type(node).HELP.strip()
            for node in [reader, *reader.walk_children()]
            if isinstance(getattr(type(node), "HELP", None), str)
        }
        await pilot.press("question_mark")
        await pilot.pause()
        sources = [md.source for md in app.screen.query(Markdown)]
        assert texts
        for text in texts:
            assert any(text in source for source in sources)


@pytest.mark.parametrize("key", ["escape", "q", "question_mark"])
async def test_help_closes_with_escape_q_or_question_mark(library: Library, key: str) -> None:
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_help_over_the_library_lists_library_keys(library: Library) -> None:
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        expected, bound, help_screen = await open_help(pilot)
        shown = shown_listing(help_screen)
        assert_matches(expected, bound, shown)
        assert {"Open", "Import", "Remove", "Filter"} <= {d for _, d in shown["Library"]}
        # The screen's own keys first, then the app's (Quit, Help).
        headings = list(shown)
        assert headings.index("Library") < headings.index(HELP_GROUPS["app"])


class Plain(Screen[None]):
    """A screen with an id-less binding, a disabled one and a HELP text without heading."""

    HELP = "A plain screen for testing."
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x", "thing", "Do a thing"),
        Binding("z", "later", "Not now", id="toggle.later"),
    ]

    def compose(self) -> ComposeResult:
        yield Label("plain")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "later" else True


class PlainApp(App[None]):
    def on_mount(self) -> None:
        self.push_screen(Plain())


async def test_help_groups_id_less_bindings_under_general_and_dims_disabled() -> None:
    app = PlainApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        app.push_screen(HelpScreen())
        await pilot.pause()
        shown = shown_listing(app.screen)
        assert ("x", "Do a thing") in shown[FALLBACK_GROUP]
        assert ("z", "Not now") in shown[HELP_GROUPS["toggle"]]
        disabled = [str(label.render()) for label in app.screen.query(".-disabled")]
        assert "Not now" in disabled and "Do a thing" not in disabled
        markdown = app.screen.query_one(Markdown).source
        assert markdown.startswith("## Plain") and "A plain screen for testing." in markdown


async def test_help_follows_a_user_keymap(library: Library) -> None:
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.set_keymap({"note.add": "x"})
        await pilot.pause()
        _, _, help_screen = await open_help(pilot)
        add_note = next(b for b in READER_BINDINGS if b.id == "note.add")
        notes = shown_listing(help_screen)[HELP_GROUPS["note"]]
        assert ("x", add_note.description) in notes
        assert (add_note.key, add_note.description) not in notes


async def test_help_names_every_key_of_a_binding_whose_footer_shows_one(
    library: Library,
) -> None:
    """The footer shows "s" for the panel key, but "\\" works too: the help lists both."""
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        _, _, help_screen = await open_help(pilot)
        panel = shown_listing(help_screen)[HELP_GROUPS["panel"]]
        assert {("\\", "Panel"), ("s", "Panel")} <= panel
        await pilot.press("escape", "backslash")
        assert not app.screen.query_one("#side").display

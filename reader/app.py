"""NewsReaderApp: the Textual application (screens, global keys, theme, command palette)."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.errors import UserError
from reader.keys import APP_BINDINGS, KEYMAP_FILE, load_keymap
from reader.library import Library
from reader.screens.reader import ReaderScreen
from reader.store import StoreError
from reader.store.records import ArticleRecord
from reader.widgets.highlight_styles import highlight_variables


class NewsReaderApp(App[None]):
    """Read news closely: opens ``article_id`` (or the most recent article) in the reader.

    Keys can be changed in ``<home>/keymap.json`` by binding id (see ``reader/keys.py``).
    """

    CSS_PATH = "app.tcss"
    TITLE = "newsreader"
    BINDINGS: ClassVar[list[BindingType]] = APP_BINDINGS  # type: ignore[assignment]

    def __init__(self, library: Library, article_id: str | None = None) -> None:
        super().__init__()
        self.library = library
        self._start_article = article_id
        self._gc_paused = False
        # Before the first frame, so the app starts in the user's theme with no restyle.
        theme = library.saved_theme()
        if theme is not None and theme in self.available_themes:
            self.theme = theme

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app. Start-up creates tens of thousands of long-lived objects (widgets,
        styles, the analysis); the cyclic garbage collector would walk them over and over
        before the first frame, so it waits until the screen is drawn (``_started``)."""
        gc.disable()
        self._gc_paused = True
        try:
            return super().run(*args, **kwargs)
        finally:
            gc.enable()

    def _started(self) -> None:
        """After the first frame: park the start-up objects outside the collector's
        generations (they live as long as the app) and let it run again."""
        if self._gc_paused:
            self._gc_paused = False
            gc.freeze()
            gc.enable()

    def on_mount(self) -> None:
        """Show store warnings once, then open the article."""
        self.call_after_refresh(self._started)
        for warning in self.library.warnings:
            self.notify(warning, title="Library", severity="warning", timeout=15)
        keymap, problem = load_keymap(self.library.home / KEYMAP_FILE)
        if problem:
            self.notify(problem, title="Keys", severity="warning", timeout=15)
        self.set_keymap(keymap)
        article = self._first_article()
        if article is None:
            self.action_library()
        else:
            self.push_screen(ReaderScreen(self.library, article))

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Variables of the app's own for ``app.tcss``, worked out for the current theme."""
        return highlight_variables(self.current_theme)

    def watch_theme(self, name: str) -> None:
        """Remember a theme chosen in the command palette for the next start. Failing to save
        it (a read-only folder, a full disk) costs only the preference: say so, carry on."""
        try:
            self.library.save_theme(name)
        except StoreError as error:
            self.notify(
                f"The theme could not be remembered: {error}",
                title="Theme",
                severity="warning",
                markup=False,
            )

    def _first_article(self) -> ArticleRecord | None:
        if self._start_article is not None:
            try:
                return self.library.get(self._start_article)
            except UserError as error:
                self.notify(str(error), severity="error")
        return self.library.most_recent()

    def open_article(self, article: ArticleRecord | str) -> None:
        """Show ``article`` (a record or an id) in the reader, replacing the current one."""
        if isinstance(article, str):
            try:
                article = self.library.get(article)
            except UserError as error:
                self.notify(str(error), severity="error")
                return
        screen = ReaderScreen(self.library, article)
        if isinstance(self.screen, ReaderScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    # -- actions ---------------------------------------------------------------------------

    def action_help(self) -> None:
        """Show every key, grouped."""
        from reader.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The library and file keys work from the reader (not from inside a dialog or the
        library itself, which has its own import key)."""
        if action in ("library", "open_file"):
            return isinstance(self.screen, ReaderScreen) or len(self.screen_stack) <= 1
        return True

    def action_library(self) -> None:
        """Show the library; opening an article there shows it here."""
        from reader.screens.library import LibraryScreen

        reader = self.screen if isinstance(self.screen, ReaderScreen) else None
        current = reader.article.id if reader is not None else None
        self.push_screen(LibraryScreen(self.library, current), self._library_closed)

    def _library_closed(self, article_id: str | None) -> None:
        """Open the chosen article; with none chosen, make sure the reader still shows an
        article that exists (it may just have been removed)."""
        if article_id is not None:
            self.open_article(article_id)
            return
        reader = self.screen if isinstance(self.screen, ReaderScreen) else None
        if reader is not None and self._exists(reader.article.id):
            return
        article = self.library.most_recent()
        if article is not None:
            self.open_article(article)
        elif reader is not None:
            self.pop_screen()
            self.action_library()
        else:
            self.exit()

    def _exists(self, article_id: str) -> bool:
        try:
            self.library.get(article_id)
        except UserError:
            return False
        return True

    def action_open_file(self) -> None:
        """Import a file and read it."""
        from reader.screens.dialogs import OpenFileDialog

        def opened(path: Path | None) -> None:
            if path is None:
                return
            try:
                article = self.library.import_path(path)
            except (UserError, StoreError) as error:  # a bad file, or a full or read-only disk
                self.notify(str(error), title="Not imported", severity="error", markup=False)
                return
            self.open_article(article)

        self.push_screen(OpenFileDialog(), opened)

    # -- command palette -------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette offers every bound action of the app and the current screen."""
        yield from super().get_system_commands(screen)
        sources: list[tuple[Any, list[Binding]]] = [(self, APP_BINDINGS)]
        screen_bindings = getattr(screen, "BINDINGS", [])
        sources.append((screen, [b for b in screen_bindings if isinstance(b, Binding)]))
        for target, bindings in sources:
            for binding in bindings:
                if binding.id == "app.quit" or not binding.description:
                    continue
                name, _, _ = binding.action.partition("(")
                if target.check_action(name, ()) is not True:
                    continue
                key = self.get_key_display(binding)
                yield SystemCommand(
                    binding.description,
                    f"{binding.tooltip} — key {key}",
                    partial(target.run_action, binding.action),
                )


def run_app(library: Library, article_id: str | None) -> None:
    """Run the reader (the CLI's default command)."""
    NewsReaderApp(library, article_id).run()

"""SidePanel: a one-line tab strip over a few pages, only the active page displayed.

Textual's ``TabbedContent`` builds a tab widget, an animated underline, a content switcher and
a pane per tab; at start-up that machinery cost more than the actors list it frames. This
panel is one line of text over the pages themselves: the strip draws the names, a click on a
name switches, and the screen switches with its own keys through :attr:`SidePanel.active`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget


class TabStrip(Widget):
    """The tab names on one line. The active one is bold and underlined (never marked by
    colour alone) and filled like a list's cursor: bright while the panel has focus."""

    DEFAULT_CSS = """
    TabStrip {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
        & > .tab-strip--active {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: bold underline;
        }
    }
    TabStrip.-panel-focused > .tab-strip--active {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"tab-strip--active"}

    active: reactive[str] = reactive("", layout=False)

    @dataclass
    class Clicked(Message):
        """A tab name was clicked."""

        tab: str

    def __init__(self, labels: dict[str, str], active: str) -> None:
        super().__init__()
        self.labels = labels
        self.set_reactive(TabStrip.active, active)
        # The names are clickable but not links: no link colours, no underline on hover.
        self.set_reactive(Widget.auto_links, False)

    def render(self) -> Content:
        """The names side by side, each clickable."""
        active = self.get_visual_style("tab-strip--active")
        parts: list[str | tuple[str, Style]] = []
        for tab, label in self.labels.items():
            click = Style.from_meta({"@click": f"pick({tab!r})"})
            parts.append((f" {label} ", active + click if tab == self.active else click))
            parts.append(" ")
        return Content.assemble(*parts)

    def action_pick(self, tab: str) -> None:
        """A click on a name (bound through the names' ``@click`` meta)."""
        self.post_message(self.Clicked(tab))


class SidePanel(Vertical):
    """Pages under a tab strip; only the active page is displayed.

    Give the pages as ``(label, widget)`` pairs: each widget's id names its tab. Setting
    :attr:`active` (or clicking a name) shows that page and posts :class:`TabChanged`; a click
    also focuses the page.
    """

    #: The name (page id) of the displayed page.
    active: reactive[str] = reactive("", init=False)

    @dataclass
    class TabChanged(Message):
        """Another page is displayed."""

        side_panel: SidePanel
        tab: str

        @property
        def control(self) -> SidePanel:
            """The panel that changed (for ``@on(SidePanel.TabChanged, "#id")``)."""
            return self.side_panel

    def __init__(self, *pages: tuple[str, Widget], id: str | None = None) -> None:
        super().__init__(id=id)
        if any(widget.id is None for _, widget in pages):
            raise ValueError("Every page needs an id: it names the page's tab")
        self._pages = {str(widget.id): widget for _, widget in pages}
        self._labels = {str(widget.id): label for label, widget in pages}
        first = next(iter(self._pages))
        self.set_reactive(SidePanel.active, first)
        for tab, widget in self._pages.items():
            widget.display = tab == first

    def compose(self) -> ComposeResult:
        """The strip, then every page (the hidden ones cost no layout)."""
        yield TabStrip(self._labels, self.active)
        yield from self._pages.values()

    @property
    def active_page(self) -> Widget:
        """The displayed page."""
        return self._pages[self.active]

    def validate_active(self, tab: str) -> str:
        """Only the names of the pages are tabs."""
        if tab not in self._pages:
            raise ValueError(f"No tab {tab!r}; the tabs are {', '.join(self._pages)}")
        return tab

    def watch_active(self, tab: str) -> None:
        """Display the page, mark its name, tell the screen."""
        for name, widget in self._pages.items():
            widget.display = name == tab
        self.query_one(TabStrip).active = tab
        self.post_message(self.TabChanged(self, tab))

    def on_descendant_focus(self) -> None:
        """The active name is drawn like the list's cursor: bright while a page has focus."""
        self._show_focus()

    def on_descendant_blur(self) -> None:
        """Dimmed again when the focus leaves the panel."""
        self._show_focus()

    def _show_focus(self) -> None:
        self.query_one(TabStrip).set_class(self.has_focus_within, "-panel-focused")

    @on(TabStrip.Clicked)
    def _clicked(self, message: TabStrip.Clicked) -> None:
        message.stop()
        self.active = message.tab
        self.active_page.focus()

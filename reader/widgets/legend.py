"""Legend: names each highlight kind in its own style, with the key that toggles it."""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widget import Widget

from reader.widgets.article_layout import TOGGLES
from reader.widgets.highlight_styles import KIND_CLASSES, kind_class, kind_style


class Legend(Widget):
    """One line: ``1 people  2 orgs …``; hidden kinds are dimmed and struck through.

    The line is built in :meth:`render`, from the kinds' styles as they are at that moment:
    a theme change restyles the component classes and refreshes the widget, so the legend
    always shows the current colours (also when the theme was changed from a screen above)."""

    COMPONENT_CLASSES = KIND_CLASSES

    DEFAULT_CSS = """
    Legend {
        height: 1;
    }
    """

    _hidden: frozenset[str] = frozenset()

    def show(self, hidden: set[str]) -> None:
        """Redraw, marking the kinds in ``hidden`` as switched off."""
        self._hidden = frozenset(hidden)
        self.refresh()

    def render(self) -> Content:
        """The keys and kind names, each name in its kind's style."""
        parts: list[str | tuple[str, str | Style]] = []
        for key, (label, kinds) in TOGGLES.items():
            off = all(kind in self._hidden for kind in kinds)
            parts.append((key, "bold" if not off else "dim"))
            names = label.split("/")
            for index, (name, kind) in enumerate(zip(names, kinds, strict=False)):
                style = Style(dim=True, strike=True) if off else kind_style(self, kind_class(kind))
                parts.append("/" if index else " ")
                parts.append((name, style))
            parts.append("  ")
        return Content.assemble(*parts)

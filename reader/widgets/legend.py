"""Legend: names each highlight kind in its own style, with the key that toggles it."""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from reader.widgets.article_layout import TOGGLES
from reader.widgets.highlight_styles import KIND_CLASSES, kind_class


class Legend(Static):
    """One line: ``1 people  2 orgs …``; hidden kinds are dimmed and struck through."""

    COMPONENT_CLASSES = KIND_CLASSES

    _hidden: set[str] | None = None

    def on_mount(self) -> None:
        """The legend is drawn in the kinds' colours: redraw it when the theme changes."""
        self.watch(self.app, "theme", self._restyle, init=False)

    def _restyle(self) -> None:
        if self._hidden is not None:
            self.call_after_refresh(self.show, self._hidden)

    def show(self, hidden: set[str]) -> None:
        """Redraw, marking the kinds in ``hidden`` as switched off."""
        self._hidden = set(hidden)
        parts: list[str | tuple[str, str | Style]] = []
        for key, (label, kinds) in TOGGLES.items():
            off = all(kind in hidden for kind in kinds)
            parts.append((key, "bold" if not off else "dim"))
            names = label.split("/")
            for index, (name, kind) in enumerate(zip(names, kinds, strict=False)):
                style = (
                    Style(dim=True, strike=True)
                    if off
                    else self.get_visual_style(kind_class(kind), partial=True)
                )
                parts.append("/" if index else " ")
                parts.append((name, style))
            parts.append("  ")
        self.update(Content.assemble(*parts))

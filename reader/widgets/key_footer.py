"""KeyFooter: Textual's footer, rebuilt only when the keys it shows have changed."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # not exported by textual.widgets


class KeyFooter(Footer):
    """The stock footer, drawn with the screen's keys from its first frame.

    Textual's footer starts empty and rebuilds all its keys on every bindings refresh (each
    focus change, screen resume, or ``refresh_bindings`` call), several times while a screen
    mounts; each rebuild restyles every key. This one composes with the keys at hand and
    rebuilds only when a key, its enabled state or the palette key changed.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.set_reactive(Footer._bindings_ready, True)
        self._shown: tuple[object, ...] | None = None
        self._rebuild_pending = False

    def compose(self) -> ComposeResult:
        """The stock footer's keys, remembering what they showed."""
        self._shown = self._signature()
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # A key starts compact, then takes the footer's setting through a data
                # binding: two restyles per key. Start each in its final state instead
                # (the palette key is not bound and stays compact).
                compact = widget.has_class("-command-palette") or self.compact
                widget.set_reactive(FooterKey.compact, compact)
                widget.set_class(compact, "-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen[Any]) -> None:
        """Schedule one rebuild if the screen's keys now differ from the ones shown."""
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._rebuild_pending and self._signature() != self._shown:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    def watch_show_command_palette(self) -> None:
        """Hiding or showing the palette key changes what the footer shows."""
        if self.is_attached:
            self.bindings_changed(self.screen)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        if self.is_attached and self._signature() != self._shown:
            await self.recompose()

    def _signature(self) -> tuple[object, ...]:
        """Everything the footer's keys are drawn from: the shown keys and the palette key."""
        palette = self.app.COMMAND_PALETTE_BINDING
        bindings = tuple(
            (key, binding, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )
        return bindings, self.show_command_palette

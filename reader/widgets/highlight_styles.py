"""The component classes shared by every widget that paints highlight kinds.

Colours and text styles live in ``app.tcss`` (theme variables plus a bold/underline/italic
cue per kind); widgets only name the classes, so a theme change restyles everything.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.style import Style
from textual.theme import Theme
from textual.widget import Widget

from reader.widgets.article_layout import KINDS


def kind_class(kind: str) -> str:
    """The component class that styles a highlight kind ("per" → "hl--per")."""
    return f"hl--{kind}"


#: Layers drawn over the kinds: marked mentions, search hits and the cursor.
MARK_CLASS = "hl--mark"
SEARCH_CLASS = "hl--search"
CURSOR_CLASS = "hl--cursor"
#: A note is anchored here.
NOTED_CLASS = "hl--noted"
#: The words that explain the current item (a quote's speech verb and speaker).
EVIDENCE_CLASS = "hl--evidence"

#: One class per item kind: what the legend and the status line paint. (Every component
#: class costs a style pass of its own whenever the widget is restyled, so widgets declare
#: only the ones they use.)
KIND_CLASSES: set[str] = {kind_class(kind) for kind in KINDS}

#: Everything the article text paints.
HIGHLIGHT_CLASSES: set[str] = KIND_CLASSES | {
    MARK_CLASS,
    SEARCH_CLASS,
    CURSOR_CLASS,
    NOTED_CLASS,
    EVIDENCE_CLASS,
}


#: The theme colours the other kinds' names are drawn in (see ``app.tcss``).
_OTHER_KIND_COLOURS = (
    "text-primary",
    "text-secondary",
    "text-success",
    "text-warning",
    "text-error",
)


def highlight_variables(theme: Theme) -> dict[str, str]:
    """The app's own theme variables: ``hl-misc``, the colour of "other" names. It is the
    theme's accent, unless the theme gives that colour to another kind too, as Textual's
    default themes do (accent and warning, the numbers' colour, are one orange): then a violet
    no theme colour takes, light on a dark background and dark on a light one."""
    colours = theme.to_color_system().generate()
    accent = colours["text-accent"]
    if all(colours[name] != accent for name in _OTHER_KIND_COLOURS):
        return {"hl-misc": accent}
    if accent.startswith("ansi_"):
        return {"hl-misc": "ansi_magenta"}  # a theme of the terminal's own colours
    return {"hl-misc": "#C49BE6" if theme.dark else "#6E3A91"}


def kind_styles(widget: Widget, classes: Iterable[str]) -> tuple[Style, ...]:
    """The styles ``widget`` currently gives these component classes: compared with the ones
    it drew with, they tell a widget that keeps styled text that the theme changed."""
    return tuple(kind_style(widget, name) for name in classes)


def kind_style(widget: Widget, name: str) -> Style:
    """The style the component class ``name`` gives on its own, to draw a kind's name (in the
    legend, the status line) as the text shows that kind.

    ``get_visual_style(..., partial=True)`` leaves out an opaque background (it weighs it by
    its transparency), which would draw the quotes' band as plain text: it is put back from
    the class's own styles."""
    style = widget.get_visual_style(name, partial=True)
    styles = widget.get_component_styles(name)
    if styles.has_rule("background"):
        style += Style(background=styles.background)
    return style

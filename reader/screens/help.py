"""HelpScreen: every key that works on the screen beneath, grouped, plus what each part does.

Nothing here is retyped: the rows come from that screen's active bindings (the focused
widget's, the screen's and the app's, as Textual resolves them), grouped by the first part of
each binding's id (``item.next`` → the "item" group, titled by ``reader.keys.HELP_GROUPS``),
and the paragraphs from the ``HELP`` class attribute (Markdown) of the screen and its widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.types import NoActiveAppError
from textual.widgets import Label, Markdown

from reader.keys import HELP_GROUPS

#: The group of bindings that have no dotted id (Textual's own, e.g. a list's arrow keys).
FALLBACK_GROUP = "General"


@dataclass
class HelpRow:
    """One action and every key bound to it."""

    keys: list[str]
    description: str
    tooltip: str
    enabled: bool


@dataclass
class HelpGroup:
    """A titled group of rows (one help group from the binding ids)."""

    title: str
    rows: list[HelpRow] = field(default_factory=list)


def group_of(binding: Binding) -> str:
    """The help group a binding belongs to: its id's first part, else :data:`FALLBACK_GROUP`."""
    if binding.id and "." in binding.id:
        return binding.id.split(".", 1)[0]
    return FALLBACK_GROUP


def group_title(group: str) -> str:
    """The heading shown for a group."""
    return HELP_GROUPS.get(group) or group.replace("_", " ").capitalize()


def _describe(binding: Binding) -> str:
    if binding.description:
        return binding.description
    name = binding.action.split("(", 1)[0].rsplit(".", 1)[-1]
    return name.replace("_", " ").capitalize()


def key_label(app: App[object], binding: Binding) -> str:
    """How the help names the key of one binding: the key itself, never the binding's
    ``key_display``, which names one key for all its twins ("backslash,s" shows "s" in the
    footer, but the help lists both)."""
    return app.get_key_display(replace(binding, key_display=None))


def help_groups(screen: Screen[object]) -> list[HelpGroup]:
    """Every binding active on ``screen`` (system bindings aside), one row per action with all
    its keys, in groups ordered as ``HELP_GROUPS`` (other groups after, "General" last)."""
    app = screen.app
    rows: dict[tuple[str, str, str], HelpRow] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.system:
            continue
        group = group_of(binding)
        description = _describe(binding)
        # A widget's key may run a screen action ("screen.scroll('down')"): the same action
        # as the screen's own key for it, so both keys share one row.
        action = binding.action.removeprefix("screen.")
        row = rows.setdefault(
            (group, action, description),
            HelpRow([], description, binding.tooltip, active.enabled),
        )
        key = key_label(app, binding)
        if key not in row.keys:
            row.keys.append(key)
    groups: dict[str, HelpGroup] = {}
    for (group, _, _), row in rows.items():
        groups.setdefault(group, HelpGroup(group_title(group))).rows.append(row)
    order = list(HELP_GROUPS)

    def rank(group: str) -> tuple[int, int]:
        if group == FALLBACK_GROUP:
            return (2, 0)
        return (0, order.index(group)) if group in order else (1, 0)

    return [groups[g] for g in sorted(groups, key=rank)]


def _readable_name(node: DOMNode) -> str:
    """``ArticleView`` → "Article view"."""
    words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", type(node).__name__)
    return " ".join(words).capitalize()


def widget_help(screen: Screen[object]) -> list[tuple[str, str]]:
    """``(part, text)`` for the screen and each kind of widget on it that has a ``HELP``
    text (Markdown), in layout order."""
    found: list[tuple[str, str]] = []
    seen: set[type[DOMNode]] = set()
    for node in [screen, *screen.walk_children(with_self=False)]:
        text = getattr(type(node), "HELP", None)
        if isinstance(text, str) and text.strip() and type(node) not in seen:
            seen.add(type(node))
            found.append((_readable_name(node), text.strip()))
    return found


class HelpScreen(ModalScreen[None]):
    """Every binding active on the screen beneath, grouped, with what each part of it does.

    ``target`` is the screen to describe; by default the one under this screen.
    """

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > #help {
        width: 100;
        max-width: 95%;
        height: 90%;
        padding: 0 2;
        background: $surface;
        border: round $primary;
        border-title-color: $text-primary;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
    }
    HelpScreen .help--group {
        margin-top: 1;
        text-style: bold underline;
        color: $text-primary;
    }
    HelpScreen Grid {
        grid-size: 3;
        grid-gutter: 0 2;
        height: auto;
    }
    HelpScreen .help--key {
        color: $text-accent;
        text-style: bold;
    }
    HelpScreen .help--tooltip {
        color: $text-muted;
    }
    HelpScreen .-disabled {
        text-style: dim;
    }
    HelpScreen .help--text {
        padding: 0;
        margin: 0;
        background: $surface;
        & MarkdownHeader {
            margin: 1 0 0 0;
            text-style: bold underline;
            color: $text-primary;
        }
        & MarkdownParagraph, & MarkdownBulletList {
            margin: 0;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark",
            "close",
            "Close",
            id="help.close",
            tooltip="Close the help",
        ),
    ]

    def __init__(self, target: Screen[object] | None = None) -> None:
        super().__init__()
        self._target = target
        # Read the bindings now, while the described screen is still on top: an app's
        # check_action may hide keys while any other screen (this one) is showing.
        self._groups: list[HelpGroup] | None = None
        try:
            self._target = target or self.app.screen
        except NoActiveAppError:
            return  # built outside the app: read them in compose
        self._groups = help_groups(self._target)

    def _described_screen(self) -> Screen[object]:
        if self._target is not None:
            return self._target
        stack = self.app.screen_stack
        index = stack.index(self) if self in stack else len(stack)
        return stack[index - 1]

    def compose(self) -> ComposeResult:
        screen = self._described_screen()
        groups = self._groups if self._groups is not None else help_groups(screen)
        rows = [row for group in groups for row in group.rows]
        # One column layout for every group, so keys and descriptions line up down the page.
        key_width = max((len(" ".join(row.keys)) for row in rows), default=1)
        description_width = max((len(row.description) for row in rows), default=1)
        columns = f"{key_width} {description_width} 1fr"
        with VerticalScroll(id="help") as box:
            box.border_title = "Keys"
            box.border_subtitle = "Escape, q or ? closes"
            for group in groups:
                yield Label(Content(group.title), classes="help--group")
                grid = Grid()
                grid.styles.grid_columns = columns
                with grid:
                    for row in group.rows:
                        dim = "" if row.enabled else " -disabled"
                        yield Label(Content(" ".join(row.keys)), classes="help--key" + dim)
                        yield Label(Content(row.description), classes="help--description" + dim)
                        yield Label(Content(row.tooltip), classes="help--tooltip" + dim)
            for part, text in widget_help(screen):
                # HELP texts are Markdown; give one without its own heading a plain one.
                heading = "" if text.lstrip().startswith("#") else f"## {part}\n\n"
                yield Markdown(heading + text, classes="help--text")

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)

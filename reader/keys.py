"""Every key binding of the reader in one place.

Binding ids are dotted: the first part names the help group (``HELP_GROUPS``), so the help
screen, the footer, the command palette and a user keymap (``App.set_keymap``) all work from
these objects and no key table is ever retyped. Every ctrl/alt key has a plain-key twin,
because some terminals and ssh sessions swallow modifiers.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from textual.binding import Binding

#: The optional user keymap in the home folder: {"binding id": "key[,key…]"}.
KEYMAP_FILE = "keymap.json"

#: Help group titles, in the order the help screen lists them.
HELP_GROUPS: dict[str, str] = {
    "item": "Move between highlights",
    "actor": "Actors",
    "scroll": "Scroll",
    "toggle": "Show or hide kinds",
    "search": "Search",
    "note": "Notes",
    "panel": "Side panel",
    "article": "Article",
    # The library screen's own keys come before the app's, as the reader's do.
    "library": "Library",
    "app": "Application",
}

#: Keys of the whole app (work on every screen).
APP_BINDINGS: list[Binding] = [
    Binding("q", "quit", "Quit", id="app.quit", tooltip="Leave newsreader (notes are saved)"),
    Binding(
        "question_mark",
        "help",
        "Help",
        key_display="?",
        id="app.help",
        tooltip="Show every key, grouped",
    ),
    Binding(
        "l",
        "library",
        "Library",
        id="app.library",
        tooltip="The imported articles: open, import, remove",
    ),
    Binding(
        "o",
        "open_file",
        "Open file",
        show=False,
        id="app.open",
        tooltip="Import a .txt, .md or .html file and read it",
    ),
]

#: Keys of the reader screen.
READER_BINDINGS: list[Binding] = [
    Binding(
        "n",
        "next",
        "Next",
        id="item.next",
        tooltip="Next highlighted item (next search hit while searching)",
    ),
    Binding(
        "p",
        "previous",
        "Prev",
        id="item.previous",
        tooltip="Previous highlighted item (previous search hit while searching)",
    ),
    Binding(
        "N",
        "previous_hit",
        "Previous hit",
        show=False,
        id="search.previous",
        tooltip="Previous search hit",
    ),
    Binding(
        "right_square_bracket",
        "mention(1)",
        "Next mention",
        key_display="]",
        show=False,
        id="actor.next",
        tooltip="Next mention of the current actor",
    ),
    Binding(
        "left_square_bracket",
        "mention(-1)",
        "Previous mention",
        key_display="[",
        show=False,
        id="actor.previous",
        tooltip="Previous mention of the current actor",
    ),
    Binding(
        "j",
        "scroll('down')",
        "Scroll down",
        show=False,
        id="scroll.down",
        tooltip="Scroll one line down",
    ),
    Binding(
        "k", "scroll('up')", "Scroll up", show=False, id="scroll.up", tooltip="Scroll one line up"
    ),
    Binding(
        "pagedown,space",
        "scroll('page_down')",
        "Page down",
        show=False,
        id="scroll.page_down",
        tooltip="Scroll one page down",
    ),
    Binding(
        "pageup,b",
        "scroll('page_up')",
        "Page up",
        show=False,
        id="scroll.page_up",
        tooltip="Scroll one page up",
    ),
    Binding(
        "g,home",
        "scroll('home')",
        "Top",
        show=False,
        id="scroll.top",
        tooltip="Go to the start of the article",
    ),
    Binding(
        "G,end",
        "scroll('end')",
        "Bottom",
        show=False,
        id="scroll.bottom",
        tooltip="Go to the end of the article",
    ),
    Binding(
        "1",
        "toggle_kind('1')",
        "People",
        show=False,
        id="toggle.people",
        tooltip="Show or hide people",
    ),
    Binding(
        "2",
        "toggle_kind('2')",
        "Organisations",
        show=False,
        id="toggle.organisations",
        tooltip="Show or hide organisations",
    ),
    Binding(
        "3",
        "toggle_kind('3')",
        "Places",
        show=False,
        id="toggle.places",
        tooltip="Show or hide places",
    ),
    Binding(
        "4",
        "toggle_kind('4')",
        "Numbers and times",
        show=False,
        id="toggle.numbers",
        tooltip="Show or hide numbers and time expressions",
    ),
    Binding(
        "5",
        "toggle_kind('5')",
        "Quotes",
        show=False,
        id="toggle.quotes",
        tooltip="Show or hide direct quotes",
    ),
    Binding(
        "6",
        "toggle_kind('6')",
        "Other names",
        show=False,
        id="toggle.other",
        tooltip="Show or hide other names (events, products, nationalities)",
    ),
    Binding(
        "slash",
        "search",
        "Search",
        key_display="/",
        id="search.start",
        tooltip="Find text in the article; then n/N step through the hits",
    ),
    Binding(
        "escape",
        "back",
        "Back",
        show=False,
        id="app.back",
        tooltip="End the search, clear marks, then the cursor",
    ),
    Binding(
        "a",
        "add_note",
        "Note",
        id="note.add",
        tooltip="Add a note to the current item, or to the sentence at the top",
    ),
    Binding(
        "w,alt+a",
        "add_article_note",
        "Note on article",
        show=False,
        id="note.article",
        tooltip="Add a note to the whole article",
    ),
    Binding(
        "e",
        "edit_note",
        "Edit note",
        show=False,
        id="note.edit",
        tooltip="Edit the selected note, or the note at the cursor",
    ),
    Binding(
        "d",
        "delete_note",
        "Delete note",
        show=False,
        id="note.delete",
        tooltip="Delete the selected note, or the note at the cursor (asks first)",
    ),
    Binding(
        "y",
        "copy",
        "Copy",
        show=False,
        id="note.copy",
        tooltip="Copy the current quote or note to the clipboard (works over ssh)",
    ),
    _EXPORT_NOTES := Binding(
        "x",
        "export_notes",
        "Export notes",
        show=False,
        id="note.export",
        tooltip="Export this article's notes to a Markdown file in the current folder",
    ),
    Binding(
        "m",
        "show_tab('notes')",
        "Notes",
        show=False,
        id="panel.notes",
        tooltip="Show this article's notes",
    ),
    Binding(
        "t",
        "show_tab('timeline')",
        "Timeline",
        show=False,
        id="panel.timeline",
        tooltip="Show the timeline of events",
    ),
    Binding(
        "A",
        "show_tab('actors')",
        "Actors",
        show=False,
        id="panel.actors",
        tooltip="Show the actors (people, organisations, places)",
    ),
    Binding(
        "backslash,s",
        "toggle_panel",
        "Panel",
        key_display="s",
        id="panel.toggle",
        tooltip="Show or hide the side panel",
    ),
    Binding(
        "D",
        "set_date",
        "Set date",
        show=False,
        id="article.date",
        tooltip="Set the article's publication date (re-resolves relative times)",
    ),
]

#: Keys of the notes list: the reader's export key, shown in the footer while the list has
#: focus (the reader's footer has no room for it). Same id, so a keymap moves both.
NOTES_PANEL_BINDINGS: list[Binding] = [
    replace(_EXPORT_NOTES, action="screen.export_notes", show=True),
]

#: Keys that only work while the article itself has focus.
ARTICLE_BINDINGS: list[Binding] = [
    Binding(
        "tab",
        "cursor(1)",
        "Next item",
        show=False,
        id="item.next_tab",
        tooltip="Next highlighted item",
    ),
    Binding(
        "shift+tab",
        "cursor(-1)",
        "Previous item",
        show=False,
        id="item.previous_tab",
        tooltip="Previous highlighted item",
    ),
]


def load_keymap(path: Path) -> tuple[dict[str, str], str | None]:
    """Read a user keymap (binding id → keys, e.g. ``{"item.next": "n,down"}``).

    Returns the keymap (empty when the file is missing) and a sentence describing a problem
    with the file, if any; a broken keymap never stops the app.
    """
    if not path.is_file():
        return {}, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return {}, f"Ignored the keymap {path}: {error}"
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        return {}, f"Ignored the keymap {path}: it must map binding ids to keys as strings."
    known = {b.id for b in APP_BINDINGS + READER_BINDINGS + ARTICLE_BINDINGS}
    unknown = sorted(set(data) - known)
    keymap = {k: v for k, v in data.items() if k in known}
    problem = f"Unknown binding ids in {path}: {', '.join(unknown)}" if unknown else None
    return keymap, problem

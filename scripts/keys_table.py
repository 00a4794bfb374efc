"""Print the README's key table from the bindings in reader/keys.py, so the two never drift
apart (tests/unit/test_readme.py checks that README.md holds exactly this table)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.keys import APP_BINDINGS, ARTICLE_BINDINGS, HELP_GROUPS, READER_BINDINGS

_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "backslash": "\\",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "space": "Space",
    "home": "Home",
    "end": "End",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "escape": "Esc",
    "alt+a": "Alt+a",
}


def keys_table() -> str:
    """A Markdown table: one row per binding, grouped as on the help screen."""
    rows = ["| keys | what they do |", "| --- | --- |"]
    bindings = APP_BINDINGS + READER_BINDINGS + ARTICLE_BINDINGS
    for group, title in HELP_GROUPS.items():
        members = [b for b in bindings if (b.id or "").split(".")[0] == group]
        if not members:
            continue
        rows.append(f"| **{title}** | |")
        for binding in members:
            keys = " ".join(f"`{_NAMES.get(k, k)}`" for k in binding.key.split(","))
            rows.append(f"| {keys} | {binding.tooltip or binding.description} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(keys_table())

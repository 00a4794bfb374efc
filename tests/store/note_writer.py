"""A writer process for the store's crash and concurrency tests.

    python note_writer.py HOME TAG [COUNT] [--wait-for-go]

Opens the store in HOME, makes sure the test article is there, then adds notes tagged TAG in a
loop (COUNT of them, or until killed), printing each note's id only after ``add_note`` has
returned, i.e. after the note is saved. Every fifth note it also marks the article opened, so
library files are rewritten too. With ``--wait-for-go`` it prints "ready" and waits for a line
on stdin first, so two writers can be started at the same moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.store import Anchor, Store

#: The article every writer notes on (its own words, so all writers share one article id).
ARTICLE_TEXT = (
    "Harbour workers in the port city voted on Monday to end a strike that had lasted nine days.\n"
    "The union said 4,200 members took part and that talks with the operator will resume.\n"
)


def main(argv: list[str]) -> int:
    """Run the writer loop; see the module docstring."""
    home, tag = Path(argv[1]), argv[2]
    count = int(argv[3]) if len(argv) > 3 and argv[3].isdigit() else None
    store = Store(home)
    article, _ = store.add_article(text=ARTICLE_TEXT, title="Harbour strike ends")
    if "--wait-for-go" in argv:
        print("ready", flush=True)
        sys.stdin.readline()
    anchor = Anchor(start=0, end=15, text=article.text[:15], kind="span")
    number = 0
    while count is None or number < count:
        note = store.add_note(article.id, f"{tag} note {number}", anchor if number % 2 else None)
        print(note.id, flush=True)
        if number % 5 == 4:
            store.mark_opened(article.id)
        number += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

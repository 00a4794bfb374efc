"""Two writer processes on one home at the same moment: neither loses the other's notes."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_helpers import start_writer

from reader.store import Store

NOTES_EACH = 150


def test_two_writers_at_once_keep_the_union_of_their_notes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    writers = {tag: start_writer(home, tag, str(NOTES_EACH), "--wait-for-go") for tag in "AB"}
    for writer in writers.values():  # both have opened the store and added the article
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers.values():  # now let them race on the same notes shard
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.close()
    reported = {}
    for tag, writer in writers.items():
        assert writer.stdout is not None
        out = writer.stdout.read()
        assert writer.wait(timeout=120) == 0
        reported[tag] = set(out.split())
        assert len(reported[tag]) == NOTES_EACH

    store = Store(home)
    notes = {note.id: note for note in store.notes()}
    assert reported["A"] | reported["B"] == set(notes)
    for tag, ids in reported.items():
        assert sorted(notes[i].body for i in ids) == sorted(
            f"{tag} note {n}" for n in range(NOTES_EACH)
        )
    [summary] = store.article_summaries()
    assert summary.notes == 2 * NOTES_EACH
    assert store.warnings == []

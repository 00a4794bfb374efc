"""Schema versions of the store's data files and the migrations between them.

Every TinyDB file the store writes carries ``{"_meta": {"1": {"schema": N}}}``. A file with an
older ``N`` is upgraded step by step through :data:`MIGRATIONS` (version N → N+1) when it is
first read; a file with a newer ``N`` was written by a newer newsreader and is never touched.

Version 0 is the prototype layout from before the schema marker existed: integer document ids,
a note's anchor in flat ``anchor_start``/``anchor_end``/``anchor_text`` fields, and articles
keyed by number with ``language``/``date``/``added`` fields.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any, Literal

FileKind = Literal["library", "notes"]
Tables = dict[str, dict[str, Any]]

#: The schema version this newsreader writes.
SCHEMA_VERSION = 1
META_TABLE = "_meta"
#: The table holding the records in each kind of file.
TABLE_OF: dict[FileKind, str] = {"library": "articles", "notes": "notes"}


def schema_of(tables: Tables) -> int | None:
    """The schema version recorded in a file's tables: 0 when there is no marker, None when
    the marker is malformed."""
    meta = tables.get(META_TABLE)
    if meta is None:
        return 0
    version = meta.get("1", {}).get("schema") if isinstance(meta, dict) else None
    return version if isinstance(version, int) and version >= 0 else None


def stamp(tables: Tables) -> None:
    """Record the current schema version in ``tables`` (done on every write)."""
    tables[META_TABLE] = {"1": {"schema": SCHEMA_VERSION}}


def migrate(kind: FileKind, tables: Tables) -> Tables:
    """Upgrade ``tables`` from their recorded version to :data:`SCHEMA_VERSION`."""
    version = schema_of(tables)
    if version is None or version > SCHEMA_VERSION:
        raise ValueError(f"cannot migrate schema {version}")
    while version < SCHEMA_VERSION:
        tables = MIGRATIONS[kind][version](tables)
        version += 1
    stamp(tables)
    return tables


def _notes_v0_to_v1(tables: Tables) -> Tables:
    """Nest the anchor, key notes by a string id whose first two characters name their shard."""
    notes: dict[str, Any] = {}
    for old_id, doc in tables.get("notes", {}).items():
        article_id = doc["article_id"]
        created = doc.get("created_at", "")
        digest = hashlib.sha256(f"{article_id}:{old_id}:{created}".encode()).hexdigest()
        anchor = None
        if "anchor_start" in doc:
            start, end = int(doc["anchor_start"]), int(doc["anchor_end"])
            text = doc.get("anchor_text", "")
            kind = "article" if start == end == 0 and not text else "span"
            anchor = {"start": start, "end": end, "text": text, "kind": kind}
        notes[article_id[:2] + digest[:10]] = {
            "article_id": article_id,
            "body": doc.get("body", ""),
            "anchor": anchor,
            "created_at": created,
            "updated_at": doc.get("updated_at", created),
        }
    return {"notes": notes}


def _library_v0_to_v1(tables: Tables) -> Tables:
    """Key articles by their content id and rename the prototype's fields."""
    articles: dict[str, Any] = {}
    for doc in tables.get("articles", {}).values():
        articles[doc["id"]] = {
            "title": doc.get("title", ""),
            "source": doc.get("source"),
            "lang": doc.get("language"),
            "pubdate": doc.get("date"),
            "added_at": doc.get("added", ""),
            "opened_at": None,
            "actors": 0,
        }
    return {"articles": articles}


#: ``MIGRATIONS[kind][n]`` turns a version-n file of that kind into a version-(n+1) one.
MIGRATIONS: dict[FileKind, dict[int, Callable[[Tables], Tables]]] = {
    "library": {0: _library_v0_to_v1},
    "notes": {0: _notes_v0_to_v1},
}

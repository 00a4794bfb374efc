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
from typing import Any, Literal, TypeGuard

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
    marker = meta.get("1") if isinstance(meta, dict) else None
    version = marker.get("schema") if isinstance(marker, dict) else None
    return version if isinstance(version, int) and version >= 0 else None


def malformed_records(kind: FileKind, tables: Tables) -> list[str]:
    """Ids of the records of a current-version file that newsreader cannot use: not a JSON
    object, or a field of the wrong type (hand edits, another program). The record readers
    rely on these types, so such records must never reach them. A missing field is fine: the
    readers default it."""
    records = tables.get(TABLE_OF[kind], {})
    return [record_id for record_id, record in records.items() if not _usable(kind, record)]


def _usable(kind: FileKind, record: object) -> bool:
    if not _has_types(record, _FIELD_TYPES[kind]):
        return False
    anchor = record.get("anchor") if kind == "notes" else None
    return anchor is None or _has_types(anchor, _ANCHOR_TYPES)


def _has_types(record: object, types: dict[str, tuple[type, ...]]) -> TypeGuard[dict[str, Any]]:
    """True for an object whose fields, where present, have the allowed types."""
    return isinstance(record, dict) and all(
        isinstance(record[field], allowed) for field, allowed in types.items() if field in record
    )


_OPTIONAL_TEXT = (str, type(None))
#: The JSON types a record's fields may hold, per kind of file.
_FIELD_TYPES: dict[FileKind, dict[str, tuple[type, ...]]] = {
    "library": {
        "title": (str,),
        "source": _OPTIONAL_TEXT,
        "lang": _OPTIONAL_TEXT,
        "pubdate": _OPTIONAL_TEXT,
        "added_at": (str,),
        "opened_at": _OPTIONAL_TEXT,
        "actors": (int,),
    },
    "notes": {
        "article_id": (str,),
        "body": (str,),
        "anchor": (dict, type(None)),
        "created_at": (str,),
        "updated_at": (str,),
    },
}
_ANCHOR_TYPES: dict[str, tuple[type, ...]] = {
    "start": (int,),
    "end": (int,),
    "text": (str,),
    "kind": (str,),
}


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

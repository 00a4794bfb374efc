"""The TinyDB side of the store: a crash-safe, change-aware JSON ``Storage`` and a table whose
document ids are strings (article and note ids), so no process ever has to guess the next id.

:class:`AtomicJSONStorage` differs from TinyDB's ``JSONStorage`` in four ways:

* writes are atomic and durable (:func:`reader.store.files.atomic_write`), under the home lock;
* reads are cached and reloaded only when the file on disk changed (inode, size, mtime, ctime),
  and always reloaded once at the start of each write transaction, so a read-modify-write never
  works from another process's outdated copy (the signature alone could miss a change: inode
  numbers are reused and timestamps are coarse);
* a damaged or foreign file is moved aside (never deleted) and the store starts that file afresh;
* the schema version is stamped on every write and older files are migrated on first read.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping, MutableMapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from reader.store.errors import StoreError
from reader.store.files import DAMAGED_JSON, atomic_write, backup_path, move_aside
from reader.store.schema import (
    SCHEMA_VERSION,
    TABLE_OF,
    FileKind,
    Tables,
    malformed_records,
    migrate,
    schema_of,
    stamp,
)

Signature = tuple[int, int, int, int]


class Recovery(Protocol):
    """What a storage needs from the store: the lock, how to report a repair, and which
    cached copies are still trustworthy."""

    #: The id of the write transaction in progress, None outside one.
    transaction: int | None
    #: Bumped when a transaction fails: every cached copy is then re-read.
    epoch: int

    def guard(self) -> AbstractContextManager[object]:
        """The home lock (re-entrant)."""
        ...

    def moved_aside(self, path: Path, backup: Path, reason: str, kept: int | None = None) -> None:
        """Tell the user that ``path`` was moved to ``backup`` because ``reason`` (and, when
        ``kept`` is given, that a new file holds the records that could be read)."""
        ...


class _Unreadable(Exception):
    """The file exists but is not a newsreader data file we can read; ``str()`` says why."""


class _PartlyUnreadable(_Unreadable):
    """Some records of the file are malformed; ``usable`` holds the file without them."""

    def __init__(self, reason: str, usable: Tables, kept: int) -> None:
        super().__init__(reason)
        self.usable = usable
        self.kept = kept


class _Outdated(Exception):
    """The file holds an older schema version and must be migrated."""

    def __init__(self, tables: Tables, raw: bytes) -> None:
        super().__init__("older schema")
        self.tables = tables
        self.raw = raw


class AtomicJSONStorage(Storage):
    """One TinyDB JSON file, written crash-safely and re-read when another process changed it."""

    def __init__(self, path: Path, *, kind: FileKind, recovery: Recovery) -> None:
        self.path = path
        self.kind = kind
        self._recovery = recovery
        self._data: Tables | None = None
        self._signature: Signature | None = None
        self._loaded = False
        self._loaded_in: int | None = None  # the transaction it was read or written in
        self._epoch = recovery.epoch

    def read(self) -> Tables | None:
        """The file's tables (None when it does not exist yet)."""
        if self._cache_is_current():
            return self._data
        try:
            data, signature = _load(self.path, self.kind)
        except _Unreadable:
            data, signature = self._recover()
        except _Outdated:
            data, signature = self._migrate()
        self._remember(data, signature)
        return data

    def write(self, data: Tables) -> None:
        """Atomically replace the file with ``data`` (stamped with the schema version)."""
        with self._recovery.guard():
            stamp(data)
            raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            try:
                atomic_write(self.path, raw)
            except BaseException:
                self._loaded = False  # TinyDB may have changed our cached copy in place
                raise
            self._remember(data, self._disk_signature())

    def close(self) -> None:
        """Nothing to close: no file stays open between calls."""

    def _cache_is_current(self) -> bool:
        if not self._loaded or self._epoch != self._recovery.epoch:
            return False
        transaction = self._recovery.transaction
        if transaction is not None:
            return self._loaded_in == transaction
        return self._disk_signature() == self._signature

    def _remember(self, data: Tables | None, signature: Signature | None) -> None:
        self._data, self._signature, self._loaded = data, signature, True
        self._loaded_in, self._epoch = self._recovery.transaction, self._recovery.epoch

    def _disk_signature(self) -> Signature | None:
        try:
            return _signature(os.stat(self.path))
        except OSError:
            return None

    def _recover(self) -> tuple[Tables | None, Signature | None]:
        """Under the lock, look again (another process may have repaired it), then move the
        damaged file aside and start afresh, with the records that could be read if any."""
        with self._recovery.guard():
            try:
                return _load(self.path, self.kind)
            except _Outdated:
                return self._migrate()
            except _PartlyUnreadable as problem:
                self._set_aside(str(problem), problem.kept)
                self.write(problem.usable)
                return problem.usable, self._signature
            except _Unreadable as problem:
                return self._set_aside(str(problem))

    def _migrate(self) -> tuple[Tables | None, Signature | None]:
        """Under the lock, keep a copy of the old file, then write the migrated version."""
        with self._recovery.guard():
            try:
                return _load(self.path, self.kind)
            except _Unreadable:
                return self._recover()
            except _Outdated as old:
                try:
                    tables = migrate(self.kind, old.tables)
                except (KeyError, TypeError, ValueError, AttributeError):
                    return self._set_aside("it is not a newsreader data file")
                version = schema_of(old.tables)
                atomic_write(backup_path(self.path, f"schema{version}"), old.raw)
                self.write(tables)
                return tables, self._signature

    def _set_aside(self, reason: str, kept: int | None = None) -> tuple[None, None]:
        """Move the bad file to a backup and tell the user; the store carries on with an empty
        file, or with the ``kept`` records the caller writes next."""
        try:
            backup = move_aside(self.path)
        except OSError as exc:
            raise StoreError(
                f"{self.path} is unusable ({reason}) and could not be moved aside "
                f"({exc.strerror or exc}); move or fix it by hand."
            ) from exc
        self._recovery.moved_aside(self.path, backup, reason, kept)
        return None, None


def _signature(st: os.stat_result) -> Signature:
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _load(path: Path, kind: FileKind) -> tuple[Tables | None, Signature | None]:
    """Read and check one data file; raises :class:`_Unreadable` (or its subclass
    :class:`_PartlyUnreadable`) or :class:`_Outdated`."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        raise _Unreadable(_reason(exc)) from exc
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _Unreadable("it is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise _Unreadable("it is not a regular file")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    except OSError as exc:
        raise _Unreadable(_reason(exc)) from exc
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if not raw.strip():
        return None, _signature(st)
    try:
        tables = json.loads(raw)
    except DAMAGED_JSON as exc:
        raise _Unreadable("it is not valid JSON (perhaps cut short)") from exc
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise _Unreadable("it is not a newsreader data file")
    version = schema_of(tables)
    if version is None:
        raise _Unreadable("its schema marker is malformed")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer newsreader (data schema {version}; this one reads "
            f"up to {SCHEMA_VERSION}): upgrade newsreader, or use another folder with --home."
        )
    if version < SCHEMA_VERSION:
        raise _Outdated(tables, raw)
    malformed = malformed_records(kind, tables)
    if malformed:
        records = tables[TABLE_OF[kind]]
        usable = {
            **tables,
            TABLE_OF[kind]: {k: v for k, v in records.items() if k not in malformed},
        }
        raise _PartlyUnreadable(
            f"it holds {len(malformed)} record(s) that are not in newsreader's format",
            usable,
            kept=len(records) - len(malformed),
        )
    return tables, _signature(st)


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "newsreader has no permission to read it"
    if isinstance(exc, IsADirectoryError):
        return "it is a folder, not a file"
    return f"it could not be read ({exc.strerror or exc})"


class StrIdTable(Table):
    """A TinyDB table keyed by our own string ids (article ids, note ids)."""

    document_id_class = str  # type: ignore[assignment]


class StoreDB(TinyDB):
    """A TinyDB database on an :class:`AtomicJSONStorage` with string-keyed tables."""

    table_class = StrIdTable

    def __init__(self, path: Path, *, kind: FileKind, recovery: Recovery) -> None:
        super().__init__(path, kind=kind, recovery=recovery, storage=AtomicJSONStorage)

    def records(self, table: str) -> Mapping[str, Mapping[str, Any]]:
        """Every record of ``table`` straight from the storage's cached copy, keyed by id: no
        per-record copies, for scanning thousands of records. Read-only."""
        tables = self.storage.read() or {}
        return tables.get(table, {})


def get_doc(table: Table, doc_id: str) -> dict[str, Any] | None:
    """The document with this id as a plain dict, or None."""
    doc = table.get(doc_id=doc_id)  # type: ignore[call-overload]
    return dict(doc) if isinstance(doc, dict) else None


def put_doc(table: Table, doc_id: str, doc: dict[str, Any]) -> None:
    """Insert or replace the document with this id (one write either way)."""
    if table.contains(doc_id=doc_id):  # type: ignore[arg-type]

        def replace(stored: MutableMapping[str, Any]) -> None:
            stored.clear()
            stored.update(doc)

        table.update(replace, doc_ids=[doc_id])  # type: ignore[list-item]
    else:
        table.insert(Document(doc, doc_id=doc_id))  # type: ignore[arg-type]


def delete_doc(table: Table, doc_id: str) -> bool:
    """Delete the document with this id; True if it existed."""
    return bool(table.remove(doc_ids=[doc_id]))  # type: ignore[list-item]

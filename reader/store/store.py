"""The store: articles, cached analyses and notes in one home folder, crash-safe and shared
safely between processes. The only module (with its helpers) that touches TinyDB.

Layout of the home folder::

    library/<ab>.json      article metadata (no text), TinyDB, sharded by the id's first 2 chars
    notes/<ab>.json        notes, TinyDB, sharded by their article id's first 2 chars
    texts/<id>.txt         each article's normalised text
    analyses/<id>/...json  cached analyses (re-computable; see analyses.py)
    settings.json          preferences such as the theme (plain JSON, see settings())
    .lock                  the lock file every writer holds while it reads-modifies-writes

Sharding keeps every write small: saving a note rewrites one notes shard, whatever the size of
the library. Reads need no lock (files are replaced atomically, never edited in place); writes
take the home lock and re-read the shard from disk first, so two processes never overwrite each
other's changes. See files.py and storage.py for the crash-safety details.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from tinydb.table import Document, Table

from reader.paths import expand_user
from reader.store.analyses import AnalysisCache
from reader.store.errors import ArticleNotFound, NoteNotFound, StoreError
from reader.store.files import (
    DAMAGED_JSON,
    HomeLock,
    LockTimeout,
    atomic_write,
    fsync_files,
    move_aside,
    remove_temp_files,
)
from reader.store.records import Anchor, ArticleRecord, ArticleSummary, Note
from reader.store.schema import TABLE_OF, FileKind
from reader.store.storage import StoreDB, delete_doc, get_doc, put_doc
from reader.store.text import ID_LENGTH, normalise_text, text_id

if TYPE_CHECKING:
    from reader.analysis.model import Analysis


class _Unset:
    """Marker for "argument not given" where None is a meaningful value."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()

#: Shards are named by this many leading characters of the article id.
SHARD_CHARS = 2
#: The TinyDB files: ``<home>/<kind>/<shard>.json`` for each kind.
KINDS: tuple[FileKind, ...] = ("library", "notes")
_ARTICLE_ID = re.compile(rf"^[0-9a-f]{{{ID_LENGTH}}}$")
_NOTE_ID = re.compile(r"^[0-9a-f]{12}$")
_SHARD_FILE = re.compile(rf"^[0-9a-f]{{{SHARD_CHARS}}}\.json$")
_ANCHOR_KINDS = ("entity", "sentence", "article", "span")
#: The user's preferences, in the home folder.
SETTINGS_FILE = "settings.json"


class Store:
    """The user's library in ``home``. Cheap to create: nothing is opened until first use.

    Safe to use from several threads and from several processes at once.
    """

    def __init__(self, home: Path | str) -> None:
        self.home = Path(home)
        #: One-sentence messages about files that were recovered or moved aside; show once.
        self.warnings: list[str] = []
        self._mutex = threading.RLock()
        self._lock = HomeLock(self.home / ".lock", self._mutex)
        self._dbs: dict[Path, StoreDB] = {}
        self._ready = False
        #: Set when the home folder cannot be written: reads work, writes say why they fail.
        self.read_only = False
        #: Read by the storages (see storage.Recovery): the write transaction in progress,
        #: and a counter bumped when one fails so every cached copy is re-read.
        self.transaction: int | None = None
        self.epoch = 0
        self._transactions = 0
        self.analyses = AnalysisCache(self.home / "analyses")

    # -- articles -------------------------------------------------------------------------

    def add_article(
        self,
        *,
        text: str,
        title: str,
        source: str | None = None,
        lang: str | None = None,
        pubdate: str | None = None,
    ) -> tuple[ArticleRecord, bool]:
        """Store an article; the same (normalised) text again returns the existing record and
        ``created`` False, filling in metadata it was missing."""
        return self.add_articles(
            [{"text": text, "title": title, "source": source, "lang": lang, "pubdate": pubdate}]
        )[0]

    def add_articles(
        self, items: Iterable[Mapping[str, Any]], *, sync: bool = True
    ) -> list[tuple[ArticleRecord, bool]]:
        """Store many articles in one transaction (one write per library shard). Each item has
        the keyword arguments of :meth:`add_article`.

        ``sync=False`` skips fsyncing the text files, for bulk loads whose caller makes them
        durable once at the end (``os.sync()``); a crash before that can lose their texts.
        """
        prepared = []
        for item in items:
            text = normalise_text(item["text"])
            if not text:
                raise ValueError("An article needs some text.")
            prepared.append((text_id(text), text, item))
        results: list[tuple[ArticleRecord, bool]] = []
        with self._writing():
            written: list[Path] = []  # texts, made durable together before any record
            new: dict[str, dict[str, Any]] = {}  # created in this batch, inserted per shard
            for article_id, text, item in prepared:
                table = self._articles(article_id)
                doc = new.get(article_id) or get_doc(table, article_id)
                created = doc is None
                if doc is None:
                    doc = new[article_id] = _new_article_doc(item)
                elif _fill_missing(doc, item) and article_id not in new:
                    put_doc(table, article_id, doc)
                if self._write_text(article_id, text):  # also restores a lost text file
                    written.append(self._text_path(article_id))
                results.append((_article_record(article_id, doc, text), created))
            if sync:
                fsync_files(written)
            by_shard: dict[str, list[Document]] = {}
            for article_id, doc in new.items():
                by_shard.setdefault(_shard(article_id), []).append(
                    Document(doc, doc_id=article_id)  # type: ignore[arg-type]
                )
            for shard, docs in by_shard.items():
                self._table("library", shard).insert_multiple(docs)
        return results

    def get_article(self, article_id: str) -> ArticleRecord | None:
        """The article with this id (None if unknown or its text file is gone)."""
        doc = self._article_doc(article_id)
        text = self._read_text(article_id) if doc is not None else None
        return None if doc is None or text is None else _article_record(article_id, doc, text)

    def article_title(self, article_id: str) -> str | None:
        """The title of the article with this id, also when its text file is lost or damaged
        (which :meth:`get_article` reports as None); None when there is no such article."""
        doc = self._article_doc(article_id)
        return None if doc is None else str(doc.get("title") or "")

    def article_summaries(self) -> list[ArticleSummary]:
        """Every article, most recently opened first (then newest added). Loads no texts."""
        self._ensure_ready()
        with self._mutex:
            counts = Counter(doc.get("article_id") for _, doc in self._all_docs("notes"))
            rows = [
                _article_summary(article_id, doc, counts[article_id])
                for article_id, doc in self._all_docs("library")
            ]
        rows.sort(key=lambda s: (s.opened_at or "", s.added_at, s.id), reverse=True)
        return rows

    def find_articles(self, query: str) -> list[ArticleSummary]:
        """Articles matching ``query``: its exact id; else every article whose id starts with
        it (4+ characters), whose source equals it (as given or as a resolved path), or whose
        title contains it (ignoring case)."""
        query = query.strip()
        if not query:
            return []
        summaries = self.article_summaries()
        exact = [s for s in summaries if s.id == query.lower()]
        if exact:
            return exact
        sources = {query, str(expand_user(query).resolve())}
        needle = query.casefold()
        return [
            s
            for s in summaries
            if (len(query) >= 4 and s.id.startswith(query.lower()))
            or (s.source is not None and s.source in sources)
            or needle in s.title.casefold()
        ]

    def update_article(
        self,
        article_id: str,
        *,
        title: str | None = None,
        lang: str | None = None,
        pubdate: str | _Unset | None = UNSET,
    ) -> ArticleRecord:
        """Change an article's title, language or publication date (``pubdate=None`` clears it)."""
        with self._writing():
            table, doc = self._existing_article(article_id)
            if title is not None:
                doc["title"] = title
            if lang is not None:
                doc["lang"] = lang
            if not isinstance(pubdate, _Unset):
                doc["pubdate"] = pubdate
            put_doc(table, article_id, doc)
        text = self._read_text(article_id)
        if text is None:
            raise ArticleNotFound(f"The text of article {article_id} is missing; import it again.")
        return _article_record(article_id, doc, text)

    def mark_opened(self, article_id: str) -> None:
        """Remember that the article was opened now (the library list shows it first)."""
        with self._writing():
            table, doc = self._existing_article(article_id)
            doc["opened_at"] = _now()
            put_doc(table, article_id, doc)

    def remove_article(self, article_id: str) -> int:
        """Remove an article, its text and its cached analyses. Its notes are kept (re-adding
        the same text shows them again); returns how many notes were kept."""
        with self._writing():
            table, _ = self._existing_article(article_id)
            delete_doc(table, article_id)
            self._text_path(article_id).unlink(missing_ok=True)
            self.analyses.remove(article_id)
            notes = self._shard_docs("notes", _shard(article_id))
            return sum(1 for _, doc in notes if doc.get("article_id") == article_id)

    # -- analyses -------------------------------------------------------------------------

    def load_analysis(
        self,
        article_id: str,
        *,
        analyzer_version: str,
        pubdate: str | None,
        backend: str | None = None,
    ) -> Analysis | None:
        """The cached analysis for this article and key; ``backend`` None means the best one
        available (Stanza before builtin). A damaged cache file is deleted (it is recomputed)."""
        if not _ARTICLE_ID.match(article_id):
            return None
        self._ensure_ready()
        analysis, damaged = self.analyses.load(
            article_id, analyzer_version=analyzer_version, pubdate=pubdate, backend=backend
        )
        if damaged is not None:
            with self._writing():
                self.analyses.discard(damaged)
            return self.load_analysis(
                article_id, analyzer_version=analyzer_version, pubdate=pubdate, backend=backend
            )
        return analysis

    def save_analysis(self, article_id: str, analysis: Analysis) -> None:
        """Cache an analysis under (article, analyser version, backend, pubdate), and record
        its actor count for the library list. The actors and events the side panel shows are
        part of the cached analysis."""
        with self._writing():
            table, doc = self._existing_article(article_id)
            self.analyses.save(article_id, analysis)
            if doc.get("actors") != len(analysis.actors) or doc.get("analysed") is not True:
                doc["actors"] = len(analysis.actors)
                doc["analysed"] = True
                put_doc(table, article_id, doc)

    # -- notes ----------------------------------------------------------------------------

    def notes(self, article_id: str | None = None) -> list[Note]:
        """One article's notes (or every note), in text order then creation order; notes of
        different articles are grouped, the article noted first coming first."""
        self._ensure_ready()
        with self._mutex:
            if article_id is None:
                docs = list(self._all_docs("notes"))
            elif _ARTICLE_ID.match(article_id):
                docs = [
                    (note_id, doc)
                    for note_id, doc in self._shard_docs("notes", _shard(article_id))
                    if doc.get("article_id") == article_id
                ]
            else:
                docs = []
        notes = [_note(note_id, doc) for note_id, doc in docs]
        first_created: dict[str, str] = {}
        for note in sorted(notes, key=lambda n: n.created_at):
            first_created.setdefault(note.article_id, note.created_at)
        notes.sort(
            key=lambda n: (
                first_created[n.article_id],
                n.article_id,
                *_anchor_key(n),
                n.created_at,
                n.id,
            )
        )
        return notes

    def add_note(self, article_id: str, body: str, anchor: Anchor | None) -> Note:
        """Save a new note on an article; the anchor must match the article's text."""
        with self._writing():
            self._existing_article(article_id)
            if anchor is not None:
                self._check_anchor(article_id, anchor)
            now = _now()
            table = self._table("notes", _shard(article_id))
            note_id = _new_note_id(table, article_id)
            doc = {
                "article_id": article_id,
                "body": body,
                "anchor": _anchor_doc(anchor),
                "created_at": now,
                "updated_at": now,
            }
            put_doc(table, note_id, doc)
        return _note(note_id, doc)

    def update_note(self, note_id: str, body: str) -> Note:
        """Change a note's text."""
        with self._writing():
            table = self._note_table(note_id)
            doc = get_doc(table, note_id)
            if doc is None:
                raise NoteNotFound(f"There is no note with id {note_id}.")
            doc["body"] = body
            doc["updated_at"] = _now()
            put_doc(table, note_id, doc)
        return _note(note_id, doc)

    def delete_note(self, note_id: str) -> None:
        """Delete a note (only ever on the user's explicit request)."""
        with self._writing():
            if not delete_doc(self._note_table(note_id), note_id):
                raise NoteNotFound(f"There is no note with id {note_id}.")

    # -- settings -------------------------------------------------------------------------

    def settings(self) -> dict[str, str]:
        """The user's preferences (e.g. ``{"theme": "nord"}``). They live in their own small
        file, apart from the notes, so a damaged one can never touch a note: a missing,
        unreadable or damaged file (or a value that is not text) just gives the defaults, and
        the next saved preference replaces it."""
        try:
            data = json.loads((self.home / SETTINGS_FILE).read_bytes())
        except (OSError, *DAMAGED_JSON):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def save_setting(self, key: str, value: str) -> None:
        """Remember one preference (crash-safe, merged with what another process saved)."""
        with self._writing():
            settings = {**self.settings(), key: value}
            data = json.dumps(settings, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
            atomic_write(self.home / SETTINGS_FILE, data.encode("utf-8"))

    # -- health ---------------------------------------------------------------------------

    def doctor(self) -> list[str]:
        """Check every file of the store and say what was found, one finding per line; the
        first line is "Store OK: ..." when all is well."""
        from reader.store.doctor import examine

        return examine(self)

    # -- transactions and recovery (also used by the storages) -----------------------------

    def guard(self) -> AbstractContextManager[object]:
        """The home lock, re-entrant (the storages take it to write or repair a file). A
        read-only folder has no lock file and nobody can write to it: nothing to lock."""
        return nullcontext() if self.read_only else self._lock

    def moved_aside(self, path: Path, backup: Path, reason: str, kept: int | None = None) -> None:
        """Record, for the user, that a damaged file was moved aside."""
        carried_on = "without it" if kept is None else f"with the {kept} record(s) it could read"
        self.warnings.append(
            f"{path} could not be used because {reason}; it was moved to {backup} "
            f"(nothing was deleted) and newsreader carried on {carried_on}."
        )

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """A write transaction: holds the home lock, and storages re-read their file from disk
        before changing it. A failure makes every cached copy be re-read; an OSError (disk
        full, permissions) becomes a StoreError."""
        self._ensure_ready()
        if self.read_only:
            raise StoreError(f"The data folder {self.home} is read-only; nothing was changed.")
        try:
            with self._lock:
                outermost = self._lock.depth == 1
                if outermost:
                    self._transactions += 1
                    self.transaction = self._transactions
                try:
                    yield
                except BaseException:
                    self.epoch += 1
                    raise
                finally:
                    if outermost:
                        self.transaction = None
        except LockTimeout as exc:
            raise StoreError(
                f"Another newsreader has been busy with {self.home} for over "
                f"{self._lock.timeout:g} seconds; close it or try again (nothing was changed)."
            ) from exc
        except OSError as exc:
            raise StoreError(
                f"newsreader could not save to {self.home} ({exc.strerror or exc}); "
                "nothing was changed."
            ) from exc

    def _ensure_ready(self) -> None:
        """First use: check the home folder, create the layout, move aside what is in the way
        and remove temporary files left by a crash."""
        with self._mutex:
            if self._ready:
                return
            home = self.home
            try:
                if home.exists() and not home.is_dir():
                    raise StoreError(
                        f"The data folder {home} is a file, not a folder; move it away or "
                        "choose another folder with --home."
                    )
                home.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"newsreader cannot create its data folder {home} ({exc.strerror or exc}); "
                    "choose another folder with --home."
                ) from exc
            if not os.access(home, os.R_OK | os.X_OK):
                raise StoreError(
                    f"newsreader has no permission to read its data folder {home}; fix its "
                    "permissions or choose another folder with --home."
                )
            if not os.access(home, os.W_OK):
                # E.g. a backup on read-only media: the notes can still be read and exported.
                self.read_only = self._ready = True
                return
            try:
                lock = self._lock.path
                if lock.is_dir():
                    self._set_aside(lock, "it is a folder, not a file")
                elif lock.is_symlink() and not lock.exists():
                    self._set_aside(lock, "it is a link that leads to no file")
                with self._lock:
                    for folder in self._folders():
                        if folder.exists() and not folder.is_dir():
                            self._set_aside(folder, "it is a file, not a folder")
                        folder.mkdir(exist_ok=True)
                    # Writers hold the lock while their temporary files exist, so any found
                    # now were left by a crash. (Texts and caches are cleaned by doctor():
                    # listing 10,000 texts at every start would cost more than they do.)
                    for kind in KINDS:
                        remove_temp_files(self.home / kind)
            except OSError as exc:
                raise StoreError(
                    f"newsreader cannot use its data folder {home} ({exc.strerror or exc}); fix "
                    "its permissions or choose another folder with --home."
                ) from exc
            self._ready = True

    def _set_aside(self, path: Path, reason: str) -> None:
        self.moved_aside(path, move_aside(path), reason)

    def _data_folders(self) -> list[Path]:
        """The folders of files that are not re-computable."""
        return [*(self.home / kind for kind in KINDS), self.home / "texts"]

    def _folders(self) -> list[Path]:
        return [*self._data_folders(), self.analyses.root]

    # -- shards ---------------------------------------------------------------------------

    def _db(self, kind: FileKind, shard: str) -> StoreDB:
        path = self.home / kind / f"{shard}.json"
        db = self._dbs.get(path)
        if db is None:
            db = self._dbs[path] = StoreDB(path, kind=kind, recovery=self)
        return db

    def _table(self, kind: FileKind, shard: str) -> Table:
        return self._db(kind, shard).table(TABLE_OF[kind], cache_size=0)

    def _articles(self, article_id: str) -> Table:
        return self._table("library", _shard(article_id))

    def _note_table(self, note_id: str) -> Table:
        if not _NOTE_ID.match(note_id):
            raise NoteNotFound(f"There is no note with id {note_id}.")
        return self._table("notes", note_id[:SHARD_CHARS])

    def _shards(self, kind: FileKind) -> list[str]:
        """Names of the shard files that exist for ``kind``."""
        folder = self.home / kind
        try:
            names = os.listdir(folder)
        except FileNotFoundError:
            return []
        except OSError as exc:  # never show an empty library when it is only unreadable
            raise StoreError(
                f"newsreader cannot read {folder} ({exc.strerror or exc}); fix its permissions."
            ) from exc
        return sorted(n[: -len(".json")] for n in names if _SHARD_FILE.match(n))

    def _shard_docs(self, kind: FileKind, shard: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """The records of one shard (read-only)."""
        yield from self._db(kind, shard).records(TABLE_OF[kind]).items()

    def _all_docs(self, kind: FileKind) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """The records of every shard of ``kind`` (read-only)."""
        for shard in self._shards(kind):
            yield from self._shard_docs(kind, shard)

    def _article_doc(self, article_id: str) -> dict[str, Any] | None:
        """A copy of the article's library record, or None (no such article, or not an id)."""
        if not _ARTICLE_ID.match(article_id):
            return None
        self._ensure_ready()
        with self._mutex:
            return get_doc(self._articles(article_id), article_id)

    def _existing_article(self, article_id: str) -> tuple[Table, dict[str, Any]]:
        """The library table holding the article, and a copy of its record."""
        if _ARTICLE_ID.match(article_id):
            table = self._articles(article_id)
            doc = get_doc(table, article_id)
            if doc is not None:
                return table, doc
        raise ArticleNotFound(f"There is no article with id {article_id} in the library.")

    # -- texts ----------------------------------------------------------------------------

    def _text_path(self, article_id: str) -> Path:
        return self.home / "texts" / f"{article_id}.txt"

    def _read_text(self, article_id: str) -> str | None:
        try:
            return self._text_path(article_id).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def _write_text(self, article_id: str, text: str) -> bool:
        """Write the text file unless it is already right (not yet durable: see fsync_files).
        A folder in its place is moved aside, so importing the article again repairs it."""
        if self._read_text(article_id) == text:
            return False
        path = self._text_path(article_id)
        if path.is_dir():
            self._set_aside(path, "it is a folder, not a file")
        atomic_write(path, text.encode("utf-8"), durable=False)
        return True

    def _check_anchor(self, article_id: str, anchor: Anchor) -> None:
        text = self._read_text(article_id)
        if text is None:
            raise ArticleNotFound(f"The text of article {article_id} is missing; import it again.")
        if anchor.kind not in _ANCHOR_KINDS:
            raise ValueError(f"Unknown anchor kind {anchor.kind!r}.")
        if not (0 <= anchor.start <= anchor.end <= len(text)) or (
            text[anchor.start : anchor.end] != anchor.text
        ):
            raise ValueError(
                f"The anchor {anchor.start}:{anchor.end} {anchor.text!r} does not match the "
                "article's text."
            )


# -- record conversion (tolerant of missing fields: the files are the user's) ---------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _shard(article_id: str) -> str:
    return article_id[:SHARD_CHARS]


def _new_note_id(table: Table, article_id: str) -> str:
    """A fresh note id: the article's shard, then 10 random hex digits (unused in the shard)."""
    while True:
        note_id = _shard(article_id) + secrets.token_hex(5)
        if not table.contains(doc_id=note_id):  # type: ignore[arg-type]
            return note_id


def _new_article_doc(item: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "title": item.get("title") or "",
        "source": item.get("source"),
        "lang": item.get("lang"),
        "pubdate": item.get("pubdate"),
        "added_at": _now(),
        "opened_at": None,
        "actors": 0,
        "analysed": False,
    }


def _fill_missing(doc: dict[str, Any], item: Mapping[str, Any]) -> bool:
    """Copy metadata from ``item`` into fields ``doc`` lacks; True if anything changed."""
    changed = False
    for key in ("title", "source", "lang", "pubdate"):
        if not doc.get(key) and item.get(key):
            doc[key] = item[key]
            changed = True
    return changed


def _readable_date(value: object) -> str | None:
    """A stored publication date as an ISO date, or None when it cannot be read (a hand-edited
    file): analysis resolves "yesterday" against it and would fail on it."""
    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None


def _article_record(article_id: str, doc: Mapping[str, Any], text: str) -> ArticleRecord:
    return ArticleRecord(
        id=article_id,
        title=str(doc.get("title") or ""),
        text=text,
        source=doc.get("source"),
        lang=doc.get("lang"),
        pubdate=_readable_date(doc.get("pubdate")),
        added_at=str(doc.get("added_at") or ""),
        opened_at=doc.get("opened_at"),
    )


def _actor_count(doc: Mapping[str, Any]) -> int | None:
    """How many actors the article has, or None before its first analysis, so the library
    can tell "not analysed yet" from "none". Records written before the ``analysed`` field
    held 0 until analysed: they count as analysed once they have actors."""
    actors = int(doc.get("actors") or 0)
    return actors if doc.get("analysed") is True or actors > 0 else None


def _article_summary(article_id: str, doc: Mapping[str, Any], notes: int) -> ArticleSummary:
    return ArticleSummary(
        id=article_id,
        title=str(doc.get("title") or ""),
        lang=doc.get("lang"),
        pubdate=_readable_date(doc.get("pubdate")),
        actors=_actor_count(doc),
        notes=notes,
        added_at=str(doc.get("added_at") or ""),
        opened_at=doc.get("opened_at"),
        source=doc.get("source"),
    )


def _anchor_doc(anchor: Anchor | None) -> dict[str, Any] | None:
    if anchor is None:
        return None
    return {"start": anchor.start, "end": anchor.end, "text": anchor.text, "kind": anchor.kind}


def _note(note_id: str, doc: Mapping[str, Any]) -> Note:
    raw = doc.get("anchor")
    anchor = None
    if isinstance(raw, dict):
        anchor = Anchor(
            start=int(raw.get("start", 0)),
            end=int(raw.get("end", 0)),
            text=str(raw.get("text", "")),
            kind=raw.get("kind", "span"),
        )
    created = str(doc.get("created_at") or "")
    return Note(
        id=note_id,
        article_id=str(doc.get("article_id") or ""),
        body=str(doc.get("body") or ""),
        anchor=anchor,
        created_at=created,
        updated_at=str(doc.get("updated_at") or created),
    )


def _anchor_key(note: Note) -> tuple[int, int]:
    """Notes on the whole article first, then by position in the text."""
    if note.anchor is None or note.anchor.kind == "article":
        return (-1, -1)
    return (note.anchor.start, note.anchor.end)

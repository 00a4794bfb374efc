"""``newsreader doctor``: check every file of the store and say what was found.

It reads every shard (which moves damaged ones aside, as any start-up would), compares the
library with the texts and cached analyses, and checks that every note's anchor still matches
its article's text. It repairs only what is re-computable or garbage (orphaned analyses, damaged
cache files, temporary files from a crash); notes and articles are never changed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from reader.store.errors import StoreError
from reader.store.files import DAMAGED_JSON, is_temp_file, remove_temp_files
from reader.store.text import normalise_text, text_id

if TYPE_CHECKING:
    from reader.store.store import Store

#: Records by id, as the store's shards hold them.
Records = dict[str, Mapping[str, Any]]


def examine(store: Store) -> list[str]:
    """Findings, one sentence each; the first line summarises the store."""
    store._ensure_ready()
    if store.read_only:
        raise StoreError(
            f"doctor repairs what it finds, and {store.home} is read-only; copy the folder "
            "somewhere writable and run doctor there with --home."
        )
    warnings_before = len(store.warnings)
    findings: list[str] = []
    with store.guard():
        cache_folders = [store.analyses.folder(a) for a in store.analyses.article_ids()]
        for folder in [*store._data_folders(), *cache_folders]:
            if count := remove_temp_files(folder):
                findings.append(f"Removed {count} temporary file(s) left in {folder} by a crash.")
        articles = dict(store._all_docs("library"))
        notes = dict(store._all_docs("notes"))
        findings += _check_texts(store, articles)
        findings += _check_analyses(store, articles)
    findings += _check_notes(store, articles, notes)
    findings += _backups(store)
    findings = store.warnings[warnings_before:] + findings
    analyses = sum(len(store.analyses.files(a)) for a in store.analyses.article_ids())
    counts = (
        f"{_count(len(articles), 'article')}, {_count(len(notes), 'note')}, "
        f"{_count(analyses, 'cached analysis', 'cached analyses')} in {store.home}"
    )
    if not findings:
        return [f"Store OK: {counts}."]
    return [f"Store checked: {counts}; {_count(len(findings), 'finding')}:", *findings]


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def _check_texts(store: Store, articles: Records) -> list[str]:
    findings = []
    texts_dir = store.home / "texts"
    for article_id, doc in sorted(articles.items()):
        text = store._read_text(article_id)
        if text is None:
            findings.append(
                f"Article {article_id} ({doc.get('title')!s}) has lost its text file; import the "
                "article again to restore it (its notes are safe)."
            )
        elif text_id(normalise_text(text)) != article_id:
            findings.append(f"The text file of article {article_id} does not match its id.")
    orphans = [
        p.stem for p in texts_dir.glob("*.txt") if not is_temp_file(p) and p.stem not in articles
    ]
    if orphans:
        findings.append(
            f"{len(orphans)} text file(s) in {texts_dir} belong to no article (left by an "
            "interrupted import or removal); they are harmless."
        )
    return findings


def _check_analyses(store: Store, articles: Records) -> list[str]:
    findings = []
    orphaned = [a for a in store.analyses.article_ids() if a not in articles]
    for article_id in orphaned:
        store.analyses.remove(article_id)
    if orphaned:
        findings.append(
            f"Removed cached analyses of {len(orphaned)} article(s) no longer in the library."
        )
    damaged = 0
    for article_id in store.analyses.article_ids():
        for path in store.analyses.files(article_id):
            try:
                json.loads(path.read_bytes())
            except (OSError, *DAMAGED_JSON):
                store.analyses.discard(path)
                damaged += 1
    if damaged:
        findings.append(
            f"Removed {damaged} damaged cached analysis file(s); they will be recomputed."
        )
    return findings


def _check_notes(store: Store, articles: Records, notes: Records) -> list[str]:
    findings = []
    orphaned = {str(doc.get("article_id")) for doc in notes.values()} - set(articles)
    if orphaned:
        kept = sum(1 for doc in notes.values() if doc.get("article_id") in orphaned)
        findings.append(
            f"{kept} note(s) belong to {len(orphaned)} removed article(s); they are kept and "
            "reappear if the same text is imported again."
        )
    for note in store.notes():
        anchor = note.anchor
        if anchor is None or note.article_id in orphaned:
            continue
        text = store._read_text(note.article_id)
        if text is not None and text[anchor.start : anchor.end] != anchor.text:
            findings.append(
                f"Note {note.id} on article {note.article_id}: its anchor {anchor.text!r} no "
                f"longer matches the text at {anchor.start}:{anchor.end}."
            )
    return findings


def _backups(store: Store) -> list[str]:
    """Files that were moved aside earlier and are still there for the user to look at."""
    found = []
    for folder in [store.home, *store._folders()]:
        found += sorted(p for p in folder.glob("*.damaged-*"))
    return [f"Backup of a damaged file kept at {p}." for p in found]

"""The library service: the one place where files, the store and the analysis meet.

The CLI and the UI call this; they never touch TinyDB or decide when to re-analyse. It keeps
first paint fast (``quick_analysis`` answers from the cache or the built-in backend at once)
and leaves the slow Stanza run to ``full_analysis``, which the UI calls in a worker.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from reader import paths
from reader.analysis import ANALYZER_VERSION, Analysis, analyze
from reader.analysis.models import stanza_unavailable_reason
from reader.errors import UserError
from reader.importing import article_files, read_article
from reader.store import Store, StoreError
from reader.store.records import Anchor, ArticleRecord, ArticleSummary, Note

ExportFormat = Literal["md", "json"]


class NotesFile(NamedTuple):
    """Where :meth:`Library.export_notes_file` wrote the notes, and how many it wrote."""

    path: Path
    notes: int


class Library:
    """The user's articles, their analyses and their notes, in one home folder."""

    def __init__(self, home: Path | str | None = None) -> None:
        self.home = paths.home_dir(home)
        self.store = Store(self.home)

    @property
    def warnings(self) -> list[str]:
        """Messages about data the store had to recover or move aside; show them once."""
        return self.store.warnings

    # -- articles ---------------------------------------------------------------------------

    def ensure_seeds(self) -> None:
        """On an empty library, import the bundled sample articles so there is something to read.

        The first of them (the user's own seed article) is marked as opened, so a first start
        shows it rather than whichever sample happened to be imported last.
        """
        if self.store.article_summaries():
            return
        records = self.import_paths(sorted(paths.seeds_dir().glob("*.txt")))
        if records:
            self.store.mark_opened(records[0].id)

    def articles(self) -> list[ArticleSummary]:
        """Every article, most recently opened first."""
        return self.store.article_summaries()

    def most_recent(self) -> ArticleRecord | None:
        """The article the user was reading last (or the newest one)."""
        summaries = self.store.article_summaries()
        return self.store.get_article(summaries[0].id) if summaries else None

    def get(self, article_id: str) -> ArticleRecord:
        """The article with this id."""
        article = self.store.get_article(article_id)
        if article is not None:
            return article
        title = self.store.article_title(article_id)
        if title is None:
            raise UserError(f"No article with id {article_id} in the library.")
        raise UserError(
            f"The text of “{title}” ({article_id}) is missing or damaged; import the article "
            "again to restore it (its notes are safe)."
        )

    def find(self, query: str) -> ArticleRecord:
        """An article by file path (imported on the spot), id prefix or title substring."""
        path = paths.expand_user(query)
        try:
            is_file = path.is_file()
        except OSError:  # e.g. a name too long for a file: it can still be title words
            is_file = False
        if is_file:
            return self.import_path(path)
        matches = self.store.find_articles(query)
        if not matches:
            raise UserError(f"No article in the library matches {query!r}.")
        if len(matches) > 1:
            titles = "; ".join(m.title for m in matches[:3])
            raise UserError(
                f"{query!r} matches {len(matches)} articles ({titles}); be more specific."
            )
        return self.get(matches[0].id)

    def import_paths(self, targets: list[Path]) -> list[ArticleRecord]:
        """Import files and folders; everything is read before anything is stored, so one bad
        file stops the import without leaving half of it behind."""
        files = [f for target in targets for f in article_files(target)]
        texts = [read_article(f) for f in files]
        records = []
        for path, imported in zip(files, texts, strict=True):
            # A bundled sample keeps its catalogued title, source and date however it is opened.
            meta = _bundled_metadata(path)
            records.append(
                self.import_text(
                    imported.text,
                    title=meta.get("title") or imported.title,
                    source=meta.get("source") or imported.source,
                    lang=meta.get("lang"),
                    pubdate=meta.get("pubdate") or imported.pubdate,
                )
            )
        return records

    def import_path(self, path: Path) -> ArticleRecord:
        """Import one article file (re-importing the same text returns the existing article)."""
        return self.import_paths([path])[0]

    def import_text(
        self,
        text: str,
        *,
        title: str | None = None,
        source: str | None = None,
        lang: str | None = None,
        pubdate: str | None = None,
    ) -> ArticleRecord:
        """Store an article's text (deduplicated by content)."""
        from reader.importing import title_from_text

        if not text.strip():
            raise UserError("The article has no text.")
        record, _created = self.store.add_article(
            text=text,
            title=title or title_from_text(text),
            source=source,
            lang=lang,
            pubdate=pubdate,
        )
        return record

    def remove(self, article_id: str) -> int:
        """Remove an article; its notes are kept. Returns how many notes were kept."""
        return self.store.remove_article(article_id)

    def set_pubdate(self, article_id: str, pubdate: str | None) -> ArticleRecord:
        """Set (or clear, with None) the article's publication date; times re-resolve."""
        return self.store.update_article(article_id, pubdate=pubdate)

    def mark_opened(self, article_id: str) -> None:
        """Remember that the user opened this article now."""
        self.store.mark_opened(article_id)

    # -- settings ---------------------------------------------------------------------------

    def saved_theme(self) -> str | None:
        """The theme the user last chose, if any (the caller checks that it still exists)."""
        return self.store.settings().get("theme")

    def save_theme(self, name: str) -> None:
        """Remember the chosen theme for the next start (raises StoreError if it cannot)."""
        if self.saved_theme() != name:
            self.store.save_setting("theme", name)

    # -- analysis ---------------------------------------------------------------------------

    def quick_analysis(self, article: ArticleRecord) -> Analysis:
        """An analysis available at once: the best cached one, else the built-in backend's."""
        cached = self.store.load_analysis(
            article.id, analyzer_version=ANALYZER_VERSION, pubdate=article.pubdate
        )
        return cached or self._analyze(article, "builtin")

    def needs_better_analysis(self, article: ArticleRecord, analysis: Analysis) -> bool:
        """True when Stanza could improve on ``analysis`` (its models are installed)."""
        return analysis.backend == "builtin" and stanza_unavailable_reason(analysis.lang) is None

    def full_analysis(self, article: ArticleRecord) -> Analysis:
        """The best analysis this machine can make (Stanza when available); may take seconds."""
        cached = self.store.load_analysis(
            article.id,
            analyzer_version=ANALYZER_VERSION,
            pubdate=article.pubdate,
            backend="stanza",
        )
        return cached or self._analyze(article, "auto")

    def _analyze(self, article: ArticleRecord, backend: str) -> Analysis:
        analysis = analyze(
            article.text, lang=article.lang, backend=backend, pubdate=article.pubdate
        )
        try:
            self.store.save_analysis(article.id, analysis)
            if article.lang is None:
                self.store.update_article(article.id, lang=analysis.lang)
        except StoreError as error:
            # It is re-computable: failing to cache it (a full disk, a read-only folder) must
            # not stop the user from reading the article.
            self.store.warnings.append(f"The analysis was not cached: {error}")
        return analysis

    # -- notes ------------------------------------------------------------------------------

    def notes(self, article_id: str) -> list[Note]:
        """The article's notes, in text order."""
        return self.store.notes(article_id)

    def add_note(self, article_id: str, body: str, anchor: Anchor | None) -> Note:
        """Save a new note (an empty body is refused: there is nothing to keep)."""
        return self.store.add_note(article_id, _note_text(body, "A note needs some text."), anchor)

    def update_note(self, note_id: str, body: str) -> Note:
        """Change a note's text."""
        body = _note_text(body, "A note needs some text; delete it instead.")
        return self.store.update_note(note_id, body)

    def delete_note(self, note_id: str) -> None:
        """Delete a note (the UI asks the user first)."""
        self.store.delete_note(note_id)

    def export_notes(self, article_id: str | None, fmt: ExportFormat = "md") -> str:
        """All notes of one article (or of every article) as Markdown or JSON."""
        notes = self.store.notes(article_id)
        titles = self._titles(notes)
        if fmt == "json":
            rows = [{**asdict(n), "article_title": titles[n.article_id]} for n in notes]
            return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
        return _notes_markdown(notes, titles)

    def export_notes_file(
        self, article_id: str | None, folder: Path | None = None
    ) -> NotesFile | None:
        """Write the notes of one article (or of every article) as Markdown to a new file in
        ``folder`` (default: the current folder, where the user started newsreader) and say
        where; None when there are no notes to write.

        The name says what and when (``newsreader-notes-<title>-<date>.md``); an existing
        file is never replaced, the name gets ``-2``, ``-3``… instead. A failure (a folder
        that cannot be written, a full disk) is one UserError and leaves no partial file.
        """
        notes = self.store.notes(article_id)
        if not notes:
            return None
        titles = self._titles(notes)
        data = _notes_markdown(notes, titles).encode("utf-8")
        about = "" if article_id is None else f"{_file_slug(titles[article_id], article_id)}-"
        stem = f"newsreader-notes-{about}{date.today().isoformat()}"
        try:
            path = _write_new_file(folder or Path.cwd(), stem, data)
        except OSError as error:
            place = folder or "the current folder"
            raise UserError(
                f"The notes could not be written to {place} ({error.strerror or error}); "
                "nothing was exported."
            ) from None
        return NotesFile(path, len(notes))

    def _titles(self, notes: list[Note]) -> dict[str, str]:
        """The title of every article the notes belong to."""
        return {n.article_id: self._title_of(n.article_id) for n in notes}

    def _title_of(self, article_id: str) -> str:
        title = self.store.article_title(article_id)
        return f"(removed article {article_id})" if title is None else title


def _note_text(body: str, when_empty: str) -> str:
    """The note text as saved (stripped). Refused when empty, or when it holds lone surrogates:
    that is how Python passes on bytes that were not UTF-8 (a terminal in another encoding),
    and they cannot be written, so nothing is saved."""
    text = body.strip()
    if not text:
        raise UserError(when_empty)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(
            "The note has characters that are not valid Unicode (is the terminal set to "
            "UTF-8?); nothing was saved."
        ) from None
    return text


def _file_slug(title: str, fallback: str) -> str:
    """A short file-name part from an article title ("Trump calls Kyiv" → "trump-calls-kyiv"),
    cut after a whole word near 40 characters, or the start of ``fallback`` (the id) when the
    title has no letters or digits."""
    slug = "-".join(re.findall(r"\w+", title.casefold()))
    if len(slug) > 40:
        head = slug[:41]
        slug = head.rsplit("-", 1)[0] if "-" in head else slug[:40]
    return slug.strip("-_") or fallback[:8]


def _write_new_file(folder: Path, stem: str, data: bytes) -> Path:
    """Write ``data`` to ``<stem>.md`` in ``folder``, or ``<stem>-2.md``… if that exists:
    created exclusively (``O_EXCL``), so nothing that is already there is ever overwritten,
    even by another process at the same moment. A failed write removes the new file."""
    number = 0
    while True:
        number += 1
        path = folder / (f"{stem}.md" if number == 1 else f"{stem}-{number}.md")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path


def _bundled_metadata(path: Path) -> dict[str, str]:
    """The catalog entry (title, source, lang, pubdate) of a bundled sample article, with its
    source defaulting to "Bundled sample (file name)"; empty for any other file."""
    folder = paths.seeds_dir()
    if path.resolve().parent != folder.resolve():
        return {}
    entry = _seed_catalog(folder).get(path.name)
    meta = {k: v for k, v in entry.items() if isinstance(v, str)} if isinstance(entry, dict) else {}
    return {"source": f"Bundled sample ({path.name})", **meta}


@cache
def _seed_catalog(folder: Path) -> dict[str, Any]:
    """The bundled samples' ``catalog.json`` (read once: it ships with the package)."""
    try:
        catalog = json.loads((folder / "catalog.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return catalog if isinstance(catalog, dict) else {}


def _notes_markdown(notes: list[Note], titles: dict[str, str]) -> str:
    """Notes grouped by article, each under the text it is anchored to."""
    lines: list[str] = []
    current: str | None = None
    for note in notes:
        if note.article_id != current:
            current = note.article_id
            lines += [f"# {titles[current]}", ""]
        anchor = note.anchor
        if anchor is None or anchor.kind == "article":
            lines.append("## On the whole article")
        else:
            lines.append(
                f"## On “{anchor.text}” ({anchor.kind}, characters {anchor.start}–{anchor.end})"
            )
        written, changed = _when(note.created_at), _when(note.updated_at)
        dates = f"Written {written}" + (f", last changed {changed}" if changed != written else "")
        lines += ["", note.body, "", f"*{dates}.*", ""]
    return "\n".join(lines) if lines else "No notes yet.\n"


def _when(stamp: str) -> str:
    """A stored timestamp as a reader writes it, to the minute: "2026-11-26 10:18 UTC" (the
    stored text itself if it is not one)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")

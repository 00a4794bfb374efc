"""The analysis cache: one JSON file per article and key, outside the TinyDB files.

``analyses/<article id>/<backend>-<analyser version>-<pubdate or "nodate">.json``

Analyses are the heavy, re-computable part of the library, so they stay out of the files that
notes are written to. They are written atomically but without fsync: after a power cut a cache
file may be empty or damaged, and then it is simply deleted and recomputed.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from reader.store.files import DAMAGED_JSON, atomic_write, is_temp_file

if TYPE_CHECKING:
    from reader.analysis.model import Analysis

#: Backends tried, best first, when the caller asks for "the best available" analysis.
BACKEND_PREFERENCE = ("stanza", "builtin")
_UNSAFE = re.compile(r"[^A-Za-z0-9._]+")


class AnalysisCache:
    """Cached analyses under ``<home>/analyses``. Callers hold the home lock for changes."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, article_id: str) -> Path:
        """The folder holding one article's cached analyses."""
        return self.root / article_id

    def path(
        self, article_id: str, *, backend: str, analyzer_version: str, pubdate: str | None
    ) -> Path:
        """The cache file for one key."""
        name = "-".join(_safe(part) for part in (backend, analyzer_version, pubdate or "nodate"))
        return self.folder(article_id) / f"{name}.json"

    def load(
        self, article_id: str, *, analyzer_version: str, pubdate: str | None, backend: str | None
    ) -> tuple[Analysis | None, Path | None]:
        """The cached analysis for this key (best backend first when ``backend`` is None).
        Returns ``(None, path)`` when a damaged file was found, so the caller can delete it."""
        from reader.analysis.model import Analysis

        for name in [backend] if backend else self._backends(article_id):
            path = self.path(
                article_id, backend=name, analyzer_version=analyzer_version, pubdate=pubdate
            )
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue
            except OSError:
                return None, path
            try:
                analysis = Analysis.from_dict(json.loads(raw))
            except (*DAMAGED_JSON, KeyError, TypeError, AttributeError):
                return None, path
            if analysis.analyzer_version != analyzer_version:
                return None, path
            return analysis, None
        return None, None

    def save(self, article_id: str, analysis: Analysis) -> Path:
        """Write one analysis to its cache file."""
        path = self.path(
            article_id,
            backend=analysis.backend,
            analyzer_version=analysis.analyzer_version,
            pubdate=analysis.pubdate,
        )
        if path.parent.exists() and not path.parent.is_dir():
            self.discard(path.parent)  # a file where the article's folder should be
        path.parent.mkdir(parents=True, exist_ok=True)
        raw = json.dumps(analysis.to_dict(), ensure_ascii=False, separators=(",", ":"))
        atomic_write(path, raw.encode("utf-8"), durable=False)
        return path

    def discard(self, path: Path) -> None:
        """Delete a damaged cache entry, whatever it is: a file, or a folder where a file
        should be (it is re-computable, so nothing is kept)."""
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

    def remove(self, article_id: str) -> None:
        """Delete every cached analysis of one article."""
        shutil.rmtree(self.folder(article_id), ignore_errors=True)

    def article_ids(self) -> list[str]:
        """Ids of every article that has a cache folder."""
        try:
            return sorted(p.name for p in self.root.iterdir() if p.is_dir())
        except OSError:
            return []

    def files(self, article_id: str) -> list[Path]:
        """The cache files of one article (temporary files excluded)."""
        try:
            paths = self.folder(article_id).iterdir()
            return sorted(p for p in paths if p.suffix == ".json" and not is_temp_file(p))
        except OSError:
            return []

    def _backends(self, article_id: str) -> list[str]:
        """Backends with any cache file for this article, in order of preference."""
        found = {p.name.split("-", 1)[0] for p in self.files(article_id)}
        return [b for b in BACKEND_PREFERENCE if b in found] + sorted(
            found - set(BACKEND_PREFERENCE)
        )


def _safe(part: str) -> str:
    return _UNSAFE.sub("_", part) or "_"

"""Reading article files from disk: plain text, Markdown and HTML, in any common encoding.

Every way a file can be unusable (missing, empty, binary, too large, undecodable, an HTML page
with no article in it) becomes a :class:`UserError` with one sentence naming the file, so the
CLI and the UI can show it as is and nothing half-read ever reaches the store.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from reader.errors import UserError

#: Articles are rarely over 100 KB; anything past this is almost surely not one article.
_MB = 1024 * 1024
MAX_BYTES = 5 * _MB
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_HTML = (".html", ".htm")
_MD = (".md", ".markdown")
#: Where the platform has it (POSIX), opening a pipe with this flag never waits for a writer.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ImportedText:
    """An article's text with what the file told us about it."""

    text: str
    title: str
    source: str
    pubdate: str | None = None


def article_files(path: Path) -> list[Path]:
    """The article files a command-line path stands for: the file itself, or the supported
    files directly inside a folder (sorted by name)."""
    kind = _kind_of(path)
    if kind is None:
        raise UserError(f"{path}: no such file or folder.")
    if kind == "folder":
        found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not found:
            kinds = ", ".join(SUFFIXES)
            raise UserError(f"{path}: this folder holds no article files ({kinds}).")
        return found
    return [path]


def read_article(path: Path) -> ImportedText:
    """Read one article file, decoding and extracting its text."""
    raw = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in _HTML or (suffix not in _MD and _looks_like_html(raw)):
        return _from_html(path, raw)
    text = decode(raw, path)
    if not text.strip():
        raise UserError(f"{path}: the file has no text in it.")
    title = _markdown_title(text) if suffix in _MD else None
    return ImportedText(text=text, title=title or title_from_text(text), source=_path_text(path))


def decode(raw: bytes, path: Path | str = "input") -> str:
    """Decode bytes as UTF-8 (with or without BOM), else in the encoding a detector finds.
    Zero bytes mean binary data, unless they fall as in UTF-16 text (with or without BOM)."""
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _utf16_without_bom(raw)
        if text is None:
            raise UserError(f"{path}: this looks like a binary file, not an article.")
        return text
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        raise UserError(f"{path}: cannot tell which text encoding this file uses.")
    # Western text often reads equally well in several code pages (the letters where they
    # differ, like ñ, are rare), and the detector then picks one arbitrarily: cp1250 would
    # turn "España" into "Espańa". On a tie, prefer Windows-1252, by far the most common.
    tied = (
        m
        for m in matches
        if m.encoding == "cp1252" and (m.chaos, m.coherence) == (best.chaos, best.coherence)
    )
    return str(next(tied, best))


def _utf16_without_bom(raw: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark, told from binary data by where its zero
    bytes fall: in text of Latin letters nearly every other byte is zero, and no byte between.
    None for anything else."""
    sample = raw[:8192]
    for codec, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        if 0 not in low and high.count(0) >= 0.9 * len(high):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def title_from_text(text: str, limit: int = 80) -> str:
    """A title for text that came without one: its first line, or its first sentence, cut short."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    match = re.match(r"(.+?[.!?])(\s|$)", first)
    title = match.group(1) if match and len(first) > limit else first
    if len(title) > limit:
        title = title[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return title or "Untitled"


def read_capped(stream: BinaryIO, name: Path | str) -> bytes:
    """At most :data:`MAX_BYTES` from ``stream`` (a file, pipe, device or standard input):
    one byte more means it is too large, so an endless source (``/dev/zero``, a pipe that never
    closes its end) is refused instead of filling memory."""
    raw = stream.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise _too_large(name, f"over {MAX_BYTES // _MB} MB")
    return raw


def _too_large(name: Path | str, size: str) -> UserError:
    return UserError(
        f"{name}: the text is {size}; newsreader reads articles up to {MAX_BYTES // _MB} MB."
    )


def _kind_of(path: Path) -> Literal["folder", "file"] | None:
    """Whether ``path`` is a folder, a file (anything else that exists) or nothing (None). A
    path the system refuses outright (a name too long, a loop of links) is the user's to fix."""
    try:
        return "folder" if path.is_dir() else "file" if path.exists() else None
    except OSError as exc:
        raise UserError(f"{path}: cannot use this path ({exc.strerror or exc}).") from None


def _read_bytes(path: Path) -> bytes:
    kind = _kind_of(path)
    if kind is None:
        raise UserError(f"{path}: no such file.")
    if kind == "folder":
        raise UserError(f"{path}: is a folder, not an article file.")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(path, f"{size / _MB:.1f} MB")
        # Opened without blocking, so a named pipe that nobody writes to reads as empty
        # instead of waiting forever; reads themselves block as usual.
        fd = os.open(path, os.O_RDONLY | _NONBLOCK)
        with os.fdopen(fd, "rb") as stream:
            if _NONBLOCK:
                os.set_blocking(fd, True)
            raw = read_capped(stream, path)
    except PermissionError:
        raise UserError(f"{path}: no permission to read this file.") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read the file ({exc.strerror or exc}).") from None
    if not raw.strip():
        raise UserError(f"{path}: the file is empty.")
    return raw


def _path_text(path: Path) -> str:
    """The path as text that can be saved: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _markdown_title(text: str) -> str | None:
    match = _MD_HEADING.search(text)
    return match.group(1).strip() if match else None


def _from_html(path: Path, raw: bytes) -> ImportedText:
    """Reduce a web page to its article text with trafilatura (boilerplate removal)."""
    import trafilatura

    html = decode(raw, path)
    result = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise UserError(f"{path}: found no article text in this web page.")
    title = getattr(result, "title", None) or title_from_text(text)
    date = getattr(result, "date", None)
    return ImportedText(text=text, title=title, source=_path_text(path), pubdate=date or None)

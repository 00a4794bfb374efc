"""Article text normalisation and the content id derived from it.

The store keeps the *normalised* text, and note anchors and analyses index into it, so the same
article imported twice (with Windows line ends, a BOM, trailing spaces...) gets the same id and
finds its notes again.
"""

from __future__ import annotations

import hashlib
import unicodedata

#: Length of an article id: the first hex characters of the SHA-256 of the normalised text.
ID_LENGTH = 16


def normalise_text(text: str) -> str:
    """Unicode NFC, LF line ends, no byte-order marks, no trailing whitespace on any line, and
    no blank lines at the start or end."""
    # U+FEFF is a byte-order mark at the start, and junk anywhere else (joined files).
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)  # after removing marks that split characters
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def text_id(normalised: str) -> str:
    """The article id of an already normalised text."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:ID_LENGTH]

"""Decoding article files: UTF-8 with or without BOM, UTF-16 with BOM, and legacy code pages
guessed by the detector, without silently swapping letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import UserError
from reader.importing import decode, read_article

SPANISH = (
    "El presidente afirmó el miércoles en Madrid que la reforma era necesaria. «No vamos a "
    "ceder», dijo la secretaria general de los sindicatos de España, que habló de una huelga."
)
POLISH = (
    "Zażółć gęślą jaźń. Prezydent powiedział w środę w Warszawie, że reforma jest konieczna. "
    "Związki zawodowe ogłosiły strajk."
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(SPANISH, "cp1252", id="spanish-windows-1252"),
        pytest.param(SPANISH, "latin-1", id="spanish-latin-1"),
        pytest.param(POLISH, "cp1250", id="polish-windows-1250"),
        pytest.param(SPANISH, "utf-8-sig", id="utf-8-with-bom"),
        pytest.param(SPANISH, "utf-16", id="utf-16-with-bom"),
        pytest.param(SPANISH, "utf-16-le", id="utf-16-le-without-bom"),
        pytest.param(SPANISH, "utf-16-be", id="utf-16-be-without-bom"),
    ],
)
def test_legacy_and_unicode_encodings_decode_to_the_same_text(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "blob",
    [bytes(range(256)) * 4, "Presiden".encode("utf-32-le") * 50, b"PK\x03\x04\x00\x00" * 100],
    ids=["all-bytes", "utf-32", "zip-like"],
)
def test_binary_data_is_refused_in_one_sentence(blob: bytes) -> None:
    with pytest.raises(UserError, match="binary"):
        decode(blob, "blob.txt")


@pytest.mark.parametrize("name", ["with\x00nul.txt", "x" * 300 + ".txt"], ids=["nul", "too-long"])
def test_a_path_the_system_refuses_is_a_user_error(name: str, tmp_path: Path) -> None:
    """The UI's import dialog shows UserErrors; anything else would crash it."""
    with pytest.raises(UserError, match=r"no such file|cannot use this path"):
        read_article(tmp_path / name)

"""Language identification."""

from __future__ import annotations

import pytest

from reader.analysis.language import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pemerintah kota menutup jalan utama selama dua hari karena banjir.", "id"),
        ("Warga desa itu mengungsi ke balai desa setelah sungai meluap.", "id"),
        ("The city council voted on Monday to close the old bridge for repairs.", "en"),
        ("Die Regierung hat am Montag neue Regeln beschlossen.", "de"),
        ("Le gouvernement a annoncé lundi de nouvelles mesures.", "fr"),
    ],
)
def test_detects_the_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_indonesian_is_not_taken_for_malay() -> None:
    # Even Malay-flavoured wording comes out as Indonesian: "ms" is never an answer.
    assert detect_language("Kerajaan akan membantu rakyat yang terjejas banjir.") == "id"
    assert "ms" not in SUPPORTED_LANGUAGES


@pytest.mark.parametrize("text", ["", "   ", "12 345 — 6.7!", "😀😀"])
def test_text_without_letters_gets_the_default(text: str) -> None:
    assert detect_language(text) == DEFAULT_LANGUAGE


def test_answer_is_always_supported() -> None:
    for text in ["qwxz", "مرحبا بالعالم", "x" * 10_000, "\u202eabc"]:
        assert detect_language(text) in SUPPORTED_LANGUAGES

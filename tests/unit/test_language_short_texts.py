"""Language identification of one-sentence texts: names do not decide the language."""

from __future__ import annotations

import pytest

from reader.analysis.language import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "Megawati Soekarnoputri turned 78.",
        "Joko Widodo visited Bandung and Surabaya.",
        "Gibran Rakabuming Raka met Erick Thohir.",
        "Floods hit Bekasi again.",
        "Jakarta is sinking.",
        "Bank Rakyat Indonesia posted a record profit.",
    ],
)
def test_short_english_with_indonesian_names_stays_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Jokowi di Istana Bogor",
        "Prabowo bertemu Xi Jinping",
        "Apple Rilis iPhone 17 di Indonesia",
        "Gempa magnitudo 5,6 guncang Cianjur.",
        "Harga Cabai Rawit di Pasar Induk Tembus Rp 90.000 per Kg",
        "Kerajaan Malaysia akan menaikkan gaji penjawat awam.",
    ],
)
def test_short_indonesian_and_malay_come_out_indonesian(text: str) -> None:
    assert detect_language(text) == "id"


def test_a_title_case_headline_without_small_words_is_read_whole() -> None:
    """Nothing is left without the capitalised words: the whole headline decides."""
    assert detect_language("Gempa Magnitudo 5,6 Guncang Cianjur") == "id"


def test_capitalised_german_nouns_still_say_german() -> None:
    """Names are set aside only to choose between Indonesian and English."""
    assert detect_language("Bundeskanzler Merz trifft Macron") == "de"


def test_common_words_without_features_leave_the_choice_to_the_whole_text() -> None:
    """ "the" alone scores the same in every language: the names then decide, as before."""
    assert detect_language("In the U.S. ,") == "en"

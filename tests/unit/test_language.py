"""Language identification."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.language import (
    DEFAULT_LANGUAGE,
    SUPPORTED_LANGUAGES,
    _clear_language,
    _identifier,
    _lower_words,
    detect_language,
)


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


def test_answer_for_latin_script_is_always_supported() -> None:
    for text in ["qwxz", "x" * 10_000, "\u202eabc", "Chào buổi sáng"]:
        assert detect_language(text) in SUPPORTED_LANGUAGES


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("مرحبا بالعالم. أعلنت الحكومة يوم الاثنين عن إجراءات جديدة.", "ar"),
        ("Правительство в понедельник объявило о новых мерах поддержки.", "ru"),
        ("Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέα μέτρα στήριξης.", "el"),
    ],
)
def test_other_scripts_get_their_own_language(text: str, lang: str) -> None:
    """None of our languages is written in them: the classifier answers freely."""
    assert detect_language(text) == lang


def test_clear_cases_are_decided_by_common_words_and_agree_with_the_classifier() -> None:
    indonesian = (
        "Pemerintah mengatakan bahwa harga beras akan turun setelah panen raya, karena stok "
        "yang ada di gudang sudah cukup untuk tiga bulan dan distribusi dari daerah juga "
        "lebih lancar dibanding tahun lalu, kata pejabat itu kepada wartawan."
    )
    english = (
        "The minister said that the price of rice would fall after the harvest, because the "
        "stock in the warehouses has been enough for three months and they expect that "
        "deliveries from the regions will be smoother than last year."
    )
    for text, lang in ((indonesian, "id"), (english, "en")):
        assert _clear_language(text) == lang
        assert _identifier(SUPPORTED_LANGUAGES).classify(text)[0] == lang


def test_other_languages_are_left_to_the_classifier() -> None:
    dutch = (
        "De minister heeft op maandag in Den Haag gezegd dat het kabinet de wet wil wijzigen "
        "en dat er dit jaar geen nieuwe belastingen komen; het was in de stad een drukke dag."
    )
    assert _clear_language(dutch) is None
    assert detect_language(dutch) == "nl"


@pytest.mark.parametrize(
    "headline",
    ["Menteri BUMN Erick Thohir", "Gubernur Jawa Barat Ridwan Kamil", "Banjir Rendam Jakarta"],
)
def test_short_headlines_lean_to_indonesian_or_english(headline: str) -> None:
    assert detect_language(headline) == "id"


def test_quotations_in_another_language_do_not_decide() -> None:
    text = (
        '"We are proud of this partnership and we will keep building it," kata duta besar itu '
        "di Jakarta, Senin."
    )
    assert detect_language(text) == "id"
    assert detect_language('"Ini luar biasa," said the coach after the final on Sunday.') == "en"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abzAZ İıßé-_'’\n\t0\u00a0ﬁ", max_size=40))
def test_marker_words_are_the_runs_of_letters_a_to_z(text: str) -> None:
    expected = [word.encode() for word in re.findall("[a-z]+", text.lower())]
    assert _lower_words(text) == expected


def test_languages_with_installed_models_may_be_the_answer() -> None:
    """Any language Stanza reads works without --lang once its models are installed."""
    welsh = "Cyhoeddodd y llywodraeth fesurau newydd ddydd Llun i helpu ffermwyr yr ardal."
    assert detect_language(welsh) in SUPPORTED_LANGUAGES
    assert detect_language(welsh, also={"cy", "id"}) == "cy"
    assert detect_language("Le gouvernement a annoncé lundi de nouvelles mesures.", {"cy"}) == "fr"


def test_malay_models_do_not_make_indonesian_malay() -> None:
    text = "Kerajaan akan membantu rakyat yang terjejas banjir."
    assert detect_language(text, also={"ms"}) == "id"

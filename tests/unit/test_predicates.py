"""Verb cues without a parse (reader.analysis.predicates)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.predicates import (
    EN_VERB_SLOTS,
    ENGLISH_VERB_FORMS,
    ID_AUXILIARIES,
    INDONESIAN_VERB_FORMS,
    english_verb_strength,
    headline_verb_strength,
    indonesian_verb_strength,
    may_be_english_verb,
    may_be_indonesian_verb,
)

_EN_WORDS = ["said", "meets", "will", "they", "to", "the", "news", "Acme", "plan", "walked"]
_ID_WORDS = ["menolak", "telah", "tiba", "katanya", "terbesar", "yang", "dia", "rumah", "di"]
_words = st.text(alphabet="abdeiklmnrst", max_size=9)


@given(
    st.sampled_from(_EN_WORDS) | _words,
    st.sampled_from(_EN_WORDS) | _words,
    st.sampled_from(_EN_WORDS) | _words,
    st.sampled_from(_EN_WORDS) | _words,
    st.booleans(),
)
def test_an_english_verb_has_a_verb_form_or_a_verb_slot_before_it(
    word: str, prev: str, nxt: str, prev2: str, after_name: bool
) -> None:
    if english_verb_strength(word, prev, nxt, prev2, after_name):
        assert may_be_english_verb(word.lower()) or prev.lower() in EN_VERB_SLOTS


@given(st.sampled_from(_ID_WORDS) | _words, st.sampled_from(_ID_WORDS) | _words)
def test_an_indonesian_verb_has_a_verb_form_or_an_auxiliary_before_it(
    word: str, before: str
) -> None:
    if indonesian_verb_strength(word, before):
        assert may_be_indonesian_verb(word) or before in ID_AUXILIARIES


def test_verb_forms() -> None:
    assert may_be_english_verb("walked") and may_be_english_verb("said")
    assert not may_be_english_verb("table")
    assert may_be_indonesian_verb("menolak") and may_be_indonesian_verb("tiba")
    assert not may_be_indonesian_verb("rumah")


def test_headline_verbs() -> None:
    for word in ("Sahkan", "Tangkap", "Sepakati", "Kunjungi", "Menerjang", "Kembalikan"):
        assert headline_verb_strength(word, "id") == 2, word
    for word in ("Kebijakan", "Pendidikan", "Polisi", "Pabrik"):
        assert headline_verb_strength(word, "id") == 0, word
    for word in ("Back", "Bans", "Seizes", "Cancelled", "Hit"):
        assert headline_verb_strength(word, "en") == 2, word
    assert headline_verb_strength("Ministers", "en") == 0


def test_an_adverb_after_an_auxiliary_is_no_verb() -> None:
    assert indonesian_verb_strength("sering", "masih") == 0
    assert indonesian_verb_strength("mungkin", "masih") == 0  # "masih mungkin terjadi"
    assert indonesian_verb_strength("terjadi", "masih") == 2


def test_menjadi_after_a_verb_of_change_is_to() -> None:
    assert indonesian_verb_strength("menjadi", "naik") == 0  # "naik menjadi Rp 14.500"
    assert indonesian_verb_strength("menjadi", "kini") == 2


def test_a_preposition_after_a_word_that_may_be_an_auxiliary_is_no_verb() -> None:
    # "hujan dengan intensitas sedang hingga lebat": "sedang" is "moderate" here
    assert indonesian_verb_strength("hingga", "sedang") == 0
    assert indonesian_verb_strength("turun", "sedang") == 2


def test_an_ed_word_after_a_number_is_an_adjective() -> None:
    assert english_verb_strength("masked", "three", "men", "when") == 0
    assert english_verb_strength("met", "two", "on", "the") == 2


def test_indonesian_measure_words_are_no_verbs() -> None:
    assert indonesian_verb_strength("bermagnitudo", "gempa") == 0
    assert indonesian_verb_strength("berinisial", "pria") == 0
    assert indonesian_verb_strength("bertemu", "presiden") == 2


@pytest.mark.parametrize(
    ("word", "prev", "strength"),
    [
        ("jumps", "profit", 1),  # sentence case: "Harrow profit jumps …"
        ("soar", "prices", 1),
        ("rise", "profit", 0),  # no agreement
        ("cuts", "the", 0),  # after a determiner: a noun
    ],
)
def test_sentence_case_headline_verbs_are_weak(word: str, prev: str, strength: int) -> None:
    assert headline_verb_strength(word, "en", prev, "in") == strength


@pytest.mark.parametrize(
    ("word", "prev", "strength"),
    [
        ("expect", "analysts", 2),  # "Analysts expect further gains"
        ("fear", "Residents", 2),
        ("rise", "prices", 2),
        ("expect", "business", 0),  # "-ss": no plural
        ("expect", "this", 0),
        ("expect", "the", 0),
    ],
)
def test_a_base_form_after_a_plural_subject_is_a_verb(word: str, prev: str, strength: int) -> None:
    assert english_verb_strength(word, prev, "further", "") == strength


def test_a_headline_verb_in_s_after_a_name_in_s() -> None:
    # "Norvik Foods lifts outlook": a name in "-s" may be one firm
    assert headline_verb_strength("lifts", "en", "Foods", "outlook") == 1


def test_ter_nouns_of_a_trial_are_no_verbs() -> None:
    # "Penasihat hukum terdakwa, Yusuf Maulana, mengatakan …": the verb is "mengatakan"
    for noun in ("terdakwa", "terpidana", "tergugat", "terlapor"):
        assert indonesian_verb_strength(noun, "hukum") == 0


def test_verb_form_memos_answer_as_their_tests() -> None:
    for word in [*_EN_WORDS, "walked", "table"]:
        assert ENGLISH_VERB_FORMS[word.lower()] == may_be_english_verb(word.lower())
    for word in [*_ID_WORDS, "menolak", "rumah"]:
        assert INDONESIAN_VERB_FORMS[word] == may_be_indonesian_verb(word)

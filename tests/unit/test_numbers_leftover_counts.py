"""A count left without its noun at the start of a sentence takes the noun of the count
before it even after a hedge, "only" or a linking word ("Nearly 2,000 of them", "Namun
hanya tujuh mencatat …"), and that of the head count when the last count only said where
its things came from ("214 siswa dari empat sekolah dasar … Sembilan belas dirawat")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _counts(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(n.text, n.unit) for n in analyze(text, lang=lang, backend="builtin").numbers]


@pytest.mark.parametrize(
    ("text", "lang", "last"),
    [
        (
            "More than 5,000 people attended. Nearly 2,000 of them were children.",
            "en",
            ("2,000", "people"),
        ),
        (
            "Sebanyak 40 sekolah ikut ujian. Namun hanya tujuh mencatat nilai sempurna.",
            "id",
            ("tujuh", "sekolah"),
        ),
        (
            "Police arrested 30 fans on Saturday. But only four were charged.",
            "en",
            ("four", "fans"),
        ),
    ],
)
def test_a_count_after_a_hedge_opening_its_sentence_takes_the_noun_before(
    text: str, lang: str, last: tuple[str, str]
) -> None:
    assert _counts(text, lang)[-1] == last


@pytest.mark.parametrize(
    ("text", "lang", "last"),
    [
        (
            "Sebanyak 214 siswa dari empat sekolah dasar mengalami keracunan. Sembilan belas"
            " dirawat di rumah sakit.",
            "id",
            ("Sembilan belas", "siswa"),
        ),
        (
            "Floods damaged 120 houses in three villages. Twelve were swept away.",
            "en",
            ("Twelve", "houses"),
        ),
    ],
)
def test_a_leftover_count_takes_the_head_counts_noun(
    text: str, lang: str, last: tuple[str, str]
) -> None:
    assert _counts(text, lang)[-1] == last


def test_a_compound_counts_as_one_word_of_the_unit() -> None:
    text = "Dinkes mencatat 120 kasus demam berdarah dengue di kota itu."
    unit = "kasus demam berdarah dengue"
    assert _counts(text, "id") == [(f"120 {unit}", unit)]

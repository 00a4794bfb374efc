"""Names in an encyclopaedia's defining sentences, as WikiNER-like test sets give them: the
subject a year and a nationality qualify ("a 2004 Danish crime film"), a band that "are"
one, and the administrative units of Polish, Russian, Ukrainian and Arab states ("Gmina
Sośno", "Lublin Voivodeship", "Tver Oblast", "Zarqa Governorate"); in Indonesian the subject
of "adalah sebuah desa"; on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_a_film_qualified_by_its_year_and_nationality_is_a_work() -> None:
    found = ents_en("Quiet Harvest Moon is a 2004 Danish crime film shot in Aarhus.")
    assert ("Quiet Harvest Moon", "MISC") in found
    assert ("Danish", "MISC") in found


def test_a_group_that_are_a_band_is_an_organisation() -> None:
    found = ents_en("Paper Kites Rising are an Irish folk rock band from Cork.")
    assert ("Paper Kites Rising", "ORG") in found
    assert ("Cork", "LOC") in found


def test_a_rural_locality_defined_so_is_a_place() -> None:
    assert ("Sosnovka", "LOC") in ents_en("Sosnovka is a rural locality in the north of Russia.")


def test_foreign_administrative_units_are_places() -> None:
    found = ents_en(
        "Wola is a village in the district of Gmina Sośno , within Lublin Voivodeship , Poland ."
    )
    assert ("Gmina Sośno", "LOC") in found
    assert ("Lublin Voivodeship", "LOC") in found
    assert ("Zarqa Governorate", "LOC") in ents_en("The camp lies in Zarqa Governorate .")
    assert ("Tver Oblast", "LOC") in ents_en("Floods hit villages of Tver Oblast in April.")


ents_id = partial(test_entities.ents, lang="id")


def test_an_indonesian_village_defined_by_adalah_is_a_place() -> None:
    found = ents_id("Wonorejo adalah sebuah desa di kecamatan Bantul , Kabupaten Bantul .")
    assert ("Wonorejo", "LOC") in found
    assert ("Tirtomulyo", "LOC") in ents_id("Tirtomulyo merupakan desa di kecamatan Kretek .")


def test_only_the_first_noun_after_salah_satu_is_the_kind() -> None:
    found = ents_id("Slamet merupakan salah satu tokoh desa Ngablak yang disegani .")
    assert ("Slamet", "LOC") not in found


def test_the_special_region_of_yogyakarta_in_full_is_a_place() -> None:
    found = ents_id("Hujan abu turun di sebagian Daerah Istimewa Yogyakarta pada Selasa .")
    assert ("Daerah Istimewa Yogyakarta", "LOC") in found


def test_only_the_subject_of_the_clause_is_defined_by_adalah() -> None:
    assert ents_id("Tujuan utama kunjungan Prabowo adalah desa tertinggal di perbatasan .") == [
        ("Prabowo", "PER")
    ]
    found = ents_id("Pilihan terakhir Andi adalah perusahaan rintisan milik temannya .")
    assert found == [("Andi", "PER")]
    found = ents_id("Menurut warga , Sidomulyo adalah desa tertua di kecamatan itu .")
    assert ("Sidomulyo", "LOC") in found


def test_only_the_subject_of_the_clause_is_defined_by_is() -> None:
    assert ents_en("The first stop for Mendez was a town near the border.") == [("Mendez", "PER")]
    found = ents_en("Among those who backed Reeves was a group of investors.")
    assert found == [("Reeves", "PER")]
    assert ("Orvane", "ORG") in ents_en("Founded in 1907, Orvane was a shipping company.")


def test_a_participle_before_the_kind_noun_qualifies_it() -> None:
    found = ents_en("Harbin Vale is a privately held company based in Leeds.")
    assert ("Harbin Vale", "ORG") in found
    assert ("Norcastle", "ORG") in ents_en("Norcastle is a publicly traded mining company.")
    assert ("Zaadhuis", "ORG") in ents_en("Zaadhuis is a Dutch seed company based in Enkhuizen.")


def test_a_subject_after_an_opening_function_word_is_defined() -> None:
    found = ents_en("Today Orvane is a shipping company based in Oslo.")
    assert ("Orvane", "ORG") in found
    found = ents_id("Adapun Karangsari adalah sebuah desa di kecamatan Weru .")
    assert ("Karangsari", "LOC") in found
    assert ents_en("With Reeves was a group of investors.") == [("Reeves", "PER")]

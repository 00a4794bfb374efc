"""Indonesian regional offices: a service named for two fields, one by its acronym, with
its regency and head ("Dinas Koperasi dan UMKM Kabupaten Sidoarjo"), a regent's or
mayor's one-word name after the town, regencies of two words the gazetteer lists and a
site's town between commas (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_field_acronym_after_dan_stays_in_the_service_name() -> None:
    found = ents("Dinas Koperasi dan UMKM Kota Malang menggelar bazar murah.")
    assert found == [("Dinas Koperasi dan UMKM Kota Malang", "ORG")]


def test_a_one_word_head_after_the_regency_of_a_service() -> None:
    found = ents("Kepala Dinas Koperasi dan UMKM Kabupaten Sidoarjo Tjarda mengatakan stok aman.")
    assert found == [("Dinas Koperasi dan UMKM Kabupaten Sidoarjo", "ORG"), ("Tjarda", "PER")]


def test_a_regents_one_word_name_the_text_repeats() -> None:
    found = ents("Bupati Sidoarjo Subandi meninjau banjir. Subandi meminta warga mengungsi.")
    assert found[:2] == [("Sidoarjo", "LOC"), ("Subandi", "PER")]


def test_a_regency_of_two_words_after_its_regents_title() -> None:
    assert ents("Bupati Deli Serdang meninjau banjir di sana.") == [("Deli Serdang", "LOC")]


def test_a_compass_word_finishes_the_regency() -> None:
    assert ents("Bupati Lampung Tengah meninjau banjir.") == [("Lampung Tengah", "LOC")]


def test_a_hospital_named_after_a_doctor_then_its_director() -> None:
    found = ents("Direktur RSUD dr Soetomo Joni Wahyuhadi mengatakan ruang isolasi penuh.")
    assert found == [("RSUD dr Soetomo", "ORG"), ("Joni Wahyuhadi", "PER")]


def test_the_town_of_a_hospital_named_after_a_doctor_ends_its_name() -> None:
    found = ents("Direktur RSUD dr Slamet Garut Husodo Dewo Adi meninjau bangsal baru.")
    assert found == [("RSUD dr Slamet Garut", "ORG"), ("Husodo Dewo Adi", "PER")]


def test_a_city_after_a_landform_head_is_part_of_a_village_name() -> None:
    found = ents("Warga Kelurahan Gunung Samarinda mengungsi ke masjid.")
    assert found == [("Kelurahan Gunung Samarinda", "LOC")]


def test_a_landmark_then_its_city_are_still_two_places() -> None:
    found = ents("Massa berkumpul di Gedung Sate Bandung sejak pagi.")
    assert found == [("Gedung Sate", "LOC"), ("Bandung", "LOC")]


def test_an_office_ending_the_text_is_read_without_a_word_after_it() -> None:
    # the run ends at the office's head: no place head after it to look at
    assert ents("Kepala Dinas") == [("Dinas", "ORG")]
    assert ents("Presiden PT") == [("PT", "ORG")]


def test_a_listed_regency_of_two_words_before_its_regents_name() -> None:
    found = ents("Bupati Padang Pariaman John Kenedy Azis meninjau lokasi banjir.")
    assert found == [("Padang Pariaman", "LOC"), ("John Kenedy Azis", "PER")]


def test_a_listed_regency_after_a_village_is_no_person() -> None:
    found = ents("Rumah warga di Desa Lamteuba, Aceh Besar, terbakar pada Selasa.")
    assert ("Aceh Besar", "LOC") in found


def test_a_mayors_one_word_name_after_his_town() -> None:
    found = ents("Wali Kota Blitar Santoso meresmikan pasar rakyat baru.")
    assert found == [("Blitar", "LOC"), ("Santoso", "PER")]


def test_the_town_between_commas_after_a_market_is_a_place() -> None:
    found = ents("Harga cabai di Pasar Inpres Manonda, Palu, naik tajam.")
    assert found == [("Pasar Inpres Manonda", "LOC"), ("Palu", "LOC")]
    found = ents("Pedagang di Pasar Sentral, Budi, mengatakan harga naik.")
    assert found == [("Pasar Sentral", "LOC"), ("Budi", "PER")]

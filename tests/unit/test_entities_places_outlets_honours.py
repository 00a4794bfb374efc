"""Entities: given names before surnames that are also places, dateline
outlets, places of worship, mountains and lakes named alone, products in use, Indonesian
noble abbreviations and Malaysian honours (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_given_name_before_a_city_makes_a_person_and_the_surname_follows() -> None:
    found = ents("Naomi Osaka lost in Paris. Osaka said she was tired.", "en")
    assert found == [("Naomi Osaka", "PER"), ("Paris", "LOC"), ("Osaka", "PER")]
    found = ents("Bruno Santos watched the game. Santos said the pitch was slow.", "en")
    assert found == [("Bruno Santos", "PER"), ("Santos", "PER")]


def test_the_outlet_after_a_datelines_place_is_an_organisation() -> None:
    found = ents("MEDAN, Waspada - Banjir merendam ratusan rumah.")
    assert found == [("MEDAN", "LOC"), ("Waspada", "ORG")]
    found = ents("JAKARTA, Detik - Polisi menangkap dua orang.")
    assert ("Detik", "ORG") in found


def test_a_region_after_a_datelines_city_stays_a_place() -> None:
    found = ents("LEEDS, England - A man was jailed on Friday.", "en")
    assert found == [("LEEDS", "LOC"), ("England", "LOC")]


def test_a_church_is_a_place_of_worship() -> None:
    found = ents("Umat memadati Gereja Katedral Bogor saat misa malam.")
    assert found == [("Gereja Katedral Bogor", "LOC")]
    found = ents("Misa digelar di Gereja Santo Petrus, Medan.")
    assert ("Gereja Santo Petrus", "LOC") in found


def test_mountains_and_lakes_named_alone() -> None:
    found = ents("She climbed Everest in May and later walked around Windermere.", "en")
    assert found == [("Everest", "LOC"), ("Windermere", "LOC")]
    assert ents("Ben Nevis was covered in snow.", "en") == [("Ben Nevis", "LOC")]


def test_a_name_after_a_climbing_verb_is_a_mountain() -> None:
    assert ents("They climbed Helvellyn on a cold morning.", "en") == [("Helvellyn", "LOC")]


def test_a_product_in_camel_case_after_a_verb_of_use() -> None:
    found = ents("Students had used ChatGPT for essays, OpenAI said.", "en")
    assert found == [("ChatGPT", "MISC"), ("OpenAI", "ORG")]
    assert ents("Siswa menggunakan ChatGPT untuk tugas.") == [("ChatGPT", "MISC")]


def test_an_indonesian_noble_abbreviation_opens_a_person() -> None:
    found = ents("Menurut TB Hasanuddin, anggaran itu kecil.")
    assert found == [("TB Hasanuddin", "PER")]
    assert ("RA Kartini", "PER") in ents("Perjuangan RA Kartini dikenang.")


def test_malaysian_honours_are_titles() -> None:
    assert ents("Pengusaha Tan Sri Dato' Tahir menyumbang dana.") == [("Tahir", "PER")]
    found = ents("Datuk Seri Anwar Ibrahim met Vincent Tan.", "en")
    assert found == [("Anwar Ibrahim", "PER"), ("Vincent Tan", "PER")]
    assert ents("Menteri Keuangan Sri Mulyani hadir.") == [("Sri Mulyani", "PER")]


def test_a_compass_adjective_never_opens_a_persons_name() -> None:
    assert ents("Passengers on Northern Trains faced delays.", "en") == [("Northern Trains", "ORG")]


def test_ka_alone_in_a_headline_names_nothing() -> None:
    # ("KA" is the kind of vehicle; the regency after "di" is a place.)
    assert ents("KA Anjlok di Grobogan, Ribuan Penumpang Terlantar") == [("Grobogan", "LOC")]


def test_a_union_before_a_name_makes_it_an_organisation() -> None:
    assert ents("Members of the union Unite voted to strike.", "en") == [("Unite", "ORG")]


def test_a_lone_word_opening_a_sentence_may_be_a_name_opening_another() -> None:
    found = ents("Rusdiono Pranata hadir di sidang. Rusdiono membantah semua dakwaan.")
    assert found == [("Rusdiono Pranata", "PER"), ("Rusdiono", "PER")]
    # written in small letters elsewhere, it is an ordinary word
    found = ents("Pejabat Kemenkeu hadir. Pejabat itu menolak diwawancarai para pejabat lain.")
    assert ("Pejabat", "PER") not in found


def test_a_noble_abbreviation_after_a_body_opens_the_person() -> None:
    found = ents("Anggota Komisi VIII DPR TB Ace Hasan Syadzily meninjau asrama haji.")
    assert found == [("Komisi VIII DPR", "ORG"), ("TB Ace Hasan Syadzily", "PER")]


def test_a_name_walked_or_sailed_round_is_a_place_but_not_an_owner() -> None:
    assert ents("He sailed round Anglesey in a week.", "en") == [("Anglesey", "LOC")]
    assert ents("They walked around Smith's garden.", "en") == [("Smith", "PER")]


def test_a_port_named_with_of_is_one_place_and_its_authority_a_body() -> None:
    found = ents("Dockers at the Port of Liverpool voted to end the strike.", "en")
    assert found == [("Port of Liverpool", "LOC")]
    found = ents("The Port of London Authority said the river would reopen.", "en")
    assert found == [("Port of London Authority", "ORG")]


def test_a_seat_of_government_by_its_level_is_a_building_not_mr_hall() -> None:
    assert ents("Police searched City Hall on Tuesday.", "en") == [("City Hall", "LOC")]
    assert ents("City Hall said the budget was balanced.", "en") == [("City Hall", "LOC")]
    assert ents("Marsha Hall said the budget was balanced.", "en") == [("Marsha Hall", "PER")]

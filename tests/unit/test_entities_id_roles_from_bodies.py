"""Indonesian roles named with the body their holder comes from, "dari" between ("jaksa
penuntut umum dari KPK Wawan Yunarwanto") (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_prosecutor_from_a_listed_body_is_named_after_it() -> None:
    found = ents("Jaksa penuntut umum dari KPK Wawan Yunarwanto menyatakan pikir-pikir.")
    assert found == [("KPK", "ORG"), ("Wawan Yunarwanto", "PER")]


def test_a_doctor_from_a_hospital_by_its_acronym() -> None:
    found = ents("Dokter spesialis anak dari RSCM Aman Pulungan menjelaskan gejalanya.")
    assert found == [("RSCM", "ORG"), ("Aman Pulungan", "PER")]


def test_a_unit_of_the_body_is_no_person() -> None:
    assert ents("Petugas dari PLN Unit Induk datang ke lokasi.") == [("PLN Unit Induk", "ORG")]


def test_a_company_form_goes_on_with_its_name() -> None:
    assert ents("Direktur dari PT Maju Jaya hadir dalam rapat.") == [("PT Maju Jaya", "ORG")]


def test_a_doctor_from_a_hospital_named_after_a_doctor() -> None:
    found = ents(
        "Dokter spesialis penyakit dalam dari RSUP Dr Sardjito Fahmi Indrarto menjelaskan"
        " gejalanya."
    )
    assert found == [("RSUP Dr Sardjito", "ORG"), ("Fahmi Indrarto", "PER")]


def test_a_hospital_named_after_a_doctor_with_no_one_after_it() -> None:
    assert ents("Dokter dari RSUP Dr Sardjito menjelaskan gejala.") == [("RSUP Dr Sardjito", "ORG")]

"""Indonesian titles with a portfolio written out in capitals before the body's acronym,
the name set off by commas as Tribun and Detik write it (sentences written for these
tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_portfolio_before_a_body_and_a_comma_is_no_name() -> None:
    found = ents(
        "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes, Imran Wibisono, "
        "mengatakan itu."
    )
    assert found == [("Kemenkes", "ORG"), ("Imran Wibisono", "PER")]
    found = ents(
        "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB, Abdul Rahim, mengatakan itu."
    )
    assert found == [("BNPB", "ORG"), ("Abdul Rahim", "PER")]


def test_a_prosecutors_intelligence_or_civil_section_is_no_name() -> None:
    found = ents("Kepala Seksi Intelijen Kejari Sukoharjo, Dimas Pratama, membenarkan penahanan.")
    assert found == [("Kejari Sukoharjo", "ORG"), ("Dimas Pratama", "PER")]
    found = ents("Kasi Perdata dan Tata Usaha Negara Kejari Kendal Yuni Lestari hadir.")
    assert found == [("Kejari Kendal", "ORG"), ("Yuni Lestari", "PER")]


def test_a_press_section_or_an_english_portfolio_before_a_body_is_no_name() -> None:
    found = ents("Kasi Penkum Kejati NTT, Raka Dharmana, mengatakan kerugian negara besar.")
    assert found == [("Kejati NTT", "ORG"), ("Raka Dharmana", "PER")]
    found = ents("Vice President Corporate Communication Pertamina, Fadjar Santoso, menjelaskan.")
    assert found == [("Pertamina", "ORG"), ("Fadjar Santoso", "PER")]


def test_a_units_own_name_before_its_bodys_acronym_is_part_of_the_title() -> None:
    found = ents("Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono mengatakan itu.")
    assert found == [("BMKG", "ORG"), ("Daryono", "PER")]
    found = ents("Deputi Bidang Geofisika BMKG Nelly Riama menjelaskan hal itu.")
    assert found == [("BMKG", "ORG"), ("Nelly Riama", "PER")]


def test_a_unit_name_without_an_acronym_after_it_stays_a_body() -> None:
    found = ents("Kepala Bidang Humas Polda Jatim Kombes Dirmanto mengatakan itu.")
    assert found == [("Polda Jatim", "ORG"), ("Dirmanto", "PER")]


def test_english_vice_presidents_and_corporate_secretaries_are_titles() -> None:
    found = ents("Corporate Secretary PT Pertamina Patra Niaga Heppy Wulansari mengatakan itu.")
    assert found == [("PT Pertamina Patra Niaga", "ORG"), ("Heppy Wulansari", "PER")]
    found = ents("VP Corporate Communication Pertamina Fadjar Djoko Santoso menyebut itu.")
    assert found == [("Pertamina", "ORG"), ("Fadjar Djoko Santoso", "PER")]
    found = ents("Senior Manager Humas KAI Daop 8 Surabaya Luqman Arif menyebut stasiun padat.")
    assert found == [("KAI Daop 8 Surabaya", "ORG"), ("Luqman Arif", "PER")]


def test_the_2024_cabinets_coordinating_portfolios_are_part_of_the_title() -> None:
    found = ents("Menko Polkam Budi Gunawan meminta aparat bekerja profesional.")
    assert found == [("Budi Gunawan", "PER")]

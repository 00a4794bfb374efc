"""Indonesian state firms' spokesmen and their long English titles: "Area Manager
Communication, Relations & CSR" and the firm's regional unit before the name (sentences
written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_title_of_portfolios_joined_by_a_comma_and_an_ampersand() -> None:
    found = ents(
        "Area Manager Communication, Relations & CSR Pertamina Patra Niaga Edi Mangun "
        "mengatakan stok aman."
    )
    assert found == [("Pertamina Patra Niaga", "ORG"), ("Edi Mangun", "PER")]


def test_a_firms_regional_unit_named_by_a_place_before_its_spokesman() -> None:
    found = ents(
        "Area Manager Communication Pertamina Patra Niaga Regional Kalimantan Edi Mangun "
        "mengatakan stok aman."
    )
    assert found == [("Pertamina Patra Niaga Regional Kalimantan", "ORG"), ("Edi Mangun", "PER")]


def test_a_numbered_unit_of_a_company_written_with_pt() -> None:
    found = ents("PT KAI Daop 6 Yogyakarta mengoperasikan kereta tambahan.")
    assert found == [("PT KAI Daop 6 Yogyakarta", "ORG")]

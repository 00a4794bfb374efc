"""Indonesian elections and the places they are held in: "Pilkada Kabupaten Bogor" is the
election (MISC) and the regency (LOC), not one name, while a year or "Serentak" stays in the
election's name (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_place_after_an_election_is_a_place_of_its_own() -> None:
    found = ents("Bawaslu mengawasi kampanye Pilkada Kabupaten Bogor dengan ketat.")
    assert found == [("Bawaslu", "ORG"), ("Pilkada", "MISC"), ("Kabupaten Bogor", "LOC")]
    found = ents("KPU menetapkan jadwal Pilgub Jawa Barat pada November.")
    assert found == [("KPU", "ORG"), ("Pilgub", "MISC"), ("Jawa Barat", "LOC")]
    found = ents("Partai itu menang dalam Pemilu Jepang bulan lalu.")
    assert found == [("Pemilu", "MISC"), ("Jepang", "LOC")]


def test_an_elections_year_and_kind_stay_in_its_name() -> None:
    assert ("Pilkada Serentak 2029", "MISC") in ents("KPU menyiapkan Pilkada Serentak 2029 kelak.")
    assert ("Pilkada 2024", "MISC") in ents("KPU menetapkan calon untuk Pilkada 2024 kemarin.")

"""Indonesian police chiefs and the places they serve, Papua's regencies and a news
agency whose name is a function word (sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_police_chiefs_place_before_his_rank_is_a_place() -> None:
    found = ents("Kapolsek Cilandak, Kompol Wahyu Hidayat, membenarkan penangkapan itu.")
    assert found == [("Cilandak", "LOC"), ("Wahyu Hidayat", "PER")]
    found = ents("Kapolsek Tamalate, AKP Syamsuddin, mengatakan korban luka ringan.")
    assert found == [("Tamalate", "LOC"), ("Syamsuddin", "PER")]


def test_people_listed_with_their_titles_stay_people() -> None:
    found = ents("Presiden Joko Widodo, Kapolri Jenderal Listyo Sigit Prabowo dan lainnya hadir.")
    assert ("Joko Widodo", "PER") in found and ("Listyo Sigit Prabowo", "PER") in found


def test_papuan_regencies_are_places() -> None:
    found = ents("Ketua DPRK Jayawijaya Matius Lokobal hadir di Lanny Jaya.")
    assert found == [("DPRK Jayawijaya", "ORG"), ("Matius Lokobal", "PER"), ("Lanny Jaya", "LOC")]


def test_antara_in_a_dateline_is_the_agency() -> None:
    found = ents("DENPASAR, Antara - Polisi menangkap dua orang di Kuta.")
    assert found[:2] == [("DENPASAR", "LOC"), ("Antara", "ORG")]
    assert ents("Hubungan antara kedua desa itu membaik.") == []

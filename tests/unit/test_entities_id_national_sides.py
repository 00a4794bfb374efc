"""Indonesian sport: national sides by their nicknames, qualifying rounds and a badminton
open named by its country alone, supporters' groups (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_national_side_nicknames_are_organisations() -> None:
    found = ents("Skuad Garuda akan bertolak ke Bahrain pekan depan.")
    assert found == [("Skuad Garuda", "ORG"), ("Bahrain", "LOC")]
    found = ents("Garuda Muda harus mengakui keunggulan Uzbekistan di semifinal.")
    assert found == [("Garuda Muda", "ORG"), ("Uzbekistan", "LOC")]


def test_a_qualifying_round_is_an_event() -> None:
    found = ents("Indonesia menahan imbang Arab Saudi dalam Kualifikasi Piala Dunia 2026.")
    assert ("Kualifikasi Piala Dunia 2026", "MISC") in found


def test_all_england_is_a_tournament() -> None:
    found = ents("Meski kalah, Anthony Ginting bersyukur bisa tampil di All England.")
    assert found == [("Anthony Ginting", "PER"), ("All England", "MISC")]


def test_a_clubs_goal_count_is_no_model_number() -> None:
    found = ents("Gol PSS 1 dicetak Riko Simanjuntak pada menit ke-60.")
    assert found == [("PSS", "ORG"), ("Riko Simanjuntak", "PER")]
    assert ("Boeing 777", "MISC") in ents("Maskapai itu memesan Boeing 777 baru.")


def test_supporters_groups_are_organisations() -> None:
    found = ents("Meski Persib kalah, Bobotoh tetap bernyanyi di tribun.")
    assert found == [("Persib", "ORG"), ("Bobotoh", "ORG")]
    found = ents("Suporter PSS, Brigata Curva Sud, tetap memberikan dukungan.")
    assert found == [("PSS", "ORG"), ("Brigata Curva Sud", "ORG")]

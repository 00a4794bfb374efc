"""Indonesian sport and entertainment copy: a foreign club named by its town before its
player, a club's technical director, and a band whose name ends with a number (sentences
written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_foreign_club_named_by_its_town_before_the_player() -> None:
    found = ents("Skuad itu memanggil bek Como Jay Idzes dan kiper Maarten Paes.")
    assert found == [("Como", "ORG"), ("Jay Idzes", "PER"), ("Maarten Paes", "PER")]


def test_a_home_town_before_a_player_stays_a_place() -> None:
    found = ents("Gol kedua dicetak pemain Bandung Budi Santoso.")
    assert found == [("Bandung", "LOC"), ("Budi Santoso", "PER")]


def test_a_bands_number_is_part_of_its_name() -> None:
    assert ents("Konser grup band Dewa 19 digelar malam ini.") == [("Dewa 19", "ORG")]


def test_a_band_opening_a_sentence_with_its_number() -> None:
    assert ents("Band Dewa 19 menggelar konser reuni di Jakarta.")[0] == ("Dewa 19", "ORG")


def test_a_clubs_technical_director_is_a_title() -> None:
    found = ents("Direktur Teknik PSMS Bambang Nurdiansyah mengatakan pelatih baru tiba besok.")
    assert found == [("PSMS", "ORG"), ("Bambang Nurdiansyah", "PER")]

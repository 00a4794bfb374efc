"""Indonesian weather stations named after the hero of their airport, with their town,
between the agency and the head's name (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_station_named_after_a_hero_and_its_town_is_part_of_the_office() -> None:
    found = ents("Kepala BMKG Sultan Hasanuddin Makassar Irwan Slamet mengatakan hujan turun.")
    assert found == [("BMKG Sultan Hasanuddin Makassar", "ORG"), ("Irwan Slamet", "PER")]


def test_the_agencys_own_head_is_named_without_a_station() -> None:
    found = ents("Kepala BMKG Dwikorita Karnawati mengatakan hujan turun.")
    assert found == [("BMKG", "ORG"), ("Dwikorita Karnawati", "PER")]

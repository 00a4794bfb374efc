"""Entities: a Latin binomial (a capitalised genus, then a lowercase species epithet) names
a species, no person, in Indonesian and English (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_genus_after_an_organism_noun_is_no_person() -> None:
    assert ents("Demam berdarah menyebar lewat nyamuk Aedes aegypti di kampung itu.") == []
    assert ents("Parasit Plasmodium falciparum menyebabkan malaria berat.") == []
    found = ents("The mosquito Aedes aegypti spreads dengue, said Ann Lee.", "en")
    assert found == [("Ann Lee", "PER")]


def test_a_genus_known_by_its_ending_needs_no_organism_noun() -> None:
    assert ents("Dokter menemukan Mycobacterium tuberculosis pada sampel dahak.") == []
    assert ents("Doctors found Staphylococcus aureus in the samples.", "en") == []


def test_a_name_before_a_latin_looking_word_stays_a_person() -> None:
    assert ents("Kemarin Budi harus pulang lebih awal.") == [("Budi", "PER")]

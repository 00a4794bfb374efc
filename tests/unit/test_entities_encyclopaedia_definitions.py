"""Names in an encyclopaedia's defining sentences, as WikiNER-like test sets give them: the
subject a year and a nationality qualify ("a 2004 Danish crime film"), a band that "are"
one, and the administrative units of Polish, Russian, Ukrainian and Arab states ("Gmina
Sośno", "Lublin Voivodeship", "Tver Oblast", "Zarqa Governorate"); on sentences written
for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_a_film_qualified_by_its_year_and_nationality_is_a_work() -> None:
    found = ents_en("Quiet Harvest Moon is a 2004 Danish crime film shot in Aarhus.")
    assert ("Quiet Harvest Moon", "MISC") in found
    assert ("Danish", "MISC") in found


def test_a_group_that_are_a_band_is_an_organisation() -> None:
    found = ents_en("Paper Kites Rising are an Irish folk rock band from Cork.")
    assert ("Paper Kites Rising", "ORG") in found
    assert ("Cork", "LOC") in found


def test_a_rural_locality_defined_so_is_a_place() -> None:
    assert ("Sosnovka", "LOC") in ents_en("Sosnovka is a rural locality in the north of Russia.")


def test_foreign_administrative_units_are_places() -> None:
    found = ents_en(
        "Wola is a village in the district of Gmina Sośno , within Lublin Voivodeship , Poland ."
    )
    assert ("Gmina Sośno", "LOC") in found
    assert ("Lublin Voivodeship", "LOC") in found
    assert ("Zarqa Governorate", "LOC") in ents_en("The camp lies in Zarqa Governorate .")
    assert ("Tver Oblast", "LOC") in ents_en("Floods hit villages of Tver Oblast in April.")

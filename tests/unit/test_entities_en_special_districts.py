"""English districts: an American special district named for the service it runs is a public
body, ORG ("Los Angeles Unified School District"), while a district that is a place stays
one ("Lake District", "12th Congressional District") - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_special_district_named_for_its_service_is_a_body() -> None:
    found = ents("Parents sued the Los Angeles Unified School District on Monday.")
    assert found == [("Los Angeles Unified School District", "ORG")]
    found = ents("Crews from the Orange County Fire Protection District arrived.")
    assert found == [("Orange County Fire Protection District", "ORG")]


def test_a_district_that_is_a_place_stays_a_place() -> None:
    assert ents("He walked in the Lake District on Monday.") == [("Lake District", "LOC")]

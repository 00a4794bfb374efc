"""English amounts that are rough or only half written: "a couple of hundred fans" is a rough
amount counting fans (not "hundred fans"), and "two- and ten-year yields" shares one compound,
whose first half is no count of its own."""

from __future__ import annotations

from tests.unit.found_values import numbers_by_text


def test_a_couple_of_hundred_is_rough_and_counts_what_follows() -> None:
    found = numbers_by_text("A couple of hundred fans gathered outside.", "en")
    assert found == {"A couple of hundred fans": (None, "fans")}


def test_the_first_half_of_a_shared_compound_is_no_count() -> None:
    found = numbers_by_text("The two- and ten-year yields narrowed.", "en")
    assert "two" not in found

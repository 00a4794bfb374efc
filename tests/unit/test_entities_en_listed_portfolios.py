"""English cabinet titles whose portfolio lists fields in capitals before the head ("Work
and Pensions Secretary", "Environment, Food and Rural Affairs Secretary"): the fields are
part of the title, no bodies or people, while a country or a person before "and" keeps its
name; on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_portfolio_of_listed_fields_is_part_of_the_title() -> None:
    found = ents("Work and Pensions Secretary Liz Kendall said the reforms were fair.")
    assert found == [("Liz Kendall", "PER")]
    found = ents("Environment, Food and Rural Affairs Secretary Steve Reed visited a farm.")
    assert found == [("Steve Reed", "PER")]
    assert ents("The Health and Social Care Secretary said waiting lists fell.") == []


def test_a_person_before_and_a_title_keeps_the_name() -> None:
    found = ents("Health Minister Budi Gunadi Sadikin and Education Minister Nadiem Makarim met.")
    assert found == [("Budi Gunadi Sadikin", "PER"), ("Nadiem Makarim", "PER")]

"""English bodies a weak reading took for people: trade unions named by a word of their own
("Unite", "Unison"), a chain whose name ends in "Stores" or "Supermarkets", and a space firm
whose name ends in "Space" ("Thales Alenia Space") - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_union_named_by_one_word_is_an_organisation() -> None:
    assert ents("Members of Unite voted to strike, the union said.") == [("Unite", "ORG")]
    assert ents("The strike was called by Unison on Monday.") == [("Unison", "ORG")]


def test_unite_as_a_verb_is_no_name() -> None:
    assert ents("Rivals unite to fight the plan.") == []


def test_a_chain_ending_in_stores_is_an_organisation() -> None:
    assert ents("Halvorsen Stores said sales rose 4%.") == [("Halvorsen Stores", "ORG")]


def test_a_firm_ending_in_space_is_an_organisation() -> None:
    assert ents("Thales Alenia Space will build the module.") == [("Thales Alenia Space", "ORG")]

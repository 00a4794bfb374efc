"""An English town's name that is a man's or woman's surname, told by the "he" or "she"
after its speech verb ("Jackson said he"), while a capital that speaks is its government
and a town that said "it" stays a place - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_town_that_said_he_is_a_person() -> None:
    assert ents("Jackson said he expected monitors.") == [("Jackson", "PER")]
    assert ents("Preston said she would appeal.") == [("Preston", "PER")]


def test_a_capital_or_a_town_that_said_it_stays_a_place() -> None:
    assert ents("Moscow said he was a spy.") == [("Moscow", "LOC")]
    assert ents("Houston said it would host the games.") == [("Houston", "LOC")]


def test_a_town_written_as_one_word_with_town_is_a_place() -> None:
    assert ents("The minister visited Kellerstown on Monday.") == [("Kellerstown", "LOC")]
    assert ents("Ferries from Wexton and Marytown were cancelled.")[-1] == ("Marytown", "LOC")

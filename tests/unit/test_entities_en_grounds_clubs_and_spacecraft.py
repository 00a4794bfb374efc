"""English names of things a weak reading got wrong: a cricket ground named with its article
("The Oval"), a place even opening a sentence; clubs named with their founding year's digits
("Racing 92", "Schalke 04"), one organisation with the number; and a spacecraft or space
programme named bare after "the" ("the Starship exploded"), MISC and no body - on sentences
written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_the_oval_is_a_ground() -> None:
    assert ents("The Oval will host the final.") == [("The Oval", "LOC")]
    assert ents("Aides met in the Oval Office.") == [("Oval Office", "ORG")]


def test_a_club_named_with_a_number_is_one_organisation() -> None:
    assert ents("Racing 92 signed the flanker from Toulon.") == [
        ("Racing 92", "ORG"),
        ("Toulon", "LOC"),
    ]
    assert ents("Hannover 96 beat Mainz 05 2-1.") == [("Hannover 96", "ORG"), ("Mainz 05", "ORG")]


def test_a_spacecraft_named_bare_is_misc() -> None:
    assert ents("Musk said the Starship would fly again in June.") == [
        ("Musk", "PER"),
        ("Starship", "MISC"),
    ]
    assert ents("The first crewed flight of the Gaganyaan is planned for 2027.") == [
        ("Gaganyaan", "MISC")
    ]

"""English local officials named after their place word and a lowercase role ("County
supervisor Janice Parvin", "Town clerk ..."): the place word cues the office, not the
person - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_role_after_a_place_word_makes_the_name_a_person() -> None:
    assert ents("County supervisor Wendell Aske voted against the plan.") == [
        ("Wendell Aske", "PER")
    ]
    assert ents("The county auditor Mira Soltani resigned on Friday.") == [("Mira Soltani", "PER")]
    assert ents("Town clerk Halvard Inge read the minutes.") == [("Halvard Inge", "PER")]
    assert ents("State engineer Corin Bausch found errors.") == [("Corin Bausch", "PER")]
    assert ents("County assessor Dale Minto disagreed.") == [("Dale Minto", "PER")]


def test_local_offices_before_a_name_are_titles() -> None:
    assert ents("State Comptroller Nadia Ferro released the audit.") == [("Nadia Ferro", "PER")]
    assert ents("Treasurer Oren Vasik said the budget was sound.") == [("Oren Vasik", "PER")]
    # the place word right before a name still makes it a place
    assert ents("Residents of the county Haverfield protested.") == [("Haverfield", "LOC")]

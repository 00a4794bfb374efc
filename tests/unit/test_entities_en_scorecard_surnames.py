"""A batsman in a scorecard's brackets whose surname is also a faith's name ("(Shadman Islam
46, …"): one person, though the given name opens the brackets - on sentences written for
these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_batsman_named_like_a_faith_is_a_person() -> None:
    assert ents("Bangladesh 231 (Shadman Islam 46, Mominul Haque 33; Jasprit Bumrah 4-50).") == [
        ("Bangladesh", "LOC"),
        ("Shadman Islam", "PER"),
        ("Mominul Haque", "PER"),
        ("Jasprit Bumrah", "PER"),
    ]


def test_a_batsman_opening_a_list_of_scores_is_a_person() -> None:
    assert ents("Shadman Islam 46, Mominul Haque 33, Liton Das 12.") == [
        ("Shadman Islam", "PER"),
        ("Mominul Haque", "PER"),
        ("Liton Das", "PER"),
    ]

"""Short names of parties and agencies written in mixed case ("PiS", "KfW") are bodies, as
longer ones ("YouGov") are, but not a degree ("PhD") - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_short_mixed_case_name_is_a_body() -> None:
    assert ents("The protest, backed by PiS, drew police.") == [("PiS", "ORG")]
    assert ents("Loans from KfW rose.") == [("KfW", "ORG")]
    assert ents("He earned a PhD at Harvard.") == [("Harvard", "ORG")]

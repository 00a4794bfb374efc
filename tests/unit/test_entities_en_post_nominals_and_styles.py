"""English people with the letters of a rank, honour or seat after the name ("Tom Ashby KC",
"Ann Lee CBE", "Labour MEP Dara Quinlan"), degrees written with dots ("LL.M.") and the
styles a judge is addressed by ("Her Honour") - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_post_nominal_letters_end_the_person_and_are_no_entity() -> None:
    assert ents("Priya Castell KC told the court the evidence was thin.") == [
        ("Priya Castell", "PER")
    ]
    assert ents("Owen Marsh KC said the claim had no merit.") == [("Owen Marsh", "PER")]
    # a barrister's title before the name is no part of it either
    assert ents("Barrister Imogen Tully KC argued the case.") == [("Imogen Tully", "PER")]
    assert ents("Ruth Okello QC and Leah Brandt KC appeared for the council.") == [
        ("Ruth Okello", "PER"),
        ("Leah Brandt", "PER"),
    ]
    # an all-caps honour made the whole run a body
    assert ents("Tomas Hearne CBE opened the new hall on Monday.") == [("Tomas Hearne", "PER")]
    assert ents("Greta Vale OBE and Sam Idris MBE were thanked.") == [
        ("Greta Vale", "PER"),
        ("Sam Idris", "PER"),
    ]


def test_a_seat_between_party_and_member_splits_them() -> None:
    assert ents("Fianna Fáil TD Orla Keane called for a debate.") == [
        ("Fianna Fáil", "ORG"),
        ("Orla Keane", "PER"),
    ]
    assert ents("Orla Keane TD said the bill was flawed.") == [("Orla Keane", "PER")]
    # the letters alone or after a possessive are a name's own
    assert ("TD Garden", "LOC") in ents("The Celtics host the Knicks at TD Garden.")
    assert ("TD Bank", "ORG") in ents("Toronto's TD Bank cut its rates.")
    assert ents("Labour MEP Dara Quinlan voted against the deal.") == [
        ("Labour", "ORG"),
        ("Dara Quinlan", "PER"),
    ]


def test_a_dotted_law_degree_is_one_token_and_no_body() -> None:
    assert ents("She holds an LL.M. from Harvard and lives in Boston.") == [
        ("Harvard", "ORG"),
        ("Boston", "LOC"),
    ]
    assert ents("Maya Ortiz, LL.B., joined the firm in Denver.") == [
        ("Maya Ortiz", "PER"),
        ("Denver", "LOC"),
    ]


def test_a_style_after_a_possessive_names_no_one() -> None:
    assert ents("Her Honour said the sentence must reflect the harm.") == []
    assert ents("His Honour Judge Imran Kalu adjourned the case.") == [("Imran Kalu", "PER")]
    assert ents("Your Honor, I object, said Glen Tarrant.") == [("Glen Tarrant", "PER")]
    # elsewhere the word is a name's own
    assert ents("He received the Medal of Honour in 2019.") == [("Medal of Honour", "MISC")]
    assert ents("Honour Blackman starred in the film.") == [("Honour Blackman", "PER")]

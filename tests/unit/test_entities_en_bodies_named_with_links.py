"""English bodies whose names hold a linking word: a capitalised "Toward" or "Against" naming
their cause ("Movement Toward Socialism", "Campaign Against Arms Trade"), "on" before a body's field
("Intergovernmental Authority on Development"), and "at" before the
campus of a state university ("University of Texas at El Paso") - on sentences written for
these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_body_named_for_its_cause_is_one_organisation() -> None:
    assert ents("Evo Morales founded the Movement Toward Socialism in Bolivia.") == [
        ("Evo Morales", "PER"),
        ("Movement Toward Socialism", "ORG"),
        ("Bolivia", "LOC"),
    ]
    assert ents("Campaign Against Arms Trade said the sale was wrong.") == [
        ("Campaign Against Arms Trade", "ORG")
    ]


def test_a_title_case_headline_keeps_its_links_apart() -> None:
    assert ents("Protesters Rally Against New Tax in Paris") == [("Paris", "LOC")]


def test_a_state_university_campus_is_part_of_its_name() -> None:
    assert ents("Officials at the University of Texas at El Paso said so.") == [
        ("University of Texas at El Paso", "ORG")
    ]
    assert ents("He studied at the University of North Carolina at Chapel Hill.") == [
        ("University of North Carolina at Chapel Hill", "ORG")
    ]


def test_at_after_a_university_before_no_name_ends_it() -> None:
    assert ents("She taught at the University of Oxford at the time.") == [
        ("University of Oxford", "ORG")
    ]


def test_on_before_a_field_goes_on_with_the_body() -> None:
    assert ents("The Intergovernmental Authority on Development met in Nairobi.") == [
        ("Intergovernmental Authority on Development", "ORG"),
        ("Nairobi", "LOC"),
    ]
    assert ents("The Council on Foreign Relations hosted the talk.") == [
        ("Council on Foreign Relations", "ORG")
    ]
    # a place after "on" is no field, nor is a day
    assert ents("The Security Council on Syria voted again.") == [
        ("Security Council", "ORG"),
        ("Syria", "LOC"),
    ]
    assert ents("The Security Council on Monday voted again.") == [("Security Council", "ORG")]


def test_a_name_joined_by_an_ampersand_is_no_speaking_person() -> None:
    found = ents("Florida Power & Light said power was back.")
    assert found == [("Florida Power & Light", "ORG")]

"""English surnames written without their full name: alone opening a sentence before a verb of
doing ("Kostal rejected the plan"), or joined by a hyphen before a word for their encounter
("the Trump-Putin call") - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_lone_surname_before_a_verb_of_doing_is_a_person() -> None:
    assert ents("Verstappen won in Monza on Sunday.") == [("Verstappen", "PER"), ("Monza", "LOC")]
    assert ents("The council met on Monday. Kostal rejected the plan.") == [("Kostal", "PER")]
    assert ents("Ruto signed the bill into law.") == [("Ruto", "PER")]


def test_a_tennis_player_beating_a_name_is_a_person() -> None:
    assert ents("Sinner beat Alcaraz 6-4 6-3 in the final.") == [
        ("Sinner", "PER"),
        ("Alcaraz", "PER"),
    ]


def test_ordinary_words_before_a_verb_of_doing_stay_no_names() -> None:
    assert ents("Two died and 188 others were hurt.") == []
    assert ents("Later won the vote. Democracy died slowly. Dad died in May.") == []
    assert ents("Management rejected the offer. Revenue beat forecasts.") == []


def test_surnames_joined_before_an_encounter_are_two_people() -> None:
    assert ents("The Kremlin said the Trump-Putin call lasted two hours.") == [
        ("Kremlin", "ORG"),
        ("Trump", "PER"),
        ("Putin", "PER"),
    ]
    assert ents("Aides prepared for the Biden-Xi summit.") == [("Biden", "PER"), ("Xi", "PER")]


def test_a_double_name_of_a_company_stays_whole() -> None:
    assert ents("The Daimler-Benz deal closed in May.") == [("Daimler-Benz", "ORG")]
    assert ents("The EU-UK talks resumed.") == [("EU", "ORG"), ("UK", "LOC")]


def test_a_lone_surname_that_calls_urges_or_warns_is_a_person() -> None:
    found = ents("Tusk called for a confidence vote in the Sejm on Monday.")
    assert found == [("Tusk", "PER"), ("Sejm", "ORG")]
    assert ents("Tusk urged calm on Monday.") == [("Tusk", "PER")]
    assert ents("Critics called it a mistake. Nobody warned us.") == []


def test_a_lone_surname_that_hailed_a_result_is_a_person() -> None:
    assert ents("Ventura hailed the result in Lisbon.") == [("Ventura", "PER"), ("Lisbon", "LOC")]


def test_a_lone_name_that_hires_staff_or_makes_goods_is_a_business() -> None:
    assert ents("Acme hired 200 engineers last year.") == [("Acme", "ORG")]
    assert ents("The vaccine, made by Merck, was approved on Monday.") == [("Merck", "ORG")]
    assert ents("Luminate said its profit rose 5%.") == [("Luminate", "ORG")]


def test_a_person_hiring_one_or_making_remarks_stays_a_person() -> None:
    assert ents("Kostal hired a lawyer.") == [("Kostal", "PER")]
    assert ents("The comments made by Obama drew criticism.") == [("Obama", "PER")]
    assert ents("Putin said its troops advanced.") == [("Putin", "PER")]


def test_a_lone_surname_before_an_aside_between_commas_is_a_person() -> None:
    found = ents("Nawrocki, backed by the Law and Justice party, won the election.")
    assert found == [("Nawrocki", "PER"), ("Law and Justice", "ORG")]
    assert ents("Critics, led by unions, rejected the plan.") == []


def test_a_speaker_named_as_a_far_province_is_a_person() -> None:
    assert ents("Bono said the band would tour again next year.") == [("Bono", "PER")]
    assert ents("Texas said it would appeal.") == [("Texas", "LOC")]


def test_a_group_of_people_before_a_verb_of_doing_is_no_name() -> None:
    assert ents("Women won the vote in 1918.") == []


def test_a_lone_name_that_cuts_jobs_opening_a_sentence_is_a_business() -> None:
    assert ents("Ferrovia cut 400 jobs last year.") == [("Ferrovia", "ORG")]
    assert ents("Management cut 400 jobs last year. Later cut 40 jobs.") == []

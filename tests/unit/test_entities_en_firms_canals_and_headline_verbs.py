"""English entities: a firm named once before a speech verb (several words and "said it
would", a plural kind of business last, a coined verb in "-ate"), canals and places whose
tail word is also a town's name, a league named alone, and a Title Case headline's verb
that a union is also called, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_name_of_several_words_that_calls_itself_it_is_a_firm() -> None:
    found = ents("Crimson Harbor said on Tuesday it would close two plants.")
    assert found == [("Crimson Harbor", "ORG")]


def test_a_full_name_with_a_given_name_that_says_it_would_is_a_person() -> None:
    found = ents("Martin Okafor said on Tuesday it would close two plants.")
    assert found == [("Martin Okafor", "PER")]


def test_a_plural_kind_of_business_last_makes_a_speaker_a_body() -> None:
    assert ents("Brightwater Gold Mines said output fell.") == [("Brightwater Gold Mines", "ORG")]
    assert ents("The Patriotic Freedom Fighters said they won.") == [
        ("Patriotic Freedom Fighters", "ORG")
    ]


def test_a_coined_verb_in_ate_that_speaks_is_a_firm_but_a_gate_surname_is_not() -> None:
    assert ents("Novacate said sales rose.") == [("Novacate", "ORG")]
    assert ents("Southgate said the team was tired.") == [("Southgate", "PER")]


def test_a_canal_and_a_place_ending_in_a_bay_are_places() -> None:
    assert ents("Ships sailed through the Welland Canal.") == [("Welland Canal", "LOC")]
    assert ents("The mine lies near Thunder Bay.") == [("Thunder Bay", "LOC")]


def test_the_dutch_league_named_alone_is_a_competition() -> None:
    assert ents("He scored before the Eredivisie resumed.") == [("Eredivisie", "MISC")]


def test_a_headline_verb_after_a_plural_subject_is_no_union() -> None:
    found = ents(
        "Dockers Unite Against Terminal Plan\n"
        "The workers walked out on Thursday, the FNV union said."
    )
    assert ("Unite", "ORG") not in found
    assert ("FNV", "ORG") in found


def test_a_state_the_news_writes_without_its_accents_is_a_place() -> None:
    found = ents("Voters in Tamil Nadu and Telangana elect new assemblies.")
    assert found == [("Tamil Nadu", "LOC"), ("Telangana", "LOC")]
    # ... but not a short one that is more often a person's name ("Bale", a Swiss canton)
    assert ents("Gareth Bale said he was fit.") == [("Gareth Bale", "PER")]


def test_a_speaker_whose_name_holds_for_or_and_is_a_body() -> None:
    found = ents(
        "Seeds arrived on Monday, the Africa Centres for Crop Control and Protection said."
    )
    assert found == [("Africa Centres for Crop Control and Protection", "ORG")]
    assert ents("Mohammed bin Salman said so.") == [("Mohammed bin Salman", "PER")]


def test_iberian_leagues_named_in_their_own_language_are_competitions() -> None:
    found = ents("He played in La Liga and the Primeira Liga before the Segunda Division.")
    assert found == [("La Liga", "MISC"), ("Primeira Liga", "MISC"), ("Segunda Division", "MISC")]


def test_a_shipping_line_named_after_its_kind_is_a_firm() -> None:
    found = ents("A court fined the shipping line Corvane Marine on Wednesday.")
    assert found == [("Corvane Marine", "ORG")]
    assert ents("The container shipper Halvik Cargo cut rates.") == [("Halvik Cargo", "ORG")]

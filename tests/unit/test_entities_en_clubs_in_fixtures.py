"""English clubs named after their towns: a town on either side of a match verb ("Roma play
Lazio on Sunday"), and a club's short form of a country code ("AS Roma"), on sentences
written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_towns_across_a_match_verb_are_clubs() -> None:
    found = ents_en("Roma play Lazio on Sunday.")
    assert found == [("Roma", "ORG"), ("Lazio", "ORG")]
    found = ents_en("Leeds host Burnley on Friday night.")
    assert found == [("Leeds", "ORG"), ("Burnley", "ORG")]


def test_a_town_after_a_place_word_or_before_small_words_stays_a_place() -> None:
    assert ents_en("Residents of London face higher fares.") == [("London", "LOC")]
    assert ents_en("Kyiv beat back the attack.") == [("Kyiv", "LOC")]
    assert ("Washington", "LOC") in ents_en("Trump beat Washington insiders at their game.")


def test_countries_across_a_match_verb_stay_places() -> None:
    assert ents_en("France play Spain next month.") == [("France", "LOC"), ("Spain", "LOC")]


def test_a_country_code_before_a_town_opens_a_club() -> None:
    assert ents_en("AS Roma are top of the table.") == [("AS Roma", "ORG")]
    assert ("US Lecce", "ORG") in ents_en("Fans of US Lecce cheered the players.")
    assert ("AS Monaco", "ORG") in ents_en("AS Monaco beat Lille.")


def test_two_country_codes_and_places_stay_apart() -> None:
    found = ents_en("US China trade talks resumed.")
    assert ("US", "LOC") in found
    assert ("China", "LOC") in found


def test_an_unknown_name_across_from_a_club_is_a_club() -> None:
    found = ents_en("Juventus play Atalanta on Monday night.")
    assert found == [("Juventus", "ORG"), ("Atalanta", "ORG")]
    assert ("Atalanta", "ORG") in ents_en("Roma play Atalanta on Sunday.")


def test_a_town_that_visits_another_name_is_a_club() -> None:
    found = ents_en("Liverpool visit Everton on Sunday.")
    assert found == [("Liverpool", "ORG"), ("Everton", "ORG")]
    assert ents_en("Trump will visit Moscow on Friday.") == [("Moscow", "LOC")]


def test_a_club_opening_a_sentence_across_from_another_is_a_club() -> None:
    text = "Coach Simone Inzaghi said his players were ready. Atalanta host Lazio on Sunday."
    assert ("Atalanta", "ORG") in ents_en(text)


def test_us_before_a_state_or_region_is_the_country() -> None:
    assert ents_en("Flights from US Florida resumed on Monday.") == [
        ("US", "LOC"),
        ("Florida", "LOC"),
    ]
    found = ents_en("US Lecce lost 2-1 to AS Roma on Sunday.")
    assert found == [("US Lecce", "ORG"), ("AS Roma", "ORG")]


def test_single_names_with_a_plural_match_verb_are_teams() -> None:
    # A country's name facing a town's is a club too: like plays like.
    assert ents_en("Monaco face Nice on Saturday.") == [("Monaco", "ORG"), ("Nice", "ORG")]
    assert ents_en("Lazio meet Fiorentina on Sunday.") == [("Lazio", "ORG"), ("Fiorentina", "ORG")]
    assert ents_en("Italy face Croatia on Sunday.") == [("Italy", "LOC"), ("Croatia", "LOC")]


def test_several_subjects_or_no_name_after_the_verb_make_no_match() -> None:
    found = ents_en("Britain and France face Trump on tariffs.")
    assert ("Trump", "PER") in found and ("France", "LOC") in found
    assert ("Mexico", "LOC") in ents_en("Mexico face Trump's tariffs.")


def test_a_league_named_makes_a_football_story() -> None:
    found = ents_en("Roma climbed to second place in Serie A. Inter then lost at home to Cagliari.")
    assert found == [("Roma", "ORG"), ("Serie A", "MISC"), ("Inter", "ORG"), ("Cagliari", "ORG")]


def test_a_side_that_drew_or_beat_with_a_score_in_a_who_clause_is_a_club() -> None:
    assert ents_en("Marlowe, who beat Thornbury 3-1 on Saturday, stay second.") == [
        ("Marlowe", "ORG"),
        ("Thornbury", "ORG"),
    ]
    found = ents_en("The win puts Redcliffe above Chorley, who drew 0-0 on Friday.")
    assert ("Chorley", "ORG") in found
    # a person draws a crowd, not a score
    assert ents_en("Dr Anna Kessler, who drew 40 people to her talk, spoke on Monday.") == [
        ("Anna Kessler", "PER")
    ]


def test_sides_a_league_table_counts_points_against_are_clubs_in_a_football_story() -> None:
    story = "Redcliffe manager Joanne Mabry praised her goalkeeper. The win lifts Redcliffe "
    found = ents_en(story + "one point ahead of Harwell and Chorley.")
    assert ("Harwell", "ORG") in found
    assert ("Chorley", "ORG") in found
    assert ("Tollworth", "ORG") in ents_en(story + "three points clear of Tollworth.")
    # outside a team sport's story a poll's points put a person behind a person
    assert ents_en("Harris is now two points ahead of Trump in the poll.")[-1] == ("Trump", "PER")

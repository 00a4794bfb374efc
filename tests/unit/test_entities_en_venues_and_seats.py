"""English venues and buildings: a French stadium after "at the" and a club by its head
word, an office named after its building where things happen at it, and a place named
after a person, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_a_stade_after_at_the_is_the_venue_and_a_club_elsewhere() -> None:
    found = ents_en("Lyon beat Stade de Reims 2-0 at the Stade de France on Sunday.")
    assert ("Stade de Reims", "ORG") in found
    assert ("Stade de France", "LOC") in found
    assert ("Stade Brestois", "ORG") in ents_en("They said Stade Brestois were interested.")


def test_a_parc_opens_a_place() -> None:
    assert ("Parc des Princes", "LOC") in ents_en("The Parc des Princes was full.")


def test_a_club_head_word_makes_a_club_before_a_verb() -> None:
    found = ents_en("Olympique Lyonnais signed the midfielder on Tuesday.")
    assert ("Olympique Lyonnais", "ORG") in found


def test_an_office_is_the_building_where_things_happen_at_it() -> None:
    found = ents_en("The White House said it would act. Talks will take place at the White House.")
    assert found.count(("White House", "ORG")) == 1
    assert found.count(("White House", "LOC")) == 1
    assert ("Kremlin", "LOC") in ents_en("Putin met him at the Kremlin on Friday.")
    assert ("Kremlin", "ORG") in ents_en("The Kremlin said it would respond.")


def test_a_palace_keeps_each_mentions_reading() -> None:
    found = ents_en(
        "Buckingham Palace said the King was well. Crowds gathered outside Buckingham Palace."
    )
    assert ("Buckingham Palace", "ORG") in found
    assert ("Buckingham Palace", "LOC") in found


def test_an_airport_named_after_a_person_after_its_city_is_one_place() -> None:
    found = ents_en("Passengers at Liverpool John Lennon Airport waited for hours.")
    assert ("Liverpool John Lennon Airport", "LOC") in found
    assert not any(label == "PER" for _, label in found)


def test_a_team_beaten_in_a_football_story_is_a_club() -> None:
    found = ents_en("Reims lost 2-1 to Lens and stay in the relegation zone.")
    assert ("Lens", "ORG") in found


def test_an_acronym_before_a_grounds_last_word_is_a_place() -> None:
    found = ents_en("The Celtics host the Knicks at TD Garden on Monday.")
    assert ("TD Garden", "LOC") in found
    assert ("BBC Radio Humberside", "ORG") in ents_en("It was on BBC Radio Humberside.")


def test_a_side_drawn_with_by_a_score_is_a_club() -> None:
    found = ents_en("Marseille drew 1-1 with Nice on Sunday. Nice stay third.")
    assert found.count(("Nice", "ORG")) == 2
    assert ("Caruana", "PER") in ents_en("Carlsen drew with Caruana in the first round.")


def test_a_kind_of_place_before_a_title_is_no_organisation() -> None:
    found = ents_en("Airport chief executive Julie Hartley apologised to travellers.")
    assert found == [("Julie Hartley", "PER")]


def test_a_ground_the_gazetteer_lists_with_its_possessive_keeps_it() -> None:
    """Wire copy splits "Lord's" into "Lord 's"."""
    assert ents_en("The match at Lord 's ended in a draw.") == [("Lord 's", "LOC")]


def test_a_ground_listed_with_its_possessive_keeps_it() -> None:
    # "Lord's" is the ground's whole name: its "'s" is no owner's mark to strip.
    assert ents_en("Pakistan beat England at Lord's on Monday.") == [
        ("Pakistan", "LOC"),
        ("England", "LOC"),
        ("Lord's", "LOC"),
    ]
    assert ents_en("Lord's hosts the final.") == [("Lord's", "LOC")]
    assert ents_en("The European Union's budget grew.") == [("European Union", "ORG")]

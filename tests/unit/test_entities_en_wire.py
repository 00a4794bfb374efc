"""English entities in 1990s wire copy as CoNLL-2003-style sets label it: scoreboards,
leaderboards, team-sport stories, constituencies and capitals headlines (sentences written
for these tests, names mostly invented)."""

from __future__ import annotations

from functools import partial

from reader.analysis import gazetteer
from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_qualified_title_after_a_body_leaves_the_body_alone() -> None:
    found = ents("Senate Majority Leader Trent Holloway called the vote historic .")
    assert ("Senate", "ORG") in found and ("Trent Holloway", "PER") in found
    assert ("Senate Majority", "ORG") not in found


def test_an_english_initial_is_no_indonesian_title() -> None:
    assert ("H. Morley", "PER") in ents("The report by H. Morley was published .")


def test_a_leaderboard_row_of_names_is_no_headline() -> None:
    found = ents("66 Phil Mickelsen , Billy Mayfield")
    assert ("Phil Mickelsen", "PER") in found and ("Billy Mayfield", "PER") in found


def test_cricket_innings_make_counties_teams() -> None:
    found = ents(
        "At Cardiff : Glamorgan 287 ( H. Morley 102 ) and 44-1 ; Kent 301 ( M. Walden 87 ) ."
    )
    assert ("Glamorgan", "ORG") in found and ("Kent", "ORG") in found
    assert ("H. Morley", "PER") in found and ("Cardiff", "LOC") in found
    assert ("Essex", "ORG") in ents("At Chelmsford : Essex 412-8 declared ; Derbyshire 96-3 .")


def test_a_county_alone_is_a_place() -> None:
    assert ("Kent", "LOC") in ents("Police in Kent said a man was held .")
    assert gazetteer.lookup("Yorkshire") is not None


def test_towns_in_a_team_sport_story_are_clubs() -> None:
    found = ents(
        "SOCCER - DEFENDER JOINS NEW CLUB .\n"
        "LONDON 1996-08-28\n"
        "Liverpool moved to strengthen their defence , while Middlesbrough confirmed a "
        "signing .\nThe squad trained in Leeds ."
    )
    assert ("Liverpool", "ORG") in found and ("Middlesbrough", "ORG") in found
    assert ("Leeds", "LOC") in found


def test_towns_outside_sport_stay_places() -> None:
    assert ("Liverpool", "LOC") in ents("Liverpool moved to ban cars from the centre .")


def test_the_club_a_player_leaves() -> None:
    found = ents("He signed on a free transfer from Rosvik , then went on loan from Leeds .")
    assert ("Rosvik", "ORG") in found and ("Leeds", "ORG") in found


def test_a_constituency_is_one_place_wherever_named() -> None:
    found = ents(
        "Labour held the seat of Harrowfield and Stainmoor on Thursday . "
        "Turnout in Harrowfield and Stainmoor was low ."
    )
    assert found.count(("Harrowfield and Stainmoor", "LOC")) == 2
    assert ("Kellbeck West", "LOC") in ents("She is MP for Kellbeck West .")
    assert ("Congress", "ORG") in ents("He is a member of Congress .")


def test_party_and_regional_adjectives_are_misc() -> None:
    assert ("Democratic", "MISC") in ents("Democratic Senator Jo Anders said no .")
    assert ("Dagestani", "MISC") in ents("He returned from a Dagestani village .")
    assert ("Democratic Republic of Congo", "LOC") in ents(
        "Fighting spread in the Democratic Republic of Congo ."
    )


def test_bond_nicknames_are_misc() -> None:
    assert ("Bund", "MISC") in ents("On LIFFE , the September Bund future fell .")


def test_an_ordinary_word_in_a_capitals_headline_is_no_name() -> None:
    found = ents(
        "SENATE PASSES WELFARE BILL .\nThe measure went to President Bill Carter , who "
        "will sign the bill ."
    )
    assert not any(text == "BILL" for text, _ in found)
    assert ("Bill Carter", "PER") in found


def test_a_place_and_an_event_tail_in_capitals_is_an_event() -> None:
    assert ("BRUSSELS GRAND PRIX", "MISC") in ents("ATHLETICS - BRUSSELS GRAND PRIX RESULTS .")
    assert ("ENGLAND", "LOC") in ents("SOCCER - ENGLAND SHOW RESOLVE .")


def test_a_named_athletics_meeting_is_an_event() -> None:
    found = ents("Results at the Van Damme Memorial athletics meeting on Friday :")
    assert ("Van Damme Memorial", "MISC") in found


def test_a_standings_row_split_at_a_percentage_names_a_team() -> None:
    assert ("Baltimore", "ORG") in ents("Baltimore 69 62 .527 5")
    assert ("BALTIMORE", "ORG") in ents("BALTIMORE 69 62 .527 5")


def test_a_kind_of_body_after_an_unknown_name_makes_it_one() -> None:
    assert ("Le Monde", "ORG") in ents("Le Monde newspaper reported that he had left .")
    assert ("Aerovance", "ORG") in ents("Executives from the Aerovance group were questioned .")
    assert ("Texas", "LOC") in ents("He flew on a Texas airline .")
    assert ("Oslo-based", "MISC") in ents("The Oslo-based carrier raised its outlook .")


def test_a_listed_organisation_ends_before_and() -> None:
    found = ents("Air China and China Eastern Airlines will take the first jets .")
    assert ("Air China", "ORG") in found and ("China Eastern Airlines", "ORG") in found
    assert ("England and Wales Cricket Board", "ORG") in ents(
        "The England and Wales Cricket Board said no ."
    )


def test_a_match_summary_names_teams_and_scorers() -> None:
    found = ents("Freiburg 0 Karlsruhe 3 ( Haessler 22 , Dundee 51 , Reich 88 ) .")
    assert ("Karlsruhe", "ORG") in found
    assert ("Haessler", "PER") in found and ("Dundee", "PER") in found
    found = ents("Schalke 1 ( Max 60 ) Werder Bremen 1 ( Bode 12 ) .")
    assert ("Schalke", "ORG") in found and ("Bode", "PER") in found


def test_english_name_particles_and_function_word_names() -> None:
    assert ("Daniel arap Moi", "PER") in ents("President Daniel arap Moi named a minister .")
    found = ents("Mohamed Salah will start on Sunday. Salah, 33, has scored four goals.")
    assert ("Mohamed Salah", "PER") in found and ("Salah", "PER") in found


def test_a_sponsored_classic_is_an_event() -> None:
    assert ("Toshiba Classic", "MISC") in ents("She reached the final of the Toshiba Classic .")


def test_an_organisation_opened_by_a_title_word_keeps_it_at_a_sentence_start() -> None:
    found = ents("Major League Baseball standings after games played on Wednesday :")
    assert ("Major League Baseball", "MISC") in found  # a competition, as CoNLL tags it
    assert ("John Smith", "PER") in ents("Major General John Smith said no .")


def test_the_premiership_is_a_competition() -> None:
    assert ("Premiership", "MISC") in ents("Bath moved second in the Premiership on Saturday.")
    found = ents("Celtic lead the Scottish Premiership by six points.")
    assert ("Scottish Premiership", "MISC") in found

"""English entities: works' titles in quotation marks, languages,
hyphenated modifiers, kinds of business before a name, teams in results after a rider's
country, and numbers that count rather than name a model, on sentences written for these
tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_quoted_title_after_a_kind_of_work_is_misc() -> None:
    found = ents('Critics loved the film "Marsh Lantern" at its premiere.')
    assert ("Marsh Lantern", "MISC") in found


def test_a_quoted_title_keeps_its_article() -> None:
    found = ents('"The Copper Gate", a slow drama about two brothers, won the top prize.')
    assert ("The Copper Gate", "MISC") in found


def test_a_quoted_title_in_curly_marks_with_the_comma_inside() -> None:
    found = ents("She first drew notice in the series “Holloway Reach,” made for the BBC.")
    assert ("Holloway Reach", "MISC") in found


def test_a_single_quoted_word_is_a_title_only_after_an_owner_or_a_kind_of_work() -> None:
    assert ("Northbound", "MISC") in ents('He starred in Ana Ruiz\'s "Northbound" last year.')
    assert all(text != "Yes" for text, _ in ents('Voters chose "Yes" by a wide margin.'))


def test_a_quotation_is_no_title() -> None:
    found = ents('"We kept the ball and waited," Tom Varley said.')
    assert ("Tom Varley", "PER") in found
    assert all(label != "MISC" for _, label in found)


def test_a_nickname_inside_a_name_is_no_title() -> None:
    found = ents('Police arrested Ramon "El Gordo" Vidal in Tijuana.')
    assert all(label != "MISC" for _, label in found)


def test_a_language_is_misc() -> None:
    found = ents("She read the statement in Farsi and then in Mandarin.")
    assert ("Farsi", "MISC") in found
    assert ("Mandarin", "MISC") in found


def test_a_language_or_style_compound_is_misc() -> None:
    assert ("Urdu-language", "MISC") in ents("He edits an Urdu-language weekly.")
    assert ("Soviet-style", "MISC") in ents("They kept a Soviet-style planning office.")


def test_a_kind_of_business_before_a_name_makes_it_an_organisation() -> None:
    found = ents("Shares in utility Norvek rose while its aerospace unit Kestra fell.")
    assert ("Norvek", "ORG") in found
    assert ("Kestra", "ORG") in found


def test_the_name_after_a_riders_country_in_results_is_the_team() -> None:
    found = ents("2. Piet Halvers ( Netherlands ) Jordan 1:02.331")
    assert ("Piet Halvers", "PER") in found
    assert ("Jordan", "ORG") in found


def test_a_number_counting_hours_or_after_a_possessive_is_no_model_number() -> None:
    found = ents("1. Ada Brenn ( Britain ) Williams 1 hour 17 minutes")
    assert ("Williams", "ORG") in found
    found = ents("Analysts said Corvane's 600 engineers would keep their jobs.")
    assert ("Corvane", "ORG") in found or ("Corvane", "PER") in found
    assert all(not text.endswith("600") for text, _ in found)


def test_australian_labor_and_nsw_are_known() -> None:
    found = ents("The Premier said Labor would keep NSW hospitals open.")
    assert ("Labor", "ORG") in found
    assert ("NSW", "LOC") in found


def test_a_court_named_by_its_fields_keeps_its_and() -> None:
    found = ents("The council appealed to the Land and Environment Court last week.")
    assert ("Land and Environment Court", "ORG") in found


def test_a_portfolio_before_minister_is_part_of_the_title() -> None:
    found = ents("Planning Minister Rhea Connolly opened the station.")
    assert found == [("Rhea Connolly", "PER")]


def test_a_place_before_an_office_with_no_one_after_it_is_the_place_alone() -> None:
    found = ents("Tom Ruiz, the U.S. Attorney in Manhattan, brought the case.")
    assert ("U.S.", "LOC") in found
    assert all(text != "U.S. Attorney" for text, _ in found)


def test_leagues_and_divisions_of_a_competition_are_misc() -> None:
    found = ents("Pitching in the American League, he led the Central Division in wins.")
    assert ("American League", "MISC") in found
    assert ("Central Division", "MISC") in found
    assert ("Major League Baseball", "MISC") in ents("Major League Baseball fined the club.")


def test_a_league_or_division_in_capitals_is_misc() -> None:
    assert ("SCOTTISH PREMIER DIVISION", "MISC") in ents("SCOTTISH PREMIER DIVISION")
    assert ("EASTERN DIVISION", "MISC") in ents("EASTERN DIVISION")


def test_a_place_before_a_settlement_or_by_election_is_a_place() -> None:
    found = ents("Voters in the Ashby and Colton by-election went to the polls.")
    assert ("Ashby and Colton", "LOC") in found
    assert ("Ein Tavor", "LOC") in ents("Homes were approved in the settlement of Ein Tavor.")


def test_a_port_or_outskirts_before_of_makes_a_place() -> None:
    assert ("Durres", "LOC") in ents("Ships left the southern port of Durres on Monday.")


def test_county_and_a_name_is_a_place() -> None:
    assert ("County Mayo", "LOC") in ents("Flooding hit farms in County Mayo overnight.")


def test_a_brand_after_sold_as_and_a_home_after_a_party_member() -> None:
    assert ("Lumivar", "MISC") in ents("The pill, sold as Lumivar in Europe, costs $90.")
    found = ents("Rep. Ana Ortiz, a Democrat from Cedar Hollow, voted no.")
    assert ("Cedar Hollow", "LOC") in found


def test_a_based_modifier_is_no_part_of_the_company_after_it() -> None:
    found = ents("The deal was struck with Denver-based Quarrow Holdings on Monday.")
    assert ("Denver-based", "MISC") in found
    assert ("Quarrow Holdings", "ORG") in found


def test_caps_in_a_results_legend_is_no_name() -> None:
    assert ents("Results on Sunday ( home team in CAPS ) :") == []


def test_a_known_place_may_stand_inside_an_apposition() -> None:
    found = ents("Quilvane, a Paris start-up that builds robots, raised money.")
    assert ("Quilvane", "ORG") in found
    assert ("Paris", "LOC") in found


def test_a_start_up_before_a_name_makes_it_an_organisation() -> None:
    assert ("Tarnhelm", "ORG") in ents("The deal was led by the start-up Tarnhelm in May.")


def test_a_social_network_where_something_is_posted_is_misc() -> None:
    assert ("Instagram", "MISC") in ents("The singer wrote on Instagram that he was tired.")
    assert ("Facebook", "ORG") in ents("Regulators imposed a fine on Facebook.")


def test_dan_opens_a_name_in_an_english_team_list() -> None:
    found = ents("2 - Rob Keane , 1 - Dan Merrow .")
    assert ("Dan Merrow", "PER") in found


def test_health_and_nation_end_organisations() -> None:
    assert ("Corran Health", "ORG") in ents("Corran Health said it would cut 200 jobs.")
    assert ("Ticket Nation", "ORG") in ents("The promoter Ticket Nation sold out the shows.")


def test_an_artists_role_opening_a_sentence_before_a_full_name_is_no_part_of_it() -> None:
    assert ("Ilse Varga", "PER") in ents("Actress Ilse Varga won the prize.")
    assert ("Singer Cup", "MISC") in ents("Singer Cup matches resume on Monday.")

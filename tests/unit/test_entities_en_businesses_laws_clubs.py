"""English entities: a surname alone in a headline, employers listed
after a role, businesses reporting "its" figures, laws named with an acronym or by their
kind alone, and names that go on with "on" or "in" their field, on sentences written for
these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_surname_after_a_headline_verb_is_the_person_named_in_the_text() -> None:
    text = (
        "Carter Backs Lindqvist for Mayor\nFormer senator Carter backed Maria Lindqvist on Friday."
    )
    assert ("Lindqvist", "PER") in ents(text)


def test_a_place_word_closing_a_run_is_no_surname() -> None:
    text = "Church Plans New Roof\nThe vicar of Grace Church said the roof leaked."
    assert ("Church", "PER") not in ents(text)


def test_a_second_employer_after_a_role_is_a_business() -> None:
    found = ents("Analysts at Harlow Partners and Vennick said the outlook was weak.")
    assert ("Vennick", "ORG") in found


def test_a_person_listed_after_an_employer_stays_a_person() -> None:
    found = ents("The head of Vennick and John Marsh said the deal was done.")
    assert ("John Marsh", "PER") in found


def test_a_one_word_subject_reporting_its_figures_is_a_business() -> None:
    assert ("Torvald", "ORG") in ents("Torvald raised its full-year forecast on Tuesday.")
    assert ("Torvald", "ORG") in ents("Shares rose after Torvald said its orders doubled.")


def test_an_acronym_before_act_names_the_law() -> None:
    assert ("AI Act", "MISC") in ents("The review falls under the AI Act, officials said.")


def test_act_alone_names_no_one() -> None:
    assert ents("Officials said the Act would take effect in May.") == []


def test_on_continues_a_treaty_or_committee() -> None:
    assert ("Treaty on European Union", "MISC") in ents(
        "The change needs the Treaty on European Union to be amended."
    )
    assert ("Committee on Foreign Affairs", "ORG") in ents(
        "The Committee on Foreign Affairs met on Tuesday."
    )


def test_in_continues_a_prize_but_not_before_a_place() -> None:
    assert ("Nobel Prize in Physics", "MISC") in ents("She won the Nobel Prize in Physics.")
    found = ents("He collected the Booker Prize in London.")
    assert ("Booker Prize", "MISC") in found and ("London", "LOC") in found


def test_a_prize_for_its_field_is_one_misc_name() -> None:
    found = ents("Her novel won the Women's Prize for Fiction last year.")
    assert ("Women's Prize for Fiction", "MISC") in found


def test_an_observatory_is_an_organisation() -> None:
    found = ents("Data from the European Southern Observatory confirmed it.")
    assert ("European Southern Observatory", "ORG") in found


def test_a_town_that_held_the_side_is_a_club_in_a_football_story() -> None:
    found = ents("Walsall were held 1-1 by Kettering on Saturday. Their striker was hurt.")
    assert ("Kettering", "ORG") in found


def test_the_hosts_of_an_away_win_are_a_club_but_a_ground_stays_a_place() -> None:
    text = "Doncaster Rovers won 2-0 at Priestleigh. A 1-0 win at Kettering followed."
    assert ("Kettering", "ORG") in ents(text)
    assert ("Highbury", "LOC") in ents("Arsenal beat West Ham 2-0 at Highbury. The striker scored.")


def test_a_player_beaten_in_a_football_story_stays_a_person() -> None:
    text = "The striker watched Rafael Nadal play. He lost 6-4 to Nadal last year."
    assert ("Nadal", "PER") in ents(text)


def test_a_ground_named_for_a_business_is_a_place() -> None:
    assert ("SMH Group Stadium", "LOC") in ents("They won 4-0 at the SMH Group Stadium.")


def test_league_one_and_two_are_competitions() -> None:
    assert ("League Two", "MISC") in ents("Bromley are second in League Two this season.")


def test_a_body_after_its_kind_is_an_organisation_even_before_said() -> None:
    assert ("Servel", "ORG") in ents("The vote was clean, the electoral service Servel said.")
    assert ("Ocado", "ORG") in ents("Online grocer Ocado said sales rose.")


def test_a_section_heading_of_briefs_names_nothing() -> None:
    assert ents("BUSINESS BRIEFS\nThe market rose on Monday.") == []


def test_a_regions_adjective_is_misc_beside_its_council() -> None:
    assert ("Nordic", "MISC") in ents("Nordic leaders met in Oslo on Monday.")
    assert ("Nordic Council", "ORG") in ents("The Nordic Council met on Monday.")


def test_a_carmaker_named_with_cars() -> None:
    assert ("Volvo Cars", "ORG") in ents("Volvo Cars will cut 3,000 jobs.")


def test_a_name_before_stock_index_is_the_index() -> None:
    assert ("IPSA", "MISC") in ents("The IPSA stock index rose to a record.")


def test_a_company_opening_a_sentence_before_shares() -> None:
    assert ("Wingtech", "ORG") in ents("Wingtech shares fell 3 percent in Shanghai.")
    assert ents("Technology shares fell on Monday.") == []


def test_solicitor_general_is_a_title() -> None:
    assert ents("Solicitor General John Sauer argued the case.") == [("John Sauer", "PER")]


def test_a_business_by_its_results() -> None:
    assert ("Zelvano", "ORG") in ents("Zelvano's profit rose 4 percent.")
    assert ("Zelvano", "ORG") in ents("Revenue at Zelvano rose 5 percent.")
    found = ents("Japan's exports and Britain's sales rose.")
    assert ("Japan", "LOC") in found and ("Britain", "LOC") in found


def test_a_business_by_its_plans_its_staff_and_its_clause() -> None:
    assert ("Zelvano", "ORG") in ents("Analysts said Zelvano would close three of its plants.")
    assert ("Zelvano", "ORG") in ents("A Zelvano spokesman declined to comment.")
    assert ("Zelvano", "ORG") in ents("He works for Zelvano.")
    assert ("Zelvano", "ORG") in ents("Zelvano, which makes chips, said so.")


def test_in_continues_a_body_serving_a_region_after_two_subjects() -> None:
    found = ents("The Organisation for Security and Co-operation in Europe warned on Tuesday.")
    assert ("Organisation for Security and Co-operation in Europe", "ORG") in found
    found = ents("He taught at the Institute of Physics in Europe for a year.")
    assert ("Institute of Physics", "ORG") in found and ("Europe", "LOC") in found


def test_a_place_and_championship_in_capitals_is_the_event() -> None:
    found = ents("GOLF - FLEETWOOD LEADS AT DUBAI CHAMPIONSHIP.\nFleetwood leads in Dubai.")
    assert ("DUBAI CHAMPIONSHIP", "MISC") in found


def test_a_mission_in_its_country_is_one_body() -> None:
    found = ents("The Regional Support and Stabilization Mission in Somalia has 9,000 troops.")
    assert ("Regional Support and Stabilization Mission in Somalia", "ORG") in found


def test_the_horn_of_africa_is_a_region() -> None:
    assert ("Horn of Africa", "LOC") in ents("Drought hit the Horn of Africa again.")


def test_a_listed_group_keeps_its_arabic_article() -> None:
    found = ents("Officials said al Shabaab and al Qaeda were active in the region.")
    assert ("al Shabaab", "ORG") in found and ("al Qaeda", "ORG") in found


def test_a_legal_form_in_small_letters_ends_the_company_name() -> None:
    assert ents("Shell plc agreed to buy a stake in the field.") == [("Shell plc", "ORG")]
    assert ents("Investors sold shares of Barclays plc on Monday.") == [("Barclays plc", "ORG")]


def test_a_name_ending_in_firm_is_a_body_though_it_opens_with_a_surname() -> None:
    found = ents("His lawyer, Dan Collins of Collins Law Firm, said he would appeal.")
    assert found == [("Dan Collins", "PER"), ("Collins Law Firm", "ORG")]

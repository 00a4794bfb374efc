"""English entities in modern online news (arts, health, tech, space, local politics, law,
travel) as CoNLL-style sets label them, on sentences written for these tests (names mostly
invented)."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_law_case_is_one_misc_name() -> None:
    found = ents("The judge cited Marlow v Penwick Holdings Ltd in her ruling on Friday.")
    assert ("Marlow v Penwick Holdings Ltd", "MISC") in found


def test_a_fixture_with_v_stays_two_teams() -> None:
    found = ents("Tickets for Dunvale v Portwick sold out within an hour.")
    assert ("Dunvale v Portwick", "MISC") not in found


def test_a_party_named_in_a_case_keeps_its_own_label_elsewhere() -> None:
    found = ents(
        "The court heard Brackwell Media v Orrin on Monday. "
        "Lawyers for Brackwell Media, which makes Skyreach, said little."
    )
    assert ("Brackwell Media", "ORG") in found


def test_an_institution_named_with_a_possessive() -> None:
    assert ("Tolmer's Hospital", "ORG") in ents("She works at Tolmer's Hospital in Leeds.")


def test_a_possessive_still_ends_a_name_before_a_body() -> None:
    found = ents("Britain's Labour Party met on Monday.")
    assert ("Britain", "LOC") in found


def test_party_adjective_before_a_noun_is_misc() -> None:
    found = ents("The state's Democratic governor, Jan Orrin, signed the bill.")
    assert ("Democratic", "MISC") in found
    assert ("Conservative", "MISC") in ents("She held a safe Conservative seat for years.")


def test_a_chamber_and_its_party_members_are_two_names() -> None:
    found = ents("On Tuesday Senate Democrats blocked the spending bill.")
    assert ("Senate", "ORG") in found
    assert ("Senate Democrats", "ORG") not in found


def test_a_constituency_may_join_two_places() -> None:
    found = ents("Labour held the Tarnby and Welsford seat by six votes.")
    assert ("Tarnby and Welsford", "LOC") in found
    assert ("Dunmore", "LOC") in ents("Reform hoped to take the Dunmore constituency.")


def test_a_body_said_it() -> None:
    assert ("Quillbrook", "ORG") in ents("Quillbrook said it would run more trains.")


def test_drugs_are_products() -> None:
    found = ents(
        "Sales of its weight-loss drug Slimora rose, and Pellix, which makes Dormival, fell."
    )
    assert ("Slimora", "MISC") in found
    assert ("Dormival", "MISC") in found


def test_landscape_after_a_company_name_is_a_place() -> None:
    assert ("Amazon", "LOC") in ents("Fires in the Amazon rainforest fell by a third.")


def test_landscape_tails_make_places() -> None:
    found = ents("Visitors to the Tarrow Canyon and the Brisk Glacier doubled.")
    assert ("Tarrow Canyon", "LOC") in found
    assert ("Brisk Glacier", "LOC") in found


def test_published_in_a_journal_and_flights_to_a_town() -> None:
    assert ("Corvane", "ORG") in ents("The findings were published in Corvane on Monday.")
    assert ("Vellmar", "LOC") in ents("The airline added flights to Vellmar for the summer.")


def test_a_constellation_is_a_place() -> None:
    assert ("Orvane", "LOC") in ents("The star lies in the constellation Orvane, they said.")


def test_a_work_title_holds_and_after_its_kind() -> None:
    assert ("Salt and Ember", "MISC") in ents("She read the novel Salt and Ember twice.")
    found = ents("The company staged a version of Lanterns and Kings in May.")
    assert ("Lanterns and Kings", "MISC") in found


def test_a_coordination_of_names_is_not_a_title() -> None:
    found = ents("Dunvale and Portwick drew on Saturday.")
    assert ("Dunvale and Portwick", "MISC") not in found


def test_what_a_maker_makes_and_missions_are_misc() -> None:
    assert ("TalkBot", "MISC") in ents("Orrin, the maker of TalkBot, hired staff.")
    assert ("Lumen", "MISC") in ents("The Lumen mission will reach the moon in 2030.")
    assert ("Kessler Deep Telescope", "MISC") in ents(
        "Images from the Kessler Deep Telescope arrived."
    )


def test_an_encore_names_a_song() -> None:
    assert ("Paper Moon", "MISC") in ents("The band closed with an encore of Paper Moon.")


def test_a_name_with_a_plural_verb_is_a_group() -> None:
    assert ("Brindlejack", "ORG") in ents("On Friday Brindlejack were forced to cancel two shows.")


def test_a_fronted_place_does_not_lend_its_label_across_the_comma() -> None:
    found = ents("In Britain, Brindlejack were forced to cancel two shows.")
    assert ("Brindlejack", "ORG") in found
    assert ("Portwick", "LOC") in ents("In Dunvale, Portwick and Tarnby, rain fell.")


def test_a_product_apposition_and_its_developers() -> None:
    found = ents(
        "Regulators approved Dormival, an Alzheimer's treatment developed by Pellix and Orrin."
    )
    assert ("Dormival", "MISC") in found
    assert ("Pellix", "ORG") in found
    assert ("Orrin", "ORG") in found


def test_a_person_who_developed_something_stays_a_person() -> None:
    assert ("Jane Orrin", "PER") in ents("The method was developed by Jane Orrin in 1990.")


def test_landscape_after_a_name_and_in_a_nationality_run() -> None:
    assert ("Tarrow", "LOC") in ents("Part of the Tarrow glacier collapsed on Monday.")
    assert ("Scottish Highlands", "LOC") in ents("Hikers in the Scottish Highlands were warned.")


def test_what_an_organisation_owns_is_a_thing_unless_a_person() -> None:
    found = ents("Critics preferred Samsung's Galaxy Fold to the older model.")
    assert ("Galaxy Fold", "MISC") in found
    assert ("Tim Cook", "PER") in ents("Apple's Tim Cook spoke on Monday.")


def test_a_title_with_the_after_in_is_a_publication() -> None:
    assert ("The Daily Ledger", "ORG") in ents("It cited a report in The Daily Ledger on Monday.")
    assert ("The Oval", "LOC") in ents("They played at The Oval in June.")


def test_a_place_apposition() -> None:
    assert ("Tarnby", "LOC") in ents("They met in Tarnby, a town near the coast.")
    assert ("Jon Tarnby", "PER") in ents("He met Jon Tarnby, the town's mayor, on Friday.")


def test_head_to_is_a_verb_not_a_title() -> None:
    found = ents("Tourists head to the Orrinal, the vast wetland further south.")
    assert ("Orrinal", "LOC") in found


def test_an_apposition_may_hold_a_nationality() -> None:
    found = ents("Pellix, the Canadian e-commerce firm, said it would move data.")
    assert ("Pellix", "ORG") in found


def test_a_hall_after_its_is_a_venue() -> None:
    assert ("Turbine Hall", "LOC") in ents("The museum will close its Turbine Hall until spring.")


def test_a_disease_named_by_a_word_is_misc() -> None:
    assert ("Covid", "MISC") in ents("Cases of Covid rose in the spring.")


def test_horse_races_and_agreements_are_misc() -> None:
    found = ents("Brisk Lad took the Queen Anne Stakes and then the Irish Derby.")
    assert ("Queen Anne Stakes", "MISC") in found
    assert ("Irish Derby", "MISC") in found
    assert ("Tarnby House Agreement", "MISC") in ents("The party left the Tarnby House Agreement.")


def test_a_person_before_a_work_noun() -> None:
    assert ("Maggie Orrin", "PER") in ents("It was an adaptation of the Maggie Orrin novel.")


def test_press_roles_are_titles() -> None:
    assert ("Tarnby Post", "ORG") in ents("Critics at Tarnby Post called it a secret.")
    found = ents("Ledger columnist Jane Orrin said it was over.")
    assert ("Ledger", "ORG") in found
    assert ("Jane Orrin", "PER") in found


def test_a_field_before_a_role_is_no_organisation() -> None:
    assert ents("Film critic Mark Orrin loved it.") == [("Mark Orrin", "PER")]

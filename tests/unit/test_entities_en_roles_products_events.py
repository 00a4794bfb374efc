"""English entities: roles of musicians and courts before a name,
bands and products named with no cue, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from reader.analysis.titles import match_title
from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_musicians_role_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = ents("Drummer Pella Worsley joined the tour in May.")
    assert ("Pella Worsley", "PER") in found


def test_a_district_judge_is_a_title() -> None:
    assert match_title(["District", "Judge", "Orla", "Penn"], 0) == 2


def test_a_band_named_alone_is_an_organisation() -> None:
    assert ("Coldplay", "ORG") in ents("Coldplay will play three nights in Cardiff.")


def test_a_product_named_alone_is_misc() -> None:
    found = ents("The update brings Siri to older phones, and Android users get it in June.")
    assert ("Siri", "MISC") in found
    assert ("Android", "MISC") in found


def test_a_horse_before_trained_by_is_misc() -> None:
    found = ents("Morrow Lane, trained by Hetty Calder, won by two lengths at Ayr.")
    assert ("Morrow Lane", "MISC") in found
    assert ("Hetty Calder", "PER") in found


def test_an_article_after_a_possessive_opens_a_works_title() -> None:
    found = ents("Critics praised Verran's The Salt Harbour on its release.")
    assert ("The Salt Harbour", "MISC") in found


def test_an_award_is_misc() -> None:
    assert ("Pellman Award", "MISC") in ents("She won the Pellman Award for her debut.")


def test_a_series_named_after_its_kind_is_misc() -> None:
    assert ("Quiet Hollow", "MISC") in ents("The streamer renewed the series Quiet Hollow.")


def test_a_familiar_given_name_opens_a_person_before_a_town_surname() -> None:
    assert ("Nicky Preston", "PER") in ents("The colt is trained by Nicky Preston.")


def test_a_common_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    assert ("Dravia", "ORG") in ents("Rival Dravia reports its results next week.")


def test_amazon_is_the_company_but_the_amazon_the_river() -> None:
    assert ("Amazon", "ORG") in ents("Amazon said its profit rose.")
    assert ("Amazon", "LOC") in ents("They sailed up the Amazon for a week.")


def test_the_maker_after_a_works_kind_is_a_person() -> None:
    assert ("Lida Fenner", "PER") in ents("The studio bought a horror film by Lida Fenner.")
    found = ents("The premiere of Orrin Vale's new comedy drew crowds.")
    assert ("Orrin Vale", "PER") in found


def test_a_title_in_apposition_to_its_kind_keeps_its_article() -> None:
    found = ents("The festival opened with her new comedy, The Glass Orchard, on Tuesday.")
    assert ("The Glass Orchard", "MISC") in found


def test_a_business_noun_opening_a_sentence_makes_an_organisation() -> None:
    assert ("Harrowgate Films", "ORG") in ents("Distributor Harrowgate Films bought the rights.")


def test_the_masters_is_an_event() -> None:
    assert ("Masters", "MISC") in ents("He won the Masters for a second time.")


def test_a_places_derby_is_one_event() -> None:
    assert ("Kentucky Derby", "MISC") in ents("The colt ran poorly in the Kentucky Derby.")


def test_a_members_possessive_inside_an_event() -> None:
    found = ents("She rode the winner of the Breeders' Cup Classic last year.")
    assert ("Breeders' Cup Classic", "MISC") in found


def test_a_work_before_by_and_its_makers_role() -> None:
    found = ents("The prize went to Quiet Lanterns by Danish director Oskar Breum.")
    assert ("Quiet Lanterns", "MISC") in found
    assert ("Oskar Breum", "PER") in found


def test_a_capsule_is_a_craft() -> None:
    assert ("Veyra", "MISC") in ents("Engineers found cracks in the Veyra capsule.")


def test_a_fair_is_an_event() -> None:
    assert ("Lisbon Book Fair", "MISC") in ents("She spoke at the Lisbon Book Fair on Friday.")


def test_a_magistrates_court_is_one_name() -> None:
    found = ents("He will appear before Leeds Magistrates' Court on Monday.")
    assert ("Leeds Magistrates' Court", "ORG") in found


def test_works_after_their_kind_in_the_plural_but_not_their_maker() -> None:
    assert ("Salt Rivers", "MISC") in ents("Her novels Salt Rivers and Glasshouse sold well.")
    assert ("Perrin Hale", "PER") in ents("Critics praised the songs of Perrin Hale.")


def test_a_model_named_after_its_product_line_is_misc() -> None:
    assert ("Kindle Vera", "MISC") in ents("Readers queued for the new Kindle Vera on Friday.")


def test_the_derby_is_the_race_and_derby_the_town() -> None:
    assert ("Derby", "MISC") in ents("The colt won the Derby at Epsom on Saturday.")
    assert ("Derby", "LOC") in ents("She grew up in Derby and moved away at 18.")


def test_wimbledon_is_the_place_after_at_and_else_the_tournament() -> None:
    assert ("Wimbledon", "MISC") in ents("She has not lost a set since Wimbledon.")
    assert ("Wimbledon", "LOC") in ents("He lost in the second round at Wimbledon.")


def test_listed_events_and_a_companys_products_are_misc() -> None:
    found = ents("The Apple Watch sold well before the Grand National at Aintree.")
    assert ("Apple Watch", "MISC") in found
    assert ("Grand National", "MISC") in found


def test_wealth_and_veteran_roles_are_titles() -> None:
    assert ("Orla Fenwick", "PER") in ents("Billionaire Orla Fenwick bought the club.")
    assert ("Dario Penn", "PER") in ents("Veteran striker Dario Penn scored twice.")
    assert ("Ivo Marsh", "PER") in ents("Tech tycoon Ivo Marsh said he would sell.")


def test_a_fronted_phrase_ending_in_a_preposition_lists_no_names() -> None:
    found = ents("Asked about Brexit, Penhallow declined to comment.")
    assert ("Penhallow", "MISC") not in found


def test_a_name_right_after_a_based_compound_is_an_organisation() -> None:
    assert ("Quorvant", "ORG") in ents("Paris-based Quorvant said sales rose.")


def test_an_adjective_opening_a_sentence_is_no_part_of_a_name() -> None:
    assert ("Tam Orrell", "PER") in ents("Unbeaten Tam Orrell won again on Sunday.")


def test_party_members_in_the_plural_are_misc() -> None:
    assert ("Democrats", "MISC") in ents("Eight Democrats voted for the bill on Friday.")


def test_a_cricket_test_is_an_event() -> None:
    assert ("Test", "MISC") in ents("England won the second Test by six wickets.")


def test_a_name_after_a_known_bodys_possessive_is_its_product() -> None:
    found = ents("NASA's Europa Clipper reached orbit.")
    assert found == [("NASA", "ORG"), ("Europa Clipper", "MISC")]


def test_own_after_a_known_bodys_possessive_still_names_its_product() -> None:
    found = ents("NASA's own Europa Clipper reached orbit.")
    assert found == [("NASA", "ORG"), ("Europa Clipper", "MISC")]


def test_a_name_with_a_middle_initial_after_a_bodys_possessive_is_a_person() -> None:
    found = ents("Samsung's Jay Y. Lee attended the launch.")
    assert found == [("Samsung", "ORG"), ("Jay Y. Lee", "PER")]


def test_a_name_after_a_bodys_possessive_called_by_its_last_word_later_is_a_person() -> None:
    text = "Investors cheered as Toyota's Koji Sato visited Nagoya. Sato took questions later."
    assert ("Koji Sato", "PER") in ents(text)

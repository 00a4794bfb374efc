"""English bodies named with a word that alone says little: a denomination ("the Catholic
Church"), a party or coalition after a country's possessive ("Argentina's Libertad Avanza
party"), a Filipino name with its particle ("Bangko Sentral ng Pilipinas"), firms ending in
"Devices", "Economics", "Platform" or "Associates" or coined as "Arianespace", a party's
deed before a person ("The party nominated Lula"), launch sites, faiths of the Middle East
and the Six Nations - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_faith_before_church_names_a_denomination() -> None:
    assert ents("The handover was overseen by the Catholic Church.") == [("Catholic Church", "ORG")]
    assert ents("Officials of the Russian Orthodox Church declined to comment.") == [
        ("Russian Orthodox Church", "ORG")
    ]


def test_a_countrys_party_is_no_player() -> None:
    assert ents("Argentina's Libertad Avanza party won a majority.") == [
        ("Argentina", "LOC"),
        ("Libertad Avanza", "ORG"),
    ]
    assert ents("Spain's Conchita Martinez won the final.") == [
        ("Spain", "LOC"),
        ("Conchita Martinez", "PER"),
    ]


def test_a_coalition_after_a_name_makes_it_a_body() -> None:
    assert ents("Critics of the leftist Historic Pact coalition spoke on Monday.") == [
        ("Historic Pact", "ORG")
    ]


def test_filipino_ng_joins_a_name() -> None:
    assert ents("The Bangko Sentral ng Pilipinas kept its key rate on Thursday.") == [
        ("Bangko Sentral ng Pilipinas", "ORG")
    ]


def test_devices_and_economics_end_a_firms_name() -> None:
    assert ents("Advanced Micro Devices unveiled a new chip.") == [
        ("Advanced Micro Devices", "ORG")
    ]
    assert ents("Oxford Economics said the moves would weigh on bonds.") == [
        ("Oxford Economics", "ORG")
    ]


def test_the_six_nations_is_an_event() -> None:
    assert ents("Results of Six Nations matches on Saturday were close.") == [
        ("Six Nations", "MISC")
    ]


def test_a_name_after_a_partys_deed_is_no_body() -> None:
    assert ents("Brazil's Workers' Party nominated Lula on Monday.") == [
        ("Brazil", "LOC"),
        ("Workers' Party", "ORG"),
        ("Lula", "PER"),
    ]
    assert ents("The party nominated Luiz Inacio Lula da Silva for a fourth term.") == [
        ("Luiz Inacio Lula da Silva", "PER")
    ]


def test_coined_compounds_name_agencies_and_firms() -> None:
    assert ents("The rocket was operated by Arianespace.") == [("Arianespace", "ORG")]
    assert ents("Russia's Roscosmos postponed a flight.") == [
        ("Russia", "LOC"),
        ("Roscosmos", "ORG"),
    ]


def test_platform_and_associates_end_a_bodys_name() -> None:
    assert ents("The opposition Civic Platform rejected the result.") == [("Civic Platform", "ORG")]
    assert ents("He founded Tanabe Associates in 1972.") == [("Tanabe Associates", "ORG")]


def test_a_space_centre_is_a_launch_site() -> None:
    assert ents("It lifted off from the Guiana Space Centre on Tuesday.") == [
        ("Guiana Space Centre", "LOC")
    ]


def test_middle_eastern_faiths_and_movements_are_miscellaneous() -> None:
    assert ents("Druze and Alawite elders met Houthi officials.") == [
        ("Druze", "MISC"),
        ("Alawite", "MISC"),
        ("Houthi", "MISC"),
    ]


def test_and_between_two_firms_splits_them() -> None:
    assert ents("Shares of Applied Materials and Lam Research fell.") == [
        ("Applied Materials", "ORG"),
        ("Lam Research", "ORG"),
    ]
    assert ents("The National Disaster Risk Reduction and Management Council said so.") == [
        ("National Disaster Risk Reduction and Management Council", "ORG")
    ]


def test_forces_and_corps_end_an_armed_bodys_name() -> None:
    assert ents("He signed a deal with the Syrian Democratic Forces on Monday.") == [
        ("Syrian Democratic Forces", "ORG")
    ]
    assert ents("The Islamic Revolutionary Guard Corps held drills.") == [
        ("Islamic Revolutionary Guard Corps", "ORG")
    ]


def test_a_dialogue_is_a_meeting_and_a_launch_center_a_place() -> None:
    assert ents("Ministers met for the Petersberg Climate Dialogue.") == [
        ("Petersberg Climate Dialogue", "MISC")
    ]
    assert ents("It lifted off from the Jiuquan Satellite Launch Center on Friday.") == [
        ("Jiuquan Satellite Launch Center", "LOC")
    ]


def test_macroeconomics_ends_a_consultancys_name() -> None:
    assert ents("Pantheon Macroeconomics said the Fed would cut.") == [
        ("Pantheon Macroeconomics", "ORG"),
        ("Fed", "ORG"),
    ]


def test_a_space_centre_that_speaks_is_the_agency() -> None:
    assert ents("The Mohammed bin Rashid Space Centre said it would launch in May.") == [
        ("Mohammed bin Rashid Space Centre", "ORG")
    ]


def test_a_government_of_national_unity_is_one_body() -> None:
    assert ents("Groups loyal to the Government of National Unity clashed with a militia.") == [
        ("Government of National Unity", "ORG")
    ]


def test_a_companys_last_word_keeps_a_sentences_first_word() -> None:
    assert ents("Rocket Lab launched an Electron rocket on Thursday.") == [
        ("Rocket Lab", "ORG"),
        ("Electron", "MISC"),
    ]


def test_the_moon_is_a_place() -> None:
    assert ents("The lander entered orbit around the Moon on Wednesday.") == [("Moon", "LOC")]


def test_a_name_ends_before_of_and_a_title() -> None:
    assert ents("It was the Labour Party of President Luiz Inacio Lula da Silva.") == [
        ("Labour Party", "ORG"),
        ("Luiz Inacio Lula da Silva", "PER"),
    ]


def test_a_group_of_negotiators_is_one_body() -> None:
    assert ents("The African Group of Negotiators demanded more money.") == [
        ("African Group of Negotiators", "ORG")
    ]


def test_air_force_ranks_are_titles() -> None:
    assert ents("Group Captain Shubhanshu Shukla will lead the crew.") == [
        ("Shubhanshu Shukla", "PER")
    ]
    assert ents("Wing Commander Rakesh Sharma flew in 1984.") == [("Rakesh Sharma", "PER")]


def test_a_count_opening_a_sentence_is_no_part_of_a_name() -> None:
    assert ents("Four Indian Air Force pilots trained in Russia.") == [
        ("Indian Air Force", "ORG"),
        ("Russia", "LOC"),
    ]


def test_guard_ends_an_armed_bodys_name() -> None:
    assert ents("Iraq's Republican Guard was disbanded.") == [
        ("Iraq", "LOC"),
        ("Republican Guard", "ORG"),
    ]

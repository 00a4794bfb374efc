"""English entities: companies named after the brand they own, a lone word that speaks and
has its shares traded, consumer goods makers named bare, and a "+" that closes a name, on
sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_the_owner_of_a_brand_is_a_company() -> None:
    found = ents("Velloro owner Quintex said on Monday its sales rose.")
    assert ("Quintex", "ORG") in found
    assert ("Brindco", "ORG") in ents("Tallow parent Brindco said on Monday.")


def test_the_owner_of_a_club_is_a_person() -> None:
    assert ("Ashley", "PER") in ents("Newcastle owner Ashley said nothing on Monday.")
    assert ("Todd Boehly", "PER") in ents("Chelsea owner Todd Boehly said nothing.")


def test_a_speaker_whose_shares_trade_is_a_company() -> None:
    text = "Zelvano said on Wednesday its profit rose. Zelvano shares rose 3 percent."
    assert ents(text) == [("Zelvano", "ORG"), ("Zelvano", "ORG")]


def test_a_person_who_shares_something_stays_a_person() -> None:
    text = "Harold Smith said he was pleased. Smith shares a flat with his brother."
    assert ("Smith", "ORG") not in ents(text)


def test_consumer_goods_makers_named_bare_are_companies() -> None:
    assert ("Kering", "ORG") in ents("Kering said demand in China had slowed.")
    assert ("Mattel", "ORG") in ents("Mattel said its dolls sold well.")


def test_a_plus_written_against_a_name_belongs_to_it() -> None:
    assert ("OPEC+", "ORG") in ents("OPEC+ agreed on Sunday to keep output unchanged.")
    assert ("OPEC", "ORG") in ents("Ministers of OPEC met in Vienna; 2+2 is four.")


def test_a_title_after_video_game_is_a_work() -> None:
    assert ("Harrow Knight Saga", "MISC") in ents("The video game Harrow Knight Saga sold well.")


def test_a_team_after_game_alone_is_no_work() -> None:
    assert ("Liverpool", "MISC") not in ents("It was a game Liverpool won easily.")


def test_a_chart_named_with_a_number_is_one_name() -> None:
    assert ("Billboard 200", "MISC") in ents("The album topped the Billboard 200 on Monday.")


def test_one_word_watchdogs_and_pollsters_are_bodies() -> None:
    assert ("Europol", "ORG") in ents("In a statement, Europol said two men were held.")
    assert ("Ipsos", "ORG") in ents("In a poll, Ipsos said support had fallen.")


def test_a_romance_institution_in_english_text_is_a_body() -> None:
    assert ("Tribunal de Contas", "ORG") in ents("Tribunal de Contas said the deal was flawed.")
    assert ("Ordem dos Advogados", "ORG") in ents("Ordem dos Advogados said it would appeal.")


def test_a_person_named_with_a_particle_stays_a_person() -> None:
    assert ("Charles de Gaulle", "PER") in ents("Charles de Gaulle said France would resist.")


def test_a_name_after_sales_of_is_a_product() -> None:
    assert ("Zentrio Quest", "MISC") in ents("Sales of Zentrio Quest topped two million.")
    assert ("Zentrio Motors", "ORG") in ents("The sales of Zentrio Motors rose in May.")

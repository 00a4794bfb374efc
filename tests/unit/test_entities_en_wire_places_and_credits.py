"""English entities in wire copy: a state shortened after a dateline's town, a photo
credit's agency, roads and seas named alone, a place after a preposition before a plural
verb, and a place at the end of a road or climb - on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_state_shortened_after_the_datelines_town_is_a_place() -> None:
    found = ents("TAMPA, Fla. - A rocket lifted off on Sunday.")
    assert found == [("TAMPA", "LOC"), ("Fla.", "LOC")]
    # an outlet there is still one
    assert ("Detik", "ORG") in ents("JAKARTA, Detik - Hujan turun sejak pagi.")


def test_a_photo_credit_names_the_agency_and_the_photographer() -> None:
    found = ents("President Trump speaks on Monday. (AP Photo/Evan Vucci)")
    assert ("AP", "ORG") in found
    assert ("Evan Vucci", "PER") in found
    assert ("Getty Images", "ORG") in ents("Smoke rises. (Getty Images/Jane Doe)")


def test_a_place_after_in_is_not_the_subject_of_a_plural_verb() -> None:
    assert ents("Police in Victoria have charged a man.") == [("Victoria", "LOC")]
    assert ents("Coldplay were forced to cancel.") == [("Coldplay", "ORG")]


def test_highways_and_seas_named_alone_are_places() -> None:
    found = ents("He drove along the Princes Highway near Werribee.")
    assert found == [("Princes Highway", "LOC"), ("Werribee", "LOC")]
    assert ents("Tensions rose in the Aegean on Monday.") == [("Aegean", "LOC")]


def test_the_end_of_a_climb_or_road_is_a_place() -> None:
    assert ents("He attacked on the final climb to Hautacam.") == [("Hautacam", "LOC")]
    assert ents("The road to Tralee was closed.") == [("Tralee", "LOC")]


def test_what_publishes_a_novel_named_a_dozen_words_before_is_a_house() -> None:
    text = "Her new crime novel, written as Robert Galbraith, will be published by Sphere."
    assert ("Sphere", "ORG") in ents(text)


def test_a_portuguese_do_joins_a_name() -> None:
    found = ents("Oil was found off the coast of Rio Grande do Norte.")
    assert found == [("Rio Grande do Norte", "LOC")]


def test_days_in_the_plural_are_no_name() -> None:
    assert ents("Why do Americans vote on Tuesdays?") == [("Americans", "MISC")]


def test_an_amendment_a_prize_and_a_tour_are_misc() -> None:
    assert ents("He cited the First Amendment.") == [("First Amendment", "MISC")]
    assert ents("The singer won the Grammy for album of the year.") == [("Grammy", "MISC")]
    found = ents("Beyonce opened her Cowboy Carter tour at SoFi Stadium.")
    assert ("Cowboy Carter", "MISC") in found


def test_a_member_of_a_devolved_assembly_is_a_title() -> None:
    found = ents("Local MLA Trevor Clarke said the community was shocked.")
    assert found == [("Trevor Clarke", "PER")]


def test_a_national_theatre_of_a_country_is_one_name() -> None:
    found = ents("The National Theatre of Scotland stages a new play by Stef Smith.")
    assert found == [("National Theatre of Scotland", "ORG"), ("Stef Smith", "PER")]


def test_a_commerce_minister_is_a_title() -> None:
    found = ents("Commerce Minister Wang Wentao said Beijing would keep talking.")
    assert found == [("Wang Wentao", "PER"), ("Beijing", "LOC")]
    assert ("Labour", "ORG") in ents("Labour MP Jane Doe said no.")

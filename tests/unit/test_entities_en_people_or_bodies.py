"""English entities: when a name is a person and when a body - a surname before "said it would"
(a full name too, when the text calls it "he" or gives it a title), a founder's full name
before "founded", a coach's team, a palace that speaks, two partners' names of one
publisher, a nationality in the possessive and the styles a monarch is addressed by - on
sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents = partial(test_entities.ents, lang="en")


def test_a_surname_before_said_it_would_stays_a_person() -> None:
    assert ents("Kowalski said it would appeal the ruling.") == [("Kowalski", "PER")]
    assert ents("O'Leary said on Monday it would add flights.") == [("O'Leary", "PER")]
    # a coined name is still a body
    assert ents("Quillbrook said it would run more trains.") == [("Quillbrook", "ORG")]


def test_a_name_the_text_calls_he_or_gives_a_title_speaks_for_a_body() -> None:
    first = "Oumarou Zembra said it would publish the trial's results next year."
    assert ents(first + " Zembra, who leads the trial, was hopeful.") == [
        ("Oumarou Zembra", "PER"),
        ("Zembra", "PER"),
    ]
    assert ents(first + " Zembra said he was hopeful.") == [
        ("Oumarou Zembra", "PER"),
        ("Zembra", "PER"),
    ]
    assert ents(first + " Prof Zembra leads the trial.") == [
        ("Oumarou Zembra", "PER"),
        ("Zembra", "PER"),
    ]
    # a body the text calls "which" is still one
    body = "Vantrell Freight said it would cut jobs. Vantrell Freight, which has 900 staff,"
    assert ents(body + " said it was sorry.") == [
        ("Vantrell Freight", "ORG"),
        ("Vantrell Freight", "ORG"),
    ]


def test_it_would_be_or_take_judges_a_thing_rather_than_telling_a_plan() -> None:
    assert ents("Merckx said it would be hard to win again.") == [("Merckx", "PER")]
    assert ents("Dravell said on Monday it would take months.") == [("Dravell", "PER")]
    assert ents("Zelvano said it would be able to pay.") == [("Zelvano", "ORG")]


def test_a_surname_ending_in_ly_is_no_brand() -> None:
    assert ents("Hanly said the club was in talks.") == [("Hanly", "PER")]
    assert ents("Grubly said the club was in talks.") == [("Grubly", "ORG")]


def test_a_founders_full_name_before_founded_is_the_person() -> None:
    assert ents("Enzo Ferrari founded the company in 1947.") == [("Enzo Ferrari", "PER")]
    assert ents("Walt Disney founded his studio in 1923.") == [("Walt Disney", "PER")]
    assert ents("Goldman Sachs founded a fund.") == [("Goldman Sachs", "ORG")]


def test_a_relative_in_the_apposition_keeps_the_given_name() -> None:
    found = ents("Piero Ferrari, the founder's son, cut the ribbon.")
    assert found == [("Piero Ferrari", "PER")]


def test_a_coachs_team_is_his_and_a_comeback_win_makes_a_team() -> None:
    found = ents("Arne Slot's team next face Arsenal.")
    assert ("Arne Slot", "PER") in found
    found = ents("Liverpool came from behind to beat Manchester City 2-1 on Sunday.")
    assert ("Liverpool", "ORG") in found


def test_a_palace_that_speaks_is_the_household() -> None:
    assert ents("Buckingham Palace said on Tuesday the visit would go ahead.") == [
        ("Buckingham Palace", "ORG")
    ]
    found = ents("Crowds gathered at Buckingham Palace on Sunday.")
    assert found == [("Buckingham Palace", "LOC")]


def test_two_partners_names_of_a_publisher_are_one_house() -> None:
    found = ents("The novel was published by Chatto and Windus.")
    assert found == [("Chatto and Windus", "ORG")]
    found = ents("The bank was advised by Tresham and Pocock, the law firm.")
    assert found == [("Tresham and Pocock", "ORG")]
    found = ents("The memoir was published by Simon and Schuster.")
    assert found == [("Simon and Schuster", "ORG")]
    assert ents("Shares in Marks and Spencer rose.") == [("Marks and Spencer", "ORG")]
    found = ents("A study published by Smith and Jones found no link.")
    assert ("Smith and Jones", "ORG") not in found


def test_a_nationality_in_the_possessive_stays_a_nationality() -> None:
    assert ents("Tadej Pogacar matched the Belgian's record.") == [
        ("Tadej Pogacar", "PER"),
        ("Belgian", "MISC"),
    ]


def test_a_monarchs_style_names_no_one() -> None:
    assert ents("His Majesty opened Parliament.") == [("Parliament", "ORG")]
    assert ents("Her Majesty's private secretary said so.") == []
    assert ents("His Excellency the ambassador arrived.") == []


def test_a_national_library_of_a_country_is_one_name() -> None:
    found = ents("He works at the National Library of Wales.")
    assert found == [("National Library of Wales", "ORG")]


def test_a_work_named_after_a_persons_owning_pronoun() -> None:
    assert ents("He loved his Bond films.") == [("Bond", "MISC")]


def test_swedish_and_polish_surnames_before_said_it_are_people() -> None:
    assert ents("Andersson said it would appeal.") == [("Andersson", "PER")]
    assert ents("Kowalczyk said it had been a hard year.") == [("Kowalczyk", "PER")]


def test_a_titled_given_name_before_a_place_word_is_a_person() -> None:
    assert ents("Judge Peter Lane said the decision was lawful.") == [("Peter Lane", "PER")]
    found = ents("He lives on George Street in Sydney.")
    assert found == [("George Street", "LOC"), ("Sydney", "LOC")]


def test_a_research_firm_is_a_body() -> None:
    found = ents("The claims were raised by Hindenburg Research in 2023.")
    assert found == [("Hindenburg Research", "ORG")]


def test_a_team_before_an_american_sports_role_is_a_club() -> None:
    found = ents("Philadelphia Eagles quarterback Jalen Hurts threw three touchdowns.")
    assert found == [("Philadelphia Eagles", "ORG"), ("Jalen Hurts", "PER")]


def test_a_leaders_time_in_office_after_her_or_his_is_no_league() -> None:
    assert ents("Her Premiership ended in 1990.") == []
    assert ents("He made his Premiership debut in 2019.") == [("Premiership", "MISC")]


def test_the_tour_named_alone_is_the_race() -> None:
    assert ("Tour", "MISC") in ents("Eddy Merckx won the Tour five times.")


def test_a_place_listed_before_a_full_name_does_not_make_it_a_place() -> None:
    text = "Shane Lowry of Ireland and Tommy Fleetwood of England were at four under."
    found = ents(text)
    assert ("Tommy Fleetwood", "PER") in found
    assert ("England", "LOC") in found


def test_a_storms_name_is_no_persons() -> None:
    found = ents("The storm, named Kong-rey, was heading for Taiwan.")
    assert found == [("Kong-rey", "MISC"), ("Taiwan", "LOC")]
    assert ents("The boy, named Oliver, was found.") == [("Oliver", "PER")]


def test_a_town_a_player_scores_points_for_is_a_club() -> None:
    found = ents("Jaylen Brown added 22 points for Boston on Tuesday.")
    assert found == [("Jaylen Brown", "PER"), ("Boston", "ORG")]


def test_a_name_owning_a_person_is_a_body() -> None:
    found = ents("Kestrel's Michael Brandt resigned on Monday.")
    assert found == [("Kestrel", "ORG"), ("Michael Brandt", "PER")]

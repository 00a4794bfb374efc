"""English entities, seventh quality round: a surname alone in a headline, employers listed
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

"""English titles of the shape "leader of the …" before a body's name: the title takes
"of the" and a portfolio, never a nationality or the first word of a body's name, on
sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")


def test_a_nationality_after_of_the_opens_the_body() -> None:
    found = ents_en("Ramaphosa was elected leader of the African National Congress in 2017.")
    assert ("African National Congress", "ORG") in found


def test_a_body_shaped_name_after_of_the_keeps_its_first_word() -> None:
    found = ents_en("She was appointed chair of the National Health Service in March.")
    assert ("National Health Service", "ORG") in found
    found = ents_en("He is chairman of the British Medical Association.")
    assert ("British Medical Association", "ORG") in found


def test_a_portfolio_after_of_the_stays_in_the_title() -> None:
    found = ents_en("Secretary of the Treasury Scott Bessent said tariffs would stay.")
    assert ("Scott Bessent", "PER") in found
    assert not any("Treasury" in text for text, _ in found)


def test_the_titles_own_body_stays_in_the_title() -> None:
    found = ents_en("Leader of the Opposition Keir Starmer called the vote.")
    assert ("Keir Starmer", "PER") in found


def test_a_body_named_with_of_after_of_the_ends_before_its_chief() -> None:
    found = ents_en("Secretary of the Department of Homeland Security Kristi Noem spoke.")
    assert found == [("Department of Homeland Security", "ORG"), ("Kristi Noem", "PER")]
    found = ents_en("Director of the Federal Bureau of Investigation Kash Patel testified.")
    assert found == [("Federal Bureau of Investigation", "ORG"), ("Kash Patel", "PER")]
    found = ents_en("Director of the Office of Management and Budget Russell Vought said so.")
    assert found == [("Office of Management and Budget", "ORG"), ("Russell Vought", "PER")]


def test_a_body_after_of_the_with_no_one_after_it_is_whole() -> None:
    found = ents_en("The Secretary of the Department of Homeland Security said it would.")
    assert found == [("Department of Homeland Security", "ORG")]


def test_a_body_with_and_before_its_administrator() -> None:
    found = ents_en(
        "Administrator of the National Aeronautics and Space Administration Sean Duffy spoke."
    )
    assert found == [
        ("National Aeronautics and Space Administration", "ORG"),
        ("Sean Duffy", "PER"),
    ]


def test_two_capitals_and_a_surname_after_a_title_are_initials() -> None:
    found = ents_en("Vice President JD Vance laid a wreath.")
    assert found == [("JD Vance", "PER")]


def test_a_body_of_two_fields_before_its_commissioner() -> None:
    found = ents_en("Commissioner of the Food and Drug Administration Marty Makary spoke.")
    assert found == [("Food and Drug Administration", "ORG"), ("Marty Makary", "PER")]

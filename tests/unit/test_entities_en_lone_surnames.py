"""A lone surname ending in -s opening a sentence before a speech verb is a person, while a
plural noun of the same shape ("Aides said") names nobody."""

import pytest

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


@pytest.mark.parametrize("name", ["Jones", "Williams", "Edwards", "Hughes", "James"])
def test_common_surname_in_s_before_said_is_a_person(name: str) -> None:
    found = _entities(f"{name} said the squad had trained hard in Denver.")
    assert (name, "PER") in found
    assert ("Denver", "LOC") in found


@pytest.mark.parametrize("noun", ["Aides", "Investors", "Regulators"])
def test_plural_noun_before_said_is_no_name(noun: str) -> None:
    found = _entities(f"{noun} said the talks in Geneva had stalled.")
    assert not any(text == noun for text, _ in found)


@pytest.mark.parametrize("name", ["Fenwick", "Marsh", "Okonjo"])
def test_lone_word_before_comma_who_opening_a_sentence_is_a_person(name: str) -> None:
    found = _entities(
        f"The council met late. {name}, who chairs the committee, called it a mistake."
    )
    assert (name, "PER") in found


@pytest.mark.parametrize("noun", ["Teachers", "Economists", "Neighbours", "Relatives"])
def test_plural_of_people_before_comma_who_is_no_name(noun: str) -> None:
    found = _entities(f"The strike went on. {noun}, who had warned of it, were not surprised.")
    assert not any(text == noun for text, _ in found)


def test_jan_opening_a_sentence_before_a_name_is_a_given_name_not_a_month() -> None:
    found = _entities("Jan Peter Balkenende said on Monday the plan was good.")
    assert ("Jan Peter Balkenende", "PER") in found
    assert _entities("Jan 5 was a Monday, and the markets were shut.") == set()

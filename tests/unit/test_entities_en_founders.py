"""A founder's full name opening a sentence keeps its given name even when the surname is
a known company ("Freddy Heineken"), pet forms spelt either way ("Freddy", "Freddie")."""

from reader.analysis import analyze
from reader.analysis.name_cues import is_given_name


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_founder_named_like_his_company_opening_a_sentence_is_a_person() -> None:
    text = "Freddy Heineken built the brewer into a global brand. Heineken now sells beer."
    found = _entities(text)
    assert ("Freddy Heineken", "PER") in found
    assert ("Heineken", "ORG") in found


def test_pet_forms_of_given_names_are_spelt_either_way() -> None:
    assert is_given_name("Freddy") and is_given_name("Freddie")
    assert is_given_name("Jimmie")
    assert not is_given_name("Daily")

"""A sector's noun before a country of two words names a public body ("Sport New
Zealand"), not a person; Indigenous peoples' names ("Maori", "Inuit") are nationalities
(MISC), also opening a sentence after "The"."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_sector_noun_before_a_two_word_country_is_a_body() -> None:
    found = _entities("Midwives said the rota drawn up by Health South Africa left wards short.")
    assert ("Health South Africa", "ORG") in found
    found = _entities("The grant from Tourism New Zealand paid for the new trail.")
    assert ("Tourism New Zealand", "ORG") in found


def test_indigenous_peoples_are_nationalities() -> None:
    assert ("Maori", "MISC") in _entities("The Maori carver finished the gate in March.")
    assert ("Inuit", "MISC") in _entities("The Inuit hunters returned to Iqaluit on Friday.")

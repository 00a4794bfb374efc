"""A lone capitalised word after "the" that speaks is a body, not a person: news writes
no article before a person's name ("The Gazette said", "the Yard said")."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_lone_word_after_the_before_said_is_an_organisation() -> None:
    text = "Ticket sales fell in the spring. The Corvana said the season would still go ahead."
    assert ("Corvana", "ORG") in _entities(text)


def test_nationality_after_the_before_said_stays_a_nationality() -> None:
    assert ("Dane", "MISC") in _entities("The Dane said he would race again in Oslo.")

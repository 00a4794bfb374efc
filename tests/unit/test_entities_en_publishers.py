"""A name after "published by" with a kind of work before it is a publishing house, even
when it is a founder's full name ("Alfred A. Knopf"), and so is its short form after."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_house_named_for_its_founder_after_a_work_is_an_organisation() -> None:
    text = "The novel was published by Alfred A. Knopf in 1962. Knopf later reprinted it."
    found = _entities(text)
    assert ("Alfred A. Knopf", "ORG") in found
    assert ("Knopf", "ORG") in found


def test_person_publishing_no_work_stays_a_person() -> None:
    found = _entities("The study was published by John Smith and two colleagues.")
    assert ("John Smith", "PER") in found


def test_house_after_a_collection_of_stories_is_an_organisation() -> None:
    text = "Her first collection of stories was published by Faber and Faber in London."
    assert ("Faber and Faber", "ORG") in _entities(text)

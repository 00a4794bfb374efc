"""A body named "X Without Y" is one name ("Engineers Without Borders"), and initials a
body owns ("its initials") are the body's acronym, not a person's initials."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_capitalised_without_links_a_body_name() -> None:
    found = _entities("Engineers Without Borders said it had rebuilt two wells near Gulu.")
    assert ("Engineers Without Borders", "ORG") in found


def test_initials_a_body_owns_are_an_organisation() -> None:
    text = (
        "The Workers Relief Council opened a clinic in Mopti. The group, known by its "
        "initials WRC, said it would open two more."
    )
    assert ("WRC", "ORG") in _entities(text)


def test_a_person_named_by_initials_is_still_a_person() -> None:
    assert ("TK", "PER") in _entities("The driver, with the initials TK, was detained.")

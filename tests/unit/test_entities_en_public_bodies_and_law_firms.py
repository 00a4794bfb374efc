"""English public bodies and firms read as one name: an agency named for two fields joined
by "and" ("National Research and Innovation Agency"), a sector's body named for its
country, and law and accounting firms named for their partners."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, lang="en", backend="builtin").entities}


def test_two_fields_joined_by_and_before_an_agency_are_one_body() -> None:
    found = _entities(
        "Vaccine makers bid for the grant that the Biomedical Advanced Research and "
        "Development Authority offered in June."
    )
    assert ("Biomedical Advanced Research and Development Authority", "ORG") in found
    found = _entities("Engineers at the National Research and Innovation Agency built it.")
    assert ("National Research and Innovation Agency", "ORG") in found
    found = _entities("Clinics wrote to the Health Resources and Services Administration.")
    assert ("Health Resources and Services Administration", "ORG") in found


def test_a_firm_before_and_stays_apart_from_the_next_firm() -> None:
    found = _entities("Orders rose at Applied Materials and Lam Research last quarter.")
    assert ("Lam Research", "ORG") in found
    assert not any("and" in text for text, _ in found)

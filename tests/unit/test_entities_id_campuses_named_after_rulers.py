"""Indonesian universities named after a ruler or a saint of two names ("Sunan Gunung
Djati", "Sultan Ageng Tirtayasa"), after a title with no holder named: the whole run is
the campus (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    ("text", "campus"),
    [
        (
            "Rektor Universitas Islam Negeri Sunan Gunung Djati mengatakan mahasiswa siap.",
            "Universitas Islam Negeri Sunan Gunung Djati",
        ),
        (
            "Rektor Universitas Sultan Ageng Tirtayasa mengatakan kampus ditutup.",
            "Universitas Sultan Ageng Tirtayasa",
        ),
    ],
)
def test_a_campus_named_after_a_rulers_two_names_has_no_holder(text: str, campus: str) -> None:
    assert ents(text) == [(campus, "ORG")]


def test_the_holder_after_such_a_campus_is_still_a_person() -> None:
    found = ents("Rektor UIN Sunan Gunung Djati Rosihon Anwar hadir.")
    assert found == [("UIN Sunan Gunung Djati", "ORG"), ("Rosihon Anwar", "PER")]

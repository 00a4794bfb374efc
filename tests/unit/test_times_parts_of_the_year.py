"""A quarter or half "of the year" is the publication year's, as "the end of the year" is
("the first half of the year" in October 2025 → "2025-H1"); a game's half stays no date."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis import analyze
from tests.unit.found_values import time_value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The group posted a loss in the first half of the year.", "the first half of the year",
         "2025-H1"),
        ("Sales will rise in the second half of the year.", "the second half of the year",
         "2025-H2"),
        ("Exports rose in the third quarter of the year.", "the third quarter of the year",
         "2025-Q3"),
    ],
)  # fmt: skip
def test_a_part_of_the_year_is_the_publication_years(sentence: str, span: str, value: str) -> None:
    assert time_value(sentence, "en", span, date(2025, 10, 20)) == value


def test_a_half_of_a_game_is_no_date() -> None:
    found = analyze("He scored in the second half of the game.", lang="en", pubdate="2025-10-20")
    assert found.times == []

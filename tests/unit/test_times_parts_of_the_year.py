"""A quarter or half "of the year" is the publication year's, as "the end of the year" is
("the first half of the year" in October 2025 → "2025-H1"); a game's half stays no date.
"H1" and "H2" are halves of results ("profit fell in H1", "H1 profit", "H2 2026"), not the
names of a visa, a road or a fuel."""

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


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Revenue fell 14% in H1, the company said.", "H1", "2025-H1"),
        ("H1 profit beat forecasts.", "H1", "2025-H1"),
        ("The group expects growth in H2 2026.", "H2 2026", "2026-H2"),
    ],
)
def test_h1_and_h2_of_results_are_halves(sentence: str, span: str, value: str) -> None:
    assert time_value(sentence, "en", span, date(2025, 10, 20)) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers on an H1 visa may stay.",
        "Sales rose 5% as the H2 fuel plant opened.",
        "He drove on the H1 to the port.",
    ],
)
def test_h1_and_h2_as_names_are_no_time(sentence: str) -> None:
    found = analyze(sentence, lang="en", pubdate="2025-10-20")
    assert [t.text for t in found.times if t.text.startswith("H")] == []


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Laba bersih perseroan pada Q1 2025 naik 10 persen.", "Q1 2025", "2025-Q1"),
        ("Laba perseroan naik 5 persen pada H1.", "H1", "2025-H1"),
    ],
)
def test_indonesian_business_news_writes_quarters_and_halves_so(
    sentence: str, span: str, value: str
) -> None:
    assert time_value(sentence, "id", span, date(2025, 10, 20)) == value

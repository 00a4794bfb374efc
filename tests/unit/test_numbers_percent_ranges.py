"""A range of percentages written with the sign on both ends ("3% to 5%", "between 10% and
12%", "10%-15%") is one span with value None, as "10-15 persen" is; "rose 0.5% to 3.2%" is a
change and the new level, two amounts. A fraction hedged by "more than" after "by" is the size
of a change ("dropped by more than a third"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.found_values import numbers_by_text


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "Analysts expected a 3% to 5% decline in sales.", {"3% to 5%": (None, "%")}),
        ("en", "Margins stayed between 10% and 12% all year.", {"10% and 12%": (None, "%")}),
        ("id", "Harga cabai naik 10%-15% sepekan.", {"10%-15%": (None, "%")}),
        ("id", "Bunga naik 5 persen hingga 7 persen.", {"5 persen hingga 7 persen": (None, "%")}),
        ("en", "Inflation rose 0.5% to 3.2% in May.", {"0.5%": (0.5, "%"), "3.2%": (3.2, "%")}),
        ("en", "Shares fell 5% or 3% lower.", {"5%": (5, "%"), "3%": (3, "%")}),
    ],
)
def test_a_range_of_percentages_is_one_span(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected


def test_more_than_a_third_after_by_is_the_size_of_a_change() -> None:
    found = numbers_by_text("Orders dropped by more than a third over the summer.", "en")
    assert found == {"a third": (pytest.approx(1 / 3, rel=1e-3), None)}

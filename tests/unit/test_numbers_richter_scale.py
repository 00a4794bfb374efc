"""A quake's magnitude with the Richter scale after it, as Indonesian news writes it: "5,6
SR" and "6,1 skala Richter" have unit "magnitude" with the scale in the span; a whole number
before "SR" is no magnitude."""

from __future__ import annotations

import pytest

from tests.unit.found_values import numbers_by_text


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Gempa berkekuatan 5,6 SR mengguncang Cianjur.", "5,6 SR", "magnitude"),
        ("Gempa 6,1 skala Richter mengguncang Maluku.", "6,1 skala Richter", "magnitude"),
        ("Ia membeli 3 SR baru.", "3 SR", "SR"),
    ],
)
def test_richter_scale_after_a_magnitude(sentence: str, span: str, unit: str) -> None:
    assert numbers_by_text(sentence, "id")[span][1] == unit

"""Counted nouns of two words in an English title-case headline, where every word is
capitalised: the noun runs to a plural at its end ("25 Basis Points"), not past it."""

from __future__ import annotations

import pytest

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.numbers import find_numbers

BODY = "\n\nThe report came out on Thursday."


def spans(headline: str) -> dict[str, tuple[object, object]]:
    doc = BuiltinBackend().parse(headline + BODY, "en")
    return {n.text: (n.value, n.unit) for n in find_numbers(doc)}


@pytest.mark.parametrize(
    ("headline", "span", "unit"),
    [
        ("Central Bank Lifts Rates by 25 Basis Points", "25 Basis Points", "Basis Points"),
        ("Gunman Kills 3 Police Officers in Shooting", "3 Police Officers", "Police Officers"),
        ("Airline Adds 40 Extra Flights for Holidays", "40 Extra Flights", "Extra Flights"),
        ("Storm Kills 12 People in Coastal Towns", "12 People", "People"),
    ],
)
def test_headline_noun_runs_to_its_plural(headline: str, span: str, unit: str) -> None:
    assert spans(headline)[span][1] == unit

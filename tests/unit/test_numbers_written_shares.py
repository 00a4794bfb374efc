"""Amounts written in words: tens and units joined with a hyphen ("twenty-five") but not two
places ("a one-two finish") nor an amount glued to a particle ("a one-off bonus"), a scale
after "a" ("a million people"), "and a half", a vague amount with a multiplier, which is a
size on its own ("several hundred more"), and shares: "a quarter point", "sepertiganya" (a
third of it), "about a third" before the end of its clause."""

from __future__ import annotations

import pytest

from tests.unit.found_values import numbers_by_text


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "Ferrari celebrated a one-two in Monaco.", {}),
        # a particle glued after the amount makes a word that counts nothing
        ("en", "The firm paid a one-off bonus to staff.", {}),
        ("en", "The envoys held one-on-one talks in Doha.", {}),
        ("en", "Seventy-five people came.", {"Seventy-five people": (75, "people")}),
        ("en", "Several hundred more spent the night there.", {"Several hundred": (None, None)}),
        ("en", "Several were hurt.", {}),
        ("en", "They saw a million people.", {"a million people": (1000000, "people")}),
        ("en", "It has a hundred rooms.", {"a hundred rooms": (100, "rooms")}),
        ("en", "He waited two and a half years.", {"two and a half years": (2.5, "years")}),
        (
            "en",
            "They raised one and a half million dollars.",
            {"one and a half million dollars": (1500000, "dollars")},
        ),
        ("id", "Beberapa ratus menunggu di luar.", {"Beberapa ratus": (None, None)}),
        (
            "en",
            "Three members backed a cut of a quarter point.",
            {"Three members": (3, "members"), "a quarter point": (0.25, "point")},
        ),
        ("en", "In the third quarter profit rose.", {}),
        ("en", "Cases rose, with about a third in London.", {"a third": (0.333333, None)}),
        ("en", "About a third were children.", {"a third": (0.333333, None)}),
        ("en", "He was almost a third party candidate.", {}),
        (
            "id",
            "Ada 54 kasus, dan sepertiganya terjadi di Jawa Timur.",
            # a third of the cases: the share counts what the clause before counted
            {"54 kasus": (54, "kasus"), "sepertiganya": (0.333333, "kasus")},
        ),
        ("id", "Setengahnya dibiayai APBN.", {"Setengahnya": (0.5, None)}),
    ],
)
def test_written_amounts_and_shares(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected

"""A bare number that counts more of, or some of, what the count just before it counted
takes that count's noun: "sign 20 players ... and 15 more", "arrested 12 men. Five of them",
"Twelve people were hurt. Three are critical"."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "N more" ending its clause, the noun elided
        (
            "en",
            "The club signed 20 players last year and plans to sign 15 more.",
            [("20 players", 20, "players"), ("15 more", 15, "players")],
        ),
        (
            "en",
            "It ordered 30 jets, with options for five more",
            [("30 jets", 30, "jets"), ("five more", 5, "jets")],
        ),
        (
            "en",
            "Three people died and 12 more were injured.",
            [("Three people", 3, "people"), ("12 more", 12, "people")],
        ),
        # a noun after "more" is its own; "more than" compares; a percentage is no noun
        ("en", "The company will hire 20 more staff.", [("20 more staff", 20, "more staff")]),
        (
            "en",
            "He has 3 cars, two more than his brother.",
            [("3 cars", 3, "cars"), ("two", 2, None)],
        ),
        ("en", "Prices rose 5% and may rise 2 more.", [("5%", 5, "%"), ("2", 2, None)]),
        # some of them, opening the next sentence
        (
            "en",
            "Police arrested 12 men on Monday. Five of them were later released.",
            [("12 men", 12, "men"), ("Five", 5, "men")],
        ),
        # a bare count of the same opening the next sentence with its verb
        (
            "en",
            "Twelve people were hurt on Monday. Three are in a critical condition.",
            [("Twelve people", 12, "people"), ("Three", 3, "people")],
        ),
        (
            "en",
            "He scored 20 goals last season. Five came from penalties.",
            [("20 goals", 20, "goals"), ("Five", 5, "goals")],
        ),
        # not a count with its own noun, nor a percentage
        (
            "en",
            "Police arrested 12 men. Five days later they were released.",
            [("12 men", 12, "men"), ("Five days", 5, "days")],
        ),
        (
            "en",
            "The firm sold 300 cars in May. It expects 2% growth.",
            [("300 cars", 300, "cars"), ("2%", 2, "%")],
        ),
        (
            "id",
            "Polisi menangkap 12 orang di sebuah gudang. Lima di antaranya dilepas.",
            [("12 orang", 12, "orang"), ("Lima", 5, "orang")],
        ),
    ],
)
def test_counts_of_the_same_thing(
    lang: str, text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    numbers = analyze(text, lang=lang).numbers
    assert [(n.text, n.value, n.unit) for n in numbers] == expected

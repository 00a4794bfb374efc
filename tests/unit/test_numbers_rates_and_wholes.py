"""What an amount counts when the noun after it is not all of it: a rate against a base
("5,8 ton per hektare", "15 litres per person"), a part of a whole named after "of"/"dari"
("76 of the 150 seats"), and a fraction as the size of a change ("up a quarter")."""

from __future__ import annotations

import pytest

from tests.unit.found_values import numbers_by_text


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "id",
            "Produktivitas padi 5,8 ton per hektare.",
            {"5,8 ton per hektare": (5.8, "ton per hektare")},
        ),
        (
            "id",
            "Bantuan 10 kilogram per orang dibagikan.",
            {"10 kilogram per orang": (10, "kilogram per orang")},
        ),
        (
            "en",
            "Yields reached 2.4 tonnes a hectare.",
            {"2.4 tonnes a hectare": (2.4, "tonnes a hectare")},
        ),
        (
            "en",
            "Each camp has 15 litres per person.",
            {"15 litres per person": (15, "litres per person")},
        ),
        ("en", "He averaged 30 points a game.", {"30 points a game": (30, "points a game")}),
        # the farm trade's quintal (100 kg) and bushel are bases too
        (
            "en",
            "Farmers demand 2,300 rupees per quintal.",
            {"2,300 rupees per quintal": (2300, "rupees per quintal")},
        ),
        (
            "id",
            "Panen mencapai 60 kilogram per kuintal gabah.",
            {"60 kilogram per kuintal": (60, "kilogram per kuintal")},
        ),
        (
            "id",
            "Konsentrasi debu mencapai 180 mikrogram per meter kubik.",
            {"180 mikrogram per meter kubik": (180, "mikrogram per meter kubik")},
        ),
        # a rate of a count against time is a SET of the time grammar, not part of the unit;
        # a measure's is part of it
        (
            "en",
            "They pump 2 million barrels a day.",
            {"2 million barrels a day": (2000000, "barrels a day")},
        ),
        ("id", "Kapal membawa 20 kontainer per bulan.", {"20 kontainer": (20, "kontainer")}),
        # money keeps its currency as the unit
        ("id", "Harga gabah Rp6.500 per kilogram.", {"Rp6.500": (6500, "Rp")}),
    ],
)
def test_a_rate_takes_its_base_into_the_unit(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "en",
            "The alliance won 76 of the 150 seats.",
            {"76": (76, "seats"), "150 seats": (150, "seats")},
        ),
        ("en", "He led 52 of the 57 laps.", {"52": (52, "laps"), "57 laps": (57, "laps")}),
        (
            "id",
            "Ia menjawab lima dari enam soal dengan benar.",
            {"lima": (5, "soal"), "enam soal": (6, "soal")},
        ),
        (
            "id",
            "Partai itu menguasai 23 dari 55 kursi.",
            {"23": (23, "kursi"), "55 kursi": (55, "kursi")},
        ),
        # a whole no larger than the part, or a share, names no unit of the part
        ("en", "Scores went from 40 of 30 tries.", {"40": (40, None), "30 tries": (30, "tries")}),
        ("id", "Sebanyak 3 dari 10 persen.", {"3": (3, None), "10 persen": (10, "%")}),
    ],
)
def test_a_part_counts_what_its_whole_counts(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The harvest is up nearly a quarter on last year.", {"a quarter": (0.25, None)}),
        ("Sales were down a fifth.", {"a fifth": (0.2, None)}),
        ("Its shares lost a fifth of their value.", {"a fifth": (0.2, None)}),
        ("They moved up a third division.", {}),
        ("Tom Reed also set up a third.", {}),
        ("Profit, down a third on last year, disappointed.", {"a third": (0.333333, None)}),
        ("He finished fifth in the race.", {}),
    ],
)
def test_a_fraction_is_the_size_of_a_change(
    sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, "en") == expected

"""A Slavic name written in two transliterations in one text ("Zelensky" and "Zelenskyy",
"Dmitriy" and "Dmitry") is one actor. Sentences written for these tests."""

from __future__ import annotations

from reader.analysis import analyze


def actors(text: str) -> list[tuple[str, list[str]]]:
    found = analyze(text, lang="en", backend="builtin")
    return [(a.name, sorted(a.aliases)) for a in found.actors if a.label == "PER"]


def test_a_surname_ending_in_yy_is_the_full_name_ending_in_y() -> None:
    text = (
        "Volodymyr Zelensky arrived in Brussels on Thursday. Zelenskyy told reporters that "
        "air defence was the priority."
    )
    assert actors(text) == [("Volodymyr Zelensky", ["Zelenskyy"])]


def test_a_given_name_ending_in_iy_is_the_same_person_as_in_y() -> None:
    text = (
        "Dmitriy Volkov, a Kremlin adviser, denied the report. Dmitry Volkov later said the "
        "talks would go on."
    )
    assert actors(text) == [("Dmitriy Volkov", ["Dmitry Volkov"])]

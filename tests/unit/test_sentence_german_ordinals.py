"""German ordinal dots ("am 3. März", "der 2. Weltkrieg") end no sentence in the built-in
backend; a number's period before a sentence opener still does."""

from __future__ import annotations

import pytest

from reader.analysis.backends.builtin import BuiltinBackend


def sentences(text: str, lang: str = "de") -> list[str]:
    doc = BuiltinBackend().parse(text, lang)
    return [text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung schloss am 3. März die Grenze.",
        "Im 2. Weltkrieg war das anders.",
        "Der Verein feiert zum 100. Geburtstag ein Fest.",
        "Berlin, 5. Mai (dpa) Der Kanzler kam.",
    ],
)
def test_an_ordinal_dot_ends_no_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Der Index stieg am Ende auf 3. Die Anleger jubelten.", "Der Index stieg am Ende auf 3."),
        ("Es kam am 3. Die Lage blieb ruhig.", "Es kam am 3."),
        ("He was born on the 3. May was cold.", "He was born on the 3."),
    ],
)
def test_a_number_before_a_sentence_opener_still_ends_it(text: str, first: str) -> None:
    assert sentences(text)[0] == first

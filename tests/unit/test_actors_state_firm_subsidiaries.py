"""State firms and their subsidiaries are separate actors ("KAI Commuter" is not KAI,
"Pertamina Patra Niaga" is not Pertamina), while a firm's own names still merge
(sentences written for these tests)."""

from __future__ import annotations

from reader.analysis import analyze


def _merged(text: str) -> list[list[str]]:
    actors = analyze(text, lang="id").actors
    return [sorted({text[m.start : m.end] for m in a.mentions}) for a in actors]


def test_a_commuter_rail_subsidiary_is_not_its_parent() -> None:
    text = "KAI Commuter menambah perjalanan. PT Kereta Api Indonesia juga menambah kereta."
    assert ["KAI Commuter"] in _merged(text)
    text = "KAI menambah kereta. Kereta Api Indonesia juga menyiapkan gerbong."
    assert ["KAI", "Kereta Api Indonesia"] in _merged(text)


def test_an_oil_firms_subsidiary_is_not_its_parent() -> None:
    text = "Pertamina Patra Niaga menambah pasokan. Pertamina juga membangun kilang."
    assert ["Pertamina Patra Niaga"] in _merged(text) and ["Pertamina"] in _merged(text)

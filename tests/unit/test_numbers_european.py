"""Numbers in the other European languages the built-in backend reads: thousands written
apart with a space ("50 000 logements", as French and others write them), the noun after an
elided partitive ("180 millions d'euros" counts euros), the counted noun after an adjective
that stands before it ("120 neue Weichen", "12 grandes villes"), and no counted noun after a
comparative ("2 miljoen meer"); their number words count with a unit after them ("drei
Wochen", "cinco empresas"), as Indonesian and English ones do, but not alone or where they are
other words as often (Italian "sei", you are)."""

from __future__ import annotations

import pytest

from tests.unit.found_values import numbers_by_text


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "La ville prévoit de construire 50 000 logements.",
         {"50 000 logements": (50000, "logements")}),
        ("fr", "Les travaux coûteront 180 millions d'euros.",
         {"180 millions d'euros": (180000000, "euros")}),
        ("fr", "Le club doit 1 200 000 euros à la banque.",
         {"1 200 000 euros": (1200000, "euros")}),
        ("de", "Bis Ende des Jahres sollen 120 neue Weichen eingebaut werden.",
         {"120 neue Weichen": (120, "neue Weichen")}),
        ("fr", "La ministre a rencontré les maires de 12 grandes villes.",
         {"12 grandes villes": (12, "grandes villes")}),
        ("nl", "De bouw kostte 14,5 miljoen euro, 2 miljoen meer dan begroot.",
         {"14,5 miljoen euro": (14500000, "euro"), "2 miljoen": (2000000, None)}),
    ],
)  # fmt: skip
def test_european_amounts_and_what_they_count(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Die Strecke wird für drei Wochen gesperrt.", {"drei Wochen": (3, "Wochen")}),
        ("es", "Se crearon cinco empresas.", {"cinco empresas": (5, "empresas")}),
        ("nl", "De brug gaat drie maanden later open.", {"drie maanden": (3, "maanden")}),
        ("de", "Sieben der Mitglieder stimmten zu.", {}),
        ("it", "Sei stato bravo.", {}),
    ],
)
def test_european_number_words_count_with_their_unit(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected

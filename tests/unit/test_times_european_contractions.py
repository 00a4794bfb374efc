"""A period told from now after a preposition fused with its article ("del año pasado" is
"de" + "el año pasado", Italian "dell'anno scorso", Portuguese "do ano passado") is read as
the phrase itself: alone, after a month, an edge of a period or a year's quarter."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2025-03-19"  # in the first quarter: a bare "first quarter" would be this year's


def valued(sentence: str, lang: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze(sentence, lang=lang, pubdate=PUBDATE).times]


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        ("es", "Las ventas cayeron en el primer trimestre del año pasado.",
         "el primer trimestre del año pasado", "2024-Q1"),
        ("it", "Le vendite sono calate nel primo trimestre dell'anno scorso.",
         "primo trimestre dell'anno scorso", "2024-Q1"),
        ("es", "Los precios subieron a finales del año pasado.", "finales del año pasado", "2024"),
        ("it", "I prezzi sono saliti a fine dell'anno scorso.", "fine dell'anno scorso", "2024"),
        ("es", "Las ventas del año pasado fueron récord.", "del año pasado", "2024"),
        ("es", "La fábrica cerró en marzo del año pasado.", "marzo del año pasado", "2024-03"),
        ("pt", "A fábrica fechou em março do ano passado.", "março do ano passado", "2024-03"),
        ("de", "Im März vergangenen Jahres stiegen die Preise.", "März vergangenen Jahres",
         "2024-03"),
        ("fr", "À la fin du mois dernier, les ventes ont baissé.", "la fin du mois dernier",
         "2025-02"),
        # an edge's links stop at a phrase told from now: last week's end, not this week's
        ("es", "Los precios subieron a finales de la semana pasada.",
         "finales de la semana pasada", "2025-W11"),
        # the phrases without a contraction read as before
        ("pt", "As vendas caíram no primeiro trimestre do ano passado.",
         "primeiro trimestre do ano passado", "2024-Q1"),
        ("nl", "In het eerste kwartaal van het afgelopen jaar daalde de omzet.",
         "het eerste kwartaal van het afgelopen jaar", "2024-Q1"),
    ],
)  # fmt: skip
def test_a_year_told_after_a_fused_preposition_is_read(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert (span, value) in valued(sentence, lang)

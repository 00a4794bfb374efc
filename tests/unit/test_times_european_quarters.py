"""A year's quarter or half told by its ordinal in other European languages is valued as
TimeML values it ("2025-Q3", "2025-H1"), as English "the third quarter" is."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2025-11-19"  # in the fourth quarter


def valued(sentence: str, lang: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze(sentence, lang=lang, pubdate=PUBDATE).times]


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value"),
    [
        # a past verb before it: the last such quarter
        ("fr", "Le PIB a progressé au troisième trimestre.", "troisième trimestre", "2025-Q3"),
        ("de", "Die Wirtschaft wuchs im ersten Quartal kaum.", "ersten Quartal", "2025-Q1"),
        ("nl", "De economie groeide in het eerste kwartaal.", "het eerste kwartaal", "2025-Q1"),
        ("pt", "O PIB cresceu no primeiro trimestre.", "primeiro trimestre", "2025-Q1"),
        # the year written or told after it
        ("fr", "Le chômage a reculé au deuxième trimestre 2024.", "deuxième trimestre 2024",
         "2024-Q2"),
        ("nl", "In het derde kwartaal van 2024 daalde de omzet.", "het derde kwartaal van 2024",
         "2024-Q3"),
        ("de", "Im zweiten Halbjahr des vergangenen Jahres sank der Absatz.",
         "zweiten Halbjahr des vergangenen Jahres", "2024-H2"),
        ("es", "Las ventas cayeron en el primer semestre de 2023.", "el primer semestre de 2023",
         "2023-H1"),
    ],
)  # fmt: skip
def test_ordinal_quarters_take_period_values(
    lang: str, sentence: str, span: str, value: str
) -> None:
    assert (span, value) in valued(sentence, lang)


def test_an_ordinal_without_a_year_part_is_no_quarter() -> None:
    assert valued("Il est arrivé troisième au classement.", "fr") == []

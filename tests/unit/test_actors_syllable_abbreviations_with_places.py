"""An Indonesian body's syllable abbreviation followed by the place its full name ends in
("Dinkes Sleman" of "Dinas Kesehatan Kabupaten Sleman") is that body, not another place's.
Sentences written for these tests."""

from __future__ import annotations

from reader.analysis import analyze


def _forms(text: str) -> dict[str, set[str]]:
    found = analyze(text, lang="id", backend="builtin")
    return {a.name: {a.name, *a.aliases} for a in found.actors if a.label == "ORG"}


def test_abbreviation_with_the_place_joins_the_full_name() -> None:
    text = (
        "Dinas Kesehatan Kabupaten Sleman mencatat 30 kasus demam berdarah. "
        "“Semua pasien sudah dirawat,” tulis Dinkes Sleman dalam keterangannya."
    )
    assert _forms(text)["Dinas Kesehatan Kabupaten Sleman"] == {
        "Dinas Kesehatan Kabupaten Sleman",
        "Dinkes Sleman",
    }


def test_abbreviation_with_another_place_stays_apart() -> None:
    text = (
        "Dinas Kesehatan Kabupaten Sleman mencatat 30 kasus demam berdarah. "
        "Dinkes Bantul mencatat 12 kasus."
    )
    assert "Dinkes Bantul" not in _forms(text)["Dinas Kesehatan Kabupaten Sleman"]

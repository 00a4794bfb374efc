"""A place named only in a dateline's capitals is shown as the gazetteer writes it."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str) -> dict[str, str]:
    return {actor.name: actor.label for actor in analyze(text, backend="builtin").actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LONDON, Nov 20 (Reuters) - Police arrested two men on Thursday.", "London"),
        ("VATICAN CITY, Nov 20 (Reuters) - The pope met pilgrims.", "Vatican City"),
        ("JAKARTA, KOMPAS.com - Polisi menangkap dua pria di Bekasi.", "Jakarta"),
    ],
)
def test_a_dateline_place_in_capitals_is_named_as_written_elsewhere(text: str, name: str) -> None:
    names = _names(text)
    assert names.get(name) == "LOC"
    assert name.upper() not in names


def test_acronyms_of_places_and_bodies_keep_their_capitals() -> None:
    names = _names("Officials of NATO and the USA met in Brussels, and the KPK said so.")
    assert {"NATO", "USA", "KPK"} <= set(names)


def test_a_dateline_place_in_capitals_is_one_actor_with_its_other_spelling() -> None:
    actors = analyze("KIEV - Serangan nirawak terjadi di Kyiv pada Minggu.", lang="id").actors
    places = [sorted(m.text for m in a.mentions) for a in actors if a.label == "LOC"]
    assert places == [["KIEV", "Kyiv"]]

"""An Indonesian number word opening a sentence before a passive verb ("Lima dibebaskan",
five were freed) counts people left unsaid: the verb is no unit, and "Lima" is the number,
no place (Peru's capital)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima dibebaskan oleh polisi pada Senin malam.", [("Lima", None)]),
        ("Dua diamankan di lokasi kejadian.", [("Dua", None)]),
        ("Tiga ditangkap oleh petugas.", [("Tiga", None)]),
        # a passive without "-kan" and without "oleh" is a verb all the same
        ("Lima ditangkap polisi di rumah kos.", [("Lima", None)]),
        ("Dua diselidiki jaksa.", [("Dua", None)]),
        ("Sebanyak tujuh dirawat di rumah sakit.", [("tujuh", None)]),
        ("Empat dievakuasi ke balai desa.", [("Empat", None)]),
        # a noun shaped like a di- verb is still counted
        ("Tiga distributor ditangkap kemarin.", [("Tiga distributor", "distributor")]),
        ("Lima direktur baru dilantik.", [("Lima direktur baru", "direktur baru")]),
        ("Dua dirjen dipanggil DPR.", [("Dua dirjen", "dirjen")]),
    ],
)
def test_a_passive_verb_is_no_unit(text: str, expected: list[tuple[str, str | None]]) -> None:
    numbers = analyze(text, lang="id").numbers
    assert [(n.text, n.unit) for n in numbers] == expected


def test_lima_opening_a_sentence_before_a_verb_is_no_place() -> None:
    text = "Lima dibebaskan oleh polisi pada Senin malam. Lima orang lainnya masih ditahan."
    assert [(e.text, e.label) for e in analyze(text, lang="id").entities] == []
    # after a place preposition it is Peru's capital
    entities = analyze("Presiden tiba di Lima, Peru, pada Senin.", lang="id").entities
    assert [(e.text, e.label) for e in entities] == [("Lima", "LOC"), ("Peru", "LOC")]

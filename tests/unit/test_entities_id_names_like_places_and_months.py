"""Indonesian people whose names hold a city ("Hotman Paris") or a month ("Raja Juli
Antoni"): the text's other mentions say they are people (sentences written for these tests,
names invented but for the month and the city)."""

from __future__ import annotations

from reader.analysis import analyze
from tests.unit.test_entities import ents


def test_a_word_and_a_city_is_a_person_when_the_word_speaks_alone() -> None:
    found = ents("Sidang itu dihadiri Hotman Paris dan Razman Nasution. Hotman mengatakan itu.")
    assert found == [("Hotman Paris", "PER"), ("Razman Nasution", "PER"), ("Hotman", "PER")]
    found = ents('Tigor Paris mendatangi Polda Metro Jaya. "Ini penipuan," kata Tigor.')
    assert found == [("Tigor Paris", "PER"), ("Polda Metro Jaya", "ORG"), ("Tigor", "PER")]


def test_a_word_and_a_city_stays_a_body_without_a_lone_speaker() -> None:
    assert ents("Sidang itu dihadiri Hotman Paris dan warga.") == [("Hotman Paris", "ORG")]
    found = ents("Persib Bandung menang 2-1. Persib mengatakan tidak puas.")
    assert found == [("Persib Bandung", "ORG"), ("Persib", "ORG")]


def test_the_speaker_and_the_full_name_are_one_actor() -> None:
    text = "Menurut Hotman Paris, kasus itu harus diusut. Hotman menambahkan bahwa polisi lamban."
    found = analyze(text, lang="id", backend="builtin")
    assert [sorted({m.text for m in a.mentions}) for a in found.actors] == [
        ["Hotman", "Hotman Paris"]
    ]

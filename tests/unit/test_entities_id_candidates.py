"""Indonesian elections and cabinets: a ticket of candidates joined by a hyphen is two
people, and a cabinet named after "menteri" is an organisation, not a title's portfolio
(sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_hyphenated_ticket_is_two_people() -> None:
    found = ents("Pasangan Andi Asman Sulaiman-Andi Akmal Pasluddin unggul di Bone.")
    assert found[:2] == [("Andi Asman Sulaiman", "PER"), ("Andi Akmal Pasluddin", "PER")]
    found = ents("Pasangan Rudi Hartono-Siti Aminah menang di Sragen.")
    assert found[:2] == [("Rudi Hartono", "PER"), ("Siti Aminah", "PER")]


def test_hyphenated_given_names_and_roads_stay_whole() -> None:
    assert ents("Ia bertemu Jean-Pierre Raffarin di Paris.")[0] == ("Jean-Pierre Raffarin", "PER")
    assert ents("Macet terjadi di Tol Jakarta-Cikampek Utara.") == [
        ("Tol Jakarta-Cikampek Utara", "LOC")
    ]


def test_a_cabinet_after_menteri_is_an_organisation() -> None:
    found = ents("Sejumlah menteri Kabinet Merah Putih tampak hadir.")
    assert found == [("Kabinet Merah Putih", "ORG")]
    found = ents("Sekretaris Kabinet Teddy Indra Wijaya hadir.")
    assert found == [("Teddy Indra Wijaya", "PER")]

"""Entities: a hospital's full name that defines its acronym in brackets before the
honoured person it is named after ("Rumah Sakit Umum Daerah (RSUD) Dr. Soetomo") is one
body, and the text's "RSUD Dr. Soetomo" is the same actor (sentences written for these
tests)."""

from __future__ import annotations

from reader.analysis import analyze
from tests.unit.test_entities import ents


def test_a_hospitals_acronym_in_brackets_before_its_honoured_name_is_one_body() -> None:
    text = (
        "MALANG - Rumah Sakit Umum Daerah (RSUD) Dr. Saiful Anwar membuka ruang baru. "
        "Direktur RSUD Dr. Saiful Anwar Budi Santoso mengatakan ruang itu penuh."
    )
    found = ents(text)
    assert ("Rumah Sakit Umum Daerah (RSUD) Dr. Saiful Anwar", "ORG") in found
    assert not any(label == "PER" and "Anwar" in name for name, label in found)
    found = ents("Rumah Sakit Umum Pusat (RSUP) dr. Kariadi menambah dokter jaga.")
    assert found == [("Rumah Sakit Umum Pusat (RSUP) dr. Kariadi", "ORG")]


def test_the_acronym_and_honoured_name_merge_with_the_full_name() -> None:
    text = (
        "Rumah Sakit Umum Daerah (RSUD) Prof. Dr. Margono Soekarjo merawat 30 pasien. "
        "Menurut RSUD Prof. Dr. Margono Soekarjo, ruang isolasi sudah penuh."
    )
    actors = analyze(text, lang="id", backend="builtin").actors
    names = [(a.name, sorted(a.aliases)) for a in actors]
    assert (
        "Rumah Sakit Umum Daerah (RSUD) Prof. Dr. Margono Soekarjo",
        ["RSUD Prof. Dr. Margono Soekarjo"],
    ) in names
    assert not any(a.name in ("Soekarjo", "Margono Soekarjo") for a in actors)


def test_a_plainly_named_hospital_keeps_its_acronym_apart() -> None:
    found = ents("Rumah Sakit Umum Daerah (RSUD) Sidoarjo menerima lima pasien.")
    assert ("Rumah Sakit Umum Daerah (RSUD) Sidoarjo", "ORG") not in found

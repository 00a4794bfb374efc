"""Indonesian meetings and sessions: "Rapat Paripurna DPR", "Sidang Tahunan MPR" are no
people; the body that holds them is the organisation (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_plenary_session_opening_a_sentence_names_its_body() -> None:
    found = ents("Rapat Paripurna DPR mengesahkan revisi undang-undang itu pada Kamis.")
    assert found == [("DPR", "ORG")]
    found = ents("Sidang Tahunan MPR akan dihadiri Presiden Prabowo Subianto.")
    assert found == [("MPR", "ORG"), ("Prabowo Subianto", "PER")]


def test_a_session_mid_sentence_names_its_regional_body() -> None:
    found = ents("Anggaran itu disetujui dalam Rapat Paripurna DPRD Kota Surabaya kemarin.")
    assert found == [("DPRD Kota Surabaya", "ORG")]
    found = ents("Ia hadir di Musyawarah Nasional Partai Golkar tahun ini.")
    assert found == [("Partai Golkar", "ORG")]


def test_a_meeting_word_alone_is_no_name() -> None:
    found = ents("Presiden membuka Sidang Tahunan MPR dan Sidang Bersama DPR dan DPD.")
    assert ("Sidang", "PER") not in found
    assert ("MPR", "ORG") in found and ("DPD", "ORG") in found


def test_a_meeting_named_by_its_level_stays_an_event() -> None:
    found = ents("Partai itu menggelar Rapat Kerja Nasional bulan depan.")
    assert found == [("Rapat Kerja Nasional", "MISC")]

"""A text written all in lowercase, as test sets give sentences: names the gazetteer knows
and regions after their head words get their capitals back for the entity layer, and the
spans keep the text as written; on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_id = partial(test_entities.ents, lang="id")
ents_en = partial(test_entities.ents, lang="en")


def test_regions_after_their_head_words_are_places() -> None:
    found = ents_id("longsor menimbun dua rumah di desa karangtengah , kabupaten banjarnegara .")
    assert ("desa karangtengah", "LOC") in found
    assert ("kabupaten banjarnegara", "LOC") in found


def test_a_body_named_after_its_region_is_a_body() -> None:
    assert ("polresta pontianak", "ORG") in ents_id(
        "petugas polresta pontianak mengamankan seorang pengedar sabu ."
    )


def test_known_places_and_acronyms_are_found() -> None:
    found = ents_id("kpu mengirim logistik pemilu dari surabaya ke sulawesi selatan .")
    assert ("kpu", "ORG") in found
    assert ("surabaya", "LOC") in found
    assert ("sulawesi selatan", "LOC") in found
    assert ("norwegia", "LOC") in ents_id("nelayan itu pernah bekerja di kapal asal norwegia .")


def test_common_words_stay_common() -> None:
    assert ents_id("warga desa berkumpul di balai , suasananya aman dan sama seperti dulu .") == []
    assert ents_id("kota besar biasanya punya masalah sampah .") == []
    assert ents_en("the who said officials met in the capital on monday .") == []


def test_a_text_with_capitals_is_read_as_written() -> None:
    assert ents_id("Warga desa surabaya berkumpul di Jakarta .") == [("Jakarta", "LOC")]


def test_a_regions_government_is_a_body() -> None:
    assert ents_id("pemerintah kabupaten klaten memperbaiki irigasi .") == [
        ("pemerintah kabupaten klaten", "ORG")
    ]


def test_a_court_named_after_its_region_is_a_body() -> None:
    found = ents_id("terdakwa divonis pengadilan negeri sukoharjo dua tahun penjara .")
    assert found == [("pengadilan negeri sukoharjo", "ORG")]
    assert ents_id("hakim pengadilan tinggi tersebut menolak banding .") == []

"""A text written all in lowercase, as test sets give sentences: names the gazetteer knows
and regions after their head words get their capitals back for the entity layer, and the
spans keep the text as written; on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.entities.truecase import truecased
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


def _cased(text: str, lang: str) -> str | None:
    doc = truecased(BuiltinBackend().parse(text, lang))
    return None if doc is None else doc.text


def test_tengah_before_a_verb_is_currently_not_a_compass_word() -> None:
    assert ents_id("pemerintah malaysia tengah menyiapkan anggaran baru .") == [("malaysia", "LOC")]
    assert ents_id("pemprov riau tengah membahas tarif air .") == [("pemprov riau", "ORG")]
    assert ("lampung tengah", "LOC") in ents_id("banjir merendam lampung tengah sejak sabtu .")


def test_a_country_named_like_a_common_word_needs_a_place_cue() -> None:
    assert ents_id("silakan cuba resep ini di rumah .") == []
    assert ents_en("the family carved the turkey after dinner .") == []
    assert ents_en("chad scored twice for the visitors .") == []
    assert ("turkey", "LOC") in ents_en("the envoy landed in turkey on friday .")


def test_a_known_region_after_its_head_word_is_taken_whole_and_as_written() -> None:
    assert ("kota ternate", "LOC") in ents_id("hujan deras mengguyur kota ternate semalam .")
    assert ("kabupaten tanah datar", "LOC") in ents_id(
        "bupati meninjau sawah di kabupaten tanah datar ."
    )
    assert ents_id("menjelang lebaran banyak perantau pulang ke kampung halaman .") == []


def test_a_metro_police_branch_is_named_with_its_region() -> None:
    found = ents_id("penyidik polres metro tangerang kota memeriksa saksi .")
    assert any(text.startswith("polres metro tangerang") for text, _ in found)


def test_a_known_name_keeps_its_lowercase_particles() -> None:
    assert _cased("relawan dari bosnia and herzegovina tiba .", "id") == (
        "relawan dari Bosnia and Herzegovina tiba ."
    )


def test_a_listed_town_takes_the_compass_word_after_it() -> None:
    assert ("kota tangerang selatan", "LOC") in ents_id(
        "sekolah di kota tangerang selatan diliburkan hari ini ."
    )

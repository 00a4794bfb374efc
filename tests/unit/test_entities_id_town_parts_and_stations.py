"""Indonesian towns' parts and stations in offices and addresses ("Kapolres Kupang Kota",
"Kelurahan X, Medan Selayang", "Kepala BMKG Karangploso"), a regional head whose name opens
with a town abroad, a given name that heads teams and a city government's short name
(sentences written for these tests, names invented)."""

from __future__ import annotations

from reader.analysis import analyze
from tests.unit.test_entities import ents


def test_a_police_office_of_a_towns_city_part_ends_after_kota() -> None:
    found = ents("Kapolres Kupang Kota Aldo Manurung menyebut korban warga setempat.")
    assert found == [("Kupang Kota", "LOC"), ("Aldo Manurung", "PER")]
    found = ents("Kapolresta Malang Kota Budi Hermanto memimpin apel pagi.")
    assert found == [("Malang Kota", "LOC"), ("Budi Hermanto", "PER")]


def test_a_town_district_between_commas_after_a_village_is_a_place() -> None:
    found = ents("Warga Kelurahan Tanjung Sari, Medan Selayang, mengeluhkan banjir.")
    assert found == [("Kelurahan Tanjung Sari", "LOC"), ("Medan Selayang", "LOC")]
    # a resident named there stays a person
    found = ents("Warga Desa Sukamaju, Budi Santoso, mengatakan banjir datang malam hari.")
    assert found == [("Desa Sukamaju", "LOC"), ("Budi Santoso", "PER")]


def test_a_district_named_for_its_city_before_a_named_camat() -> None:
    text = (
        "Camat Medan Selayang Andi Syahputra meninjau dapur umum. "
        '"Bantuan cukup untuk sepekan," kata Andi.'
    )
    found = ents(text)
    assert ("Medan Selayang", "LOC") in found and ("Andi Syahputra", "PER") in found


def test_a_weather_station_named_once_before_its_head() -> None:
    found = ents("Kepala BMKG Karangploso Linda Fitriani menjelaskan curah hujan tinggi.")
    assert found == [("BMKG Karangploso", "ORG"), ("Linda Fitriani", "PER")]
    found = ents("Kepala BMKG Teuku Faisal Fathani menjelaskan curah hujan tinggi.")
    assert found == [("BMKG", "ORG"), ("Teuku Faisal Fathani", "PER")]


def test_a_regional_head_whose_name_opens_with_a_town_abroad() -> None:
    found = ents("Bupati Morowali Iksan Baharuddin Rauf meminta perusahaan merekrut warga.")
    assert found == [("Morowali", "LOC"), ("Iksan Baharuddin Rauf", "PER")]


def test_tim_and_a_surname_before_a_speech_verb_is_a_man() -> None:
    assert ents("Tim Cook mengatakan investasi itu penting.") == [("Tim Cook", "PER")]
    # a team's task, shaped as an Indonesian noun, stays a team
    assert ents("Tim Pemenangan mengatakan siap menang.") == [("Tim Pemenangan", "ORG")]
    assert ents("Tim Hukum mengatakan gugatan didaftarkan.") == [("Tim Hukum", "ORG")]
    assert ents("Tim Medis mengatakan pasien stabil.") == [("Tim Medis", "ORG")]
    assert ents("Tim SAR mengatakan korban ditemukan.") == [("Tim SAR", "ORG")]


def test_pemko_is_a_city_government_like_pemkot() -> None:
    text = "Pemko Medan mendirikan dapur umum. Pemerintah Kota Medan berjanji membantu warga."
    analysis = analyze(text, lang="id")
    assert [(e.text, e.label) for e in analysis.entities] == [
        ("Pemko Medan", "ORG"),
        ("Pemerintah Kota Medan", "ORG"),
    ]
    merged = [sorted({text[m.start : m.end] for m in a.mentions}) for a in analysis.actors]
    assert ["Pemerintah Kota Medan", "Pemko Medan"] in merged


def test_a_firms_public_relations_portfolio_is_part_of_the_title() -> None:
    found = ents("Vice President Public Relations KAI Anne Purba mengatakan tiket dijual.")
    assert found == [("KAI", "ORG"), ("Anne Purba", "PER")]


def test_a_trains_name_right_after_kereta_is_a_vehicle() -> None:
    found = ents("Penumpang kereta Argo Bromo Anggrek juga penuh.")
    assert found == [("Argo Bromo Anggrek", "MISC")]
    assert ents("Ia naik kereta Jakarta Bandung.") == [("Jakarta", "LOC"), ("Bandung", "LOC")]


def test_a_regional_parliaments_unknown_town_before_its_members_fraction() -> None:
    found = ents("Anggota DPRD Wonogiri dari Fraksi PKB Ahmad Zainuri meminta pengawasan.")
    assert found[:2] == [("DPRD Wonogiri", "ORG"), ("Fraksi PKB", "ORG")]
    # a one-word name shaped as a person's stays a person
    assert ents("Ketua DPRD Sumanto meminta hal itu.") == [("DPRD", "ORG"), ("Sumanto", "PER")]


def test_a_regional_hospital_named_for_its_regency_leaves_it_a_place() -> None:
    found = ents("Kapolres Morowali AKBP Suprianto hadir. Korban dirawat di RSUD Morowali.")
    assert found[0] == ("Morowali", "LOC") and ("RSUD Morowali", "ORG") in found


def test_a_village_the_gazetteer_does_not_know_before_its_heads_one_name() -> None:
    found = ents("Lurah Sukamaju Setiawan mengatakan air mulai surut.")
    assert found == [("Sukamaju", "LOC"), ("Setiawan", "PER")]
    found = ents("Kepala Desa Tegalrejo Haryanto mengatakan air mulai surut.")
    assert found == [("Tegalrejo", "LOC"), ("Haryanto", "PER")]
    assert ents("Kades Tegalrejo Slamet membagikan beras.") == [
        ("Tegalrejo", "LOC"),
        ("Slamet", "PER"),
    ]
    # a two-word name opening with a given name stays whole
    assert ents("Lurah Budi Haryanto mengatakan air surut.") == [("Budi Haryanto", "PER")]


def test_a_place_named_with_its_head_word_after_a_village_title() -> None:
    found = ents("Lurah Kampung Melayu Setiawan mengatakan air mulai surut.")
    assert found == [("Kampung Melayu", "LOC"), ("Setiawan", "PER")]


def test_kalaksa_heads_a_disaster_agency() -> None:
    found = ents("Kalaksa BPBD Garut Satria Budi meminta warga waspada.")
    assert found == [("BPBD Garut", "ORG"), ("Satria Budi", "PER")]


def test_a_dam_or_reservoir_named_after_its_kind_in_small_letters_is_a_place() -> None:
    assert ents("Air mulai surut setelah bendungan Katulampa dibuka.") == [("Katulampa", "LOC")]
    assert ents("Petani mengandalkan waduk Jatiluhur.") == [("Jatiluhur", "LOC")]


def test_a_state_rescue_ship_is_a_vessel() -> None:
    found = ents("Basarnas mengerahkan kapal KN SAR Arjuna untuk mencari korban.")
    assert found == [("Basarnas", "ORG"), ("KN SAR Arjuna", "MISC")]


def test_a_name_with_al_before_its_last_word_after_a_body() -> None:
    found = ents("Kepala Balai Besar Wilayah Sungai Citarum Dian Al Ma'ruf memastikan hal itu.")
    assert found == [("Balai Besar Wilayah Sungai Citarum", "ORG"), ("Dian Al Ma'ruf", "PER")]


def test_a_citys_district_named_for_it_before_its_camat_named_once() -> None:
    found = ents("Camat Medan Johor Zulfikar Harahap mengimbau warga membersihkan saluran.")
    assert found == [("Medan Johor", "LOC"), ("Zulfikar Harahap", "PER")]
    # a given name after the town opens the camat's name
    found = ents("Camat Makassar Andi Rahmat Hidayat meninjau banjir.")
    assert found == [("Makassar", "LOC"), ("Andi Rahmat Hidayat", "PER")]


def test_a_station_named_after_a_sultan_after_the_sentences_first_word() -> None:
    found = ents("Data Stasiun Meteorologi Sultan Hasanuddin menunjukkan hujan turun di Makassar.")
    assert found == [("Stasiun Meteorologi Sultan Hasanuddin", "ORG"), ("Makassar", "LOC")]
    found = ents("Data Bandara Sultan Hasanuddin menunjukkan lonjakan penumpang.")
    assert found == [("Bandara Sultan Hasanuddin", "LOC")]

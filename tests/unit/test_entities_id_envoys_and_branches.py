"""Indonesian offices before a name: an envoy's post after "untuk"/"di" ("Duta Besar Jepang
untuk Indonesia Masaki Yasushi"), a body's branch town before a one-word name ("Ketua KPU
Surabaya Soeprayitno") and the police directorates named for a crime ("Direktur Tindak
Pidana Siber Bareskrim Polri") (sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_an_envoys_post_after_untuk_is_a_place_and_the_envoy_follows() -> None:
    found = ents("Duta Besar Jepang untuk Indonesia Takeshi Morimura bertemu wartawan.")
    assert found == [("Jepang", "LOC"), ("Indonesia", "LOC"), ("Takeshi Morimura", "PER")]
    found = ents("Duta Besar RI untuk Malaysia Harsono mengatakan pekerja dilindungi.")
    assert found == [("RI", "LOC"), ("Malaysia", "LOC"), ("Harsono", "PER")]


def test_a_consuls_post_after_di_and_a_post_right_after_the_title() -> None:
    found = ents("Konsul Jenderal RI di Jeddah Yusran Abadi menyampaikan jadwal haji.")
    assert found == [("RI", "LOC"), ("Jeddah", "LOC"), ("Yusran Abadi", "PER")]
    assert ents("Dubes untuk Jepang Heri Santosa hadir.") == [
        ("Jepang", "LOC"),
        ("Heri Santosa", "PER"),
    ]
    found = ents("UN envoy for Syria Lars Pettersen met officials.", lang="en")
    assert found == [("UN", "ORG"), ("Syria", "LOC"), ("Lars Pettersen", "PER")]


def test_an_english_envoys_post_after_a_capitalised_title() -> None:
    found = ents("He met US Ambassador to Japan Rahm Emanuel on Monday.", lang="en")
    assert found == [("US", "LOC"), ("Japan", "LOC"), ("Rahm Emanuel", "PER")]
    found = ents("British Ambassador to France Menna Rawlings said so.", lang="en")
    assert found == [("British", "MISC"), ("France", "LOC"), ("Menna Rawlings", "PER")]


def test_an_envoys_post_without_a_name_after_it_is_a_place_alone() -> None:
    assert ents("Duta Besar RI untuk Malaysia mengatakan pekerja dilindungi.") == [
        ("RI", "LOC"),
        ("Malaysia", "LOC"),
    ]


def test_a_branch_town_before_a_one_word_name_belongs_to_the_body() -> None:
    found = ents("Ketua KPU Surabaya Suparyanto mengatakan rekapitulasi lancar.")
    assert found == [("KPU Surabaya", "ORG"), ("Suparyanto", "PER")]
    found = ents("Kepala BPBD Cianjur Asep mengatakan 120 rumah rusak.")
    assert found == [("BPBD Cianjur", "ORG"), ("Asep", "PER")]


def test_a_branch_in_a_province_or_a_mayors_city_keeps_its_reading() -> None:
    assert ents("Direktur Walhi Jawa Timur hadir.") == [("Walhi Jawa Timur", "ORG")]
    found = ents("Wali Kota Medan Rizal Siregar hadir.")
    assert found == [("Medan", "LOC"), ("Rizal Siregar", "PER")]


def test_a_police_directorate_named_for_a_crime_is_part_of_the_title() -> None:
    found = ents("Direktur Tindak Pidana Siber Bareskrim Polri Brigjen Himawan Aji hadir.")
    assert found == [("Bareskrim Polri", "ORG"), ("Himawan Aji", "PER")]
    found = ents("Jaksa Agung Muda Tindak Pidana Khusus Kejagung Febri Adrian hadir.")
    assert found == [("Kejagung", "ORG"), ("Febri Adrian", "PER")]


def test_a_directorate_itself_stays_a_body() -> None:
    found = ents("Direktorat Tindak Pidana Siber Bareskrim Polri menangkap tiga orang.")
    assert found == [("Direktorat Tindak Pidana Siber Bareskrim Polri", "ORG")]


def test_a_listed_body_in_a_ministers_portfolio_is_named_before_the_minister() -> None:
    found = ents("Menteri BUMN Erick Santoso mengapresiasi kinerja itu.")
    assert found == [("BUMN", "ORG"), ("Erick Santoso", "PER")]
    assert ents("Menteri ESDM Bahlil Sanusi hadir.") == [("Bahlil Sanusi", "PER")]
    assert ents("Brigjen TNI Deddy Suryadi hadir.") == [("Deddy Suryadi", "PER")]


def test_an_office_whose_place_the_text_names_alone_leaves_a_one_word_name() -> None:
    found = ents(
        "Gajah dilepas di Taman Nasional Way Kambas. Kepala Balai Taman Nasional Way Kambas "
        "Kuswandi mendampingi kunjungan itu."
    )
    assert found == [
        ("Taman Nasional Way Kambas", "LOC"),
        ("Balai Taman Nasional Way Kambas", "ORG"),
        ("Kuswandi", "PER"),
    ]


def test_a_police_subdirectorate_is_a_body() -> None:
    assert ents("Kasus ini ditangani Subdit Jatanras.") == [("Subdit Jatanras", "ORG")]


def test_a_head_word_after_a_bodys_acronym_opens_its_unit_not_a_person() -> None:
    found = ents("Prakirawan BMKG Stasiun Meteorologi Minangkabau memperingatkan hujan lebat.")
    assert found == [("BMKG", "ORG"), ("Stasiun Meteorologi Minangkabau", "ORG")]


def test_the_tests_of_a_bodys_matter_are_no_bodies() -> None:
    assert ents("Hasil tes DNA dan swab PCR keluar pekan depan.") == []

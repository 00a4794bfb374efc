"""Indonesian bodies, titles and people that run into each other: a body's name before
its officer's, a title kept out of a name, a name that is a person's or a company's
(sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_town_that_is_a_given_name_opens_the_officers_name() -> None:
    found = ents("Direktur Utama Perum Bulog Rizal Ramdhani mengatakan stok beras aman.")
    assert found == [("Perum Bulog", "ORG"), ("Rizal Ramdhani", "PER")]


def test_a_body_with_an_english_article_after_a_title_then_its_chief() -> None:
    found = ents("Kepala The Fed Jerome Powell mengatakan suku bunga tetap.")
    assert found == [("The Fed", "ORG"), ("Jerome Powell", "PER")]
    found = ents("Direktur The Habibie Center Hassan Wirajuda hadir dalam diskusi itu.")
    assert found == [("The Habibie Center", "ORG"), ("Hassan Wirajuda", "PER")]


def test_a_leader_known_by_initials_is_a_person_and_so_are_the_initials() -> None:
    found = ents(
        "Hal itu disampaikan mantan presiden Susilo Bambang Yudhoyono (SBY) di Cikeas."
        " SBY juga menyapa warga."
    )
    assert found == [
        ("Susilo Bambang Yudhoyono", "PER"),
        ("SBY", "PER"),
        ("Cikeas", "LOC"),
        ("SBY", "PER"),
    ]


def test_a_body_defining_its_acronym_after_a_title_stays_a_body() -> None:
    found = ents(
        "Koordinator Nasional Jaringan Pemantau Pendidikan Indonesia (JPPI) Ubaid Matraji hadir."
    )
    assert found[:2] == [("Jaringan Pemantau Pendidikan Indonesia", "ORG"), ("JPPI", "ORG")]


def test_a_lone_head_word_after_a_title_ends_the_text() -> None:
    assert ents("Presiden PT") == [("PT", "ORG")]


def test_tim_is_a_given_name_when_the_text_names_the_man_by_his_surname() -> None:
    found = ents("Tim Cook mengatakan penjualan iPhone naik. Cook juga bertemu Presiden Prabowo.")
    assert found == [("Tim Cook", "PER"), ("iPhone", "MISC"), ("Cook", "PER"), ("Prabowo", "PER")]
    assert ents("Tim Pemenangan mengatakan suara naik.") == [("Tim Pemenangan", "ORG")]


def test_the_pilgrims_title_is_no_part_of_the_name() -> None:
    assert ents("Haji Muh Saleh mengatakan warga sudah mengungsi.") == [("Muh Saleh", "PER")]
    found = ents("Kemacetan terjadi di Jalan Haji Nawi, Jakarta Selatan.")
    assert found == [("Jalan Haji Nawi", "LOC"), ("Jakarta Selatan", "LOC")]


def test_a_survivor_opening_a_sentence_is_named_without_what_befell_her() -> None:
    found = ents("Korban Selamat Ruma Akter mengatakan ia terjebak dua hari.")
    assert found == [("Ruma Akter", "PER")]


def test_a_lone_body_word_that_speaks_is_the_body() -> None:
    found = ents("Kedubes menyatakan warga negara Indonesia di Dhaka aman.")
    assert found == [("Kedubes", "ORG"), ("Indonesia", "LOC"), ("Dhaka", "LOC")]


def test_a_textile_firm_is_a_company() -> None:
    found = ents("Pabrik milik Rahim Textiles terbakar di Dhaka.")
    assert found == [("Rahim Textiles", "ORG"), ("Dhaka", "LOC")]


def test_a_month_opens_a_labels_name() -> None:
    found = ents("Ia merilis album lewat label Juni Records tahun lalu.")
    assert found == [("Juni Records", "ORG")]
    assert ents("Pada Juli Bank Indonesia menaikkan suku bunga.") == [("Bank Indonesia", "ORG")]


def test_a_regents_one_name_shaped_as_a_mans_name_after_the_town() -> None:
    found = ents("Bupati Sidoarjo Subandi meninjau lokasi banjir.")
    assert found == [("Sidoarjo", "LOC"), ("Subandi", "PER")]
    assert ents("Bupati Deli Serdang meninjau lokasi banjir.") == [("Deli Serdang", "LOC")]


def test_the_government_speaking_opens_no_name() -> None:
    assert ents("Pemerintah mengatakan harga beras akan turun.") == []


def test_a_listed_party_of_several_words_then_its_member() -> None:
    found = ents("Politikus Partai Kebangkitan Bangsa Muhaimin Iskandar hadir di Jakarta.")
    assert found == [
        ("Partai Kebangkitan Bangsa", "ORG"),
        ("Muhaimin Iskandar", "PER"),
        ("Jakarta", "LOC"),
    ]
    assert ents("Kader PKB Jawa Timur hadir.") == [("PKB Jawa Timur", "ORG")]


def test_the_shortened_chair_is_a_title() -> None:
    found = ents("Ketum Partai Kebangkitan Bangsa Muhaimin Iskandar mengatakan partainya siap.")
    assert found == [("Partai Kebangkitan Bangsa", "ORG"), ("Muhaimin Iskandar", "PER")]


def test_two_office_holders_joined_by_dan_are_each_named() -> None:
    found = ents(
        "Direktur Utama PT Pertamina Nicke Widyawati dan Direktur Utama PLN Darmawan"
        " Prasodjo hadir."
    )
    assert found == [
        ("PT Pertamina", "ORG"),
        ("Nicke Widyawati", "PER"),
        ("PLN", "ORG"),
        ("Darmawan Prasodjo", "PER"),
    ]
    found = ents("Sekjen Dewan Perwakilan Daerah dan Sekjen Kementerian Dalam Negeri hadir.")
    assert found == [("Dewan Perwakilan Daerah", "ORG"), ("Kementerian Dalam Negeri", "ORG")]


def test_state_banks_are_listed_bodies_before_their_chiefs() -> None:
    found = ents(
        "Direktur Utama Bank Mandiri Darmawan Junaidi dan Direktur Utama BRI Sunarso hadir."
    )
    assert ("Bank Mandiri", "ORG") in found
    assert ("Darmawan Junaidi", "PER") in found
    assert ents("Nasabah BTN mengeluhkan layanan.") == [("BTN", "ORG")]

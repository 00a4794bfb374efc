"""Indonesian entities: royal names with their regnal numerals, districts numbered with a
Roman numeral, landmarks and institutions by their head word, and names the text spells out
in a Title Case headline (sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_sri_sultan_and_the_regnal_numeral_belong_to_the_name() -> None:
    found = ents("Gubernur DIY Sri Sultan Hamengku Buwono X meminta warga tenang.")
    assert found == [("DIY", "LOC"), ("Sri Sultan Hamengku Buwono X", "PER")]
    found = ents("Warga menyambut Sri Paduka Paku Alam X di Pura Pakualaman.")
    assert found == [("Sri Paduka Paku Alam X", "PER"), ("Pura Pakualaman", "LOC")]


def test_a_court_name_keeps_its_numeral_after_a_title() -> None:
    assert ents("Sultan Hamengku Buwono X meminta warga tenang.") == [("Hamengku Buwono X", "PER")]
    assert ents("Keraton Surakarta dipimpin Pakubuwono XIII.") == [
        ("Keraton Surakarta", "LOC"),
        ("Pakubuwono XIII", "PER"),
    ]


def test_a_numbered_district_is_a_place_and_leaves_the_full_stop() -> None:
    found = ents("Pasar itu berada di Kecamatan Ilir Barat I. Warga mengungsi.")
    assert found == [("Kecamatan Ilir Barat I", "LOC")]
    found = ents("Kapolsek Ilir Timur I, Kompol Robert Sihotang, mengatakan hal itu.")
    assert found == [("Ilir Timur I", "LOC"), ("Robert Sihotang", "PER")]
    assert ents("Warga Kecamatan Seberang Ulu II mengungsi.") == [
        ("Kecamatan Seberang Ulu II", "LOC")
    ]


def test_a_number_inside_a_places_name_after_its_head() -> None:
    assert ents("Sebanyak 46 kios di Pasar 16 Ilir hangus terbakar.") == [("Pasar 16 Ilir", "LOC")]


def test_landmarks_are_places() -> None:
    found = ents("Massa bergerak dari Patung Kuda ke Bundaran HI, lalu ke Tugu Tani dan Monas.")
    assert found == [
        ("Patung Kuda", "LOC"),
        ("Bundaran HI", "LOC"),
        ("Tugu Tani", "LOC"),
        ("Monas", "LOC"),
    ]


def test_a_landmark_and_its_city_are_two_places_unless_the_city_is_in_its_name() -> None:
    found = ents("Aksi digelar di Simpang Lima Semarang dan di depan Gedung Sate Bandung.")
    assert found == [
        ("Simpang Lima", "LOC"),
        ("Semarang", "LOC"),
        ("Gedung Sate", "LOC"),
        ("Bandung", "LOC"),
    ]
    assert ents("Ia salat di Masjid Agung Semarang.") == [("Masjid Agung Semarang", "LOC")]
    assert ents("Umat berdoa di Pura Tirta Sari.") == [("Pura Tirta Sari", "LOC")]


def test_museums_galleries_libraries_and_studios_are_institutions() -> None:
    assert ents("Museum Nasional menggelar pameran.") == [("Museum Nasional", "ORG")]
    found = ents("Pameran digelar di Galeri Nasional Indonesia dan Perpustakaan Nasional.")
    assert found == [("Galeri Nasional Indonesia", "ORG"), ("Perpustakaan Nasional", "ORG")]
    found = ents("Seniman I Gede Arum Gunawan dari Sanggar Seni Cudamani membawakan tari.")
    assert found == [("I Gede Arum Gunawan", "PER"), ("Sanggar Seni Cudamani", "ORG")]
    assert ents("Pemerintah bersama Perum Bulog menggelar operasi pasar.") == [
        ("Perum Bulog", "ORG")
    ]


def test_jakartas_police_command_keeps_its_last_word() -> None:
    found = ents("Direktur Reserse Narkoba Polda Metro Jaya, Kombes Ahmad David, mengatakannya.")
    assert found == [("Polda Metro Jaya", "ORG"), ("Ahmad David", "PER")]


def test_imam_after_a_rank_is_a_given_name() -> None:
    assert ents("AKP Imam Fauzi mengatakan penutupan berlangsung dua jam.") == [
        ("Imam Fauzi", "PER")
    ]


def test_a_head_word_before_a_demonstrative_names_nothing() -> None:
    text = "Kios di Pasar 16 Ilir terbakar. Pasar itu ramai setiap pagi."
    assert ents(text) == [("Pasar 16 Ilir", "LOC")]


def test_a_thing_called_so_is_no_person() -> None:
    found = ents("Perpustakaan meluncurkan aplikasi baca digital bernama iPusnas versi baru.")
    assert ("iPusnas", "MISC") in found
    assert ents("Anak dari pasangan di desa itu bernama Budi.") == [("Budi", "PER")]


def test_a_headline_takes_the_names_the_text_spells_out() -> None:
    text = (
        "Sri Sultan Hamengku Buwono X Minta Warga Jaga Kebersihan\n\n"
        "YOGYAKARTA, KOMPAS.com - Gubernur DIY Sri Sultan Hamengku Buwono X meminta warga "
        "menjaga kebersihan.\n"
    )
    assert ents(text)[0] == ("Sri Sultan Hamengku Buwono X", "PER")
    text = (
        "Museum Batik Pekalongan Gelar Pameran Batik Pesisir\n\n"
        "PEKALONGAN, KOMPAS.com - Museum Batik Pekalongan menggelar pameran batik pesisir.\n"
    )
    assert ents(text) == [
        ("Museum Batik Pekalongan", "ORG"),
        ("PEKALONGAN", "LOC"),
        ("KOMPAS.com", "ORG"),
        ("Museum Batik Pekalongan", "ORG"),
    ]


def test_a_headline_does_not_teach_a_name_after_its_capitalised_head_word() -> None:
    text = (
        "PDI-P dan Golkar Bahas Koalisi Pilkada Jakarta\n\n"
        "JAKARTA, KOMPAS.com - Mereka membahas peluang koalisi dalam Pilkada Jakarta.\n"
    )
    assert ("Pilkada Jakarta", "ORG") not in ents(text)
    assert ents(text)[-2:] == [("Pilkada", "MISC"), ("Jakarta", "LOC")]


def test_a_headlines_place_after_di_is_found() -> None:
    assert ents("Koruptor Dana Desa di Lombok Divonis Lima Tahun Penjara") == [("Lombok", "LOC")]
    assert ents("Warga Bertahan di Tengah Banjir") == []
    assert ents("Siswa Belajar di Tenda Darurat") == []


def test_a_head_word_keeps_a_numeral_after_a_name_it_honours() -> None:
    assert ents("Penerbangan di Bandara Sultan Syarif Kasim II sempat tertunda.") == [
        ("Bandara Sultan Syarif Kasim II", "LOC")
    ]


def test_tombs_are_places() -> None:
    found = ents("Peziarah mendatangi kompleks Makam Sunan Kalijaga di Kadilangu.")
    assert found == [("Makam Sunan Kalijaga", "LOC"), ("Kadilangu", "LOC")]


def test_a_boards_noun_before_a_foundation_is_no_part_of_its_name() -> None:
    found = ents("Pengurus Yayasan Sunan Kalijaga, Abdul Rochim, menambahkan parkir diperluas.")
    assert found == [("Yayasan Sunan Kalijaga", "ORG"), ("Abdul Rochim", "PER")]


def test_balinese_womens_names_open_with_ni() -> None:
    assert ents("Pedagang, Ni Ketut Sariasih, mengatakan omzetnya naik.") == [
        ("Ni Ketut Sariasih", "PER")
    ]
    text = (
        "Ni Luh Putu Ary Pertahankan Gelar Juara Nasional\n\n"
        "DENPASAR - Atlet Bali, Ni Luh Putu Ary Pratiwi, menang lagi.\n"
    )
    assert ents(text)[0] == ("Ni Luh Putu Ary", "PER")


def test_a_party_member_is_named_after_the_party() -> None:
    found = ents("Acara dihadiri politikus PDI-P Ganjar Pranowo dan pengusaha Sofjan Wanandi.")
    assert found == [("PDI-P", "ORG"), ("Ganjar Pranowo", "PER"), ("Sofjan Wanandi", "PER")]
    assert ents("Acara dihadiri kader PKB Cucun Ahmad Syamsurijal.") == [
        ("PKB", "ORG"),
        ("Cucun Ahmad Syamsurijal", "PER"),
    ]
    assert ents("Rapat dihadiri anggota PKB Jawa Timur.") == [("PKB Jawa Timur", "ORG")]


def test_a_place_after_ke_or_sepanjang_even_of_two_words() -> None:
    assert ents("Warga pergi ke Besuk Kobokan.") == [("Besuk Kobokan", "LOC")]
    assert ents("Warga beraktivitas di sepanjang Besuk Kobokan.") == [("Besuk Kobokan", "LOC")]
    assert ents("Ia mengirim surat ke Budi Santoso.") == [("Budi Santoso", "PER")]


def test_metro_after_a_police_chiefs_title_is_no_part_of_the_city() -> None:
    found = ents("Kapolres Metro Jakarta Pusat, Kombes Susatyo Purnomo Condro, hadir.")
    assert found == [("Jakarta Pusat", "LOC"), ("Susatyo Purnomo Condro", "PER")]


def test_santri_and_pelaku_open_a_sentence_as_nouns() -> None:
    found = ents("Santri Pondok Pesantren Lirboyo, Muhammad Ilham, menjadi juara.")
    assert found == [("Pondok Pesantren Lirboyo", "ORG"), ("Muhammad Ilham", "PER")]
    assert ents('"Pelaku mengaku dibayar Rp 5 juta," ujarnya.') == []


def test_a_painter_keeps_his_name_beside_the_museum_named_after_him() -> None:
    text = (
        "Pameran lukisan karya maestro Affandi digelar di Jakarta. Lukisan dipinjam dari "
        "Museum Affandi di Yogyakarta. Cucu sang pelukis, Juki Affandi, hadir."
    )
    found = ents(text)
    assert ("Museum Affandi", "ORG") in found
    assert ("Affandi", "ORG") not in found


def test_a_holiday_in_a_headline_after_an_ordinary_word_or_its_verb() -> None:
    assert ents("Ribuan Umat Rayakan Imlek di Vihara Dharma Bhakti") == [("Imlek", "MISC")]
    text = (
        "Warga Padati Stasiun Jelang Libur Natal\n\nWarga memadati stasiun menjelang libur Natal.\n"
    )
    assert ents(text) == [("Natal", "MISC"), ("Natal", "MISC")]
    assert ents("Banjir Rendam Mandailing Natal") == []


def test_a_markets_kind_keeps_its_town_in_its_name() -> None:
    assert ents("Jalur itu melewati Pasar Seni Sukawati.") == [("Pasar Seni Sukawati", "LOC")]


def test_a_scholars_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    assert ents("Sejarawan Edi Winarno menyebut Lasem penting.") == [
        ("Edi Winarno", "PER"),
        ("Lasem", "LOC"),
    ]


def test_a_roman_numeral_alone_in_a_headline_is_no_name() -> None:
    text = (
        "Laba BCA Naik 12 Persen pada Kuartal III\n\n"
        "JAKARTA - BCA membukukan laba hingga kuartal III 2024.\n"
    )
    assert ents(text) == [("BCA", "ORG"), ("JAKARTA", "LOC"), ("BCA", "ORG")]


def test_a_royal_title_after_a_regional_heads_place_is_a_given_name() -> None:
    found = ents(
        "Wali Kota Palembang Ratu Dewa meresmikan pasar itu. Ratu Dewa mengatakan pasar itu "
        "menampung 300 pedagang."
    )
    assert found == [("Palembang", "LOC"), ("Ratu Dewa", "PER"), ("Ratu Dewa", "PER")]


def test_a_royal_title_elsewhere_is_still_a_title() -> None:
    assert ents("Duta Besar Arab Saudi Raja Salman hadir.") == [
        ("Arab Saudi", "LOC"),
        ("Salman", "PER"),
    ]
    assert ents("Ratu Elizabeth II wafat pada usia 96 tahun.") == [("Elizabeth II", "PER")]

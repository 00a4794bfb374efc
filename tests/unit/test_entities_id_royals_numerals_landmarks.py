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
    assert ents(text)[-1] == ("Pilkada Jakarta", "MISC")


def test_a_headlines_place_after_di_is_found() -> None:
    assert ents("Koruptor Dana Desa di Lombok Divonis Lima Tahun Penjara") == [("Lombok", "LOC")]
    assert ents("Warga Bertahan di Tengah Banjir") == []
    assert ents("Siswa Belajar di Tenda Darurat") == []

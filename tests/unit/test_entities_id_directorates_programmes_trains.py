"""Indonesian entities: faith directorates and fused police titles, bodies named
by their field or a numbered school after a title, peoples and faiths, programmes and exams,
named trains, syllabic acronyms and faculties (sentences written for these tests, names
invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_faith_directorate_is_part_of_the_title() -> None:
    found = ents("Dirjen Bimbingan Masyarakat Hindu Kemenag Wayan Sudarsa hadir di pura.")
    assert ("Kemenag", "ORG") in found
    assert ("Wayan Sudarsa", "PER") in found
    found = ents("Dirjen Pendidikan Islam Muhammad Arifin meninjau ujian madrasah di Garut.")
    assert found[0] == ("Muhammad Arifin", "PER")


def test_a_fused_police_title_leaves_the_corps() -> None:
    found = ents("Kakorlantas Polri Irjen Hasan Basri memantau arus mudik.")
    assert found == [("Polri", "ORG"), ("Hasan Basri", "PER")]


def test_clergy_titles_are_no_part_of_the_name() -> None:
    found = ents("Doa bersama dipimpin Pendeta Yohanes Manuputty di Ambon.")
    assert ("Yohanes Manuputty", "PER") in found


def test_a_body_named_by_its_field_and_place_before_a_person() -> None:
    found = ents("Kepala Dinas Pendidikan Sumatera Barat Rusdiman meminta sekolah bersiap.")
    assert ("Dinas Pendidikan Sumatera Barat", "ORG") in found
    assert ("Rusdiman", "PER") in found
    found = ents("Ekonom Universitas Indonesia Rendra Wijaya Kusuma menilai inflasi terkendali.")
    assert ("Universitas Indonesia", "ORG") in found
    assert ("Rendra Wijaya Kusuma", "PER") in found


def test_a_body_whose_place_goes_on_keeps_it() -> None:
    found = ents("Kepala Dinas Pendidikan Nias Selatan Yafao Laia menutup acara.")
    assert ("Yafao Laia", "PER") in found
    assert all(text != "Dinas Pendidikan" for text, _ in found)


def test_a_numbered_school_after_a_title() -> None:
    found = ents("Kepala SMAN 2 Padang Zulkifli mengatakan siswanya lolos.")
    assert found == [("SMAN 2 Padang", "ORG"), ("Zulkifli", "PER")]


def test_peoples_and_faiths_are_misc() -> None:
    found = ents("Tokoh masyarakat Dayak dan warga Tionghoa merayakan bersama umat Hindu.")
    assert ("Dayak", "MISC") in found
    assert ("Tionghoa", "MISC") in found
    assert ("Hindu", "MISC") in found


def test_programmes_and_exams_are_misc() -> None:
    found = ents("Pendaftaran SNBP 2027 dibuka bagi peserta UTBK-SNBT tahun lalu.")
    assert ("SNBP 2027", "MISC") in found
    assert ("UTBK-SNBT", "MISC") in found
    found = ents("Pemerintah mengganti Ujian Nasional dengan Tes Kemampuan Akademik.")
    assert ("Ujian Nasional", "MISC") in found
    assert ("Tes Kemampuan Akademik", "MISC") in found


def test_a_sentence_opening_programme_drops_its_common_noun() -> None:
    found = ents("Penyaluran Kartu Indonesia Pintar dimulai pekan depan.")
    assert found == [("Kartu Indonesia Pintar", "MISC")]


def test_a_person_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = ents("Jenazah Halimah binti Yusuf dimakamkan di Kota Medan.")
    assert ("Halimah binti Yusuf", "PER") in found


def test_named_trains_are_misc() -> None:
    found = ents("Penumpang KA Argo Semeru dan kereta api Sancaka tiba di Stasiun Gubeng.")
    assert ("Argo Semeru", "MISC") in found
    assert ("Sancaka", "MISC") in found
    assert ("Stasiun Gubeng", "LOC") in found


def test_syllabic_acronyms_and_faculties_are_bodies() -> None:
    found = ents("Ia menjabat Gubernur Lemhannas sebelum pindah ke Kemendikdasmen.")
    assert ("Lemhannas", "ORG") in found
    assert ("Kemendikdasmen", "ORG") in found
    found = ents("Dekan FEB UI Sri Wahyuni menilai daya beli melemah.")
    assert found == [("FEB UI", "ORG"), ("Sri Wahyuni", "PER")]
    found = ents("Dekan FISIP Unair Bambang Sugiarto membuka seminar.")
    assert found == [("FISIP Unair", "ORG"), ("Bambang Sugiarto", "PER")]


def test_a_title_word_opening_a_listed_place_is_no_title() -> None:
    assert ents("Raja Ampat menarik ribuan penyelam tiap tahun.") == [("Raja Ampat", "LOC")]


def test_another_office_after_dan_ends_the_body() -> None:
    found = ents(
        "Ia pernah menjabat Sekretaris Jenderal Dewan Perwakilan Daerah dan Sekretaris "
        "Jenderal Kementerian Dalam Negeri."
    )
    assert found == [("Dewan Perwakilan Daerah", "ORG"), ("Kementerian Dalam Negeri", "ORG")]


def test_a_persero_ends_the_company_before_the_person() -> None:
    found = ents("Direktur Utama PT Sinar Laut (Persero) Hendro Wibisono meninjau pelabuhan.")
    assert found == [("PT Sinar Laut (Persero)", "ORG"), ("Hendro Wibisono", "PER")]


def test_a_balinese_name_after_a_body_or_place() -> None:
    found = ents("Ketua Majelis Adat (MDA) Provinsi Bali I Made Suarta meminta umat tertib.")
    assert ("I Made Suarta", "PER") in found
    assert ents("Bandara I Gusti Ngurah Rai ditutup.") == [("Bandara I Gusti Ngurah Rai", "LOC")]


def test_a_sasak_lalu_opens_a_name_mid_sentence() -> None:
    found = ents("Terdakwa, Lalu Hamzan bin Lalu Ahmad, divonis lima tahun.")
    assert found == [("Lalu Hamzan bin Lalu Ahmad", "PER")]
    assert ents("Ia datang, lalu pergi.") == []


def test_chinese_indonesian_family_names_make_a_person() -> None:
    assert ents("Tjhai Chui Mie kembali terpilih.") == [("Tjhai Chui Mie", "PER")]


def test_rites_and_festivals_are_misc() -> None:
    found = ents("Warga mengikuti upacara Melasti dan festival Gandrung Sewu.")
    assert found == [("Melasti", "MISC"), ("Gandrung Sewu", "MISC")]


def test_a_market_named_after_its_day() -> None:
    assert ("Pasar Minggu", "LOC") in ents("Ia ditangkap di Pasar Minggu kemarin.")
    assert ("Pasar", "LOC") in ents("Ia ditangkap di Pasar Minggu (12/3).")


def test_age_groups_and_masters_tournaments() -> None:
    found = ents("Tim itu lolos ke final Piala AFF U-23 dan semifinal Indonesia Masters 2027.")
    assert ("Piala AFF U-23", "MISC") in found
    assert ("Indonesia Masters 2027", "MISC") in found


def test_a_hajj_directorate_is_part_of_the_title() -> None:
    found = ents("Direktur Jenderal Penyelenggaraan Haji dan Umrah Hasan Latief menjelaskan kuota.")
    assert found == [("Hasan Latief", "PER")]


def test_aid_schemes_and_elections_are_misc() -> None:
    found = ents("Penyaluran Bantuan Subsidi Upah ditunda hingga Pilkada usai.")
    assert ("Bantuan Subsidi Upah", "MISC") in found
    assert ("Pilkada", "MISC") in found


def test_a_programme_after_its_cue_word_is_misc() -> None:
    found = ents("Pemerintah memperluas program Sarapan Sehat Anak ke 30 provinsi.")
    assert found == [("Sarapan Sehat Anak", "MISC")]


def test_a_school_with_a_word_before_its_number() -> None:
    found = ents("Kepala SD Negeri 5 Denpasar Ni Made Sari menyambut siswa.")
    assert found == [("SD Negeri 5 Denpasar", "ORG"), ("Ni Made Sari", "PER")]


def test_a_routes_unlisted_end_is_a_place() -> None:
    found = ents("Bus relasi Kalideres-Bandung berangkat pagi.")
    assert found == [("Kalideres", "LOC"), ("Bandung", "LOC")]
    assert ents("Bandara Soekarno-Hatta ramai.") == [("Bandara Soekarno-Hatta", "LOC")]


def test_a_deputys_fused_title_governs_a_place() -> None:
    found = ents("Wakapolda Jatim Brigjen Hadi Pranoto meninjau pos mudik.")
    assert found == [("Jatim", "LOC"), ("Hadi Pranoto", "PER")]


def test_a_javanese_noble_title_opens_the_name() -> None:
    found = ents("Ia putra sulung Raden Mas Sutejo dari Surakarta.")
    assert ("Raden Mas Sutejo", "PER") in found


def test_a_suku_names_a_people_unless_an_office() -> None:
    assert ents("Tokoh adat Suku Moi menolak sawit.") == [("Suku Moi", "MISC")]
    found = ents("Kepala Suku Dinas Pendidikan Jakarta Barat hadir.")
    assert found == [("Suku Dinas Pendidikan Jakarta Barat", "ORG")]


def test_a_sentence_opening_cue_word_names_a_rite_or_programme() -> None:
    assert ents("Upacara Melasti digelar di pantai.") == [("Melasti", "MISC")]
    assert ents("Program Sarapan Sehat Anak dimulai.") == [("Sarapan Sehat Anak", "MISC")]


def test_a_trains_service_time_is_part_of_its_name() -> None:
    assert ents("Penumpang KA Taksaka Malam tiba terlambat.") == [("Taksaka Malam", "MISC")]


def test_a_headline_programme_takes_its_year() -> None:
    found = ents("Kuota SNBP 2027 Dipangkas\n\nJAKARTA - Kuota itu berkurang.")
    assert ("SNBP 2027", "MISC") in found


def test_a_train_named_after_its_kind_opening_the_sentence() -> None:
    found = ents("Kereta Cepat Whoosh melayani ribuan penumpang setiap hari.")
    assert found == [("Whoosh", "MISC")]
    assert ents("Kereta Api Gajayana berangkat pukul delapan.") == [("Gajayana", "MISC")]
    assert ents("Kereta Cepat Indonesia China merugi.") == [("Kereta Cepat Indonesia China", "ORG")]

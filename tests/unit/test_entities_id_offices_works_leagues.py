"""Indonesian entities: an office that ends with its region before the person,
companies after a title, title words inside names, events and works opening a sentence
(sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_regional_office_ends_with_its_province_before_the_person() -> None:
    found = ents("Kepala Kanwil Kemenag Jawa Timur Ahmad Suryadi Lubis mengatakan itu.")
    assert found == [("Kanwil Kemenag Jawa Timur", "ORG"), ("Ahmad Suryadi Lubis", "PER")]
    found = ents("Kepala Dinas Sosial Provinsi Jawa Timur Rini Kartika Sari hadir.")
    assert found == [("Dinas Sosial Provinsi Jawa Timur", "ORG"), ("Rini Kartika Sari", "PER")]


def test_a_province_head_takes_the_whole_province() -> None:
    found = ents("Kepala OJK Provinsi Jawa Tengah Hendra Wijaya mengimbau warga.")
    assert found == [("OJK Provinsi Jawa Tengah", "ORG"), ("Hendra Wijaya", "PER")]


def test_a_compass_word_finishes_the_province_not_the_name() -> None:
    found = ents("Ketua DPRD Jawa Tengah Sutarno mengatakan rapat ditunda.")
    assert found == [("DPRD Jawa Tengah", "ORG"), ("Sutarno", "PER")]


def test_a_compass_word_ending_the_run_stays_with_the_place() -> None:
    text = "Jaksa menahan mantan Kepala Dinas Pekerjaan Umum Kabupaten Lampung Tengah."
    assert ents(text) == [("Dinas Pekerjaan Umum Kabupaten Lampung Tengah", "ORG")]


def test_a_man_named_after_a_foreign_province_is_not_split() -> None:
    found = ents("Pengacara Muhammad Rizal Hasibuan berharap hakim adil.")
    assert found == [("Muhammad Rizal Hasibuan", "PER")]


def test_a_company_after_a_title_keeps_its_name() -> None:
    found = ents("Direktur Utama PT Sinar Kencana Budi Hartono mengatakan laba naik.")
    assert found == [("PT Sinar Kencana", "ORG"), ("Budi Hartono", "PER")]
    found = ents("Direktur PT Kapal Indonesia Wulan Sari Dewi mengatakan laba naik.")
    assert found == [("PT Kapal Indonesia", "ORG"), ("Wulan Sari Dewi", "PER")]


def test_initials_after_the_office_name_the_person() -> None:
    found = ents("Polisi menahan direktur CV Tirta Jaya Abadi berinisial RH kemarin.")
    assert found == [("CV Tirta Jaya Abadi", "ORG"), ("RH", "PER")]


def test_hakim_and_imam_inside_a_name_are_no_titles() -> None:
    assert ents("Ia bertemu Lukman Hakim Siregar di Medan.") == [
        ("Lukman Hakim Siregar", "PER"),
        ("Medan", "LOC"),
    ]


def test_a_title_portfolio_names_no_place() -> None:
    found = ents("Menteri Sekretaris Negara Budi Hartono mengatakan rapat ditunda.")
    assert found == [("Budi Hartono", "PER")]


def test_a_war_or_battle_opening_a_sentence_is_an_event() -> None:
    found = ents("Pertempuran Ambarawa berlangsung pada Desember 1945.")
    assert found == [("Pertempuran Ambarawa", "MISC")]


def test_elections_and_codes_of_law_are_misc() -> None:
    found = ents("KPU menyiapkan Pilkada Serentak 2029 di seluruh daerah.")
    assert ("Pilkada Serentak 2029", "MISC") in found
    found = ents("Aturan itu merujuk Kitab Undang-Undang Hukum Perdata yang lama.")
    assert found == [("Kitab Undang-Undang Hukum Perdata", "MISC")]


def test_two_bodies_joined_after_a_country_stay_two() -> None:
    found = ents("Relawan dari Palang Merah Indonesia dan Aksi Cepat Tanggap membuka dapur umum.")
    assert found == [("Palang Merah Indonesia", "ORG"), ("Aksi Cepat Tanggap", "ORG")]


def test_a_work_opening_a_sentence_is_its_title() -> None:
    found = ents("Film Langit Senja disutradarai oleh Rudi Hartono.")
    assert found == [("Langit Senja", "MISC"), ("Rudi Hartono", "PER")]


def test_the_maker_after_karya_is_a_person() -> None:
    found = ents("Sinetron itu diadaptasi dari novel karya Dewi Lestari Hartanto.")
    assert found == [("Dewi Lestari Hartanto", "PER")]


def test_band_members_and_pesantren_heads_are_titles() -> None:
    assert ents("Gitaris Rendra Wibawa absen malam itu.") == [("Rendra Wibawa", "PER")]
    found = ents("Pengasuh Pondok Pesantren Al Hikmah KH Zainal Arifin menyambut tamu.")
    assert found == [("Pondok Pesantren Al Hikmah", "ORG"), ("Zainal Arifin", "PER")]


def test_new_heads_of_bodies_and_realms() -> None:
    assert ents("Satgas Pangan menyidak gudang beras.") == [("Satgas Pangan", "ORG")]
    found = ents("Wilayah itu dikuasai Kesultanan Tidore pada abad ke-17.")
    assert found == [("Kesultanan Tidore", "LOC")]


def test_a_season_and_a_sponsor_go_with_the_league() -> None:
    found = ents("Persik menang dalam lanjutan Liga 1 2026/2027 di Kediri.")
    assert ("Liga 1 2026/2027", "MISC") in found
    found = ents("Persik menang pada pekan ke-9 BRI Liga 1 2026/2027 kemarin.")
    assert ("BRI Liga 1 2026/2027", "MISC") in found
    found = ents("Ia menonton Liga Champions 2025/2026 di rumah.")
    assert found == [("Liga Champions 2025/2026", "MISC")]


def test_a_number_of_five_digits_is_no_events_number() -> None:
    found = ents("Final Indonesia Open 15000 tiket terjual habis.")
    assert found == [("Indonesia Open", "MISC")]


def test_a_league_named_for_its_country_or_kind_is_a_competition() -> None:
    found = ents("Ia pernah bermain di Liga Inggris dan Liga Champions.")
    assert found == [("Liga Inggris", "MISC"), ("Liga Champions", "MISC")]


def test_an_event_after_a_title_keeps_its_year() -> None:
    found = ents("Ia menjadi ketua juri Festival Film Indonesia 2027 di Jakarta.")
    assert ("Festival Film Indonesia 2027", "MISC") in found


def test_a_quoted_title_after_berjudul_is_one_work() -> None:
    found = ents('Ia merilis lagu berjudul "Tentang Kita" pekan lalu.')
    assert found == [("Tentang Kita", "MISC")]


def test_initials_that_are_abbreviations_too_are_people_after_the_cue() -> None:
    found = ents("Polisi menangkap dua pria berinisial RW (30) dan AI di Klaten.")
    assert found == [("RW", "PER"), ("AI", "PER"), ("Klaten", "LOC")]


def test_police_headquarters_and_jails_are_places() -> None:
    assert ents("Ia diperiksa di Mapolres Sragen kemarin.") == [("Mapolres Sragen", "LOC")]
    found = ents("Ia ditahan di Rumah Tahanan Negara Kelas I Medan.")
    assert found == [("Rumah Tahanan Negara Kelas I Medan", "LOC")]


def test_a_law_with_two_subjects_is_one_name() -> None:
    found = ents("Ia dijerat Undang-Undang Informasi dan Transaksi Elektronik kemarin.")
    assert found == [("Undang-Undang Informasi dan Transaksi Elektronik", "MISC")]
    found = ents("Aturan itu diatur dalam UU Pemilu dan Komisi Pemilihan Umum menjalankannya.")
    assert found == [("UU Pemilu", "MISC"), ("Komisi Pemilihan Umum", "ORG")]


def test_a_laws_kind_alone_is_no_name() -> None:
    assert ents("DPR menolak Perppu tersebut.") == [("DPR", "ORG")]


def test_a_law_number_word_with_no_number_ends_the_name() -> None:
    assert ents("Ia dijerat UU Nomor baru itu kemarin.") == [("UU Nomor", "MISC")]


def test_the_homeland_is_no_name() -> None:
    assert ents("Film itu laris di bioskop Tanah Air sejak pekan lalu.") == []


def test_club_nicknames_tv_stations_and_the_policy_rate() -> None:
    assert ents("Kemenangan itu membawa Juku Eja ke posisi keempat.") == [("Juku Eja", "ORG")]
    assert ents("Laga itu disiarkan langsung oleh Indosiar.") == [("Indosiar", "ORG")]
    assert ents("Bank sentral menahan BI-Rate pekan ini.") == [("BI-Rate", "MISC")]


def test_the_dutch_east_indies_is_a_place() -> None:
    assert ents("Kota itu dibangun pada masa Hindia Belanda.") == [("Hindia Belanda", "LOC")]


def test_a_trade_noun_opening_sentences_names_no_one() -> None:
    text = "Penyanyi Rina Kartika tampil. Penyanyi dangdut Dewi Lestari ikut hadir."
    assert ents(text) == [("Rina Kartika", "PER"), ("Dewi Lestari", "PER")]


def test_a_range_of_places_shares_its_label() -> None:
    found = ents("Getaran terasa di Kota Palu, Kabupaten Sigi hingga Tentena.")
    assert found == [("Kota Palu", "LOC"), ("Kabupaten Sigi", "LOC"), ("Tentena", "LOC")]


def test_a_malay_university_and_an_official_residence() -> None:
    found = ents("Tim itu bertanding di Universiti Malaya pekan lalu.")
    assert found == [("Universiti Malaya", "ORG")]
    found = ents("Para juara diundang ke Rumah Jabatan Gubernur di Makassar.")
    assert found == [("Rumah Jabatan Gubernur", "LOC"), ("Makassar", "LOC")]


def test_a_headline_reads_a_branch_and_a_numbered_commission_whole() -> None:
    found = ents("MUI Jatim Minta Pesantren Perketat Pengawasan Santri")
    assert found == [("MUI Jatim", "ORG")]
    found = ents("Komisi III DPR Setujui Aturan Baru, Fraksi PKS Beri Catatan")
    assert ("Komisi III DPR", "ORG") in found


def test_a_headline_branch_keeps_its_region_head_when_the_body_names_it_apart() -> None:
    text = (
        "Bawaslu Kota Bandung Terima Puluhan Aduan Warga\n\n"
        "Badan Pengawas Pemilu (Bawaslu) Kota Bandung menerima 37 aduan sepanjang masa kampanye."
    )
    assert ents(text)[0] == ("Bawaslu Kota Bandung", "ORG")


def test_an_army_corps_after_a_rank_is_no_part_of_the_name() -> None:
    found = ents("Kapendam Letkol Inf Rudi Hartono mengatakan pasukan siaga.")
    assert found == [("Rudi Hartono", "PER")]


def test_a_lieutenants_rank_written_out_ends_the_unit_before_the_name() -> None:
    text = "Komandan Kodim 0812/Lamongan Letnan Kolonel Kav Bagus Wirawan meninjau banjir."
    assert ents(text) == [("Kodim 0812/Lamongan", "ORG"), ("Bagus Wirawan", "PER")]
    found = ents("Komandan Koramil Pakis Letnan Satu Inf Sutrisno memimpin apel.")
    assert ("Sutrisno", "PER") in found
    assert all("Letnan" not in name for name, _ in found)


def test_a_regency_ending_with_a_place_head_leaves_a_one_word_name() -> None:
    found = ents("Ketua KPU Konawe Kepulauan Jumrah menyebut logistik pemilu sudah tiba.")
    assert found == [("KPU Konawe Kepulauan", "ORG"), ("Jumrah", "PER")]
    found = ents("Kepala BPBD Konawe Kepulauan Suardi memantau banjir di pesisir.")
    assert found == [("BPBD Konawe Kepulauan", "ORG"), ("Suardi", "PER")]


def test_a_branch_office_and_its_place_end_before_the_holder() -> None:
    found = ents("Kepala BPJS Ketenagakerjaan Cabang Bekasi Rudi Santosa menjelaskan klaim.")
    assert found == [("BPJS Ketenagakerjaan Cabang Bekasi", "ORG"), ("Rudi Santosa", "PER")]
    text = "Kepala Ombudsman RI Perwakilan Sumatera Barat Yefri Heriani menerima aduan."
    assert ents(text) == [
        ("Ombudsman RI Perwakilan Sumatera Barat", "ORG"),
        ("Yefri Heriani", "PER"),
    ]


def test_an_office_named_for_a_title_of_two_words_keeps_all_of_it() -> None:
    found = ents("Menurut Kantor Perdana Menteri Jepang, pertemuan itu ditunda sepekan.")
    assert found == [("Kantor Perdana Menteri Jepang", "ORG")]
    found = ents("Kantor Wakil Presiden Budi menerima surat itu kemarin.")
    assert ("Kantor Wakil Presiden", "ORG") in found


def test_an_office_named_for_a_title_stops_before_its_holder_of_any_name() -> None:
    found = ents("Kantor Perdana Menteri Anwar Ibrahim membantah laporan tersebut.")
    assert found == [("Kantor Perdana Menteri", "ORG"), ("Anwar Ibrahim", "PER")]
    found = ents("Kantor Menteri Koordinator Bidang Perekonomian Airlangga Hartarto merilis data.")
    assert ("Airlangga Hartarto", "PER") in found
    found = ents("Kantor Perdana Menteri Israel Benjamin Netanyahu menyatakan hal itu.")
    assert found == [("Kantor Perdana Menteri Israel", "ORG"), ("Benjamin Netanyahu", "PER")]


def test_an_office_named_for_a_title_ends_with_its_place_before_the_holder() -> None:
    found = ents("Kantor Perdana Menteri Malaysia Anwar Ibrahim membantah laporan itu.")
    assert found == [("Kantor Perdana Menteri Malaysia", "ORG"), ("Anwar Ibrahim", "PER")]
    found = ents("Kantor Gubernur Jawa Barat Dedi Mulyadi mengeluarkan edaran.")
    assert found == [("Kantor Gubernur Jawa Barat", "ORG"), ("Dedi Mulyadi", "PER")]
    found = ents("Kantor Presiden Prabowo Subianto mengumumkan kebijakan baru.")
    assert found == [("Kantor Presiden", "ORG"), ("Prabowo Subianto", "PER")]
    assert ents("Kantor Bupati Sleman disegel warga.") == [("Kantor Bupati Sleman", "ORG")]


def test_a_name_with_an_age_after_a_place_is_a_person() -> None:
    found = ents("Seorang warga Padukuhan Jetis, Suparmi (45), mengaku cemas.")
    assert found == [("Padukuhan Jetis", "LOC"), ("Suparmi", "PER")]


def test_counts_between_listed_places_keep_the_list() -> None:
    found = ents("Kasus terbanyak ada di Sleman (120), Bantul (98) dan Kulon Progo (40).")
    assert ("Kulon Progo", "LOC") in found


def test_disease_abbreviations_are_no_bodies() -> None:
    assert ents("Kasus DBD di Kabupaten Bantul melonjak.") == [("Kabupaten Bantul", "LOC")]


def test_numbered_units_after_a_title_and_their_bases() -> None:
    found = ents("Korban adalah anggota Yonif 753/Arga Vira Tama yang bertugas di sana.")
    assert found == [("Yonif 753/Arga Vira Tama", "ORG")]
    found = ents("Jenazah disemayamkan di Markas Kodim 1710/Mimika kemarin.")
    assert found == [("Markas Kodim 1710/Mimika", "LOC")]


def test_a_railway_operating_region_is_part_of_the_office() -> None:
    found = ents("Manager Humas KAI Daop 2 Bandung Kuswardojo mengatakan tiket habis.")
    assert found == [("KAI Daop 2 Bandung", "ORG"), ("Kuswardojo", "PER")]


def test_a_preposition_opening_a_sentence_is_no_part_of_the_name() -> None:
    assert ents("Bersama Soekarno, ia tiba di Jakarta.") == [
        ("Soekarno", "PER"),
        ("Jakarta", "LOC"),
    ]


def test_plateaus_waters_dances_peoples_and_ships() -> None:
    assert ents("Desa itu ada di Dataran Tinggi Dieng.") == [("Dataran Tinggi Dieng", "LOC")]
    assert ents("Kapal itu tenggelam di perairan Masalembo.") == [("Masalembo", "LOC")]
    found = ents("Tari Saman berasal dari suku Gayo di Aceh.")
    assert found == [("Tari Saman", "MISC"), ("Gayo", "MISC"), ("Aceh", "LOC")]
    found = ents("Kapal Motor Sinar Bahari tenggelam tahun lalu.")
    assert found == [("Kapal Motor Sinar Bahari", "MISC")]


def test_an_office_ending_with_a_province_names_no_person() -> None:
    found = ents("Ia anggota Dewan Perwakilan Rakyat Daerah Sumatera Barat sejak 2019.")
    assert found == [("Dewan Perwakilan Rakyat Daerah Sumatera Barat", "ORG")]


def test_section_heads_and_regional_secretaries_are_titles() -> None:
    found = ents("Kasi Humas Polres Bogor Iptu Desi Lestari mengatakan korban selamat.")
    assert found == [("Polres Bogor", "ORG"), ("Desi Lestari", "PER")]
    found = ents("Sekretaris Daerah Kabupaten Klaten Rudi Hartono membuka acara itu.")
    assert found == [("Kabupaten Klaten", "LOC"), ("Rudi Hartono", "PER")]


def test_a_faculty_of_two_fields_keeps_its_university() -> None:
    found = ents("Dekan Fakultas Ekonomi dan Bisnis Universitas Andalas Rudi Hartono hadir.")
    assert found == [
        ("Fakultas Ekonomi dan Bisnis Universitas Andalas", "ORG"),
        ("Rudi Hartono", "PER"),
    ]


def test_a_village_head_heads_the_village_and_a_minister_a_portfolio() -> None:
    found = ents("Kepala Desa Sukamaju Asep Saepudin mengatakan warga mengungsi.")
    assert found == [("Sukamaju", "LOC"), ("Asep Saepudin", "PER")]
    assert ents("Menteri Desa Budi Hartono meninjau lokasi.") == [("Budi Hartono", "PER")]


def test_a_given_name_and_surname_after_a_mayors_title_are_the_mayor() -> None:
    found = ents("Wakil Wali Kota Siti Santoso menggelar konferensi pers soal banjir.")
    assert found == [("Siti Santoso", "PER")]


def test_given_names_in_apposition_after_a_village_are_its_people() -> None:
    found = ents("Dua warga Desa Sukamaju, Joko dan Slamet, menjadi saksi dalam sidang.")
    assert found == [("Desa Sukamaju", "LOC"), ("Joko", "PER"), ("Slamet", "PER")]


def test_a_given_name_that_speaks_alone_elsewhere_is_no_office_after_a_title() -> None:
    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa memastikan defisit aman. Hal itu disampaikan "
        "Purbaya di Jakarta. “Kami jaga defisit,” kata Purbaya."
    )
    found = [name for name, label in ents(text) if label in ("PER", "ORG")]
    assert found == ["Purbaya Yudhi Sadewa", "Purbaya", "Purbaya"]
    text = "Pelatih Persija Carlos Pena kecewa. Pemain Persija kalah. “Kami kalah,” kata Carlos."
    assert ents(text)[:2] == [("Persija", "ORG"), ("Carlos Pena", "PER")]


def test_a_given_name_after_a_title_elsewhere_is_no_office_after_a_title() -> None:
    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa memastikan defisit aman. Menurut Menkeu "
        "Purbaya, pajak naik. Hal itu disampaikan Purbaya di Jakarta."
    )
    found = [name for name, label in ents(text) if label in ("PER", "ORG")]
    assert found == ["Purbaya Yudhi Sadewa", "Purbaya", "Purbaya"]

"""Indonesian news conventions the entity annotator follows: police and military ranks,
offices the press abbreviates, portfolios written out before a body's acronym, places named
after a title, and listed companies (sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_rank_is_followed_by_the_person_alone() -> None:
    # "Arsa" alone elsewhere must not make it an office before "Wiratama Sinaga".
    found = ents(
        "Kabid Humas Polda Lintang Kombes Arsa Wiratama Sinaga memberi keterangan. "
        "Menurut Arsa, pelaku sudah ditahan."
    )
    assert ("Polda Lintang", "ORG") in found
    assert ("Arsa Wiratama Sinaga", "PER") in found


def test_a_rank_takes_its_service_along() -> None:
    found = ents("Latihan itu ditinjau Brigjen TNI Darmaji Kusuma di Kabupaten Sekarwangi.")
    assert ("Darmaji Kusuma", "PER") in found
    assert all(text != "TNI" for text, _ in found)


def test_abbreviated_offices_are_titles() -> None:
    found = ents("Kapolresta Sekarwangi Kombes Hadi Purnomo mengatakan pelaku ditangkap.")
    assert ("Sekarwangi", "LOC") in found
    assert ("Hadi Purnomo", "PER") in found
    found = ents("Rektor Universitas Lintang Mohammad Rasyid menyambut baik rencana itu.")
    assert ("Universitas Lintang", "ORG") in found
    assert ("Mohammad Rasyid", "PER") in found


def test_a_written_out_portfolio_is_part_of_the_title() -> None:
    found = ents(
        "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes Darsono Wiryo "
        "mengatakan kasus naik."
    )
    assert found == [("Kemenkes", "ORG"), ("Darsono Wiryo", "PER")]
    found = ents(
        "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Laksmi Andriani "
        "menyebut akses terputus."
    )
    assert found == [("BNPB", "ORG"), ("Laksmi Andriani", "PER")]


def test_a_body_named_after_a_title_is_no_portfolio() -> None:
    found = ents("Ketua Bawaslu RI Rahmat Sudarso hadir dalam rapat itu.")
    assert ("Rahmat Sudarso", "PER") in found
    assert any("Bawaslu" in text for text, label in found if label == "ORG")


def test_a_place_name_may_open_with_a_title_or_function_word() -> None:
    assert ents("Bantuan dikirim melalui Bandara Sultan Mahmud Lingga kemarin.") == [
        ("Bandara Sultan Mahmud Lingga", "LOC")
    ]
    assert ("Stadion Si Gagak Rimang", "LOC") in ents("Laga digelar di Stadion Si Gagak Rimang.")


def test_a_listed_company_is_also_named_without_tbk() -> None:
    found = ents(
        "Saham PT Batu Lestari Tbk menguat. Batu Lestari menyiapkan belanja modal. "
        "Direktur Utama Batu Lestari Ratna Dewi optimistis."
    )
    assert found.count(("Batu Lestari", "ORG")) == 2
    assert ("Ratna Dewi", "PER") in found


def test_unknown_places_in_a_list_take_the_label_down_the_list() -> None:
    found = ents("Kecamatan Sarwo, Lintangsari, dan Bawono menjadi wilayah paling parah.")
    assert found == [("Kecamatan Sarwo", "LOC"), ("Lintangsari", "LOC"), ("Bawono", "LOC")]


def test_a_body_defining_its_acronym_after_a_title_is_no_person() -> None:
    found = ents(
        "Koordinator Nasional Jaringan Pemantau Sekolah Nusantara (JPSN) Darto Wibisono "
        "menilai perubahan itu."
    )
    assert ("Jaringan Pemantau Sekolah Nusantara", "ORG") in found
    assert ("Darto Wibisono", "PER") in found


def test_a_headline_names_what_the_text_names_after_a_head_word() -> None:
    found = ents(
        "Polisi Tangkap Pencuri di Sungai Lintang\n\n"
        "Polresta Sungai Lintang menangkap seorang pria pada Senin."
    )
    assert found[0] == ("Sungai Lintang", "LOC")


def test_an_acronym_of_lowercase_words_is_no_name() -> None:
    found = ents("Kasus demam berdarah dengue (DBD) naik. Pasien DBD dirawat di RSUD Lintang.")
    assert found == [("RSUD Lintang", "ORG")]


def test_numbered_bodies_and_buildings() -> None:
    found = ents("Rapat dengan Komisi X DPR RI digelar di Gedung Nusantara I, Senayan.")
    assert ("Komisi X DPR RI", "ORG") in found
    assert ("Gedung Nusantara I", "LOC") in found
    assert ("Komisi X", "ORG") in ents("Anggota Komisi X dari Fraksi Partai Lintang hadir.")


def test_a_middle_name_is_the_person_not_a_place() -> None:
    found = ents("Pengacara Muhammad Rizal Fadillah berharap. Rizal juga melapor.")
    assert ("Rizal", "PER") in found


def test_tbk_keeps_its_period_before_a_ticker() -> None:
    found = ents("Saham PT Batu Lestari Tbk. (BTLS) menguat 3 persen.")
    assert ("PT Batu Lestari Tbk.", "ORG") in found
    assert ("BTLS", "ORG") in found


def test_a_stock_after_a_comma_is_no_apposition() -> None:
    found = ents("Sebaliknya, saham PT Batu Lestari Tbk turun 2 persen.")
    assert found == [("PT Batu Lestari Tbk", "ORG")]


def test_a_news_site_split_by_the_sentence_splitter_is_whole() -> None:
    found = ents("WARTA.CO, Jakarta - Ketua Partai Lintang Darto Wibisono hadir.")
    assert found[0] == ("WARTA.CO", "ORG")


def test_a_resident_noun_before_a_village_is_left_out() -> None:
    found = ents("Warga Desa Sekarwangi, Pak Darmo, mengaku sudah lama menunggu.")
    assert found == [("Desa Sekarwangi", "LOC"), ("Darmo", "PER")]


def test_a_company_described_after_a_title_is_no_person() -> None:
    found = ents("Tersangka itu pendiri PT Cahaya Lintang Abadi, perusahaan yang tak terdaftar.")
    assert found == [("PT Cahaya Lintang Abadi", "ORG")]


def test_a_body_named_by_two_acronyms_after_a_title() -> None:
    found = ents("Kabid Binpres PP PBSL Darto Wibisono menilai penampilan tim membaik.")
    assert found == [("PP PBSL", "ORG"), ("Darto Wibisono", "PER")]


def test_laws_are_misc_with_their_number_and_subject() -> None:
    found = ents(
        "Hakim merujuk pada Undang-Undang Pangan dan UU Nomor 7 Tahun 2019 tentang "
        "Kesejahteraan Petani, bukan RUU Perkebunan."
    )
    assert ("Undang-Undang Pangan", "MISC") in found
    assert ("UU Nomor 7 Tahun 2019 tentang Kesejahteraan Petani", "MISC") in found
    assert ("RUU Perkebunan", "MISC") in found
    assert ents("Aturan itu tertuang dalam UU No. 4/2018 yang baru.") == [("UU No. 4/2018", "MISC")]


def test_a_code_of_law_is_misc_and_its_article_no_name() -> None:
    assert ents("Tersangka dijerat Pasal 362 KUHP tentang pencurian.") == [("KUHP", "MISC")]


def test_a_law_opening_a_sentence_is_a_name() -> None:
    assert ents("UU Perikanan digugat ke pengadilan oleh nelayan.") == [("UU Perikanan", "MISC")]


def test_a_country_before_a_player_is_a_place() -> None:
    found = ents("Di babak kedua ia menghadapi pasangan Jepang Kenta Morimura/Daiki Ota.")
    assert ("Jepang", "LOC") in found
    assert ("Kenta Morimura", "PER") in found
    found = ents("Pebalap Spanyol Mateo Ruiz finis kedua.")
    assert found == [("Spanyol", "LOC"), ("Mateo Ruiz", "PER")]


def test_an_organisation_tail_ends_the_office_before_the_person() -> None:
    found = ents(
        "Direktur Utama PT Sinar Lintang (Persero) Tbk Ardi Wibisono Pane membuka acara itu."
    )
    assert found == [("PT Sinar Lintang (Persero) Tbk", "ORG"), ("Ardi Wibisono Pane", "PER")]
    found = ents("Analis Karya Bumi Sekuritas Indonesia Rendra Wicaksono menilai pasar lesu.")
    assert found == [("Karya Bumi Sekuritas Indonesia", "ORG"), ("Rendra Wicaksono", "PER")]


def test_a_branch_in_a_town_keeps_its_town() -> None:
    found = ents("Jaksa Kejaksaan Negeri Klaten menuntut terdakwa lima tahun penjara.")
    assert ("Kejaksaan Negeri Klaten", "ORG") in found


def test_a_building_does_not_make_its_body_a_place() -> None:
    found = ents("Massa berkumpul di depan Gedung DPRD. Ketua DPRD Lintang Rudi Hartono menemui.")
    assert ("DPRD", "ORG") in found


def test_initials_after_berinisial_stay_a_person() -> None:
    found = ents(
        "Polisi menangkap dua pemuda berinisial AS (24) dan RF (19). RF sempat melawan petugas."
    )
    assert found == [("AS", "PER"), ("RF", "PER"), ("RF", "PER")]


def test_a_full_stop_inside_a_quotation_starts_a_sentence() -> None:
    found = ents('"Kami belum puas. Rute baru harus dibuka," kata Hendra Wiguna.')
    assert found == [("Hendra Wiguna", "PER")]


def test_a_headline_names_a_body_and_its_town_together() -> None:
    found = ents(
        "DPRD Klaten Setujui Perda Baru\n\nKLATEN - Anggota DPRD Klaten menyetujui perda itu."
    )
    assert found[0] == ("DPRD Klaten", "ORG")


def test_an_airline_named_by_its_first_word_flies_as_the_subject() -> None:
    assert ents("Garuda mendarat di Jeddah pukul 20.00 WIB.") == [
        ("Garuda", "ORG"),
        ("Jeddah", "LOC"),
    ]
    assert ents("Garuda flew 300 pilgrims to Jeddah.", lang="en")[0] == ("Garuda", "ORG")
    assert ents("Penumpang memilih maskapai Garuda.") == [("Garuda", "ORG")]


def test_indonesian_towns_and_companies_are_known() -> None:
    assert ents("Bantuan dikirim ke Boyolali dan Banyumas kemarin.") == [
        ("Boyolali", "LOC"),
        ("Banyumas", "LOC"),
    ]
    assert ents("Garuda Indonesia menambah penerbangan ke Jeddah.")[0] == (
        "Garuda Indonesia",
        "ORG",
    )
    found = ents("Menteri Badan Usaha Milik Negara Raka Prasetya meninjau bandara.")
    assert found == [("Badan Usaha Milik Negara", "ORG"), ("Raka Prasetya", "PER")]
    found = ents("Majelis Ulama Indonesia dan Pengurus Besar Nahdlatul Ulama menyambut baik.")
    assert found == [
        ("Majelis Ulama Indonesia", "ORG"),
        ("Pengurus Besar Nahdlatul Ulama", "ORG"),
    ]


def test_temples_and_police_units_are_named_by_their_head() -> None:
    found = ents("Umat berjalan dari Candi Mendut ke Pura Tirta Sari kemarin.")
    assert found == [("Candi Mendut", "LOC"), ("Pura Tirta Sari", "LOC")]
    found = ents("Pelaku diringkus anggota Satresnarkoba Polres Lintang di rumahnya.")
    assert found == [("Satresnarkoba Polres Lintang", "ORG")]


def test_hari_inside_a_name_is_part_of_it() -> None:
    found = ents("Acara dibuka Kapolda Lintang Irjen Ribut Hari Santoso pada pagi hari.")
    assert ("Ribut Hari Santoso", "PER") in found


def test_a_headline_number_word_is_no_place() -> None:
    found = ents("Banjir Rendam Lima Desa di Demak\n\nDEMAK - Air merendam lima desa di Demak.")
    assert all(text != "Lima" for text, _ in found)


def test_a_headline_verb_before_a_title_is_no_name() -> None:
    found = ents("KPK Periksa Mantan Bupati Lintang\n\nJAKARTA - KPK memeriksa mantan bupati itu.")
    assert ("KPK", "ORG") in found
    assert all("Periksa" not in text for text, _ in found)


def test_a_body_and_its_region_after_a_title_are_one_name() -> None:
    found = ents("Dana itu mengalir ke anggota DPRD Lampung Tengah menurut penyidik.")
    assert found == [("DPRD Lampung Tengah", "ORG")]


def test_a_law_subject_may_list_two_things_and_a_year() -> None:
    found = ents(
        "Dewan menyetujui Rancangan Peraturan Daerah tentang Anggaran Pendapatan dan Belanja "
        "Daerah 2027 kemarin."
    )
    assert found == [
        (
            "Rancangan Peraturan Daerah tentang Anggaran Pendapatan dan Belanja Daerah 2027",
            "MISC",
        )
    ]


def test_a_quarter_of_a_year_is_no_name() -> None:
    assert ents("Laba perseroan naik pada kuartal III-2026 dan semester I/2025.") == []


def test_a_party_branch_and_its_region_are_the_office() -> None:
    found = ents("Kesepakatan diteken Ketua DPD Partai Golkar Jawa Timur Arif Wicaksono kemarin.")
    assert found == [("DPD Partai Golkar Jawa Timur", "ORG"), ("Arif Wicaksono", "PER")]
    found = ents("Sekretaris DPC PDI Perjuangan Kabupaten Bekasi Nurdin menunggu keputusan.")
    assert found == [("DPC PDI Perjuangan Kabupaten Bekasi", "ORG"), ("Nurdin", "PER")]


def test_a_camel_case_name_opening_a_sentence_is_a_name() -> None:
    assert ents("AirNav Indonesia menutup bandara itu.") == [("AirNav Indonesia", "ORG")]


def test_alert_levels_and_calendar_eras_are_no_names() -> None:
    assert ents("Status gunung naik dari Siaga ke Awas pada awal 1448 Hijriah.") == []


def test_toll_roads_and_observatories_are_places() -> None:
    found = ents("Bus terguling di Tol Cipali dekat Observatorium Bosscha.")
    assert found == [("Tol Cipali", "LOC"), ("Observatorium Bosscha", "LOC")]


def test_markets_and_yogyakarta_districts_are_places() -> None:
    found = ents("Ia didampingi Panewu Sendang Haryanto saat meninjau Kapanewon Sendang.")
    assert ("Sendang", "LOC") in found
    assert ("Haryanto", "PER") in found
    assert ents("Harga cabai naik di Pasar Legi.") == [("Pasar Legi", "LOC")]


def test_military_units_keep_their_number() -> None:
    found = ents("Pengamanan melibatkan Kodim 0815 dan Korem 071/Wijayakusuma.")
    assert found == [("Kodim 0815", "ORG"), ("Korem 071/Wijayakusuma", "ORG")]


def test_a_source_after_menurut_is_no_organisation_before_a_clause() -> None:
    found = ents("Menurut Wiryo, bank sentral akan menahan bunga. Ekonom Wiryo Santoso menilai.")
    assert found[0] == ("Wiryo", "PER")


def test_a_commission_of_a_known_body_before_a_one_word_name() -> None:
    found = ents("Ketua Komisi III DPR Habiburokhman meminta polisi terbuka.")
    assert found == [("Komisi III DPR", "ORG"), ("Habiburokhman", "PER")]


def test_a_team_before_a_rider_is_the_side() -> None:
    found = ents("Pebalap Ducati Lenovo Marco Santini keluar sebagai juara.")
    assert found == [("Ducati Lenovo", "ORG"), ("Marco Santini", "PER")]
    found = ents("Gol dicetak pemain Lintang Racing Team Budi Prakoso.")
    assert found == [("Lintang Racing Team", "ORG"), ("Budi Prakoso", "PER")]


def test_a_balinese_name_opens_with_i() -> None:
    found = ents("Keterangan disampaikan Kombes I Made Suarta di Denpasar.")
    assert ("I Made Suarta", "PER") in found


def test_initials_that_spell_a_title_are_a_person() -> None:
    found = ents("Polisi menahan pria berinisial MR (35). MR mengaku disuruh.")
    assert found == [("MR", "PER"), ("MR", "PER")]


def test_schools_are_organisations_and_their_levels_alone_no_name() -> None:
    found = ents("Siswa SMAN 4 Lintang dan SD Negeri 071 Sukamaju ikut lomba.")
    assert found == [("SMAN 4 Lintang", "ORG"), ("SD Negeri 071 Sukamaju", "ORG")]
    assert ents("Anaknya masih duduk di bangku SD dan kakaknya di SMA.") == []


def test_a_school_number_after_its_village_or_level_ends_its_name() -> None:
    found = ents("Murid SDN Kalisari 03 libur karena banjir, begitu pula SMP Negeri 4 di Garut.")
    assert found == [("SDN Kalisari 03", "ORG"), ("SMP Negeri 4", "ORG"), ("Garut", "LOC")]
    assert ents("Ia mengajar di SMKN 2 sejak 2015.") == [("SMKN 2", "ORG")]


def test_a_sundanese_given_name_spelt_like_a_law_acronym_opens_a_person() -> None:
    found = ents("Camat itu, Uu Rohmana Saputra, meminta warga tenang. Revisi UU Desa ditunda.")
    assert found == [("Uu Rohmana Saputra", "PER"), ("UU Desa", "MISC")]


def test_regional_titles_of_a_village_head_are_no_name() -> None:
    found = ents("Polisi memeriksa Perbekel Desa Tejakula, Nyoman Sudarsa, kemarin.")
    assert found == [("Tejakula", "LOC"), ("Nyoman Sudarsa", "PER")]
    found = ents("Keuchik Gampong Lampuuk, Fauzan, meminta bantuan.")
    assert found == [("Gampong Lampuuk", "LOC"), ("Fauzan", "PER")]


def test_a_centre_named_sentra_is_a_body_no_person() -> None:
    found = ents("Laporan warga sudah diteruskan ke Sentra Gakkumdu pada Senin.")
    assert found == [("Sentra Gakkumdu", "ORG")]


def test_a_region_after_a_body_stays_a_place_elsewhere_in_the_text() -> None:
    text = "Bupati menyebut Kabupaten Sigi butuh jembatan baru, sesuai data Dishub Kabupaten Sigi."
    assert ents(text) == [("Kabupaten Sigi", "LOC"), ("Dishub Kabupaten Sigi", "ORG")]


def test_a_sports_hall_is_a_place() -> None:
    assert ents("Final digelar di GOR Ken Arok kemarin.") == [("GOR Ken Arok", "LOC")]


def test_places_and_hospitals_named_after_people_keep_the_honorific() -> None:
    found = ents("Pesawat mendarat di Bandara Internasional Sultan Syarif Kasim.")
    assert found == [("Bandara Internasional Sultan Syarif Kasim", "LOC")]
    assert ents("Massa bergerak ke Jalan KH Ahmad Dahlan.") == [("Jalan KH Ahmad Dahlan", "LOC")]
    assert ents("Korban dibawa ke RSUD dr. Murjani kemarin.") == [("RSUD dr. Murjani", "ORG")]


def test_an_honorific_after_a_hospital_name_opens_a_person() -> None:
    found = ents("Direktur RSUD Kalimaya dr. Hasmudin mengatakan pasien membaik.")
    assert found == [("RSUD Kalimaya", "ORG"), ("Hasmudin", "PER")]


def test_a_body_named_with_its_country_before_its_short_name_after_a_title() -> None:
    found = ents("Ketua Umum Perwakilan Umat Tani Indonesia (Walutani) Sarmin Wijaya hadir.")
    assert found[0] == ("Perwakilan Umat Tani Indonesia", "ORG")
    assert ("Sarmin Wijaya", "PER") in found


def test_a_headline_school_level_alone_is_no_name() -> None:
    found = ents(
        "Siswa SD di Lintang Belajar di Tenda\n\nLINTANG - Siswa SD Negeri 4 Sukamaju belajar."
    )
    assert all(text != "SD" for text, _ in found)


def test_the_word_after_a_district_in_an_address_is_its_regency() -> None:
    found = ents("Warga Desa Sukamaju, Kecamatan Cibening, Wanasari, panik.")
    assert ("Wanasari", "LOC") in found
    found = ents("Warga Dusun Krajan, Sutrisno, menuturkan banjir datang cepat.")
    assert ("Sutrisno", "PER") in found


def test_a_given_name_that_is_also_a_side_word_opens_a_name() -> None:
    assert ents("Putra Nababan hadir dalam acara itu.") == [("Putra Nababan", "PER")]


def test_a_title_after_the_comma_lists_the_next_person() -> None:
    """ "Presiden X, Menteri Y" lists two people; "Direktur Utama X, Y" names X's holder."""
    found = ents("Presiden Joko Widodo, Menteri Keuangan Sri Mulyani dan Gubernur BI hadir.")
    assert ("Joko Widodo", "PER") in found and ("Sri Mulyani", "PER") in found
    found = ents("Direktur Utama Kencana Agro, Ratna Suryaningsih, mengatakan laba naik.")
    assert ("Kencana Agro", "ORG") in found and ("Ratna Suryaningsih", "PER") in found


def test_acting_officials_and_professors_without_a_period() -> None:
    found = ents("Penjabat Gubernur DKI Jakarta Heru Budi Hartono meninjau banjir.")
    assert ("Heru Budi Hartono", "PER") in found and ("Penjabat", "ORG") not in found
    found = ents("Rektor Universitas Gadjah Mada Prof Ova Emilia membuka acara.")
    assert ("Universitas Gadjah Mada", "ORG") in found and ("Ova Emilia", "PER") in found


def test_indonesian_holidays_are_misc() -> None:
    found = ents("Warga mudik menjelang Lebaran, lalu merayakan Natal dan Tahun Baru di desa.")
    assert ("Lebaran", "MISC") in found
    assert ("Natal", "MISC") in found
    assert ("Tahun Baru", "MISC") in found
    assert ("Hari Raya Nyepi", "MISC") in ents("Menjelang Hari Raya Nyepi, bandara ditutup.")


def test_a_holiday_word_inside_a_place_or_lowercase_phrase_is_no_holiday() -> None:
    assert all(label != "MISC" for _, label in ents("Warga Mandailing Natal berunjuk rasa."))
    assert all(label != "MISC" for _, label in ents("Tahun baru ajaran dimulai Juli."))


def test_new_ministries_and_stations_and_associations() -> None:
    found = ents(
        "Pekan ini Kemendikdasmen meninjau sekolah dekat Stasiun Tawangsari bersama "
        "Paguyuban Pedagang Pasar Lintang."
    )
    assert ("Kemendikdasmen", "ORG") in found
    assert ("Stasiun Tawangsari", "LOC") in found
    assert ("Paguyuban Pedagang Pasar Lintang", "ORG") in found


def test_a_hospital_named_after_a_person_is_one_name() -> None:
    found = ents("Pasien dirujuk ke RSUD Budi Lestanto dan Rumah Sakit Umum Abdul Karsono.")
    assert ("RSUD Budi Lestanto", "ORG") in found
    assert ("Rumah Sakit Umum Abdul Karsono", "ORG") in found


def test_a_lowercase_place_noun_makes_the_names_after_it_places() -> None:
    found = ents("Menteri itu meninjau pelabuhan Tanjungsari dan Lintangrejo kemarin.")
    assert ("Tanjungsari", "LOC") in found and ("Lintangrejo", "LOC") in found


def test_state_firms_named_by_trade_and_home_are_organisations() -> None:
    assert ("Semen Padang", "ORG") in ents("Semen Padang membuka program kemitraan.")


def test_a_balinese_name_ends_the_office_before_it() -> None:
    found = ents("Ketua PHRI Lintang I Gusti Made Arsana berharap penerbangan ditambah.")
    assert ("I Gusti Made Arsana", "PER") in found
    found = ents("Kepala Dinas Pariwisata Lintang Tjok Gede Sumerta mengatakan hotel penuh.")
    assert ("Dinas Pariwisata Lintang", "ORG") in found
    assert ("Tjok Gede Sumerta", "PER") in found


def test_ramadhan_after_a_name_is_a_surname() -> None:
    assert ("Bayu Ramadhan", "PER") in ents("Kasat Reskrim AKP Bayu Ramadhan menyebut itu.")
    assert ents("Jelang Ramadhan, harga cabai naik.") == []


def test_a_dateline_place_may_follow_the_news_site() -> None:
    found = ents("TRIBUNLINTANG.COM, SEKARWANGI - Seorang pria ditemukan tewas di kebun.")
    assert ("SEKARWANGI", "LOC") in found
    assert ("KPK", "ORG") in ents("Menurut Lintang.com, KPK - lembaga itu - menahan dia.")


def test_an_events_edition_is_part_of_its_name() -> None:
    found = ents("Warga menonton Festival Danau Sekarwangi ke-12 pekan ini.")
    assert ("Festival Danau Sekarwangi ke-12", "MISC") in found


def test_imam_before_a_single_name_word_is_a_given_name() -> None:
    assert ("Imam Sarwono", "PER") in ents("Ketua RT setempat, Imam Sarwono, mengatakan itu.")
    found = ents("Imam Masjid Agung Lintang Hasan Basri memimpin salat.")
    assert ("Hasan Basri", "PER") in found


def test_a_team_named_city_first_is_an_organisation() -> None:
    found = ents("Di final, Jakarta Garuda Perkasa mengalahkan Bandung Sinar Tandamata.")
    assert ("Jakarta Garuda Perkasa", "ORG") in found
    assert ("Bandung Sinar Tandamata", "ORG") in found

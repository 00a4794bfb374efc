"""Indonesian names of odd shapes: two countries joined by a hyphen, initials before a
name, military and police commands, farmers' groups and heads of bodies (sentences
written for these tests)."""

from __future__ import annotations

from reader.analysis import analyze
from tests.unit.test_entities import ents


def test_two_listed_places_joined_by_a_hyphen_are_two_places() -> None:
    found = ents("Patroli bersama digelar di perbatasan Indonesia-Timor Leste pekan ini.")
    assert found == [("Indonesia", "LOC"), ("Timor Leste", "LOC")]
    found = ents("Hubungan Papua Nugini-Indonesia dibahas para menteri.")
    assert found == [("Papua Nugini", "LOC"), ("Indonesia", "LOC")]
    found = ents("Perbatasan Indonesia-Timor Leste dijaga ketat menjelang pemilu.")
    assert found == [("Indonesia", "LOC"), ("Timor Leste", "LOC")]


def test_capitals_after_an_office_of_one_person_are_the_holders_initials() -> None:
    found = ents("Jaksa Agung ST Burhanuddin meminta jajarannya menuntaskan perkara itu.")
    assert found == [("ST Burhanuddin", "PER")]
    found = ents("Mantan Jaksa Agung HM Prasetyo ikut menghadiri pelantikan tersebut.")
    assert found == [("HM Prasetyo", "PER")]
    found = ents("Menteri Keuangan SM Indrawati menjawab pertanyaan anggota dewan.")
    assert found == [("SM Indrawati", "PER")]


def test_a_bodys_acronym_after_an_office_stays_the_body() -> None:
    found = ents("Ketua MA Syarifuddin melantik tiga hakim agung baru.")
    assert found == [("MA", "ORG"), ("Syarifuddin", "PER")]
    found = ents("Presiden AS Joe Biden menelepon Perdana Menteri Jepang.")
    assert found[:2] == [("AS", "LOC"), ("Joe Biden", "PER")]


def test_a_commanders_unit_number_and_name_are_one_body() -> None:
    found = ents("Pangdam IX/Udayana Mayjen TNI Bambang Haryanto meninjau lokasi longsor.")
    assert found == [("IX/Udayana", "ORG"), ("Bambang Haryanto", "PER")]
    found = ents("Dandim 1609/Buleleng Letkol Inf Dwi Santoso memimpin apel pagi.")
    assert found == [("1609/Buleleng", "ORG"), ("Dwi Santoso", "PER")]
    found = ents("Pangdam XVIII/Kasuari Mayjen TNI Yudi Purnomo tiba di Manokwari.")
    assert found[:2] == [("XVIII/Kasuari", "ORG"), ("Yudi Purnomo", "PER")]


def test_a_numbered_command_is_one_body() -> None:
    found = ents("Kodam IX/Udayana menurunkan prajurit, dibantu Kodim 1609/Buleleng.")
    assert found == [("Kodam IX/Udayana", "ORG"), ("Kodim 1609/Buleleng", "ORG")]
    found = ents("Personel Korem 163/Wira Satya dan Polda Metro Jaya ikut berjaga.")
    assert found == [("Korem 163/Wira Satya", "ORG"), ("Polda Metro Jaya", "ORG")]


def test_a_community_groups_name_after_its_kind_is_no_person() -> None:
    found = ents("Bantuan bibit diserahkan kepada Kelompok Tani Sri Makmur di desa itu.")
    assert found == [("Kelompok Tani Sri Makmur", "ORG")]
    found = ents(
        "Pupuk disalurkan lewat Koperasi Unit Desa Sri Rejeki dan Gabungan Kelompok Tani Dewi Sri."
    )
    assert found == [
        ("Koperasi Unit Desa Sri Rejeki", "ORG"),
        ("Gabungan Kelompok Tani Dewi Sri", "ORG"),
    ]


def test_a_community_group_after_a_title_keeps_its_name_before_its_officer() -> None:
    assert ents("Anggota Kelompok Tani Rahayu ikut panen raya.") == [
        ("Kelompok Tani Rahayu", "ORG")
    ]
    found = ents("Ketua Kelompok Tani Sri Makmur Budi Santoso mengatakan panen melimpah.")
    assert found == [("Kelompok Tani Sri Makmur", "ORG"), ("Budi Santoso", "PER")]


def test_an_intelligence_service_named_by_a_word_is_a_body_before_its_chief() -> None:
    found = ents("Kepala Mossad David Barnea terbang ke Doha untuk merundingkan gencatan senjata.")
    assert found[:2] == [("Mossad", "ORG"), ("David Barnea", "PER")]
    found = ents("Kepala Shin Bet Ronen Bar mengundurkan diri.")
    assert found == [("Shin Bet", "ORG"), ("Ronen Bar", "PER")]


def test_a_listed_body_whose_name_ends_with_a_title_word_stays_whole() -> None:
    found = ents("Kepala Kantor Staf Presiden Moeldoko menerima perwakilan buruh.")
    assert found == [("Kantor Staf Presiden", "ORG"), ("Moeldoko", "PER")]
    assert ents("Laporan itu dikirim ke Kantor Staf Presiden pekan lalu.") == [
        ("Kantor Staf Presiden", "ORG")
    ]


def test_a_town_and_a_name_the_text_gives_one_person_elsewhere_are_that_person() -> None:
    text = (
        "Wali Kota Bogor Bima Arya Sugiarto membuka festival kuliner. "
        "Wali Kota Bima Arya Sugiarto mengatakan festival itu gratis."
    )
    assert ents(text) == [
        ("Bogor", "LOC"),
        ("Bima Arya Sugiarto", "PER"),
        ("Bima Arya Sugiarto", "PER"),
    ]
    # alone, the title may name the city of Bima and its mayor
    found = ents("Wali Kota Bima Muhammad Lutfi meninjau banjir.")
    assert found == [("Bima", "LOC"), ("Muhammad Lutfi", "PER")]


def test_a_name_opening_with_a_city_and_ending_as_a_surname_is_a_person() -> None:
    assert ents("Bima Arya Sugiarto meresmikan jembatan baru itu.") == [
        ("Bima Arya Sugiarto", "PER")
    ]
    found = ents("Pemain Jakarta Bhayangkara Presisi tampil apik.")
    assert found == [("Jakarta Bhayangkara Presisi", "ORG")]


def test_a_compass_word_ending_a_regency_is_no_place_cue_for_the_name_after() -> None:
    found = ents("Bupati Sumba Barat Daya Ratu Ngadu Bonu Wulla meninjau lokasi banjir.")
    assert found == [("Sumba Barat Daya", "LOC"), ("Ratu Ngadu Bonu Wulla", "PER")]
    found = ents("Warga Kecamatan Pelabuhanratu dan Kabupaten Sumba Barat Daya terdampak banjir.")
    assert found == [
        ("Kecamatan Pelabuhanratu", "LOC"),
        ("Kabupaten Sumba Barat Daya", "LOC"),
    ]


def test_initials_that_spell_a_form_of_address_are_initials_in_a_list() -> None:
    found = ents("Polisi menangkap tiga pemuda berinisial AR, MS, dan TW di sebuah kontrakan.")
    assert found == [("AR", "PER"), ("MS", "PER"), ("TW", "PER")]
    found = ents("Jaksa menuntut terdakwa berinisial MR (41). MR mengaku menyesal.")
    assert found == [("MR", "PER"), ("MR", "PER")]


def test_military_units_numbered_or_named_after_a_hero_are_bodies() -> None:
    found = ents("Komandan Lantamal V Laksma TNI Hendra Wijaya meninjau dermaga.")
    assert found == [("Lantamal V", "ORG"), ("Hendra Wijaya", "PER")]
    found = ents("Komandan Lanud Halim Perdanakusuma menyambut rombongan tamu negara.")
    assert found == [("Lanud Halim Perdanakusuma", "ORG")]
    found = ents("Anggota Koramil 1609-01/Sukasada membantu warga membersihkan lumpur.")
    assert found == [("Koramil 1609-01/Sukasada", "ORG")]
    found = ents("Danramil 1609-01/Sukasada Kapten Inf Made Arta memimpin kerja bakti.")
    assert found == [("1609-01/Sukasada", "ORG"), ("Made Arta", "PER")]


def test_soldiers_opening_a_sentence_are_no_part_of_their_units_name() -> None:
    found = ents("Prajurit Yonif 741/Garuda Nusantara dikerahkan ke Atambua.")
    assert found == [("Yonif 741/Garuda Nusantara", "ORG"), ("Atambua", "LOC")]


def test_a_high_speed_line_named_by_its_route_is_no_trains_name() -> None:
    found = ents("Penumpang kereta cepat Jakarta-Bandung melonjak saat libur panjang.")
    assert found == [("Jakarta", "LOC"), ("Bandung", "LOC")]
    found = ents("Utang proyek Kereta Cepat Jakarta-Bandung kembali dibahas DPR.")
    assert found == [("Kereta Cepat Jakarta-Bandung", "MISC"), ("DPR", "ORG")]
    assert ents("Penumpang kereta cepat Whoosh melonjak.") == [("Whoosh", "MISC")]


def test_two_listed_clubs_joined_by_a_hyphen_are_a_fixtures_two_sides() -> None:
    found = ents("Laga Real Madrid-Barcelona berakhir imbang tanpa gol.")
    assert found == [("Real Madrid", "ORG"), ("Barcelona", "ORG")]
    found = ents("Pertandingan Arema FC-Persebaya ditunda karena alasan keamanan.")
    assert found == [("Arema FC", "ORG"), ("Persebaya", "ORG")]


def test_a_unit_with_its_kind_before_its_number_is_one_body() -> None:
    found = ents(
        "Latihan melibatkan Yonif Raider 700/Wira Yudha Cakti dan Batalyon Infanteri 641/Beruang."
    )
    assert found == [
        ("Yonif Raider 700/Wira Yudha Cakti", "ORG"),
        ("Batalyon Infanteri 641/Beruang", "ORG"),
    ]
    assert ents("Brigade Infanteri 15/Kujang II dikerahkan ke perbatasan.") == [
        ("Brigade Infanteri 15/Kujang II", "ORG")
    ]


def test_initials_that_spell_a_time_of_day_open_a_name() -> None:
    found = ents("Mantan Kepala BIN AM Hendropriyono menilai ancaman itu serius.")
    assert found == [("BIN", "ORG"), ("AM Hendropriyono", "PER")]
    assert ents("Tokoh reformasi AM Fatwa dimakamkan di TMP Kalibata.")[0] == ("AM Fatwa", "PER")
    assert ("AM", "PER") not in ents("Pasar dibuka pukul 10 AM waktu setempat.")


def test_initials_before_an_indonesian_surname_are_a_person_without_a_title() -> None:
    assert ents("Menurut ST Burhanuddin, perkara itu rumit.") == [("ST Burhanuddin", "PER")]
    assert ents("Tokoh senior HM Prasetyo ikut hadir.") == [("HM Prasetyo", "PER")]
    # a hospital named after a hero keeps its head
    assert ents("Korban dirujuk ke RS Hasanuddin pagi itu.") == [("RS Hasanuddin", "ORG")]


def test_a_capitalised_bersama_ends_a_bodys_name() -> None:
    found = ents("Pompa air diserahkan kepada Kelompok Tani Karya Bersama di Desa Sesela.")
    assert found == [("Kelompok Tani Karya Bersama", "ORG"), ("Desa Sesela", "LOC")]


def test_a_prison_or_court_with_its_class_and_town_is_one_name_after_a_title() -> None:
    found = ents("Kepala Lapas Kelas IIA Kerobokan Fikri Jaya Soebing membenarkan kejadian itu.")
    assert found == [("Lapas Kelas IIA Kerobokan", "LOC"), ("Fikri Jaya Soebing", "PER")]
    found = ents("Kepala Rutan Kelas IIB Ambon, Yusuf Marasabessy, mengatakan hal itu.")
    assert found == [("Rutan Kelas IIB Ambon", "LOC"), ("Yusuf Marasabessy", "PER")]
    found = ents("Ketua PN Kelas IA Khusus Jakarta Pusat Budi Santoso membacakan putusan.")
    assert found == [("PN Kelas IA Khusus Jakarta Pusat", "ORG"), ("Budi Santoso", "PER")]


def test_a_housing_estate_is_a_place() -> None:
    found = ents("Banjir setinggi satu meter merendam Perumahan Pondok Gede Permai di Bekasi.")
    assert found == [("Perumahan Pondok Gede Permai", "LOC"), ("Bekasi", "LOC")]
    assert ents("Warga Rusunawa Marunda mengeluhkan air bersih.") == [("Rusunawa Marunda", "LOC")]


def test_a_verb_after_a_title_ends_the_gap_before_its_name() -> None:
    found = ents("Wali Kota meninjau Perumahan Pondok Gede Permai yang terendam.")
    assert found == [("Perumahan Pondok Gede Permai", "LOC")]


def test_a_numbered_deputy_or_assistant_keeps_the_numeral_in_the_title() -> None:
    found = ents("Deputi V Kantor Staf Presiden Jaleswari Pramodhawardani menerima audiensi itu.")
    assert found == [("Kantor Staf Presiden", "ORG"), ("Jaleswari Pramodhawardani", "PER")]
    found = ents("Asisten II Setda Provinsi Bali Ida Bagus Wiradnyana membuka rapat itu.")
    assert found == [("Setda Provinsi Bali", "ORG"), ("Ida Bagus Wiradnyana", "PER")]


def test_a_pair_of_places_joined_by_a_hyphen_in_a_headline_is_two_places() -> None:
    found = ents("Hubungan Indonesia-Timor Leste Makin Erat")
    assert found == [("Indonesia", "LOC"), ("Timor Leste", "LOC")]


def test_a_commanders_unit_in_a_headline_ends_at_the_verb() -> None:
    found = ents("Pangdam IX/Udayana Tinjau Banjir Buleleng")
    assert found == [("IX/Udayana", "ORG"), ("Buleleng", "LOC")]


def test_initials_before_a_surname_in_a_headline_are_a_person() -> None:
    assert ents("Jaksa Agung ST Burhanuddin Copot Kajari Nakal") == [("ST Burhanuddin", "PER")]


def test_a_community_group_in_a_headline_runs_to_the_verb() -> None:
    found = ents("Kelompok Tani Sri Makmur Terima Bantuan Traktor")
    assert found == [("Kelompok Tani Sri Makmur", "ORG")]


def test_a_form_of_address_in_a_line_all_in_capitals_stays_a_title() -> None:
    doc = analyze("MR JONES SAYS HE WILL RESIGN", lang="en", backend="builtin")
    assert [e.text for e in doc.entities] == ["JONES"]


def test_a_bus_company_named_after_its_founder_keeps_its_head() -> None:
    assert ents("Bus PO Haryanto terguling di jalan tol.") == [("PO Haryanto", "ORG")]


def test_a_commands_numeral_that_spells_a_generation_is_no_surnames() -> None:
    found = ents("Apel dihadiri Pangdam IV/Diponegoro Mayjen TNI Deddy Suryadi.")
    assert found == [("IV/Diponegoro", "ORG"), ("Deddy Suryadi", "PER")]


def test_a_toll_road_named_by_its_two_ends_is_two_places() -> None:
    found = ents("Ribuan personel disiagakan di jalur tol Semarang-Solo sejak pagi.")
    assert found == [("Semarang", "LOC"), ("Solo", "LOC")]

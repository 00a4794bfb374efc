"""Indonesian entities: commemoration days, world bodies by their Indonesian
names, vehicles' brands and models, number plates, churches named with their region,
village units and ordinary words ending a body's name (sentences written for these tests,
names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_commemoration_days_are_misc() -> None:
    found = ents("Upacara Hari Kesaktian Pancasila digelar di halaman balai kota.")
    assert found == [("Hari Kesaktian Pancasila", "MISC")]
    found = ents("Menjelang Hari Bhayangkara, polisi menggelar donor darah.")
    assert found == [("Hari Bhayangkara", "MISC")]
    found = ents("Peringatan Hari Pers Nasional tahun ini digelar sederhana.")
    assert found == [("Hari Pers Nasional", "MISC")]


def test_the_youth_pledge_is_misc() -> None:
    assert ents("Semangat Sumpah Pemuda harus dijaga.") == [("Sumpah Pemuda", "MISC")]


def test_hari_before_a_surname_is_no_day() -> None:
    found = ents("Menurut Hari Wiratmoko, pabrik itu tutup.")
    assert all(label != "MISC" for _, label in found)


def test_world_bodies_by_their_indonesian_names_are_organisations() -> None:
    found = ents("Laporan Program Pangan Dunia menyebut harga beras naik.")
    assert found == [("Program Pangan Dunia", "ORG")]
    found = ents("Dana Anak-anak PBB mengirim vaksin ke desa itu.")
    assert found == [("Dana Anak-anak PBB", "ORG")]


def test_a_programme_opening_a_sentence_stays_misc() -> None:
    found = ents("Program Makan Bergizi Gratis dimulai pekan depan.")
    assert found == [("Makan Bergizi Gratis", "MISC")]


def test_a_brand_and_model_after_a_vehicle_is_a_product() -> None:
    found = ents("Pelaku membawa kabur sepeda motor Honda Vario milik korban.")
    assert found == [("Honda Vario", "MISC")]
    found = ents("Mobil Toyota Fortuner itu menabrak pembatas jalan.")
    assert found == [("Toyota Fortuner", "MISC")]


def test_number_plate_letters_are_no_bodies() -> None:
    assert ents("Truk bernopol DK 8812 AB itu terguling di tanjakan.") == []
    found = ents("Mobil bernomor polisi B 1234 XYZ dibawa ke Polres Bogor.")
    assert found == [("Polres Bogor", "ORG")]


def test_a_church_named_by_its_faith_takes_its_region() -> None:
    found = ents("Gereja Masehi Injili di Timor menyalurkan bantuan.")
    assert found == [("Gereja Masehi Injili di Timor", "ORG")]
    found = ents("Gereja Kristen Jawa di Klaten menggelar ibadah.")
    assert ("Klaten", "LOC") in found


def test_village_units_are_places() -> None:
    found = ents("Banjir melanda Jorong Koto Tuo, Nagari Sungai Pua.")
    assert found == [("Jorong Koto Tuo", "LOC"), ("Nagari Sungai Pua", "LOC")]
    found = ents("Tim membuka jalan menuju Dukuh Karangsari yang terisolasi.")
    assert found == [("Dukuh Karangsari", "LOC")]


def test_an_ordinary_word_ending_a_body_name_opens_no_name() -> None:
    text = (
        "Film horor itu tayang pekan ini. Lembaga Sensor Film memberi klasifikasi dewasa "
        "untuk film tersebut."
    )
    assert ents(text) == [("Lembaga Sensor Film", "ORG")]


def test_a_central_board_stays_with_its_body_before_the_person() -> None:
    found = ents("Wakil Ketua KPI Pusat Mohamad Reza menerima aduan warga.")
    assert found == [("KPI Pusat", "ORG"), ("Mohamad Reza", "PER")]


def test_a_band_is_an_organisation() -> None:
    assert ents("Di ajang musik, band Kotak merilis singel baru.") == [("Kotak", "ORG")]


def test_a_film_maker_title_parts_company_and_person() -> None:
    found = ents("Produser MD Entertainment Manoj Punjabi mengatakan syuting selesai.")
    assert found == [("MD Entertainment", "ORG"), ("Manoj Punjabi", "PER")]


def test_the_new_cabinet_portfolios_stay_in_the_title() -> None:
    found = ents("Menteri Koordinator Bidang Pangan Rahmat Hidayat meninjau gudang.")
    assert found == [("Rahmat Hidayat", "PER")]
    found = ents("Menteri Imigrasi dan Pemasyarakatan Budi Santosa meninjau lapas.")
    assert found == [("Budi Santosa", "PER")]
    found = ents("Menteri Pemberdayaan Perempuan dan Perlindungan Anak Sri Lestari datang.")
    assert found == [("Sri Lestari", "PER")]


def test_village_bodies_are_organisations() -> None:
    assert ents("Posyandu Melati membagikan makanan tambahan.") == [("Posyandu Melati", "ORG")]


def test_the_public_prosecutor_is_a_title() -> None:
    found = ents("Jaksa Penuntut Umum Rina Wulandari membacakan tuntutan.")
    assert found == [("Rina Wulandari", "PER")]


def test_hakim_after_a_given_name_is_part_of_the_name_after_a_branch() -> None:
    found = ents("Ketua Pengurus Wilayah Nahdlatul Ulama Jawa Timur Abdul Hakim Sulaiman hadir.")
    assert found == [
        ("Pengurus Wilayah Nahdlatul Ulama Jawa Timur", "ORG"),
        ("Abdul Hakim Sulaiman", "PER"),
    ]


def test_a_body_noun_before_a_lowercase_title_is_no_organisation() -> None:
    found = ents("Majelis hakim Pengadilan Negeri Medan menjatuhkan vonis.")
    assert found == [("Pengadilan Negeri Medan", "ORG")]


def test_a_captain_before_an_army_corps_is_a_rank() -> None:
    found = ents("Danramil Cibeber Kapten Inf Suryadi ikut membantu warga.")
    assert ("Suryadi", "PER") in found


def test_minimarket_chains_are_organisations() -> None:
    found = ents("Aksi itu terekam kamera CCTV milik Indomaret di Jalan Siliwangi.")
    assert found == [("Indomaret", "ORG"), ("Jalan Siliwangi", "LOC")]

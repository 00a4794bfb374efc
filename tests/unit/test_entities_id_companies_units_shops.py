"""Indonesian entities: where a company's name ends and its officer's name begins (noble
titles, the company or its given names elsewhere), government units opened by "Balai",
shops named with their branch's area, royal given names after a minister's title, and
government programmes named mid-sentence (sentences written for these tests, names
invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_noble_title_opens_the_officer_after_a_company() -> None:
    found = ents("Direktur PT Sinar Harapan Raden Mas Joko mengatakan itu.")
    assert found == [("PT Sinar Harapan", "ORG"), ("Raden Mas Joko", "PER")]
    found = ents("Corporate Secretary Bank Lestari Teuku Ali Usman mengatakan itu.")
    assert found == [("Bank Lestari", "ORG"), ("Teuku Ali Usman", "PER")]


def test_a_university_named_after_a_noble_keeps_the_noble() -> None:
    found = ents("Mahasiswa Universitas Teuku Umar menggelar aksi.")
    assert found == [("Universitas Teuku Umar", "ORG")]


def test_company_named_again_says_where_it_ends() -> None:
    text = (
        "Direktur Utama PT Tirta Marga Rivandi Achmad Purwanto mengatakan volume naik. "
        "Juru bicara Tirta Marga Lisa Octavia menambahkan hal itu."
    )
    assert ents(text)[:2] == [("PT Tirta Marga", "ORG"), ("Rivandi Achmad Purwanto", "PER")]


def test_given_name_three_words_from_the_end_opens_the_officer() -> None:
    found = ents("Direktur PT Maju Bersama Agus Dwi Santoso mengatakan itu.")
    assert found == [("PT Maju Bersama", "ORG"), ("Agus Dwi Santoso", "PER")]


def test_corporate_secretary_in_indonesian_is_a_title() -> None:
    found = ents("Sekretaris Perusahaan PT Telkom Indonesia Tbk Octavius Prakoso menyebut itu.")
    assert found == [("PT Telkom Indonesia Tbk", "ORG"), ("Octavius Prakoso", "PER")]
    found = ents("Sekretaris Perusahaan BRI Agustya Bernadi mengatakan itu.")
    assert found == [("BRI", "ORG"), ("Agustya Bernadi", "PER")]


def test_corporate_secretary_of_a_listed_company_without_its_legal_form() -> None:
    found = ents("Sekretaris Perusahaan Telkom Oky Prakasa mengatakan perseroan melapor.")
    assert found == [("Telkom", "ORG"), ("Oky Prakasa", "PER")]
    found = ents("Sekretaris Perusahaan Garuda Indonesia Cahya Indrananto mengatakan itu.")
    assert found == [("Garuda Indonesia", "ORG"), ("Cahya Indrananto", "PER")]


def test_balai_opens_a_government_unit_with_its_numeral() -> None:
    found = ents("Balai Pelestarian Kebudayaan Wilayah V menggelar pameran di Palembang.")
    assert found == [("Balai Pelestarian Kebudayaan Wilayah V", "ORG"), ("Palembang", "LOC")]
    found = ents("Kepala Balai Besar Wilayah Sungai Pemali Juana Harya Muldianto mengatakan itu.")
    assert found == [
        ("Balai Besar Wilayah Sungai Pemali Juana", "ORG"),
        ("Harya Muldianto", "PER"),
    ]


def test_shop_named_with_its_area_is_an_organisation() -> None:
    found = ents("Sementara itu, toko buku Gramedia Matraman menggelar diskon.")
    assert found == [("Gramedia Matraman", "ORG")]
    found = ents("Toko oleh-oleh Toba Souvenir Parapat kebanjiran pembeli.")
    assert found == [("Toba Souvenir Parapat", "ORG")]


def test_shop_before_its_owner_names_the_owner() -> None:
    found = ents("Polisi menggeledah toko milik Ahmad Yani kemarin.")
    assert found == [("Ahmad Yani", "PER")]


def test_royal_given_name_after_a_ministers_title_opens_the_name() -> None:
    text = "Menteri Kehutanan Raja Juli Antoni meninjau lokasi. Raja Juli mengatakan itu."
    assert ents(text) == [("Raja Juli Antoni", "PER"), ("Raja Juli", "PER")]


def test_regency_opened_by_a_royal_word_after_a_regents_title() -> None:
    found = ents("Bupati Raja Ampat Orideko Burdam hadir.")
    assert found == [("Raja Ampat", "LOC"), ("Orideko Burdam", "PER")]


def test_officer_named_alone_later_opens_a_sentence() -> None:
    text = (
        "Kepala Badan Pangan Daerah Dadang Hermawan meninjau pasar. "
        "Dadang juga meninjau sekolah di Bekasi."
    )
    assert ("Dadang", "PER") in ents(text)


def test_given_name_written_alone_elsewhere_opens_the_officer() -> None:
    text = (
        "Hakim memvonis mantan Direktur PT Timah Raya Mochtar Riza Pahlevi. "
        "Mochtar akan mengajukan banding."
    )
    found = ents(text)
    assert found[:2] == [("PT Timah Raya", "ORG"), ("Mochtar Riza Pahlevi", "PER")]
    assert found[-1] == ("Mochtar", "PER")


def test_a_regency_opened_by_a_royal_word_stays_inside_an_office() -> None:
    found = ents("Kepala Dinas Pariwisata Raja Ampat Yusdi Lamatenggo mengatakan itu.")
    assert found == [("Dinas Pariwisata Raja Ampat", "ORG"), ("Yusdi Lamatenggo", "PER")]


def test_bank_after_a_legal_form_opens_the_company_name() -> None:
    text = "Direktur Utama PT Bank Tabungan Rakyat Nixon Napitupulu mengatakan itu."
    assert ents(text) == [("PT Bank Tabungan Rakyat", "ORG"), ("Nixon Napitupulu", "PER")]


def test_a_programme_named_mid_sentence_is_misc_not_a_person() -> None:
    found = ents("Bantuan disalurkan lewat Program Keluarga Sejahtera kepada warga.")
    assert found == [("Program Keluarga Sejahtera", "MISC")]
    found = ents("Ia kuliah di Program Studi Teknik Sipil.")
    assert all(label != "MISC" for _, label in found)


def test_a_regions_numeral_ends_a_units_name_before_its_head() -> None:
    found = ents("Kepala Balai Pelestarian Kebudayaan Wilayah X Iskandar Mulia Siregar hadir.")
    assert found == [
        ("Balai Pelestarian Kebudayaan Wilayah X", "ORG"),
        ("Iskandar Mulia Siregar", "PER"),
    ]


def test_a_sport_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    assert ents("Pesilat Puspa Wulandari meraih emas.") == [("Puspa Wulandari", "PER")]
    assert ents("Lifter Eko Yuli Prasetyo gagal.") == [("Eko Yuli Prasetyo", "PER")]


def test_a_chains_branch_named_by_its_district_alone_is_the_shop() -> None:
    assert ents("Warga antre di Gramedia Matraman sejak pagi.") == [("Gramedia Matraman", "ORG")]
    found = ents("Pengunjung memadati Transmart Cempaka Putih sejak pagi.")
    assert found == [("Transmart Cempaka Putih", "ORG")]


def test_a_production_house_ends_with_production() -> None:
    found = ents("Konser itu digelar promotor Java Festival Production pekan lalu.")
    assert found == [("Java Festival Production", "ORG")]

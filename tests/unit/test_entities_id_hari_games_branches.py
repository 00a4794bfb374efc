"""Indonesian entities: "Hari" as a man's given name, games opened by "Pekan",
gatherings by level, mass organisations' branches, farmers' groups, a party's board before
a one-word name (sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_hari_opening_a_name_is_part_of_it() -> None:
    assert ents("Hari Wiratmoko mengatakan pabrik itu tutup.") == [("Hari Wiratmoko", "PER")]
    found = ents("Menurut Hari Santoso, panen tahun ini bagus.")
    assert found == [("Hari Santoso", "PER")]
    found = ents("Kata Hari Santoso kepada wartawan, panen tahun ini bagus.")
    assert found == [("Hari Santoso", "PER")]


def test_hari_before_a_holiday_or_commemoration_stays_a_day() -> None:
    assert ents("Hari Raya Nyepi jatuh pekan depan.") == [("Hari Raya Nyepi", "MISC")]
    found = ents("Peringatan Hari Pangan Sedunia digelar di alun-alun.")
    assert found == [("Hari Pangan Sedunia", "MISC")]


def test_games_opened_by_pekan_are_misc() -> None:
    found = ents("Atlet itu tampil di Pekan Olahraga Nasional tahun ini.")
    assert found == [("Pekan Olahraga Nasional", "MISC")]
    found = ents("Pekan Olahraga Provinsi dibuka gubernur.")
    assert found == [("Pekan Olahraga Provinsi", "MISC")]
    assert ents("Warga memadati Pekan Raya Jakarta.") == [("Pekan Raya Jakarta", "MISC")]


def test_a_gathering_by_level_is_misc() -> None:
    found = ents("Partai itu menggelar Rapat Kerja Nasional bulan depan.")
    assert found == [("Rapat Kerja Nasional", "MISC")]
    found = ents("Rapat Kerja Daerah partai digelar bulan depan.")
    assert found == [("Rapat Kerja Daerah", "MISC")]
    found = ents("Siswa itu menjuarai Lomba Cerdas Cermat Nasional.")
    assert found == [("Lomba Cerdas Cermat Nasional", "MISC")]


def test_a_mass_organisations_branch_before_its_leader() -> None:
    found = ents("Ketua Pimpinan Cabang Muhammadiyah Wonosari Ahmad Salim hadir.")
    assert found == [
        ("Pimpinan Cabang Muhammadiyah Wonosari", "ORG"),
        ("Ahmad Salim", "PER"),
    ]


def test_pimpinan_before_a_body_is_its_leaders() -> None:
    assert ents("Laporan itu sampai ke Pimpinan KPK kemarin.") == [("KPK", "ORG")]
    assert ents("Laporan itu sampai ke Pimpinan kemarin.") == []


def test_farmers_groups_keep_kelompok() -> None:
    found = ents("Petani dari Kelompok Tani Sido Makmur memanen jagung.")
    assert found == [("Kelompok Tani Sido Makmur", "ORG")]
    found = ents("Kelompok Nelayan Sumber Laut menerima perahu.")
    assert found == [("Kelompok Nelayan Sumber Laut", "ORG")]


def test_a_partys_board_before_a_one_word_name() -> None:
    found = ents("Ketua DPP Partai Demokrat Suharto hadir.")
    assert found == [("DPP Partai Demokrat", "ORG"), ("Suharto", "PER")]
    found = ents("Anggota Fraksi PDI Perjuangan Ratna Dewi hadir.")
    assert found == [("Fraksi PDI Perjuangan", "ORG"), ("Ratna Dewi", "PER")]


def test_the_national_sports_committee_is_an_organisation() -> None:
    assert ents("Ketua Umum KONI Budi Harsono hadir.") == [("KONI", "ORG"), ("Budi Harsono", "PER")]

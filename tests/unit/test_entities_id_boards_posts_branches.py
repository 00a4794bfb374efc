"""Indonesian offices whose body is a board named for its members, a post, a branch's town
or a long directorate, before (or without) the person's name (sentences written for these
tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_board_named_for_its_members_is_no_person() -> None:
    assert ents("Ia sebelumnya menjabat Ketua Dewan Komisioner OJK, lalu pensiun.") == [
        ("Dewan Komisioner OJK", "ORG")
    ]


def test_an_observation_post_then_its_officer() -> None:
    found = ents(
        "Petugas Pos Pengamatan Gunung Api Lewotobi Yohanes Kolo mengatakan letusan terjadi."
    )
    assert found == [("Pos Pengamatan Gunung Api Lewotobi", "ORG"), ("Yohanes Kolo", "PER")]


def test_a_branch_town_before_a_person_the_text_names_again() -> None:
    found = ents(
        "Prakirawan BMKG Juanda Rina Maharani mengatakan hujan turun sore ini."
        " Warga diminta waspada, kata Rina."
    )
    assert found[:2] == [("BMKG Juanda", "ORG"), ("Rina Maharani", "PER")]


def test_a_three_word_name_after_a_body_stays_whole() -> None:
    found = ents("Kepala BPBD Sutrisno Agus Wibowo mengatakan banjir surut.")
    assert found == [("BPBD", "ORG"), ("Sutrisno Agus Wibowo", "PER")]


def test_a_directorate_joined_by_dan_before_its_ministry_and_director() -> None:
    found = ents(
        "Direktur Pendidikan Diniyah dan Pondok Pesantren Kemenag Waryono Abdul Ghafur hadir."
    )
    assert ("Waryono Abdul Ghafur", "PER") in found or ("Abdul Ghafur", "PER") in found
    assert all(label != "PER" or "Kemenag" not in text for text, label in found)
    found = ents("Direktur Pendidikan Diniyah dan Pondok Pesantren Kemenag Basnang Said hadir.")
    assert ("Basnang Said", "PER") in found
    assert ("Diniyah", "PER") not in found


def test_a_listed_body_in_the_titles_portfolio_words_opens_the_run() -> None:
    assert ents("Petugas Bea Cukai Tarakan menyita sabu.") == [("Bea Cukai Tarakan", "ORG")]
    assert ents("Kepala Bea Cukai Tarakan menyita sabu.") == [("Bea Cukai Tarakan", "ORG")]


def test_a_bodys_unit_after_a_title_is_no_person() -> None:
    found = ents("Petugas PLN Unit Layanan Pelanggan Depok memperbaiki jaringan.")
    assert found == [("PLN", "ORG"), ("Unit Layanan Pelanggan Depok", "ORG")]


def test_a_branch_town_before_a_person_named_again_after_menurut() -> None:
    found = ents(
        "Prakirawan BMKG Juanda Rina Maharani mengatakan hujan turun sore ini."
        " Menurut Rina, warga diminta waspada."
    )
    assert found[:2] == [("BMKG Juanda", "ORG"), ("Rina Maharani", "PER")]

"""Indonesian personal names of the regions: Batak women's "boru"/"br", Balinese "Sang"
before a birth-order name, a nickname introduced by "begitu ia biasa disapa", and initials
after an office ("mantan lurah berinisial SW"), Sasak noble titles ("Lalu", "Baiq") opening a
name after a place; names invented."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_batak_boru_joins_a_womans_name() -> None:
    found = ents("Korban, Tiurma boru Sitorus, selamat bersama dua anaknya.")
    assert found == [("Tiurma boru Sitorus", "PER")]
    found = ents("Pelapor bernama Rosmawati br Nainggolan merugi ratusan juta rupiah.")
    assert found == [("Rosmawati br Nainggolan", "PER")]


def test_balinese_sang_and_i_open_a_name() -> None:
    found = ents("Penjabat Gubernur Bali Sang Made Mahendra Jaya hadir di sana.")
    assert found == [("Bali", "LOC"), ("Sang Made Mahendra Jaya", "PER")]
    assert ents("Sang Nyoman Sudarta tiba pagi itu.") == [("Sang Nyoman Sudarta", "PER")]
    assert ents("I Wayan Sudarsana tiba pagi itu.") == [("I Wayan Sudarsana", "PER")]
    assert ents("Sang juara kembali berlatih di Denpasar.") == [("Denpasar", "LOC")]


def test_a_nickname_opening_a_sentence_is_a_person() -> None:
    found = ents("Ucok, begitu ia biasa disapa, sudah lima tahun berjualan di Pasar Horas.")
    assert found == [("Ucok", "PER"), ("Pasar Horas", "LOC")]
    assert ents("Namun, begitu banyak warga datang ke balai desa.") == []


def test_initials_after_an_office_are_a_person() -> None:
    found = ents("Polisi menahan mantan lurah berinisial SW pada Senin.")
    assert found == [("SW", "PER")]


def test_a_sasak_noble_title_opens_the_person_after_a_province() -> None:
    found = ents("Atlet lari asal Nusa Tenggara Timur Lalu Muhammad Zohri meraih emas.")
    assert found == [("Nusa Tenggara Timur", "LOC"), ("Lalu Muhammad Zohri", "PER")]
    found = ents("Warga Kabupaten Lombok Timur Baiq Nuril Maknun mengeluh.")
    assert ("Baiq Nuril Maknun", "PER") in found

"""Where the counted noun phrase after an Indonesian number ends: before "akibat" (because
of), after "pelaku" unless businesses are meant ("pelaku UMKM"), and at a headline's verb
("Dua Meninggal" counts nothing it names, while "4 Meter" is a measure that only looks like
a me- verb)."""

from __future__ import annotations

import pytest

from tests.unit.found_values import numbers_by_text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pebalap itu kehilangan tiga posisi akibat penalti.",
            {"tiga posisi": (3, "posisi")},
        ),
        (
            "Ribuan Warga Terserang DBD, Dua Meninggal\n\nIsi berita.",
            # "Dua" counts what the clause before counted (see test_numbers_elided_units)
            {"Ribuan Warga": (None, "Warga"), "Dua": (2, "Warga")},
        ),
        ("12 Pasien Meninggal\n\nIsi berita.", {"12 Pasien": (12, "Pasien")}),
        ("Gelombang Tinggi hingga 4 Meter\n\nIsi berita.", {"4 Meter": (4, "Meter")}),
        ("Lima Menteri Baru Dilantik\n\nIsi berita.", {"Lima Menteri Baru": (5, "Menteri Baru")}),
        ("Insentif bagi 3 juta pelaku UMKM.", {"3 juta pelaku UMKM": (3000000, "pelaku UMKM")}),
        ("Polisi menangkap tiga pelaku pencurian.", {"tiga pelaku": (3, "pelaku")}),
        # a ke-…-an verb of what befell them is no part of the noun
        ("Sebanyak 214 siswa keracunan makanan.", {"214 siswa": (214, "siswa")}),
        ("Ribuan Siswa Keracunan Makanan\n\nIsi berita.", {"Ribuan Siswa": (None, "Siswa")}),
        ("Tiga desa kebanjiran sejak Senin.", {"Tiga desa": (3, "desa")}),
        (
            "MK menerima 87 permohonan sengketa hasil pemilu.",
            {"87 permohonan sengketa": (87, "permohonan sengketa")},
        ),
        ("Dua rumah sakit daerah penuh.", {"Dua rumah sakit daerah": (2, "rumah sakit daerah")}),
    ],
)
def test_where_the_counted_noun_ends(
    sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, "id") == expected


def test_an_english_past_tense_alone_is_what_the_counted_did() -> None:
    """ "dozens spoke": the irregular past is no noun, as "dozens injured" is none."""
    found = numbers_by_text("Hundreds packed the hall, and dozens spoke at length.", "en")
    assert found["dozens"] == (None, None)


def test_the_quarter_finals_are_no_quarter() -> None:
    assert numbers_by_text("Tim itu lolos ke babak seperempat final Piala Dunia.", "id") == {}


def test_a_day_written_as_one_word_ends_the_noun() -> None:
    """ "sehari sebelumnya" (the day before) says when, not what was counted."""
    found = numbers_by_text(
        "Satelit mendeteksi 146 titik panas, naik dari 98 titik sehari sebelumnya.", "id"
    )
    assert found["98 titik"] == (98, "titik")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an -ed word with its object after a count is what the counted did
        ("Of the patients, 140 needed intensive care.", {"140": (140, None)}),
        ("About 300 received treatment at the scene.", {"300": (300, None)}),
        # before a plural, or a single thing after "one", it describes what is counted
        ("Police said 50 armed men attacked.", {"50 armed men": (50, "armed men")}),
        ("One armed man fled.", {"One armed man": (1, "armed man")}),
        ("Three masked gunmen struck.", {"Three masked gunmen": (3, "masked gunmen")}),
        (
            "About 20 trained medical staff came.",
            {"20 trained medical staff": (20, "trained medical staff")},
        ),
    ],
)
def test_an_english_verb_with_its_object_is_no_unit(
    sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "The party won 33 seats, up from 19 four years ago.",
            "en",
            {"33 seats": (33, "seats"), "19": (19, "seats"), "four years": (4, "years")},
        ),
        (
            "Angka itu naik dari 19 dua tahun lalu.",
            "id",
            {"19": (19, None), "dua tahun": (2, "tahun")},
        ),
    ],
)
def test_a_number_word_after_a_number_is_another_amount(
    sentence: str, lang: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert numbers_by_text(sentence, lang) == expected

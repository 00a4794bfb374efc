"""Counts whose noun is left out: a second clause of the same shape counts what the first
counted ("1,150 stocks advanced and 830 declined"), and nothing else lends its unit."""

from __future__ import annotations

import pytest

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.numbers import find_numbers


def units(text: str, lang: str) -> dict[str, object]:
    return {n.text: n.unit for n in find_numbers(BuiltinBackend().parse(text, lang))}


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "unit"),
    [
        ("en", "About 1,150 stocks advanced and 830 declined on the day.", "830", "stocks"),
        ("en", "In all 12 people were killed and 30 injured in the blast.", "30", "people"),
        ("id", "Sebanyak 287 saham menguat, 240 melemah, dan sisanya stagnan.", "240", "saham"),
        ("id", "Sebanyak 120 rumah rusak ringan dan 40 rusak berat.", "40", "rumah"),
        ("id", "Tiga orang tewas dan 12 lainnya luka-luka dalam kecelakaan itu.", "12", "orang"),
        # some of them opening the next sentence after "Sebanyak"
        (
            "id",
            "MK menerima 87 permohonan sengketa. Sebanyak 23 di antaranya diajukan partai.",
            "23",
            "permohonan sengketa",
        ),
        # the amount a count is compared with counts the same
        ("en", "The party won 33 seats, up from 19 in 2022.", "19", "seats"),
        ("en", "It now employs 4,000 workers, down from 5,200.", "5,200", "workers"),
        ("id", "Korban bertambah menjadi 45 orang dari sebelumnya 30.", "30", "orang"),
        # an auxiliary before the second clause's verb: "masih" (still) as "were"
        ("id", "Tujuh warga tewas, sementara 45 lainnya masih dirawat.", "45", "warga"),
        ("id", "Sebanyak 20 rumah rusak. Lima masih terendam air.", "Lima", "rumah"),
        ("en", "Nine people died and another 34 were injured.", "34", "people"),
        (
            "en",
            "About 3,000 flights were cancelled and a further 1,200 delayed.",
            "1,200",
            "flights",
        ),
        (
            "en",
            "About 12,000 dockworkers are employed there, and a further 300 will be hired.",
            "300",
            "dockworkers",
        ),
        ("id", "Sebanyak 265 saham menguat, 251 melemah, dan 210 tidak bergerak.", "210", "saham"),
        (
            "en",
            "Medics treated 310 runners, mostly for dehydration, and eight were taken away.",
            "eight",
            "runners",
        ),
        # some of those counted before, in the same sentence
        ("id", "Sebanyak 215 rumah rusak, 18 di antaranya rusak berat.", "18", "rumah"),
        (
            "en",
            "The ferry carried 300 passengers, and 14 of them were children.",
            "14",
            "passengers",
        ),
    ],
)
def test_second_clause_counts_what_the_first_counted(
    lang: str, sentence: str, span: str, unit: str
) -> None:
    assert units(sentence, lang)[span] == unit


@pytest.mark.parametrize(
    ("lang", "sentence", "span"),
    [
        ("en", "The team won 3 games in May and 2 in June.", "2"),  # no verb after either
        ("en", "Shares rose 3% and 5 were sold at a loss.", "5"),  # a share is not counted
        ("en", "It cost $40 and 12 were sold on the day.", "12"),  # nor is money
        ("id", "Harga naik 5 persen dan 12 turun lagi.", "12"),
        ("en", "The 45-year-old was arrested and 2 were charged.", "2"),  # an age
        ("id", "Hasilnya keluar dalam dua minggu, dan separuh di antaranya rugi.", "separuh"),
    ],
)
def test_no_unit_is_lent_across_other_shapes(lang: str, sentence: str, span: str) -> None:
    assert units(sentence, lang).get(span) is None

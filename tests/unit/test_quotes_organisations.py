"""Organisations as speakers: an Indonesian company written bare after the speech verb
("tulis perusahaan dalam keterangannya", "tulis perseroan"). Sentences written for these
tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str = "id") -> list[str | None]:
    return [q.speaker for q in analyze(text, lang=lang, backend="builtin").quotes]


def test_bare_company_after_the_speech_verb_is_the_company_named_before() -> None:
    text = (
        "Saham PT Sinar Bahari Tbk turun 6 persen pada Kamis. Perusahaan menyatakan tetap "
        'optimistis. "Kami akan menambah rute domestik," tulis perusahaan dalam keterangannya.'
    )
    assert speakers(text) == ["pt-sinar-bahari-tbk"]


def test_bare_company_at_the_end_of_the_sentence() -> None:
    text = (
        "PT Sinar Bahari Tbk akan menutup pabrik di Cikarang. "
        '"Seluruh karyawan akan ditawari posisi lain," tulis perseroan.'
    )
    assert speakers(text) == ["pt-sinar-bahari-tbk"]


def test_a_company_before_a_name_is_no_bare_speaker() -> None:
    text = (
        "PT Sinar Bahari Tbk akan menutup pabrik di Cikarang. Direktur Utama Budi Santoso "
        'menjelaskan alasannya. "Biayanya terlalu tinggi," kata Budi.'
    )
    assert speakers(text) == ["budi-santoso"]

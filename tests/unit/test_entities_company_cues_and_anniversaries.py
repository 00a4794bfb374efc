"""Entities where a company or football cue misleads: people who say "its", people
worked for, strikers who are no footballers, Indonesian words that are brands, result
lines, and anniversaries, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

ents_en = partial(test_entities.ents, lang="en")
ents_id = partial(test_entities.ents, lang="id")


def test_a_leader_saying_its_stays_a_person() -> None:
    found = ents_en("Putin said its troops had advanced near the river.")
    assert ("Putin", "PER") in found


def test_a_given_name_before_would_and_its_is_no_company() -> None:
    found = ents_en("On Monday, Maria would sign its version of the bill.")
    assert ("Maria", "PER") in found


def test_a_company_raising_its_forecast_is_still_a_company() -> None:
    assert ("Rheinmetall", "ORG") in ents_en("Rheinmetall raised its forecast on Tuesday.")


def test_a_person_worked_for_who_then_speaks_is_a_person() -> None:
    found = ents_en("She worked for Trump for years. Trump said he was sorry.")
    assert ("Trump", "ORG") not in found


def test_a_given_name_worked_for_is_a_person() -> None:
    assert ("Maria Lopez", "ORG") not in ents_en("He worked for Maria Lopez in Denver.")


def test_a_business_worked_for_is_still_a_business() -> None:
    assert ("Zelvano", "ORG") in ents_en("She works for Zelvano in Denver.")


def test_strikers_of_a_labour_strike_make_no_football_story() -> None:
    text = "The strikers were beaten by Smith police outside the plant on Friday."
    assert ("Smith", "ORG") not in ents_en(text)


def test_the_indonesian_word_for_dry_is_no_company() -> None:
    assert ("Kering", "ORG") not in ents_id("Kering sekali tanah di desa itu musim ini.")


def test_a_result_line_keeps_its_clubs() -> None:
    found = ents_id("Hasil pertandingan: PSM 2 PSS 1 di Stadion Mattoangin.")
    assert ("PSM", "ORG") in found


def test_a_short_plate_after_its_cue_is_still_no_name() -> None:
    found = ents_id("Motor dengan pelat nomor AD 12 RT hilang di Solo.")
    assert not any(text in ("AD", "RT") for text, _ in found)


def test_an_anniversary_day_is_one_event() -> None:
    found = ents_id("Upacara Hari Ulang Tahun Bhayangkara ke-79 digelar di Monas, Jakarta.")
    assert ("Hari Ulang Tahun Bhayangkara", "MISC") in found
    assert ("Bhayangkara", "PER") not in found


def test_a_town_anniversary_day_is_one_event() -> None:
    found = ents_id("Warga merayakan Hari Jadi Kota Bogor ke-543 pada Senin.")
    assert ("Hari Jadi Kota Bogor", "MISC") in found


def test_an_anniversary_written_hut_is_one_event() -> None:
    found = ents_id("Upacara HUT Bhayangkara ke-79 digelar di Monas.")
    assert ("HUT Bhayangkara", "MISC") in found


def test_a_name_before_a_plural_profession_is_a_firm() -> None:
    assert ("Fujitsu", "ORG") in ents_en("She had been misled by Fujitsu engineers.")
    found = ents_en("Donald Trump hired lawyers. Trump lawyers said it was false.")
    assert ("Trump", "PER") in found

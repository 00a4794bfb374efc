"""Indonesian health, graft, campus and foreign news: diseases named by a capitalised head
("Virus Nipah"), hospitals and universities named after honoured people, offices whose
body the text names elsewhere, foreign regions before their governors' names, and "Lima"
the city (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.test_entities import ents


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("Virus Nipah menular dari kelelawar.", "Virus Nipah"),
        ("Kemenkes waspada setelah Virus Nipah dilaporkan di India.", "Virus Nipah"),
        ("Demam Berdarah Dengue meningkat di Bogor.", "Demam Berdarah Dengue"),
        ("Penyakit Menular Seksual juga menjadi perhatian.", "Penyakit Menular Seksual"),
    ],
)
def test_a_disease_named_by_its_head_is_misc_even_opening_a_sentence(
    text: str, disease: str
) -> None:
    assert (disease, "MISC") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mahasiswa Universitas Sultan Hasanuddin berunjuk rasa.",
        "Rektor Universitas Sultan Hasanuddin hadir.",
    ],
)
def test_a_university_named_after_a_sultan_is_one_body(text: str) -> None:
    assert ents(text) == [("Universitas Sultan Hasanuddin", "ORG")]


def test_a_university_named_after_a_sultan_then_its_rector() -> None:
    found = ents("Rektor Universitas Sultan Ageng Tirtayasa Fatah Sulaiman hadir.")
    assert found == [("Universitas Sultan Ageng Tirtayasa", "ORG"), ("Fatah Sulaiman", "PER")]


def test_a_hospital_after_a_title_with_no_holder_is_whole() -> None:
    assert ents("Direktur RSUD dr Soetomo hadir.") == [("RSUD dr Soetomo", "ORG")]


def test_a_hospital_named_after_a_professor_doctor_is_one_name() -> None:
    found = ents("Ia dirawat di RSUD Prof. Dr. Margono Soekarjo.")
    assert found == [("RSUD Prof. Dr. Margono Soekarjo", "ORG")]


def test_a_hospital_the_text_names_alone_ends_where_its_director_begins() -> None:
    text = (
        "Direktur RSUD Dr. Soetomo Cita Rosita Sigit Prakoeswa hadir. "
        "Pasien dirujuk ke RSUD Dr. Soetomo kemarin."
    )
    assert ents(text)[:2] == [("RSUD Dr. Soetomo", "ORG"), ("Cita Rosita Sigit Prakoeswa", "PER")]


def test_a_short_name_defined_in_brackets_ends_the_office_after_a_title() -> None:
    text = (
        "Universitas Sultan Ageng Tirtayasa (Untirta) membuka prodi baru. "
        "Rektor Untirta Fatah Sulaiman hadir."
    )
    assert ents(text)[-2:] == [("Untirta", "ORG"), ("Fatah Sulaiman", "PER")]


def test_a_weather_station_of_two_words_then_its_head() -> None:
    found = ents("Kepala BMKG El Tari Sti Nenotek mengatakan hujan turun.")
    assert found == [("BMKG El Tari", "ORG"), ("Sti Nenotek", "PER")]


def test_a_foreign_region_named_after_di_is_no_governors_first_name() -> None:
    text = "Serangan terjadi di Kherson. Gubernur Kherson Oleksandr Prokudin mengecamnya."
    assert ents(text) == [
        ("Kherson", "LOC"),
        ("Kherson", "LOC"),
        ("Oleksandr Prokudin", "PER"),
    ]


def test_lima_opening_a_sentence_is_the_city_the_text_names_mid_sentence() -> None:
    text = "Lima menjadi tuan rumah KTT. Presiden tiba di Lima kemarin."
    assert [e for e in ents(text) if e[0] == "Lima"] == [("Lima", "LOC"), ("Lima", "LOC")]
    assert ents("Lima dibebaskan oleh polisi.") == []


def test_mas_inside_a_company_name_is_no_form_of_address() -> None:
    assert ents("Ia bekerja di PT Sinar Mas Multifinance.") == [
        ("PT Sinar Mas Multifinance", "ORG")
    ]


def test_a_role_said_of_the_subject_names_its_company_only() -> None:
    found = ents("Adapun HW adalah direktur PT Medika Sarana Utama.")
    assert ("PT Medika Sarana Utama", "ORG") in found


def test_an_investigation_directorate_is_part_of_the_title() -> None:
    found = ents("Direktur Penyidikan Jampidsus Abdul Qohar menyebut terdakwa segera disidangkan.")
    assert found == [("Abdul Qohar", "PER")]


def test_a_lone_compass_word_is_the_west_no_person() -> None:
    assert ents("Ia meminta sekutu Barat mempercepat bantuan.") == [("Barat", "LOC")]


@pytest.mark.parametrize(
    ("text", "region", "person"),
    [
        ("Gubernur Kherson Oleksandr Prokudin hadir.", "Kherson", "Oleksandr Prokudin"),
        ("Gubernur Khuzestan Mohammad Reza Mowali melapor.", "Khuzestan", "Mohammad Reza Mowali"),
    ],
)
def test_a_foreign_region_before_a_common_foreign_given_name_is_a_place(
    text: str, region: str, person: str
) -> None:
    assert ents(text) == [(region, "LOC"), (person, "PER")]


def test_oleh_after_a_governors_region_is_his_given_name() -> None:
    found = ents("Gubernur Odesa Oleh Kiper mengatakan pelabuhan diserang.")
    assert found == [("Odesa", "LOC"), ("Oleh Kiper", "PER")]
    assert ents("Buku itu ditulis Oleh Pramoedya.") == [("Pramoedya", "PER")]


def test_a_professor_as_guru_besar_is_a_title_before_campus_and_name() -> None:
    found = ents("Guru Besar Universitas Indonesia Sulistyowati Irianto hadir.")
    assert found == [("Universitas Indonesia", "ORG"), ("Sulistyowati Irianto", "PER")]


def test_a_hospital_written_alone_opening_a_sentence_ends_the_office_after_a_title() -> None:
    text = (
        "RSUD Zainoel Abidin di Banda Aceh menyiapkan ruang perawatan. Direktur RSUD Zainoel "
        "Abidin Isra Firmansyah meminta warga tenang."
    )
    assert ents(text)[-2:] == [("RSUD Zainoel Abidin", "ORG"), ("Isra Firmansyah", "PER")]

"""Indonesian offices that name a unit of their body before the body and the holder: the
police detectives' and prosecutors' units as the press abbreviates them ("Kasubdit Jatanras
Ditreskrimum Polda Metro Jaya", "Kasi Pidsus Kejari Bandung") belong to the title, and a
weather station's kind and place ("BMKG Stasiun Meteorologi Juanda") to the body, the
holder's name after them; a board's portfolio after its body ("Ketua MUI Bidang Fatwa")
belongs to the title, and a body's numbered regional office ("LLDikti Wilayah V") is the
body (sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_police_units_acronym_after_its_heads_title_belongs_to_the_title() -> None:
    found = ents(
        "Kasubdit Jatanras Ditreskrimum Polda Metro Jaya AKBP Dani Rusman menangkap pelaku."
    )
    assert found == [("Ditreskrimum Polda Metro Jaya", "ORG"), ("Dani Rusman", "PER")]
    found = ents("Kanit PPA Satreskrim Polres Bogor Iptu Rina Lestari menemui korban.")
    assert found == [("Satreskrim Polres Bogor", "ORG"), ("Rina Lestari", "PER")]
    found = ents("Kadiv Propam Polri Irjen Yusuf Karim menggelar sidang etik.")
    assert found == [("Polri", "ORG"), ("Yusuf Karim", "PER")]


def test_a_prosecutors_section_and_assistant_are_titles() -> None:
    found = ents("Kasi Pidsus Kejari Bandung Rahmat Hidayat mengatakan berkas lengkap.")
    assert found == [("Kejari Bandung", "ORG"), ("Rahmat Hidayat", "PER")]
    found = ents("Aspidsus Kejati Jabar Dwi Agus Arfianto mengatakan penyidikan berlanjut.")
    assert found == [("Kejati Jabar", "ORG"), ("Dwi Agus Arfianto", "PER")]


def test_a_weather_stations_kind_and_place_end_the_body_before_its_head() -> None:
    found = ents("Kepala BMKG Stasiun Meteorologi Juanda Taufan Hermawan mengimbau warga.")
    assert found == [("BMKG Stasiun Meteorologi Juanda", "ORG"), ("Taufan Hermawan", "PER")]
    found = ents("Kepala Stasiun Klimatologi Jawa Tengah Iwan Harmoko mengatakan kemarau usai.")
    assert found == [("Stasiun Klimatologi Jawa Tengah", "ORG"), ("Iwan Harmoko", "PER")]


def test_a_railway_station_stays_a_place() -> None:
    assert ents("Kereta berhenti di Stasiun Gambir.") == [("Stasiun Gambir", "LOC")]


def test_a_boards_portfolio_after_its_body_belongs_to_the_title() -> None:
    found = ents("Ketua MUI Bidang Fatwa Asrul Niam Sholeh mengatakan fatwa itu disusun.")
    assert found == [("MUI", "ORG"), ("Asrul Niam Sholeh", "PER")]
    found = ents("Wakil Ketua Umum Kadin Bidang Hubungan Internasional Bernard Vega hadir.")
    assert found == [("Kadin", "ORG"), ("Bernard Vega", "PER")]


def test_a_bodys_numbered_regional_office_is_the_body() -> None:
    found = ents("Kepala LLDikti Wilayah V Setya Indartono mengingatkan kampus swasta.")
    assert found == [("LLDikti Wilayah V", "ORG"), ("Setya Indartono", "PER")]
    assert ents("Pejabat LLDikti Wilayah III memeriksa kampus itu.") == [
        ("LLDikti Wilayah III", "ORG")
    ]
    assert ents("Ia bermain Grand Theft Auto VI semalaman.") == [("Grand Theft Auto VI", "MISC")]

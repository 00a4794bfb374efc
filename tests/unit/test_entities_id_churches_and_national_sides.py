"""Indonesian entities: church bodies, a sentence-opening noun before a name,
health centres and championships (sentences written for these tests, names invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_church_named_with_its_denomination_is_an_organisation() -> None:
    assert ents("Gereja Kristen Sumba menggelar sidang.") == [("Gereja Kristen Sumba", "ORG")]
    found = ents("Sinode Gereja Protestan Kalibaru mengirim bantuan.")
    assert found == [("Sinode Gereja Protestan Kalibaru", "ORG")]


def test_a_church_named_for_a_saint_or_see_is_a_place() -> None:
    assert ents("Misa digelar di Gereja Katedral Ambon.") == [("Gereja Katedral Ambon", "LOC")]


def test_a_diocese_is_an_organisation() -> None:
    assert ents("Keuskupan Larantuka mengirim relawan.") == [("Keuskupan Larantuka", "ORG")]


def test_a_sentence_opening_noun_is_no_part_of_the_name() -> None:
    found = ents("Kunjungan Budi Santoso ke Kendari ditunda.")
    assert found == [("Budi Santoso", "PER"), ("Kendari", "LOC")]
    assert ents("Penyanyi Rina Kartika tampil memukau.") == [("Rina Kartika", "PER")]


def test_a_sentence_opening_noun_owns_no_title() -> None:
    found = ents("Kedatangan Gubernur Andi Mappe disambut warga.")
    assert found == [("Andi Mappe", "PER")]


def test_a_health_centre_is_an_organisation_apart_from_a_hospital() -> None:
    found = ents("Pasien dirawat di RSUD Kolaka dan Puskesmas Lapai.")
    assert found == [("RSUD Kolaka", "ORG"), ("Puskesmas Lapai", "ORG")]


def test_a_championship_is_an_event() -> None:
    found = ents("Ia bertanding di Kejuaraan Asia Junior tahun lalu.")
    assert found == [("Kejuaraan Asia Junior", "MISC")]


def test_a_compass_word_after_a_title_finishes_the_region() -> None:
    found = ents("Bupati Seram Selatan Yosias Lekatompessy meninjau banjir.")
    assert found == [("Seram Selatan", "LOC"), ("Yosias Lekatompessy", "PER")]
    found = ents("Bupati Sumba Barat Daya Markus Dapa hadir.")
    assert found == [("Sumba Barat Daya", "LOC"), ("Markus Dapa", "PER")]


def test_a_place_named_after_a_balinese_person_keeps_the_name() -> None:
    assert ents("Laga digelar di Stadion I Ketut Rai.") == [("Stadion I Ketut Rai", "LOC")]
    found = ents("Laga digelar di Stadion Kapten I Made Sura.")
    assert found == [("Stadion Kapten I Made Sura", "LOC")]
    found = ents("Ia dirawat di RSUP Prof I Gusti Putu Oka.")
    assert found == [("RSUP Prof I Gusti Putu Oka", "ORG")]


def test_a_balinese_name_after_a_body_is_still_a_person() -> None:
    found = ents("Ketua BPBD Tabanan I Made Sudarsa meninjau lokasi.")
    assert found == [("BPBD Tabanan", "ORG"), ("I Made Sudarsa", "PER")]


def test_a_church_names_its_place_with_di_when_its_short_form_says_so() -> None:
    found = ents("Warga mengungsi ke Gereja Masehi Injili di Halmahera (GMIH) kemarin.")
    assert found == [("Gereja Masehi Injili di Halmahera", "ORG"), ("GMIH", "ORG")]
    found = ents("Warga mengungsi ke Gereja Kristen Jawa di Salatiga.")
    assert found == [("Gereja Kristen Jawa", "ORG"), ("Salatiga", "LOC")]


def test_a_pesantren_and_customs_are_organisations() -> None:
    found = ents("Santri dari Ponpes Lirboyo dan Pondok Pesantren Sidogiri hadir.")
    assert found == [("Ponpes Lirboyo", "ORG"), ("Pondok Pesantren Sidogiri", "ORG")]
    assert ents("Petugas Bea Cukai Nunukan menyita sabu.") == [("Bea Cukai Nunukan", "ORG")]


def test_a_lowercase_compass_word_introduces_a_place() -> None:
    assert ents("Gempa terjadi 30 km barat daya Meulaboh.") == [("Meulaboh", "LOC")]


def test_a_gas_station_is_no_organisation() -> None:
    assert ents("Antrean mengular di SPBU sejak pagi.") == []


def test_a_writer_opening_a_sentence_is_no_part_of_her_name() -> None:
    assert ents("Penulis Ratna Indraswari meluncurkan buku.") == [("Ratna Indraswari", "PER")]


def test_a_country_before_a_club_after_klub_is_its_own_place() -> None:
    found = ents("Ia bergabung dengan klub Belanda Go Ahead Eagles FC.")
    assert found == [("Belanda", "LOC"), ("Go Ahead Eagles FC", "ORG")]


def test_a_national_side_player_after_timnas() -> None:
    found = ents("Pemain timnas Indonesia Rizky Pratama cedera.")
    assert found == [("Indonesia", "LOC"), ("Rizky Pratama", "PER")]


def test_a_country_and_an_age_group_name_a_national_side() -> None:
    assert ents("Laga timnas Indonesia U-23 digelar malam ini.") == [("Indonesia U-23", "ORG")]
    found = ents("Pelatih timnas Vietnam U-20 Hoang Anh Tuan hadir.")
    assert found == [("Vietnam U-20", "ORG"), ("Hoang Anh Tuan", "PER")]


def test_a_retired_officer_is_a_person() -> None:
    found = ents("Mantan Kapolri Jenderal (Purn) Sutanto Wiryo hadir.")
    assert found == [("Sutanto Wiryo", "PER")]


def test_a_quoted_title_after_its_kind_is_a_work() -> None:
    found = ents('Ia menonton film "Kuntilanak Merah 2" di bioskop.')
    assert found == [("Kuntilanak Merah 2", "MISC")]
    assert ents('Novel "Gadis Pantai" dicetak ulang.') == [("Gadis Pantai", "MISC")]
    assert ents("Film Indonesia kian diminati.") == [("Indonesia", "LOC")]
    found = ents('Ia menyanyikan lagu "Bunga Desa" di Medan.')
    assert found == [("Bunga Desa", "MISC"), ("Medan", "LOC")]


def test_a_company_after_a_title_ends_with_its_legal_form() -> None:
    found = ents("Ia menjadi komisaris PT Sinar Energi Nusantara Tbk.")
    assert found == [("PT Sinar Energi Nusantara Tbk", "ORG")]


def test_a_film_company_is_an_organisation() -> None:
    found = ents("Rumah produksi Sinar Films menayangkan film itu.")
    assert found == [("Sinar Films", "ORG")]


def test_a_suspects_or_victims_initials_are_a_person() -> None:
    assert ents("Polisi menangkap tersangka RK (29) kemarin.") == [("RK", "PER")]
    found = ents("Dua tersangka, YT dan AS, ditahan di Polres Sambas.")
    assert found == [("YT", "PER"), ("AS", "PER"), ("Polres Sambas", "ORG")]
    assert ents("Korban, DP (16), dirawat di puskesmas.") == [("DP", "PER")]


def test_a_known_body_after_tersangka_stays_one() -> None:
    assert ents("Ia menjadi tersangka KPK pekan lalu.") == [("KPK", "ORG")]


def test_a_short_title_over_a_text_that_writes_its_words_is_no_name() -> None:
    text = (
        "Harga Beras Naik\n\nHarga beras di pasar tradisional naik Rp2.000 per kilogram "
        "sejak pekan lalu, kata pedagang."
    )
    assert ents(text) == []


def test_a_name_standing_alone_as_the_first_line_stays_a_name() -> None:
    text = "Siti Nurbaya Bakar\n\nSiti Nurbaya Bakar (lahir 1956) adalah politikus Indonesia."
    assert ents(text)[0] == ("Siti Nurbaya Bakar", "PER")

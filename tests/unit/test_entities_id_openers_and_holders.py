"""Indonesian sentence openers that are ordinary words before a name ("Keluarga X",
"Namanya X", "Begitu kata …"), holders of offices whose first given name is unlisted or a
city's ("Wakil Bupati Benny …", "Danang …"), zones named for their city, the end of a place
in a "se-" word, unions and police units (sentences written for these tests, names
invented)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_family_opening_a_sentence_is_no_part_of_the_name() -> None:
    assert ents("Keluarga Sutiyem menunggu kabar di rumah duka.") == [("Sutiyem", "PER")]


def test_a_possessed_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = ents("Namanya Ujang Suparman, warga Garut.")
    assert found == [("Ujang Suparman", "PER"), ("Garut", "LOC")]


def test_begitu_and_demikian_before_a_speech_verb_are_no_names() -> None:
    assert ents("Begitu kata warga setempat kemarin.") == []
    assert ents("Demikian kata petugas di lokasi.") == []


def test_an_unlisted_given_name_after_a_regional_title_is_the_holder() -> None:
    found = ents("Wakil Bupati Benny Indra Saputro meninjau lokasi banjir.")
    assert found == [("Benny Indra Saputro", "PER")]
    found = ents("Wakil Bupati Andi Indra Saputro meninjau lokasi banjir.")
    assert found == [("Andi Indra Saputro", "PER")]
    # an unknown regency still stands before its head's name
    found = ents("Bupati Bantaeng Ilham Azikin meninjau lokasi banjir.")
    assert found == [("Bantaeng", "LOC"), ("Ilham Azikin", "PER")]


def test_a_given_name_that_is_a_city_opens_the_holders_name() -> None:
    text = (
        "Kepala Pusat Penerangan Danang Surya Prihantoro mengatakan hal itu. "
        "Danang menambahkan bahwa kasus masih diselidiki."
    )
    assert ents(text) == [("Danang Surya Prihantoro", "PER"), ("Danang", "PER")]
    found = ents("Kepala BNPB dan Danang Mandala Wibowo hadir di lokasi.")
    assert found == [("BNPB", "ORG"), ("Danang Mandala Wibowo", "PER")]


def test_a_confederation_keeps_its_head_word() -> None:
    found = ents("Konfederasi Serikat Pekerja Nusantara menolak kenaikan itu.")
    assert found == [("Konfederasi Serikat Pekerja Nusantara", "ORG")]


def test_a_zone_named_for_its_city_is_one_place() -> None:
    found = ents("Pabrik di Kawasan Industri Gresik terbakar.")
    assert found == [("Kawasan Industri Gresik", "LOC")]
    found = ents("Investor datang ke Kawasan Ekonomi Khusus Gresik kemarin.")
    assert found == [("Kawasan Ekonomi Khusus Gresik", "LOC")]


def test_a_compass_word_after_a_se_word_is_no_name() -> None:
    assert ents("Harga beras se-Jawa Tengah naik pekan ini.") == []


def test_a_police_unit_team_that_speaks_is_a_body() -> None:
    assert ents("Tim Inafis mengatakan jenazah sudah dikenali.") == [("Tim Inafis", "ORG")]
    assert ents("Tim Cook mengatakan investasi itu penting.") == [("Tim Cook", "PER")]


def test_a_directorates_field_and_its_ministry_stay_out_of_the_holders_name() -> None:
    found = ents("Direktur Penyakit Menular Kemenkes Ina Agustina Putri mengatakan kasus naik.")
    assert found == [("Kemenkes", "ORG"), ("Ina Agustina Putri", "PER")]


def test_a_bare_speech_verb_opening_a_sentence_is_no_part_of_the_speaker() -> None:
    text = "Mentan Syahrul Yasin Limpo meninjau sawah. Kata Syahrul, panen tahun ini bagus."
    assert ents(text) == [("Syahrul Yasin Limpo", "PER"), ("Syahrul", "PER")]


def test_a_weather_station_named_for_an_airport_ends_before_its_head() -> None:
    found = ents(
        "Kepala Stasiun Meteorologi Sultan Hasanuddin Irwan Setiadi mengatakan cuaca buruk."
    )
    assert found == [("Stasiun Meteorologi Sultan Hasanuddin", "ORG"), ("Irwan Setiadi", "PER")]


def test_a_train_named_after_kereta_opening_a_sentence_is_the_trains_name() -> None:
    found = ents("Kereta Argo Lawu berangkat pukul 08.00 dari Gambir.")
    assert found == [("Argo Lawu", "MISC"), ("Gambir", "LOC")]
    assert ents("Kereta Api Indonesia menambah perjalanan.") == [("Kereta Api Indonesia", "ORG")]


def test_a_floodgate_is_named_for_its_place() -> None:
    assert ents("Tinggi air di pintu air Manggarai naik pagi ini.") == [("Manggarai", "LOC")]

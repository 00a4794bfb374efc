"""Names in Title Case headlines, subheads and credits (see entities._headline_names)."""

from __future__ import annotations

from reader.analysis import analyze


def ents(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text, lang=lang, backend="builtin").entities]


def test_indonesian_headline_subject_before_verb_is_a_name() -> None:
    assert ents("Prabowo Tolak Usulan Kenaikan Tarif Listrik", "id") == [("Prabowo", "PER")]
    assert ents("Erick Thohir Pastikan Timnas Berlatih", "id")[0] == ("Erick Thohir", "PER")


def test_indonesian_headline_verbs_beyond_the_shared_list() -> None:
    # "Tanggapi", "Ungkap", "Peringatkan": roots with -i, bare, and pe- with -kan
    assert ents("Anies Tanggapi Kritik Relawan", "id") == [("Anies", "PER")]
    assert ents("Retno Ungkap Hasil Pertemuan", "id") == [("Retno", "PER")]


def test_name_in_headline_stops_at_the_verb() -> None:
    text = "Sri Mulyani Sebut Defisit Anggaran Melebar\nMenurut Sri Mulyani, belanja subsidi naik."
    assert ("Sri Mulyani", "PER") in ents(text, "id")
    assert all("Sebut" not in t for t, _ in ents(text, "id"))


def test_ordinary_headline_subjects_name_nobody() -> None:
    assert ents("Polisi Tanggapi Kritik Suporter", "id") == []
    assert ents("Banjir Rendam Tiga Kecamatan", "id") == []
    assert ents("Kebakaran Hebat Hanguskan Puluhan Kios", "id") == []
    assert ents("Heavy Rain Floods Streets After Storm", "en") == []


def test_english_headline_subject_before_verb_is_a_name() -> None:
    assert ents("Starmer Warns Unions Over Winter Strikes", "en") == [("Starmer", "PER")]
    assert ents("Zelensky Thanks Allies for Air Defences", "en") == [("Zelensky", "PER")]


def test_plural_subject_before_plural_verb_is_no_name() -> None:
    found = ents("Starmer Backs Plan as Leaders Meet in Oslo", "en")
    assert ("Leaders", "PER") not in found and ("Starmer", "PER") in found


def test_title_case_with_small_words_is_a_headline() -> None:
    # "of", "in" lower case: still a headline, so "Warns" and "Famine" name nothing
    assert ents("United Nations Warns of Famine in Gaza", "en") == [
        ("United Nations", "ORG"),
        ("Gaza", "LOC"),
    ]


def test_given_name_and_place_tail_before_headline_verb_is_a_person() -> None:
    assert ents("Tom Hill Wins Marathon in Record Time", "en") == [("Tom Hill", "PER")]


def test_given_name_and_surname_in_a_credit() -> None:
    found = ents("Photo: Sarah Jones / Yorkshire Post", "en")
    assert ("Sarah Jones", "PER") in found


def test_given_name_before_a_place_is_no_person() -> None:
    assert ("Putri Hong", "PER") not in ents("Juara Tunggal Putri Hong Kong Open", "id")


def test_a_un_programme_is_an_organisation() -> None:
    assert ("World Food Programme", "ORG") in ents("World Food Programme Cuts Rations", "en")


def test_headline_subject_the_text_writes_as_a_noun_phrase_is_no_name() -> None:
    text = "Measles Cases Rise in the North\nMeasles cases have doubled, officials said."
    assert ("Measles", "PER") not in ents(text, "en")


def test_headline_subject_leaves_a_name_the_text_knows_to_it() -> None:
    text = "Chipmaker Quillon Systems Cuts 900 Jobs\nThe firm Quillon Systems said so."
    assert ("Quillon Systems", "ORG") in ents(text, "en")


def test_indonesian_surname_with_an_english_noun_ending_is_a_name() -> None:
    assert ents("Bobby Nasution Larang Truk Masuk Kota", "id")[0] == ("Bobby Nasution", "PER")


def test_person_whose_first_name_is_a_place_opens_a_headline() -> None:
    assert ents("Bima Arya Minta Warga Tidak Panik", "id") == [("Bima Arya", "PER")]
    # a place with its compass word stays a place
    assert ("Jakarta Pusat", "PER") not in ents("Jakarta Pusat Gelar Operasi Pasar", "id")


def test_city_before_a_plural_verb_is_a_club() -> None:
    assert ents("Liverpool Hold Off Everton", "en")[0] == ("Liverpool", "ORG")
    assert ents("London Braces for Rail Strike", "en")[0] == ("London", "LOC")


def test_subject_of_a_line_in_capitals_written_capitalised_in_the_text() -> None:
    text = (
        "JOKOWI MINTA MENTERI TAK BIKIN GADUH\n"
        "Presiden meminta para menteri tidak gaduh. Jokowi berbicara di istana."
    )
    assert ents(text, "id")[0] == ("JOKOWI", "PER")
    # a subject the text never writes capitalised is left alone
    assert ents("POLISI TANGKAP PENCURI MOTOR\nPolisi menangkap pencuri motor.", "id") == []


def test_short_subhead_with_an_ordinary_word_is_read_as_a_headline() -> None:
    body = "Polisi menanggapi kritik itu pada Senin.\n\n"
    text = "Banjir Besar Rendam Kota\n\n" + body + "Tanggapi Kritik Suporter\n\n" + body
    assert ents(text, "id") == []


def test_short_line_of_a_name_stays_a_name() -> None:
    text = "Floods Hit the Valley Again\n\nThe river rose overnight.\n\nSarah Jones\n"
    assert ("Sarah Jones", "PER") in ents(text, "en")


def test_event_after_a_demonym_or_place_in_title_case() -> None:
    assert ("Australian Open", "MISC") in ents("Nadal Pulls Out of Australian Open", "en")
    assert ("Hong Kong Open", "MISC") in ents("Ginting Melaju di Hong Kong Open", "id")
    # "Open" as the verb of a country's headline is no event
    assert ("Japan", "LOC") in ents("Japan Open Talks With China", "en")


def test_two_subjects_joined_by_and_are_both_names() -> None:
    found = ents("Biden and Xi Agree to Resume Military Talks", "en")
    assert found == [("Biden", "PER"), ("Xi", "PER")]
    assert ents("Polisi dan Warga Gelar Razia", "id") == []


def test_a_second_subject_that_is_no_name_leaves_the_first_one() -> None:
    assert ents("Biden and X-Men Stars Meet Fans", "en") == [("Biden", "PER")]
    assert ents("Macron and Allies Agree on Plan", "en") == [("Macron", "PER")]


def test_a_name_in_capitals_is_no_organisation_by_its_shape_alone() -> None:
    text = (
        "SUTARJO DIPERIKSA POLISI TERKAIT SUAP\n\n"
        "Polisi memeriksa Sutarjo pada Senin. Sutarjo membantah menerima suap."
    )
    assert ents(text, "id") == [("SUTARJO", "PER"), ("Sutarjo", "PER"), ("Sutarjo", "PER")]


def test_lima_counting_a_noun_is_no_city() -> None:
    assert ents("Lima Rumah Terbakar di Bekasi", "id") == [("Bekasi", "LOC")]


def test_compass_word_after_a_place_in_a_headline() -> None:
    found = ents("Pramono Resmikan Taman Kota di Jakarta Timur", "id")
    assert ("Jakarta Timur", "LOC") in found


def test_deputy_minister_abbreviation_is_a_title() -> None:
    found = ents("Wamenkeu Suahasil Pastikan Gaji Cair Juni", "id")
    assert ("Suahasil", "PER") in found


def test_three_word_first_line_with_its_verb_second_is_a_headline() -> None:
    assert ents("Ministers Back Plan", "en") == []
    assert ents("Vaksinasi Dimulai Serentak", "id") == []
    assert ents("Starmer Sacks Minister", "en") == [("Starmer", "PER")]


def test_credit_line_names_photographer_and_agency() -> None:
    text = "Photograph: Dan Kitwood/Getty Images\n\nResidents said fuel prices were high."
    assert ents(text, "en") == [("Dan Kitwood", "PER"), ("Getty Images", "ORG")]


def test_given_name_and_hill_is_a_person() -> None:
    text = "By Sarah Jones and Tom Hill\n\nResidents said fuel prices were high."
    assert ("Tom Hill", "PER") in ents(text, "en")
    assert ents("They walked up Primrose Hill.", "en") == [("Primrose Hill", "LOC")]
    assert ents("Families in Lawrence Hill suffer.", "en") == [("Lawrence Hill", "LOC")]


def test_new_papuan_province() -> None:
    assert ents("Papua Pegunungan Gelar Pemilu Ulang", "id") == [("Papua Pegunungan", "LOC")]


def test_english_noun_endings_name_no_subject() -> None:
    assert ents("Ceasefire Holds Despite Clashes", "en") == []
    assert ents("Tourism Boosts Local Economy", "en") == []


def test_two_word_subhead_with_its_verb_second() -> None:
    body = "Stocks fell on Monday as costs kept rising.\n\n"
    text = "Long Headline About Floods\n\n" + body + "Powell Responds\n\n" + body
    assert ("Powell", "PER") in ents(text, "en")


def test_a_headline_name_without_the_year_the_text_gives_it() -> None:
    text = "Festival Danau Toba Dibuka\n\nFestival Danau Toba 2025 dibuka di Parapat pada Jumat."
    assert ents(text, "id")[0] == ("Festival Danau Toba", "MISC")


def test_a_sports_slug_of_two_words_is_no_name() -> None:
    text = (
        "RUGBY UNION - SOUTH AFRICA RETAIN RUGBY CHAMPIONSHIP\nBUENOS AIRES 2025-10-04\n"
        "Results of Rugby Championship matches on Saturday:\nArgentina 27 South Africa 29"
    )
    assert ("RUGBY", "PER") not in ents(text, lang="en")
    assert ("RUGBY CHAMPIONSHIP", "MISC") in ents(text, lang="en")


def test_a_headline_names_a_titled_persons_surname() -> None:
    text = (
        "Brazil's Supreme Court convicts Bolsonaro\nBRASILIA (Reuters) - Brazil's Supreme "
        "Court on Thursday convicted former President Jair Bolsonaro of plotting a coup."
    )
    assert ("Bolsonaro", "PER") in ents(text, lang="en")


def test_english_headline_sector_body_keeps_its_sector() -> None:
    text = "Health New Zealand To Cut 1,200 Jobs\n\nThe agency said the cuts were needed."
    assert ("Health New Zealand", "ORG") in ents(text, "en")


def test_english_headline_body_named_for_its_place_with_a_capital_of() -> None:
    text = "Former Bank Of England Governor Backs Plan\n\nHe said rates should fall."
    assert ("Bank Of England", "ORG") in ents(text, "en")
    text = "Supreme Court Of Canada Rules On Tax\n\nThe judges split 5-4."
    assert ("Supreme Court Of Canada", "ORG") in ents(text, "en")

"""Entities beside compound job
titles, degrees after a name, forms of address and kin words before it, month ranges and
legal forms in brackets. Sentences written for these tests, names invented."""

from __future__ import annotations

from functools import partial

from tests.unit import test_entities

en = partial(test_entities.ents, lang="en")
id_ = partial(test_entities.ents, lang="id")


def test_a_c_suite_title_stays_out_of_the_name() -> None:
    found = en(
        "Chief Financial Officer Nora Blick said costs rose. "
        "Chief Operating Officer Tom Ard agreed."
    )
    assert ("Nora Blick", "PER") in found
    assert ("Tom Ard", "PER") in found


def test_managing_director_after_a_body_leaves_the_body_alone() -> None:
    found = en("IMF Managing Director Lena Kovac spoke in Geneva.")
    assert ("IMF", "ORG") in found
    assert ("Lena Kovac", "PER") in found


def test_crown_prince_is_a_title() -> None:
    found = en("Crown Prince Faisal arrived in Paris on Sunday.")
    assert ("Faisal", "PER") in found
    assert all(text != "Crown" for text, _ in found)


def test_vip_is_no_organisation() -> None:
    assert en("Guests waited in the VIP lounge at Heathrow.") == [("Heathrow", "LOC")]


def test_degrees_after_a_name_are_no_entities() -> None:
    found = id_("Seminar dibuka Rani Lestari, S.H., M.Si., dan Dodi Pratama, S.Pd., di Bogor.")
    assert found == [("Rani Lestari", "PER"), ("Dodi Pratama", "PER"), ("Bogor", "LOC")]


def test_an_english_doctorate_is_no_entity() -> None:
    found = en("Ellen Marsh, PhD, leads the lab in Leeds.")
    assert found == [("Ellen Marsh", "PER"), ("Leeds", "LOC")]


def test_forms_of_address_and_kin_words_stay_out_of_the_name() -> None:
    found = id_("Mbah Karsih menanam padi. Kang Ujang membantu. Istri Darto memasak.")
    assert found == [("Karsih", "PER"), ("Ujang", "PER"), ("Darto", "PER")]


def test_kang_before_a_korean_given_name_is_a_surname() -> None:
    assert en("Minister Kang Min-jae met envoys. Kang said little.") == [
        ("Kang Min-jae", "PER"),
        ("Kang", "PER"),
    ]
    assert ("Kang Min-jae", "PER") in id_("Menteri Kang Min-jae bertemu Retno.")


def test_a_range_of_months_is_no_name() -> None:
    assert id_("Ekspor naik pada Januari-Juni lalu.") == []
    assert en("Exports rose in January-September.") == []


def test_persero_ends_a_state_company_name() -> None:
    found = id_("Direksi PT Listrik Raya (Persero) dipanggil DPR pekan lalu.")
    assert ("PT Listrik Raya (Persero)", "ORG") in found


def test_clubs_named_town_and_city_or_forest_are_organisations() -> None:
    found = en("Hull City drew with Nottingham Forest. Fans in Hull were pleased.")
    assert found == [("Hull City", "ORG"), ("Nottingham Forest", "ORG"), ("Hull", "LOC")]


def test_joint_chiefs_of_staff_is_one_body() -> None:
    found = en("The Joint Chiefs of Staff met in Seoul on Monday.")
    assert found == [("Joint Chiefs of Staff", "ORG"), ("Seoul", "LOC")]


def test_a_numbered_commission_ends_at_its_numeral() -> None:
    found = id_("Anggota Komisi IV Dewi Sartika Lubis bertanya.")
    assert found == [("Komisi IV", "ORG"), ("Dewi Sartika Lubis", "PER")]


def test_a_school_after_a_title_keeps_its_number_and_town() -> None:
    found = id_("Kepala SMAN 4 Kediri Rudi Hartanto membuka lomba.")
    assert found == [("SMAN 4 Kediri", "ORG"), ("Rudi Hartanto", "PER")]
    found = id_("Kepala SMPN 1 Bogor, Dra. Sari Wulan, hadir.")
    assert found[0] == ("SMPN 1 Bogor", "ORG")


def test_a_school_with_no_number_ends_with_its_town() -> None:
    found = id_("Kepala SD Inpres Padang Yusrizal datang.")
    assert found == [("SD Inpres Padang", "ORG"), ("Yusrizal", "PER")]
    found = id_("Kepala SMP Negeri Bandung Ahmad Fauzi menyambut siswa.")
    assert found == [("SMP Negeri Bandung", "ORG"), ("Ahmad Fauzi", "PER")]


def test_pemimpin_is_a_title_before_a_korean_name() -> None:
    found = id_("Pemimpin Korea Utara Kim Jong Un meninjau pabrik rudal.")
    assert found == [("Korea Utara", "LOC"), ("Kim Jong Un", "PER")]


def test_pemimpin_redaksi_is_one_title() -> None:
    found = id_("Pemimpin Redaksi Harian Fajar, Lukman Hadi, membuka diskusi.")
    assert ("Lukman Hadi", "PER") in found
    assert all("Redaksi" not in text for text, _ in found)


def test_two_clubs_joined_by_and_stay_apart() -> None:
    found = en("Queens Park Rangers and Sheffield United both won on Saturday.")
    assert found == [("Queens Park Rangers", "ORG"), ("Sheffield United", "ORG")]


def test_leaders_in_the_plural_name_no_one() -> None:
    found = id_("Para pemimpin Asia Jepang menolak rencana itu.")
    assert ("Asia", "LOC") in found and ("Jepang", "LOC") in found


def test_a_counting_word_before_a_title_is_no_organisation() -> None:
    assert id_("Seorang menteri Prancis mengatakan rapat ditunda.") == [("Prancis", "LOC")]


def test_a_numbered_commission_and_its_parent_with_no_name_after() -> None:
    found = id_("Wakil Ketua Komisi VI DPR dari Fraksi Partai Demokrat menolak usul itu.")
    assert found[0] == ("Komisi VI DPR", "ORG")


def test_a_place_named_woman_after_a_mayoral_title_is_one_person() -> None:
    assert en("Mayor Georgia Fuentes Lara cut the ribbon.") == [("Georgia Fuentes Lara", "PER")]
    found = id_("Wali Kota Bandung Muhammad Farhan hadir.")
    assert found == [("Bandung", "LOC"), ("Muhammad Farhan", "PER")]


def test_a_kin_word_gives_no_role_to_the_relative() -> None:
    found = id_("Suami Darsih, Karno, selamat dari banjir.")
    assert found == [("Darsih", "PER"), ("Karno", "PER")]


def test_a_chinese_surname_alone_opens_a_sentence_as_the_person() -> None:
    found = id_("Presiden China Xi Jinping tiba di Bali. Xi juga bertemu Gibran.")
    assert ("Xi", "PER") in found
    found = id_("Presiden Korea Selatan Yoon Suk Yeol ditahan. Yoon membantah tuduhan itu.")
    assert ("Yoon", "PER") in found


def test_pm_is_a_title() -> None:
    found = id_("PM Jepang Shigeru Ishiba tiba di Jakarta.")
    assert found == [("Jepang", "LOC"), ("Shigeru Ishiba", "PER"), ("Jakarta", "LOC")]

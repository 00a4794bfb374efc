"""Actor rules for clipped names and other names of bodies: a clipped name an Indonesian form
of address calls someone by ("Bu Mega", "Cak Imin"), a body named in the other language or by
its acronym. Mentions are given by hand, so each test checks the grouping alone."""

from __future__ import annotations

from reader.analysis.model import EntityLabel
from tests.unit.actor_groups import mention_groups


def groups(
    text: str, mentions: list[tuple[str, EntityLabel]], lang: str = "id"
) -> dict[str, list[str]]:
    """:func:`mention_groups`, read as Indonesian unless told."""
    return mention_groups(text, mentions, lang)


def test_a_form_of_address_with_the_start_of_a_name() -> None:
    text = "Ketua Umum Megawati Soekarnoputri hadir di Blitar. Bu Mega menyapa kader."
    got = groups(text, [("Megawati Soekarnoputri", "PER"), ("Blitar", "LOC"), ("Mega", "PER")])
    assert got["Megawati Soekarnoputri"] == ["Megawati Soekarnoputri", "Mega"]


def test_an_honorific_with_the_end_of_a_name() -> None:
    text = "Ketua Umum PKB Muhaimin Iskandar tiba. Cak Imin menyebut partainya siap."
    got = groups(text, [("PKB", "ORG"), ("Muhaimin Iskandar", "PER"), ("Cak Imin", "PER")])
    assert got["Muhaimin Iskandar"] == ["Muhaimin Iskandar", "Cak Imin"]


def test_a_clipped_name_without_a_form_of_address_stays_apart() -> None:
    text = "Warga bernama Rahmani Putri melapor ke polisi. Ani datang belakangan."
    got = groups(text, [("Rahmani Putri", "PER"), ("Ani", "PER")])
    assert got["Ani"] == ["Ani"]


def test_a_clipping_that_fits_two_people_stays_apart() -> None:
    text = "Megawati Hasan dan Megantara Putra datang. Bu Mega tersenyum."
    got = groups(text, [("Megawati Hasan", "PER"), ("Megantara Putra", "PER"), ("Mega", "PER")])
    assert got["Mega"] == ["Mega"]


def test_a_body_named_in_the_other_language_in_brackets() -> None:
    text = "Kementerian Luar Negeri (Ministry of Foreign Affairs) memanggil duta besar Belanda."
    got = groups(
        text,
        [
            ("Kementerian Luar Negeri", "ORG"),
            ("Ministry of Foreign Affairs", "ORG"),
            ("Belanda", "LOC"),
        ],
    )
    assert sorted(got["Ministry of Foreign Affairs"]) == [
        "Kementerian Luar Negeri",
        "Ministry of Foreign Affairs",
    ]


def test_an_english_name_with_the_indonesian_one_in_brackets() -> None:
    text = "The Corruption Eradication Commission (Komisi Pemberantasan Korupsi) named a suspect."
    mentions: list[tuple[str, EntityLabel]] = [
        ("Corruption Eradication Commission", "ORG"),
        ("Komisi Pemberantasan Korupsi", "ORG"),
    ]
    assert len(groups(text, mentions, lang="en")) == 1


def test_a_police_force_or_prosecutor_named_in_the_other_language_in_brackets() -> None:
    text = "Kepolisian Negara Republik Indonesia (Indonesian National Police) menangkap dua orang."
    mentions: list[tuple[str, EntityLabel]] = [
        ("Kepolisian Negara Republik Indonesia", "ORG"),
        ("Indonesian National Police", "ORG"),
    ]
    assert len(groups(text, mentions)) == 1
    text = "Kejaksaan Agung (Attorney General's Office) memeriksa tiga saksi."
    got = groups(text, [("Kejaksaan Agung", "ORG"), ("Attorney General's Office", "ORG")])
    assert len(got) == 1


def test_a_unit_in_brackets_after_a_body_is_no_translation() -> None:
    text = "Anggota Dewan Perwakilan Rakyat (Fraksi Partai Golkar) hadir."
    got = groups(text, [("Dewan Perwakilan Rakyat", "ORG"), ("Fraksi Partai Golkar", "ORG")])
    assert got["Fraksi Partai Golkar"] == ["Fraksi Partai Golkar"]


def test_a_police_or_prosecutor_office_by_its_short_head() -> None:
    text = (
        "Kepolisian Daerah Jawa Timur (Polda Jatim) menahan tersangka. Berkasnya dikirim ke "
        "Kejaksaan Negeri Sleman. Kejari Sleman menerima berkas itu, kata Polda Jatim."
    )
    got = groups(
        text,
        [
            ("Kepolisian Daerah Jawa Timur", "ORG"),
            ("Polda Jatim", "ORG"),
            ("Kejaksaan Negeri Sleman", "ORG"),
            ("Kejari Sleman", "ORG"),
            ("Polda Jatim", "ORG"),
        ],
    )
    assert got["Kepolisian Daerah Jawa Timur"] == [
        "Kepolisian Daerah Jawa Timur",
        "Polda Jatim",
        "Polda Jatim",
    ]
    assert got["Kejaksaan Negeri Sleman"] == ["Kejaksaan Negeri Sleman", "Kejari Sleman"]


def test_a_surname_with_a_small_particle_opening_a_sentence() -> None:
    text = "President Abdel Fattah al-Sisi met officials in Cairo. Al-Sisi said trade would grow."
    got = groups(
        text,
        [("Abdel Fattah al-Sisi", "PER"), ("Cairo", "LOC"), ("Al-Sisi", "PER")],
        lang="en",
    )
    assert got["Abdel Fattah al-Sisi"] == ["Abdel Fattah al-Sisi", "Al-Sisi"]


def test_a_body_known_locally_by_its_acronym() -> None:
    text = "Indonesia's Corruption Eradication Commission, known locally as KPK, arrested a judge."
    got = groups(
        text,
        [("Indonesia", "LOC"), ("Corruption Eradication Commission", "ORG"), ("KPK", "ORG")],
        lang="en",
    )
    assert got["Corruption Eradication Commission"] == ["Corruption Eradication Commission", "KPK"]


def test_an_abbreviated_head_and_province_defined_in_brackets() -> None:
    text = "Kepolisian Daerah Sulawesi Tenggara (Polda Sultra) memeriksa saksi. Polda Sultra diam."
    got = groups(
        text,
        [
            ("Kepolisian Daerah Sulawesi Tenggara", "ORG"),
            ("Polda Sultra", "ORG"),
            ("Polda Sultra", "ORG"),
        ],
    )
    assert len(got["Kepolisian Daerah Sulawesi Tenggara"]) == 3

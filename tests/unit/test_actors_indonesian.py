"""Actor merging the way Indonesian news names things: nicknames the text gives, listed
companies with their legal forms and tickers, ministries cut from syllables (names
invented)."""

from __future__ import annotations

from reader.analysis.actors import build_actors
from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.entities import find_entities
from reader.analysis.model import Actor


def actors_of(text: str) -> list[Actor]:
    doc = BuiltinBackend().parse(text, "id")
    actors, _ = build_actors(doc, find_entities(doc))
    return actors


def names_with(actors: list[Actor], form: str) -> set[str]:
    """All forms of the actor that has ``form``."""
    actor = next(a for a in actors if form == a.name or form in a.aliases)
    return {actor.name, *actor.aliases}


def test_a_nickname_the_text_gives_is_the_person() -> None:
    actors = actors_of(
        "Mantan wali kota Darmawan Sutejo, yang akrab disapa Dartej, hadir di Solo. "
        "Namun Dartej membantah terlibat."
    )
    assert names_with(actors, "Dartej") == {"Darmawan Sutejo", "Dartej"}


def test_a_nickname_an_aside_says_is_theirs_is_the_person_named_before() -> None:
    actors = actors_of(
        "Juru bicara kementerian, Rolliansyah Soemirat, hadir di Jakarta. "
        "Roy, sapaan akrabnya, menambahkan bahwa semua warga selamat."
    )
    assert names_with(actors, "Roy") == {"Rolliansyah Soemirat", "Roy"}


def test_a_nickname_aside_with_the_nickname_after_it_keeps_the_name_before_apart() -> None:
    actors = actors_of(
        "Gubernur Darmawan Sutejo menyambut tamunya. Hendra Wijaya, sapaan akrabnya Hendra, "
        "datang dari Solo."
    )
    assert names_with(actors, "Hendra Wijaya") == {"Hendra Wijaya", "Hendra"}


def test_a_nickname_alone_is_not_merged() -> None:
    actors = actors_of("Darmawan Sutejo hadir di Solo. Dartej membantah terlibat.")
    assert names_with(actors, "Darmawan Sutejo") == {"Darmawan Sutejo"}


def test_a_listed_company_its_ticker_and_short_names() -> None:
    actors = actors_of(
        "Laba Bank Sentosa Raya Tumbuh\n\n"
        "PT Bank Sentosa Raya (Persero) Tbk. (BBSR) membukukan laba. "
        "Direktur Utama BSR Darmaji mengatakan laba naik."
    )
    assert names_with(actors, "BBSR") == {
        "PT Bank Sentosa Raya (Persero) Tbk.",
        "Bank Sentosa Raya",
        "BBSR",
        "BSR",
    }


def test_a_ministry_cut_from_syllables() -> None:
    actors = actors_of(
        "Kementerian Kesehatan mencatat kenaikan kasus. Juru bicara Kemenkes Laksmi Andriani "
        "membenarkan data itu."
    )
    assert names_with(actors, "Kemenkes") == {"Kementerian Kesehatan", "Kemenkes"}


def test_a_provincial_office_cut_from_syllables_with_its_province_short_form() -> None:
    actors = actors_of(
        "Dinas Kesehatan Provinsi Jawa Tengah mencatat kasus campak. Kepala Dinkes Jateng "
        "Yunita Dyah Suminar meminta orang tua waspada."
    )
    assert names_with(actors, "Dinkes Jateng") == {
        "Dinas Kesehatan Provinsi Jawa Tengah",
        "Dinkes Jateng",
    }


def test_a_body_cut_from_syllables_the_gazetteer_does_not_know() -> None:
    actors = actors_of(
        "Lembaga Kajian Ekonomi Nusantara merilis laporan. Data itu dirilis oleh lembaga "
        "Lekon pada Senin."
    )
    assert names_with(actors, "Lekon") == {"Lembaga Kajian Ekonomi Nusantara", "Lekon"}


def _roles_of(text: str, name: str) -> list[str]:
    return next(a.roles for a in actors_of(text) if a.name == name)


def test_a_units_own_name_and_its_body_are_the_persons_role() -> None:
    text = "Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono mengatakan gempa itu kecil."
    assert _roles_of(text, "Daryono") == ["Kepala Pusat Gempa Bumi dan Tsunami BMKG"]
    text = "Kepala Pusat Meteorologi Maritim BMKG Eko Prasetyo mengatakan gelombang tinggi."
    assert _roles_of(text, "Eko Prasetyo") == ["Kepala Pusat Meteorologi Maritim BMKG"]


def test_a_mayor_is_a_role_and_two_people_joined_keep_their_own() -> None:
    text = "Wali Kota Surabaya Eri Cahyadi meninjau jalan itu."
    assert _roles_of(text, "Eri Cahyadi") == ["Wali Kota Surabaya"]
    text = "Presiden Prabowo dan Menteri Keuangan Sri Mulyani hadir."
    assert _roles_of(text, "Sri Mulyani") == ["Menteri Keuangan"]


def test_a_bodys_name_joined_by_dan_stays_in_the_role_before_an_apposition() -> None:
    text = "Kepala Dinas Pertanian dan Perkebunan NTB, Taufik Hidayat, menyebut panen naik."
    assert _roles_of(text, "Taufik Hidayat") == ["Kepala Dinas Pertanian dan Perkebunan NTB"]
    text = "Presiden Prabowo dan Menteri Keuangan Sri Mulyani hadir."
    assert _roles_of(text, "Prabowo") == ["Presiden"]


def test_a_commanders_unit_number_stays_in_his_role() -> None:
    text = "Dandim 0832 Letkol Inf Budi Santoso memimpin apel siaga bencana."
    assert _roles_of(text, "Budi Santoso") == ["Dandim 0832 Letkol Inf"]


def test_an_envoys_post_stays_in_his_role() -> None:
    text = "Duta Besar Australia untuk Indonesia Rod Brazier menghadiri pertemuan itu."
    assert _roles_of(text, "Rod Brazier") == ["Duta Besar Australia untuk Indonesia"]


def test_initials_listed_after_a_person_are_no_role_of_his() -> None:
    text = "Polisi menangkap tiga pemuda berinisial AR, MS, dan TW di sebuah kontrakan."
    assert _roles_of(text, "AR") == []
